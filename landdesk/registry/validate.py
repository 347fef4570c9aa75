"""Every row of a pushed changeset against the rules the desktop uses (domain/row_rules), before any applies.

A changeset holding one row the registry cannot keep is refused whole, with 422 and the row and field named
(`invalid_row`, params tbl/uid/field/problem/detail and the group), so the officer's LandDesk can set that
row's work aside and send the rest. The registry never stores what a cache could not load (issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely

from landdesk.registry.refused import Refused
from landdesk.sync.protocol import change_problems

if TYPE_CHECKING:
    from typing import Any

    from landdesk.sync.protocol import Changeset


def district_extent(facts: dict[str, Any]) -> tuple[float, float, float, float] | None:
    """The district boundary's bounds in its own CRS, from the facts the registry keeps."""
    boundary = facts.get("boundary_wkb")
    if not boundary:
        return None
    minx, miny, maxx, maxy = shapely.bounds(shapely.from_wkb(bytes.fromhex(boundary)))
    return float(minx), float(miny), float(maxx), float(maxy)


def validate(changeset: Changeset, extent: tuple[float, float, float, float] | None) -> None:
    """Raise 422 `invalid_row` naming the first row and field the registry cannot keep."""
    for group in changeset.groups:
        for change in group.rows:
            problems = change_problems(change, extent)
            if problems:
                first = problems[0]
                raise Refused(422, "invalid_row", f"The registry cannot keep {first}.",
                              "Correct that row in LandDesk (it is set aside with the reason); the rest of the "
                              "changes are sent without it.", group_id=group.group_id, **first.params())
