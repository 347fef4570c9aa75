"""Loading many rows at once (demo district, district snapshot, imports) in one transaction.

SpatiaLite guards each geometry column with per-row triggers (type/SRID check, change timestamps,
R*Tree upkeep) that triple the cost of an insert. Inside `bulk_load` they are dropped, the rows go
in, type and SRID are checked in one query per column, the R*Tree is refilled in one statement and
the triggers are recreated from their saved SQL, all in the same transaction: a failure leaves
the cache, triggers included, exactly as it was.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from landdesk.storage.migrations.m0001_init import GEOMETRY_COLUMNS
from landdesk.storage.migrations.m0002_render_copies import GENERATION_TRIGGER_PREFIX, LAYER_SOURCES
from landdesk.storage.migrations.m0003_sync_journal import SYNC_TRIGGER_PREFIX

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable, Iterator, Sequence

    from landdesk.storage.connection import Cache

_GEOMETRY_TYPES = {table: (column, kind) for table, column, kind in GEOMETRY_COLUMNS}


class BulkWriter:
    def __init__(self, connection: sqlite3.Connection, srid: int) -> None:
        self._connection = connection
        self._srid = srid
        self._columns: dict[str, set[str]] = {}

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        """Insert rows; a column named like the table's geometry column takes ISO WKB bytes (or None)."""
        known = self._known_columns(table)
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise ValueError(f"{table} has no columns {unknown}")
        geometry_column = _GEOMETRY_TYPES.get(table, (None, None))[0]
        values = ", ".join(
            f"GeomFromWKB(?, {self._srid:d})" if c == geometry_column else "?" for c in columns
        )
        names = ", ".join(f'"{c}"' for c in columns)
        self._connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({values})', rows)

    def set_geometry(self, table: str, uid: str, wkb: bytes) -> None:
        column = _GEOMETRY_TYPES[table][0]
        self._connection.execute(
            f'UPDATE "{table}" SET "{column}" = GeomFromWKB(?, {self._srid:d}) WHERE uid = ?', (wkb, uid)
        )

    def _known_columns(self, table: str) -> set[str]:
        if table not in self._columns:
            info = self._connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            if not info:
                raise ValueError(f"no table {table}")
            self._columns[table] = {row[1] for row in info}
        return self._columns[table]


@contextmanager
def bulk_load(cache: Cache, tables: Sequence[str]) -> Iterator[BulkWriter]:
    """A baseline load (the demo district, a registry snapshot): the rows are a starting state, not edits to
    push, so the sync journal stays quiet."""
    with cache.applying_remote() as connection:
        saved = _drop_geometry_triggers(connection, tables)
        yield BulkWriter(connection, cache.srid)
        for table in tables:
            if table in _GEOMETRY_TYPES:
                _check_geometries(connection, table, cache.srid)
                _refill_spatial_index(connection, table)
        for sql in saved:
            connection.execute(sql)
        bump_generations(connection, tables)


def bump_generations(connection: sqlite3.Connection, tables: Sequence[str]) -> None:
    """Mark the render copies of every layer drawn from `tables` stale (the per-row triggers were off)."""
    layers = [layer for layer, sources in LAYER_SOURCES.items() if set(sources) & set(tables)]
    connection.executemany("UPDATE layer_generations SET generation = generation + 1 WHERE layer = ?",
                           [(layer,) for layer in layers])


def update_layer_statistics(cache: Cache) -> None:
    """Refresh SpatiaLite's layer statistics (extents, row counts) that QGIS reads."""
    with cache.transaction() as connection:
        for table, column, _kind in GEOMETRY_COLUMNS:
            connection.execute("SELECT UpdateLayerStatistics(?, ?)", (table, column))


def _drop_geometry_triggers(connection: sqlite3.Connection, tables: Sequence[str]) -> list[str]:
    saved: list[str] = []
    for table in tables:
        if table not in _GEOMETRY_TYPES:
            continue
        column = _GEOMETRY_TYPES[table][0]
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name IN "
            "(?, ?, ?, ?, ?, ?, ?, ?)",
            (table, *(f"{prefix}_{table}_{column}" for prefix in ("ggi", "ggu", "tmi", "tmu", "tmd", "gii",
                                                                   "giu", "gid"))),
        ).fetchall()
        # the layer generation triggers (bumped once at the end) and the journal's (quiet in a baseline load
        # anyway): put back by the same transaction, so no commit ever sees a table without them (SYNC-20)
        triggers += connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND (name LIKE ? OR name LIKE ?)",
            (table, f"{GENERATION_TRIGGER_PREFIX}%", f"{SYNC_TRIGGER_PREFIX}%"),
        ).fetchall()
        for name, sql in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
            saved.append(sql)
    return saved


def _check_geometries(connection: sqlite3.Connection, table: str, srid: int) -> None:
    column, kind = _GEOMETRY_TYPES[table]
    bad = connection.execute(
        f'SELECT fid, GeometryType("{column}"), ST_SRID("{column}") FROM "{table}" '
        f'WHERE "{column}" IS NOT NULL AND (ST_SRID("{column}") != ? OR GeometryType("{column}") != ?) LIMIT 1',
        (srid, kind),
    ).fetchone()
    if bad is not None:
        raise ValueError(f"{table} row {bad[0]}: geometry is {bad[1]} in SRID {bad[2]}, expected {kind} in {srid}")


def _refill_spatial_index(connection: sqlite3.Connection, table: str) -> None:
    column = _GEOMETRY_TYPES[table][0]
    index = f"idx_{table}_{column}"
    connection.execute(f'DELETE FROM "{index}"')
    connection.execute(
        f'INSERT INTO "{index}" (pkid, xmin, xmax, ymin, ymax) SELECT fid, MbrMinX("{column}"), '
        f'MbrMaxX("{column}"), MbrMinY("{column}"), MbrMaxY("{column}") FROM "{table}" '
        f'WHERE "{column}" IS NOT NULL'
    )
