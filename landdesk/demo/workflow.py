"""Where each demo application stands: its status, its dated steps, and the decisions taken on it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

import shapely

from landdesk.demo import names, people
from landdesk.domain.application import (
    ApplicationStatus as S,
)
from landdesk.domain.application import (
    BuiltFor,
    DecisionKind,
    Party,
    ProcedureTrack,
    StepState,
)
from landdesk.domain.calendar import add_working_days
from landdesk.domain.decision import GENESIS_HASH, DecisionRecord, chain_hash
from landdesk.domain.geometry import multipolygon_wkb
from landdesk.domain.iin import make_iin
from landdesk.domain.land import ParcelStatus, Purpose, RightType
from landdesk.domain.legal_ref import legal_ref_in
from landdesk.domain.procedures import open_stage, overall_due
from landdesk.domain.refusal import GROUND_BY_CODE, GROUND_FOR_OUTCOME
from landdesk.services.calendar import calendar_around
from landdesk.services.procedures import procedure
from landdesk.storage.sql import iso_utc

if TYPE_CHECKING:
    import numpy as np

    from landdesk.demo.applications import AppSpec
    from landdesk.demo.parcels import ParcelTable

# The district's approving bodies and utilities: each gets its own step, with its own term.
BODIES: dict[Party, tuple[str, ...]] = {Party.APPROVER: names.APPROVERS[1:],
                                        Party.UTILITY: tuple(body for _kind, body in names.UTILITIES)}
STAGES = (S.RECEIVED, S.ARCHITECTURE_CHECK, S.ALLOTMENT_SCHEME, S.APPROVALS, S.APPLICANT_APPROVAL, S.DECISION)
PENDING = STAGES


def _stage_terms(track: ProcedureTrack) -> list[int]:
    """Working days each stage of the track's procedure takes by its terms (steps run beside others add none)."""
    steps = procedure(track).steps
    return [sum(s.term for s in steps if s.stage == stage and s.parallel_to is None) for stage in STAGES]


APPLICATION_COLUMNS = (
    "uid", "number", "track", "applicant_name", "applicant_iin", "applicant_kind", "requested_purpose",
    "requested_right", "requested_area_m2", "has_other_plot", "queue_number", "location_text", "parcel_uid",
    "received_on", "due_on", "status", "assigned_officer", "built_for", "built_for_note", "updated_at", "geom",
    "free_grant", "irrigated", "applicant_citizen", "free_grant_check", "free_grant_note",
)
STEP_COLUMNS = ("uid", "application_uid", "seq", "step_code", "title", "party", "body_name", "started_on",
                "due_on", "completed_on", "state", "note", "updated_at")
DECISION_COLUMNS = ("uid", "seq", "application_uid", "kind", "decided_on", "decided_at", "officer", "act_number",
                    "grounds", "motivation", "override_reason", "prev_hash", "content_hash", "updated_at")
AUDIT_COLUMNS = ("uid", "at", "user_name", "action", "entity", "entity_uid", "details")


@dataclass
class WorkflowRows:
    applications: list[tuple[object, ...]] = field(default_factory=list)
    steps: list[tuple[object, ...]] = field(default_factory=list)
    decisions: list[tuple[object, ...]] = field(default_factory=list)
    audit: list[tuple[object, ...]] = field(default_factory=list)


