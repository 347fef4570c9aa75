"""Applications from the e-government portal (issue 16): `POST /intake/applications`.

The portal's token (role `portal`) may do nothing else. Its request is the JSON object `landdesk lodge` reads,
checked by the same intake validation (`domain/intake`); it must carry the portal's own id, on which the intake
is idempotent: the same application sent twice is registered once, and the second answer names the first number.
The registry gives the next number of the district's year, plans the first stage's steps and the statutory date
from the procedure files and the working-day calendar (`landdesk.rules`, the same files the desk reads), and
applies the new rows as a changeset of its own through the ordinary push, so every cache of the district pulls
the application like any other edit, with the same row rules and history.
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import ApplicationStatus
from landdesk.domain.intake import IntakeInvalid, Lodgement, Problem, plot_in_district, read_lodgement
from landdesk.domain.procedures import open_stage, overall_due
from landdesk.domain.row_rules import TABLES
from landdesk.domain.text import Text, text, tr
from landdesk.registry.apply import push
from landdesk.registry.refused import Refused
from landdesk.registry.store import now_iso
from landdesk.rules.calendar import calendar_around
from landdesk.rules.procedures import procedure
from landdesk.sync.protocol import Changeset, Group, Operation, RowChange, sha256_hex

if TYPE_CHECKING:
    from datetime import date

    from landdesk.registry.store import Store, User

PORTAL_ROLE = "portal"
SCHEMA_VERSION = 6
_NAMESPACE = uuid.UUID("0b6f8f4e-2a4e-4a7c-9a1d-7d1c0f5e1a16")
_numbering = threading.Lock()          # one number at a time per registry process


def lodge_from_portal(store: Store, user: User, data: Any, today: date) -> tuple[int, dict[str, Any]]:
    """(HTTP status, answer): 201 with the new number, 200 with the number given before for the same portal id."""
    if user.role != PORTAL_ROLE:
        raise Refused(403, "portal_only", f"The role {user.role} does not submit applications from the portal.",
                      "Register a paper application in LandDesk (Register application…, or landdesk lodge).")
    try:
        found = read_lodgement(data, today)
    except IntakeInvalid as invalid:
        raise _invalid(invalid.problems) from invalid
    if not found.portal_id:
        raise _invalid([Problem("portal_id", Text(tr("the portal's own id is required")))])
    known = store.district(user.district)
    if known is None:
        raise Refused(404, "unknown_district", f"The registry holds no district {user.district}.",
                      "Ask the administrator to load the district.", district=user.district)
    srid = known[0]
    with _numbering:
        earlier = store.find_rows([user.district], "applications", "portal_id", found.portal_id)
        if earlier:
            attrs = earlier[0][2]
            return 200, {"number": attrs.get("number"), "received_on": attrs.get("received_on"),
                         "due_on": attrs.get("due_on"), "replayed": True}
        parcel_uid, plot_wkb = _plot(store, user.district, found, srid)
        year = found.received_on.year
        number = f"{year:04d}-{store.max_number(user.district, f'{year:04d}-') + 1:04d}"
        changeset, due, steps = _changeset(user, found, number, parcel_uid, plot_wkb)
        payload = changeset.payload()
        answer = push(store, replace(user, role="officer"), changeset, sha256_hex(payload) or "")
    stopped = [g for g in answer.get("groups", []) if g.get("status") not in ("applied", None)]
    if stopped:
        raise Refused(422, "intake_refused", "The registry could not keep the application's rows.",
                      "Correct the application and send it again.", groups=json.dumps(stopped, ensure_ascii=False))
    return 201, {"number": number, "received_on": found.received_on.isoformat(), "due_on": due.isoformat(),
                 "steps": steps, "replayed": False}


def _invalid(problems: list[Problem]) -> Refused:
    return Refused(422, "invalid_application", "; ".join(f"{p.field}: {p.reason}" for p in problems),
                   "Correct the fields named and send the application again; nothing was registered.",
                   fields=", ".join(p.field for p in problems))


def _plot(store: Store, district: str, found: Lodgement, srid: int) -> tuple[str | None, bytes | None]:
    """The named parcel's uid (and its boundary when none was drawn), and the plot in the district's CRS."""
    parcel_uid, parcel_wkb = None, None
    if found.parcel is not None:
        parcels = store.find_rows([district], "parcels", "cadastral_number", found.parcel)
        if not parcels:
            raise _invalid([Problem("parcel", text(tr("there is no parcel {number} in this district"),
                                                   number=found.parcel))])
        parcel_uid, parcel_wkb = parcels[0][0], parcels[0][3]
    try:
        plot_wkb = plot_in_district(found, srid)
    except IntakeInvalid as invalid:
        raise _invalid(invalid.problems) from invalid
    return parcel_uid, plot_wkb if plot_wkb is not None else parcel_wkb


def _changeset(user: User, found: Lodgement, number: str, parcel_uid: str | None, plot_wkb: bytes | None
               ) -> tuple[Changeset, date, list[dict[str, Any]]]:
    """The application and its first steps as one group of inserts, under ids derived from the portal's id (a
    replay after a lost answer is the same changeset)."""
    key = f"{user.district}/{found.portal_id}"
    track = procedure(found.track)
    calendar = calendar_around(found.received_on.year)
    opened = open_stage(track, ApplicationStatus.RECEIVED, found.received_on, calendar, {})
    due = overall_due(track, found.received_on, calendar, {})
    application_uid = str(uuid.uuid5(_NAMESPACE, key + "/application"))
    values: dict[str, Any] = {column.name: None for column in TABLES["applications"].columns}
    values.update(
        number=number, track=str(found.track), applicant_name=found.applicant_name, applicant_iin=found.applicant_iin,
        applicant_kind=found.applicant_kind, requested_purpose=str(found.purpose), requested_right=str(found.right),
        requested_area_m2=found.area_m2, has_other_plot=int(found.has_other_plot), queue_number=found.queue_number,
        location_text=found.location or None, parcel_uid=parcel_uid, received_on=found.received_on.isoformat(),
        due_on=due.isoformat(), status=str(ApplicationStatus.RECEIVED), assigned_officer=None,
        free_grant=int(found.free_grant), irrigated=int(found.irrigated),
        applicant_citizen=int(found.applicant_citizen), settlement=found.settlement or None,
        documents=json.dumps(list(found.documents), ensure_ascii=False), lease_years=found.lease_years,
        portal_id=found.portal_id,
        free_grant_check="TO_CONFIRM" if found.free_grant else None)
    rows = [RowChange("applications", application_uid, "insert", None,
                      {k: (None, v) for k, v in values.items() if v is not None}, geom_changed=plot_wkb is not None,
                      geom_new=plot_wkb)]
    steps = []
    for seq, step in enumerate(opened, start=1):
        attrs = {"application_uid": application_uid, "seq": seq, "step_code": step.spec.code,
                 "title": step.spec.title, "party": str(step.spec.party), "body_name": step.body,
                 "started_on": step.starts.isoformat(), "due_on": step.due.isoformat(), "state": "OPEN"}
        rows.append(RowChange("application_steps", str(uuid.uuid5(_NAMESPACE, f"{key}/step/{seq}")), "insert", None,
                              {k: (None, v) for k, v in attrs.items() if v is not None}))
        steps.append({"code": step.spec.code, "due_on": step.due.isoformat()})
    operation = Operation(str(uuid.uuid5(_NAMESPACE, key + "/op")), "application.lodge", user.name, now_iso())
    group = Group(str(uuid.uuid5(_NAMESPACE, key + "/group")), (operation,), tuple(rows))
    changeset = Changeset(str(uuid.uuid5(_NAMESPACE, key)), str(uuid.uuid5(_NAMESPACE, "portal")), user.district,
                          SCHEMA_VERSION, (group,))
    return changeset, due, steps
