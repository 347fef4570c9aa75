"""The demo's applications: each built so the pre-checks must give one known outcome (`BuiltFor`).

Requested plots are drawn in the layout's local frame and placed into the map CRS like everything
else, except the wrong-coordinates cases, which are distorted after placing, the way such data
arrives: a neighbouring UTM zone, swapped axes, or degrees written where metres belong.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Transformer

from landdesk.demo.layout import BLOCK_D, CELL_V, SRID, Layout, LotKind
from landdesk.domain.application import BuiltFor, ProcedureTrack
from landdesk.domain.land import Purpose

LAKE_CLEARANCE = 700.0      # metres from the lake for every plot not built to fail the 500 m rule


@dataclass
class AppSpec:
    built_for: BuiltFor
    purpose: Purpose
    track: ProcedureTrack
    plot: shapely.Geometry          # in the map CRS
    lot: int = -1                   # index of the free lot requested, -1 if none
    note: str = ""
    competes_with: int = -1         # index of the earlier application for the same land
    free_grant: bool = True         # Art. 50 p.2 norms hold only for free grants
    irrigated: bool = False
    citizen: bool = True
    minor: bool = False             # the applicant's IIN gives 17 years on the day of receipt


def plan_applications(layout: Layout, rng: np.random.Generator, registered: np.ndarray) -> list[AppSpec]:
    """About 100 applications covering every pre-check outcome. `registered[i]` says lot i is occupied."""
    return _Planner(layout, rng, registered).plan()


class _Planner:
    def __init__(self, layout: Layout, rng: np.random.Generator, registered: np.ndarray) -> None:
        self.layout = layout
        self.rng = rng
        self.registered = registered
        lots = layout.lots
        self.centre = lots.quads[:, :4].mean(axis=1)
        lake_boundary = shapely.boundary(layout.lake)
        self.lake_distance = shapely.distance(shapely.points(self.centre), lake_boundary)
        self.south_edge = (layout.dpp_cells[0][1] + 1) * CELL_V
        self.specs: list[AppSpec] = []

    def plan(self) -> list[AppSpec]:
        free_south = self._lots(LotKind.DPP_FREE, lambda c, d: (c[:, 1] < self.south_edge) & (d > LAKE_CLEARANCE))
        free_north = self._lots(LotKind.DPP_FREE, lambda c, d: d < 450.0)
        free_south = self.rng.permutation(free_south)
        take = iter(free_south)

        for k in range(30):
            purpose = Purpose.LPH if k % 8 == 7 else Purpose.IZHS
            track = ProcedureTrack.IZHS_QUEUE if (purpose is Purpose.IZHS and k % 3 == 2) else ProcedureTrack.C
            self._free_lot(BuiltFor.PASS, next(take), purpose, track, "a free lot of the DPP in a housing zone")
        pairs = [(BuiltFor.COMPETING, "first in order of receipt for this lot",
                  "the same lot as an earlier application")] * 4 \
            + [(BuiltFor.GRANTED_EARLIER, "first in order of receipt for this lot, and granted",
                "the same lot as an earlier application that was granted")] * 2
        for built_for, first_note, note in pairs:
            lot = self._next_middle(take)
            first = self._free_lot(BuiltFor.PASS, lot, Purpose.IZHS, ProcedureTrack.C, first_note)
            self._add(AppSpec(built_for, Purpose.IZHS, ProcedureTrack.C, self._to_map(self._lot_polygon(lot)),
                              lot=lot, note=note, competes_with=first))
        for _ in range(2):
            spec = self.specs[self._free_lot(BuiltFor.MINOR, next(take), Purpose.IZHS, ProcedureTrack.C,
                                             "the applicant's IIN gives 17 years on the day of receipt")]
            spec.minor = True
        spec = self.specs[self._free_lot(BuiltFor.NOT_CITIZEN, next(take), Purpose.IZHS, ProcedureTrack.C,
                                         "a free grant asked for by a foreigner")]
        spec.citizen = False
        spec = self.specs[self._free_lot(BuiltFor.PASS, next(take), Purpose.IZHS, ProcedureTrack.C,
                                         "a paid lease asked for by a foreigner: not reserved to citizens")]
        spec.citizen, spec.free_grant = False, False
        self._by_the_river()
        for lot in self.rng.permutation(free_north)[:6]:
            self._free_lot(BuiltFor.WATER_500M, int(lot), Purpose.IZHS, ProcedureTrack.C,
                           "within 500 m of the lake, whose water-protection zone is not set")
        self._overlaps(8)
        self._in_vacant_blocks(LotKind.INDUSTRIAL, BuiltFor.WRONG_ZONE, 8, (20.0, 48.0), Purpose.IZHS,
                               ProcedureTrack.C, "housing requested in the industrial zone")
        self._in_vacant_blocks(LotKind.VILLAGE, BuiltFor.NO_PLAN, 8, (20.0, 48.0), Purpose.IZHS,
                               ProcedureTrack.B, "house building in a village whose plan is still a draft")
        made = self._in_vacant_blocks(LotKind.DPP_FREE, BuiltFor.OVERSIZE, 13, (30.0, 50.0), Purpose.IZHS,
                                      ProcedureTrack.C, "0.15 ha for IZhS, the norm is 0.10 ha", blocks=slice(0, 3))
        self._norm_cases(made[-5:])
        self._red_lines(6)
        self._outside_settlement(6)
        self._wrong_coordinates([next(take) for _ in range(6)])
        for _ in range(4):
            lot = next(take)
            q = self.layout.lots.quads[lot]
            bow_tie = shapely.Polygon([q[0], q[2], q[1], q[3], q[0]])
            self._add(AppSpec(BuiltFor.INVALID_GEOMETRY, Purpose.IZHS, ProcedureTrack.C, self._to_map(bow_tie),
                              note="corner points entered out of order: the outline crosses itself"))
        return self.specs

    # -- building blocks -------------------------------------------------------------------------------

    def _lots(self, kind: LotKind, where: object) -> np.ndarray:
        lots = self.layout.lots
        mask = (lots.kind == kind) & where(self.centre, self.lake_distance)  # type: ignore[operator]
        return np.flatnonzero(mask)

    def _next_middle(self, take: object) -> int:
        for lot in take:  # type: ignore[attr-defined]
            if 2 <= self.layout.lots.column[lot] <= 8:
                return int(lot)
        raise ValueError("not enough free lots in the DPP")

    def _add(self, spec: AppSpec) -> int:
        self.specs.append(spec)
        return len(self.specs) - 1

    def _lot_polygon(self, lot: int) -> shapely.Polygon:
        return shapely.Polygon(self.layout.lots.quads[lot])

    def _to_map(self, geometry: shapely.Geometry) -> shapely.Geometry:
        return self.layout.to_map(geometry)

    def _free_lot(self, built_for: BuiltFor, lot: int, purpose: Purpose, track: ProcedureTrack, note: str) -> int:
        return self._add(AppSpec(built_for, purpose, track, self._to_map(self._lot_polygon(lot)), lot=int(lot),
                                 note=note))

    def _overlaps(self, count: int) -> None:
        lots = self.layout.lots
        candidates = np.flatnonzero(
            (lots.kind == LotKind.TOWN_IZHS) & (lots.column >= 2) & (lots.column <= 8)
            & (self.lake_distance > LAKE_CLEARANCE) & self.registered
        )
        chosen: list[int] = []
        for lot in self.rng.permutation(candidates):
            neighbour = int(lot) + 1
            if neighbour < len(lots) and self.registered[neighbour] and lots.block[neighbour] == lots.block[lot] \
                    and all(abs(int(lot) - c) > 30 for c in chosen):
                chosen.append(int(lot))
            if len(chosen) == count:
                break
        for lot in chosen:
            u, v = lots.quads[lot, 0]    # a 20 × 48 m plot drawn 10 m along the street: half on each of two lots
            plot = shapely.box(u + 10.0, v + 1.0, u + 30.0, v + 49.0)
            self._add(AppSpec(BuiltFor.OVERLAP, Purpose.IZHS, ProcedureTrack.C, self._to_map(plot),
                              note="drawn half over two registered lots"))

    def _vacant_blocks(self, kind: LotKind) -> np.ndarray:
        blocks = self.layout.blocks
        centre = blocks.quads[:, :4].mean(axis=1)
        distance = shapely.distance(shapely.points(centre), shapely.boundary(self.layout.lake))
        return np.flatnonzero(blocks.vacant & (blocks.kind == kind) & (distance > LAKE_CLEARANCE))

    def _in_vacant_blocks(self, kind: LotKind, built_for: BuiltFor, count: int, size: tuple[float, float],
                          purpose: Purpose, track: ProcedureTrack, note: str, *, blocks: slice = slice(None)
                          ) -> list[tuple[int, shapely.Polygon]]:
        """(index, plot in the local frame) of `count` plots set side by side in vacant blocks."""
        width, depth = size
        per_block = int((240.0 - 20.0) // (width + 10.0))
        made: list[tuple[int, shapely.Polygon]] = []
        for block in self._vacant_blocks(kind)[blocks]:
            u0, v0 = self.layout.blocks.quads[block, 0]
            for k in range(per_block):
                if len(made) == count:
                    return made
                u = u0 + 10.0 + k * (width + 10.0)
                plot = shapely.box(u, v0 + 26.0, u + width, v0 + 26.0 + depth)
                made.append((self._add(AppSpec(built_for, purpose, track, self._to_map(plot), note=note)), plot))
        if len(made) < count:
            raise ValueError(f"the demo needs more vacant {kind.name} blocks")
        return made

    def _norm_cases(self, made: list[tuple[int, shapely.Polygon]]) -> None:
        """Oversize plots turned into the cases the norms' scope decides: a paid lease over the IZhS norm passes;
        irrigated LPH land has its 0.15 ha norm (Art. 50 p.2)."""
        paid = ("a paid lease of 0.15 ha for IZhS: the free-grant norms do not apply", BuiltFor.PASS, Purpose.IZHS,
                50.0, False, False)
        over = ("0.20 ha of irrigated LPH land, the irrigated norm is 0.15 ha", BuiltFor.OVERSIZE, Purpose.LPH,
                67.0, True, True)
        within = ("0.135 ha of irrigated LPH land, within the 0.15 ha norm", BuiltFor.PASS, Purpose.LPH, 45.0,
                  True, True)
        for (index, local), case in zip(made, (paid, paid, over, over, within), strict=True):
            note, built_for, purpose, depth, free, irrigated = case
            u0, v0, u1, _v1 = shapely.bounds(local)
            spec = self.specs[index]
            spec.plot = self._to_map(shapely.box(u0, v0, u1, v0 + depth))
            spec.note, spec.built_for, spec.purpose = note, built_for, purpose
            spec.free_grant, spec.irrigated = free, irrigated

    def _by_the_river(self) -> None:
        """Plots by the river, whose water-protection zone (500 m) is set: two inside the zone, about 258 m from
        the water, and two inside its strip, 15 m from it. Outside settlements, on track A, for farming."""
        layout = self.layout
        lots = shapely.STRtree(shapely.polygons(layout.lots.quads[:, :4]))
        avoid = shapely.union_all([shapely.buffer(layout.lake, LAKE_CLEARANCE),
                                   shapely.buffer(layout.town_boundary, 300.0),
                                   shapely.buffer(layout.village_boundary, 300.0),
                                   *(shapely.buffer(a, 20.0) for a in layout.garden_areas)])
        wanted = [(BuiltFor.WATER_ZONE, 258.0, "258 m from the river, inside its set 500 m water-protection zone"),
                  (BuiltFor.WATER_ZONE, 258.0, "258 m from the river, inside its set 500 m water-protection zone"),
                  (BuiltFor.WATER_STRIP, 15.0, "15 m from the river, inside its water-protection strip"),
                  (BuiltFor.WATER_STRIP, 15.0, "15 m from the river, inside its water-protection strip")]
        placed: list[shapely.Geometry] = []
        fractions = np.linspace(0.05, 0.95, 181)[self.rng.permutation(181)]
        for built_for, gap, note in wanted:
            for fraction in fractions:
                centre = shapely.line_interpolate_point(layout.river_line, float(fraction), normalized=True)
                x, y = shapely.get_coordinates(centre)[0]
                plot = None
                for side in (1.0, -1.0):
                    shift = side * (20.0 + gap + 15.0)     # the river is 20 m either side of its line
                    candidate = shapely.box(x - 15.0, y + shift - 15.0, x + 15.0, y + shift + 15.0)
                    distance = shapely.distance(candidate, layout.river)
                    if abs(distance - gap) > 3.0 or not layout.district_boundary.covers(candidate) \
                            or shapely.intersects(candidate, avoid) or len(lots.query(candidate)) \
                            or any(shapely.distance(candidate, p) < 300.0 for p in placed):
                        continue
                    plot = candidate
                    break
                if plot is not None:
                    placed.append(plot)
                    self._add(AppSpec(built_for, Purpose.FARM, ProcedureTrack.A, self._to_map(plot), note=note,
                                      free_grant=False))
                    break
            else:
                raise ValueError("no room by the river for the demo's water-protection cases")

    def _red_lines(self, count: int) -> None:
        # Plots in the DPP's other free blocks that reach 8 m over the red line into the street.
        made = 0
        for block in self._vacant_blocks(LotKind.DPP_FREE)[3:]:
            u0, v0 = self.layout.blocks.quads[block, 0]
            for k, side in ((0, 0), (1, 0), (0, 1), (1, 1)):
                if made == count:
                    return
                u = u0 + 30.0 + k * 120.0
                v = v0 - 8.0 if side == 0 else v0 + BLOCK_D - 32.0
                plot = shapely.box(u, v, u + 20.0, v + 40.0)
                self._add(AppSpec(BuiltFor.RED_LINE, Purpose.IZHS, ProcedureTrack.C, self._to_map(plot),
                                  note="reaches 8 m over the red line into the street"))
                made += 1

    def _outside_settlement(self, count: int) -> None:
        ring = shapely.boundary(shapely.buffer(self.layout.town_boundary, 130.0, join_style="mitre"))
        avoid = shapely.union_all([shapely.buffer(self.layout.lake, LAKE_CLEARANCE),
                                   shapely.buffer(self.layout.river, 80.0), self.layout.town_boundary])
        placed: list[shapely.Polygon] = []
        for fraction in np.linspace(0.0, 1.0, 97, endpoint=False)[self.rng.permutation(97)]:
            centre = shapely.line_interpolate_point(ring, fraction, normalized=True)
            x, y = shapely.get_coordinates(centre)[0]
            plot = shapely.box(x - 15.0, y - 15.0, x + 15.0, y + 15.0)
            if shapely.intersects(plot, avoid) or any(shapely.distance(plot, p) < 200.0 for p in placed):
                continue
            placed.append(plot)
            self._add(AppSpec(BuiltFor.OUTSIDE_SETTLEMENT, Purpose.OGOROD, ProcedureTrack.C, self._to_map(plot),
                              note="a city-track request for land outside the town's boundary"))
            if len(placed) == count:
                return
        raise ValueError("no room outside the town for the demo's outside-settlement requests")

    def _wrong_coordinates(self, lots: list[int]) -> None:
        to_lonlat = Transformer.from_crs(f"EPSG:{SRID}", "EPSG:4326", always_xy=True)
        to_zone_43 = Transformer.from_crs("EPSG:4326", "EPSG:32643", always_xy=True)
        for k, lot in enumerate(lots):
            true_plot = self._to_map(self._lot_polygon(lot))
            xy = shapely.get_coordinates(true_plot)
            lon, lat = to_lonlat.transform(xy[:, 0], xy[:, 1])
            if k < 2:
                x, y = to_zone_43.transform(lon, lat)
                wrong, note = np.column_stack([x, y]), "coordinates given in UTM zone 43N, stored as zone 42N"
            elif k < 4:
                wrong, note = xy[:, ::-1], "X and Y swapped"
            else:
                wrong, note = np.column_stack([lon, lat]), "longitude and latitude in degrees stored as metres"
            self._add(AppSpec(BuiltFor.WRONG_COORDINATES, Purpose.IZHS, ProcedureTrack.C,
                              shapely.Polygon(wrong), lot=lot, note=note))
