"""Writing imported features, inside the importing operation's transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence


def insert_rows(connection: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
                srid: int) -> None:
    """Insert rows whose last column is `geom` as ISO WKB in the district's CRS."""
    names = ", ".join(columns)
    marks = ", ".join(["?"] * (len(columns) - 1) + [f"GeomFromWKB(?, {int(srid):d})"])
    connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def plan_uid_for(connection: sqlite3.Connection, plan: str) -> str | None:
    """A live plan's uid from its uid or its full name."""
    row = connection.execute("SELECT uid FROM plans WHERE (uid = ? OR name = ?) AND is_deleted = 0 LIMIT 1",
                             (plan, plan)).fetchone()
    return None if row is None else str(row[0])


def cadastral_numbers(connection: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in connection.execute("SELECT cadastral_number FROM parcels")}


def district_boundary(connection: sqlite3.Connection) -> bytes | None:
    """The district boundary as WKB (imported features must fall inside it)."""
    row = connection.execute("SELECT AsBinary(geom) FROM district LIMIT 1").fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def live_parcel_uid(connection: sqlite3.Connection, cadastral_number: str) -> str | None:
    row = connection.execute("SELECT uid FROM parcels WHERE cadastral_number = ? AND is_deleted = 0",
                             (cadastral_number,)).fetchone()
    return None if row is None else str(row[0])


EXPORT_SKIP = frozenset({"fid", "geom", "row_version", "is_deleted"})


def export_rows(connection: sqlite3.Connection, table: str, uids: Sequence[str] | None,
                fids: Sequence[int] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(attribute columns, rows of those columns followed by the WKB) of a layer's live features, or of those
    with the given uids or local rowids (a selection on the map)."""
    columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")') if r[1] not in EXPORT_SKIP]
    where = "is_deleted = 0"
    params: list[Any] = []
    if uids is not None:
        where += f" AND uid IN ({', '.join('?' * len(uids))})"
        params = list(uids)
    if fids is not None:
        where += f" AND fid IN ({', '.join('?' * len(fids))})"
        params += [int(f) for f in fids]
    rows = connection.execute(f'SELECT {", ".join(columns)}, AsBinary(geom) FROM "{table}" WHERE {where} '
                              "ORDER BY fid", params).fetchall()
    return columns, rows
