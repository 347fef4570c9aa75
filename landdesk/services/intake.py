"""Registering an incoming application (issue 16): the portal, the paper dialog and `landdesk lodge` all end here.

One validation (`domain/intake`), then what only the cache can say: whether the named parcel exists, the plot in
the district's CRS, the procedure's schedule from the calendar (the overall statutory date and the first stage's
steps with their terms). The portal's own id makes it idempotent: the same application sent twice is registered
once. The free once-in-a-lifetime grant can only be checked by the registry (a cache holds one district), so an
application for one is marked "to confirm at sync".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import ApplicationStatus, Party
from landdesk.domain.intake import IntakeInvalid, Problem, plot_in_district, read_lodgement
from landdesk.domain.procedures import open_stage, overall_due
from landdesk.domain.text import Text, text, tr
from landdesk.services.calendar import calendar_around
from landdesk.services.lifecycle import new_steps
from landdesk.services.procedures import procedure
from landdesk.storage.applications import known_bodies
from landdesk.storage.errors import RowRefused
from landdesk.storage.intake import NewApplication, application_by_portal_id, parcel_for_intake, register_application

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache


@dataclass(frozen=True)
class Lodged:
    number: str
    created: bool                 # False: the portal sent this application before; its first number is given
    received_on: date
    due_on: date | None
    steps: tuple[str, ...] = ()   # codes of the steps opened
    to_confirm: bool = False      # the free-grant check waits for the registry


def lodge(cache: Cache, data: Any, officer: str, today: date | None = None) -> Lodged:
    """Register `data` (the JSON object of an application) as a new application; IntakeInvalid names each wrong
    field, and nothing is saved then."""
    today = today or date.today()
    found = read_lodgement(data, today)
    if found.portal_id:
        earlier = application_by_portal_id(cache, found.portal_id)
        if earlier is not None:
            return Lodged(earlier, False, found.received_on, None)
    parcel_uid = None
    if found.parcel is not None:
        parcel = parcel_for_intake(cache, found.parcel)
        if parcel is None:
            raise IntakeInvalid([Problem("parcel", text(tr("there is no parcel {number} in this district"),
                                                         number=found.parcel))])
        parcel_uid = parcel[0]
    plot_wkb = plot_in_district(found, cache.srid)
    track = procedure(found.track)
    calendar = calendar_around(found.received_on.year)
    bodies = {Party(party): names for party, names in known_bodies(cache).items()}
    opened = new_steps(open_stage(track, ApplicationStatus.RECEIVED, found.received_on, calendar, bodies))
    due = overall_due(track, found.received_on, calendar, {})
    new = NewApplication(
        track=str(found.track), applicant_name=found.applicant_name, applicant_iin=found.applicant_iin,
        applicant_kind=found.applicant_kind, applicant_citizen=found.applicant_citizen, purpose=str(found.purpose),
        right=str(found.right), free_grant=found.free_grant, irrigated=found.irrigated, area_m2=found.area_m2,
        plot_wkb=plot_wkb, parcel_uid=parcel_uid, received_on=found.received_on.isoformat(),
        due_on=due.isoformat(), location=found.location, settlement=found.settlement,
        queue_number=found.queue_number, has_other_plot=found.has_other_plot, lease_years=found.lease_years,
        documents=found.documents, portal_id=found.portal_id,
        free_grant_check="TO_CONFIRM" if found.free_grant else None)
    try:
        number = register_application(cache, new, opened, officer, found.received_on.year)
    except RowRefused as refused:
        field = str(refused.params.get("field", "application"))
        detail = refused.params.get("detail")
        raise IntakeInvalid([Problem("geometry" if field == "geom" else field,
                                     detail if isinstance(detail, Text) else Text(str(detail)))]) from refused
    return Lodged(number, True, found.received_on, due, tuple(s.code for s in opened), found.free_grant)
