"""Attributes of the demo's parcels, chosen per kind of lot the way a district's cadastre looks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
import shapely

from landdesk.demo import names, people
from landdesk.demo.layout import Layout, LotKind, Place
from landdesk.domain.geometry import multipolygon_wkb
from landdesk.domain.land import EncumbranceKind, LandCategory, ParcelStatus, Purpose, RightType
from landdesk.domain.planning import ZoneType

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

TOWN, VILLAGE, DPP_NAME = "г. Кенарык", "с. Жанатурмыс", "мкр. Самал-3"
AKIMAT = "ГУ «Аппарат акима г. Кенарык»"

# kind → (category, [(purpose, share)], zone, [(right, share)], holder kind)
_PROFILE: dict[LotKind, tuple[LandCategory, list[tuple[Purpose, float]], ZoneType | None,
                              list[tuple[RightType, float]], str]] = {
    LotKind.TOWN_IZHS: (LandCategory.SETTLEMENT, [(Purpose.IZHS, 0.95), (Purpose.LPH, 0.05)], ZoneType.RESIDENTIAL,
                        [(RightType.PRIVATE_OWNERSHIP, 0.88), (RightType.LEASE_LONG, 0.08),
                         (RightType.LEASE_SHORT, 0.04)], "person"),
    LotKind.MULTI_STOREY: (LandCategory.SETTLEMENT, [(Purpose.MULTI_STOREY, 1.0)], ZoneType.RESIDENTIAL,
                           [(RightType.PRIVATE_OWNERSHIP, 0.5), (RightType.LEASE_LONG, 0.5)], "company"),
    LotKind.PUBLIC: (LandCategory.SETTLEMENT, [(Purpose.PUBLIC_BUILDING, 1.0)], ZoneType.SOCIAL,
                     [(RightType.PERMANENT_USE, 1.0)], "state"),
    LotKind.TRADE: (LandCategory.SETTLEMENT, [(Purpose.COMMERCIAL, 0.85), (Purpose.BUILDING, 0.15)],
                    ZoneType.COMMERCIAL, [(RightType.PRIVATE_OWNERSHIP, 0.6), (RightType.LEASE_LONG, 0.3),
                                          (RightType.LEASE_SHORT, 0.1)], "company"),
    LotKind.INDUSTRIAL: (LandCategory.SETTLEMENT, [(Purpose.INDUSTRIAL, 1.0)], ZoneType.COMMERCIAL,
                         [(RightType.PRIVATE_OWNERSHIP, 0.4), (RightType.LEASE_LONG, 0.6)], "company"),
    LotKind.PARK: (LandCategory.SETTLEMENT, [(Purpose.COMMON_USE, 1.0)], ZoneType.OTHER,
                   [(RightType.PERMANENT_USE, 1.0)], "state"),
    LotKind.DPP_FREE: (LandCategory.SETTLEMENT, [(Purpose.IZHS, 1.0)], ZoneType.RESIDENTIAL,
                       [(RightType.STATE, 1.0)], "none"),
    LotKind.DPP_SCHOOL: (LandCategory.SETTLEMENT, [(Purpose.PUBLIC_BUILDING, 1.0)], ZoneType.SOCIAL,
                         [(RightType.PERMANENT_USE, 1.0)], "state"),
    LotKind.VILLAGE: (LandCategory.SETTLEMENT, [(Purpose.LPH, 0.7), (Purpose.IZHS, 0.3)], ZoneType.RESIDENTIAL,
                      [(RightType.PRIVATE_OWNERSHIP, 0.9), (RightType.LEASE_LONG, 0.1)], "person"),
    LotKind.GARDEN: (LandCategory.AGRI, [(Purpose.GARDEN, 0.8), (Purpose.DACHA, 0.2)], None,
                     [(RightType.PRIVATE_OWNERSHIP, 0.95), (RightType.FREE_USE, 0.05)], "person"),
    LotKind.FIELD: (LandCategory.AGRI, [(Purpose.FARM, 0.6), (Purpose.AGRI_PRODUCTION, 0.4)], None,
                    [(RightType.LEASE_LONG, 0.8), (RightType.PRIVATE_OWNERSHIP, 0.15), (RightType.STATE, 0.05)],
                    "farm"),
}


@dataclass
class ParcelTable:
    """Columns ready for the cache, one entry per lot of the layout."""

    uid: list[str]
    cadastral_number: list[str]
    quarter_code: list[str]
    plot_no: list[str]
    category: NDArray[np.object_]
    purpose: NDArray[np.object_]
    functional_zone: NDArray[np.object_]
    right_type: NDArray[np.object_]
    right_term_years: NDArray[np.object_]
    right_holder: NDArray[np.object_]
    holder_iin: NDArray[np.object_]
    divisible: NDArray[np.int64]
    area_official_m2: NDArray[np.float64]
    area_computed_m2: NDArray[np.float64]
    address: list[str]
    status: NDArray[np.object_]
    registered_on: NDArray[np.object_]
    geometry: NDArray[np.object_]          # polygons in the map CRS

    COLUMNS = ("uid", "cadastral_number", "region_code", "district_code", "quarter_code", "plot_no", "category",
               "purpose", "functional_zone", "right_type", "right_term_years", "right_holder", "holder_iin",
               "divisible", "area_official_m2", "area_computed_m2", "address", "status", "registered_on",
               "updated_at", "geom")

    def rows(self, region: str, district: str, now: str) -> list[tuple[object, ...]]:
        wkb = shapely.to_wkb(shapely.multipolygons(self.geometry, indices=np.arange(len(self.geometry))),
                             flavor="iso")
        return list(zip(
            self.uid, self.cadastral_number, [region] * len(self.uid), [district] * len(self.uid),
            self.quarter_code, self.plot_no, self.category, self.purpose, self.functional_zone, self.right_type,
            self.right_term_years, self.right_holder, self.holder_iin, self.divisible.tolist(),
            self.area_official_m2.tolist(), self.area_computed_m2.tolist(), self.address, self.status,
            self.registered_on, [now] * len(self.uid), wkb, strict=True,
        ))


def make_parcels(layout: Layout, rng: np.random.Generator, *, region: str, district: str,
                 today: date) -> ParcelTable:
    lots = layout.lots
    n = len(lots)
    kind = lots.kind
    category = np.empty(n, dtype=object)
    purpose = np.empty(n, dtype=object)
    zone = np.full(n, None, dtype=object)
    right = np.empty(n, dtype=object)
    holder_kind = np.empty(n, dtype=object)
    for lot_kind, (cat, purposes, zone_type, rights, holder_of) in _PROFILE.items():
        mask = kind == lot_kind
        count = int(mask.sum())
        if not count:
            continue
        category[mask] = str(cat)
        purpose[mask] = _choose(rng, purposes, count)
        zone[mask] = None if zone_type is None else str(zone_type)
        right[mask] = _choose(rng, rights, count)
        holder_kind[mask] = holder_of
    status = np.full(n, str(ParcelStatus.REGISTERED), dtype=object)
    status[right == str(RightType.STATE)] = str(ParcelStatus.FREE)
    status[kind == LotKind.DPP_SCHOOL] = str(ParcelStatus.RESERVED)
    town_izhs = np.flatnonzero(kind == LotKind.TOWN_IZHS)
    status[rng.choice(town_izhs, size=max(1, len(town_izhs) // 300), replace=False)] = str(ParcelStatus.SEIZED)

    term = np.full(n, None, dtype=object)
    long_lease, short_lease = right == str(RightType.LEASE_LONG), right == str(RightType.LEASE_SHORT)
    term[long_lease] = rng.choice([10, 25, 49], int(long_lease.sum())).tolist()
    term[short_lease] = rng.choice([3, 5], int(short_lease.sum())).tolist()
    term[right == str(RightType.FREE_USE)] = 5

    holder, holder_iin = _holders(rng, holder_kind)
    geometry = layout.to_map(shapely.polygons(lots.quads))
    computed = np.round(shapely.area(geometry), 2)
    official = np.round(computed)
    # Old surveys: about 3 % of parcels carry an official area more than 1 % off the drawn one.
    off = rng.random(n) < 0.03
    official[off] = np.round(computed[off] * rng.choice([0.94, 0.97, 1.02, 1.05], int(off.sum())))
    divisible = np.isin(kind, [LotKind.FIELD, LotKind.INDUSTRIAL, LotKind.TRADE, LotKind.MULTI_STOREY]).astype(np.int64)

    quarter_code, plot_no = _numbering(lots.quarter_key)
    registered = status != str(ParcelStatus.FREE)
    registered_on = np.full(n, None, dtype=object)
    registered_on[registered] = people.random_dates(rng, int(registered.sum()), date(1996, 1, 1),
                                                    date(today.year - 1, 12, 31))
    return ParcelTable(
        uid=people.uuids(rng, n),
        cadastral_number=[f"{region}-{district}-{q}-{p}" for q, p in zip(quarter_code, plot_no, strict=True)],
        quarter_code=quarter_code, plot_no=plot_no, category=category, purpose=purpose, functional_zone=zone,
        right_type=right, right_term_years=term, right_holder=holder, holder_iin=holder_iin, divisible=divisible,
        area_official_m2=official, area_computed_m2=computed, address=_addresses(layout), status=status,
        registered_on=registered_on, geometry=geometry,
    )


def make_encumbrances(layout: Layout, table: ParcelTable, rng: np.random.Generator,
                      now: str) -> list[tuple[object, ...]]:
    """Utility servitudes (with their strip), pledges, prescriptions, a reservation, water-protection zones."""
    lots = layout.lots
    kinds = lots.kind
    rows: list[tuple[object, ...]] = []
    izhs = np.flatnonzero((kinds == LotKind.TOWN_IZHS) & (table.status == str(ParcelStatus.REGISTERED)))
    servitude = rng.choice(izhs, size=max(1, len(izhs) // 50), replace=False)
    q = lots.quads[servitude]
    strip = q.copy()
    strip[:, 2] = q[:, 1] + (q[:, 2] - q[:, 1]) * 0.06
    strip[:, 3] = q[:, 0] + (q[:, 3] - q[:, 0]) * 0.06
    strips = layout.to_map(shapely.polygons(strip))
    for lot, geometry in zip(servitude, strips, strict=True):
        rows.append((table.uid[lot], str(EncumbranceKind.PUBLIC_SERVITUDE),
                     "Публичный сервитут: водопровод Ø110 мм, охранная полоса 3 м", names.UTILITIES[0][1],
                     "Постановление акимата г. Кенарык № 318 от 12.05.2021", "2021-05-12", None, geometry))
    private = np.flatnonzero(table.right_type == str(RightType.PRIVATE_OWNERSHIP))
    for lot in rng.choice(private, size=max(1, len(private) // 25), replace=False):
        rows.append((table.uid[lot], str(EncumbranceKind.PLEDGE), "Залог: ипотечный договор",
                     "АО «Отбасы банк»", f"Договор залога № {rng.integers(1000, 99999)}", None, None, None))
    for lot in rng.choice(izhs, size=max(1, len(izhs) // 300), replace=False):
        rows.append((table.uid[lot], str(EncumbranceKind.PRESCRIPTION),
                     "Предписание об устранении нарушения: участок не используется по назначению",
                     None, "Предписание госинспектора по использованию и охране земель", None, None, None))
    for lot in np.flatnonzero(kinds == LotKind.DPP_SCHOOL):
        rows.append((table.uid[lot], str(EncumbranceKind.RESERVATION), "Резервирование под строительство школы",
                     AKIMAT, "ПДП мкр. Самал-3", None, None, None))
    fields = np.flatnonzero(kinds == LotKind.FIELD)
    protection = shapely.buffer(layout.to_map(layout.river), 500.0)
    near = fields[shapely.intersects(table.geometry[fields], protection)]
    for lot, part in zip(near, shapely.intersection(table.geometry[near], protection), strict=True):
        if shapely.area(part) > 1.0:
            rows.append((table.uid[lot], str(EncumbranceKind.PROTECTION_ZONE),
                         "Водоохранная зона р. Кенарык (500 м)", None,
                         "Постановление акимата области № 56 от 11.04.2019", "2019-04-11", None, part))
    uids = people.uuids(rng, len(rows))
    out = []
    for uid, row in zip(uids, rows, strict=True):
        geometry = row[-1]
        wkb = None if geometry is None else multipolygon_wkb(geometry)
        out.append((uid, *row[:-1], now, wkb))
    return out


ENCUMBRANCE_COLUMNS = ("uid", "parcel_uid", "kind", "description", "beneficiary", "legal_basis", "starts_on",
                       "ends_on", "updated_at", "geom")


def _choose(rng: np.random.Generator, options: Sequence[tuple[object, float]], count: int) -> list[str]:
    values = [str(v) for v, _ in options]
    shares = np.asarray([s for _, s in options])
    return [values[k] for k in rng.choice(len(values), size=count, p=shares / shares.sum())]


def _holders(rng: np.random.Generator,
             holder_kind: NDArray[np.object_]) -> tuple[NDArray[np.object_], NDArray[np.object_]]:
    n = len(holder_kind)
    holder = np.full(n, None, dtype=object)
    ident = np.full(n, None, dtype=object)
    persons = np.flatnonzero(holder_kind == "person")
    person_names, female = people.person_names(rng, len(persons))
    holder[persons] = person_names
    ident[persons] = people.iins(rng, len(persons), female=female)
    for kind, form in (("company", "ТОО"), ("farm", "КХ")):
        chosen = np.flatnonzero(holder_kind == kind)
        holder[chosen] = people.company_names(rng, len(chosen), form)
        ident[chosen] = people.bins(rng, len(chosen))
    state = np.flatnonzero(holder_kind == "state")
    holder[state] = AKIMAT
    ident[state] = people.bins(rng, 1)[0] if len(state) else None
    return holder, ident


def _numbering(quarter_key: NDArray[np.int64]) -> tuple[list[str], list[str]]:
    """Accounting quarters numbered 001… in key order; plots numbered 001… inside each quarter."""
    keys, quarter_index = np.unique(quarter_key, return_inverse=True)
    if len(keys) > 999:
        raise ValueError("the demo district has more than 999 accounting quarters")
    order = np.argsort(quarter_index, kind="stable")
    sorted_quarters = quarter_index[order]
    starts = np.r_[0, np.flatnonzero(np.diff(sorted_quarters)) + 1]
    position = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    plot = np.empty(len(order), dtype=np.int64)
    plot[order] = position + 1
    if plot.max() > 9999:
        raise ValueError("an accounting quarter of the demo has more than 9,999 plots")
    return [f"{q + 1:03d}" for q in quarter_index], [f"{p:03d}" for p in plot]


def _addresses(layout: Layout) -> list[str]:
    lots = layout.lots
    streets = names.STREETS
    coops = names.GARDEN_COOPERATIVES
    out: list[str] = []
    for place, street, house, quarter in zip(lots.place.tolist(), lots.street.tolist(), lots.house.tolist(),
                                             lots.quarter_key.tolist(), strict=True):
        if place == Place.TOWN:
            out.append(f"{TOWN}, ул. {streets[street % len(streets)]}, {house}")
        elif place == Place.DPP:
            out.append(f"{TOWN}, {DPP_NAME}, участок {house}")
        elif place == Place.VILLAGE:
            out.append(f"{VILLAGE}, ул. {streets[(street + 7) % len(streets)]}, {house}")
        elif place == Place.GARDENS:
            out.append(f"Кенарыкский р-н, {coops[(quarter - 20_000) % len(coops)]}, участок {house}")
        else:
            out.append(f"Кенарыкский р-н, Жанатурмысский с.о., поле {house}")
    return out
