"""Deciding applications: approve or refuse on legal grounds, append-only and hash-chained; verify the chain."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus, DecisionKind
from landdesk.domain.cadastral_number import CadastralNumber
from landdesk.domain.decision import GENESIS_HASH, DecisionRecord, chain_hash
from landdesk.domain.errors import LandDeskError
from landdesk.domain.procedures import Procedure, open_stage
from landdesk.domain.refusal import GROUND_BY_CODE
from landdesk.domain.text import tr
from landdesk.services.calendar import calendar_around
from landdesk.services.decision_details import Signer, approval_details, motivations
from landdesk.services.lifecycle import new_steps
from landdesk.services.prechecks import run_prechecks
from landdesk.services.procedure_guard import require
from landdesk.storage.applications import insert_steps
from landdesk.storage.decisions import (
    append_decision,
    application_for_decision,
    decision_chain,
    grant_parcel,
    last_link,
    nearest_quarter,
    register_plot_as_parcel,
    release_parcel,
    revoke_grant,
)
from landdesk.storage.sql import utc_now
from landdesk.sync.anchor import check_offline, compare
from landdesk.sync.client import Registry

if TYPE_CHECKING:
    import sqlite3
    from datetime import date

    from landdesk.domain.district_chain import Comparison, Divergence
    from landdesk.storage.connection import Cache


class DecisionNotAllowed(LandDeskError):
    code = "decision.not_allowed"
    what = tr("The decision on application {number} was not recorded: {reason}.")
    todo = tr("{todo}")


@dataclass(frozen=True)
class RefuseApplication:
    number: str
    grounds: tuple[str, ...]               # codes from the refusal-ground catalogue (DOMAIN.md §3.5)
    motivation: str                        # the written reasons the applicant receives
    officer: str
    decided_on: date
    act_number: str | None = None
    justification: str | None = None       # required when every pre-check passed
    role: str = "officer"                  # the procedure's actions name the roles that may take them
    signer: Signer | None = None           # full name and positions printed on the document
    motivation_language: str = "ru"        # the language `motivation` is written in
    motivation_other: str | None = None    # the other language's text; None: the grounds' standard texts


@dataclass(frozen=True)
class ApproveApplication:
    number: str
    officer: str
    decided_on: date
    act_number: str | None = None
    override_reason: str | None = None     # required when a pre-check failed or a negative conclusion is on record
    role: str = "officer"                  # only a head may approve over a negative conclusion
    signer: Signer | None = None


@dataclass(frozen=True)
class CancelDecision:
    """The applicant did not sign the contract in its term, or refused to (Art. 44-2 p.16): the grant is undone."""

    number: str
    reason: str
    officer: str
    decided_on: date
    act_number: str | None = None
    role: str = "officer"
    signer: Signer | None = None
    reason_language: str = "ru"
    reason_other: str | None = None


def _not_allowed(number: str, reason: str, todo: str) -> DecisionNotAllowed:
    return DecisionNotAllowed(number=number, reason=reason, todo=todo)


def refuse(cache: Cache, command: RefuseApplication) -> DecisionRecord:
    """Record a refusal. Art. 44-1 p.4, Art. 44-2 p.10: a refusal is motivated, on a legal ground; without a
    catalogued ground and a written motivation there is no refusal."""
    number = command.number
    if not command.grounds:
        raise _not_allowed(number, "a refusal names no legal ground", "Choose at least one refusal ground.")
    unknown = [g for g in command.grounds if g not in GROUND_BY_CODE]
    if unknown:
        raise _not_allowed(number, f"{', '.join(unknown)} is not a ground in the catalogue",
                           "Choose grounds from the refusal-ground catalogue.")
    if not command.motivation.strip():
        raise _not_allowed(number, "the refusal has no written motivation",
                           "Write why each ground applies; the applicant receives this text.")
    require(cache, number, "refuse", command.decided_on, command.role)
    checks = run_prechecks(cache, numbers={number})
    justification = None
    if checks and checks[0].passed:
        if not (command.justification or "").strip():
            raise _not_allowed(number, "every automatic pre-check passed",
                               "Explain why the application is refused although it passed every check; "
                               "it is counted as 'refused despite passing checks'.")
        justification = command.justification
    grounds = tuple(sorted(command.grounds))
    details = _signed(command.signer, {"motivation": motivations(
        command.motivation, command.motivation_language, command.motivation_other, grounds)})
    return _decide(cache, number, DecisionKind.REFUSE, command.officer, command.decided_on, command.act_number,
                   grounds, command.motivation.strip(), justification, ApplicationStatus.REFUSED, details=details)


def approve(cache: Cache, command: ApproveApplication) -> DecisionRecord:
    """Record an approval (Art. 43 p.7-1, Art. 44-2 p.15: its content). Only where the track's procedure permits
    it now (every step before the decision done, the role allowed); over a failed pre-check only with an override
    reason; over a negative conclusion (Art. 44-2 p.10) only by a head with one. The approval opens the steps after
    the decision: the contract, the boundaries, the passport."""
    found = require(cache, command.number, "approve", command.decided_on, command.role)
    override = (command.override_reason or "").strip()
    if found.negative and not override:
        raise _not_allowed(command.number, "a negative conclusion is on record",
                           "Record the head's reason for approving over it, or refuse on its grounds.")
    checks = run_prechecks(cache, numbers={command.number})
    failing = [r for a in checks for r in a.results if r.outcome == "fail"]
    if failing and not override:
        names = ", ".join(str(r.check) for r in failing)
        raise _not_allowed(command.number, f"pre-checks failed ({names})",
                           "Give an override reason to approve over failed checks, or refuse on their grounds.")
    procedure = found.procedure
    assert procedure is not None, "the guard always reads the track's procedure"
    details = _signed(command.signer, approval_details(cache, command.number, command.decided_on, procedure))
    return _decide(cache, command.number, DecisionKind.APPROVE, command.officer, command.decided_on,
                   command.act_number, (), None, override if (failing or found.negative) else None,
                   ApplicationStatus.APPROVED, after=procedure, details=details)


def cancel(cache: Cache, command: CancelDecision) -> DecisionRecord:
    """Cancel an approval whose contract was not signed in its term or was refused (Art. 44-2 p.16): a decision
    of its own in the chain, the parcel free again, the steps after the decision closed."""
    if not command.reason.strip():
        raise _not_allowed(command.number, "the cancellation has no reason",
                           "Say why: the contract's term passed unsigned, or the applicant refused to sign.")
    require(cache, command.number, "cancel", command.decided_on, command.role)
    details = _signed(command.signer, {"motivation": motivations(command.reason, command.reason_language,
                                                                 command.reason_other, cancellation=True)})
    return _decide(cache, command.number, DecisionKind.CANCEL, command.officer, command.decided_on,
                   command.act_number, (), command.reason.strip(), None, ApplicationStatus.CANCELLED, details=details)


def _signed(signer: Signer | None, details: dict[str, Any]) -> dict[str, Any]:
    return {**details, "signer": signer.as_details()} if signer is not None else details


def _decide(cache: Cache, number: str, kind: DecisionKind, officer: str, decided_on: date, act_number: str | None,
            grounds: tuple[str, ...], motivation: str | None, override: str | None,
            status: ApplicationStatus, after: Procedure | None = None,
            details: dict[str, Any] | None = None) -> DecisionRecord:
    with cache.operation(f"decision.{kind.lower()}", officer, reason=override) as connection:
        found = application_for_decision(connection, number)
        if found is None:
            raise _not_allowed(number, "there is no such application", "Check the application number.")
        application_uid, current = found
        if kind == DecisionKind.CANCEL:
            if ApplicationStatus(current) != ApplicationStatus.APPROVED:
                raise _not_allowed(number, f"it is {current.lower()}, not approved",
                                   "Only an approval whose contract was not signed is cancelled.")
        elif ApplicationStatus(current) not in PENDING_STATUSES:
            raise _not_allowed(number, f"it is already {current.lower()}",
                               "A decided application cannot be decided again; record a new application.")
        seq, previous = last_link(connection)
        record = DecisionRecord(
            uid=str(uuid.uuid4()), seq=seq + 1, application_uid=application_uid, kind=kind,
            decided_on=decided_on.isoformat(),
            decided_at=utc_now(),
            officer=officer, act_number=act_number, grounds=grounds, motivation=motivation, override_reason=override,
            details=details or {})
        append_decision(connection, record, previous, chain_hash(previous, record), str(status))
        if kind == DecisionKind.APPROVE and grant_parcel(connection, application_uid, record.decided_on) is None:
            _register_plot(connection, application_uid, record.decided_on, officer)
        elif kind == DecisionKind.REFUSE:
            release_parcel(connection, application_uid)
        elif kind == DecisionKind.CANCEL:
            revoke_grant(connection, application_uid)
        if after is not None and after.after_decision:
            _open_after_decision(connection, application_uid, after, decided_on)
    return record


def _open_after_decision(connection: sqlite3.Connection, application_uid: str, procedure: Procedure,
                         decided_on: date) -> None:
    """The contract, the boundaries and the passport, with their terms from the decision's day."""
    stage = Procedure(procedure.track, procedure.title, procedure.legal_ref, None, procedure.after_decision)
    opened = open_stage(stage, ApplicationStatus.APPROVED, decided_on, calendar_around(decided_on.year), {})
    insert_steps(connection, application_uid, new_steps(opened))


