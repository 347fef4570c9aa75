"""Tests' way of bringing an application to a stage through the real procedure (issue 16's guard makes the
decision wait for every step before it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus, StepState
from landdesk.services.lifecycle import application_state
from landdesk.services.procedure_guard import decision_step_code
from landdesk.services.procedure_steps import record_outcome

if TYPE_CHECKING:
    from datetime import date

    from landdesk.storage import Cache

OFFICER = "Оспанов Ерлан Серикович"


def walk_to_decision(cache: Cache, number: str, on: date, *, force: bool = False,
                     notes: dict[str, str] | None = None) -> ApplicationStatus:
    """Record every open step before the decision as positive until the application reaches DECISION. A pre-check
    that fails stops it at the architecture check; `force` then moves it on as though the check had passed when
    it was made (the plan changed since), which is how an application with a failed check reaches the decision."""
    for _ in range(60):
        state = application_state(cache, number, on)
        if state.status not in PENDING_STATUSES:
            return state.status
        deciding = decision_step_code(state)
        open_steps = [s for s in state.steps if s.state == StepState.OPEN and s.code != deciding]
        if state.status == ApplicationStatus.DECISION and not open_steps:
            return state.status
        if open_steps:
            step = open_steps[0]
            outcome = record_outcome(cache, number, step.code, positive=True, on=on, officer=OFFICER, body=step.body,
                                     reasons=(notes or {}).get(step.code, ""))
            if outcome.not_moved is None or not force:
                continue
        elif not force:
            return state.status
        _force_next(cache, number, on)
    raise AssertionError(f"{number} did not reach the decision")


def _force_next(cache: Cache, number: str, on: date) -> None:
    """The next stage, its steps opened with their terms, as though nothing had blocked it."""
    from landdesk.domain.lifecycle import NEXT
    from landdesk.domain.procedures import open_stage
    from landdesk.services.calendar import calendar_around
    from landdesk.services.lifecycle import new_steps
    from landdesk.storage.applications import insert_steps

    state = application_state(cache, number, on)
    target = NEXT[state.status]
    opened = new_steps(open_stage(state.procedure, target, on, calendar_around(on.year), {}))
    with cache.operation("test.force", OFFICER) as tx:
        uid = tx.execute("SELECT uid FROM applications WHERE number = ?", (number,)).fetchone()[0]
        tx.execute("UPDATE application_steps SET state = 'DONE' WHERE application_uid = ? AND state = 'OPEN'", (uid,))
        tx.execute("UPDATE applications SET status = ? WHERE uid = ?", (target, uid))
        insert_steps(tx, uid, opened)
