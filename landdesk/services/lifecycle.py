"""Moving an application along its procedure: each transition guarded, recorded with who and when.

Entering a stage opens the procedure's steps for it (`resources/procedures/`), one per approving body and
utility where each answers for itself, with due dates on Kazakhstan's working-day calendar; leaving it closes
the akimat's and the applicant's own steps. The overall date is recomputed whenever the applicant's time
(the clock stop) starts or ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import ApplicationStatus, Party, ProcedureTrack, StepState
from landdesk.domain.errors import LandDeskError
from landdesk.domain.labels import label
from landdesk.domain.lifecycle import TransitionRefused, can_withdraw, next_status
from landdesk.domain.prechecks import Outcome
from landdesk.domain.procedures import open_stage, overall_due, working_days_late
from landdesk.domain.text import Text, tr
from landdesk.services.calendar import calendar_around
from landdesk.services.prechecks import run_prechecks
from landdesk.services.procedures import procedure
from landdesk.storage.applications import (
    Move,
    NewStep,
    add_steps,
    application_header,
    application_steps,
    complete_step,
    known_bodies,
    move_application,
)

if TYPE_CHECKING:
    from landdesk.domain.procedures import Procedure, StepToOpen
    from landdesk.storage.connection import Cache


AWAITED_PARTIES = (Party.APPROVER, Party.UTILITY)     # conclusions and conditions the akimat waits for


class StepNotRecorded(LandDeskError):
    code = "application.step_not_recorded"
    what = tr("The step was not recorded: {reason}.")
    todo = tr("{todo}")


class _Application:
    """What a transition needs to know about an application: header, procedure and steps (as of `today`)."""

    def __init__(self, cache: Cache, number: str, today: date) -> None:
        header = application_header(cache, number)
        if header is None:
            raise TransitionRefused(number=number, current="unknown", target="a next step",
                                    reason=Text(tr("there is no such application")),
                                    todo=Text(tr("Check the application number.")))
        self.number = number
        self.uid, track, status, received = header
        self.status = ApplicationStatus(status)
        self.received = date.fromisoformat(received)
        self.procedure: Procedure = procedure(ProcedureTrack(track))
        self.steps = _step_rows(application_steps(cache, number), today)

    def open(self) -> list[StepRow]:
        return [s for s in self.steps if s.state == StepState.OPEN]

    def stopped(self, closing: set[str], on: date) -> dict[str, tuple[date, date | None]]:
        """When the clock-stopping steps ran, with the steps being closed now ending `on`."""
        stopped: dict[str, tuple[date, date | None]] = {}
        for step in self.steps:
            spec = self.procedure.step(step.code)
            if spec is None or not spec.clock_stops or step.started is None:
                continue
            stopped[spec.code] = (step.started, on if step.uid in closing else step.completed)
        return stopped


ApplicationState = _Application


def application_state(cache: Cache, number: str, today: date) -> ApplicationState:
    """An application's header, procedure and steps as of `today` (TransitionRefused when there is none)."""
    return _Application(cache, number, today)


def new_steps(opened: list[StepToOpen]) -> tuple[NewStep, ...]:
    return _new_steps(opened)


def _new_steps(opened: list[StepToOpen]) -> tuple[NewStep, ...]:
    """Rows for the opened steps: the step's own title; the body answering it has its own column."""
    return tuple(NewStep(s.spec.code, s.spec.title, str(s.spec.party), s.body, s.starts.isoformat(),
                         s.due.isoformat()) for s in opened)


def advance(cache: Cache, number: str, officer: str, on: date | None = None) -> ApplicationStatus:
    """Move to the next step of the procedure if nothing blocks it; returns the new status. Art. 44-2 p.10: a
    failed check or a negative conclusion leads to a motivated refusal, never to the next stage.

    The akimat's and the applicant's open steps finish `on` (today); the next stage's steps open `on`.
    """
    on = on or date.today()
    app = _Application(cache, number, on)
    current = app.status
    failed: tuple[str, ...] = ()
    if current == ApplicationStatus.ARCHITECTURE_CHECK:
        checks = run_prechecks(cache, numbers={number})
        failed = tuple(str(r.check) for a in checks for r in a.results if r.outcome == Outcome.FAIL)
    awaited = [s for s in app.open() if s.awaited]
    negative = tuple(s.code + (f" ({s.body})" if s.body else "") for s in app.steps if s.state == StepState.NEGATIVE)
    target = next_status(number, current, failed_checks=failed, open_steps=len(awaited), negative=negative)
    closing = {s.uid for s in app.open() if not s.awaited}
    calendar = calendar_around(on.year)
    bodies = {Party(party): names for party, names in known_bodies(cache).items()}
    opened = _new_steps(open_stage(app.procedure, target, on, calendar, bodies))
    stopped = app.stopped(closing, on)
    for step in opened:                                   # a clock stop starting now counts in full for now
        spec = app.procedure.step(step.code)
        if spec is not None and spec.clock_stops:
            stopped[spec.code] = (on, None)
    due = overall_due(app.procedure, app.received, calendar, stopped)
    move = Move(number, current, target, officer, "application.advance",
                {"from": current.value, "to": target.value, "on": on.isoformat(), "due_on": due.isoformat()},
                on=on.isoformat(), close=tuple((uid, str(StepState.DONE)) for uid in sorted(closing)),
                open=opened, due_on=due.isoformat())
    if not move_application(cache, move):
        raise TransitionRefused(number=number, current=current.lower(), target=target.lower(),
                                reason=Text(tr("its status changed meanwhile")),
                                todo=Text(tr("Reload the queue and try again.")))
    return target


