"""Automatic spatial pre-checks of a requested plot (pure: shapely and pyproj, no SQL, no Qt).

Each check gives pass, fail or warning, one sentence naming the numbers, the refusal ground it points to
(DOMAIN.md §3.5) and a geometry to highlight. Tolerances follow the survey reality of shared edges:
red line counts only more than 0.1 m inside a plot, overlaps only above 1 m².
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import shapely
from pyproj import CRS, Transformer

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.check_rules import (
    ApplicantRules,
    PlanRules,
    SizeNorm,
    WaterRules,
    age_on,
    size_norm_for,
)
from landdesk.domain.iin import birth_date, is_individual, is_valid_iin_bin
from landdesk.domain.labels import label
from landdesk.domain.land import CONSTRUCTION_PURPOSES, Purpose
from landdesk.domain.legal_ref import Article
from landdesk.domain.text import Text, joined, text, tr

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from numpy.typing import NDArray

    from landdesk.domain.planning import PlanKind

OVERLAP_M2 = 1.0                # shared edges surveyed twice overlap by slivers; above this it is real
RED_LINE_INSET_M = 0.1          # a plot may touch a red line along its edge
RED_LINE_MIN_M = 0.01
SIZE_SLACK_M2 = 0.5
SETTLEMENT_TRACKS = frozenset({ProcedureTrack.B, ProcedureTrack.C, ProcedureTrack.IZHS_QUEUE})


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warning"
    SKIPPED = "not run"


class Check(StrEnum):
    GEOMETRY = "geometry_valid"
    COORDINATES = "coordinates_plausible"
    SETTLEMENT = "inside_settlement"
    OVERLAP = "no_overlap"
    PLAN = "plan_covers"
    ZONE = "zone_permits"
    RED_LINES = "no_red_lines"
    SIZE = "size_norm"
    WATER = "water_500m"
    COMPETING = "no_competing"
    WATER_PROTECTION = "water_protection"
    AGE = "applicant_of_age"
    CITIZENSHIP = "applicant_citizenship"
    FREE_ONCE = "free_grant_once"
    QUEUE = "izhs_queue"


# The checks of the applicant need no plot: they run even when the plot's geometry stops the spatial ones.
APPLICANT_CHECKS = (Check.AGE, Check.CITIZENSHIP, Check.FREE_ONCE, Check.QUEUE)


GROUNDS: dict[Check, str] = {
    Check.GEOMETRY: "R-DOC-FALSE", Check.COORDINATES: "R-DOC-FALSE", Check.SETTLEMENT: "R-ZONING",
    Check.OVERLAP: "R-OCCUPIED", Check.PLAN: "R-NO-PLAN", Check.ZONE: "R-ZONING", Check.RED_LINES: "R-NOT-PRIVATE",
    Check.SIZE: "R-OVERSIZE", Check.WATER: "R-WATER-500M", Check.COMPETING: "R-OCCUPIED",
    Check.WATER_PROTECTION: "R-WATER-STRIP", Check.AGE: "R-MINOR", Check.CITIZENSHIP: "R-NOT-CITIZEN",
    Check.FREE_ONCE: "R-REPEAT-FREE", Check.QUEUE: "R-NO-QUEUE",
}


@dataclass(frozen=True)
class CheckResult:
    check: Check
    outcome: Outcome
    explanation: Text        # rendered in the officer's language by the UI; str() gives English
    highlight: shapely.Geometry | None = None

    @property
    def ground(self) -> str | None:
        return GROUNDS[self.check] if self.outcome == Outcome.FAIL else None


@dataclass(frozen=True)
class Request:
    """What is checked: the requested plot of one application."""

    number: str
    purpose: Purpose
    track: ProcedureTrack
    plot: shapely.Geometry | None
    parcel_id: int | None = None           # the free parcel asked for: overlapping it is the point
    free_grant: bool = False               # Art. 50 p.2 norms apply only to a free grant
    irrigated: bool = False
    right: str | None = None               # the RightType asked for
    received: date | None = None
    applicant_iin: str | None = None       # an IIN (a person) or a BIN (a legal entity)
    applicant_citizen: bool = True
    has_other_plot: bool = False           # the applicant declared a plot granted before
    free_grant_check: str | None = None    # the registry's once-in-a-lifetime check: TO_CONFIRM, CONFIRMED, FAILED
    free_grant_note: str | None = None
    queue_number: str | None = None        # the IZhS special register (Art. 44 p.6)
    queue_entered_on: date | None = None


@dataclass(frozen=True)
class Competitor:
    """Another application for land: a pending one received before, or one already granted (APPROVED)."""

    number: str
    plot: shapely.Geometry
    granted: bool = False


@dataclass(frozen=True)
class Settlement:
    name: str
    kind: str                              # CITY, TOWN or VILLAGE
    population: int | None
    geometry: shapely.Geometry


@dataclass(frozen=True)
class Plan:
    """An urban-planning document and what makes it valid: approval by an act with number and date, its term."""

    uid: str
    name: str
    kind: PlanKind
    status: str                            # PlanStatus
    act_number: str | None
    act_date: date | None
    valid_until: date | None
    geometry: shapely.Geometry

    def defect(self, on: date) -> Text | None:
        """Why the plan cannot be relied on on `on`, or None when it is valid."""
        if self.status != "APPROVED":
            return text(tr("{plan} is {status}"), plan=self.name, status=label(self.status))
        if not self.act_number or self.act_date is None:
            return text(tr("{plan} has no approval act number and date"), plan=self.name)
        if self.valid_until is not None and self.valid_until < on:
            return text(tr("{plan}'s term ended on {until}"), plan=self.name, until=self.valid_until)
        return None


@dataclass(frozen=True)
class Zone:
    label: str                             # "Ж1-04 (General plan of Kenaryk)"
    geometry: shapely.Geometry
    permitted: frozenset[str]
    plan_uid: str = ""


@dataclass(frozen=True)
class ProtectedWater:
    """A water body whose water-protection zone is set, with the zone's width from its act (None: not recorded)."""

    name: str
    shore: shapely.Geometry
    zone_width_m: float | None
    act: str | None


