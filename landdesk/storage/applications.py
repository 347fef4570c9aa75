"""Queries about applications for the queue and for find."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

QUEUE_COLUMNS = ("fid", "number", "applicant_name", "requested_purpose", "requested_area_m2", "received_on",
                 "due_on", "status", "assigned_officer", "track")


def queue_rows(cache: Cache) -> list[tuple[Any, ...]]:
    with cache.reading() as connection:
        return connection.execute(
            f"SELECT {', '.join(QUEUE_COLUMNS)} FROM applications WHERE is_deleted = 0 ORDER BY received_on, number"
        ).fetchall()


def application_by_number(cache: Cache, number: str) -> tuple[int, bytes | None, str | None] | None:
    """(fid, WKB of the requested plot or None, target parcel uid) of an application."""
    with cache.reading() as connection:
        row = connection.execute("SELECT fid, AsBinary(geom), parcel_uid FROM applications "
                                 "WHERE number = ? AND is_deleted = 0", (number,)).fetchone()
    return None if row is None else (int(row[0]), row[1], row[2])


def application_numbers(cache: Cache) -> list[str]:
    with cache.reading() as connection:
        return [r[0] for r in connection.execute("SELECT number FROM applications WHERE is_deleted = 0 "
                                                 "ORDER BY number")]


def parcel_fid_by_uid(cache: Cache, uid: str) -> int | None:
    with cache.reading() as connection:
        row = connection.execute("SELECT fid FROM parcels WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row[0])


def applications_for_checks(cache: Cache) -> list[tuple[Any, ...]]:
    """(number, status, track, purpose, parcel fid, received, WKB or None) of every application, oldest first."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT a.number, a.status, a.track, a.requested_purpose, p.fid, a.received_on, AsBinary(a.geom) "
            "FROM applications a LEFT JOIN parcels p ON p.uid = a.parcel_uid WHERE a.is_deleted = 0 "
            "ORDER BY a.received_on, a.number").fetchall()


def approved_zones(cache: Cache) -> list[tuple[Any, ...]]:
    """(zone code, plan name, permitted purposes JSON, WKB) of the zones of approved plans."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT z.zone_code, p.name, z.permitted_purposes, AsBinary(z.geom) FROM plan_zones z "
            "JOIN plans p ON p.uid = z.plan_uid WHERE p.status = 'APPROVED' AND z.is_deleted = 0 "
            "AND p.is_deleted = 0 AND z.geom IS NOT NULL").fetchall()
