"""Where everything lies in the demo district.

Built in a local metric frame (u ≈ east, v ≈ north, metres, origin at the town centre) on a grid of
zone cells (2 × 4 street blocks each, cell edges on street centre lines), then placed into
UTM zone 42N by a rotation and a shift. Blocks are cut into lots row by row with jittered
dividers, so neighbouring lots share their edges exactly and no two lots overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import IntEnum
from typing import ClassVar

import numpy as np
import shapely
from numpy.typing import NDArray
from pyproj import Transformer

from landdesk.domain.planning import ZoneSubtype

SRID = 32642
ORIGIN_LONLAT = (69.38, 42.62)      # a fictional town in the south, UTM zone 42N
ROTATION_DEG = 12.0                 # the town grid is not aligned with grid north

STREET = 20.0                       # red line to red line
BLOCK_W, BLOCK_D = 240.0, 100.0
PITCH_U, PITCH_V = BLOCK_W + STREET, BLOCK_D + STREET
CELL_BLOCKS_U, CELL_BLOCKS_V = 2, 4
CELL_U, CELL_V = CELL_BLOCKS_U * PITCH_U, CELL_BLOCKS_V * PITCH_V

Float = NDArray[np.float64]
Int = NDArray[np.int64]


class LotKind(IntEnum):
    TOWN_IZHS = 0
    MULTI_STOREY = 1
    PUBLIC = 2
    TRADE = 3
    INDUSTRIAL = 4
    PARK = 5
    DPP_FREE = 6
    DPP_SCHOOL = 7
    VILLAGE = 8
    GARDEN = 9
    FIELD = 10


class Place(IntEnum):
    TOWN = 0
    DPP = 1
    VILLAGE = 2
    GARDENS = 3
    RURAL = 4


@dataclass(frozen=True)
class RowPattern:
    """How a block is cut: columns per row, the rows' offsets and depth, divider jitter."""

    columns: int
    row_offsets: tuple[float, ...]
    depth: float
    jitter: float
    width: float = BLOCK_W


PATTERNS: dict[LotKind, RowPattern] = {
    LotKind.TOWN_IZHS: RowPattern(12, (0.0, 50.0), 50.0, 2.0),
    LotKind.MULTI_STOREY: RowPattern(2, (0.0, 50.0), 50.0, 6.0),
    LotKind.PUBLIC: RowPattern(2, (0.0,), 100.0, 8.0),
    LotKind.TRADE: RowPattern(6, (0.0, 50.0), 50.0, 3.0),
    LotKind.INDUSTRIAL: RowPattern(3, (0.0,), 100.0, 6.0),
    LotKind.PARK: RowPattern(1, (0.0,), 100.0, 0.0),
    # A 4 m utility strip between the rows keeps every lot under the 0.10 ha IZhS norm: 20 × 48 m.
    LotKind.DPP_FREE: RowPattern(12, (0.0, 52.0), 48.0, 0.4),
    LotKind.DPP_SCHOOL: RowPattern(1, (0.0,), 100.0, 0.0),
    LotKind.VILLAGE: RowPattern(5, (0.0, 50.0), 50.0, 2.5),
}

CELL_LOT_KIND: dict[ZoneSubtype, LotKind | None] = {
    ZoneSubtype.INDIVIDUAL_HOUSING: LotKind.TOWN_IZHS,
    ZoneSubtype.MULTI_STOREY: LotKind.MULTI_STOREY,
    ZoneSubtype.PUBLIC_BUSINESS: LotKind.PUBLIC,
    ZoneSubtype.TRADE_SERVICES: LotKind.TRADE,
    ZoneSubtype.INDUSTRIAL: LotKind.INDUSTRIAL,
    ZoneSubtype.COMMON_USE: LotKind.PARK,
    ZoneSubtype.RECREATION: None,
}


