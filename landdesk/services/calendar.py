"""Kazakhstan's working-day calendar, for the use cases: made by `landdesk.rules.calendar` (the registry plans
its terms there too)."""

from __future__ import annotations

from landdesk.rules.calendar import TRANSFERS_FILE, calendar_around, kazakhstan_calendar

__all__ = ["TRANSFERS_FILE", "calendar_around", "kazakhstan_calendar"]