def choose_statuses(specs: list[AppSpec], rng: np.random.Generator) -> list[S]:
    """Every state appears; only applications built to pass are approved, only failing ones refused."""
    statuses: list[S | None] = [None] * len(specs)
    by_outcome: dict[BuiltFor, list[int]] = {}
    competing = {s.competes_with for s in specs if s.competes_with >= 0}
    for spec in specs:       # the land the later one asks for was granted on the earlier one
        if spec.built_for is BuiltFor.GRANTED_EARLIER:
            statuses[spec.competes_with] = S.APPROVED
    for index, spec in enumerate(specs):
        # waiting ones, and those whose checks only warn, have no ground to be refused on: they stay open
        if GROUND_FOR_OUTCOME[spec.built_for] is None and spec.built_for is not BuiltFor.PASS:
            continue
        if spec.competes_with < 0 and index not in competing:
            by_outcome.setdefault(spec.built_for, []).append(index)
    passing = by_outcome.pop(BuiltFor.PASS)
    for index in passing[:8]:
        statuses[index] = S.APPROVED
    statuses[passing[8]] = statuses[passing[9]] = S.CANCELLED
    statuses[passing[10]] = S.WITHDRAWN
    for outcome, indexes in by_outcome.items():
        refused = 2 if outcome in (BuiltFor.OVERLAP, BuiltFor.WRONG_ZONE, BuiltFor.NO_PLAN, BuiltFor.OVERSIZE) else 1
        for index in indexes[:refused]:
            statuses[index] = S.REFUSED
    statuses[by_outcome[BuiltFor.OVERLAP][2]] = S.WITHDRAWN
    statuses[by_outcome[BuiltFor.NO_PLAN][2]] = S.WITHDRAWN
    open_indexes = [k for k, s in enumerate(statuses) if s is None]
    for position, index in enumerate(rng.permutation(open_indexes)):
        statuses[int(index)] = PENDING[position % len(PENDING)]
    if any(s is None for s in statuses):
        raise AssertionError("every demo application needs a status")
    return [s for s in statuses if s is not None]


