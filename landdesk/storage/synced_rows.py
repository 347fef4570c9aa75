"""A synced row as it travels: its attribute columns, whether its table has a geometry, the row read as
(version, tombstone, attributes, ISO WKB), and the district's extent the row rules measure against.

One place for the journal (sync), the operation check before commit (storage.row_check) and the pull.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from landdesk.domain.replication import local_columns

if TYPE_CHECKING:
    import sqlite3

_COLUMNS: dict[str, tuple[str, ...]] = {}      # every open cache has the latest schema: one list per table
_GEOM: dict[str, bool] = {}


def attribute_columns(connection: sqlite3.Connection, tbl: str) -> tuple[str, ...]:
    """The columns of a synced table that travel as attributes, in table order."""
    if tbl not in _COLUMNS:
        local = local_columns(tbl)
        _COLUMNS[tbl] = tuple(r[1] for r in connection.execute(f'PRAGMA table_info("{tbl}")') if r[1] not in local)
    return _COLUMNS[tbl]


def has_geometry(connection: sqlite3.Connection, tbl: str) -> bool:
    if tbl not in _GEOM:
        _GEOM[tbl] = any(r[1] == "geom" for r in connection.execute(f'PRAGMA table_info("{tbl}")'))
    return _GEOM[tbl]


def read_synced_row(connection: sqlite3.Connection, tbl: str, uid: str
                    ) -> tuple[int | None, bool, dict[str, Any], bytes | None] | None:
    """(registry version, tombstone, attributes, ISO WKB) of one row, or None."""
    columns = attribute_columns(connection, tbl)
    geom = "AsBinary(geom)" if has_geometry(connection, tbl) else "NULL"
    quoted = ", ".join(f'"{c}"' for c in columns)
    row = connection.execute(f'SELECT row_version, is_deleted, {geom}, {quoted} FROM "{tbl}" WHERE uid = ?',
                             (uid,)).fetchone()
    if row is None:
        return None
    return row[0], bool(row[1]), dict(zip(columns, row[3:], strict=True)), row[2]


def district_extent(connection: sqlite3.Connection) -> tuple[float, float, float, float] | None:
    """The district boundary's bounds in the cache's CRS (None when the cache has no boundary)."""
    row = connection.execute("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM district "
                             "WHERE geom IS NOT NULL LIMIT 1").fetchone()
    return None if row is None or row[0] is None else (float(row[0]), float(row[1]), float(row[2]), float(row[3]))