@dataclass
class Lots:
    """Columnar lots: quadrilateral rings in the local frame plus what the builder needs to know."""

    quads: Float                     # (n, 5, 2)
    kind: Int
    place: Int
    block: Int                       # index into Blocks, -1 for fields
    row: Int
    column: Int
    quarter_key: Int                 # groups lots into accounting quarters
    street: Int                      # index into names.STREETS, -1 where there is no street
    house: Int

    def __len__(self) -> int:
        return len(self.kind)

    @staticmethod
    def concat(parts: list[Lots]) -> Lots:
        return Lots(*(np.concatenate([getattr(p, f) for p in parts]) for f in Lots.__dataclass_fields__))

    def take(self, index: Int | slice) -> Lots:
        return Lots(*(getattr(self, f)[index] for f in Lots.__dataclass_fields__))


@dataclass
class Blocks:
    quads: Float                     # (n, 5, 2) block outlines = red lines
    kind: Int                        # LotKind the block was cut for
    place: Int
    vacant: NDArray[np.bool_]        # no lots: free land inside the block


@dataclass
class Layout:
    lots: Lots
    blocks: Blocks
    town_cells: dict[tuple[int, int], ZoneSubtype]
    dpp_cells: list[tuple[int, int]]
    village_cells: list[tuple[float, float]]         # lower-left corners of the village's cells
    river: shapely.Polygon
    river_line: shapely.LineString
    lake: shapely.Polygon
    town_boundary: shapely.Polygon
    village_boundary: shapely.Polygon
    dpp_boundary: shapely.Polygon
    garden_areas: list[shapely.Polygon]
    district_boundary: shapely.Polygon
    origin: tuple[float, float] = field(default=(0.0, 0.0))

    def to_map(self, geometry: shapely.Geometry | NDArray[np.object_]) -> NDArray[np.object_]:
        """Local frame → EPSG:32642."""
        placed: NDArray[np.object_] = shapely.transform(geometry, self.place_coords)
        return placed

    def place_coords(self, coords: Float) -> Float:
        angle = math.radians(ROTATION_DEG)
        cos, sin = math.cos(angle), math.sin(angle)
        out = np.empty_like(coords)
        out[..., 0] = self.origin[0] + coords[..., 0] * cos - coords[..., 1] * sin
        out[..., 1] = self.origin[1] + coords[..., 0] * sin + coords[..., 1] * cos
        return out


def quota(parcels: int) -> dict[Place, int]:
    """How the requested number of parcels is shared between town, gardens and fields."""
    fields = max(40, round(0.04 * parcels))
    gardens = max(150, round(0.10 * parcels))
    return {Place.RURAL: fields, Place.GARDENS: gardens}


def cut_blocks(u0: Float, v0: Float, pattern: RowPattern, rng: np.random.Generator) -> tuple[Float, Int, Int, Int]:
    """Lots of many blocks cut the same way. Returns quads (n, 5, 2) and the block, row, column of each."""
    n_blocks, n_rows, n_cols = len(u0), len(pattern.row_offsets), pattern.columns
    base = np.linspace(0.0, pattern.width, n_cols + 1)
    jitter_top = rng.uniform(-pattern.jitter, pattern.jitter, (n_blocks, n_rows, n_cols + 1))
    jitter_bottom = rng.uniform(-pattern.jitter, pattern.jitter, (n_blocks, n_rows, n_cols + 1))
    for jitter in (jitter_top, jitter_bottom):
        jitter[..., 0] = 0.0
        jitter[..., -1] = 0.0
    x_top = u0[:, None, None] + base + jitter_top
    x_bottom = u0[:, None, None] + base + jitter_bottom
    v_bottom = np.broadcast_to(v0[:, None] + np.asarray(pattern.row_offsets), (n_blocks, n_rows))
    v_top = v_bottom + pattern.depth
    quads = np.empty((n_blocks, n_rows, n_cols, 5, 2))
    quads[..., 0, 0], quads[..., 0, 1] = x_bottom[..., :-1], v_bottom[..., None]
    quads[..., 1, 0], quads[..., 1, 1] = x_bottom[..., 1:], v_bottom[..., None]
    quads[..., 2, 0], quads[..., 2, 1] = x_top[..., 1:], v_top[..., None]
    quads[..., 3, 0], quads[..., 3, 1] = x_top[..., :-1], v_top[..., None]
    quads[..., 4, :] = quads[..., 0, :]
    block, row, column = np.meshgrid(np.arange(n_blocks), np.arange(n_rows), np.arange(n_cols), indexing="ij")
    return quads.reshape(-1, 5, 2), block.ravel(), row.ravel(), column.ravel()


