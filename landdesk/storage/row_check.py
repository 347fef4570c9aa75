"""The shared row rules (domain/row_rules) applied to what an operation wrote, before it commits.

The last guard of the desktop: whatever a service, a tool or a script writes through `Cache.operation`, a row
the registry would refuse — a NaN or an infinite area, a point as a parcel, 300,000 vertices, a field set to
null that must hold a value — is refused with the reason at the moment of the edit, and never reaches the
outbox (issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.replication import SYNCED_TABLES
from landdesk.domain.row_rules import RowProblem, row_problems
from landdesk.storage.synced_rows import district_extent, read_synced_row

if TYPE_CHECKING:
    import sqlite3

_SYNCED = frozenset(SYNCED_TABLES)


def operation_problems(connection: sqlite3.Connection, op_id: str) -> list[RowProblem]:
    """The problems of the first live row this operation wrote that breaks the rules ([] when none does)."""
    extent = district_extent(connection)
    for tbl, uid in connection.execute("SELECT tbl, uid FROM sync_op_row WHERE op_id = ?", (op_id,)).fetchall():
        found = read_synced_row(connection, tbl, uid) if tbl in _SYNCED else None
        if found is None or found[1]:
            continue
        problems = row_problems(tbl, uid, found[2], found[3], extent=extent)
        if problems:
            return problems
    return []
