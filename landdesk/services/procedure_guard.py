"""What the procedure allows an application now, and why not the rest (issue 16).

One guard for the window, the command line and anything else that acts on an application: an approval only from
the statuses the track's procedure file permits (`resources/procedures/<track>.json`, "actions"), with every step
before the decision done; after a negative conclusion or negative technical conditions only a refusal, unless the
head of the land department records an override; a cancellation only when the contract step ran out or the
applicant refused to sign. Each refusal says what the procedure still waits for, so nothing is decided by
accident and the officer knows the next step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus, StepState
from landdesk.domain.errors import LandDeskError
from landdesk.domain.labels import label
from landdesk.domain.text import Text, joined, text, tr
from landdesk.services.lifecycle import application_state

if TYPE_CHECKING:
    from landdesk.domain.procedures import Procedure
    from landdesk.services.lifecycle import ApplicationState, StepRow
    from landdesk.storage.connection import Cache

ACTIONS = ("step", "approve", "refuse", "cancel", "withdraw")
ACTION_NAMES = {"step": tr("recording a step"), "approve": tr("approval"), "refuse": tr("refusal"),
                "cancel": tr("cancellation"), "withdraw": tr("withdrawal")}


def action_name(action: str) -> Text:
    """The officer's word for an action of the procedure (the code itself when it has none)."""
    return Text(ACTION_NAMES.get(action, action))


class ActionNotAllowed(LandDeskError):
    """The procedure does not allow this action now. Nothing was changed. (`landdesk` exits 3.)"""

    code = "procedure.not_allowed"
    what = tr("Application {number}: {action} is not allowed now: {reason}.")
    todo = tr("{todo}")


@dataclass(frozen=True)
class Allowed:
    number: str
    status: ApplicationStatus
    refused: dict[str, Text]          # action → why not (absent: allowed)
    negative: tuple[StepRow, ...]     # negative conclusions and conditions on record
    waiting: tuple[StepRow, ...]      # the open steps the procedure waits for
    deciding: str | None = None       # the code of the decision step itself (approve or refuse completes it)
    procedure: Procedure | None = None  # the track's procedure the guard read

    @property
    def actions(self) -> list[str]:
        return [a for a in ACTIONS if a not in self.refused]

    def permits(self, action: str) -> bool:
        return action not in self.refused


def _waits_for(steps: tuple[StepRow, ...]) -> Text:
    if not steps:
        return Text(tr("nothing is open"))
    parts = [text(tr("{code} «{title}»{body}, due {due}"), code=s.code, title=Text(s.title),
                  body=f" ({s.body})" if s.body else "", due=s.due.strftime("%d.%m.%Y") if s.due else "—")
             for s in steps[:4]]
    if len(steps) > 4:
        parts.append(text(tr("{count} more"), count=len(steps) - 4))
    return text(tr("it waits for {steps}"), steps=joined(parts))


def decision_step_code(app: ApplicationState) -> str | None:
    """The akimat's decision itself: the last step of the DECISION stage, completed by approving or refusing."""
    stage = app.procedure.stage(ApplicationStatus.DECISION)
    return stage[-1].code if stage else None


def allowed(cache: Cache, number: str, today: date | None = None, role: str = "officer") -> Allowed:
    """Every action with whether the procedure permits it now for `role`, and why not."""
    today = today or date.today()
    app = application_state(cache, number, today)
    status, procedure = app.status, app.procedure
    open_steps = tuple(s for s in app.steps if s.state == StepState.OPEN)
    negative = tuple(s for s in app.steps if s.state == StepState.NEGATIVE) if status in PENDING_STATUSES else ()
    deciding = decision_step_code(app)
    before_decision = tuple(s for s in open_steps if s.code != deciding and
                            (procedure.refusal_step is None or s.code != procedure.refusal_step.code))
    refused: dict[str, Text] = {}

    def rule_refuses(action: str) -> Text | None:
        rule = procedure.action(action)
        if rule is None:
            return text(tr("track {track} has no such action"), track=procedure.track.value)
        if status not in rule.from_states:
            return text(tr("the application is «{status}»; {action} is taken at {states}"), status=label(status),
                        action=action_name(action), states=joined([label(s) for s in sorted(rule.from_states)]))
        if role not in rule.roles:
            return text(tr("the role «{role}» cannot; it is for {roles}"), role=role,
                        roles=", ".join(sorted(rule.roles)))
        return None

    for action in ("approve", "refuse", "cancel", "withdraw"):
        reason = rule_refuses(action)
        if reason is not None:
            refused[action] = reason
    if "approve" in refused and status in PENDING_STATUSES and before_decision:
        refused["approve"] = joined([refused["approve"], _waits_for(before_decision)])
    if "approve" not in refused and before_decision:
        refused["approve"] = _waits_for(before_decision)
    if negative:
        override = procedure.action("override")
        names = joined([text(tr("{code}{body}"), code=s.code, body=f" ({s.body})" if s.body else "") for s in negative])
        if override is None or role not in override.roles:
            refused["approve"] = text(tr("a negative conclusion is on record ({steps}); the procedure leads to a "
                                         "motivated refusal, and only the head of the land department can approve "
                                         "over it, with a recorded override"), steps=names)
        elif status in PENDING_STATUSES:
            refused.pop("approve", None)           # a head may approve over it, with the override's reason
        refused["step"] = text(tr("a negative conclusion is on record ({steps}); refuse with its grounds"),
                               steps=names)
    elif status in PENDING_STATUSES:
        steppable = tuple(s for s in open_steps if s.code != deciding)
        if not steppable:
            refused["step"] = Text(tr("no step is open before the decision; approve or refuse"))
    elif status == ApplicationStatus.APPROVED:
        if not open_steps:
            refused["step"] = Text(tr("every step after the decision is done"))
    else:
        refused["step"] = text(tr("the application is «{status}»"), status=label(status))
    if "cancel" not in refused:
        contract = procedure.contract_step()
        row = next((s for s in app.steps if contract is not None and s.code == contract.code), None)
        if row is None:
            refused["cancel"] = Text(tr("the decision has no contract step"))
        elif row.state == StepState.DONE:
            refused["cancel"] = Text(tr("the contract was signed"))
        elif row.state == StepState.OPEN and (row.due is None or today <= row.due):
            refused["cancel"] = text(tr("the contract may be signed until {due}; a decision is cancelled only when "
                                        "that term has passed or the applicant refused to sign"),
                                     due=row.due.strftime("%d.%m.%Y") if row.due else "—")
    return Allowed(number, status, refused, negative, before_decision if status in PENDING_STATUSES else open_steps,
                   deciding, procedure)


def require(cache: Cache, number: str, action: str, today: date | None = None, role: str = "officer") -> Allowed:
    """The guard: raise ActionNotAllowed (nothing changes) unless the procedure permits `action` now."""
    found = allowed(cache, number, today, role)
    if not found.permits(action):
        raise ActionNotAllowed(number=number, action=action_name(action), reason=found.refused[action],
                               todo=_todo(action, found))
    return found


def _todo(action: str, found: Allowed) -> Text:
    if found.negative and action in ("approve", "step"):
        return Text(tr("Refuse on the grounds the negative conclusion gives, or ask the head to record an override."))
    if found.waiting and action == "approve":
        return Text(tr("Record those steps first (landdesk step … or the Steps panel)."))
    if action == "cancel":
        return Text(tr("Record the contract when it is signed; cancel only after its term."))
    possible = ", ".join(found.actions) or "none"
    return text(tr("Actions the procedure permits now: {actions}."), actions=possible)
