"""Queries about applications for the queue and for find."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from landdesk.storage.audit import write_audit
from landdesk.storage.sql import utc_now

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


def set_status(cache: Cache, number: str, expected: str, status: str, officer: str, action: str,
               details: dict[str, Any]) -> bool:
    """Move an application from `expected` to `status` with an audit entry, in one transaction.
    Returns False when its status was no longer `expected` (someone moved it meanwhile)."""
    now = utc_now()
    with cache.transaction() as connection:
        row = connection.execute("SELECT uid FROM applications WHERE number = ? AND status = ? AND is_deleted = 0",
                                 (number, expected)).fetchone()
        if row is None:
            return False
        connection.execute("UPDATE applications SET status = ?, updated_at = ? WHERE uid = ?", (status, now, row[0]))
        write_audit(connection, at=now, user=officer, action=action, entity_uid=row[0], details=details)
    return True


def application_status(cache: Cache, number: str) -> str | None:
    with cache.reading() as connection:
        row = connection.execute("SELECT status FROM applications WHERE number = ? AND is_deleted = 0",
                                 (number,)).fetchone()
    return None if row is None else str(row[0])


def open_steps(cache: Cache, number: str) -> list[tuple[Any, ...]]:
    """(uid, step code, party, body, started, due) of an application's open steps, in order."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT s.uid, s.step_code, s.party, s.body_name, s.started_on, s.due_on FROM application_steps s "
            "JOIN applications a ON a.uid = s.application_uid WHERE a.number = ? AND s.state = 'OPEN' "
            "AND s.is_deleted = 0 ORDER BY s.seq", (number,)).fetchall()


def complete_step(cache: Cache, step_uid: str, state: str, completed_on: str, note: str, officer: str) -> bool:
    """Close an open step (a body's conclusion or a utility's conditions came in) with its audit entry."""
    now = utc_now()
    with cache.transaction() as connection:
        row = connection.execute("SELECT application_uid, step_code, body_name FROM application_steps "
                                 "WHERE uid = ? AND state = 'OPEN'", (step_uid,)).fetchone()
        if row is None:
            return False
        connection.execute("UPDATE application_steps SET state = ?, completed_on = ?, note = ?, updated_at = ? "
                           "WHERE uid = ?", (state, completed_on, note or None, now, step_uid))
        write_audit(connection, at=now, user=officer, action="step.complete", entity_uid=row[0],
                    details={"step": row[1], "body": row[2], "state": state, "on": completed_on})
    return True
