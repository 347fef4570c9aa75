"""A uniform grid over feature bounds: which features may meet a rectangle, without scanning all of them."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

FEATURES_PER_CELL = 16
BIG_CELLS = 4          # features wider than this many cells are checked on every query


class GridIndex:
    """Features are filed under the grid cell of their bounds' centre; a query widens the rectangle by the
    largest half-size of a filed feature, so nothing is missed, then filters on the exact bounds."""

    def __init__(self, bounds: NDArray[np.float64]) -> None:
        self._bounds = bounds
        n = len(bounds)
        if n == 0:
            self._big = np.empty(0, dtype=np.int64)
            self._order = np.empty(0, dtype=np.int64)
            self._starts = np.zeros(2, dtype=np.int64)
            self._origin, self._cell, self._cols, self._rows, self._half = (0.0, 0.0), 1.0, 1, 1, (0.0, 0.0)
            return
        x0, y0 = bounds[:, 0].min(), bounds[:, 1].min()
        width = max(bounds[:, 2].max() - x0, 1e-9)
        height = max(bounds[:, 3].max() - y0, 1e-9)
        cells = max(1, n // FEATURES_PER_CELL)
        cell = max(math.sqrt(width * height / cells), 1e-6)
        self._origin, self._cell = (float(x0), float(y0)), cell
        self._cols, self._rows = int(width // cell) + 1, int(height // cell) + 1
        size = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
        big = size > BIG_CELLS * cell
        self._big = np.flatnonzero(big)
        small = np.flatnonzero(~big)
        centre_x = (bounds[small, 0] + bounds[small, 2]) / 2
        centre_y = (bounds[small, 1] + bounds[small, 3]) / 2
        col = np.clip(((centre_x - x0) // cell).astype(np.int64), 0, self._cols - 1)
        row = np.clip(((centre_y - y0) // cell).astype(np.int64), 0, self._rows - 1)
        cell_id = row * self._cols + col
        order = np.argsort(cell_id, kind="stable")
        self._order = small[order]
        self._starts = np.searchsorted(cell_id[order], np.arange(self._cols * self._rows + 1))
        if len(small):
            self._half = (float((bounds[small, 2] - bounds[small, 0]).max() / 2),
                          float((bounds[small, 3] - bounds[small, 1]).max() / 2))
        else:
            self._half = (0.0, 0.0)

    def query(self, bbox: tuple[float, float, float, float]) -> NDArray[np.int64]:
        """Indices (ascending) of the features whose bounds meet `bbox`."""
        x0, y0, x1, y1 = bbox
        ox, oy = self._origin
        hx, hy = self._half
        c0 = max(0, int((x0 - hx - ox) // self._cell))
        c1 = min(self._cols - 1, int((x1 + hx - ox) // self._cell))
        r0 = max(0, int((y0 - hy - oy) // self._cell))
        r1 = min(self._rows - 1, int((y1 + hy - oy) // self._cell))
        parts = [self._big]
        if c0 <= c1:
            for row in range(r0, r1 + 1):
                start = self._starts[row * self._cols + c0]
                end = self._starts[row * self._cols + c1 + 1]
                if end > start:
                    parts.append(self._order[start:end])
        candidates = np.concatenate(parts) if len(parts) > 1 else self._big
        b = self._bounds[candidates]
        hit = (b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0)
        return np.sort(candidates[hit])