@dataclass
class World:
    """The district as the checks see it, built once for a batch of applications."""

    srid: int
    district: shapely.Geometry
    settlements: Sequence[Settlement]
    occupied: NDArray[np.object_]           # registered, reserved and seized parcels
    occupied_ids: Sequence[int]
    occupied_numbers: Sequence[str]
    plans: Sequence[Plan]
    zones: Sequence[Zone]                   # zones of approved plans (their plan's validity is checked too)
    red_lines: shapely.Geometry
    unprotected_shore: shapely.Geometry
    protected_waters: Sequence[ProtectedWater]
    size_norms: Sequence[SizeNorm]
    plan_rules: PlanRules
    water_rules: WaterRules = field(default_factory=WaterRules)
    applicant_rules: ApplicantRules = field(default_factory=ApplicantRules)
    on: date = field(default_factory=date.today)    # the day checked: plans past their term no longer count
    _occupied_tree: shapely.STRtree = field(init=False, repr=False)
    _zone_tree: shapely.STRtree = field(init=False, repr=False)
    _area_of_use: tuple[float, float, float, float] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._occupied_tree = shapely.STRtree(self.occupied)
        self._zone_tree = shapely.STRtree([z.geometry for z in self.zones])
        shapely.prepare(self.district)
        area = CRS.from_epsg(self.srid).area_of_use
        self._area_of_use = None if area is None else (area.west, area.south, area.east, area.north)


def run_checks(request: Request, world: World, competitors: Sequence[Competitor] = ()) -> list[CheckResult]:
    """Every check on one request; `competitors` are the pending applications received before it and the granted
    ones for land it may share."""
    return [*_spatial_checks(request, world, competitors), _age(request, world), _citizenship(request, world),
            _free_once(request), _queue(request)]


