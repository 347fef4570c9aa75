"""Graphics items on the map: the tile layer (painted by a worker) and the selection drawn above it."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from landdesk.map.batches import rings_path
from landdesk.map.styles import SELECTION
from landdesk.map.tiles import BBox, Tile, TileKey, draw_tiles, level_for, render_block, tiles_covering

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np
    from numpy.typing import NDArray
    from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

    from landdesk.map.tiles import RenderState

log = logging.getLogger(__name__)

CACHE_TILES = 2000              # tiles kept…
CACHE_BYTES = 320 * 2**20       # …and the block images they are cut from, at most this much
MAX_BLOCK = 8                   # tiles per side painted in one pass
VIEW_MARGIN_PX = 16             # a fresh view is painted this far beyond its edges


class TileCache(QObject):
    """Tiles for the current view, rendered in one worker thread, newest request first, stale ones dropped.

    The UI thread only decides which tiles it wants; the worker renders them into QImages and hands them
    back by a queued signal. While tiles are missing the item draws older tiles (another zoom level or an
    older style) scaled into place.
    """

    tile_ready = Signal(object, object)   # TileKey, Tile or None (worker → UI thread)
    idle = Signal()                      # every wanted tile is in the cache

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        """`synchronous`: paint in the caller's thread (the benchmark times the canvas's own code this way);
        edge tiles are then completed only by `complete_now()`."""
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="map-tiles")
        self._synchronous = synchronous
        self._deferred: list[tuple[TileKey, int, int, list[TileKey], RenderState]] = []
        self._tiles: OrderedDict[TileKey, Tile] = OrderedDict()
        self._blocks: dict[int, list[Any]] = {}    # id(image) → [image, tiles cut from it]
        self.cached_bytes = 0
        self._state: RenderState | None = None
        self._wanted: frozenset[TileKey] = frozenset()
        self._pending: set[TileKey] = set()
        self._view: tuple[BBox, float] = ((0.0, 0.0, 0.0, 0.0), 1.0)
        self._view_jobs = 0                  # view blocks queued or painting; edge completion waits for none
        self._jobs_lock = threading.Lock()
        self.rendered = 0
        self.dropped = 0
        self.tile_ready.connect(self._on_tile_ready)

    def set_state(self, state: RenderState) -> None:
        self._state = state
        self._wanted = frozenset()

    def carry_over(self, old: int, new: int, changed: BBox, margin_px: float = 4.0) -> int:
        """After a data change confined to `changed` (an edit), tiles of generation `old` that do not meet it
        (widened by a few pixels for strokes) stay valid under generation `new`: only the edit's tiles are painted
        again. Returns how many tiles were kept."""
        kept = 0
        x0, y0, x1, y1 = changed
        for key, tile in list(self._tiles.items()):
            if key.style != old:
                continue
            pad = margin_px * key.resolution
            tx0, ty0, tx1, ty1 = key.rect()
            if tx1 < x0 - pad or tx0 > x1 + pad or ty1 < y0 - pad or ty0 > y1 + pad:
                moved = TileKey(key.level, key.col, key.row, new)
                if moved not in self._tiles:
                    self._tiles[moved] = tile
                    self._blocks[id(tile.image)][1] += 1
                    kept += 1
        return kept

    def is_idle(self) -> bool:
        """Every tile of the current view is painted at least as far as the view needs."""
        return all(self._usable(key) for key in self._wanted)

    def _usable(self, key: TileKey) -> bool:
        tile = self._tiles.get(key)
        return tile is not None and tile.covers(key, self._view[0])

    def request(self, bbox: tuple[float, float, float, float], resolution: float) -> list[TileKey]:
        """Want the tiles of this view; queue the missing ones. Returns the wanted keys, centre first."""
        if self._state is None:
            return []
        level = level_for(resolution)
        keys = [TileKey(level, col, row, self._state.generation) for col, row in tiles_covering(bbox, level)]
        self._wanted = frozenset(keys)
        self._view = (bbox, resolution)
        margin = VIEW_MARGIN_PX * resolution
        clip = (bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin)
        missing = []
        for key in keys:
            if self._usable(key):
                self._tiles.move_to_end(key)
            elif key not in self._pending:
                missing.append(key)
        for corner, cols, rows in blocks(missing):
            block = [TileKey(level, corner.col + c, corner.row + r, corner.style)
                     for c in range(cols) for r in range(rows)]
            self._pending.update(block)
            with self._jobs_lock:
                self._view_jobs += 1
            if self._synchronous:
                self._render(corner, cols, rows, block, self._state, clip)
            else:
                self._executor.submit(self._render, corner, cols, rows, block, self._state, clip)
        if self.is_idle():
            self.idle.emit()
        return keys

    def tiles_for(self, bbox: tuple[float, float, float, float], resolution: float) -> list[tuple[TileKey, Tile]]:
        """Cached tiles meeting the view, stand-ins first and exact tiles last (drawn on top).

        Called on every paint: when the view's own tiles are all cached (panning over cached tiles) they are
        returned directly; only a view still waiting for tiles scans the cache for stand-ins.
        """
        level = level_for(resolution)
        generation = self._state.generation if self._state else -1
        own = [TileKey(level, col, row, generation) for col, row in tiles_covering(bbox, level)]
        if all(key in self._tiles and self._tiles[key].covers(key, bbox) for key in own):
            return [(key, self._tiles[key]) for key in own]
        x0, y0, x1, y1 = bbox
        found = []
        for key, image in self._tiles.items():
            tx0, ty0, tx1, ty1 = key.rect()
            if tx1 < x0 or tx0 > x1 or ty1 < y0 or ty0 > y1:
                continue
            exact = key.style == generation and key.level == level
            found.append(((key.style == generation, exact, -abs(key.level - level)), key, image))
        found.sort(key=lambda item: item[0])
        return [(key, image) for _rank, key, image in found]

    def wait_idle(self) -> None:
        """Block until the worker has finished what is queued (benchmarks and headless screenshots)."""
        self._executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        self._wanted = frozenset()
        self._state = None               # later requests (a result that arrives after closing) draw nothing
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _render(self, corner: TileKey, cols: int, rows: int, block: list[TileKey], state: RenderState,
                clip: BBox | None) -> None:
        """A view block (clipped to the view; its keys are pending) or, with no clip, the completion of a
        block's edge tiles, which gives way to any view block still waiting."""
        completing = clip is None
        if not completing:
            with self._jobs_lock:
                self._view_jobs -= 1
        elif self._view_jobs:
            return
        if self._wanted.isdisjoint(block):          # the view moved on before this block's turn came
            self.dropped += len(block)
            if not completing:
                for key in block:
                    self.tile_ready.emit(key, None)
            return
        painted: list[tuple[TileKey, Tile | None]]
        try:
            painted = list(render_block(corner, cols, rows, state, clip))
        except Exception:
            log.exception("tiles from %s failed to render", corner)
            painted = [(key, None) for key in block]
        for key, tile in painted:
            self.tile_ready.emit(key, tile)
        if any(tile is not None and tile.valid is not None for _key, tile in painted):
            if self._synchronous:
                self._deferred.append((corner, cols, rows, block, state))
            else:
                self._executor.submit(self._render, corner, cols, rows, block, state, None)

    def complete_now(self) -> None:
        """Synchronous mode: paint whole the edge tiles the last views left partial."""
        deferred, self._deferred = self._deferred, []
        for corner, cols, rows, block, state in deferred:
            self._render(corner, cols, rows, block, state, None)

    def _forget(self, key: TileKey) -> None:
        tile = self._tiles.pop(key, None)
        if tile is None:
            return
        block = self._blocks[id(tile.image)]
        block[1] -= 1
        if block[1] == 0:
            del self._blocks[id(tile.image)]
            self.cached_bytes -= tile.image.sizeInBytes()

    def _on_tile_ready(self, key: TileKey, tile: Tile | None) -> None:
        self._pending.discard(key)
        if tile is not None:
            self.rendered += 1
            self._forget(key)
            self._tiles[key] = tile
            block = self._blocks.setdefault(id(tile.image), [tile.image, 0])
            if block[1] == 0:
                self.cached_bytes += tile.image.sizeInBytes()
            block[1] += 1
            while len(self._tiles) > CACHE_TILES or (self.cached_bytes > CACHE_BYTES and len(self._tiles) > 1):
                self._forget(next(iter(self._tiles)))
        if tile is not None and not self._pending and self._state is not None and not self.is_idle():
            self.request(*self._view)        # tiles painted for an older view do not reach far enough
        elif self.is_idle():
            self.idle.emit()


