"""The shared row rules (domain/row_rules) applied to what an operation wrote, before it commits.

The last guard of the desktop: whatever a service, a tool or a script writes through `Cache.operation`, a row
the registry would refuse — a NaN or an infinite area, a point as a parcel, 300,000 vertices, a field set to
null that must hold a value — is refused with the reason at the moment of the edit, and never reaches the
outbox (issue 15).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.replication import SYNCED_TABLES, local_columns
from landdesk.domain.row_rules import RowProblem, row_problems
from landdesk.storage.sync_quarantine import district_extent

if TYPE_CHECKING:
    import sqlite3

_SYNCED = frozenset(SYNCED_TABLES)


def operation_problems(connection: sqlite3.Connection, op_id: str) -> list[RowProblem]:
    """The problems of the first live row this operation wrote that breaks the rules ([] when none does)."""
    extent = district_extent(connection)
    for tbl, uid in connection.execute("SELECT tbl, uid FROM sync_op_row WHERE op_id = ?", (op_id,)).fetchall():
        if tbl not in _SYNCED:
            continue
        info = [r[1] for r in connection.execute(f'PRAGMA table_info("{tbl}")')]
        columns = [c for c in info if c not in local_columns(tbl)]
        geom = "AsBinary(geom)" if "geom" in info else "NULL"
        row = connection.execute(f'SELECT is_deleted, {geom}, {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)} '
                                 f'FROM "{tbl}" WHERE uid = ?', (uid,)).fetchone()
        if row is None or row[0]:
            continue
        problems = row_problems(tbl, uid, dict(zip(columns, row[2:], strict=True)), row[1], extent=extent)
        if problems:
            return problems
    return []
