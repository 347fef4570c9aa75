"""Monitoring figures from the demo's decisions and steps, and their CSV export."""

from __future__ import annotations

import csv
from datetime import date
from typing import TYPE_CHECKING

from landdesk.services.decisions import RefuseApplication, refuse
from landdesk.services.monitoring import export_csv, monitoring
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

TODAY = date(2026, 11, 20)


def test_figures_agree_with_the_tables(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        report = monitoring(cache, TODAY)
        decided = cache.connection.execute("SELECT count(*) FROM decisions WHERE kind IN ('APPROVE', 'REFUSE')")
        assert report.decided == decided.fetchone()[0]
        refusals = cache.connection.execute("SELECT count(*) FROM decisions WHERE kind = 'REFUSE'").fetchone()[0]
        received = cache.connection.execute("SELECT count(*) FROM applications").fetchone()[0]
    assert sum(report.received_per_week.values()) == received
    assert sum(report.decided_per_week.values()) == report.decided
    assert sum(report.refusals_by_ground.values()) >= refusals
    assert 0 <= report.decided_on_time <= report.decided
    assert report.median_working_days is not None
    assert report.median_working_days > 0
    assert set(report.overdue_by_party) <= {"AKIMAT", "APPROVER", "UTILITY", "APPLICANT", "GOSCORP"}


def test_a_refusal_despite_passing_checks_is_counted(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        before = monitoring(cache, TODAY).refused_despite_passing
        number = cache.connection.execute(
            "SELECT number FROM applications WHERE built_for = 'PASS' AND status IN ('RECEIVED', 'ARCHITECTURE_CHECK',"
            " 'ALLOTMENT_SCHEME', 'APPROVALS', 'APPLICANT_APPROVAL', 'DECISION') ORDER BY number LIMIT 1").fetchone()[0]
        refuse(cache, RefuseApplication(number, ("R-NO-NETWORKS",), "No water main.", "Оспанов Е. С.", TODAY,
                                        justification="Vodokanal's letter"))
        assert monitoring(cache, TODAY).refused_despite_passing == before + 1


def test_csv_export_opens_as_rows(demo_template_readonly: Path, tmp_path: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        report = monitoring(cache, TODAY)
    path = export_csv(report, tmp_path / "monitoring.csv")
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["section", "key", "value"]
    assert ["summary", "decided", str(report.decided)] in rows
    assert any(r[0] == "refusals by ground" for r in rows)
