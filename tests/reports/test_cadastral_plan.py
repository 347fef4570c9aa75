"""The land-cadastral plan: the parcel's particulars, its adjacent owners by boundary points, and a PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
import shapely

from landdesk.reports.cadastral_plan import cadastral_plan_html, write_cadastral_plan
from landdesk.reports.pdf import DocumentError
from landdesk.services.parcels import adjacency, boundary_points
from landdesk.storage import open_cache
from landdesk.storage.features import read_features

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


def _parcel_between_neighbours(path: Path) -> tuple[int, str]:
    """A registered parcel in a row (neighbours on two sides, the street on the others)."""
    with open_cache(path, read_only=True) as cache:
        fid, number = cache.connection.execute(
            "SELECT fid, cadastral_number FROM parcels WHERE status = 'REGISTERED' AND right_holder IS NOT NULL "
            "ORDER BY fid LIMIT 1 OFFSET 40").fetchone()
    return int(fid), str(number)


def test_adjacency_runs_name_the_neighbour_along_each_side(demo_template_readonly: Path) -> None:
    fid, _number = _parcel_between_neighbours(demo_template_readonly)
    with open_cache(demo_template_readonly, read_only=True) as cache:
        parcels = read_features(cache, "parcels", columns=("fid", "cadastral_number"))
        own = parcels.geometries[list(parcels.columns["fid"]).index(fid)]
        runs = adjacency(cache, fid, own)
    points = boundary_points(own)
    # the runs go round the boundary: each starts where the previous ended, and together they close it
    assert [r.from_point for r in runs[1:]] == [r.to_point for r in runs[:-1]]
    assert runs[-1].to_point == runs[0].from_point
    assert {r.from_point for r in runs} <= {p.number for p in points}
    named = [r for r in runs if r.cadastral_number is not None]
    assert named, "a parcel in a row has neighbours"
    by_number = dict(zip(parcels.columns["cadastral_number"], parcels.geometries, strict=True))
    coords = {p.number: (p.x, p.y) for p in points}
    for run in named:      # the side leaving the run's first point lies on that neighbour's boundary
        following = run.from_point % len(points) + 1
        middle = shapely.Point((coords[run.from_point][0] + coords[following][0]) / 2,
                               (coords[run.from_point][1] + coords[following][1]) / 2)
        assert shapely.distance(by_number[run.cadastral_number].boundary, middle) < 0.05


def test_the_plan_states_what_the_code_requires(demo_template_readonly: Path) -> None:
    _fid, number = _parcel_between_neighbours(demo_template_readonly)
    with open_cache(demo_template_readonly, read_only=True) as cache:
        _context, russian = cadastral_plan_html(cache, number, "ru")
        _context, kazakh = cadastral_plan_html(cache, number, "kk")
        holder = cache.connection.execute("SELECT right_holder FROM parcels WHERE cadastral_number = ?",
                                          (number,)).fetchone()[0]
        with pytest.raises(DocumentError, match="no parcel 19-245-999-999"):
            cadastral_plan_html(cache, "19-245-999-999", "ru")
    for heading in ("ЗЕМЕЛЬНО-КАДАСТРОВЫЙ ПЛАН", "Местоположение", "Вид права", "Целевое назначение",
                    "Функциональная зона", "Ограничения и обременения", "Делимость", "Описание смежеств",
                    "Каталог координат", "<th>Смежный участок</th>", "Кадастровая (оценочная) стоимость"):
        assert heading in russian
    assert number in russian
    assert holder in russian
    assert "ЖЕР-КАДАСТРЛЫҚ ЖОСПАР" in kazakh
    assert "<th>Нүкте №</th>" in kazakh
    assert "$" not in russian + kazakh, "every placeholder is filled"
    words = re.findall(r"\b[A-Za-z]{4,}\b", re.sub(r"<[^>]+>", " ", russian))
    assert set(words) <= {"LandDesk", "EPSG", "zone"}, f"official Russian terms, never English labels: {words}"


def test_the_pdf_comes_out_and_the_cli_writes_it(demo_template_readonly: Path, tmp_path: Path,
                                                 qtbot: QtBot) -> None:
    _fid, number = _parcel_between_neighbours(demo_template_readonly)
    with open_cache(demo_template_readonly, read_only=True) as cache:
        out = write_cadastral_plan(cache, number, "kk", tmp_path / "plan.pdf")
    assert out.read_bytes().startswith(b"%PDF")
    result = subprocess.run([sys.executable, "-m", "landdesk", "cadastral-plan", str(demo_template_readonly),
                             number.replace("-", ":"), "--out", str(tmp_path / "cli.pdf")],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "cli.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "ЗЕМЕЛЬНО-КАДАСТРОВЫЙ ПЛАН" in text
        assert number in text
    missing = subprocess.run([sys.executable, "-m", "landdesk", "cadastral-plan", str(demo_template_readonly),
                              "19-245-999-999", "--out", str(tmp_path / "none.pdf")],
                             capture_output=True, text=True, timeout=120, check=False)
    assert missing.returncode == 2
    assert "no parcel 19-245-999-999" in missing.stderr
    assert not (tmp_path / "none.pdf").exists()
