"""Use cases behind the parcel inspector and Find: everything an officer asks about one parcel."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.cadastral_number import normalise_cadastral_number
from landdesk.domain.errors import InvalidCadastralNumber
from landdesk.domain.labels import label
from landdesk.domain.land import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    RIGHT_LABELS,
    STATUS_LABELS,
    EncumbranceKind,
    LandCategory,
    ParcelStatus,
    Purpose,
    RightType,
)
from landdesk.domain.text import Text, text, tr
from landdesk.storage import applications as application_store
from landdesk.storage import parcels as parcel_store
from landdesk.storage.features import read_features

if TYPE_CHECKING:
    from collections.abc import Mapping

    from landdesk.storage.connection import Cache

AREA_TOLERANCE = 0.01          # official and computed areas differing by more than 1 % are flagged
SHARED_EDGE_M = 0.1            # neighbours share at least this much boundary
ZONE_OVERLAP_M2 = 1.0


@dataclass(frozen=True)
class BoundaryPoint:
    number: int
    x: float
    y: float
    side_m: float              # to the next point of the same ring
    ring: int                  # 0 = outer boundary of part 1; holes and other parts follow


@dataclass(frozen=True)
class Neighbour:
    fid: int
    cadastral_number: str
    status: str
    shared_m: float


@dataclass(frozen=True)
class ZoneInfo:
    code: str
    name: str
    zone_type: str               # a ZoneType code, "" when the zone has none
    permitted: tuple[str, ...]   # Purpose codes
    plan: str
    plan_kind: str
    plan_status: str
    share: float               # of the parcel's area


@dataclass(frozen=True)
class ParcelDetails:
    fid: int
    uid: str
    cadastral_number: str
    attributes: list[tuple[Text, Text | str]]   # (officer's term, value), in reading order; the UI renders them
    area_official_m2: float | None
    area_computed_m2: float
    area_difference: float | None              # relative; None without an official area
    points: list[BoundaryPoint]
    neighbours: list[Neighbour]
    zones: list[ZoneInfo]
    encumbrances: list[tuple[str, str, str]]   # (EncumbranceKind code, description, basis and term)
    applications: list[tuple[int, str, str, str]]   # (fid, number, status, applicant)
    geometry: shapely.Geometry

    @property
    def area_flagged(self) -> bool:
        return self.area_difference is not None and abs(self.area_difference) > AREA_TOLERANCE


def _label(labels: Mapping[Any, tuple[str, str]], value: object) -> Text:
    """The officer's term (translated in the UI; the Russian legal term is its ru translation)."""
    found = labels.get(value)
    return Text(found[0]) if found else Text(str(value or "—"))


def _area(m2: float) -> Text:
    return text(tr("{m2:,.1f} m² ({ha:.4f} ha)"), m2=m2, ha=m2 / 10000)