def rectangles(u0: Float, v0: Float, width: float | Float, depth: float | Float) -> Float:
    u1, v1 = u0 + width, v0 + depth
    quads = np.stack(
        [np.stack([u0, v0], -1), np.stack([u1, v0], -1), np.stack([u1, v1], -1), np.stack([u0, v1], -1),
         np.stack([u0, v0], -1)],
        axis=1,
    )
    return np.asarray(quads, dtype=np.float64)


def cell_box(i: int, j: int) -> shapely.Polygon:
    return shapely.box(i * CELL_U, j * CELL_V, (i + 1) * CELL_U, (j + 1) * CELL_V)


def build_layout(parcels: int, rng: np.random.Generator) -> Layout:
    shares = quota(parcels)
    town_quota_estimate = parcels - shares[Place.RURAL] - shares[Place.GARDENS] - 1500
    radius_estimate = math.sqrt(max(town_quota_estimate, 1000) / 150 * CELL_U * CELL_V / math.pi)
    river_line, river = _river(radius_estimate, rng)
    corridor = shapely.buffer(river, 60.0)

    planner = _TownPlanner(rng, corridor)
    town_cells = planner.select_cells(max(town_quota_estimate, 600))
    top = max(j for (i, j) in town_cells if -1 <= i <= 1)
    dpp_cells = [(i, j) for j in (top + 1, top + 2) for i in (-1, 0, 1)]
    lake = shapely.Polygon(_ellipse(0.0, (top + 3) * CELL_V + 350.0, 450.0, 220.0))

    radius = max(math.hypot((i + 0.5) * CELL_U, (j + 0.5) * CELL_V) for i, j in town_cells) + 400.0
    village_origin = _polar(radius + 3500.0, 215.0)
    village_cells = [(village_origin[0] + a * CELL_U, village_origin[1] + b * CELL_V)
                     for b in (0, 1) for a in (0, 1, 2)]

    town_lots, town_blocks = planner.cut_cells(town_cells)
    dpp_lots, dpp_blocks = _cut_dpp(dpp_cells, rng, quarter_key=10_000)
    village_lots, village_blocks = _cut_village(village_cells, rng, quarter_key=10_001)

    town_boundary = shapely.union_all([cell_box(i, j) for i, j in [*town_cells, *dpp_cells]])
    village_boundary = shapely.union_all([shapely.box(u, v, u + CELL_U, v + CELL_V) for u, v in village_cells])
    dpp_boundary = shapely.union_all([cell_box(i, j) for i, j in dpp_cells])

    taken = parcels - len(dpp_lots) - len(village_lots) - shares[Place.RURAL] - shares[Place.GARDENS]
    if taken < 1 or len(town_lots) < taken:
        raise ValueError(f"a demo district needs at least 3,000 parcels, not {parcels:,}")
    town_lots = town_lots.take(slice(0, taken))

    settlements = shapely.union_all([town_boundary, village_boundary])
    gardens, garden_areas = _gardens(shares[Place.GARDENS], radius, rng,
                                     shapely.union_all([corridor, shapely.buffer(lake, 150.0),
                                                        shapely.buffer(settlements, 300.0)]))
    # Small pieces, so the spatial index can reject most candidate fields by their boxes alone.
    exclusion = [
        shapely.buffer(settlements, 300.0), *_pieces(river_line, 120.0), shapely.buffer(lake, 200.0),
        *(shapely.buffer(area, 150.0) for area in garden_areas),
    ]
    fields = _fields(shares[Place.RURAL], radius, rng, exclusion)

    lots = Lots.concat([town_lots, dpp_lots, village_lots, gardens, fields])
    blocks = Blocks(*(np.concatenate([getattr(b, f) for b in (town_blocks, dpp_blocks, village_blocks)])
                      for f in Blocks.__dataclass_fields__))
    hull = shapely.convex_hull(shapely.multipoints(lots.quads[:, 0]))
    district_boundary = shapely.simplify(shapely.buffer(hull, 1500.0, quad_segs=4), 50.0)
    river = shapely.intersection(river, district_boundary)
    river_line = shapely.intersection(river_line, district_boundary)

    transformer = Transformer.from_crs("EPSG:4326", f"EPSG:{SRID}", always_xy=True)
    origin = transformer.transform(*ORIGIN_LONLAT)
    return Layout(lots, blocks, town_cells, dpp_cells, village_cells, river, river_line, lake, town_boundary,
                  village_boundary, dpp_boundary, garden_areas, district_boundary, origin=origin)