def _spatial_checks(request: Request, world: World, competitors: Sequence[Competitor]) -> list[CheckResult]:
    plot = request.plot
    if plot is None or plot.is_empty:
        return [CheckResult(Check.GEOMETRY, Outcome.FAIL, text(tr("The application has no plot geometry to check."))),
                *_skipped(Check.GEOMETRY)]
    if not shapely.is_valid(plot):
        reason = shapely.is_valid_reason(plot)
        where = _reason_point(reason)
        return [CheckResult(Check.GEOMETRY, Outcome.FAIL,
                            text(tr("The plot outline is not a valid polygon: {reason}; ask for a corrected survey."),
                                 reason=reason),
                            where or plot), *_skipped(Check.GEOMETRY)]
    results = [CheckResult(Check.GEOMETRY, Outcome.PASS, text(tr("The plot outline is a valid polygon.")))]
    coordinates = check_coordinates(plot, world)
    results.append(coordinates)
    if coordinates.outcome == Outcome.FAIL:
        return results + _skipped(Check.COORDINATES)
    results += [_settlement(request, plot, world), _overlap(request, plot, world),
                *_plan_and_zone(request, plot, world), _red_lines(plot, world), _size(request, plot, world),
                _water(plot, world), _competing(plot, competitors), _water_protection(plot, world)]
    return results


def failed(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.outcome == Outcome.FAIL]


def _skipped(after: Check) -> list[CheckResult]:
    checks = [c for c in Check if c not in APPLICANT_CHECKS]
    return [CheckResult(c, Outcome.SKIPPED, text(tr("Not run: the {check} check failed first."), check=label(after)))
            for c in checks[checks.index(after) + 1:]]


def _reason_point(reason: str) -> shapely.Geometry | None:
    if "[" not in reason:
        return None
    try:
        x, y = (float(v) for v in reason[reason.index("[") + 1:reason.index("]")].split())
    except ValueError:
        return None
    return shapely.Point(x, y)


def check_coordinates(plot: shapely.Geometry, world: World) -> CheckResult:
    """Inside the district; if not, say what went wrong: swapped axes, degrees as metres, another zone."""
    if world.district.covers(plot):
        area = world._area_of_use
        west, south, east, north = _transformer(world.srid, 4326).transform_bounds(*plot.bounds)
        if area is not None and not (area[0] <= west and area[1] <= south and east <= area[2] and north <= area[3]):
            return CheckResult(Check.COORDINATES, Outcome.WARN,
                               text(tr("The plot lies inside the district but outside the area of use of EPSG:{srid} "
                                       "({west:.4f}–{east:.4f}° E): check the district's CRS."),
                                    srid=str(world.srid), west=west, east=east), plot)
        return CheckResult(Check.COORDINATES, Outcome.PASS, text(tr("The plot lies inside the district.")))
    x0, y0, x1, y1 = plot.bounds
    distance_km = shapely.distance(plot, world.district) / 1000
    if max(abs(x0), abs(x1)) <= 180 and max(abs(y0), abs(y1)) <= 90:
        cause = text(tr("its coordinates ({x:.5f}, {y:.5f}) look like longitude and latitude in degrees stored as "
                        "metres; the survey must be in the district's CRS"), x=x0, y=y0)
    elif world.district.covers(shapely.transform(plot, lambda xy: xy[:, ::-1])):
        cause = text(tr("its X and Y are swapped (X {x:,.0f} looks like a northing); swapped back it lies inside "
                        "the district"), x=x0)
    else:
        other = _other_crs(plot, world)
        cause = (text(tr("it was surveyed in {other} but stored as EPSG:{srid}"), other=other, srid=str(world.srid))
                 if other else text(tr("it lies {distance:,.1f} km from the district and no usual CRS mix-up "
                                       "explains it"), distance=distance_km))
    return CheckResult(Check.COORDINATES, Outcome.FAIL,
                       text(tr("The plot is outside the district: {cause}."), cause=cause), plot)


