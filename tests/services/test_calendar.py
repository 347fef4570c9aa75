"""Kazakhstan's working days against dates counted by hand from the official calendars."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from landdesk.domain.calendar import add_working_days, working_days_between
from landdesk.services.calendar import kazakhstan_calendar

if TYPE_CHECKING:
    from pathlib import Path

CALENDAR = kazakhstan_calendar(range(2023, 2027))


def test_track_c_received_3_march_2025_is_due_18_april() -> None:
    # 30 working days from Mon 3 March 2025, counted by hand: 8 March (Sat) is observed on Mon 10 March,
    # Nauryz 21–23 March is observed on 24–25 March, so the 30th working day is Fri 18 April.
    assert add_working_days(date(2025, 3, 3), 30, CALENDAR) == date(2025, 4, 18)
    assert working_days_between(date(2025, 3, 3), date(2025, 4, 18), CALENDAR) == 30


def test_a_holiday_on_a_weekend_moves_to_monday_but_not_christmas_or_kurban_ait() -> None:
    assert not CALENDAR.is_working_day(date(2025, 3, 10))      # 8 March 2025 was a Saturday
    assert CALENDAR.is_working_day(date(2023, 1, 9))           # Orthodox Christmas, Sat 7 Jan 2023: not moved
    assert CALENDAR.is_working_day(date(2024, 6, 17))          # Kurban Ait, Sun 16 June 2024: not moved


def test_the_government_transfer_of_january_2025() -> None:
    assert not CALENDAR.is_working_day(date(2025, 1, 3))       # Friday made a day off…
    assert CALENDAR.is_working_day(date(2025, 1, 5))           # …in exchange for Sunday 5 January
    assert add_working_days(date(2024, 12, 31), 1, CALENDAR) == date(2025, 1, 5)


def test_an_akimat_adds_a_decree_without_a_release(tmp_path: Path) -> None:
    decree = tmp_path / "transfers.json"
    decree.write_text(json.dumps({
        "days_off": [{"date": "2026-11-23", "name": "Day off by decree", "source": "test decree 1"}],
        "working_days": [{"date": "2026-11-28", "name": "Working Saturday", "source": "test decree 1"}],
    }), encoding="utf-8")
    calendar = kazakhstan_calendar(range(2026, 2027), transfers=decree)
    assert not calendar.is_working_day(date(2026, 11, 23))
    assert calendar.is_working_day(date(2026, 11, 28))
    assert add_working_days(date(2026, 11, 20), 1, calendar) == date(2026, 11, 24)
    assert calendar.names[date(2026, 11, 28)] == "Working Saturday"
