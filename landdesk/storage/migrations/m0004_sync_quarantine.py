"""Schema v4: rows the sync could not apply yet, kept instead of stopping the sync (issue 15).

A pulled row whose parent has not arrived yet (a zone whose plan comes on a later page) waits here and is
applied as soon as its parent is in the cache; a pulled row the cache cannot store at all (a value or a
geometry that breaks its table's rules) is quarantined here, named, and kept: the sync goes on, and the
window and `landdesk info` show it. Nothing in this table ever blocks another row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.storage.sql import execute_script

if TYPE_CHECKING:
    import sqlite3

_TABLES = """
CREATE TABLE sync_quarantine (
    tbl TEXT NOT NULL,
    uid TEXT NOT NULL,
    version INTEGER,
    state TEXT NOT NULL CHECK (state IN ('waiting', 'quarantined')),
    row TEXT NOT NULL,
    reason TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    PRIMARY KEY (tbl, uid)
);
"""


def apply(connection: sqlite3.Connection, _srid: int) -> None:
    execute_script(connection, _TABLES)
