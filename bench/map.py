"""The map canvas benchmark, one district size per child process (so peak memory is that size's own).

Times what the canvas does, with the functions it uses: load the layers' packed copies, paint 256-px tiles
(`render_tile`, what the worker thread runs) and compose them into a 1600×1000 frame (what the tile item's
paint does). The parcels layer alone is compared with QGIS rendering the same layer of the same file.
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from landdesk.map.items import TileCache
from landdesk.map.layers import MapLayers, load_map_data
from landdesk.map.tiles import (
    RenderState,
    compose,
    level_for,
    level_resolution,
    tiles_covering,
)
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from collections.abc import Callable

WIDTH, HEIGHT = 1600, 1000
REPEATS = 7
PANS = 20

BBox = tuple[float, float, float, float]


def _view(extent: BBox) -> tuple[BBox, float]:
    """The extent fitted into WIDTH × HEIGHT, and its metres per pixel.

    The canvas snaps its zoom to the nearest tile level; here the level at or just above the view's
    resolution is taken, so LandDesk's frame always covers at least the area QGIS draws.
    """
    x0, y0, x1, y1 = extent
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return _centred(cx, cy, max((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT))


def _centred(cx: float, cy: float, resolution: float) -> tuple[BBox, float]:
    level = level_for(resolution)
    if level_resolution(level) < resolution * (1 - 1e-9):
        level += 1
    resolution = level_resolution(level)
    return (cx - resolution * WIDTH / 2, cy - resolution * HEIGHT / 2,
            cx + resolution * WIDTH / 2, cy + resolution * HEIGHT / 2), resolution


class Frames:
    """The canvas's own tile cache, run synchronously: `frame` paints what the view lacks and composes it as
    the tile item does; `complete` paints edge tiles whole, as the worker does between frames."""

    def __init__(self, state: RenderState) -> None:
        self.cache = TileCache(synchronous=True)
        self.cache.set_state(state)

    def frame(self, bbox: BBox, resolution: float) -> None:
        self.cache.request(bbox, resolution)
        compose(self.cache.tiles_for(bbox, resolution), bbox, (WIDTH, HEIGHT))

    def complete(self) -> None:
        self.cache.complete_now()


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _pan_views(start: BBox) -> list[BBox]:
    views, (x0, y0, x1, y1) = [], start
    for k in range(PANS):
        dx, dy = [(1, 0), (0, 1), (-1, 0), (0, -1)][min(3, k * 4 // PANS)]
        sx, sy = dx * 0.1 * (x1 - x0), dy * 0.1 * (y1 - y0)
        x0, y0, x1, y1 = x0 + sx, y0 + sy, x1 + sx, y1 + sy
        views.append((x0, y0, x1, y1))
    return views


def measure(path: Path) -> dict[str, float]:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    results: dict[str, float] = {}

    def open_and_draw() -> None:
        with open_cache(path) as cache:
            data = load_map_data(cache)
        layers = MapLayers(data)
        view, resolution = _view(layers.extent() or (0, 0, 1, 1))
        Frames(layers.render_state()).frame(view, resolution)

    results["open_to_first_frame"] = _ms(open_and_draw)
    with open_cache(path) as cache:
        data = load_map_data(cache)
    layers = MapLayers(data)
    b = data["parcels"].arrays.bounds
    full, full_res = _view((b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()))
    everything = layers.render_state()
    for style in layers.styles:
        if style.key != "parcels":
            layers.update_style(style.key, visible=False)
    parcels_only = layers.render_state()

    results["full_extent_all_layers"] = statistics.median(
        _ms(lambda: Frames(everything).frame(full, full_res)) for _ in range(REPEATS))
    results["full_extent"] = statistics.median(
        _ms(lambda: Frames(parcels_only).frame(full, full_res)) for _ in range(REPEATS))
    zoom, zoom_res = _centred((full[0] + full[2]) / 2, (full[1] + full[3]) / 2, full_res / 10)
    results["zoom_1_100"] = statistics.median(
        _ms(lambda: Frames(parcels_only).frame(zoom, zoom_res)) for _ in range(REPEATS))
    views = _pan_views(zoom)
    fresh = [_ms(lambda v=v: Frames(parcels_only).frame(v, zoom_res)) for v in views]
    results["pan_fresh"] = statistics.median(fresh)
    frames = Frames(parcels_only)
    frames.frame(zoom, zoom_res)
    frames.complete()
    strips, completions = [], []
    for v in views:
        strips.append(_ms(lambda v=v: frames.frame(v, zoom_res)))
        completions.append(_ms(frames.complete))       # the worker does this between frames
    results["pan_tiles"] = statistics.median(strips)
    results["pan_completion"] = statistics.fmean(completions)
    results["pan_cached"] = statistics.median(_ms(lambda v=v: frames.frame(v, zoom_res)) for v in views)
    rng = random.Random(1)
    points = [(rng.uniform(zoom[0], zoom[2]), rng.uniform(zoom[1], zoom[3])) for _ in range(1000)]
    times = [_ms(lambda p=p: layers.identify("parcels", *p)) for p in points]
    results["identify"] = statistics.median(times)
    results["identify_hit_rate"] = sum(1 for p in points if layers.identify("parcels", *p)) / len(points)
    results["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["parcels"] = float(len(data["parcels"].arrays))
    results["tiles_full"] = float(len(tiles_covering(full, level_for(full_res))))
    results["zoom_parcels"] = float(len(data["parcels"].index.query(zoom)))
    return results


def main() -> None:
    print(json.dumps(measure(Path(sys.argv[1]))))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
