"""Queries about applications for the queue and for find."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.storage.audit import write_audit
from landdesk.storage.decisions import release_parcel
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    import sqlite3

    from landdesk.storage.connection import Cache

QUEUE_COLUMNS = ("fid", "number", "applicant_name", "requested_purpose", "requested_area_m2", "received_on",
                 "due_on", "status", "assigned_officer", "track")


def queue_rows(cache: Cache) -> list[tuple[Any, ...]]:
    """The queue's columns, then for an approved application the earliest due date of its open steps (the contract,
    the boundaries, the passport) and that step's code."""
    with cache.reading() as connection:
        return connection.execute(
            f"SELECT {', '.join('a.' + c for c in QUEUE_COLUMNS)}, s.due_on, s.step_code FROM applications a "
            "LEFT JOIN application_steps s ON a.status = 'APPROVED' AND s.uid = (SELECT uid FROM application_steps "
            "WHERE application_uid = a.uid AND state = 'OPEN' AND due_on IS NOT NULL ORDER BY due_on LIMIT 1) "
            "WHERE a.is_deleted = 0 ORDER BY a.received_on, a.number").fetchall()


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
    """(number, status, track, purpose, parcel fid, received, WKB or None, free grant, irrigated, right asked for,
    applicant's IIN or BIN, applicant a citizen, another plot declared, the free-grant check and its note, queue
    number, queue entry) of every application, oldest first."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT a.number, a.status, a.track, a.requested_purpose, p.fid, a.received_on, AsBinary(a.geom), "
            "a.free_grant, a.irrigated, a.requested_right, a.applicant_iin, a.applicant_citizen, a.has_other_plot, "
            "a.free_grant_check, a.free_grant_note, a.queue_number, a.queue_entered_on "
            "FROM applications a LEFT JOIN parcels p ON p.uid = a.parcel_uid WHERE a.is_deleted = 0 "
            "ORDER BY a.received_on, a.number").fetchall()


def plans_for_checks(cache: Cache) -> list[tuple[Any, ...]]:
    """(uid, name, kind, status, act number, act date, valid until, WKB) of every plan; a plan drawn without its
    own outline covers its settlement."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT p.uid, p.name, p.kind, p.status, p.approval_act_number, p.approval_act_date, p.valid_until, "
            "AsBinary(COALESCE(p.geom, s.geom)) FROM plans p "
            "LEFT JOIN settlements s ON s.uid = p.settlement_uid AND s.is_deleted = 0 "
            "WHERE p.is_deleted = 0 AND COALESCE(p.geom, s.geom) IS NOT NULL").fetchall()


def approved_zones(cache: Cache) -> list[tuple[Any, ...]]:
    """(zone code, plan name, permitted purposes JSON, WKB, plan uid) of the zones of approved plans."""
    with cache.reading() as connection:
        return connection.execute(
            "SELECT z.zone_code, p.name, z.permitted_purposes, AsBinary(z.geom), p.uid FROM plan_zones z "
            "JOIN plans p ON p.uid = z.plan_uid WHERE p.status = 'APPROVED' AND z.is_deleted = 0 "
            "AND p.is_deleted = 0 AND z.geom IS NOT NULL").fetchall()


@dataclass(frozen=True)
class NewStep:
    code: str
    title: str
    party: str
    body: str | None
    started_on: str
    due_on: str


@dataclass(frozen=True)
class Move:
    """An application moving from `expected` to `status`: the steps it closes and opens, its new overall date."""

    number: str
    expected: str
    status: str
    officer: str
    action: str
    details: dict[str, Any]
    on: str = ""                                        # the day the closed steps finished
    close: tuple[tuple[str, str], ...] = ()             # (step uid, state) of the steps it finishes
    open: tuple[NewStep, ...] = ()
    due_on: str | None = None                           # recomputed overall date, None: unchanged
    frees_parcel: bool = False                          # its parcel is free again (withdrawn)


def move_application(cache: Cache, move: Move) -> bool:
    """The status change, its steps closed and opened, the due date and the audit entry, in one transaction.
    Returns False when the status was no longer `move.expected` (someone moved it meanwhile)."""
    now = utc_now()
    with cache.operation(move.action, move.officer) as connection:
        row = connection.execute("SELECT uid FROM applications WHERE number = ? AND status = ? AND is_deleted = 0",
                                 (move.number, move.expected)).fetchone()
        if row is None:
            return False
        uid = row[0]
        connection.execute("UPDATE applications SET status = ?, due_on = coalesce(?, due_on), updated_at = ? "
                           "WHERE uid = ?", (move.status, move.due_on, now, uid))
        for step_uid, state in move.close:
            connection.execute("UPDATE application_steps SET state = ?, completed_on = ?, updated_at = ? "
                               "WHERE uid = ? AND application_uid = ? AND state = 'OPEN'",
                               (state, move.on, now, step_uid, uid))
        _insert_steps(connection, uid, move.open, now)
        if move.frees_parcel:
            release_parcel(connection, uid)
        write_audit(connection, at=now, user=move.officer, action=move.action, entity_uid=uid, details=move.details)
    return True


