"""Procedures as data: the steps of each track, who answers for them, their terms, and the due dates.

The steps live in `resources/procedures/<track>.json` (DOMAIN.md §3); this module reads them into
typed values, plans due dates on a working-day calendar, and says whose delay a late step is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import ApplicationStatus, Party, ProcedureTrack
from landdesk.domain.calendar import add_working_days, working_days_between
from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import tr

if TYPE_CHECKING:
    from collections.abc import Container, Mapping, Sequence


class ProcedureFileInvalid(LandDeskError):
    code = "procedure.invalid"
    what = tr("The procedure file for track {track} is not valid: {reason}.")
    todo = tr("Correct resources/procedures/{track}.json (each step needs code, title, party, term, unit and the "
            "stage of the application it belongs to).")


@dataclass(frozen=True)
class StepSpec:
    code: str
    title: str
    party: Party
    term: int
    unit: str                       # "WD" working days or "CD" calendar days
    stage: ApplicationStatus = ApplicationStatus.RECEIVED   # the application's status while the step runs
    clock_stops: bool = False       # the applicant's time: it does not count against the akimat's total
    parallel_to: str | None = None  # runs beside another step (utilities' technical conditions)
    per_body: bool = False          # one step per approving body or utility, each with its own term
    ref: str = ""
    contract: bool = False          # the contract-signing step after an approval: late or refused, it cancels
    negative_ground: str = ""       # the refusal ground a negative outcome of this step proposes
    document: str = ""              # what the step produces that the decision must cite (Art. 43 p.7-1, track A):
                                    # "commission_protocol", "land_management_project"


@dataclass(frozen=True)
class ActionRule:
    """Who may take an action (decide, refuse, cancel, withdraw, override) and from which statuses."""

    name: str
    from_states: frozenset[ApplicationStatus]
    roles: frozenset[str]
    ref: str = ""
    term: int = 0
    unit: str = "WD"


@dataclass(frozen=True)
class Procedure:
    track: ProcedureTrack
    title: str
    legal_ref: str
    total_wd: int | None
    steps: tuple[StepSpec, ...]
    refusal_step: StepSpec | None = None            # opened by a negative conclusion: the refusal path's term
    after_decision: tuple[StepSpec, ...] = ()       # contract, boundaries, passport: opened by an approval
    actions: Mapping[str, ActionRule] = field(default_factory=dict)

    def action(self, name: str) -> ActionRule | None:
        return self.actions.get(name)

    def contract_step(self) -> StepSpec | None:
        return next((s for s in self.after_decision if s.contract), None)

    def stage(self, status: ApplicationStatus) -> tuple[StepSpec, ...]:
        return tuple(s for s in self.steps if s.stage == status)

    def step(self, code: str) -> StepSpec | None:
        return next((s for s in self.steps if s.code == code), None)

    def conditions_step(self) -> StepSpec | None:
        """The step in which each utility issues its technical conditions, if the track has one."""
        return next((s for s in self.steps if s.party == Party.UTILITY and s.per_body), None)


def procedure_from_data(track: str, data: Mapping[str, Any]) -> Procedure:
    """A procedure from its JSON data, with a clear error naming what is wrong."""
    try:
        steps = [_step(raw) for raw in data["steps"]]
        stages = {s.code: s.stage for s in steps}
        for step in steps:
            if step.parallel_to is not None and step.parallel_to not in stages:
                raise ValueError(f"step {step.code} runs beside {step.parallel_to}, which does not exist")
            if step.parallel_to is not None and stages[step.parallel_to] != step.stage:
                raise ValueError(f"step {step.code} runs beside {step.parallel_to}, which is in another stage")
        total = data.get("total_wd")
        refusal = data.get("refusal_step")
        after = tuple(_step({**raw, "stage": "APPROVED"}) for raw in data.get("after_decision", ()))
        codes = [s.code for s in steps] + [s.code for s in after] + ([refusal["code"]] if refusal else [])
        if len(codes) != len(set(codes)):
            raise ValueError("two steps share a code")
        return Procedure(ProcedureTrack(data["track"]), str(data["title"]), str(data["legal_ref"]),
                         None if total is None else int(total), tuple(steps),
                         _step({**refusal, "stage": refusal.get("stage", "DECISION")}) if refusal else None,
                         after, {name: _action(name, raw) for name, raw in data.get("actions", {}).items()})
    except (KeyError, TypeError, ValueError) as error:
        raise ProcedureFileInvalid(track=track, reason=str(error)) from error


def _step(raw: Mapping[str, Any]) -> StepSpec:
    unit = str(raw["unit"])
    if unit not in ("WD", "CD"):
        raise ValueError(f"step {raw['code']}: unit must be WD or CD, not {unit}")
    if int(raw["term"]) < 0:
        raise ValueError(f"step {raw['code']}: a term cannot be negative")
    if raw.get("stage") not in set(ApplicationStatus):
        raise ValueError(f"step {raw['code']}: stage must be an application status, not {raw.get('stage')}")
    return StepSpec(str(raw["code"]), str(raw["title"]), Party(raw["party"]), int(raw["term"]), unit,
                    ApplicationStatus(raw["stage"]), bool(raw.get("clock_stops", False)), raw.get("parallel_to"),
                    bool(raw.get("per_body", False)), str(raw.get("ref", "")), bool(raw.get("contract", False)),
                    str(raw.get("negative_ground", "")), str(raw.get("document", "")))


ROLES = frozenset({"officer", "head"})


def _action(name: str, raw: Mapping[str, Any]) -> ActionRule:
    states = [str(state) for state in raw.get("from", ())]
    unknown = [state for state in states if state not in set(ApplicationStatus)]
    if unknown:
        raise ValueError(f"action {name}: {', '.join(unknown)} is not an application status")
    roles = frozenset(str(role) for role in raw.get("roles", ()))
    if not roles or not roles <= ROLES:
        raise ValueError(f"action {name}: roles must be some of {', '.join(sorted(ROLES))}")
    unit = str(raw.get("unit", "WD"))
    if unit not in ("WD", "CD"):
        raise ValueError(f"action {name}: unit must be WD or CD, not {unit}")
    return ActionRule(name, frozenset(ApplicationStatus(state) for state in states), roles, str(raw.get("ref", "")),
                      int(raw.get("term", 0)), unit)


@dataclass(frozen=True)
class PlannedStep:
    spec: StepSpec
    starts: date
    due: date
    completed: date | None

    def late_by(self, today: date, holidays: Container[date]) -> int:
        return working_days_late(self.due, self.completed, today, holidays)


def working_days_late(due: date | None, completed: date | None, today: date, holidays: Container[date]) -> int:
    """Working days past due (completed late, or still open after its due date); 0 when on time or without a term."""
    end = completed or today
    return working_days_between(due, end, holidays) if due is not None and end > due else 0


@dataclass(frozen=True)
class Schedule:
    steps: tuple[PlannedStep, ...]
    due: date                       # the overall statutory date, moved by the applicant's time
    paused_wd: int                  # working days the clock stood still

    def late_steps(self, today: date, holidays: Container[date]) -> list[tuple[PlannedStep, int]]:
        return [(s, s.late_by(today, holidays)) for s in self.steps if s.late_by(today, holidays)]


def _add(start: date, spec: StepSpec, holidays: Container[date]) -> date:
    if spec.unit == "CD":
        return start + timedelta(days=spec.term)
    return add_working_days(start, spec.term, holidays)


def plan(procedure: Procedure, received: date, holidays: Container[date],
         completed: Mapping[str, date] | None = None) -> Schedule:
    """Due dates of each step (a step starts when the one before, and any run beside it, finished or was due)
    and overall.

    The overall term counts from receipt; a step whose clock stops (the applicant's approval) adds the
    working days it took, or its full term while it is still open.
    """
    done = completed or {}
    planned: list[PlannedStep] = []
    by_code: dict[str, PlannedStep] = {}
    previous_end = received
    paused = 0
    for spec in procedure.steps:
        start = by_code[spec.parallel_to].starts if spec.parallel_to else previous_end
        due = _add(start, spec, holidays)
        step = PlannedStep(spec, start, due, done.get(spec.code))
        planned.append(step)
        by_code[spec.code] = step
        if spec.clock_stops:
            paused += working_days_between(start, step.completed, holidays) if step.completed else spec.term
        end = step.completed or due
        # the next step waits for this one and for any step run beside it (technical conditions)
        previous_end = end if spec.parallel_to is None else max(previous_end, end)
    if procedure.total_wd is not None:
        overall = add_working_days(received, procedure.total_wd + paused, holidays)
    else:
        overall = max((s.due for s in planned), default=received)
    return Schedule(tuple(planned), overall, paused)


@dataclass(frozen=True)
class StepToOpen:
    spec: StepSpec
    body: str | None
    starts: date
    due: date


def open_stage(procedure: Procedure, stage: ApplicationStatus, on: date, holidays: Container[date],
               bodies: Mapping[Party, Sequence[str]]) -> list[StepToOpen]:
    """The steps an application starts when it enters `stage` on `on`, with their due dates: one per approving
    body or utility for a step done by each of them (each body with its own term, so a late one shows as late)."""
    steps = procedure.stage(stage)
    schedule = plan(Procedure(procedure.track, procedure.title, procedure.legal_ref, None, steps), on, holidays)
    opened: list[StepToOpen] = []
    for planned in schedule.steps:
        names: Sequence[str | None] = (bodies.get(planned.spec.party) or [None]) if planned.spec.per_body else [None]
        opened.extend(StepToOpen(planned.spec, body, planned.starts, planned.due) for body in names)
    return opened


def overall_due(procedure: Procedure, received: date, holidays: Container[date],
                stopped: Mapping[str, tuple[date, date | None]]) -> date:
    """The statutory date of the whole procedure: its working days from receipt, moved by the working days the
    clock stood still (`stopped`: step code → (started, completed or None while it runs, counted in full)).
    A track without an overall term (B) is due when its last step is."""
    if procedure.total_wd is None:
        ended = {code: end for code, (_start, end) in stopped.items() if end is not None}
        return plan(procedure, received, holidays, ended).due
    paused = 0
    for code, (started, completed) in stopped.items():
        spec = procedure.step(code)
        if spec is None or not spec.clock_stops:
            continue
        paused += working_days_between(started, completed, holidays) if completed else spec.term
    return add_working_days(received, procedure.total_wd + paused, holidays)
