"""Writing a newly registered application: its row, its first steps and its audit entry, in one operation."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from landdesk.storage.applications import insert_steps
from landdesk.storage.audit import write_audit
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    from landdesk.storage.applications import NewStep
    from landdesk.storage.connection import Cache


@dataclass(frozen=True)
class NewApplication:
    track: str
    applicant_name: str
    applicant_iin: str
    applicant_kind: str
    applicant_citizen: bool
    purpose: str
    right: str
    free_grant: bool
    irrigated: bool
    area_m2: float
    plot_wkb: bytes | None              # in the district's CRS; None: the parcel's own boundary
    parcel_uid: str | None
    received_on: str
    due_on: str
    location: str
    settlement: str
    queue_number: str | None
    has_other_plot: bool
    lease_years: int | None
    documents: tuple[str, ...]
    portal_id: str | None
    free_grant_check: str | None        # TO_CONFIRM: the once-in-a-lifetime check waits for the registry


def application_by_portal_id(cache: Cache, portal_id: str) -> str | None:
    with cache.reading() as connection:
        row = connection.execute("SELECT number FROM applications WHERE portal_id = ?", (portal_id,)).fetchone()
    return None if row is None else str(row[0])


def parcel_for_intake(cache: Cache, cadastral_number: str) -> tuple[str, str] | None:
    """(uid, status) of a live parcel by its cadastral number."""
    with cache.reading() as connection:
        row = connection.execute("SELECT uid, status FROM parcels WHERE cadastral_number = ? AND is_deleted = 0",
                                 (cadastral_number,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def register_application(cache: Cache, application: NewApplication, steps: tuple[NewStep, ...], officer: str,
                         year: int) -> str:
    """The application under the next free number of `year` (YYYY-NNNN), its first steps opened, its parcel held
    as under application when it was free; returns the number. One journaled operation: it syncs like any edit."""
    uid = str(uuid.uuid4())
    now = utc_now()
    with cache.operation("application.lodge", officer) as connection:
        last = connection.execute("SELECT coalesce(max(CAST(substr(number, 6) AS INTEGER)), 0) FROM applications "
                                  "WHERE number LIKE ?", (f"{year:04d}-%",)).fetchone()[0]
        number = f"{year:04d}-{int(last) + 1:04d}"
        a = application
        geometry = ("GeomFromWKB(?, ?)" if a.plot_wkb is not None
                    else "(SELECT geom FROM parcels WHERE uid = ?)")
        geometry_params: tuple[object, ...] = (a.plot_wkb, cache.srid) if a.plot_wkb is not None else (a.parcel_uid,)
        connection.execute(
            "INSERT INTO applications (uid, number, track, applicant_name, applicant_iin, applicant_kind, "
            "requested_purpose, requested_right, requested_area_m2, has_other_plot, queue_number, location_text, "
            "parcel_uid, received_on, due_on, status, assigned_officer, free_grant, irrigated, applicant_citizen, "
            "settlement, documents, lease_years, portal_id, free_grant_check, updated_at, geom) "
            f"VALUES ({', '.join('?' * 15)}, 'RECEIVED', {', '.join('?' * 10)}, {geometry})",
            (uid, number, a.track, a.applicant_name, a.applicant_iin, a.applicant_kind, a.purpose, a.right,
             a.area_m2, int(a.has_other_plot), a.queue_number, a.location or None, a.parcel_uid, a.received_on,
             a.due_on, officer, int(a.free_grant), int(a.irrigated), int(a.applicant_citizen), a.settlement or None,
             json.dumps(list(a.documents), ensure_ascii=False), a.lease_years, a.portal_id, a.free_grant_check, now,
             *geometry_params))
        if a.parcel_uid is not None:
            connection.execute("UPDATE parcels SET status = 'UNDER_APPLICATION', updated_at = ? "
                               "WHERE uid = ? AND status = 'FREE'", (now, a.parcel_uid))
        insert_steps(connection, uid, steps)
        write_audit(connection, at=now, user=officer, action="application.lodge", entity_uid=uid,
                    details={"number": number, "portal_id": a.portal_id, "received_on": a.received_on})
    return number


def application_record(cache: Cache, number: str) -> dict[str, object] | None:
    """Every stored field of one live application, its plot as WKB and its parcel's cadastral number."""
    with cache.reading() as connection:
        cursor = connection.execute(
            "SELECT a.number, a.track, a.status, a.received_on, a.due_on, a.applicant_name, a.applicant_iin, "
            "a.applicant_kind, a.applicant_citizen, a.requested_purpose, a.requested_right, a.free_grant, "
            "a.irrigated, a.requested_area_m2, a.location_text, a.settlement, a.queue_number, a.has_other_plot, "
            "a.lease_years, a.documents, a.portal_id, a.free_grant_check, a.free_grant_note, a.queue_entered_on, "
            "p.cadastral_number AS parcel, AsBinary(a.geom) AS wkb FROM applications a "
            "LEFT JOIN parcels p ON p.uid = a.parcel_uid WHERE a.number = ? AND a.is_deleted = 0", (number,))
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cursor.description], row, strict=True))


def enter_queue(cache: Cache, number: str, on: str, officer: str) -> None:
    """The application is on the IZhS special register from `on` (kept when it was entered before)."""
    with cache.operation("application.queue_entry", officer) as connection:
        connection.execute("UPDATE applications SET queue_entered_on = coalesce(queue_entered_on, ?), updated_at = ? "
                           "WHERE number = ? AND is_deleted = 0", (on, utc_now(), number))


def free_grants_to_confirm(cache: Cache) -> list[tuple[str, str, str]]:
    """(uid, number, IIN) of the live applications whose free-grant check waits for the registry."""
    with cache.reading() as connection:
        return [(str(r[0]), str(r[1]), str(r[2])) for r in connection.execute(
            "SELECT uid, number, applicant_iin FROM applications WHERE free_grant_check = 'TO_CONFIRM' AND "
            "is_deleted = 0 ORDER BY number")]


def record_free_grant_check(cache: Cache, uid: str, outcome: str, note: str, user: str) -> None:
    """CONFIRMED or FAILED, with what the registry said; journaled, so the district's other caches learn it."""
    with cache.operation("application.free_grant_check", user) as connection:
        connection.execute("UPDATE applications SET free_grant_check = ?, free_grant_note = ?, updated_at = ? "
                           "WHERE uid = ? AND free_grant_check = 'TO_CONFIRM'", (outcome, note, utc_now(), uid))
