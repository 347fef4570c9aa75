"""The decisions table: read the chain, append one decision with its audit entry, change the application."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import DecisionKind
from landdesk.domain.decision import GENESIS_HASH, DecisionRecord
from landdesk.storage.audit import write_audit
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    import sqlite3

    from landdesk.domain.cadastral_number import CadastralNumber
    from landdesk.storage.connection import Cache

_COLUMNS = ("uid", "seq", "application_uid", "kind", "decided_on", "decided_at", "officer", "act_number", "grounds",
            "motivation", "override_reason", "details")


def _record(row: tuple[Any, ...]) -> DecisionRecord:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["kind"] = DecisionKind(values["kind"])
    values["grounds"] = tuple(json.loads(values["grounds"]))
    values["details"] = json.loads(values["details"] or "{}")
    return DecisionRecord(**values)


def decision_chain(cache: Cache) -> list[tuple[DecisionRecord, str, str]]:
    """(record, stored previous hash, stored content hash) of every decision in sequence order."""
    with cache.reading() as connection:
        rows = connection.execute(f"SELECT {', '.join(_COLUMNS)}, prev_hash, content_hash FROM decisions "
                                  "ORDER BY seq").fetchall()
    return [(_record(row[:-2]), row[-2], row[-1]) for row in rows]


def last_link(connection: sqlite3.Connection) -> tuple[int, str]:
    """(last sequence number, its content hash), or (0, the genesis hash) for an empty chain."""
    row = connection.execute("SELECT seq, content_hash FROM decisions ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def application_for_decision(connection: sqlite3.Connection, number: str) -> tuple[str, str] | None:
    """(uid, status) of a live application."""
    row = connection.execute("SELECT uid, status FROM applications WHERE number = ? AND is_deleted = 0",
                             (number,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def grant_parcel(connection: sqlite3.Connection, application_uid: str, decided_on: str) -> str | None:
    """Give the application's free parcel to the applicant: registered on the decision's date, with the
    requested right and holder.
    Returns the parcel's cadastral number, or None when the application names no parcel."""
    row = connection.execute(
        "SELECT p.uid, p.cadastral_number, a.requested_right, a.applicant_name, a.applicant_iin, a.requested_purpose "
        "FROM applications a JOIN parcels p ON p.uid = a.parcel_uid WHERE a.uid = ?", (application_uid,)).fetchone()
    if row is None:
        return None
    uid, number, right, holder, iin, purpose = row
    connection.execute(
        "UPDATE parcels SET status = 'REGISTERED', right_type = ?, right_holder = ?, holder_iin = ?, purpose = ?, "
        "registered_on = ?, updated_at = ? WHERE uid = ?", (right, holder, iin, purpose, decided_on, utc_now(), uid))
    return str(number)


def nearest_quarter(connection: sqlite3.Connection, application_uid: str,
                    reach_m: float) -> tuple[str, str, str, str, int] | None:
    """(region, district, quarter, category, highest plot number there) of the live parcel nearest the centre of
    the application's plot, within `reach_m`; None without a plot or a parcel in reach."""
    centre = connection.execute("SELECT X(Centroid(geom)), Y(Centroid(geom)) FROM applications "
                                "WHERE uid = ? AND geom IS NOT NULL", (application_uid,)).fetchone()
    if centre is None:
        return None
    x, y = centre
    neighbour = connection.execute(
        "SELECT p.region_code, p.district_code, p.quarter_code, p.category FROM parcels p "
        "WHERE p.fid IN (SELECT pkid FROM idx_parcels_geom WHERE xmax >= ? AND xmin <= ? AND ymax >= ? AND ymin <= ?) "
        "AND p.is_deleted = 0 AND p.status != 'RETIRED' ORDER BY Distance(p.geom, MakePoint(?, ?, Srid(p.geom))) "
        "LIMIT 1", (x - reach_m, x + reach_m, y - reach_m, y + reach_m, x, y)).fetchone()
    if neighbour is None:
        return None
    region, district, quarter, category = (str(v) for v in neighbour)
    last = connection.execute("SELECT coalesce(max(CAST(plot_no AS INTEGER)), 0) FROM parcels WHERE region_code = ? "
                              "AND district_code = ? AND quarter_code = ?", (region, district, quarter)).fetchone()[0]
    return region, district, quarter, category, int(last)