class _TownPlanner:
    """Chooses the town's zone cells outward from the centre and cuts their blocks into lots."""

    LOTS_PER_CELL: ClassVar[dict[ZoneSubtype, int]] = {
        ZoneSubtype.INDIVIDUAL_HOUSING: 192, ZoneSubtype.MULTI_STOREY: 32, ZoneSubtype.PUBLIC_BUSINESS: 16,
        ZoneSubtype.TRADE_SERVICES: 96, ZoneSubtype.INDUSTRIAL: 18, ZoneSubtype.COMMON_USE: 8,
        ZoneSubtype.RECREATION: 0,
    }

    def __init__(self, rng: np.random.Generator, corridor: shapely.Geometry) -> None:
        self._rng = rng
        self._corridor = corridor

    def select_cells(self, lots_wanted: int) -> dict[tuple[int, int], ZoneSubtype]:
        reach = math.ceil(math.sqrt(lots_wanted / 120)) + 6
        ii, jj = (a.ravel() for a in np.meshgrid(np.arange(-reach, reach + 1), np.arange(-reach, reach + 1),
                                                 indexing="ij"))
        cu, cv = (ii + 0.5) * CELL_U, (jj + 0.5) * CELL_V
        distance = np.hypot(cu, cv) + self._rng.normal(0.0, 120.0, len(ii))
        angle = np.degrees(np.arctan2(cv, cu))
        in_river = shapely.intersects(shapely.box(ii * CELL_U, jj * CELL_V, (ii + 1) * CELL_U, (jj + 1) * CELL_V),
                                      self._corridor)
        cells: dict[tuple[int, int], ZoneSubtype] = {}
        # 8 % headroom: the cells' lots are trimmed to the exact quota afterwards.
        target, count = lots_wanted * 1.08 + 200, 0
        for rank, index in enumerate(np.argsort(distance, kind="stable")):
            if count >= target:
                break
            subtype = ZoneSubtype.RECREATION if in_river[index] else self._subtype(rank, float(angle[index]))
            cells[(int(ii[index]), int(jj[index]))] = subtype
            count += self.LOTS_PER_CELL[subtype]
        if ZoneSubtype.INDUSTRIAL not in cells.values():
            # Small towns too have an industrial area: the outermost housing cell becomes one.
            last = next(ij for ij, s in reversed(cells.items()) if s is ZoneSubtype.INDIVIDUAL_HOUSING)
            cells[last] = ZoneSubtype.INDUSTRIAL
        return cells

    def _subtype(self, rank: int, angle: float) -> ZoneSubtype:
        draw = self._rng.random()
        if rank < 2:
            return ZoneSubtype.PUBLIC_BUSINESS
        if rank < 14:
            return (ZoneSubtype.MULTI_STOREY if draw < 0.5 else
                    ZoneSubtype.TRADE_SERVICES if draw < 0.8 else ZoneSubtype.PUBLIC_BUSINESS)
        if -30.0 < angle < 25.0 and rank > 25 and draw < 0.75:
            return ZoneSubtype.INDUSTRIAL
        if draw > 0.95:
            return ZoneSubtype.COMMON_USE
        if draw > 0.91:
            return ZoneSubtype.TRADE_SERVICES
        return ZoneSubtype.INDIVIDUAL_HOUSING

    def cut_cells(self, cells: dict[tuple[int, int], ZoneSubtype]) -> tuple[Lots, Blocks]:
        """Lots in cell order (centre outwards), so trimming to the quota removes the outermost ones."""
        cell_list = [(ij, CELL_LOT_KIND[s]) for ij, s in cells.items()]
        block_u: list[float] = []
        block_v: list[float] = []
        block_kind: list[int] = []
        block_row: list[int] = []       # global row of blocks, for street names
        block_col: list[int] = []       # global column of blocks, for house numbers
        block_quarter: list[int] = []
        for (i, j), kind in cell_list:
            if kind is None:
                continue
            for b in range(CELL_BLOCKS_V):
                for a in range(CELL_BLOCKS_U):
                    block_u.append(i * CELL_U + a * PITCH_U + STREET / 2)
                    block_v.append(j * CELL_V + b * PITCH_V + STREET / 2)
                    block_kind.append(int(kind))
                    block_row.append(j * CELL_BLOCKS_V + b)
                    block_col.append(i * CELL_BLOCKS_U + a)
                    block_quarter.append((i // 3) * 1000 + (j // 3))
        u0, v0 = np.asarray(block_u), np.asarray(block_v)
        kinds = np.asarray(block_kind)
        vacant = (kinds == LotKind.INDUSTRIAL) & (self._rng.random(len(kinds)) < 0.25)
        industrial = np.flatnonzero(kinds == LotKind.INDUSTRIAL)
        vacant[industrial[:2]] = True   # at least two free industrial blocks in any town
        blocks = Blocks(rectangles(u0, v0, BLOCK_W, BLOCK_D), kinds, np.full(len(kinds), Place.TOWN), vacant)
        rows, cols, quarters = np.asarray(block_row), np.asarray(block_col), np.asarray(block_quarter)
        parts: list[Lots] = []
        order: list[Int] = []
        for kind, pattern in PATTERNS.items():
            chosen = np.flatnonzero((kinds == kind) & ~vacant)
            if kind not in CELL_LOT_KIND.values() or not len(chosen):
                continue
            quads, block, row, column = cut_blocks(u0[chosen], v0[chosen], pattern, self._rng)
            global_block = chosen[block]
            top_row = row == len(pattern.row_offsets) - 1
            street = rows[global_block] + top_row.astype(np.int64)
            # Every block has 12 house slots per side, whatever its cut, so numbers never repeat on a street.
            house = (cols[global_block] * 12 + column * (12 // pattern.columns)) * 2 + 1 + top_row
            parts.append(Lots(quads, np.full(len(quads), kind), np.full(len(quads), Place.TOWN), global_block, row,
                              column, quarters[global_block], street, house))
            order.append(global_block * 1000 + row * 100 + column)
        lots = Lots.concat(parts)
        lots.house -= lots.house.min() - 1
        lots.street -= lots.street.min()
        return lots.take(np.argsort(np.concatenate(order), kind="stable")), blocks


def _cut_dpp(cells: list[tuple[int, int]], rng: np.random.Generator, *, quarter_key: int) -> tuple[Lots, Blocks]:
    u0 = np.asarray([i * CELL_U + a * PITCH_U + STREET / 2 for i, j in cells for b in range(4) for a in range(2)])
    v0 = np.asarray([j * CELL_V + b * PITCH_V + STREET / 2 for i, j in cells for b in range(4) for a in range(2)])
    kinds = np.full(len(u0), int(LotKind.DPP_FREE))
    kinds[len(kinds) // 2 + 1] = LotKind.DPP_SCHOOL
    vacant = np.zeros(len(kinds), dtype=bool)
    # Six blocks of the southern row are left uncut: land the DPP keeps free for larger requests.
    vacant[[1, 3, 5, 9, 11, 13]] = True
    blocks = Blocks(rectangles(u0, v0, BLOCK_W, BLOCK_D), kinds, np.full(len(kinds), Place.DPP), vacant)
    parts = []
    for kind in (LotKind.DPP_FREE, LotKind.DPP_SCHOOL):
        chosen = np.flatnonzero((kinds == kind) & ~vacant)
        quads, block, row, column = cut_blocks(u0[chosen], v0[chosen], PATTERNS[kind], rng)
        n = len(quads)
        parts.append(Lots(quads, np.full(n, kind), np.full(n, Place.DPP), chosen[block], row, column,
                          np.full(n, quarter_key), np.full(n, -1), np.arange(1, n + 1)))
    return Lots.concat(parts), blocks


def _cut_village(cells: list[tuple[float, float]], rng: np.random.Generator,
                 *, quarter_key: int) -> tuple[Lots, Blocks]:
    u0 = np.asarray([u + a * PITCH_U + STREET / 2 for u, v in cells for b in range(4) for a in range(2)])
    v0 = np.asarray([v + b * PITCH_V + STREET / 2 for u, v in cells for b in range(4) for a in range(2)])
    kinds = np.full(len(u0), int(LotKind.VILLAGE))
    vacant = np.zeros(len(kinds), dtype=bool)
    vacant[[9, 10, 13]] = True      # free village land: requests here meet a plan that is still a draft
    blocks = Blocks(rectangles(u0, v0, BLOCK_W, BLOCK_D), kinds, np.full(len(kinds), Place.VILLAGE), vacant)
    chosen = np.flatnonzero(~vacant)
    quads, block, row, column = cut_blocks(u0[chosen], v0[chosen], PATTERNS[LotKind.VILLAGE], rng)
    n = len(quads)
    global_block = chosen[block]
    street = (global_block // 2) % 12 + row
    house = (global_block % 2 * 5 + column) * 2 + 1 + row
    return Lots(quads, np.full(n, LotKind.VILLAGE), np.full(n, Place.VILLAGE), global_block, row, column,
                np.full(n, quarter_key), street, house), blocks


def _gardens(wanted: int, radius: float, rng: np.random.Generator,
             avoid: shapely.Geometry) -> tuple[Lots, list[shapely.Polygon]]:
    """Garden cooperatives around the town: blocks of 2 × 8 lots of 25 × 30 m along 6 m alleys."""
    angles = (35.0, 145.0, 280.0, 325.0)
    pattern = RowPattern(8, (0.0, 30.0), 30.0, 1.0, width=200.0)
    parts: list[Lots] = []
    areas: list[shapely.Polygon] = []
    remaining = wanted
    for k, angle in enumerate(angles):
        share = remaining // (len(angles) - k)
        blocks_needed = math.ceil(share / 16)
        across = max(1, math.ceil(math.sqrt(blocks_needed / 3)))
        along = math.ceil(blocks_needed / across)
        width, height = across * 206.0, along * 66.0
        distance = radius + 1200.0
        while True:
            cu, cv = _polar(distance, angle)
            area = shapely.box(cu - width / 2, cv - height / 2, cu + width / 2, cv + height / 2)
            if not shapely.intersects(area, avoid) and not any(shapely.intersects(area, a) for a in areas):
                break
            distance += 300.0
        grid_u, grid_v = np.meshgrid(np.arange(across), np.arange(along), indexing="ij")
        u0 = np.asarray(cu - width / 2 + grid_u.ravel() * 206.0 + 3.0, dtype=np.float64)
        v0 = np.asarray(cv - height / 2 + grid_v.ravel() * 66.0 + 3.0, dtype=np.float64)
        quads, _block, row, column = cut_blocks(u0, v0, pattern, rng)
        quads = quads[:share]
        n = len(quads)
        parts.append(Lots(quads, np.full(n, LotKind.GARDEN), np.full(n, Place.GARDENS), np.full(n, -1),
                          row[:n], column[:n], np.full(n, 20_000 + k), np.full(n, -1), np.arange(1, n + 1)))
        areas.append(area)
        remaining -= n
    return Lots.concat(parts), areas


def _fields(wanted: int, radius: float, rng: np.random.Generator, avoid: list[shapely.Geometry]) -> Lots:
    """Farm fields of about 10 ha on a grid of field roads, nearest to the town first."""
    pitch_u, pitch_v, width, depth = 410.0, 260.0, 400.0, 250.0
    reach = math.sqrt(wanted * pitch_u * pitch_v * 3.0 / 4.0) + radius + 4000.0
    tree = shapely.STRtree(avoid)
    while True:
        iu = np.arange(-int(reach / pitch_u), int(reach / pitch_u) + 1)
        iv = np.arange(-int(reach / pitch_v), int(reach / pitch_v) + 1)
        gu, gv = (a.ravel() for a in np.meshgrid(iu, iv, indexing="ij"))
        u0, v0 = gu * pitch_u + 5.0, gv * pitch_v + 5.0
        hits = tree.query(shapely.box(u0, v0, u0 + width, v0 + depth), predicate="intersects")[0]
        free = np.ones(len(u0), dtype=bool)
        free[hits] = False
        if free.sum() >= wanted:
            break
        reach *= 1.4
    u0, v0 = u0[free], v0[free]
    nearest = np.argsort(np.hypot(u0 + width / 2, v0 + depth / 2), kind="stable")[:wanted]
    field_u: Float = np.asarray(u0[nearest], dtype=np.float64)
    field_v: Float = np.asarray(v0[nearest], dtype=np.float64)
    quads = rectangles(field_u, field_v, width, depth)
    quads[:, :4] += rng.uniform(-3.0, 3.0, (len(quads), 4, 2))
    quads[:, 4] = quads[:, 0]
    n = len(quads)
    quarter = 30_000 + np.floor_divide(field_u, 5000.0).astype(np.int64) * 100 \
        + np.floor_divide(field_v, 5000.0).astype(np.int64)
    return Lots(quads, np.full(n, LotKind.FIELD), np.full(n, Place.RURAL), np.full(n, -1), np.zeros(n, np.int64),
                np.zeros(n, np.int64), quarter, np.full(n, -1), np.arange(1, n + 1))


def _river(radius: float, rng: np.random.Generator) -> tuple[shapely.LineString, shapely.Polygon]:
    """A meandering river crossing the district west to east, through the south of the town."""
    span = radius * 6 + 40_000.0
    u = np.arange(-span, span, 25.0)
    phase = rng.uniform(0, 2 * math.pi)
    v = -0.35 * radius + 260.0 * np.sin(2 * math.pi * u / 4200.0 + phase) + 90.0 * np.sin(2 * math.pi * u / 1300.0)
    line = shapely.LineString(np.column_stack([u, v]))
    return line, shapely.buffer(line, 20.0, quad_segs=4)


def _pieces(line: shapely.LineString, width: float, vertices: int = 40) -> list[shapely.Polygon]:
    coords = shapely.get_coordinates(line)
    starts = range(0, len(coords) - 1, vertices)
    return [shapely.buffer(shapely.LineString(coords[k:k + vertices + 1]), width, quad_segs=2) for k in starts]


def _ellipse(cu: float, cv: float, a: float, b: float) -> Float:
    t = np.linspace(0, 2 * math.pi, 48, endpoint=False)
    ring = np.column_stack([cu + a * np.cos(t), cv + b * np.sin(t)])
    return np.vstack([ring, ring[:1]])


def _polar(distance: float, angle_deg: float) -> tuple[float, float]:
    angle = math.radians(angle_deg)
    return distance * math.cos(angle), distance * math.sin(angle)
