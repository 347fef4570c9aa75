"""Tile painting and the grid index, on small hand-made layers whose pixels we can predict."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor

from landdesk.map.index import GridIndex
from landdesk.map.styles import BACKGROUND, PARCEL_BY_STATUS, ClassStyle, LayerStyle
from landdesk.map.tiles import TILE_PX, DrawLayer, RenderState, TileKey, level_for, level_resolution, render_tile
from landdesk.storage.render_copy import SOURCES, pack_rows

boxes = st.tuples(st.floats(0, 1000), st.floats(0, 1000), st.floats(0.1, 200), st.floats(0.1, 200))


@settings(max_examples=60, deadline=None)
@given(st.lists(boxes, min_size=0, max_size=80), boxes)
def test_the_grid_index_finds_exactly_what_a_full_scan_finds(features: list[tuple[float, ...]],
                                                             query: tuple[float, ...]) -> None:
    bounds = np.array([(x, y, x + w, y + h) for x, y, w, h in features]).reshape(-1, 4)
    qx, qy, qw, qh = query
    bbox = (qx, qy, qx + qw, qy + qh)
    expected = np.flatnonzero((bounds[:, 0] <= bbox[2]) & (bounds[:, 2] >= bbox[0]) &
                              (bounds[:, 1] <= bbox[3]) & (bounds[:, 3] >= bbox[1])) if len(bounds) else []
    np.testing.assert_array_equal(GridIndex(bounds).query(bbox), expected)


def test_level_for_picks_tiles_no_coarser_than_the_view() -> None:
    for resolution in (0.013, 0.5, 1.0, 3.7, 40.0, 900.0):
        level = level_for(resolution)
        assert level_resolution(level) <= resolution * (1 + 1e-9)
        assert level_resolution(level + 1) > resolution


def _parcels_layer(geometries: list[shapely.Geometry], statuses: list[str]) -> DrawLayer:
    rows = [(k + 1, s, "SETTLEMENT", None, f"19-245-001-{k + 1:03d}", shapely.to_wkb(g))
            for k, (g, s) in enumerate(zip(geometries, statuses, strict=True))]
    arrays = pack_rows(SOURCES["parcels"], 1, rows)
    style = LayerStyle("parcels", "Parcels", "parcels", "status", PARCEL_BY_STATUS,
                       ClassStyle("Other", (0, 0, 0, 255), None), label_px=40)
    return DrawLayer.of(style, arrays)


def _colour(image: object, x: int, y: int) -> tuple[int, int, int]:
    colour = QColor(image.pixel(x, y))  # type: ignore[attr-defined]
    return colour.red(), colour.green(), colour.blue()


def test_a_tile_shows_each_parcel_in_its_status_colour_and_holes_stay_empty() -> None:
    level = level_for(1.0)                      # ≈1 m per pixel: the tile at (0, 0) covers 0…256 m
    resolution = level_resolution(level)
    with_hole = shapely.Polygon([(10, 10), (110, 10), (110, 110), (10, 110)],
                                [[(40, 40), (80, 40), (80, 80), (40, 80)]])
    free = shapely.box(150, 150, 200, 230)
    layer = _parcels_layer([with_hole, free], ["REGISTERED", "FREE"])
    image = render_tile(TileKey(level, 0, 0, 1), RenderState(1, (layer,)))
    assert image.width() == image.height() == TILE_PX

    def at(x: float, y: float) -> tuple[int, int, int]:
        return _colour(image, int(x / resolution), int(TILE_PX - y / resolution))

    assert at(25, 25) == PARCEL_BY_STATUS["REGISTERED"].fill[:3]
    assert at(60, 60) == BACKGROUND                   # the hole
    assert at(175, 190) == PARCEL_BY_STATUS["FREE"].fill[:3]
    assert at(130, 130) == BACKGROUND


def test_features_smaller_than_a_pixel_still_show_as_a_dot() -> None:
    level = level_for(50.0)
    resolution = level_resolution(level)
    tiny = shapely.box(1000, 1000, 1010, 1010)          # 10 m at ~50 m per pixel
    layer = _parcels_layer([tiny], ["SEIZED"])
    image = render_tile(TileKey(level, 0, 0, 1), RenderState(1, (layer,)))
    x, y = int(1005 / resolution), int(TILE_PX - 1005 / resolution)
    colours = {_colour(image, x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    assert PARCEL_BY_STATUS["SEIZED"].outline[:3] in colours


def test_a_hidden_layer_paints_nothing() -> None:
    from dataclasses import replace
    level = level_for(1.0)
    layer = _parcels_layer([shapely.box(0, 0, 200, 200)], ["FREE"])
    hidden = DrawLayer.of(replace(layer.style, visible=False), layer.arrays)
    image = render_tile(TileKey(level, 0, 0, 1), RenderState(1, (hidden,)))
    assert _colour(image, 100, 100) == BACKGROUND


def _dark_pixels(image: object, x0: int, y0: int, x1: int, y1: int) -> int:
    return sum(1 for x in range(x0, x1) for y in range(y0, y1) if max(_colour(image, x, y)) < 110)


def test_cadastral_numbers_appear_only_when_they_fit_inside_the_parcel() -> None:
    lot = shapely.box(20, 20, 120, 70)                  # 100 m × 50 m
    layer = _parcels_layer([lot], ["FREE"])
    near = level_for(0.5)                               # 200 px wide: the number fits
    resolution = level_resolution(near)
    image = render_tile(TileKey(near, 0, 0, 1), RenderState(1, (layer,)))
    cx, cy = int(70 / resolution), int(TILE_PX - 45 / resolution)
    assert _dark_pixels(image, cx - 40, cy - 6, cx + 40, cy + 6) > 20, "the number is drawn"
    far = level_for(2.0)                                # 50 px wide: it does not fit, so it is left out
    resolution = level_resolution(far)
    image = render_tile(TileKey(far, 0, 0, 1), RenderState(1, (layer,)))
    cx, cy = int(70 / resolution), int(TILE_PX - 45 / resolution)
    assert _dark_pixels(image, cx - 20, cy - 6, cx + 20, cy + 6) == 0
