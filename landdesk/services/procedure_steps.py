"""Recording a procedure step's outcome by its code (`landdesk step`, the Steps panel), issue 16.

A positive outcome closes the step; when it was the last open step of its stage, the application moves on to the
next stage (whose steps open with their terms). A negative one (a body's negative conclusion, negative technical
conditions, the architecture unit's "impossible", the applicant who did not approve) opens the refusal path: the
procedure's refusal step with its own term, and the ground the step proposes. After an approval the same command
records the contract, the boundaries and the passport; a contract recorded negative (the applicant refused to
sign) lets the decision be cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus, Party, StepState
from landdesk.domain.lifecycle import TransitionRefused
from landdesk.domain.procedures import Procedure, open_stage
from landdesk.domain.text import Text, joined, text, tr
from landdesk.services.calendar import calendar_around
from landdesk.services.lifecycle import StepNotRecorded, advance, application_state, new_steps
from landdesk.services.procedure_guard import ActionNotAllowed, action_name, decision_step_code, require
from landdesk.storage.applications import add_steps, complete_step
from landdesk.storage.intake import enter_queue

if TYPE_CHECKING:
    from landdesk.services.lifecycle import StepRow
    from landdesk.storage.applications import NewStep
    from landdesk.storage.connection import Cache

NEGATIVE_GROUND_BY_PARTY = {Party.APPROVER: "R-NEG-APPROVER", Party.UTILITY: "R-NEG-APPROVER",
                            Party.APPLICANT: "R-APPLICANT-TIMEOUT", Party.GOSCORP: "R-OCCUPIED"}


@dataclass(frozen=True)
class StepOutcome:
    number: str
    step: str
    positive: bool
    status: ApplicationStatus             # the application's status afterwards
    moved_to: ApplicationStatus | None    # the next stage, when this step finished its stage
    refusal_step: NewStep | None          # opened by a negative outcome
    proposed_ground: str | None
    not_moved: Text | None = None         # why it did not move on although its stage is done


def record_outcome(cache: Cache, number: str, code: str, *, positive: bool, reasons: str = "", on: date | None = None,
                   officer: str, role: str = "officer", body: str | None = None) -> StepOutcome:
    """Record the outcome of the open step `code` (of `body`, when several bodies answer it)."""
    on = on or date.today()
    if not positive and not reasons.strip():
        raise StepNotRecorded(reason=Text(tr("a negative outcome has no reasons")),
                              todo=Text(tr("Give the reasons (--reasons); the refusal will have to cite them.")))
    app = application_state(cache, number, on)
    status = app.status
    if code == decision_step_code(app) and status in PENDING_STATUSES:
        raise ActionNotAllowed(number=number, action=action_name("step"),
                               reason=text(tr("{code} is the decision itself"), code=code),
                               todo=Text(tr("Approve or refuse (landdesk decide).")))
    candidates = [s for s in app.steps if s.code == code and s.state == StepState.OPEN
                  and (body is None or (s.body or "") == body)]
    if not candidates:
        stage_done = not [s for s in app.steps if s.state == StepState.OPEN and s.code != decision_step_code(app)]
        if positive and status in PENDING_STATUSES and stage_done and any(s.code == code for s in app.steps):
            return _move_on(cache, number, code, officer, on, status)      # the stage was done; try to move on
        require(cache, number, "step", on, role)
        open_codes = joined([f"{s.code}{f' ({s.body})' if s.body else ''}" for s in app.steps
                             if s.state == StepState.OPEN]) or Text(tr("none"))
        raise ActionNotAllowed(number=number, action=action_name("step"),
                               reason=text(tr("step {code} is not open (open steps: {open})"), code=code,
                                           open=open_codes),
                               todo=Text(tr("Record one of the open steps.")))
    require(cache, number, "step", on, role)
    if len(candidates) > 1:
        raise ActionNotAllowed(number=number, action=action_name("step"),
                               reason=text(tr("step {code} is answered by several bodies ({bodies})"), code=code,
                                           bodies=", ".join(s.body or "—" for s in candidates)),
                               todo=Text(tr("Name the body (--body).")))
    step = candidates[0]
    if not complete_step(cache, step.uid, "DONE" if positive else "NEGATIVE", on.isoformat(), reasons.strip(), officer):
        raise StepNotRecorded(reason=Text(tr("the step is not open any more")),
                              todo=Text(tr("Reload the application's steps.")))
    if not positive:
        return _refusal_path(cache, app.procedure, number, step, status, officer, on)
    spec = app.procedure.step(code)
    if spec is not None and spec.document == "queue_entry":
        enter_queue(cache, number, on.isoformat(), officer)      # on the IZhS special register from today
    remaining = [s for s in app.steps if s.state == StepState.OPEN and s.uid != step.uid
                 and s.code != decision_step_code(app)]
    if status in PENDING_STATUSES and status != ApplicationStatus.DECISION and not remaining:
        return _move_on(cache, number, code, officer, on, status)
    return StepOutcome(number, code, True, status, None, None, None)


def _move_on(cache: Cache, number: str, code: str, officer: str, on: date, status: ApplicationStatus) -> StepOutcome:
    try:
        target = advance(cache, number, officer, on)
    except TransitionRefused as refused:
        return StepOutcome(number, code, True, status, None, None, None, Text(refused.what_happened()))
    return StepOutcome(number, code, True, target, target, None, None)


def _refusal_path(cache: Cache, procedure: Procedure, number: str, step: StepRow, status: ApplicationStatus,
                  officer: str, on: date) -> StepOutcome:
    spec = procedure.step(step.code) or next((s for s in procedure.after_decision if s.code == step.code), None)
    ground = (spec.negative_ground if spec and spec.negative_ground else NEGATIVE_GROUND_BY_PARTY.get(step.party))
    if status not in PENDING_STATUSES or procedure.refusal_step is None:
        return StepOutcome(number, step.code, False, status, None, None, ground)
    refusal = procedure.refusal_step
    opened = open_stage(Procedure(procedure.track, procedure.title, procedure.legal_ref, None, (refusal,)),
                        refusal.stage, on, calendar_around(on.year), {})
    new = new_steps(opened)[0]
    add_steps(cache, number, (new,), officer, "step.refusal_path",
              {"step": refusal.code, "after": step.code, "ground": ground, "on": on.isoformat(), "due_on": new.due_on})
    return StepOutcome(number, step.code, False, status, None, new, ground)