# UTM 38N–45N and Pulkovo 1942 Gauss–Krüger zones 8–15 cover Kazakhstan (DOMAIN.md §5).
_CANDIDATE_CRS = (*range(32638, 32646), *range(28408, 28416))


def _other_crs(plot: shapely.Geometry, world: World) -> str | None:
    centre = shapely.get_coordinates(plot.centroid)[0]
    for epsg in _CANDIDATE_CRS:
        if epsg == world.srid:
            continue
        for swap in (False, True):
            x, y = (centre[1], centre[0]) if swap else (centre[0], centre[1])
            tx, ty = _transformer(epsg, world.srid).transform(x, y)
            if np.isfinite(tx) and world.district.covers(shapely.Point(tx, ty)):
                name = CRS.from_epsg(epsg).name
                return f"EPSG:{epsg} ({name}{', N/E' if swap else ''})"
    return None


@lru_cache(maxsize=64)
def _transformer(source: int, target: int) -> Transformer:
    return Transformer.from_crs(source, target, always_xy=True)


def _settlement(request: Request, plot: shapely.Geometry, world: World) -> CheckResult:
    if request.track not in SETTLEMENT_TRACKS:
        return CheckResult(Check.SETTLEMENT, Outcome.PASS, text(tr("Track {track} does not require settlement land."),
                                                                        track=str(request.track)))
    settlement = _settlement_of(plot, world)
    best = settlement.geometry if settlement is not None else None
    if best is not None and best.covers(plot):
        return CheckResult(Check.SETTLEMENT, Outcome.PASS, text(tr("The plot lies inside the settlement boundary.")))
    outside = shapely.difference(plot, best) if best is not None else plot
    return CheckResult(Check.SETTLEMENT, Outcome.FAIL,
                       text(tr("{outside:,.0f} m² of the {area:,.0f} m² plot lie outside the settlement boundary, "
                               "which track {track} requires."), outside=outside.area, area=plot.area,
                            track=str(request.track)), outside)


def _settlement_of(plot: shapely.Geometry, world: World) -> Settlement | None:
    """The settlement holding most of the plot, or None when it lies in none."""
    shares = [(shapely.area(shapely.intersection(plot, s.geometry)), k) for k, s in enumerate(world.settlements)]
    area, index = max(shares, default=(0.0, -1))
    return world.settlements[index] if area > 0 else None


def overlapping(plot: shapely.Geometry, tree: shapely.STRtree, *,
                skip: Callable[[int], bool] = lambda _index: False) -> list[tuple[int, shapely.Geometry]]:
    """(index in the tree, shared area) of each geometry `plot` overlaps by more than OVERLAP_M2, the tolerance
    for shared edges surveyed twice. The pre-checks and the import ask the same question this way."""
    hits = []
    for index in tree.query(plot, predicate="intersects"):
        if skip(int(index)):
            continue
        shared = shapely.intersection(plot, tree.geometries[index])
        if shared.area > OVERLAP_M2:
            hits.append((int(index), shared))
    return hits


def _overlap(request: Request, plot: shapely.Geometry, world: World) -> CheckResult:
    hits = [(world.occupied_numbers[index], shared) for index, shared in overlapping(
        plot, world._occupied_tree, skip=lambda index: world.occupied_ids[index] == request.parcel_id)]
    if not hits:
        return CheckResult(Check.OVERLAP, Outcome.PASS, text(tr("The plot does not overlap any registered parcel.")))
    total = sum(g.area for _n, g in hits)
    names = [text("{number} ({area:,.1f} m²)", number=n, area=g.area) for n, g in hits[:5]]
    return CheckResult(Check.OVERLAP, Outcome.FAIL,
                       text(tr("The plot overlaps {count} registered parcel(s) by {total:,.1f} m² in all: {names}."),
                            count=len(hits), total=total, names=joined(names, more=len(hits) > 5)),
                       shapely.union_all([g for _n, g in hits]))