def parcel_details(cache: Cache, fid: int) -> ParcelDetails | None:
    row = parcel_store.parcel_row(cache, fid)
    if row is None:
        return None
    geometry = shapely.from_wkb(row["wkb"])
    official = row["area_official_m2"]
    computed = float(geometry.area)
    difference = (computed - float(official)) / float(official) if official else None
    term = row["right_term_years"]
    attributes: list[tuple[Text, Text | str]] = [
        (text(tr("Cadastral number")), str(row["cadastral_number"])),
        (text(tr("Status")), Text(STATUS_LABELS.get(ParcelStatus(str(row["status"])), str(row["status"])))),
        (text(tr("Land category")), _label(CATEGORY_LABELS, LandCategory(str(row["category"])))),
        (text(tr("Designated purpose")), _label(PURPOSE_LABELS, Purpose(str(row["purpose"])))),
        (text(tr("Purpose as registered")), str(row["purpose_text"] or "—")),
        (text(tr("Functional zone")), label(row["functional_zone"]) if row["functional_zone"] else "—"),
        (text(tr("Right")), _label(RIGHT_LABELS, RightType(str(row["right_type"])))),
        (text(tr("Term of right")), text(tr("{years} years"), years=int(term)) if term else "—"),
        (text(tr("Right holder")), str(row["right_holder"] or "—")),
        (text(tr("Holder's IIN/BIN")), str(row["holder_iin"] or "—")),
        (text(tr("Divisible")), text(tr("Yes")) if row["divisible"] else text(tr("No"))),
        (text(tr("Official area")), _area(float(official)) if official else "—"),
        (text(tr("Computed area")), _area(computed)),
        (text(tr("Address")), str(row["address"] or "—")),
        (text(tr("Registered on")), text("{d}", d=date.fromisoformat(str(row["registered_on"])))
         if row["registered_on"] else "—"),
        (text(tr("Quarter")), f"{row['region_code']}-{row['district_code']}-{row['quarter_code']}"),
    ]
    bbox = tuple(geometry.bounds)
    return ParcelDetails(
        fid=fid, uid=str(row["uid"]), cadastral_number=str(row["cadastral_number"]), attributes=attributes,
        area_official_m2=float(official) if official else None,
        area_computed_m2=computed, area_difference=difference, points=boundary_points(geometry),
        neighbours=_neighbours(cache, fid, geometry), zones=_zones(cache, geometry, bbox),
        encumbrances=[(str(EncumbranceKind(str(k))), str(d),
                       ", ".join(str(v) for v in (basis, start, end) if v))
                      for k, d, _who, basis, start, end in parcel_store.encumbrances_of(cache, str(row["uid"]))],
        applications=[(int(a[0]), str(a[1]), str(a[2]), str(a[3]))
                      for a in parcel_store.applications_touching(cache, str(row["uid"]), bbox)
                      if _touches(a[4], geometry) or a[4] is None],
        geometry=geometry)


def boundary_points(geometry: shapely.Geometry) -> list[BoundaryPoint]:
    """The catalogue of boundary points: each ring's vertices numbered on, with the side to the next one."""
    points: list[BoundaryPoint] = []
    rings = [ring for part in shapely.get_parts(geometry)
             for ring in (part.exterior, *part.interiors)]
    for ring_no, ring in enumerate(rings):
        coords = list(ring.coords)[:-1]
        for k, (x, y) in enumerate(coords):
            nx, ny = coords[(k + 1) % len(coords)]
            side = ((nx - x) ** 2 + (ny - y) ** 2) ** 0.5
            points.append(BoundaryPoint(len(points) + 1, x, y, side, ring_no))
    return points


def _touches(wkb: object, geometry: shapely.Geometry) -> bool:
    if wkb is None:
        return False
    other = shapely.from_wkb(wkb)
    return bool(shapely.intersection(other, geometry).area > ZONE_OVERLAP_M2)


def _neighbours(cache: Cache, fid: int, geometry: shapely.Geometry) -> list[Neighbour]:
    x0, y0, x1, y1 = geometry.bounds
    margin = 0.5
    near = read_features(cache, "parcels", bbox=(x0 - margin, y0 - margin, x1 + margin, y1 + margin),
                         columns=("fid", "cadastral_number", "status"))
    edges = shapely.buffer(shapely.boundary(near.geometries), 0.01)
    shared = shapely.length(shapely.intersection(geometry.boundary, edges))
    found = [Neighbour(int(str(other)), str(number), str(status), float(length))
             for other, number, status, length in zip(near.columns["fid"], near.columns["cadastral_number"],
                                                      near.columns["status"], shared, strict=True)
             if other != fid and length >= SHARED_EDGE_M]
    return sorted(found, key=lambda n: -n.shared_m)


def _zones(cache: Cache, geometry: shapely.Geometry, bbox: tuple[float, float, float, float]) -> list[ZoneInfo]:
    zones = []
    for code, name, zone_type, permitted, plan, kind, status, wkb in parcel_store.zones_in_bbox(cache, bbox):
        overlap = shapely.intersection(shapely.from_wkb(wkb), geometry).area
        if overlap <= ZONE_OVERLAP_M2:
            continue
        purposes = tuple(str(p) for p in json.loads(str(permitted)))
        zones.append(ZoneInfo(str(code or "—"), str(name or ""), str(zone_type or ""), purposes,
                              str(plan), str(kind), str(status), overlap / geometry.area))
    return sorted(zones, key=lambda z: -z.share)


@dataclass(frozen=True)
class Found:
    kind: str                  # "parcel" or "application"
    fid: int
    label: Text
    parcel_fid: int | None     # an application's target parcel, when it has one
    geometry: shapely.Geometry | None


