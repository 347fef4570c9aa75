"""The lists the Code requires the akimat to publish (issue 16; Art. 44 p.6, Art. 43 p.14), in Kazakh and Russian,
as PDF and CSV, from `landdesk lists`."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import date
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from landdesk.reports.lists_document import write_list
from landdesk.services.published_lists import PeriodInvalid, period, published_list
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

ALLOWED_LATIN = {"mkr"}


def _lists(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landdesk", "lists", *args], capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.mark.parametrize("kind", ["queue", "sites", "grants"])
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_each_list_as_pdf_and_csv_wholly_in_its_language(demo_template_readonly: Path, tmp_path: Path, kind: str,
                                                         language: str, qtbot: QtBot) -> None:
    del qtbot                                                       # Qt lays the PDF out
    pdf, table = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.csv"
    with open_cache(demo_template_readonly, read_only=True) as cache:
        found = published_list(cache, kind, period("2026Q4"))
        for out in (pdf, table):
            write_list(cache, found, language, out)
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages).split())
    latin = {w for w in re.findall(r"[A-Za-z]{2,}", text)} - ALLOWED_LATIN
    assert not latin, latin
    assert ("ст. 4" in text) if language == "ru" else ("-бап" in text)
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0]
    assert not re.search(r"[A-Za-z]{3,}", ";".join(rows[0])), rows[0]          # the header in the language
    assert len(rows) - 1 == len(found.rows)
    assert not any(re.fullmatch(r"\d{12}", cell) for row in rows for cell in row), "no IIN is ever published"


def test_the_command_writes_the_list(demo_template_readonly: Path, tmp_path: Path) -> None:
    out = tmp_path / "queue-kk.pdf"
    done = _lists(str(demo_template_readonly), "--kind", "queue", "--period", "2026Q4", "--lang", "kk", "--out",
                  str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "rows (queue, 2026Q4, kk)" in done.stdout


def test_the_grants_of_a_month_are_the_approvals_decided_in_it(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        found = published_list(cache, "grants", period("2026-11"))
        expected = cache.connection.execute(
            "SELECT count(*) FROM decisions d JOIN applications a ON a.uid = d.application_uid WHERE d.kind = "
            "'APPROVE' AND d.decided_on BETWEEN '2026-11-01' AND '2026-11-30' AND a.status = 'APPROVED'").fetchone()[0]
    assert len(found.rows) == expected
    assert all("2026-11-01" <= row["decided_on"] <= "2026-11-30" for row in found.rows)


def test_the_queue_is_numbered_by_entry_within_each_settlement(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        rows = published_list(cache, "queue", period("2026Q4")).rows
    assert rows
    by_settlement: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_settlement.setdefault(str(row["settlement"]), []).append(row)
    for entries in by_settlement.values():
        assert [r["position"] for r in entries] == list(range(1, len(entries) + 1))
        assert [r["entered_on"] for r in entries] == sorted(str(r["entered_on"]) for r in entries)


@pytest.mark.parametrize("bad", ["2026Q5", "2026-13", "Q4", "2026/11", ""])
def test_a_period_that_is_not_one_is_named(bad: str) -> None:
    with pytest.raises(PeriodInvalid):
        period(bad)


def test_quarters_and_months_span_their_days() -> None:
    assert (period("2026Q4").first, period("2026Q4").last) == (date(2026, 10, 1), date(2026, 12, 31))
    assert (period("2026-02").first, period("2026-02").last) == (date(2026, 2, 1), date(2026, 2, 28))


def test_a_wrong_period_or_file_kind_exits_2(demo_template_readonly: Path, tmp_path: Path) -> None:
    done = _lists(str(demo_template_readonly), "--kind", "grants", "--period", "2026-13", "--lang", "ru", "--out",
                  str(tmp_path / "g.pdf"))
    assert done.returncode == 2
    assert "is not a period" in done.stderr
    done = _lists(str(demo_template_readonly), "--kind", "grants", "--period", "2026-11", "--lang", "ru", "--out",
                  str(tmp_path / "g.docx"))
    assert done.returncode == 2
    assert "neither .pdf nor .csv" in done.stderr
