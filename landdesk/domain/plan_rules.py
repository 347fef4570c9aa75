"""Data-quality rules for a general plan or DPP: a registry of named rules with codes, each a pure function
of the plan's geometry and attributes that returns findings naming the feature, the numbers and a geometry
to show. Checks refuse applications automatically on plans that do not meet requirements; these rules say
what is wrong with the plan itself, so it can be corrected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from landdesk.domain.labels import label
from landdesk.domain.planning import PlanStatus
from landdesk.domain.text import Text, joined, text, tr

if TYPE_CHECKING:
    from collections.abc import Callable

OVERLAP_TOLERANCE_M2 = 1.0        # zones of one plan may touch; sharing more than this is an overlap
GAP_TOLERANCE_M2 = 10.0           # a sliver smaller than this inside the plan boundary is drawing noise
RED_LINE_GAP_M = 2.0              # a red line ending this close to another without meeting it is broken
CUT_TOLERANCE_M = 0.5             # a red line may run along a parcel's edge, not this far inside it
CONTRADICTION_SHARE = 0.5         # a parcel counts as in a zone when at least half of it lies there
DISTRICT_MARGIN_M = 100.0         # how far outside the district boundary a feature may stray


@dataclass(frozen=True)
class ZoneFeature:
    uid: str
    code: str | None
    zone_type: str | None
    permitted: tuple[str, ...]
    geometry: shapely.Geometry | None
    permitted_raw: str = "[]"


@dataclass(frozen=True)
class RedLine:
    uid: str
    street: str | None
    geometry: shapely.Geometry | None


@dataclass(frozen=True)
class RegisteredParcel:
    uid: str
    cadastral_number: str
    purpose: str
    geometry: shapely.Geometry


@dataclass(frozen=True)
class PlanData:
    uid: str
    name: str
    kind: str
    status: str
    approval_act_number: str | None
    approval_act_date: str | None
    boundary: shapely.Geometry | None
    zones: tuple[ZoneFeature, ...]
    red_lines: tuple[RedLine, ...]
    parcels: tuple[RegisteredParcel, ...]          # registered parcels within the plan's extent
    district: shapely.Geometry | None              # the district boundary, in the same CRS
    srid: int = 0


@dataclass(frozen=True)
class Finding:
    rule: str                  # the rule's code, "PLAN-OVERLAP"
    feature: Text              # "zone Ж1-03", "red line ул. Абая", "plan"
    feature_uid: str | None
    table: str                 # plan_zones, red_lines, plans, parcels
    message: Text              # rendered in the officer's language by the UI; str() gives English
    numbers: dict[str, float] = field(default_factory=dict)
    geometry: shapely.Geometry | None = None

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "title": RULES[self.rule].title, "feature": str(self.feature),
                "feature_uid": self.feature_uid, "table": self.table, "message": str(self.message),
                "numbers": self.numbers,
                "geometry": None if self.geometry is None else json.loads(shapely.to_geojson(self.geometry))}


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    check: Callable[[PlanData], list[Finding]]


RULES: dict[str, Rule] = {}


def rule(code: str, title: str) -> Callable[[Callable[[PlanData], list[Finding]]],
                                            Callable[[PlanData], list[Finding]]]:
    def register(check: Callable[[PlanData], list[Finding]]) -> Callable[[PlanData], list[Finding]]:
        RULES[code] = Rule(code, title, check)
        return check
    return register


def run_rules(plan: PlanData, codes: tuple[str, ...] | None = None) -> list[Finding]:
    return [finding for code, r in RULES.items() if codes is None or code in codes for finding in r.check(plan)]


def _zone_label(zone: ZoneFeature) -> Text:
    return text(tr("zone {code}"), code=zone.code or zone.uid[:8])


def _line_label(line: RedLine) -> Text:
    return text(tr("red line {street}"), street=line.street or line.uid[:8])


def _plan() -> Text:
    return text(tr("plan"))


@rule("PLAN-GEOMETRY", tr("Geometry is valid"))
def geometry_valid(plan: PlanData) -> list[Finding]:
    found = []
    for zone in plan.zones:
        if zone.geometry is None or zone.geometry.is_empty:
            found.append(Finding("PLAN-GEOMETRY", _zone_label(zone), zone.uid, "plan_zones",
                                 text(tr("the zone has no geometry"))))
        elif not zone.geometry.is_valid:
            reason = shapely.is_valid_reason(zone.geometry)
            found.append(Finding("PLAN-GEOMETRY", _zone_label(zone), zone.uid, "plan_zones",
                                 text(tr("the outline is not a valid polygon: {reason}"), reason=reason),
                                 geometry=zone.geometry))
    for line in plan.red_lines:
        if line.geometry is None or line.geometry.is_empty or line.geometry.length == 0:
            found.append(Finding("PLAN-GEOMETRY", _line_label(line), line.uid, "red_lines",
                                 text(tr("the red line has no length"))))
    return found


@rule("PLAN-EXTENT", tr("Coordinates are in the district's CRS and inside the district"))
def inside_district(plan: PlanData) -> list[Finding]:
    if plan.district is None:
        return [Finding("PLAN-EXTENT", _plan(), plan.uid, "plans",
                        text(tr("the district boundary is missing, so the plan's position cannot be checked")))]
    area = shapely.buffer(plan.district, DISTRICT_MARGIN_M)
    shapely.prepare(area)
    found = []
    features = [(_zone_label(z), z.uid, "plan_zones", z.geometry) for z in plan.zones] + \
        [(_line_label(r), r.uid, "red_lines", r.geometry) for r in plan.red_lines]
    for name, uid, table, geometry in features:
        if geometry is None or geometry.is_empty:
            continue
        geometry = shapely.make_valid(geometry)            # an invalid outline is PLAN-GEOMETRY's; place it anyway
        if area.contains(geometry):
            continue
        x0, y0, x1, y1 = geometry.bounds
        outside = geometry.difference(area)
        size = outside.area if geometry.area else outside.length
        hint = text("")
        if max(abs(x0), abs(x1)) <= 180 and max(abs(y0), abs(y1)) <= 90:
            hint = text(tr(" (the coordinates look like degrees: the file's CRS was probably not declared)"))
        elif not plan.district.envelope.buffer(50_000).intersects(geometry):
            hint = text(tr(" (far from the district: another CRS or zone, or swapped X and Y)"))
        message = (text(tr("lies outside the district by {size:,.1f} m²{hint}"), size=size, hint=hint) if geometry.area
                   else text(tr("lies outside the district by {size:,.1f} m{hint}"), size=size, hint=hint))
        found.append(Finding("PLAN-EXTENT", name, uid, table, message, {"outside": round(size, 1)}, geometry))
    return found


@rule("PLAN-OVERLAP", tr("Zones of one plan do not overlap"))
def zone_overlaps(plan: PlanData) -> list[Finding]:
    zones = [z for z in plan.zones if z.geometry is not None and not z.geometry.is_empty and z.geometry.is_valid]
    if len(zones) < 2:
        return []
    geometries = np.array([z.geometry for z in zones], dtype=object)
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="intersects")
    pairs = [(i, j) for i, j in zip(left.tolist(), right.tolist(), strict=True) if i < j]
    if not pairs:
        return []
    a = geometries[[i for i, _ in pairs]]
    b = geometries[[j for _, j in pairs]]
    shared = shapely.intersection(a, b)
    areas = shapely.area(shared)
    found = []
    for (i, j), geometry, area in zip(pairs, shared, areas, strict=True):
        if area > OVERLAP_TOLERANCE_M2:
            found.append(Finding("PLAN-OVERLAP", _zone_label(zones[i]), zones[i].uid, "plan_zones",
                                 text(tr("overlaps {other} by {area:,.1f} m² (tolerance {tolerance:g} m²)"),
                                      other=_zone_label(zones[j]), area=float(area), tolerance=OVERLAP_TOLERANCE_M2),
                                 {"overlap_m2": round(float(area), 1)}, geometry))
    return found


@rule("PLAN-GAP", tr("No gaps between zones inside the plan's boundary"))
def zone_gaps(plan: PlanData) -> list[Finding]:
    if plan.boundary is None or plan.boundary.is_empty or not plan.zones:
        return []
    covered = shapely.union_all([z.geometry for z in plan.zones if z.geometry is not None and z.geometry.is_valid])
    holes = shapely.get_parts(shapely.difference(plan.boundary, covered))
    found = []
    for hole in holes:
        if hole.area > GAP_TOLERANCE_M2 and hole.geom_type == "Polygon":
            x, y = hole.representative_point().coords[0]
            found.append(Finding("PLAN-GAP", _plan(), plan.uid, "plans",
                                 text(tr("{area:,.1f} m² inside the plan's boundary belong to no zone (near X {x:,.0f} "
                                         "Y {y:,.0f})"), area=hole.area, x=x, y=y), {"gap_m2": round(hole.area, 1)},
                                 hole))
    return found


@rule("PLAN-ZONE-OUTSIDE", tr("Zones stay inside the plan's boundary"))
def zones_outside_boundary(plan: PlanData) -> list[Finding]:
    if plan.boundary is None or plan.boundary.is_empty:
        return []
    area = shapely.buffer(plan.boundary, 0)
    shapely.prepare(area)
    found = []
    for zone in plan.zones:
        if zone.geometry is None or not zone.geometry.is_valid or area.contains(zone.geometry):
            continue
        outside = zone.geometry.difference(area)
        if outside.area > GAP_TOLERANCE_M2:
            found.append(Finding("PLAN-ZONE-OUTSIDE", _zone_label(zone), zone.uid, "plan_zones",
                                 text(tr("reaches {area:,.1f} m² beyond the plan's boundary"), area=outside.area),
                                 {"outside_m2": round(outside.area, 1)}, outside))
    return found


@rule("PLAN-ZONE-ATTRIBUTES", tr("Every zone has a zone type and at least one permitted purpose"))
def zone_attributes(plan: PlanData) -> list[Finding]:
    found = []
    for zone in plan.zones:
        message = (text(tr("has no zone type and no permitted purposes: applications in it cannot be checked"))
                   if not zone.zone_type and not zone.permitted else
                   text(tr("has no zone type: applications in it cannot be checked")) if not zone.zone_type else
                   text(tr("has no permitted purposes: applications in it cannot be checked")) if not zone.permitted
                   else None)
        if message is not None:
            found.append(Finding("PLAN-ZONE-ATTRIBUTES", _zone_label(zone), zone.uid, "plan_zones", message,
                                 geometry=zone.geometry))
    return found


@rule("PLAN-RED-LINE-CONTINUOUS", tr("Red lines are continuous"))
def red_lines_continuous(plan: PlanData) -> list[Finding]:
    lines = [r for r in plan.red_lines if r.geometry is not None and not r.geometry.is_empty]
    if not lines:
        return []
    geometries = np.array([r.geometry for r in lines], dtype=object)
    tree = shapely.STRtree(geometries)
    found = []
    for index, line in enumerate(lines):
        shape = geometries[index]
        if shape.geom_type != "LineString" or shape.is_closed:
            continue
        for end in (shapely.Point(shape.coords[0]), shapely.Point(shape.coords[-1])):
            near = [k for k in tree.query(end, predicate="dwithin", distance=RED_LINE_GAP_M).tolist() if k != index]
            distances = [float(geometries[k].distance(end)) for k in near]
            touching = any(d < 1e-6 for d in distances)
            if near and not touching:
                gap = min(distances)
                found.append(Finding("PLAN-RED-LINE-CONTINUOUS", _line_label(line), line.uid, "red_lines",
                                     text(tr("ends {gap:,.2f} m short of the next red line: the line is broken there"),
                                          gap=gap),
                                     {"gap_m": round(gap, 2)}, end.buffer(max(gap, 0.5))))
    return found


@rule("PLAN-RED-LINE-CUTS-PARCEL", tr("Red lines do not cut through registered parcels"))
def red_lines_cut_parcels(plan: PlanData) -> list[Finding]:
    lines = [r for r in plan.red_lines if r.geometry is not None and not r.geometry.is_empty]
    if not lines or not plan.parcels:
        return []
    parcels = np.array([p.geometry for p in plan.parcels], dtype=object)
    cores = shapely.buffer(parcels, -CUT_TOLERANCE_M)             # the parcel less a strip along its edges
    tree = shapely.STRtree(cores)
    found = []
    for line in lines:
        shape = line.geometry
        assert shape is not None
        for k in tree.query(shape, predicate="intersects").tolist():
            inside = shape.intersection(cores[k])
            if inside.length > 0:
                parcel = plan.parcels[k]
                found.append(Finding("PLAN-RED-LINE-CUTS-PARCEL", _line_label(line), line.uid, "red_lines",
                                     text(tr("runs {length:,.1f} m through registered parcel {number}"),
                                          length=inside.length, number=parcel.cadastral_number),
                                     {"length_m": round(inside.length, 1)}, inside))
    return found


@rule("PLAN-ZONE-CONTRADICTS-PARCEL", tr("Zones do not contradict registered parcels' purposes"))
def zones_contradict_parcels(plan: PlanData) -> list[Finding]:
    zones = [z for z in plan.zones if z.geometry is not None and z.geometry.is_valid and z.permitted]
    if not zones or not plan.parcels:
        return []
    tree = shapely.STRtree(np.array([z.geometry for z in zones], dtype=object))
    found = []
    by_zone: dict[str, list[RegisteredParcel]] = {}
    for parcel in plan.parcels:
        for k in tree.query(parcel.geometry, predicate="intersects").tolist():
            zone = zones[k]
            share = zone.geometry.intersection(parcel.geometry).area / max(parcel.geometry.area, 1e-9)
            if share >= CONTRADICTION_SHARE and parcel.purpose not in zone.permitted:
                by_zone.setdefault(zone.uid, []).append(parcel)
    for zone in zones:
        parcels = by_zone.get(zone.uid)
        if parcels:
            purposes = joined([label(p) for p in sorted({p.purpose for p in parcels})])
            numbers = ", ".join(p.cadastral_number for p in parcels[:3]) + (" …" if len(parcels) > 3 else "")
            found.append(Finding("PLAN-ZONE-CONTRADICTS-PARCEL", _zone_label(zone), zone.uid, "plan_zones",
                                 text(tr("does not permit {purposes}, the purpose of registered parcels in it "
                                         "({count}: {numbers})"), purposes=purposes, count=len(parcels),
                                      numbers=numbers), {"parcels": len(parcels)},
                                 shapely.union_all([p.geometry for p in parcels])))
    return found


@rule("PLAN-APPROVAL", tr("An approved plan has its approval act number and date"))
def approval_act(plan: PlanData) -> list[Finding]:
    if plan.status != PlanStatus.APPROVED:
        return []
    if plan.approval_act_number and plan.approval_act_date:
        return []
    message = (text(tr("is marked approved but has no approval act number and no act date: pre-checks cannot cite "
                       "it")) if not plan.approval_act_number and not plan.approval_act_date else
               text(tr("is marked approved but has no approval act number: pre-checks cannot cite it"))
               if not plan.approval_act_number else
               text(tr("is marked approved but has no approval act date: pre-checks cannot cite it")))
    return [Finding("PLAN-APPROVAL", _plan(), plan.uid, "plans", message, geometry=plan.boundary)]