class WorkflowBuilder:
    def __init__(self, specs: list[AppSpec], parcels: ParcelTable, rng: np.random.Generator, today: date,
                 now: str) -> None:
        self.specs, self.parcels, self.rng, self.today, self.now = specs, parcels, rng, today, now
        self.rows = WorkflowRows()
        self.calendar = calendar_around(today.year)
        self._decisions: list[tuple[str, DecisionRecord]] = []

    def build(self) -> WorkflowRows:
        statuses = choose_statuses(self.specs, self.rng)
        uids = people.uuids(self.rng, len(self.specs))
        applicants, female = people.person_names(self.rng, len(self.specs))
        iins = people.iins(self.rng, len(self.specs), female=female)
        received = [self._simulate_dates(spec, status) for spec, status in zip(self.specs, statuses, strict=True)]
        for index, spec in enumerate(self.specs):
            if spec.competes_with >= 0:   # the competitor always arrived later (by today at the latest; on the same
                first = received[spec.competes_with][0]         # day its higher index numbers it after the first)
                later = min(add_working_days(first, 3, self.calendar), self.today)
                received[index] = (later, received[index][1])
            if spec.minor:                # 17 on the day of receipt, born on the 1st of that month
                day = received[index][0]
                iins[index] = make_iin(day.replace(year=day.year - 17, day=1), 100 + index, female=bool(female[index]))
        order = sorted(range(len(self.specs)), key=lambda k: (received[k][0], k))
        number = {k: f"{received[k][0].year}-{position + 1:04d}" for position, k in enumerate(order)}
        for k in order:
            self._application(k, uids[k], number[k], statuses[k], applicants[k], iins[k], received[k])
        self._chain_decisions()
        return self.rows

    def _simulate_dates(self, spec: AppSpec, status: S) -> tuple[date, list[int]]:
        """Working-day durations of the finished stages, and the receipt date that makes them end by today."""
        terms = _stage_terms(spec.track)
        durations = [max(1, int(self.rng.integers(max(1, t - 2), t + 3))) if t else 0 for t in terms]
        if status in PENDING:
            stage = STAGES.index(status)
            elapsed = sum(durations[:stage]) + int(self.rng.integers(0, terms[stage] + 4))
            if self.rng.random() < 0.3:   # stalled: a late approver, a missing document, a busy officer
                elapsed += int(self.rng.integers(5, 25))
            return add_working_days(self.today, -elapsed, self.calendar), durations
        decided_ago = int(self.rng.integers(3, 60))
        return add_working_days(self.today, -(decided_ago + sum(durations)), self.calendar), durations

    def _application(self, k: int, uid: str, number: str, status: S, applicant: str, iin: str,
                     dates: tuple[date, list[int]]) -> None:
        spec, received = self.specs[k], dates[0]
        lot = spec.lot
        parcel_uid = self.parcels.uid[lot] if lot >= 0 and spec.built_for is not BuiltFor.WRONG_COORDINATES else None
        area = float(self.parcels.area_computed_m2[lot]) if lot >= 0 else float(shapely.area(spec.plot))
        officer = names.OFFICERS[k % len(names.OFFICERS)]
        decided_on, stopped = self._steps(uid, spec, status, received, dates[1])
        due = overall_due(procedure(spec.track), received, self.calendar, stopped)
        queue = f"ИЖС-{int(self.rng.integers(1000, 99999))}" if spec.track is ProcedureTrack.IZHS_QUEUE else None
        if queue is None and spec.free_grant and spec.purpose is Purpose.IZHS:
            queue = f"ИЖС-{100000 + k}"     # a free IZhS plot comes from the special register (Art. 44 p.6)
        wkb = multipolygon_wkb(spec.plot)
        # a free grant is ownership (ogorod: free use, Art. 50 p.2-1), as intake asks; a paid one a lease
        if spec.free_grant:
            right = RightType.FREE_USE if spec.purpose is Purpose.OGOROD else RightType.PRIVATE_OWNERSHIP
        else:
            right = RightType.LEASE_SHORT if spec.purpose in (Purpose.IZHS, Purpose.LPH) else RightType.LEASE_LONG
        self.rows.applications.append((
            uid, number, str(spec.track), applicant, iin, "PERSON", str(spec.purpose), str(right), round(area, 2), 0,
            queue, self.parcels.address[lot] if lot >= 0 else None, parcel_uid, received.isoformat(),
            due.isoformat(), str(status), officer,
            str(spec.built_for), spec.note, self.now, wkb, int(spec.free_grant), int(spec.irrigated),
            int(spec.citizen), "CONFIRMED" if spec.free_grant else None,
            "" if spec.free_grant else None,
        ))
        self._parcel_follows(lot, status, applicant, iin, decided_on)
        if status in (S.APPROVED, S.CANCELLED, S.REFUSED) and decided_on is not None:
            self._decide(uid, spec, status, decided_on, officer)

    def _steps(self, uid: str, spec: AppSpec, status: S, received: date,
               durations: list[int]) -> tuple[date | None, dict[str, tuple[date, date | None]]]:
        """Write the steps of the procedure started so far; returns the date of the last one finished (the
        decision's date) and when the clock-stopping steps ran."""
        track = procedure(spec.track)
        if status in PENDING:
            last = STAGES.index(status)
        elif status is S.REFUSED:   # GosCorp reports the land occupied during approvals
            last = STAGES.index(S.APPROVALS if spec.built_for is BuiltFor.OVERLAP else S.ARCHITECTURE_CHECK)
        elif status is S.WITHDRAWN:
            last = STAGES.index(S.ALLOTMENT_SCHEME)
        else:
            last = len(STAGES) - 1
        start, finished_on, seq = received, None, 0
        stopped: dict[str, tuple[date, date | None]] = {}
        for index, stage in enumerate(STAGES[: last + 1]):
            stage_end = add_working_days(start, durations[index], self.calendar)
            for step in open_stage(track, stage, start, self.calendar, BODIES):
                state, completed, note = StepState.OPEN, None, None
                if index < last or status in (S.APPROVED, S.CANCELLED):
                    state = StepState.DONE    # within the stage's time: steps after a quick one start early
                    took = add_working_days(step.starts, self._took(step.spec.term, durations[index]), self.calendar)
                    completed = min(max(step.starts, min(took, stage_end)), self.today)
                elif status is S.REFUSED:
                    state, completed = StepState.NEGATIVE, add_working_days(step.starts, min(step.spec.term, 2),
                                                                             self.calendar)
                    note = GROUND_FOR_OUTCOME[spec.built_for]
                elif status is S.WITHDRAWN:
                    state, completed = StepState.SKIPPED, add_working_days(step.starts, 1, self.calendar)
                    note = "Заявление отозвано"
                elif step.spec.party is Party.UTILITY and self.rng.random() < 0.5:
                    answered = add_working_days(step.starts, int(self.rng.integers(2, 8)), self.calendar)
                    if answered <= self.today:
                        state, completed = StepState.DONE, answered
                seq += 1
                self.rows.steps.append((
                    people.uuids(self.rng, 1)[0], uid, seq, step.spec.code,
                    step.spec.title, str(step.spec.party), step.body, step.starts.isoformat(), step.due.isoformat(),
                    completed.isoformat() if completed else None, str(state), note, self.now,
                ))
                if step.spec.clock_stops:
                    stopped[step.spec.code] = (step.starts, completed)
                if completed is not None and (finished_on is None or completed > finished_on):
                    finished_on = completed
            start = stage_end
        return (finished_on if status in (S.APPROVED, S.CANCELLED, S.REFUSED) else None), stopped

    def _took(self, term: int, stage_duration: int) -> int:
        return max(1, min(stage_duration, term + int(self.rng.integers(-2, 3))))

    def _parcel_follows(self, lot: int, status: S, applicant: str, iin: str, decided_on: date | None) -> None:
        if lot < 0 or self.parcels.status[lot] not in (str(ParcelStatus.FREE), str(ParcelStatus.UNDER_APPLICATION)):
            return
        if status in PENDING:
            self.parcels.status[lot] = str(ParcelStatus.UNDER_APPLICATION)
        elif status is S.APPROVED and decided_on is not None:
            self.parcels.status[lot] = str(ParcelStatus.REGISTERED)
            self.parcels.right_type[lot] = str(RightType.LEASE_SHORT)
            self.parcels.right_term_years[lot] = 5
            self.parcels.right_holder[lot] = applicant
            self.parcels.holder_iin[lot] = iin
            self.parcels.registered_on[lot] = decided_on.isoformat()

    def _decide(self, application_uid: str, spec: AppSpec, status: S, decided_on: date, officer: str) -> None:
        if status is S.REFUSED:
            ground = GROUND_FOR_OUTCOME[spec.built_for]
            assert ground is not None
            title, reference = GROUND_BY_CODE[ground].title_ru, GROUND_BY_CODE[ground].legal_ref
            code = " ЗК РК" if reference.startswith("Art.") else ""    # another act names itself
            self._record(application_uid, DecisionKind.REFUSE, decided_on, officer, (ground,),
                         f"Отказ: {title} ({legal_ref_in(reference, 'ru')}{code}).")
            return
        self._record(application_uid, DecisionKind.APPROVE, decided_on, officer, (), None)
        if status is S.CANCELLED:
            self._record(application_uid, DecisionKind.CANCEL, add_working_days(decided_on, 13, self.calendar),
                         officer, (),
                         "Договор не подписан заявителем в установленный срок (ст. 44-2 п. 16 ЗК РК).")

    def _record(self, application_uid: str, kind: DecisionKind, decided_on: date, officer: str,
                grounds: tuple[str, ...], motivation: str | None) -> None:
        at = datetime.combine(decided_on, time(10, int(self.rng.integers(0, 59))), tzinfo=UTC)
        record = DecisionRecord(
            uid=people.uuids(self.rng, 1)[0], seq=0, application_uid=application_uid, kind=kind,
            decided_on=decided_on.isoformat(), decided_at=iso_utc(at),
            officer=officer, act_number=f"№ {int(self.rng.integers(100, 999))}", grounds=grounds,
            motivation=motivation, override_reason=None,
        )
        self._decisions.append((record.decided_at, record))

    def _chain_decisions(self) -> None:
        previous = GENESIS_HASH
        for seq, (_, draft) in enumerate(sorted(self._decisions, key=lambda d: (d[0], d[1].uid)), start=1):
            record = DecisionRecord(**{**{f: getattr(draft, f) for f in draft.__dataclass_fields__}, "seq": seq})
            content_hash = chain_hash(previous, record)
            self.rows.decisions.append((
                record.uid, seq, record.application_uid, str(record.kind), record.decided_on, record.decided_at,
                record.officer, record.act_number, json.dumps(list(record.grounds)), record.motivation,
                record.override_reason, previous, content_hash, self.now,
            ))
            self.rows.audit.append((
                people.uuids(self.rng, 1)[0], record.decided_at, record.officer, f"decision.{record.kind.lower()}",
                "applications", record.application_uid, json.dumps({"decision": record.uid}, ensure_ascii=False),
            ))
            previous = content_hash
