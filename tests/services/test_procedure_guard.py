"""The procedure cannot be bypassed (issue 16): decisions only from the statuses the track permits, a negative
conclusion leads to the refusal path, an approval opens the contract, and only an unsigned contract cancels."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest

from landdesk.domain.application import StepState
from landdesk.services.decisions import (
    ApproveApplication,
    CancelDecision,
    DecisionNotAllowed,
    RefuseApplication,
    approve,
    cancel,
    refuse,
    verify,
)
from landdesk.services.lifecycle import application_state
from landdesk.services.procedure_guard import ActionNotAllowed, allowed
from landdesk.services.procedure_steps import record_outcome
from landdesk.storage import open_cache
from tests.procedure_walk import OFFICER, walk_to_decision

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage import Cache

TODAY = date(2026, 11, 20)


def _one(cache: Cache, status: str, built_for: str = "PASS") -> str:
    return str(cache.connection.execute("SELECT number FROM applications WHERE status = ? AND built_for = ? "
                                        "ORDER BY number LIMIT 1", (status, built_for)).fetchone()[0])


def _decisions(cache: Cache) -> int:
    return int(cache.connection.execute("SELECT count(*) FROM decisions").fetchone()[0])


def _status(cache: Cache, number: str) -> str:
    return str(cache.connection.execute("SELECT status FROM applications WHERE number = ?", (number,)).fetchone()[0])


def test_an_application_just_received_cannot_be_approved_and_nothing_changes(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "RECEIVED")
        before = _decisions(cache)
        with pytest.raises(ActionNotAllowed) as refused:
            approve(cache, ApproveApplication(number, OFFICER, TODAY, act_number="№ 1", override_reason="urgent"))
        said = refused.value.what_happened()
        assert "«received»" in said, said
        assert "it waits for" in said, said
        first_open = next(s for s in application_state(cache, number, TODAY).steps if s.state == StepState.OPEN)
        assert first_open.code in said
        assert (_decisions(cache), _status(cache, number)) == (before, "RECEIVED")
        assert "approve" not in allowed(cache, number, TODAY).actions


def test_the_whole_track_then_approval_opens_the_contract_and_only_its_lapse_cancels(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "RECEIVED")
        assert walk_to_decision(cache, number, TODAY) == "DECISION"
        parcel = cache.connection.execute("SELECT parcel_uid FROM applications WHERE number = ?",
                                          (number,)).fetchone()[0]
        record = approve(cache, ApproveApplication(number, OFFICER, TODAY, act_number="№ 15"))
        assert record.kind == "APPROVE"
        state = application_state(cache, number, TODAY)
        contract = next(s for s in state.steps if s.code == state.procedure.contract_step().code)  # type: ignore[union-attr]
        assert contract.state == StepState.OPEN
        assert contract.due is not None
        assert contract.due > TODAY
        with pytest.raises(ActionNotAllowed, match="may be signed until"):
            cancel(cache, CancelDecision(number, "not signed", OFFICER, TODAY))
        assert _status(cache, number) == "APPROVED"
        later = contract.due + timedelta(days=1)
        with pytest.raises(DecisionNotAllowed, match="no reason"):
            cancel(cache, CancelDecision(number, "  ", OFFICER, later))
        cancelled = cancel(cache, CancelDecision(number, "The contract was not signed in its term", OFFICER, later))
        assert cancelled.kind == "CANCEL"
        assert cancelled.seq == record.seq + 1
        assert _status(cache, number) == "CANCELLED"
        assert cache.connection.execute("SELECT status, right_holder FROM parcels WHERE uid = ?",
                                        (parcel,)).fetchone() == ("FREE", None)
        assert verify(cache).intact
        assert allowed(cache, number, later).actions == []


def test_a_refused_contract_cancels_at_once(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "RECEIVED")
        walk_to_decision(cache, number, TODAY)
        approve(cache, ApproveApplication(number, OFFICER, TODAY))
        code = application_state(cache, number, TODAY).procedure.contract_step().code  # type: ignore[union-attr]
        record_outcome(cache, number, code, positive=False, reasons="The applicant refused to sign", on=TODAY,
                       officer=OFFICER)
        assert allowed(cache, number, TODAY).permits("cancel")
        cancel(cache, CancelDecision(number, "The applicant refused to sign", OFFICER, TODAY))
        assert _status(cache, number) == "CANCELLED"


def _negative_conclusion(cache: Cache) -> str:
    """A clean application at the approvals stage whose first approving body answers negatively."""
    number = str(cache.connection.execute(
        "SELECT a.number FROM applications a JOIN application_steps s ON s.application_uid = a.uid "
        "WHERE a.status = 'APPROVALS' AND a.built_for = 'PASS' AND s.state = 'OPEN' AND s.party = 'APPROVER' "
        "ORDER BY a.number LIMIT 1").fetchone()[0])
    step = next(s for s in application_state(cache, number, TODAY).steps
                if s.state == StepState.OPEN and s.party == "APPROVER")
    outcome = record_outcome(cache, number, step.code, positive=False, body=step.body, on=TODAY, officer=OFFICER,
                             reasons="The plot lies in the sanitary zone of the water intake")
    assert outcome.refusal_step is not None
    assert outcome.proposed_ground == "R-NEG-APPROVER"
    return number


def test_a_negative_conclusion_leads_to_the_refusal_path_not_to_the_decision(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _negative_conclusion(cache)
        found = allowed(cache, number, TODAY)
        assert not found.permits("approve")
        assert not found.permits("step")
        assert "negative conclusion" in str(found.refused["approve"])
        for s in application_state(cache, number, TODAY).steps:          # no other answer moves it on
            if s.state == StepState.OPEN and s.party in ("APPROVER", "UTILITY"):
                with pytest.raises(ActionNotAllowed, match="negative conclusion"):
                    record_outcome(cache, number, s.code, positive=True, body=s.body, on=TODAY, officer=OFFICER)
                break
        with pytest.raises(ActionNotAllowed, match="only the head"):
            approve(cache, ApproveApplication(number, OFFICER, TODAY, override_reason="we disagree"))
        with pytest.raises(DecisionNotAllowed, match="negative conclusion"):
            approve(cache, ApproveApplication(number, OFFICER, TODAY, role="head"))
        assert _status(cache, number) == "APPROVALS"
        record = refuse(cache, RefuseApplication(number, ("R-NEG-APPROVER",), "The body's conclusion is negative.",
                                                 OFFICER, TODAY, justification="conclusion № 4 of 19.11.2026"))
        assert record.kind == "REFUSE"
        assert _status(cache, number) == "REFUSED"


def test_a_head_may_approve_over_a_negative_conclusion_with_a_recorded_reason(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        number = _negative_conclusion(cache)
        record = approve(cache, ApproveApplication(number, "Сейтказиев Нурлан Болатович", TODAY, role="head",
                                                   override_reason="The water intake was decommissioned in 2025"))
        assert record.override_reason == "The water intake was decommissioned in 2025"
        assert _status(cache, number) == "APPROVED"


def test_the_queue_counts_an_approval_down_to_its_contract_then_the_steps_after(demo_cache_file: Path) -> None:
    from landdesk.services.queue import application_queue

    with open_cache(demo_cache_file) as cache:
        number = _one(cache, "RECEIVED")
        walk_to_decision(cache, number, TODAY)
        approve(cache, ApproveApplication(number, OFFICER, TODAY))
        procedure = application_state(cache, number, TODAY).procedure
        contract = procedure.contract_step()
        assert contract is not None
        row = next(r for r in application_queue(cache, TODAY) if r.number == number)
        assert row.next_step == contract.code
        assert row.urgency != "closed"
        assert row.days_left is not None
        assert row.days_left > 0
        for _ in procedure.after_decision:                 # each step after the decision, as it is done
            open_step = next(s for s in application_state(cache, number, TODAY).steps if s.state == "OPEN")
            record_outcome(cache, number, open_step.code, positive=True, on=TODAY, officer=OFFICER)
        row = next(r for r in application_queue(cache, TODAY) if r.number == number)
        assert (row.next_step, row.urgency) == (None, "closed")
