"""Kazakhstan's working-day calendar: the `holidays` package plus decree transfers kept as data."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from landdesk.domain.calendar import WorkCalendar
from landdesk.resources import resource_path

if TYPE_CHECKING:
    from pathlib import Path

TRANSFERS_FILE = ("calendar", "kz_transfers.json")


def kazakhstan_calendar(years: range, transfers: Path | None = None) -> WorkCalendar:
    """Holidays with their observed days (a holiday on a weekend moves to the next working day, except
    Orthodox Christmas and Kurban Ait) and the government's transfers of days off, for `years`; then the
    akimat's own additions from `resources/calendar/kz_transfers.json`."""
    import holidays  # a few ms to import; only the calendar needs it

    known = holidays.country_holidays("KZ", years=list(years))
    days_off = set(known.keys())
    working = {d for d in getattr(known, "weekend_workdays", set()) if d.year in years}
    names = {d: str(n) for d, n in known.items()}
    extra = json.loads((transfers or resource_path(*TRANSFERS_FILE)).read_text(encoding="utf-8"))
    for entry in extra.get("days_off", []):
        day = date.fromisoformat(entry["date"])
        days_off.add(day)
        working.discard(day)
        names[day] = entry.get("name", "Day off by decree")
    for entry in extra.get("working_days", []):
        day = date.fromisoformat(entry["date"])
        working.add(day)
        days_off.discard(day)
        names[day] = entry.get("name", "Working day by decree")
    return WorkCalendar(frozenset(days_off), frozenset(working), names)


@lru_cache(maxsize=4)
def calendar_around(year: int) -> WorkCalendar:
    """The calendar from the year before to two years after `year` (enough for any statutory term)."""
    return kazakhstan_calendar(range(year - 1, year + 3))
