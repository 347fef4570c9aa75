"""Decisions: refusals only on legal grounds and with reasons, approvals over failed checks only with a reason,
and a hash chain that shows any change."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from typing import TYPE_CHECKING

import pytest

from landdesk.services.decisions import (
    ApproveApplication,
    DecisionNotAllowed,
    RefuseApplication,
    approve,
    refuse,
    verify,
)
from landdesk.services.procedure_guard import ActionNotAllowed
from landdesk.storage import open_cache
from landdesk.storage.render_copy import layer_generation
from tests.procedure_walk import walk_to_decision

if TYPE_CHECKING:
    from pathlib import Path

TODAY = date(2026, 11, 20)


def _pending(path: Path, built_for: str) -> str:
    with open_cache(path, read_only=True) as cache:
        return str(cache.connection.execute(
            "SELECT number FROM applications WHERE built_for = ? AND status NOT IN "
            "('APPROVED', 'REFUSED', 'CANCELLED', 'WITHDRAWN') ORDER BY parcel_uid IS NULL, number LIMIT 1",
            (built_for,)).fetchone()[0])     # one asking for a free parcel first: an approval gives it


def test_a_refusal_without_a_ground_or_motivation_is_impossible(demo_cache_file: Path) -> None:
    number = _pending(demo_cache_file, "OVERSIZE")
    with open_cache(demo_cache_file) as cache:
        before = cache.connection.execute("SELECT count(*) FROM decisions").fetchone()[0]
        with pytest.raises(DecisionNotAllowed, match="names no legal ground"):
            refuse(cache, RefuseApplication(number, (), "too big", "Оспанов Е. С.", TODAY))
        with pytest.raises(DecisionNotAllowed, match="no written motivation"):
            refuse(cache, RefuseApplication(number, ("R-OVERSIZE",), "  ", "Оспанов Е. С.", TODAY))
        with pytest.raises(DecisionNotAllowed, match="not a ground in the catalogue"):
            refuse(cache, RefuseApplication(number, ("R-BECAUSE",), "no", "Оспанов Е. С.", TODAY))
        assert cache.connection.execute("SELECT count(*) FROM decisions").fetchone()[0] == before


def test_a_refusal_on_a_ground_is_recorded_chained_and_audited(demo_cache_file: Path) -> None:
    number = _pending(demo_cache_file, "OVERSIZE")
    with open_cache(demo_cache_file) as cache:
        audited = "SELECT count(*) FROM audit_log WHERE action = 'decision.refuse'"
        before = cache.connection.execute(audited).fetchone()[0]
        record = refuse(cache, RefuseApplication(number, ("R-OVERSIZE",), "1,500 m² exceeds the 0.10 ha norm.",
                                                 "Оспанов Е. С.", TODAY, act_number="№ 512"))
        status = cache.connection.execute("SELECT status FROM applications WHERE number = ?", (number,)).fetchone()[0]
        assert status == "REFUSED"
        assert cache.connection.execute(audited).fetchone()[0] == before + 1
        stored = cache.connection.execute("SELECT grounds, motivation, act_number FROM decisions WHERE uid = ?",
                                          (record.uid,)).fetchone()
        assert stored == ('["R-OVERSIZE"]', "1,500 m² exceeds the 0.10 ha norm.", "№ 512")
        assert verify(cache).intact
        with pytest.raises(ActionNotAllowed, match="the application is «refused»"):
            refuse(cache, RefuseApplication(number, ("R-OVERSIZE",), "again", "Оспанов Е. С.", TODAY))


def test_refusing_a_clean_application_needs_a_justification(demo_cache_file: Path) -> None:
    number = _pending(demo_cache_file, "PASS")
    with open_cache(demo_cache_file) as cache:
        with pytest.raises(DecisionNotAllowed, match="every automatic pre-check passed"):
            refuse(cache, RefuseApplication(number, ("R-NO-NETWORKS",), "No water main.", "Оспанов Е. С.", TODAY))
        record = refuse(cache, RefuseApplication(number, ("R-NO-NETWORKS",), "No water main.", "Оспанов Е. С.",
                                                 TODAY, justification="Vodokanal's letter № 77 of 10.11.2026"))
        assert record.override_reason == "Vodokanal's letter № 77 of 10.11.2026"


def test_approving_over_a_failed_check_needs_an_override_reason(demo_cache_file: Path) -> None:
    number = _pending(demo_cache_file, "RED_LINE")
    with open_cache(demo_cache_file) as cache:
        walk_to_decision(cache, number, TODAY, force=True)
        with pytest.raises(DecisionNotAllowed, match="no_red_lines"):
            approve(cache, ApproveApplication(number, "Оспанов Е. С.", TODAY))
        record = approve(cache, ApproveApplication(number, "Оспанов Е. С.", TODAY,
                                                   override_reason="The red line is being moved by akimat decree"))
        assert record.override_reason


def test_an_approval_gives_the_free_parcel_to_the_applicant_and_redraws_it(demo_cache_file: Path) -> None:
    number = _pending(demo_cache_file, "PASS")
    with open_cache(demo_cache_file) as cache:
        walk_to_decision(cache, number, TODAY)
        parcel_uid, applicant, right = cache.connection.execute(
            "SELECT parcel_uid, applicant_name, requested_right FROM applications WHERE number = ?",
            (number,)).fetchone()
        assert parcel_uid is not None
        generation = layer_generation(cache, "parcels")
        approve(cache, ApproveApplication(number, "Оспанов Е. С.", TODAY, act_number="№ 700"))
        status, holder, right_type = cache.connection.execute(
            "SELECT status, right_holder, right_type FROM parcels WHERE uid = ?", (parcel_uid,)).fetchone()
        assert (status, holder, right_type) == ("REGISTERED", applicant, right)
        assert layer_generation(cache, "parcels") > generation, "the map's copy of parcels is stale now"
        assert verify(cache).intact


def _verify(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landdesk", "decisions", "verify", str(path)],
                          capture_output=True, text=True, check=False, timeout=120)


def test_verify_finds_a_decision_changed_behind_the_triggers(demo_cache_file: Path) -> None:
    result = _verify(demo_cache_file)
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout
    raw = sqlite3.connect(demo_cache_file)            # a tamperer who drops the append-only trigger
    raw.execute("DROP TRIGGER decisions_append_only_update")
    raw.execute("UPDATE sync_state SET value = '1' WHERE key = 'applying_remote'")   # and hides from the journal
    seq = raw.execute("SELECT seq FROM decisions WHERE kind = 'REFUSE' ORDER BY seq LIMIT 1").fetchone()[0]
    raw.execute("UPDATE decisions SET grounds = '[\"R-INCOMPLETE\"]' WHERE seq = ?", (seq,))
    raw.commit()
    raw.close()
    result = _verify(demo_cache_file)
    assert result.returncode == 1
    assert f"broken at decision {seq}" in result.stderr
    assert "changed after it was recorded" in result.stderr
    assert "What to do" in result.stderr


def test_verify_finds_a_removed_decision(demo_cache_file: Path) -> None:
    raw = sqlite3.connect(demo_cache_file)
    raw.execute("DROP TRIGGER decisions_append_only_delete")
    raw.execute("UPDATE sync_state SET value = '1' WHERE key = 'applying_remote'")
    raw.execute("DELETE FROM decisions WHERE seq = 3")
    raw.commit()
    raw.close()
    result = _verify(demo_cache_file)
    assert result.returncode == 1
    assert "decision 3 is missing" in result.stderr


def test_an_approved_plot_without_a_parcel_becomes_one_in_its_neighbours_quarter(demo_cache_file: Path) -> None:
    number = _pending(demo_cache_file, "PASS")
    with open_cache(demo_cache_file) as cache:
        # the applicant drew the plot: no prepared parcel behind it
        old = cache.connection.execute("SELECT parcel_uid FROM applications WHERE number = ?", (number,)).fetchone()[0]
        with cache.operation("test", "tester") as tx:
            tx.execute("UPDATE parcels SET is_deleted = 1 WHERE uid = ?", (old,))
            tx.execute("UPDATE applications SET parcel_uid = NULL WHERE number = ?", (number,))
        walk_to_decision(cache, number, TODAY)
        approve(cache, ApproveApplication(number, "Оспанов Е. С.", TODAY, act_number="№ 77"))
        row = cache.connection.execute(
            "SELECT p.cadastral_number, p.quarter_code, p.status, p.right_holder, a.applicant_name, "
            "abs(Area(p.geom) - Area(a.geom)), p.registered_on FROM applications a JOIN parcels p "
            "ON p.uid = a.parcel_uid WHERE a.number = ?", (number,)).fetchone()
        assert row is not None
        cadastral, quarter, status, holder, applicant, area_difference, registered = row
        assert cadastral.split("-")[2] == quarter
        assert (status, holder, area_difference, registered) == ("REGISTERED", applicant, 0.0, TODAY.isoformat())
        highest = cache.connection.execute("SELECT max(CAST(plot_no AS INTEGER)) FROM parcels WHERE quarter_code = ?",
                                           (quarter,)).fetchone()[0]
        assert int(cadastral.split("-")[3]) == highest          # the next free number in the quarter
        assert cache.connection.execute("SELECT count(*) FROM audit_log WHERE action = 'parcel.register' AND "
                                        "details LIKE ?", (f"%{cadastral}%",)).fetchone()[0] == 1
