"""Settlements, planning documents and their zones, red lines and water bodies of the demo district."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import shapely

from landdesk.demo import people
from landdesk.demo.layout import CELL_U, CELL_V, Layout, LotKind, Place, cell_box
from landdesk.domain.geometry import multipolygon_wkb
from landdesk.domain.planning import TYPICAL_PURPOSES, ZONE_TYPE_OF, PlanKind, PlanStatus, ZoneSubtype

ZONE_PREFIX = {
    ZoneSubtype.INDIVIDUAL_HOUSING: "Ж1", ZoneSubtype.MULTI_STOREY: "Ж2", ZoneSubtype.PUBLIC_BUSINESS: "ОД",
    ZoneSubtype.TRADE_SERVICES: "К", ZoneSubtype.INDUSTRIAL: "П", ZoneSubtype.COMMON_USE: "ОП",
    ZoneSubtype.RECREATION: "Р",
}


# Under 20 000 people, whatever the parcel count: its general plan (taken as combined with the DPP) is then the
# plan Art. 44-1 p.8 asks for construction anywhere in the town (resources/rules/plan_requirements.json).
TOWN_POPULATION = 19_400


@dataclass
class PlanRows:
    settlements: list[tuple[object, ...]] = field(default_factory=list)
    plans: list[tuple[object, ...]] = field(default_factory=list)
    zones: list[tuple[object, ...]] = field(default_factory=list)
    red_lines: list[tuple[object, ...]] = field(default_factory=list)
    water: list[tuple[object, ...]] = field(default_factory=list)
    town_uid: str = ""
    gp_uid: str = ""
    dpp_uid: str = ""


SETTLEMENT_COLUMNS = ("uid", "name", "kind", "population", "track", "boundary_act", "updated_at", "geom")
PLAN_COLUMNS = ("uid", "kind", "name", "status", "approval_act_number", "approval_act_date", "approved_by",
                "valid_until", "settlement_uid", "updated_at", "geom")
ZONE_COLUMNS = ("uid", "plan_uid", "zone_code", "name", "zone_type", "zone_subtype", "permitted_purposes",
                "updated_at", "geom")
RED_LINE_COLUMNS = ("uid", "plan_uid", "kind", "street", "updated_at", "geom")
WATER_COLUMNS = ("uid", "name", "kind", "protection_zone_set", "protection_zone_width_m", "protection_act",
                 "updated_at", "geom")


def _multi(layout: Layout, local: shapely.Geometry) -> bytes:
    return multipolygon_wkb(layout.to_map(local))


def make_plans(layout: Layout, rng: np.random.Generator, *, parcels: int, now: str) -> PlanRows:
    out = PlanRows()
    town_uid, village_uid, gp_uid, dpp_uid, scheme_uid, river_uid, lake_uid = people.uuids(rng, 7)
    out.town_uid, out.gp_uid, out.dpp_uid = town_uid, gp_uid, dpp_uid
    out.settlements = [
        (town_uid, "г. Кенарык", "TOWN", TOWN_POPULATION, "C",
         "Решение областного маслихата и акимата № 14/92 от 22.11.2019", now, _multi(layout, layout.town_boundary)),
        (village_uid, "с. Жанатурмыс", "VILLAGE", 2100, "B",
         "Решение районного маслихата и акимата № 7/41 от 15.03.2018", now, _multi(layout, layout.village_boundary)),
    ]
    out.plans = [
        (gp_uid, str(PlanKind.GENERAL_PLAN), "Генеральный план г. Кенарык", str(PlanStatus.APPROVED),
         "№ 21/187-VII", "2022-06-14", "Областной маслихат", "2042-12-31", town_uid, now,
         _multi(layout, layout.town_boundary)),
        (dpp_uid, str(PlanKind.DPP), "ПДП микрорайона Самал-3", str(PlanStatus.APPROVED), "№ 412",
         "2025-03-03", "Акимат г. Кенарык", None, town_uid, now, _multi(layout, layout.dpp_boundary)),
        (scheme_uid, str(PlanKind.DEVELOPMENT_SCHEME), "Схема развития и застройки с. Жанатурмыс",
         str(PlanStatus.DRAFT), None, None, None, None, village_uid, now, _multi(layout, layout.village_boundary)),
    ]
    out.zones = _gp_zones(layout, rng, gp_uid, now) + _dpp_zones(layout, rng, dpp_uid, now) \
        + _village_zones(layout, rng, scheme_uid, now)
    out.red_lines = _red_lines(layout, rng, gp_uid, dpp_uid, now)
    out.water = [
        (river_uid, "р. Кенарык", "RIVER", 1, 500.0, "Постановление акимата области № 56 от 11.04.2019", now,
         _multi(layout, layout.river)),
        (lake_uid, "оз. Тузколь", "LAKE", 0, None, None, now, _multi(layout, layout.lake)),
    ]
    return out


def _zone_row(layout: Layout, uid: str, plan_uid: str, code: str, subtype: ZoneSubtype, geometry: shapely.Geometry,
              now: str) -> tuple[object, ...]:
    purposes = json.dumps([str(p) for p in TYPICAL_PURPOSES[subtype]])
    return (uid, plan_uid, code, None, str(ZONE_TYPE_OF[subtype]), str(subtype), purposes, now,
            _multi(layout, geometry))


def _gp_zones(layout: Layout, rng: np.random.Generator, plan_uid: str, now: str) -> list[tuple[object, ...]]:
    """The general plan's zones: town cells of one kind merged, cut into their separate parts; they tile the plan."""
    by_subtype: dict[ZoneSubtype, list[shapely.Polygon]] = {}
    for (i, j), subtype in layout.town_cells.items():
        by_subtype.setdefault(subtype, []).append(cell_box(i, j))
    by_subtype.setdefault(ZoneSubtype.INDIVIDUAL_HOUSING, []).extend(cell_box(i, j) for i, j in layout.dpp_cells)
    parts: list[tuple[ZoneSubtype, shapely.Polygon]] = []
    for subtype, cells in by_subtype.items():
        merged = shapely.union_all(cells)
        parts.extend((subtype, p) for p in shapely.get_parts(merged))
    uids = people.uuids(rng, len(parts))
    counters: dict[ZoneSubtype, int] = {}
    rows = []
    for uid, (subtype, polygon) in zip(uids, parts, strict=True):
        counters[subtype] = counters.get(subtype, 0) + 1
        rows.append(_zone_row(layout, uid, plan_uid, f"{ZONE_PREFIX[subtype]}-{counters[subtype]:02d}", subtype,
                              polygon, now))
    return rows