def blocks(keys: list[TileKey], most: int = MAX_BLOCK) -> list[tuple[TileKey, int, int]]:
    """Cover the missing tiles with a few rectangular blocks of at most `most` × `most` tiles (corner, cols, rows)."""
    if not keys:
        return []
    level, style = keys[0].level, keys[0].style
    c0, c1 = min(k.col for k in keys), max(k.col for k in keys)
    r0, r1 = min(k.row for k in keys), max(k.row for k in keys)
    found = []
    for col in range(c0, c1 + 1, most):
        for row in range(r0, r1 + 1, most):
            found.append((TileKey(level, col, row, style), min(most, c1 + 1 - col), min(most, r1 + 1 - row)))
    return found


class LayerTilesItem(pg.GraphicsObject):
    """All map layers as one item: cached tile images drawn at device resolution."""

    def __init__(self, tiles: TileCache) -> None:
        super().__init__()
        self._tiles = tiles
        self._bounds = QRectF(-1e7, -1e7, 2e7, 2e7)
        tiles.tile_ready.connect(lambda *_: self.update())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def view_resolution(self, widget: QWidget | None = None) -> float:
        view_box = self.getViewBox()
        pixel = view_box.viewPixelSize()[0] if view_box is not None else 1.0
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        return float(pixel / ratio)

    def view_bbox(self) -> tuple[float, float, float, float]:
        rect = self.getViewBox().viewRect()
        return rect.left(), rect.top(), rect.right(), rect.bottom()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.getViewBox() is None:
            return
        bbox = self.view_bbox()
        resolution = self.view_resolution(widget)
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        draw_tiles(painter, self._tiles.tiles_for(bbox, resolution), transform.mapRect)
        painter.restore()


class SelectionItem(QGraphicsPathItem):
    """The selected features' outlines, drawn above the tiles (never by re-rendering a layer)."""

    def __init__(self, colour: Sequence[int] = SELECTION, width: float = 3.0, *, dashed: bool = False,
                 fill: int = 40) -> None:
        super().__init__()
        pen = QPen(QColor(*colour))
        pen.setCosmetic(True)
        pen.setWidthF(width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(QBrush(QColor(colour[0], colour[1], colour[2], fill)))
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)    # an overlay: clicks and drags go to the map
        self.setZValue(100)

    def show_geometries(self, geometries: NDArray[np.object_]) -> None:
        self.setPath(rings_path(geometries))