def _plan_and_zone(request: Request, plot: shapely.Geometry, world: World) -> list[CheckResult]:
    if request.purpose not in CONSTRUCTION_PURPOSES:
        return [CheckResult(Check.PLAN, Outcome.PASS, text(tr("{purpose} is not construction: no plan needed."),
                                                                    purpose=label(request.purpose))),
                CheckResult(Check.ZONE, Outcome.PASS, text(tr("No zoning applies to this purpose.")))]
    plan = _plan_coverage(request, plot, world)
    if plan.outcome == Outcome.FAIL:
        return [plan, CheckResult(Check.ZONE, Outcome.SKIPPED, text(tr("Not run: no valid plan covers the plot.")))]
    valid = {p.uid for p in world.plans if p.defect(world.on) is None}
    covering = []
    for index in world._zone_tree.query(plot, predicate="intersects"):
        zone = world.zones[int(index)]
        area = shapely.intersection(plot, zone.geometry).area
        if area > OVERLAP_M2 and zone.plan_uid in valid:
            covering.append((area, int(index)))
    if not covering:
        return [plan, CheckResult(Check.ZONE, Outcome.FAIL,
                                  text(tr("The valid plans covering the plot set no functional zone on it.")), plot)]
    area, index = max(covering)
    zone = world.zones[index]
    share = area / plot.area
    if request.purpose in zone.permitted:
        return [plan, CheckResult(Check.ZONE, Outcome.PASS,
                                  text(tr("Zone {zone}, covering {share:.0%} of the plot, permits {purpose}."),
                                       zone=zone.label, share=share, purpose=label(request.purpose)))]
    permitted = joined([label(p) for p in sorted(zone.permitted)]) if zone.permitted else text(tr("nothing"))
    return [plan, CheckResult(Check.ZONE, Outcome.FAIL,
                              text(tr("Zone {zone}, covering {share:.0%} of the plot, permits {permitted}, "
                                      "not {purpose}."), zone=zone.label, share=share, permitted=permitted,
                                   purpose=label(request.purpose)), zone.geometry)]


def _plan_coverage(request: Request, plot: shapely.Geometry, world: World) -> CheckResult:
    """The plans the settlement needs for construction (Art. 44-1 p.8; Art. 44-2 p.3), each valid and covering
    the plot; outside settlements any valid plan covering it."""
    covering = [p for p in world.plans if shapely.intersection(plot, p.geometry).area > OVERLAP_M2]
    settlement = _settlement_of(plot, world)
    if settlement is None:
        sets: tuple[frozenset[PlanKind], ...] = tuple(frozenset({p.kind}) for p in covering) or (frozenset(),)
        where, article = text(tr("Outside settlements")), ""
    else:
        requirement = world.plan_rules.requirement(settlement.population, settlement.kind)
        sets, article = requirement.any_of, requirement.article
        where = (text(tr("{settlement} ({population:,} people)"), settlement=settlement.name,
                      population=settlement.population) if settlement.population is not None
                 else text(tr("{settlement} (population not recorded)"), settlement=settlement.name))
    defects: list[Text] = []
    for kinds in sets:
        chosen = []
        for kind in sorted(kinds):
            of_kind = [p for p in covering if p.kind == kind]
            valid = [p for p in of_kind if p.defect(world.on) is None]
            if valid:
                chosen.append(valid[0])
            else:
                defects += [d for p in of_kind if (d := p.defect(world.on)) is not None]
        if kinds and len(chosen) == len(kinds):
            names = joined([text(tr("{plan} ({kind}, act {act} of {day})"), plan=p.name, kind=label(p.kind),
                                 act=p.act_number or "", day=p.act_date) for p in chosen])
            return CheckResult(Check.PLAN, Outcome.PASS, text(tr("{where}: valid approved {plans} cover the plot."),
                                                              where=where, plans=names))
    needed = _either([_both([label(k) for k in sorted(kinds)]) for kinds in sets if kinds]) if any(sets) \
        else text(tr("approved general plan or DPP"))
    found = joined(defects) if defects else text(tr("none covers the plot"))
    cited = text(" ({article})", article=Article(article)) if article else text("")
    return CheckResult(Check.PLAN, Outcome.FAIL,
                       text(tr("{where} needs, for {purpose}, a valid {needed}{cited}: {found}."), where=where,
                            purpose=label(request.purpose), needed=needed, cited=cited, found=found), plot)


