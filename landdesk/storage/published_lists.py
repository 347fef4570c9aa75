"""What the lists the Land Code requires the akimat to publish are read from (Art. 44 p.6, Art. 43 p.14)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache


def granted_between(cache: Cache, first: str, last: str) -> list[dict[str, Any]]:
    """Approvals decided from `first` to `last` (ISO dates) and not cancelled since: who got which plot."""
    with cache.reading() as connection:
        cursor = connection.execute(
            "SELECT d.decided_on, d.act_number, a.number, a.applicant_name, a.requested_purpose, a.requested_right, "
            "a.lease_years, coalesce(p.area_official_m2, p.area_computed_m2, a.requested_area_m2) AS area_m2, "
            "coalesce(p.address, a.location_text) AS location, p.cadastral_number FROM decisions d "
            "JOIN applications a ON a.uid = d.application_uid LEFT JOIN parcels p ON p.uid = a.parcel_uid "
            "WHERE d.kind = 'APPROVE' AND d.decided_on BETWEEN ? AND ? AND a.status = 'APPROVED' "
            "ORDER BY d.decided_on, d.seq", (first, last))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]


def izhs_queue(cache: Cache, as_of: str) -> list[dict[str, Any]]:
    """The IZhS special register as of `as_of`: applications of the queue track received by then and still waiting
    (not refused, withdrawn or cancelled; granted ones leave the queue), oldest entry first."""
    with cache.reading() as connection:
        cursor = connection.execute(
            "SELECT a.number, a.queue_number, a.applicant_name, coalesce(a.queue_entered_on, a.received_on) AS "
            "entered_on, coalesce(a.settlement, '') AS settlement, a.status FROM applications a "
            "WHERE a.track = 'IZHS_QUEUE' AND a.is_deleted = 0 AND coalesce(a.queue_entered_on, a.received_on) <= ? "
            "AND a.status NOT IN ('REFUSED', 'WITHDRAWN', 'CANCELLED', 'APPROVED') "
            "ORDER BY settlement, entered_on, a.received_on, a.number", (as_of,))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]


def prepared_sites(cache: Cache) -> list[dict[str, Any]]:
    """Plots prepared for individual housing: live parcels meant for IZhS that are not granted yet."""
    with cache.reading() as connection:
        cursor = connection.execute(
            "SELECT p.cadastral_number, coalesce(p.address, '') AS location, "
            "coalesce(p.area_official_m2, p.area_computed_m2) AS area_m2, p.status FROM parcels p "
            "WHERE p.is_deleted = 0 AND p.purpose = 'IZHS' AND p.status IN ('FREE', 'UNDER_APPLICATION') "
            "ORDER BY p.cadastral_number")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]