def _dpp_zones(layout: Layout, rng: np.random.Generator, plan_uid: str, now: str) -> list[tuple[object, ...]]:
    blocks = layout.blocks
    chosen = np.flatnonzero(blocks.place == Place.DPP)
    polygons = shapely.polygons(blocks.quads[chosen])
    streets = shapely.difference(layout.dpp_boundary, shapely.union_all(polygons))
    uids = people.uuids(rng, len(chosen) + 1)
    rows = []
    for k, (uid, block, polygon) in enumerate(zip(uids, chosen, polygons, strict=False)):
        school = blocks.kind[block] == LotKind.DPP_SCHOOL
        subtype = ZoneSubtype.PUBLIC_BUSINESS if school else ZoneSubtype.INDIVIDUAL_HOUSING
        rows.append(_zone_row(layout, uid, plan_uid, f"{ZONE_PREFIX[subtype]}-{k + 1:02d}", subtype, polygon, now))
    rows.append(_zone_row(layout, uids[-1], plan_uid, "ОП-01", ZoneSubtype.COMMON_USE, streets, now))
    return rows


def _village_zones(layout: Layout, rng: np.random.Generator, plan_uid: str, now: str) -> list[tuple[object, ...]]:
    uids = people.uuids(rng, len(layout.village_cells))
    return [
        _zone_row(layout, uid, plan_uid, f"Ж1-{k + 1:02d}", ZoneSubtype.INDIVIDUAL_HOUSING,
                  shapely.box(u, v, u + CELL_U, v + CELL_V), now)
        for k, (uid, (u, v)) in enumerate(zip(uids, layout.village_cells, strict=True))
    ]


def _red_lines(layout: Layout, rng: np.random.Generator, gp_uid: str, dpp_uid: str,
               now: str) -> list[tuple[object, ...]]:
    """Block outlines of the town and the DPP: the line between a quarter and its streets."""
    blocks = layout.blocks
    chosen = np.flatnonzero(np.isin(blocks.place, [Place.TOWN, Place.DPP]))
    lines = layout.to_map(shapely.linestrings(blocks.quads[chosen]))
    wkb = shapely.to_wkb(lines, flavor="iso")
    uids = people.uuids(rng, len(chosen))
    return [
        (uid, dpp_uid if blocks.place[block] == Place.DPP else gp_uid, "RED", None, now, bytes(w))
        for uid, block, w in zip(uids, chosen, wkb, strict=True)
    ]
