"""Running the pre-checks over a cache: build the district's picture once, check every pending application."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from landdesk.domain.application import PENDING_STATUSES, ApplicationStatus, ProcedureTrack
from landdesk.domain.check_rules import (
    ApplicantRules,
    PlanRules,
    SizeNorm,
    WaterRules,
    applicant_rules_from,
    plan_rules_from,
    size_norms_from,
    water_rules_from,
)
from landdesk.domain.land import ParcelStatus, Purpose
from landdesk.domain.planning import PlanKind
from landdesk.domain.prechecks import (
    Competitor,
    Outcome,
    Plan,
    ProtectedWater,
    Request,
    Settlement,
    World,
    Zone,
    run_checks,
)
from landdesk.resources import resource_path
from landdesk.storage.applications import applications_for_checks, approved_zones, plans_for_checks
from landdesk.storage.district import load_district
from landdesk.storage.features import read_features
from landdesk.storage.render_copy import layer_generation, load_layer

if TYPE_CHECKING:
    from collections.abc import Collection

    from landdesk.domain.prechecks import CheckResult
    from landdesk.storage.connection import Cache

OCCUPIED = (ParcelStatus.REGISTERED, ParcelStatus.RESERVED, ParcelStatus.SEIZED)


@dataclass(frozen=True)
class ApplicationChecks:
    number: str
    status: str
    received: str
    results: list[CheckResult]

    @property
    def passed(self) -> bool:
        return not any(r.outcome == Outcome.FAIL for r in self.results)


def _rules(name: str) -> Any:
    """A rules file of `resources/rules` (the akimat's override when it has one)."""
    return json.loads(resource_path("rules", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def size_norms() -> tuple[SizeNorm, ...]:
    """The free-grant size norms with their articles, from `resources/rules/size_norms.json`."""
    return size_norms_from(_rules("size_norms.json"))


@lru_cache(maxsize=1)
def water_rules() -> WaterRules:
    return water_rules_from(_rules("water_protection.json"))


@lru_cache(maxsize=1)
def plan_rules() -> PlanRules:
    return plan_rules_from(_rules("plan_requirements.json"))


@lru_cache(maxsize=1)
def applicant_rules() -> ApplicantRules:
    return applicant_rules_from(_rules("applicant.json"))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def build_world(cache: Cache, *, on: date | None = None) -> World:
    district = load_district(cache)
    parcels = load_layer(cache, "parcels")          # the packed copy: 0.1 s at 200k instead of 1 s through SQL
    codes = [k for k, value in enumerate(parcels.class_values["status"]) if value in {str(s) for s in OCCUPIED}]
    occupied = np.isin(parcels.classes["status"], codes)
    water = read_features(cache, "water_bodies", columns=("name", "protection_zone_set", "protection_zone_width_m",
                                                          "protection_act"))
    is_set = water.columns["protection_zone_set"]
    unprotected = [g for g, s in zip(water.geometries, is_set, strict=True) if not s]
    protected = [ProtectedWater(str(name), shapely.boundary(g), None if width is None else float(str(width)),
                                None if act is None else str(act))
                 for g, name, s, width, act in zip(water.geometries, water.columns["name"], is_set,
                                                   water.columns["protection_zone_width_m"],
                                                   water.columns["protection_act"], strict=True) if s]
    zones = [Zone(f"{code} ({plan})", shapely.from_wkb(wkb), frozenset(json.loads(permitted)), plan_uid)
             for code, plan, permitted, wkb, plan_uid in approved_zones(cache)]
    plans = [Plan(uid, name, PlanKind(kind), status, number, _day(act_date), _day(until), shapely.from_wkb(wkb))
             for uid, name, kind, status, number, act_date, until, wkb in plans_for_checks(cache)]
    places = read_features(cache, "settlements", columns=("name", "kind", "population"))
    settlements = [Settlement(str(name), str(kind), None if people is None else int(str(people)), g)
                   for name, kind, people, g in zip(places.columns["name"], places.columns["kind"],
                                                    places.columns["population"], places.geometries, strict=True)]
    boundary = read_features(cache, "district").geometries
    return World(
        srid=district.srid,
        district=shapely.union_all(boundary),
        settlements=settlements,
        occupied=parcels.geometries()[occupied],
        occupied_ids=parcels.fids[occupied].tolist(),
        occupied_numbers=[parcels.labels[k] for k in np.flatnonzero(occupied)],
        plans=plans,
        zones=zones,
        red_lines=shapely.union_all(read_features(cache, "red_lines").geometries),
        unprotected_shore=shapely.union_all(shapely.boundary(unprotected)) if unprotected
        else shapely.GeometryCollection(),
        protected_waters=protected,
        size_norms=size_norms(),
        plan_rules=plan_rules(),
        water_rules=water_rules(),
        applicant_rules=applicant_rules(),
        on=on or date.today(),
    )


# The district as the checks see it costs ~0.1 s at 50k parcels and ~0.7 s at 200k to build, and selecting
# an application in the queue checks it again: keep it while none of its layers changed. One per thread,
# because shapely's prepared geometries are not meant to be shared between threads.
WORLD_LAYERS = ("district", "settlements", "parcels", "plan_zones", "red_lines", "water_bodies")
_worlds: dict[tuple[str, int], tuple[tuple[int, ...], World]] = {}
_worlds_lock = threading.Lock()


def current_world(cache: Cache) -> World:
    """The cache's World, rebuilt only when one of its layers' generations moved."""
    key = (str(cache.path), threading.get_ident())
    # the day counts too: a plan's term ends at midnight
    generations = (date.today().toordinal(), *(layer_generation(cache, layer) for layer in WORLD_LAYERS))
    with _worlds_lock:
        kept = _worlds.get(key)
    if kept is not None and kept[0] == generations:
        return kept[1]
    world = build_world(cache)
    with _worlds_lock:
        _worlds[key] = (generations, world)
    return world


def run_prechecks(cache: Cache, *, numbers: Collection[str] | None = None,
                  world: World | None = None) -> list[ApplicationChecks]:
    """The checks of every pending application (or of `numbers`), in order of receipt: each against the pending
    ones received before it, which come first, and against every granted one, which has taken its land."""
    world = world or current_world(cache)
    rows = applications_for_checks(cache)
    plots = {row[0]: shapely.from_wkb(row[6]) if row[6] else None for row in rows}
    granted = [Competitor(row[0], plot, granted=True) for row in rows
               if row[1] == ApplicationStatus.APPROVED and (plot := plots[row[0]]) is not None
               and shapely.is_valid(plot)]
    earlier: list[Competitor] = []
    found = []
    for (number, status, track, purpose, parcel_id, received, _wkb, free, irrigated, right, iin, citizen, other,
         free_check, free_note, queue_number, queue_entered) in rows:
        plot = plots[number]
        wanted = number in numbers if numbers is not None else ApplicationStatus(status) in PENDING_STATUSES
        if wanted:
            request = Request(number, Purpose(purpose), ProcedureTrack(track), plot, parcel_id,
                              free_grant=bool(free), irrigated=bool(irrigated), right=right, received=_day(received),
                              applicant_iin=iin, applicant_citizen=bool(citizen), has_other_plot=bool(other),
                              free_grant_check=free_check, free_grant_note=free_note, queue_number=queue_number,
                              queue_entered_on=_day(queue_entered))
            others = [*earlier, *(g for g in granted if g.number != number)]
            found.append(ApplicationChecks(number, status, received, run_checks(request, world, others)))
        if ApplicationStatus(status) in PENDING_STATUSES and plot is not None and shapely.is_valid(plot):
            earlier.append(Competitor(number, plot))
    return found