NEAREST_QUARTER_M = 2000.0       # how far to look for the accounting quarter a new plot belongs to
PROVISIONAL_NUMBER = "Кадастровый номер присвоен предварительно; подтверждается земельно-кадастровым планом"


def _register_plot(connection: sqlite3.Connection, application_uid: str, decided_on: str, officer: str) -> None:
    """A plot approved without a prepared parcel becomes one in the accounting quarter of its nearest neighbour,
    with the next free plot number there. The number is provisional: GosCorp confirms it with the
    land-cadastral plan. Nothing is registered without a plot drawn or a parcel within reach."""
    found = nearest_quarter(connection, application_uid, NEAREST_QUARTER_M)
    if found is None:
        return
    region, district, quarter, category, last = found
    number = CadastralNumber(region, district, quarter, f"{last + 1:03d}")
    register_plot_as_parcel(connection, application_uid, number, category, decided_on, PROVISIONAL_NUMBER, officer)


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None                 # the sequence number of the first decision that does not add up
    reason: str
    divergence: Divergence | None = None  # the first place the decisions differ from the cache's decision anchor

    @property
    def intact(self) -> bool:
        return self.broken_at is None and self.divergence is None


def verify(cache: Cache) -> ChainReport:
    """Recompute every link: a changed field, a removed or inserted decision shows at the first broken link. Then
    compare with the decision anchor (the registry's district chain as this cache last checked it): a cut tail,
    a rewritten decision below the anchored head (its own link recomputed or not), or a decision neither accepted
    by the registry nor recorded by an operation shows there (docs/sync.md, "The decision anchor")."""
    report = _verify_own_chain(cache)
    if not report.intact:
        return report
    anchor = check_offline(cache)
    first = anchor.first
    if first is not None:
        return ChainReport(report.checked, first.seq, str(first.message), first)
    reason = report.reason
    if anchor.checked:
        reason += f"; the {anchor.checked} the registry confirmed at the last sync still match it"
    if anchor.unanchored:
        reason += (f"; {anchor.unanchored} accepted by the registry since are not anchored yet (the next sync, or "
                   "verify --registry, checks them)")
    return ChainReport(report.checked, None, reason)


def verify_with_registry(cache: Cache, url: str, user: str, password: str) -> Comparison:
    """The cache's decisions against the registry's copy of the district's chain, all of it (reads only)."""
    return compare(cache, Registry(url, user, password), full=True)


def _verify_own_chain(cache: Cache) -> ChainReport:
    previous = GENESIS_HASH
    chain = decision_chain(cache)
    for expected_seq, (record, stored_previous, stored_hash) in enumerate(chain, start=1):
        if record.seq != expected_seq:
            return ChainReport(expected_seq - 1, record.seq,
                               f"decision {expected_seq} is missing (the next one is number {record.seq})")
        if stored_previous != previous:
            return ChainReport(expected_seq - 1, record.seq,
                               f"decision {record.seq} does not point to decision {record.seq - 1}'s hash")
        if chain_hash(previous, record) != stored_hash:
            return ChainReport(expected_seq - 1, record.seq,
                               f"decision {record.seq} (application {record.application_uid}) was changed after "
                               "it was recorded: its content no longer matches its hash")
        previous = stored_hash
    return ChainReport(len(chain), None, f"all {len(chain)} decisions are intact")