def _both(items: list[Text]) -> Text:
    joined_up = items[0]
    for item in items[1:]:
        joined_up = text(tr("{first} and {second}"), first=joined_up, second=item)
    return joined_up


def _either(items: list[Text]) -> Text:
    joined_up = items[0]
    for item in items[1:]:
        joined_up = text(tr("{first} or {second}"), first=joined_up, second=item)
    return joined_up


def _red_lines(plot: shapely.Geometry, world: World) -> CheckResult:
    inside = shapely.intersection(world.red_lines, shapely.buffer(plot, -RED_LINE_INSET_M))
    if inside.length <= RED_LINE_MIN_M:
        return CheckResult(Check.RED_LINES, Outcome.PASS, text(tr("No red line crosses the plot.")))
    return CheckResult(Check.RED_LINES, Outcome.FAIL,
                       text(tr("{length:,.1f} m of red line run inside the plot: it takes street or common-use land."),
                            length=inside.length),
                       inside)


def _size(request: Request, plot: shapely.Geometry, world: World) -> CheckResult:
    if not request.free_grant:
        return CheckResult(Check.SIZE, Outcome.PASS,
                           text(tr("Not a free grant: the Art. 50 p.2 size norms apply only to free grants.")))
    norm = size_norm_for(world.size_norms, request.purpose, irrigated=request.irrigated)
    if norm is None:
        return CheckResult(Check.SIZE, Outcome.PASS, text(tr("No size norm is set for {purpose}."),
                                                                      purpose=label(request.purpose)))
    land = (text(tr("irrigated ")) if norm.irrigated else text(tr("dry "))) if norm.irrigated is not None \
        else text("")
    if plot.area <= norm.m2 + SIZE_SLACK_M2:
        return CheckResult(Check.SIZE, Outcome.PASS,
                           text(tr("{area:,.0f} m² is within the {norm:g} ha norm for {land}{purpose} ({article})."),
                                area=plot.area, norm=norm.m2 / 10000, land=land, purpose=label(request.purpose),
                                article=Article(norm.article)))
    return CheckResult(Check.SIZE, Outcome.FAIL,
                       text(tr("{area:,.0f} m² exceeds the {norm:g} ha norm for {land}{purpose} ({article}) by "
                               "{excess:,.0f} m²."), area=plot.area, norm=norm.m2 / 10000, land=land,
                            purpose=label(request.purpose), article=Article(norm.article),
                            excess=plot.area - norm.m2), plot)


def _water(plot: shapely.Geometry, world: World) -> CheckResult:
    limit = world.water_rules.unprotected_m
    if world.unprotected_shore.is_empty:
        return CheckResult(Check.WATER, Outcome.PASS, text(tr("Every water body near by has its protection zone set.")))
    distance = shapely.distance(plot, world.unprotected_shore)
    if distance >= limit:
        return CheckResult(Check.WATER, Outcome.PASS,
                           text(tr("The nearest shore without a protection zone is {distance:,.0f} m away."),
                                distance=distance))
    return CheckResult(Check.WATER, Outcome.FAIL,
                       text(tr("The plot is {distance:,.0f} m from a shore whose water-protection zone is not set "
                               "(no grants within {limit:,.0f} m until it is)."), distance=distance, limit=limit),
                       shapely.shortest_line(plot, world.unprotected_shore))


