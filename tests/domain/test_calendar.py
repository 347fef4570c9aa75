from __future__ import annotations

from datetime import date

from landdesk.domain.calendar import add_working_days, working_days_between


def test_counting_starts_the_next_working_day_and_skips_weekends() -> None:
    friday = date(2026, 11, 20)
    assert add_working_days(friday, 1) == date(2026, 11, 23)
    assert add_working_days(friday, 5) == date(2026, 11, 27)
    assert add_working_days(date(2026, 11, 23), -1) == friday
    assert working_days_between(friday, date(2026, 11, 27)) == 5
    assert working_days_between(date(2026, 11, 27), friday) == -5


def test_holidays_are_skipped() -> None:
    assert add_working_days(date(2026, 12, 15), 1, holidays={date(2026, 12, 16)}) == date(2026, 12, 17)
