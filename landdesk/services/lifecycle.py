"""Moving an application along its procedure: each transition guarded, recorded with who and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.application import ApplicationStatus
from landdesk.domain.errors import LandDeskError
from landdesk.domain.lifecycle import TransitionRefused, can_withdraw, next_status
from landdesk.domain.prechecks import Outcome
from landdesk.services.prechecks import run_prechecks
from landdesk.storage.applications import application_status, complete_step, open_steps, set_status

if TYPE_CHECKING:
    from datetime import date

    from landdesk.storage.connection import Cache


AWAITED_STEPS = ("APPROVAL", "TECH_CONDITIONS")     # conclusions and conditions the akimat waits for


class StepNotRecorded(LandDeskError):
    code = "application.step_not_recorded"
    what = "The step was not recorded: {reason}."
    todo = "{todo}"


def _current(cache: Cache, number: str) -> ApplicationStatus:
    status = application_status(cache, number)
    if status is None:
        raise TransitionRefused(number=number, current="unknown", target="a next step",
                                reason="there is no such application", todo="Check the application number.")
    return ApplicationStatus(status)


def advance(cache: Cache, number: str, officer: str) -> ApplicationStatus:
    """Move to the next step of the procedure if nothing blocks it; returns the new status."""
    current = _current(cache, number)
    failed: tuple[str, ...] = ()
    if current == ApplicationStatus.ARCHITECTURE_CHECK:
        checks = run_prechecks(cache, numbers={number})
        failed = tuple(str(r.check) for a in checks for r in a.results if r.outcome == Outcome.FAIL)
    waiting = len([s for s in open_steps(cache, number) if s[1] in AWAITED_STEPS]) \
        if current == ApplicationStatus.APPROVALS else 0
    target = next_status(number, current, failed_checks=failed, open_steps=waiting)
    if not set_status(cache, number, current, target, officer, "application.advance",
                      {"from": current.value, "to": target.value}):
        raise TransitionRefused(number=number, current=current.lower(), target=target.lower(),
                                reason="its status changed meanwhile", todo="Reload the queue and try again.")
    return target


def withdraw(cache: Cache, number: str, officer: str, reason: str) -> None:
    """The applicant withdrew the application (recorded with the reason given)."""
    current = _current(cache, number)
    if not can_withdraw(current):
        raise TransitionRefused(number=number, current=current.lower(), target="withdrawn",
                                reason=f"it is already {current.lower()}", todo="Only a pending application can be "
                                "withdrawn.")
    if not reason.strip():
        raise TransitionRefused(number=number, current=current.lower(), target="withdrawn",
                                reason="no reason was given", todo="Record how the applicant withdrew it.")
    set_status(cache, number, current, ApplicationStatus.WITHDRAWN, officer, "application.withdraw",
               {"from": current.value, "reason": reason.strip()})


def record_step(cache: Cache, step_uid: str, *, positive: bool, on: date, officer: str, note: str = "") -> None:
    """A body's conclusion or a utility's technical conditions came in (negative: with its reasons)."""
    if not positive and not note.strip():
        raise StepNotRecorded(reason="a negative conclusion has no reasons",
                              todo="Copy the body's reasons; a refusal will have to cite them.")
    if not complete_step(cache, step_uid, "DONE" if positive else "NEGATIVE", on.isoformat(), note.strip(), officer):
        raise StepNotRecorded(reason="the step is not open any more", todo="Reload the application's steps.")

