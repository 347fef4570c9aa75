"""Reading a plan whole for its quality check: the plan, its zones and red lines, the registered parcels in
its extent and the district boundary, as WKB."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

PLAN_COLUMNS = ("uid", "name", "kind", "status", "approval_act_number", "approval_act_date")


def plan_rows(cache: Cache) -> list[tuple[Any, ...]]:
    """PLAN_COLUMNS of every live plan, approved first."""
    with cache.reading() as connection:
        return connection.execute(
            f"SELECT {', '.join(PLAN_COLUMNS)} FROM plans WHERE is_deleted = 0 "
            "ORDER BY status != 'APPROVED', kind, name").fetchall()


def plan_contents(cache: Cache, plan_uid: str) -> dict[str, Any]:
    """The plan's boundary, zones, red lines, the registered parcels in its extent and the district's boundary."""
    with cache.reading() as connection:
        boundary = connection.execute("SELECT AsBinary(geom), MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), "
                                      "MbrMaxY(geom) FROM plans WHERE uid = ?", (plan_uid,)).fetchone()
        zones = connection.execute(
            "SELECT uid, zone_code, zone_type, permitted_purposes, AsBinary(geom) FROM plan_zones "
            "WHERE plan_uid = ? AND is_deleted = 0 ORDER BY zone_code, uid", (plan_uid,)).fetchall()
        lines = connection.execute("SELECT uid, street, AsBinary(geom) FROM red_lines WHERE plan_uid = ? "
                                   "AND is_deleted = 0 ORDER BY uid", (plan_uid,)).fetchall()
        extent = _extent(connection, plan_uid, boundary)
        parcels = [] if extent is None else connection.execute(
            "SELECT uid, cadastral_number, purpose, AsBinary(geom) FROM parcels WHERE fid IN (SELECT pkid FROM "
            "idx_parcels_geom WHERE xmax >= ? AND xmin <= ? AND ymax >= ? AND ymin <= ?) AND is_deleted = 0 "
            "AND status = 'REGISTERED' AND geom IS NOT NULL", (extent[0], extent[2], extent[1], extent[3])).fetchall()
        district = connection.execute("SELECT AsBinary(geom), srid FROM district LIMIT 1").fetchone()
    return {"boundary": boundary[0] if boundary else None, "zones": zones, "red_lines": lines, "parcels": parcels,
            "district": district[0] if district else None, "srid": int(district[1]) if district else 0}


def _extent(connection: Any, plan_uid: str, boundary: Any) -> tuple[float, float, float, float] | None:
    if boundary is not None and boundary[1] is not None:
        return float(boundary[1]), float(boundary[2]), float(boundary[3]), float(boundary[4])
    row = connection.execute("SELECT min(MbrMinX(geom)), min(MbrMinY(geom)), max(MbrMaxX(geom)), max(MbrMaxY(geom)) "
                             "FROM plan_zones WHERE plan_uid = ? AND is_deleted = 0", (plan_uid,)).fetchone()
    return None if row is None or row[0] is None else (row[0], row[1], row[2], row[3])


def zone_uid(cache: Cache, fid: int, table: str = "plan_zones") -> str | None:
    """The uid of a live feature from its local rowid (what the map holds)."""
    if table not in ("plan_zones", "parcels", "settlements", "red_lines"):
        raise ValueError(table)
    with cache.reading() as connection:
        row = connection.execute(f'SELECT uid FROM "{table}" WHERE fid = ? AND is_deleted = 0', (fid,)).fetchone()
    return None if row is None else str(row[0])