def _water_protection(plot: shapely.Geometry, world: World) -> CheckResult:
    """Where a zone is set: inside its strip the land cannot be granted; inside the zone its regime applies."""
    rules = world.water_rules
    near = sorted(((shapely.distance(plot, w.shore), k) for k, w in enumerate(world.protected_waters)),
                  key=lambda d: d[0])
    for distance, index in near:
        water = world.protected_waters[index]
        if distance < rules.strip_m:
            return CheckResult(Check.WATER_PROTECTION, Outcome.FAIL,
                               text(tr("The plot is {distance:,.0f} m from {water}, inside its water-protection strip "
                                       "({strip:,.0f} m; {article}), where building and gardening are banned."),
                                    distance=distance, water=water.name, strip=rules.strip_m,
                                    article=Article(rules.strip_article)),
                               shapely.shortest_line(plot, water.shore))
        width = water.zone_width_m if water.zone_width_m is not None else rules.zone_m
        if distance < width:
            act = water.act or text(tr("act not recorded"))
            assumed = text("") if water.zone_width_m is not None else text(tr(", the width taken as the least"))
            return CheckResult(Check.WATER_PROTECTION, Outcome.WARN,
                               text(tr("The plot is {distance:,.0f} m from {water}, inside its {width:,.0f} m "
                                       "water-protection zone ({act}{assumed}): its regime applies and building needs "
                                       "the basin water inspection's approval ({article})."),
                                    distance=distance, water=water.name, width=width, act=act, assumed=assumed,
                                    article=Article(rules.zone_article)),
                               shapely.shortest_line(plot, water.shore))
    return CheckResult(Check.WATER_PROTECTION, Outcome.PASS,
                       text(tr("The plot lies outside every set water-protection zone.")))


def _competing(plot: shapely.Geometry, competitors: Sequence[Competitor]) -> CheckResult:
    """Applications are taken in order of receipt: a granted one has taken the land (R-OCCUPIED); an earlier
    pending one comes first, and this one waits for its decision."""
    clashes = [(c, shapely.intersection(plot, c.plot)) for c in competitors if shapely.intersects(plot, c.plot)]
    clashes = [(c, g) for c, g in clashes if g.area > OVERLAP_M2]
    granted = [(c, g) for c, g in clashes if c.granted]
    if granted:
        names = joined([text("{number} ({area:,.0f} m²)", number=c.number, area=g.area) for c, g in granted])
        return CheckResult(Check.COMPETING, Outcome.FAIL,
                           text(tr("The land was granted on earlier application(s) {names}: it is occupied."),
                                names=names),
                           shapely.union_all([g for _c, g in granted]))
    if not clashes:
        return CheckResult(Check.COMPETING, Outcome.PASS,
                           text(tr("No earlier pending application asks for this land.")))
    names = joined([text("{number} ({area:,.0f} m²)", number=c.number, area=g.area) for c, g in clashes])
    return CheckResult(Check.COMPETING, Outcome.WARN,
                       text(tr("Waits behind earlier pending application(s) {names} for the same land: they are "
                               "decided first in order of receipt, and this one fails only if they are granted."),
                            names=names),
                       shapely.union_all([g for _c, g in clashes]))


def _age(request: Request, world: World) -> CheckResult:
    """Rights go to adults only (Art. 43 p.12), counted from the IIN's birth date on the day of receipt."""
    iin = request.applicant_iin
    if not iin or not is_valid_iin_bin(iin) or not is_individual(iin):
        return CheckResult(Check.AGE, Outcome.PASS, text(tr("The applicant is not a person with an IIN: no age "
                                                            "to check.")))
    rules = world.applicant_rules
    born = birth_date(iin)
    on = request.received or world.on
    years = age_on(born, on)
    if years >= rules.majority_age:
        return CheckResult(Check.AGE, Outcome.PASS,
                           text(tr("The applicant, born {born} (IIN), was {years} on {on}."), born=born,
                                years=years, on=on))
    return CheckResult(Check.AGE, Outcome.FAIL,
                       text(tr("The applicant, born {born} (IIN), was {years} on {on}, under {majority} ({article}): "
                               "rights go only to adults, except by inheritance."), born=born,
                            years=years, on=on, majority=rules.majority_age,
                            article=Article(rules.majority_article)))


