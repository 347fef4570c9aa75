"""Pulled rows the cache could not apply yet (waiting for a parent) or at all (quarantined), kept with the reason.

The sync goes on without them; a later page or a later version brings them in, and the window and `landdesk
info` name them meanwhile (schema v4, issue 15).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    import sqlite3

    from landdesk.storage.connection import Cache


@dataclass(frozen=True, slots=True)
class HeldRow:
    tbl: str
    uid: str
    version: int | None
    state: str            # waiting | quarantined
    reason: str
    params: dict[str, Any]
    created_at: str


def hold(connection: sqlite3.Connection, tbl: str, uid: str, version: int | None, row: dict[str, Any], state: str,
         reason: str, params: dict[str, Any] | None = None) -> None:
    """Keep a pulled row (its registry JSON) aside; a newer state of the same row replaces an older one."""
    connection.execute(
        "INSERT INTO sync_quarantine (tbl, uid, version, state, row, reason, params, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, uid) DO UPDATE SET version = excluded.version, "
        "state = excluded.state, row = excluded.row, reason = excluded.reason, params = excluded.params",
        (tbl, uid, version, state, json.dumps(row, ensure_ascii=False, default=str), reason,
         json.dumps(params or {}, ensure_ascii=False, default=str), utc_now()))


def release(connection: sqlite3.Connection, tbl: str, uid: str) -> None:
    connection.execute("DELETE FROM sync_quarantine WHERE tbl = ? AND uid = ?", (tbl, uid))


def waiting(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """The registry JSON of rows waiting for a parent, oldest first."""
    return [json.loads(r[0]) for r in connection.execute(
        "SELECT row FROM sync_quarantine WHERE state = 'waiting' ORDER BY created_at, rowid")]


def held_rows(cache: Cache) -> list[HeldRow]:
    with cache.reading() as connection:
        rows = connection.execute("SELECT tbl, uid, version, state, reason, params, created_at FROM sync_quarantine "
                                  "ORDER BY state DESC, tbl, uid").fetchall()
    return [HeldRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"), r[6]) for r in rows]


def parents(connection: sqlite3.Connection, tbl: str) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of a table."""
    return [(r[3], r[2]) for r in connection.execute(f'PRAGMA foreign_key_list("{tbl}")')]


def exists(connection: sqlite3.Connection, tbl: str, uid: str) -> bool:
    return connection.execute(f'SELECT 1 FROM "{tbl}" WHERE uid = ?', (uid,)).fetchone() is not None


def district_extent(connection: sqlite3.Connection) -> tuple[float, float, float, float] | None:
    """The district boundary's bounds in the cache's CRS (None when the cache has no boundary)."""
    row = connection.execute("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM district "
                             "WHERE geom IS NOT NULL LIMIT 1").fetchone()
    return None if row is None or row[0] is None else (float(row[0]), float(row[1]), float(row[2]), float(row[3]))
