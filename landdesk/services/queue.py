"""The application queue: every application with its statutory clock as the officer reads it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus
from landdesk.domain.calendar import working_days_between
from landdesk.services.calendar import calendar_around
from landdesk.storage.applications import queue_rows

if TYPE_CHECKING:
    from landdesk.domain.calendar import WorkCalendar
    from landdesk.storage.connection import Cache

DUE_SOON_WD = 3


@dataclass(frozen=True)
class QueueRow:
    fid: int
    number: str
    applicant: str
    purpose: str
    area_m2: float
    received: date
    deadline: date | None
    days_left: int | None      # working days; negative when overdue; None once closed (an approval counts down
                               # to its next step after the decision: the contract, the boundaries, the passport)
    status: str
    officer: str
    track: str
    next_step: str | None = None   # an approval's next step after the decision, whose due date `deadline` is

    @property
    def urgency(self) -> str:
        """'overdue', 'due_soon', 'on_time' or 'closed'."""
        if self.days_left is None:
            return "closed"
        if self.days_left < 0:
            return "overdue"
        return "due_soon" if self.days_left <= DUE_SOON_WD else "on_time"


def application_queue(cache: Cache, today: date, calendar: WorkCalendar | None = None) -> list[QueueRow]:
    """Every application; working days left are counted on Kazakhstan's calendar (holidays, transfers)."""
    calendar = calendar or calendar_around(today.year)
    rows = []
    for fid, number, applicant, purpose, area, received, due, status, officer, track, after_due, after_step in \
            queue_rows(cache):
        deadline = date.fromisoformat(str(due)) if due else None
        pending = ApplicationStatus(str(status)) in PENDING_STATUSES
        if after_due:              # approved: the clock is the next step after the decision (the contract first)
            deadline, pending = date.fromisoformat(str(after_due)), True
        left = working_days_between(today, deadline, calendar) if deadline and pending else None
        rows.append(QueueRow(int(fid), str(number), str(applicant), str(purpose), float(area),
                             date.fromisoformat(str(received)), deadline, left, str(status), str(officer or ""),
                             str(track), str(after_step) if after_due else None))
    return rows
