"""Automatic spatial pre-checks of a requested plot (pure: shapely and pyproj, no SQL, no Qt).

Each check gives pass, fail or warning, one sentence naming the numbers, the refusal ground it points to
(DOMAIN.md §3.5) and a geometry to highlight. Tolerances follow the survey reality of shared edges:
red line counts only more than 0.1 m inside a plot, overlaps only above 1 m².
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import shapely
from pyproj import CRS, Transformer

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.labels import label
from landdesk.domain.land import CONSTRUCTION_PURPOSES, Purpose
from landdesk.domain.text import Text, joined, text, tr

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from numpy.typing import NDArray

OVERLAP_M2 = 1.0                # shared edges surveyed twice overlap by slivers; above this it is real
RED_LINE_INSET_M = 0.1          # a plot may touch a red line along its edge
RED_LINE_MIN_M = 0.01
SHORE_M = 500.0                 # Art. 44 p.8: no grants within 500 m of a shore without protection zones
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


GROUNDS: dict[Check, str] = {
    Check.GEOMETRY: "R-DOC-FALSE", Check.COORDINATES: "R-DOC-FALSE", Check.SETTLEMENT: "R-ZONING",
    Check.OVERLAP: "R-OCCUPIED", Check.PLAN: "R-NO-PLAN", Check.ZONE: "R-ZONING", Check.RED_LINES: "R-NOT-PRIVATE",
    Check.SIZE: "R-OVERSIZE", Check.WATER: "R-WATER-500M", Check.COMPETING: "R-OCCUPIED",
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


@dataclass(frozen=True)
class Zone:
    label: str                             # "Ж1-04 (General plan of Kenaryk)"
    geometry: shapely.Geometry
    permitted: frozenset[str]


@dataclass
class World:
    """The district as the checks see it, built once for a batch of applications."""

    srid: int
    district: shapely.Geometry
    settlements: Sequence[shapely.Geometry]
    occupied: NDArray[np.object_]           # registered, reserved and seized parcels
    occupied_ids: Sequence[int]
    occupied_numbers: Sequence[str]
    zones: Sequence[Zone]                   # zones of approved plans only
    red_lines: shapely.Geometry
    unprotected_shore: shapely.Geometry
    size_norms: Mapping[Purpose, float]
    _occupied_tree: shapely.STRtree = field(init=False, repr=False)
    _zone_tree: shapely.STRtree = field(init=False, repr=False)
    _area_of_use: tuple[float, float, float, float] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._occupied_tree = shapely.STRtree(self.occupied)
        self._zone_tree = shapely.STRtree([z.geometry for z in self.zones])
        shapely.prepare(self.district)
        area = CRS.from_epsg(self.srid).area_of_use
        self._area_of_use = None if area is None else (area.west, area.south, area.east, area.north)


def run_checks(request: Request, world: World, earlier: Sequence[tuple[str, shapely.Geometry]] = ()
               ) -> list[CheckResult]:
    """Every check on one request; `earlier` are (number, plot) of pending applications received before it."""
    plot = request.plot
    if plot is None or plot.is_empty:
        return [CheckResult(Check.GEOMETRY, Outcome.FAIL, text(tr("The application has no plot geometry to check.")))]
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
                _water(plot, world), _competing(plot, earlier)]
    return results


def failed(results: Sequence[CheckResult]) -> list[CheckResult]:
    return [r for r in results if r.outcome == Outcome.FAIL]


def _skipped(after: Check) -> list[CheckResult]:
    checks = list(Check)
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
    best = max(world.settlements, key=lambda s: shapely.area(shapely.intersection(plot, s)), default=None)
    if best is not None and best.covers(plot):
        return CheckResult(Check.SETTLEMENT, Outcome.PASS, text(tr("The plot lies inside the settlement boundary.")))
    outside = shapely.difference(plot, best) if best is not None else plot
    return CheckResult(Check.SETTLEMENT, Outcome.FAIL,
                       text(tr("{outside:,.0f} m² of the {area:,.0f} m² plot lie outside the settlement boundary, "
                               "which track {track} requires."), outside=outside.area, area=plot.area,
                            track=str(request.track)), outside)


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
    covering = []
    for index in world._zone_tree.query(plot, predicate="intersects"):
        area = shapely.intersection(plot, world.zones[index].geometry).area
        if area > OVERLAP_M2:
            covering.append((area, int(index)))
    if not covering:
        return [CheckResult(Check.PLAN, Outcome.FAIL,
                            text(tr("No approved general plan or DPP covers the plot, and {purpose} is construction."),
                                 purpose=label(request.purpose)),
                            plot),
                CheckResult(Check.ZONE, Outcome.SKIPPED, text(tr("Not run: no approved plan covers the plot.")))]
    area, index = max(covering)
    zone = world.zones[index]
    share = area / plot.area
    plan = CheckResult(Check.PLAN, Outcome.PASS, text(tr("Approved zone {zone} covers {share:.0%} of the plot."),
                                                                   zone=zone.label, share=share))
    if request.purpose in zone.permitted:
        return [plan, CheckResult(Check.ZONE, Outcome.PASS, text(tr("Zone {zone} permits {purpose}."),
                                                                           zone=zone.label,
                                                                           purpose=label(request.purpose)))]
    permitted = joined([label(p) for p in sorted(zone.permitted)]) if zone.permitted else text(tr("nothing"))
    return [plan, CheckResult(Check.ZONE, Outcome.FAIL,
                              text(tr("Zone {zone}, covering {share:.0%} of the plot, permits {permitted}, "
                                      "not {purpose}."), zone=zone.label, share=share, permitted=permitted,
                                   purpose=label(request.purpose)), zone.geometry)]


def _red_lines(plot: shapely.Geometry, world: World) -> CheckResult:
    inside = shapely.intersection(world.red_lines, shapely.buffer(plot, -RED_LINE_INSET_M))
    if inside.length <= RED_LINE_MIN_M:
        return CheckResult(Check.RED_LINES, Outcome.PASS, text(tr("No red line crosses the plot.")))
    return CheckResult(Check.RED_LINES, Outcome.FAIL,
                       text(tr("{length:,.1f} m of red line run inside the plot: it takes street or common-use land."),
                            length=inside.length),
                       inside)


def _size(request: Request, plot: shapely.Geometry, world: World) -> CheckResult:
    norm = world.size_norms.get(request.purpose)
    if norm is None:
        return CheckResult(Check.SIZE, Outcome.PASS, text(tr("No size norm is set for {purpose}."),
                                                                      purpose=label(request.purpose)))
    if plot.area <= norm + SIZE_SLACK_M2:
        return CheckResult(Check.SIZE, Outcome.PASS,
                           text(tr("{area:,.0f} m² is within the {norm:g} ha norm for {purpose}."), area=plot.area,
                                norm=norm / 10000, purpose=label(request.purpose)))
    return CheckResult(Check.SIZE, Outcome.FAIL,
                       text(tr("{area:,.0f} m² exceeds the {norm:g} ha norm for {purpose} by {excess:,.0f} m²."),
                            area=plot.area, norm=norm / 10000, purpose=label(request.purpose),
                            excess=plot.area - norm), plot)


def _water(plot: shapely.Geometry, world: World) -> CheckResult:
    if world.unprotected_shore.is_empty:
        return CheckResult(Check.WATER, Outcome.PASS, text(tr("Every water body near by has its protection zone set.")))
    distance = shapely.distance(plot, world.unprotected_shore)
    if distance >= SHORE_M:
        return CheckResult(Check.WATER, Outcome.PASS,
                           text(tr("The nearest shore without a protection zone is {distance:,.0f} m away."),
                                distance=distance))
    return CheckResult(Check.WATER, Outcome.FAIL,
                       text(tr("The plot is {distance:,.0f} m from a shore whose water-protection zone is not set "
                               "(no grants within {limit:,.0f} m until it is)."), distance=distance, limit=SHORE_M),
                       shapely.shortest_line(plot, world.unprotected_shore))


def _competing(plot: shapely.Geometry, earlier: Sequence[tuple[str, shapely.Geometry]]) -> CheckResult:
    clashes = [(n, shapely.intersection(plot, g)) for n, g in earlier if shapely.intersects(plot, g)]
    clashes = [(n, g) for n, g in clashes if g.area > OVERLAP_M2]
    if not clashes:
        return CheckResult(Check.COMPETING, Outcome.PASS,
                           text(tr("No earlier pending application asks for this land.")))
    names = joined([text("{number} ({area:,.0f} m²)", number=n, area=g.area) for n, g in clashes])
    return CheckResult(Check.COMPETING, Outcome.FAIL,
                       text(tr("Earlier pending application(s) ask for the same land: {names}; they come first."),
                            names=names),
                       shapely.union_all([g for _n, g in clashes]))