def find(cache: Cache, text: str) -> Found | None:
    """A parcel by cadastral number (any of `-`, `:`, spaces or bare digits) or an application by number."""
    cleaned = text.strip()
    if not cleaned:
        return None
    application = application_store.application_by_number(cache, cleaned)
    if application is not None:
        fid, wkb, parcel_uid = application
        parcel_fid = application_store.parcel_fid_by_uid(cache, parcel_uid) if parcel_uid else None
        geometry = shapely.from_wkb(wkb) if wkb else None
        if geometry is None and parcel_fid is not None:
            row = parcel_store.parcel_row(cache, parcel_fid)
            geometry = shapely.from_wkb(row["wkb"]) if row else None
        return Found("application", fid, Text(tr("application {number}"), (("number", cleaned),)), parcel_fid, geometry)
    try:
        number = normalise_cadastral_number(cleaned)
    except InvalidCadastralNumber:
        return None
    parcel = parcel_store.parcel_fid_by_number(cache, number)
    if parcel is None:
        return None
    row = parcel_store.parcel_row(cache, parcel)
    geometry = shapely.from_wkb(row["wkb"]) if row else None
    return Found("parcel", parcel, Text(tr("parcel {number}"), (("number", number),)), parcel, geometry)


def find_candidates(cache: Cache) -> list[str]:
    """What Find completes: every cadastral number and application number."""
    return parcel_store.cadastral_numbers(cache) + application_store.application_numbers(cache)



@dataclass(frozen=True)
class Adjacency:
    """A run of the boundary, from one point to another, along one neighbour (None: unallocated or common land)."""

    from_point: int
    to_point: int
    cadastral_number: str | None
    holder: str | None
    status: str | None


ADJACENT_M = 0.05       # a side belongs to a neighbour whose boundary passes this close to its middle


def adjacency(cache: Cache, fid: int, geometry: shapely.Geometry) -> list[Adjacency]:
    """The adjacent owners and land users along the boundary (смежества), as in a land-cadastral plan: runs of
    sides, by boundary point numbers, each along one neighbour."""
    x0, y0, x1, y1 = geometry.bounds
    near = read_features(cache, "parcels", bbox=(x0 - 1, y0 - 1, x1 + 1, y1 + 1),
                         columns=("fid", "cadastral_number", "right_holder", "status"))
    others = [k for k, other in enumerate(near.columns["fid"]) if int(str(other)) != fid]
    tree = shapely.STRtree(shapely.boundary(near.geometries[others]))
    points = boundary_points(geometry)
    runs: list[Adjacency] = []
    for ring in sorted({p.ring for p in points}):
        ring_points = [p for p in points if p.ring == ring]
        ring_runs: list[Adjacency] = []
        for k, point in enumerate(ring_points):
            following = ring_points[(k + 1) % len(ring_points)]
            middle = shapely.Point((point.x + following.x) / 2, (point.y + following.y) / 2)
            hits = tree.query(middle, predicate="dwithin", distance=ADJACENT_M)
            if len(hits):
                index = others[int(hits[0])]
                number, holder, status = (near.columns[c][index] for c in ("cadastral_number", "right_holder",
                                                                            "status"))
                side = Adjacency(point.number, following.number, str(number), str(holder) if holder else None,
                                 str(status))
            else:
                side = Adjacency(point.number, following.number, None, None, None)
            previous = ring_runs[-1] if ring_runs else None
            if previous is not None and previous.cadastral_number == side.cadastral_number:
                ring_runs[-1] = Adjacency(previous.from_point, side.to_point, side.cadastral_number, side.holder,
                                          side.status)
            else:
                ring_runs.append(side)
        if len(ring_runs) > 1 and ring_runs[0].cadastral_number == ring_runs[-1].cadastral_number:
            last = ring_runs.pop()          # the run across the ring's first point is one run
            ring_runs[0] = Adjacency(last.from_point, ring_runs[0].to_point, last.cadastral_number, last.holder,
                                     last.status)
        runs.extend(ring_runs)
    return runs


def zones_of(cache: Cache, geometry: shapely.Geometry) -> list[ZoneInfo]:
    """The plan zones a geometry lies in, the one covering most of it first."""
    return _zones(cache, geometry, tuple(geometry.bounds))