def withdraw(cache: Cache, number: str, officer: str, reason: str, on: date | None = None) -> None:
    """The applicant withdrew the application (recorded with the reason given); its open steps are skipped."""
    on = on or date.today()
    app = _Application(cache, number, on)
    current = app.status
    if not can_withdraw(current):
        raise TransitionRefused(number=number, current=current.lower(), target="withdrawn",
                                reason=Text(tr("it is already {status}"), (("status", label(current)),)),
                                todo=Text(tr("Only a pending application can be withdrawn.")))
    if not reason.strip():
        raise TransitionRefused(number=number, current=current.lower(), target="withdrawn",
                                reason=Text(tr("no reason was given")),
                                todo=Text(tr("Record how the applicant withdrew it.")))
    move_application(cache, Move(number, current, ApplicationStatus.WITHDRAWN, officer, "application.withdraw",
                                 {"from": current.value, "reason": reason.strip()}, on=on.isoformat(),
                                 close=tuple((s.uid, str(StepState.SKIPPED)) for s in app.open()),
                                 frees_parcel=True))


def record_step(cache: Cache, step_uid: str, *, positive: bool, on: date, officer: str, note: str = "") -> None:
    """A body's conclusion or a utility's technical conditions came in (negative: with its reasons)."""
    if not positive and not note.strip():
        raise StepNotRecorded(reason=Text(tr("a negative conclusion has no reasons")),
                              todo=Text(tr("Copy the body's reasons; a refusal will have to cite them.")))
    if not complete_step(cache, step_uid, "DONE" if positive else "NEGATIVE", on.isoformat(), note.strip(), officer):
        raise StepNotRecorded(reason=Text(tr("the step is not open any more")),
                              todo=Text(tr("Reload the application's steps.")))


def request_technical_conditions(cache: Cache, number: str, utility: str, officer: str,
                                 on: date | None = None) -> NewStep:
    """Ask one more utility for technical conditions: its own step, with its own term from `on`, so a late
    answer shows as the utility's delay."""
    on = on or date.today()
    app = _Application(cache, number, on)
    spec = app.procedure.conditions_step()
    if spec is None or spec.stage != app.status:
        stage = label(spec.stage) if spec else Text(tr("a stage of this track"))
        raise StepNotRecorded(reason=Text(tr("application {number} is at «{status}», and technical conditions are "
                                             "requested at «{stage}»"),
                                          (("number", number), ("status", label(app.status)), ("stage", stage))),
                              todo=Text(tr("Move the application to that stage first.")))
    if not utility.strip():
        raise StepNotRecorded(reason=Text(tr("no utility was named")),
                              todo=Text(tr("Name the utility asked for conditions.")))
    if any(s.code == spec.code and s.body == utility.strip() for s in app.open()):
        raise StepNotRecorded(reason=Text(tr("{utility} has already been asked and has not answered yet"),
                                          (("utility", utility.strip()),)),
                              todo=Text(tr("Wait for its answer or record it.")))
    opened = open_stage(app.procedure, app.status, on, calendar_around(on.year), {Party.UTILITY: [utility.strip()]})
    step = next(s for s in _new_steps(opened) if s.code == spec.code)
    add_steps(cache, number, (step,), officer, "step.request",
              {"step": spec.code, "body": step.body, "on": on.isoformat(), "due_on": step.due_on})
    return step


@dataclass(frozen=True)
class StepRow:
    """One step of an application as the officer sees it: who answers for it, by when, and how late."""

    uid: str
    code: str
    title: str
    party: Party
    body: str | None
    started: date | None
    due: date | None
    completed: date | None
    state: StepState
    note: str | None
    late_wd: int                    # working days past due (finished late, or still open after its date)

    @property
    def awaited(self) -> bool:
        """An open conclusion or technical conditions the akimat records when they come in."""
        return self.state == StepState.OPEN and self.party in AWAITED_PARTIES


def _step_rows(rows: list[tuple[Any, ...]], today: date) -> list[StepRow]:
    calendar = calendar_around(today.year)

    def day(iso: str | None) -> date | None:
        return date.fromisoformat(iso) if iso else None

    return [StepRow(uid, code, title, Party(party), body, day(started), day(due), day(completed), StepState(state),
                    note, working_days_late(day(due), day(completed), today, calendar))
            for uid, code, title, party, body, started, due, completed, state, note in rows]


def utilities(cache: Cache) -> list[str]:
    """The utilities the district has asked for technical conditions before (offered when asking again)."""
    return known_bodies(cache).get(str(Party.UTILITY), [])


@dataclass(frozen=True)
class StepsView:
    number: str
    status: ApplicationStatus
    steps: list[StepRow]
    can_withdraw: bool
    asks_utilities: bool            # at the stage where utilities are asked for technical conditions


def steps_view(cache: Cache, number: str, today: date) -> StepsView:
    app = _Application(cache, number, today)
    conditions = app.procedure.conditions_step()
    asks = conditions is not None and conditions.stage == app.status
    return StepsView(number, app.status, app.steps, can_withdraw(app.status), asks)
