"""The application's lifecycle: which step follows which, and what must hold before it may."""

from __future__ import annotations

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus
from landdesk.domain.errors import LandDeskError
from landdesk.domain.labels import label
from landdesk.domain.text import Text, joined, text, tr

S = ApplicationStatus
NEXT: dict[ApplicationStatus, ApplicationStatus] = {
    S.RECEIVED: S.ARCHITECTURE_CHECK,
    S.ARCHITECTURE_CHECK: S.ALLOTMENT_SCHEME,
    S.ALLOTMENT_SCHEME: S.APPROVALS,
    S.APPROVALS: S.APPLICANT_APPROVAL,
    S.APPLICANT_APPROVAL: S.DECISION,
}


class TransitionRefused(LandDeskError):
    code = "application.transition_refused"
    what = tr("Application {number} cannot move from {current} to {target}: {reason}.")
    todo = tr("{todo}")


def next_status(number: str, current: ApplicationStatus, *, failed_checks: tuple[str, ...] = (),
                open_steps: int = 0, negative: tuple[str, ...] = ()) -> ApplicationStatus:
    """The status after `current`, or TransitionRefused saying what blocks it.

    Leaving the architecture check needs every pre-check passed (otherwise the architecture unit sends
    a motivated refusal, Art. 44-2 p.10); leaving approvals needs every approval and technical condition in.
    A decision is taken only through the decisions service, never by advancing.
    """
    target = NEXT.get(current)
    if target is None:
        reason = ("the decision is taken by approving or refusing" if current == S.DECISION
                  else f"it is already {current.lower()}")
        raise TransitionRefused(number=number, current=current.lower(), target="a next step", reason=reason,
                                todo="Approve or refuse the application." if current == S.DECISION
                                else "A closed application does not move.")
    if negative:
        raise TransitionRefused(number=number, current=current.lower(), target=target.lower(),
                                reason=text(tr("a negative conclusion is on record ({steps})"),
                                            steps=joined(list(negative))),
                                todo=Text(tr("A negative conclusion leads to a motivated refusal (Art. 44-2 p.10, "
                                             "Art. 44-1 p.4); only the head can approve over it, with an override.")))
    if current == S.ARCHITECTURE_CHECK and failed_checks:
        raise TransitionRefused(number=number, current=current.lower(), target=target.lower(),
                                reason=text(tr("pre-checks failed ({checks})"),
                                            checks=joined([label(c) for c in failed_checks])),
                                todo=Text(tr("Refuse with the failed checks' grounds, or correct the data and check "
                                             "again.")))
    if current == S.APPROVALS and open_steps:
        raise TransitionRefused(number=number, current=current.lower(), target=target.lower(),
                                reason=text(tr("approvals or technical conditions still open: {count}"),
                                            count=open_steps),
                                todo=Text(tr("Record each approving body's conclusion and each utility's conditions "
                                             "first.")))
    return target


def can_withdraw(current: ApplicationStatus) -> bool:
    return current in PENDING_STATUSES
