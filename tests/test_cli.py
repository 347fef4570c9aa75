"""The `landdesk` command as officers and scripts run it: a real process, real files, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from landdesk.storage.migrations import LATEST_VERSION

if TYPE_CHECKING:
    from pathlib import Path


def landdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landdesk", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})}, check=False)


def test_info_prints_district_crs_schema_and_counts(demo_template_readonly: Path) -> None:
    result = landdesk("info", str(demo_template_readonly))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Kenaryk district (demo)" in out
    assert "EPSG:32642 (WGS 84 / UTM zone 42N)" in out
    assert f"Schema:    version {LATEST_VERSION}" in out
    assert "Integrity: ok" in out
    assert "parcels                 3,000" in out


@pytest.mark.parametrize(("content", "message"), [(b"not a database at all" * 20, "not a LandDesk cache"),
                                                  (None, "There is no cache file")])
def test_info_on_a_bad_file_exits_2_with_a_clear_message(tmp_path: Path, content: bytes | None,
                                                         message: str) -> None:
    path = tmp_path / "bad.sqlite"
    if content is not None:
        path.write_bytes(content)
    result = landdesk("info", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "What to do:" in result.stderr
    assert "Traceback" not in result.stderr


def test_info_on_a_damaged_cache_exits_2(demo_cache_file: Path) -> None:
    size = demo_cache_file.stat().st_size
    with demo_cache_file.open("r+b") as stream:
        stream.seek(size // 2)
        stream.write(b"\xff" * 8192)
    result = landdesk("info", str(demo_cache_file))
    assert result.returncode == 2
    assert "damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_builds_without_a_window_and_replaces_an_old_file(tmp_path: Path) -> None:
    out = tmp_path / "d.sqlite"
    out.write_bytes(b"an old, broken build")
    result = landdesk("demo", "--parcels", "3000", "--no-gui", "--out", str(out), "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "Built 3,000 parcels" in result.stdout
    assert landdesk("info", str(out)).returncode == 0
    assert not list(tmp_path.glob("*.building*"))


def test_demo_refuses_a_district_too_small_to_hold_its_story(tmp_path: Path) -> None:
    result = landdesk("demo", "--parcels", "100", "--no-gui", "--out", str(tmp_path / "d.sqlite"))
    assert result.returncode == 2
    assert "at least 3,000 parcels" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_renders_the_real_window_centred_on_a_found_parcel(demo_cache_file: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    from landdesk.map.styles import SELECTION
    from landdesk.storage import open_cache
    from tests.conftest import DEMO_TODAY

    with open_cache(demo_cache_file, read_only=True) as cache:
        number = cache.connection.execute("SELECT cadastral_number FROM parcels WHERE status = 'FREE' "
                                          "ORDER BY fid LIMIT 1").fetchone()[0]
    out = tmp_path / "shot.png"
    result = landdesk("screenshot", str(demo_cache_file), "--out", str(out), "--size", "1200x800",
                      "--find", number.replace("-", " "), "--today", DEMO_TODAY.isoformat(),
                      env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert len(colours) > 50, "a real window with a map, docks and a queue, not a blank image"
    selection = QColor(*SELECTION)
    near_selection = sum(1 for x in range(300, 900, 2) for y in range(150, 550, 2)
                         if _close(QColor(image.pixel(x, y)), selection))
    assert near_selection > 20, "the found parcel is outlined in the middle of the map"


def _close(a: object, b: object) -> bool:
    return all(abs(getattr(a, c)() - getattr(b, c)()) < 40 for c in ("red", "green", "blue"))


def test_screenshot_of_an_unknown_number_exits_2_and_says_what_to_do(demo_cache_file: Path, tmp_path: Path) -> None:
    result = landdesk("screenshot", str(demo_cache_file), "--out", str(tmp_path / "x.png"), "--find", "19-245-999-999",
                      env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert "no parcel or application matches" in result.stderr
    assert "What to do" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_prechecks_prints_each_pending_application_with_its_failures(demo_template_readonly: Path) -> None:
    import json

    result = landdesk("prechecks", str(demo_template_readonly), "--json")
    assert result.returncode == 0, result.stderr
    checked = json.loads(result.stdout)
    assert checked, "the demo has pending applications"
    assert all(a["status"] not in ("APPROVED", "REFUSED", "CANCELLED", "WITHDRAWN") for a in checked)
    failures = [r for a in checked for r in a["results"] if r["outcome"] == "fail"]
    assert failures
    assert all(r["ground"] and r["legal_ref"] and r["explanation"] for r in failures)
    assert any(r["check"] == "coordinates_plausible" for r in failures)
    text = landdesk("prechecks", str(demo_template_readonly))
    assert text.returncode == 0
    assert "pending applications checked" in text.stdout
    assert "R-" in text.stdout
    assert "Art." in text.stdout
