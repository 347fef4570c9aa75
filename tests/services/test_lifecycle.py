"""Moving applications along the procedure: guarded transitions, each recorded with who and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from landdesk.domain.lifecycle import TransitionRefused
from landdesk.services.lifecycle import advance, withdraw
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage import Cache


def _one(cache: Cache, status: str, built_for: str | None = None) -> str:
    sql = "SELECT number FROM applications WHERE status = ?" + (" AND built_for = ?" if built_for else "")
    return str(cache.connection.execute(sql + " ORDER BY number LIMIT 1",
                                        (status, built_for) if built_for else (status,)).fetchone()[0])


def _audit(cache: Cache, action: str) -> list[tuple[str, str]]:
    return cache.connection.execute("SELECT user_name, details FROM audit_log WHERE action = ? ORDER BY at",
                                    (action,)).fetchall()


def test_a_received_application_moves_to_the_architecture_check_and_it_is_audited(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "RECEIVED")
        before = len(_audit(cache, "application.advance"))
        assert advance(cache, number, "Оспанов Е. С.") == "ARCHITECTURE_CHECK"
        entries = _audit(cache, "application.advance")
        assert len(entries) == before + 1
        assert entries[-1][0] == "Оспанов Е. С."
        assert '"from": "RECEIVED"' in entries[-1][1]


def test_a_failed_pre_check_blocks_the_architecture_check(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = str(cache.connection.execute(
            "SELECT number FROM applications WHERE status = 'ARCHITECTURE_CHECK' AND built_for != 'PASS' "
            "ORDER BY number LIMIT 1").fetchone()[0])
        with pytest.raises(TransitionRefused, match="pre-checks failed") as refused:
            advance(cache, number, "Оспанов Е. С.")
        assert "Refuse with the failed checks' grounds" in refused.value.what_to_do()
        assert cache.connection.execute("SELECT status FROM applications WHERE number = ?",
                                        (number,)).fetchone()[0] == "ARCHITECTURE_CHECK"


def test_open_approvals_block_the_step_to_the_applicant(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = str(cache.connection.execute(
            "SELECT a.number FROM applications a JOIN application_steps s ON s.application_uid = a.uid "
            "WHERE a.status = 'APPROVALS' AND s.state = 'OPEN' ORDER BY a.number LIMIT 1").fetchone()[0])
        with pytest.raises(TransitionRefused, match=r"\d+ approval\(s\) or technical condition\(s\) are still open"):
            advance(cache, number, "Оспанов Е. С.")


def test_a_decision_is_never_taken_by_advancing_and_closed_ones_do_not_move(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        with pytest.raises(TransitionRefused, match="taken by approving or refusing"):
            advance(cache, _one(cache, "DECISION"), "Оспанов Е. С.")
        with pytest.raises(TransitionRefused, match="already refused"):
            withdraw(cache, _one(cache, "REFUSED"), "Оспанов Е. С.", "asked by phone")


def test_withdrawal_needs_a_reason_and_is_recorded(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "ALLOTMENT_SCHEME")
        with pytest.raises(TransitionRefused, match="no reason was given"):
            withdraw(cache, number, "Оспанов Е. С.", " ")
        withdraw(cache, number, "Оспанов Е. С.", "Applicant's written request № 15 of 20.11.2026")
        assert cache.connection.execute("SELECT status FROM applications WHERE number = ?",
                                        (number,)).fetchone()[0] == "WITHDRAWN"
        assert "№ 15" in _audit(cache, "application.withdraw")[-1][1]


def test_approvals_come_in_one_by_one_and_then_the_application_moves_on(demo_cache_file: Path) -> None:
    from datetime import date

    from landdesk.services.lifecycle import StepNotRecorded, record_step
    from landdesk.storage.applications import open_steps

    with open_cache(demo_cache_file) as cache:
        number = str(cache.connection.execute(
            "SELECT a.number FROM applications a JOIN application_steps s ON s.application_uid = a.uid "
            "WHERE a.status = 'APPROVALS' AND s.state = 'OPEN' AND a.built_for = 'PASS' "
            "ORDER BY a.number LIMIT 1").fetchone()[0])
        steps = [s for s in open_steps(cache, number) if s[1] in ("APPROVAL", "TECH_CONDITIONS")]
        assert steps
        with pytest.raises(StepNotRecorded, match="no reasons"):
            record_step(cache, steps[0][0], positive=False, on=date(2026, 11, 20), officer="Оспанов Е. С.")
        for uid, _code, _party, _body, _started, _due in steps:
            record_step(cache, uid, positive=True, on=date(2026, 11, 20), officer="Оспанов Е. С.",
                        note="conditions № 12")
        with pytest.raises(StepNotRecorded, match="not open any more"):
            record_step(cache, steps[0][0], positive=True, on=date(2026, 11, 20), officer="Оспанов Е. С.")
        assert advance(cache, number, "Оспанов Е. С.") == "APPLICANT_APPROVAL"
        assert len(_audit(cache, "step.complete")) >= len(steps)