def _citizenship(request: Request, world: World) -> CheckResult:
    """Rights reserved to citizens of Kazakhstan; a rule not yet verified in the law only warns."""
    if request.applicant_citizen:
        return CheckResult(Check.CITIZENSHIP, Outcome.PASS,
                           text(tr("The applicant is a citizen of Kazakhstan.")))
    rules = [r for r in world.applicant_rules.citizen_only
             if r.applies(free_grant=request.free_grant, purpose=str(request.purpose), right=request.right)]
    for rule in sorted(rules, key=lambda r: not r.verified):
        what = (text(tr("a free grant")) if rule.free_grant
                else text(tr("{right} of land for {purpose}"), right=label(request.right or ""),
                          purpose=label(request.purpose)))
        if rule.verified:
            return CheckResult(Check.CITIZENSHIP, Outcome.FAIL,
                               text(tr("The applicant is not a citizen of Kazakhstan, and {what} is for citizens only "
                                       "({article})."), what=what, article=Article(rule.article)))
        return CheckResult(Check.CITIZENSHIP, Outcome.WARN,
                           text(tr("The applicant is not a citizen of Kazakhstan: {what} may be for citizens only "
                                   "({article}, not yet verified); check before deciding."), what=what,
                                article=Article(rule.article)))
    return CheckResult(Check.CITIZENSHIP, Outcome.PASS,
                       text(tr("The applicant is not a citizen of Kazakhstan; nothing asked for is reserved to "
                               "citizens.")))


def _free_once(request: Request) -> CheckResult:
    """Art. 50 p.2: a plot is granted free once in a lifetime. The applicant's own declaration and the registry's
    check across every district (made at sync, since a cache holds one district) decide it."""
    if not request.free_grant:
        return CheckResult(Check.FREE_ONCE, Outcome.PASS, text(tr("Not a free grant: the once-in-a-lifetime rule "
                                                                   "does not apply.")))
    if request.has_other_plot:
        return CheckResult(Check.FREE_ONCE, Outcome.FAIL,
                           text(tr("The applicant declared a plot granted free before ({article}): a free grant is "
                                   "made once in a lifetime."), article=Article("Art. 50 p.2")))
    if request.free_grant_check == "FAILED":
        return CheckResult(Check.FREE_ONCE, Outcome.FAIL,
                           text(tr("The registry found an earlier free grant to this IIN: application {note}."),
                                note=request.free_grant_note or "—"))
    if request.free_grant_check == "CONFIRMED":
        return CheckResult(Check.FREE_ONCE, Outcome.PASS,
                           text(tr("The registry found no earlier free grant to this IIN in any district.")))
    return CheckResult(Check.FREE_ONCE, Outcome.WARN,
                       text(tr("To confirm at sync: only the registry sees earlier free grants in other districts "
                               "({article})."), article=Article("Art. 50 p.2")))


def _queue(request: Request) -> CheckResult:
    """Art. 44 p.6: a plot for individual housing is granted free only from the IZhS special register."""
    if request.purpose != Purpose.IZHS or not request.free_grant:
        return CheckResult(Check.QUEUE, Outcome.PASS, text(tr("Not a free IZhS grant: the queue does not apply.")))
    if request.queue_entered_on is not None or request.queue_number:
        return CheckResult(Check.QUEUE, Outcome.PASS,
                           text(tr("On the IZhS special register ({entry})."),
                                entry=request.queue_number or request.queue_entered_on))
    if request.track == ProcedureTrack.IZHS_QUEUE:
        return CheckResult(Check.QUEUE, Outcome.WARN,
                           text(tr("Not on the IZhS special register yet: its entry is the queue track's first "
                                   "step.")))
    return CheckResult(Check.QUEUE, Outcome.FAIL,
                       text(tr("A free IZhS plot is granted only to those on the special register ({article}); "
                               "this applicant is not on it."), article=Article("Art. 44 p.6")))
