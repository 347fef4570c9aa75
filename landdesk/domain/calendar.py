"""Working-day arithmetic over a calendar of days off and worked weekend days (DOMAIN.md §7).

The functions take any container of days off (weekends only when none is given) or a `WorkCalendar`,
which also knows the Saturdays a government decree turned into working days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container, Mapping

_NO_HOLIDAYS: frozenset[date] = frozenset()


@dataclass(frozen=True)
class WorkCalendar:
    """Days off (holidays, observed days, transferred days off) and weekend days worked by decree."""

    days_off: frozenset[date] = frozenset()
    working_weekend_days: frozenset[date] = frozenset()
    names: Mapping[date, str] = field(default_factory=dict)

    def __contains__(self, day: object) -> bool:
        """A day off that is not a weekend day (what the functions below check on weekdays)."""
        return day in self.days_off

    def is_working_day(self, day: date) -> bool:
        if day in self.working_weekend_days:
            return True
        return day.weekday() < 5 and day not in self.days_off


def is_working_day(day: date, holidays: Container[date] = _NO_HOLIDAYS) -> bool:
    if isinstance(holidays, WorkCalendar):
        return holidays.is_working_day(day)
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, holidays: Container[date] = _NO_HOLIDAYS) -> date:
    """The date `days` working days after `start`, counting from the next working day (DOMAIN.md §7)."""
    step = 1 if days >= 0 else -1
    current, remaining = start, abs(days)
    while remaining:
        current += timedelta(days=step)
        if is_working_day(current, holidays):
            remaining -= 1
    return current


def working_days_between(start: date, end: date, holidays: Container[date] = _NO_HOLIDAYS) -> int:
    """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -working_days_between(end, start, holidays)
    count, current = 0, start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            count += 1
    return count
