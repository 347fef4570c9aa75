"""Layer arrays → batched QPainterPaths in map coordinates, grouped by style class and place, built once.

A display layer's features are split into chunks of CHUNK_FEATURES features of one class, in Morton
order, so each chunk covers a compact area and can be culled by its bounds. A chunk's path is built the
first time a zoom band (one octave of resolution) needs it and then reused by every later frame in that
band: panning and re-rendering pay only for painting. Vertices closer than a pixel of the band are
dropped; features smaller than DOT_PX pixels become single points.
"""

from __future__ import annotations

import itertools
import math
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath, QPolygonF

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from landdesk.storage.render_copy import LayerArrays

CHUNK_FEATURES = 256            # measured best of 32–1024 for fills without antialiasing
DOT_PX = 1.5                    # features smaller than this are drawn as one pixel


def rings_path(geometries: NDArray[np.object_]) -> QPainterPath:
    """All rings (or lines) of the geometries as one path; subpaths break where a ring ends."""
    if len(geometries) == 0:
        return QPainterPath()
    boundaries = shapely.boundary(geometries)
    boundaries = np.where(shapely.get_type_id(geometries) == 1, geometries, boundaries)  # lines stay lines
    coords, index = shapely.get_coordinates(shapely.get_parts(boundaries), return_index=True)
    if len(coords) == 0:
        return QPainterPath()
    connect = np.ones(len(coords), dtype=np.bool_)
    connect[np.flatnonzero(np.diff(index))] = False
    connect[-1] = False
    path: QPainterPath = pg.arrayToQPath(coords[:, 0], coords[:, 1], connect=connect, finiteCheck=False)
    return path


def ranges(starts: NDArray[np.int64], ends: NDArray[np.int64]) -> NDArray[np.int64]:
    """Concatenated aranges [starts[i], ends[i]) without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    shifts = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return np.arange(total, dtype=np.int64) + shifts


def band_of(resolution: float) -> int:
    """Zoom bands are octaves of resolution; a band's paths are built for its finest resolution."""
    return math.floor(math.log2(resolution) + 1e-9)


@dataclass(frozen=True)
class ChunkPaths:
    path: QPainterPath          # the chunk's rings, in map coordinates
    dots: QPolygonF | None      # points for features too small to draw as shapes


class LayerBatches:
    """The chunks of one display layer (data × class column × feature filter) and their paths per band."""

    def __init__(self, arrays: LayerArrays, classify_by: str | None, keep: NDArray[np.bool_] | None, *,
                 winding: bool) -> None:
        self.arrays = arrays
        self.winding = winding
        self._classify_by = classify_by
        self._keep = keep
        self._chunks: tuple[list[NDArray[np.int64]], NDArray[np.int16], NDArray[np.float64]] | None = None
        self._bands: dict[int, list[ChunkPaths | None]] = {}
        self._lock = threading.RLock()

    @property
    def members(self) -> list[NDArray[np.int64]]:
        return self._chunked()[0]

    @property
    def codes(self) -> NDArray[np.int16]:
        return self._chunked()[1]

    @property
    def bounds(self) -> NDArray[np.float64]:
        return self._chunked()[2]

    def _chunked(self) -> tuple[list[NDArray[np.int64]], NDArray[np.int16], NDArray[np.float64]]:
        """Split into chunks on first use, in the render worker (≈40 ms at 200k: never on the UI thread)."""
        with self._lock:
            if self._chunks is None:
                self._chunks = self._split()
            return self._chunks

    def _split(self) -> tuple[list[NDArray[np.int64]], NDArray[np.int16], NDArray[np.float64]]:
        arrays = self.arrays
        chosen = np.arange(len(arrays)) if self._keep is None else np.flatnonzero(self._keep)
        codes = arrays.classes[self._classify_by][chosen] if self._classify_by else np.zeros(len(chosen), np.int16)
        order = np.argsort(codes, kind="stable")           # by class, Morton order within a class
        chosen, codes = chosen[order], codes[order]
        starts = [0]
        for start in np.flatnonzero(np.diff(codes)) + 1:   # chunks never mix classes
            starts.extend(range(starts[-1] + CHUNK_FEATURES, int(start), CHUNK_FEATURES))
            starts.append(int(start))
        if len(chosen):
            starts.extend(range(starts[-1] + CHUNK_FEATURES, len(chosen), CHUNK_FEATURES))
        starts.append(len(chosen))
        members = [chosen[a:b] for a, b in itertools.pairwise(starts) if b > a]
        chunk_codes = np.array([codes[a] for a, b in itertools.pairwise(starts) if b > a], dtype=np.int16)
        b = arrays.bounds
        bounds = np.array([(b[m, 0].min(), b[m, 1].min(), b[m, 2].max(), b[m, 3].max())
                           for m in members]).reshape(-1, 4)
        return members, chunk_codes, bounds

    def visible(self, bbox: tuple[float, float, float, float]) -> NDArray[np.int64]:
        b = self.bounds
        return np.flatnonzero((b[:, 0] <= bbox[2]) & (b[:, 2] >= bbox[0]) &
                              (b[:, 1] <= bbox[3]) & (b[:, 3] >= bbox[1]))

    def paths(self, chunk: int, band: int) -> ChunkPaths:
        with self._lock:
            built = self._bands.setdefault(band, [None] * len(self.members))
        found = built[chunk]
        if found is None:
            # the band's middle resolution: vertices merge within ≤1.4 px at its finest, ≤0.7 px at its coarsest
            found = built[chunk] = self._build(self.members[chunk], 2.0 ** (band + 0.5))
        return found

    def _build(self, features: NDArray[np.int64], resolution: float) -> ChunkPaths:
        arrays = self.arrays
        bounds = arrays.bounds[features]
        extent = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
        tiny = extent < DOT_PX * resolution if not arrays.is_lines else np.zeros(len(features), np.bool_)
        dots = None
        if tiny.any():
            points = arrays.label_points[features[tiny]]
            dots = pg.functions.arrayToQPolygonF(points[:, 0], points[:, 1])
        shapes = features[~tiny]
        path = QPainterPath()
        if len(shapes):
            rings = ranges(arrays.feature_rings[shapes], arrays.feature_rings[shapes + 1])
            ring_offsets = arrays.ring_offsets
            lengths = ring_offsets[rings + 1] - ring_offsets[rings]
            xy = arrays.coords[ranges(ring_offsets[rings], ring_offsets[rings + 1])]
            if len(xy):
                last = np.cumsum(lengths) - 1
                grid = np.floor(xy / resolution)
                keep = np.ones(len(xy), dtype=np.bool_)
                keep[1:] = (grid[1:] != grid[:-1]).any(axis=1)
                keep[last - lengths + 1] = True
                keep[last] = True
                connect = np.ones(len(xy), dtype=np.bool_)
                connect[last] = False
                path = pg.arrayToQPath(xy[keep, 0], xy[keep, 1], connect=connect[keep], finiteCheck=False)
        if self.winding:
            path.setFillRule(Qt.FillRule.WindingFill)
        return ChunkPaths(path, dots)
