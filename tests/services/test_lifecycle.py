"""Moving applications along the procedure: guarded transitions, each recorded with who and when."""

from __future__ import annotations

from datetime import date
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
        with pytest.raises(TransitionRefused, match=r"approvals or technical conditions still open: \d+"):
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
    from landdesk.services.lifecycle import StepNotRecorded, record_step, steps_view

    with open_cache(demo_cache_file) as cache:
        number = str(cache.connection.execute(
            "SELECT a.number FROM applications a JOIN application_steps s ON s.application_uid = a.uid "
            "WHERE a.status = 'APPROVALS' AND s.state = 'OPEN' AND a.built_for = 'PASS' "
            "ORDER BY a.number LIMIT 1").fetchone()[0])
        steps = [s.uid for s in steps_view(cache, number, date(2026, 11, 20)).steps if s.awaited]
        assert steps
        with pytest.raises(StepNotRecorded, match="no reasons"):
            record_step(cache, steps[0], positive=False, on=date(2026, 11, 20), officer="Оспанов Е. С.")
        for uid in steps:
            record_step(cache, uid, positive=True, on=date(2026, 11, 20), officer="Оспанов Е. С.",
                        note="conditions № 12")
        with pytest.raises(StepNotRecorded, match="not open any more"):
            record_step(cache, steps[0], positive=True, on=date(2026, 11, 20), officer="Оспанов Е. С.")
        assert advance(cache, number, "Оспанов Е. С.") == "APPLICANT_APPROVAL"
        assert len(_audit(cache, "step.complete")) >= len(steps)


def _record_awaited(cache: Cache, number: str, on: date) -> None:
    from landdesk.services.lifecycle import record_step, steps_view

    for step in steps_view(cache, number, on).steps:
        if step.awaited:
            record_step(cache, step.uid, positive=True, on=on, officer="Оспанов Е. С.", note="№ 7")


def _steps(cache: Cache, number: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return cache.connection.execute(
        "SELECT s.step_code, s.state, s.started_on, s.due_on, s.party FROM application_steps s "
        "JOIN applications a ON a.uid = s.application_uid WHERE a.number = ? ORDER BY s.seq", (number,)).fetchall()


def test_entering_a_stage_opens_its_steps_and_closes_the_akimats_own(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = str(cache.connection.execute(
            "SELECT number FROM applications WHERE status = 'ARCHITECTURE_CHECK' AND built_for = 'PASS' "
            "AND track = 'C' ORDER BY number LIMIT 1").fetchone()[0])
        assert advance(cache, number, "Оспанов Е. С.", on=date(2025, 3, 6)) == "ALLOTMENT_SCHEME"
        steps = _steps(cache, number)
        assert ("C2", "DONE") in [(code, state) for code, state, *_ in steps]
        # C3, 5 working days from Thu 6 March 2025 (Mon 10 March was off for 8 March), then C4, 1 working day
        assert [s[:4] for s in steps[-2:]] == [("C3", "OPEN", "2025-03-06", "2025-03-14"),
                                               ("C4", "OPEN", "2025-03-14", "2025-03-17")]
        assert advance(cache, number, "Оспанов Е. С.", on=date(2025, 3, 14)) == "APPROVALS"
        opened = [s for s in _steps(cache, number) if s[1] == "OPEN"]
        # one step per approving body and per utility the district works with, each due on its own
        assert {s[4] for s in opened} == {"APPROVER", "UTILITY"}
        assert len(opened) >= 4
        assert all(s[3] == "2025-03-26" for s in opened)      # 17, 18, 19, 20 and 26 March (Nauryz 21–25)


def test_a_utility_asked_for_conditions_has_its_own_term_and_its_own_delay(demo_cache_file: Path) -> None:
    from landdesk.services.lifecycle import StepNotRecorded, record_step, request_technical_conditions
    from landdesk.services.monitoring import monitoring

    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "APPROVALS", "PASS")
        with pytest.raises(StepNotRecorded, match="technical conditions are requested at «approvals»"):
            request_technical_conditions(cache, _one(cache, "RECEIVED"), "ТОО «Теплосеть»", "Оспанов Е. С.")
        before = monitoring(cache, date(2026, 12, 24))
        # asked on Fri 11 December 2026: 14, 15, 17, 18, 21 December (16 December is Independence Day)
        step = request_technical_conditions(cache, number, "ТОО «Теплосеть»", "Оспанов Е. С.",
                                            on=date(2026, 12, 11))
        assert (step.party, step.body, step.due_on) == ("UTILITY", "ТОО «Теплосеть»", "2026-12-21")
        with pytest.raises(StepNotRecorded, match="already been asked"):
            request_technical_conditions(cache, number, "ТОО «Теплосеть»", "Оспанов Е. С.", on=date(2026, 12, 11))
        uid = cache.connection.execute("SELECT uid FROM application_steps WHERE body_name = 'ТОО «Теплосеть»'"
                                       ).fetchone()[0]
        record_step(cache, uid, positive=True, on=date(2026, 12, 24), officer="Оспанов Е. С.", note="ТУ № 88")
        after = monitoring(cache, date(2026, 12, 24))
        assert after.overdue_by_party["UTILITY"] == before.overdue_by_party["UTILITY"] + 1
        assert after.overdue_by_party["AKIMAT"] == before.overdue_by_party["AKIMAT"]
        assert _audit(cache, "step.request")[-1][0] == "Оспанов Е. С."


def test_the_overall_date_moves_with_the_applicants_own_time(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "APPROVALS", "PASS")
        with cache.operation("test", "tester") as tx:
            tx.execute("UPDATE applications SET received_on = '2025-03-03', track = 'C' WHERE number = ?", (number,))
        _record_awaited(cache, number, date(2025, 3, 26))
        assert advance(cache, number, "Оспанов Е. С.", on=date(2025, 3, 27)) == "APPLICANT_APPROVAL"
        due = "SELECT due_on FROM applications WHERE number = ?"
        # 30 working days from 3 March end 18 April; while the scheme waits in the applicant's cabinet
        # its full 10 days are added: 5 May (1 May is a holiday)
        assert cache.connection.execute(due, (number,)).fetchone()[0] == "2025-05-05"
        # the scheme reached the cabinet on Fri 28 March (C6, one working day); the applicant approved it on
        # Thu 3 April, after 4 working days (31 March – 3 April): 18 April + 4 = 24 April
        assert advance(cache, number, "Оспанов Е. С.", on=date(2025, 4, 3)) == "DECISION"
        assert cache.connection.execute(due, (number,)).fetchone()[0] == "2025-04-24"
        applicant = [s for s in _steps(cache, number) if s[4] == "APPLICANT"][-1]
        assert applicant[1] == "DONE"


def test_a_withdrawal_ends_the_open_steps(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "APPROVALS")
        withdraw(cache, number, "Оспанов Е. С.", "Applicant's letter № 4", on=date(2026, 11, 20))
        assert "OPEN" not in {s[1] for s in _steps(cache, number)}
        assert "SKIPPED" in {s[1] for s in _steps(cache, number)}