def add_steps(cache: Cache, number: str, steps: tuple[NewStep, ...], officer: str, action: str,
              details: dict[str, Any]) -> bool:
    """Open further steps (a request for technical conditions to one more utility) with an audit entry."""
    now = utc_now()
    with cache.operation(action, officer) as connection:
        row = connection.execute("SELECT uid FROM applications WHERE number = ? AND is_deleted = 0",
                                 (number,)).fetchone()
        if row is None:
            return False
        _insert_steps(connection, row[0], steps, now)
        write_audit(connection, at=now, user=officer, action=action, entity_uid=row[0], details=details)
    return True


def insert_steps(connection: sqlite3.Connection, application_uid: str, steps: tuple[NewStep, ...]) -> None:
    """Inside the caller's operation: open `steps` after the application's last one."""
    _insert_steps(connection, application_uid, steps, utc_now())


def _insert_steps(connection: sqlite3.Connection, application_uid: str, steps: tuple[NewStep, ...], now: str) -> None:
    seq = connection.execute("SELECT coalesce(max(seq), 0) FROM application_steps WHERE application_uid = ?",
                             (application_uid,)).fetchone()[0]
    for offset, step in enumerate(steps, start=1):
        connection.execute(
            "INSERT INTO application_steps (uid, application_uid, seq, step_code, title, party, body_name, "
            "started_on, due_on, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)",
            (str(uuid.uuid4()), application_uid, seq + offset, step.code, step.title, step.party, step.body,
             step.started_on, step.due_on, now))


def application_header(cache: Cache, number: str) -> tuple[str, str, str, str] | None:
    """(uid, track, status, received on) of an application."""
    with cache.reading() as connection:
        row = connection.execute("SELECT uid, track, status, received_on FROM applications "
                                 "WHERE number = ? AND is_deleted = 0", (number,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]), str(row[3]))


STEP_COLUMNS = ("uid", "step_code", "title", "party", "body_name", "started_on", "due_on", "completed_on", "state",
                "note")


def application_steps(cache: Cache, number: str) -> list[tuple[Any, ...]]:
    """Every step of an application in order, as STEP_COLUMNS."""
    with cache.reading() as connection:
        return connection.execute(
            f"SELECT {', '.join('s.' + c for c in STEP_COLUMNS)} FROM application_steps s "
            "JOIN applications a ON a.uid = s.application_uid WHERE a.number = ? AND s.is_deleted = 0 "
            "ORDER BY s.seq", (number,)).fetchall()


def known_bodies(cache: Cache) -> dict[str, list[str]]:
    """The approving bodies and utilities the district works with (those its steps have named), by party."""
    with cache.reading() as connection:
        rows = connection.execute("SELECT DISTINCT party, body_name FROM application_steps WHERE body_name IS NOT "
                                  "NULL AND party IN ('APPROVER', 'UTILITY') AND is_deleted = 0 "
                                  "ORDER BY party, body_name").fetchall()
    bodies: dict[str, list[str]] = {}
    for party, body in rows:
        bodies.setdefault(str(party), []).append(str(body))
    return bodies


def complete_step(cache: Cache, step_uid: str, state: str, completed_on: str, note: str, officer: str) -> bool:
    """Close an open step (a body's conclusion or a utility's conditions came in) with its audit entry."""
    now = utc_now()
    with cache.operation("step.complete", officer) as connection:
        row = connection.execute("SELECT application_uid, step_code, body_name FROM application_steps "
                                 "WHERE uid = ? AND state = 'OPEN'", (step_uid,)).fetchone()
        if row is None:
            return False
        connection.execute("UPDATE application_steps SET state = ?, completed_on = ?, note = ?, updated_at = ? "
                           "WHERE uid = ?", (state, completed_on, note or None, now, step_uid))
        write_audit(connection, at=now, user=officer, action="step.complete", entity_uid=row[0],
                    details={"step": row[1], "body": row[2], "state": state, "on": completed_on})
    return True
