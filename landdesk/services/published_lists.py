"""The lists the Land Code requires the akimat to publish, in Kazakh and Russian (issue 16):

- `queue`: the IZhS special register, position by position per settlement, quarterly (Art. 44 p.6);
- `sites`: the plots prepared for individual housing, quarterly (Art. 44 p.6);
- `grants`: who got which plot (basis, purpose, area, location, right, lease term), monthly (Art. 43 p.14).

A period is a quarter (`2026Q4`) or a month (`2026-11`); the queue is as of the period's last day. Applicants'
IINs are never published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import tr
from landdesk.storage.published_lists import granted_between, izhs_queue, prepared_sites

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

KINDS = ("queue", "sites", "grants")
LEGAL_REF = {"queue": "Art. 44 p.6", "sites": "Art. 44 p.6", "grants": "Art. 43 p.14"}


class PeriodInvalid(LandDeskError):
    code = "lists.period_invalid"
    what = tr("«{value}» is not a period.")
    todo = tr("Give a quarter as 2026Q4 or a month as 2026-11.")


@dataclass(frozen=True)
class Period:
    text: str
    first: date
    last: date


def period(value: str) -> Period:
    """`2026Q4` or `2026-11` as its first and last day."""
    quarter = re.fullmatch(r"(\d{4})[Qq]([1-4])", value.strip())
    month = re.fullmatch(r"(\d{4})-(\d{2})", value.strip())
    if quarter:
        year, q = int(quarter[1]), int(quarter[2])
        first, after = date(year, 3 * q - 2, 1), _month_after(year, 3 * q)
    elif month and 1 <= int(month[2]) <= 12:
        year, m = int(month[1]), int(month[2])
        first, after = date(year, m, 1), _month_after(year, m)
    else:
        raise PeriodInvalid(value=value)
    return Period(value.strip().upper(), first, after - timedelta(days=1))


def _month_after(year: int, month: int) -> date:
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


@dataclass(frozen=True)
class PublishedList:
    kind: str
    period: Period
    rows: list[dict[str, Any]]


def published_list(cache: Cache, kind: str, when: Period) -> PublishedList:
    if kind == "grants":
        rows = granted_between(cache, when.first.isoformat(), when.last.isoformat())
    elif kind == "queue":
        rows = _numbered(izhs_queue(cache, when.last.isoformat()))
    elif kind == "sites":
        rows = prepared_sites(cache)
    else:
        raise ValueError(kind)
    return PublishedList(kind, when, rows)


def _numbered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each entry's position in the queue of its settlement (the rows come oldest entry first)."""
    positions: dict[str, int] = {}
    for row in rows:
        positions[row["settlement"]] = positions.get(row["settlement"], 0) + 1
        row["position"] = positions[row["settlement"]]
    return rows


def queue_position(cache: Cache, number: str, today: date) -> int | None:
    """An application's position in its settlement's IZhS queue today; None when it is not waiting in one."""
    return next((int(row["position"]) for row in _numbered(izhs_queue(cache, today.isoformat()))
                 if row["number"] == number), None)