def register_plot_as_parcel(connection: sqlite3.Connection, application_uid: str, number: CadastralNumber,
                            category: str, decided_on: str, note: str, officer: str) -> None:
    """The application's plot becomes a registered parcel of the applicant under `number`, with its audit entry."""
    uid = str(uuid.uuid4())
    now = utc_now()
    connection.execute(
        "INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, plot_no, category, "
        "purpose, purpose_text, right_type, right_holder, holder_iin, area_computed_m2, address, status, "
        "registered_on, updated_at, geom) SELECT ?, ?, ?, ?, ?, ?, ?, a.requested_purpose, ?, a.requested_right, "
        "a.applicant_name, a.applicant_iin, Area(a.geom), a.location_text, 'REGISTERED', ?, ?, a.geom "
        "FROM applications a WHERE a.uid = ?",
        (uid, str(number), number.region, number.district, number.quarter, number.plot, category, note, decided_on,
         now, application_uid))
    connection.execute("UPDATE applications SET parcel_uid = ?, updated_at = ? WHERE uid = ?",
                       (uid, now, application_uid))
    write_audit(connection, at=now, user=officer, action="parcel.register", entity="parcels", entity_uid=uid,
                details={"cadastral_number": str(number), "application": application_uid, "note": note})


def release_parcel(connection: sqlite3.Connection, application_uid: str) -> None:
    """A refused application's parcel is free again (it was held as 'under application')."""
    connection.execute(
        "UPDATE parcels SET status = 'FREE', updated_at = ? WHERE status = 'UNDER_APPLICATION' AND uid = "
        "(SELECT parcel_uid FROM applications WHERE uid = ?)", (utc_now(), application_uid))


def revoke_grant(connection: sqlite3.Connection, application_uid: str) -> None:
    """A cancelled approval's parcel is free again: no holder, no right, not registered."""
    connection.execute(
        "UPDATE parcels SET status = 'FREE', right_type = 'STATE', right_holder = NULL, holder_iin = NULL, "
        "registered_on = NULL, updated_at = ? WHERE uid = (SELECT parcel_uid FROM applications WHERE uid = ?)",
        (utc_now(), application_uid))


def append_decision(connection: sqlite3.Connection, record: DecisionRecord, prev_hash: str, content_hash: str,
                    new_status: str) -> None:
    """Inside the caller's transaction: the decision, the application's new status, and the audit entry."""
    now = utc_now()
    connection.execute(
        f"INSERT INTO decisions ({', '.join(_COLUMNS)}, prev_hash, content_hash, updated_at) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 3))})",
        (record.uid, record.seq, record.application_uid, str(record.kind), record.decided_on, record.decided_at,
         record.officer, record.act_number, json.dumps(list(record.grounds)), record.motivation,
         record.override_reason, details_json(record.details), prev_hash, content_hash, now))
    connection.execute("UPDATE applications SET status = ?, updated_at = ? WHERE uid = ?",
                       (new_status, now, record.application_uid))
    # the steps still open end with the decision: done by an approval; a refusal ends the akimat's own step
    # negatively and makes the others moot
    connection.execute(
        "UPDATE application_steps SET state = CASE WHEN ? = 'APPROVE' THEN 'DONE' WHEN ? = 'REFUSE' AND "
        "party = 'AKIMAT' THEN 'NEGATIVE' ELSE 'SKIPPED' END, completed_on = ?, updated_at = ? "
        "WHERE application_uid = ? AND state = 'OPEN'",
        (str(record.kind), str(record.kind), record.decided_on, now, record.application_uid))
    write_audit(connection, at=now, user=record.officer, action=f"decision.{record.kind.lower()}",
                entity_uid=record.application_uid, details={"decision": record.uid, "seq": record.seq})


def decision_context(cache: Cache, decision_uid: str) -> dict[str, Any] | None:
    """Everything a decision document states: the decision, its application, the parcel or plot, the district."""
    with cache.reading() as connection:
        cursor = connection.execute(
            "SELECT d.seq, d.kind, d.decided_on, d.officer, d.act_number, d.grounds, d.motivation, "
            "d.override_reason, d.content_hash, d.details, a.track, a.number, a.received_on, a.applicant_name, "
            "a.applicant_iin, "
            "a.requested_purpose, a.requested_right, a.requested_area_m2, a.location_text, "
            "p.cadastral_number, p.category, p.divisible, p.address, p.uid AS parcel_uid, "
            "AsBinary(coalesce(p.geom, a.geom)) AS wkb, s.name AS district_name, s.name_ru, s.name_kk, "
            "s.srid, s.crs_name FROM decisions d JOIN applications a ON a.uid = d.application_uid "
            "LEFT JOIN parcels p ON p.uid = a.parcel_uid CROSS JOIN (SELECT * FROM district LIMIT 1) s "
            "WHERE d.uid = ?", (decision_uid,))
        row = cursor.fetchone()
        names = [c[0] for c in cursor.description]
        if row is None:
            return None
        found = dict(zip(names, row, strict=True))
        found["encumbrances"] = [r[0] for r in connection.execute(
            "SELECT description FROM encumbrances WHERE parcel_uid = ? AND is_deleted = 0",
            (found["parcel_uid"],))] if found["parcel_uid"] else []
    return found


def details_json(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, allow_nan=False)
