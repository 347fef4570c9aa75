"""An application as one JSON object (`landdesk application PATH NUMBER --json`), issue 16.

The same object `landdesk lodge` reads: the intake fields first (applicant, purpose, right, free grant, area,
the plot as GeoJSON with its CRS), then what the procedure made of it (state, dates, steps, pre-checks), what it
permits now (`allowed`, and why not the rest) and the refusal grounds the failed checks and negative outcomes
propose. Printed from one cache with `number` and `portal_id` removed, it lodges as a new application.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.application import StepState
from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import tr
from landdesk.services.lifecycle import application_state
from landdesk.services.prechecks import run_prechecks
from landdesk.services.procedure_guard import allowed
from landdesk.services.procedure_steps import NEGATIVE_GROUND_BY_PARTY
from landdesk.services.published_lists import queue_position
from landdesk.storage.intake import application_record

if TYPE_CHECKING:
    from datetime import date

    from landdesk.storage.connection import Cache

OUTCOME = {StepState.DONE: "positive", StepState.NEGATIVE: "negative"}


class NoSuchApplication(LandDeskError):
    code = "application.unknown"
    what = tr("There is no application {number} in this cache.")
    todo = tr("Check the number (YYYY-NNNN) or sync to bring new applications.")


def application_facts(cache: Cache, number: str, today: date, role: str = "officer") -> dict[str, Any]:
    record = application_record(cache, number)
    if record is None:
        raise NoSuchApplication(number=number)
    state = application_state(cache, number, today)
    permitted = allowed(cache, number, today, role)
    checks = run_prechecks(cache, numbers={number})
    results = checks[0].results if checks else []
    proposed: list[str] = [r.ground for r in results if r.ground]
    for step in state.steps:
        if step.state == StepState.NEGATIVE:
            spec = state.procedure.step(step.code)
            ground = (spec.negative_ground if spec and spec.negative_ground
                      else NEGATIVE_GROUND_BY_PARTY.get(step.party))
            if ground:
                proposed.append(ground)
    wkb = record["wkb"]
    geometry = json.loads(shapely.to_geojson(shapely.from_wkb(wkb))) if isinstance(wkb, bytes) else None
    return {
        "number": record["number"], "track": record["track"], "state": record["status"],
        "received_on": record["received_on"], "due_on": record["due_on"],
        "applicant": {"name": record["applicant_name"], "iin": record["applicant_iin"],
                      "kind": record["applicant_kind"], "citizen": bool(record["applicant_citizen"])},
        "purpose": record["requested_purpose"], "right": record["requested_right"],
        "free_grant": bool(record["free_grant"]), "irrigated": bool(record["irrigated"]),
        "area_m2": record["requested_area_m2"], "parcel": record["parcel"],
        "geometry": geometry, "geometry_crs": f"EPSG:{cache.srid}",
        "location": record["location_text"] or "", "settlement": record["settlement"] or "",
        "queue_number": record["queue_number"], "has_other_plot": bool(record["has_other_plot"]),
        "queue_entered_on": record["queue_entered_on"], "queue_position": queue_position(cache, number, today),
        "lease_years": record["lease_years"], "documents": json.loads(str(record["documents"] or "[]")),
        "portal_id": record["portal_id"],
        "free_grant_check": record["free_grant_check"], "free_grant_note": record["free_grant_note"],
        "steps": [{"code": s.code, "title": s.title, "party": str(s.party), "body": s.body,
                   "started_on": _iso(s.started), "due_on": _iso(s.due), "completed_on": _iso(s.completed),
                   "status": str(s.state), "outcome": OUTCOME.get(s.state), "note": s.note, "late_wd": s.late_wd}
                  for s in state.steps],
        "prechecks": [{"code": str(r.check), "status": str(r.outcome), "ground": r.ground,
                       "explanation": str(r.explanation)} for r in results],
        "allowed": permitted.actions,
        "not_allowed": {action: str(reason) for action, reason in permitted.refused.items()},
        "proposed_grounds": sorted(set(proposed)),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def describe(facts: dict[str, Any]) -> str:
    """The same facts as lines an officer reads in a terminal."""
    lines = [f"Application {facts['number']} ({facts['track']}), {facts['state']}; received {facts['received_on']}, "
             f"due {facts['due_on'] or '—'}",
             f"  {facts['applicant']['name']} ({facts['applicant']['iin']}); {facts['purpose']}, {facts['right']}, "
             f"{facts['area_m2']:.0f} m²" + (", free grant" if facts["free_grant"] else "")]
    lines += [f"  {s['code']:<5} {s['status']:<9} due {s['due_on'] or '—'}  {s['title']}"
              + (f" ({s['body']})" if s["body"] else "") for s in facts["steps"]]
    lines.append("  allowed now: " + (", ".join(facts["allowed"]) or "nothing"))
    lines += [f"  {action}: not now, {reason}" for action, reason in facts["not_allowed"].items()]
    if facts["proposed_grounds"]:
        lines.append("  proposed refusal grounds: " + ", ".join(facts["proposed_grounds"]))
    return "\n".join(lines)
