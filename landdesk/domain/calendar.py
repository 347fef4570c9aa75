"""Working-day arithmetic. Weekends only for now; the Kazakhstan holiday calendar plugs in as `holidays`."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

_NO_HOLIDAYS: frozenset[date] = frozenset()


def is_working_day(day: date, holidays: Container[date] = _NO_HOLIDAYS) -> bool:
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
