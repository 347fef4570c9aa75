"""Queries about parcels and what touches them: attributes, neighbours' candidates, zones, encumbrances."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

BBox = tuple[float, float, float, float]


def parcel_row(cache: Cache, fid: int) -> dict[str, Any] | None:
    """Every column of a live parcel, with its geometry as WKB under `wkb`."""
    with cache.reading() as connection:
        cursor = connection.execute("SELECT *, AsBinary(geom) AS wkb FROM parcels WHERE fid = ? AND is_deleted = 0",
                                    (fid,))
        row = cursor.fetchone()
        names = [d[0] for d in cursor.description]
    if row is None:
        return None
    found = dict(zip(names, row, strict=True))
    found.pop("geom", None)
    return found


def parcel_fid_by_number(cache: Cache, cadastral_number: str) -> int | None:
    with cache.reading() as connection:
        row = connection.execute("SELECT fid FROM parcels WHERE cadastral_number = ? AND is_deleted = 0",
                                 (cadastral_number,)).fetchone()
    return None if row is None else int(row[0])


def cadastral_numbers(cache: Cache) -> list[str]:
    with cache.reading() as connection:
        return [r[0] for r in connection.execute(
            "SELECT cadastral_number FROM parcels WHERE is_deleted = 0 ORDER BY cadastral_number")]


def _in_index(table: str) -> str:
    """`fid IN (…)`: the rows whose bounds meet a box, through the table's R*Tree (parameters from `_box`)."""
    return (f"fid IN (SELECT pkid FROM idx_{table}_geom WHERE xmax >= ? AND xmin <= ? AND ymax >= ? "
            "AND ymin <= ?)")


def _box(bbox: BBox) -> tuple[float, float, float, float]:
    return bbox[0], bbox[2], bbox[1], bbox[3]


def zones_in_bbox(cache: Cache, bbox: BBox) -> list[tuple[Any, ...]]:
    """(zone code, name, zone type, permitted purposes JSON, plan name, plan kind, plan status, WKB)."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT z.zone_code, z.name, z.zone_type, z.permitted_purposes, p.name, p.kind, p.status, "
            "AsBinary(z.geom) FROM plan_zones z JOIN plans p ON p.uid = z.plan_uid "
            f"WHERE z.is_deleted = 0 AND p.is_deleted = 0 AND z.{_in_index('plan_zones')}", _box(bbox)).fetchall()


def encumbrances_of(cache: Cache, parcel_uid: str) -> list[tuple[Any, ...]]:
    """(kind, description, beneficiary, legal basis, starts, ends) of a parcel's live encumbrances."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT kind, description, beneficiary, legal_basis, starts_on, ends_on FROM encumbrances "
            "WHERE parcel_uid = ? AND is_deleted = 0 ORDER BY starts_on", (parcel_uid,)).fetchall()


def applications_touching(cache: Cache, parcel_uid: str, bbox: BBox) -> list[tuple[Any, ...]]:
    """(fid, number, status, applicant, WKB or None) of applications naming the parcel or near it."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT fid, number, status, applicant_name, AsBinary(geom) FROM applications WHERE is_deleted = 0 "
            f"AND (parcel_uid = ? OR {_in_index('applications')}) ORDER BY received_on",
            (parcel_uid, *_box(bbox))).fetchall()
