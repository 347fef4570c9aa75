"""Shapely geometry arrays → batched QPainterPaths (one path for many rings, no per-feature Qt objects)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtGui import QPainterPath

if TYPE_CHECKING:
    from numpy.typing import NDArray


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
    connect[np.flatnonzero(np.diff(index)) ] = False
    connect[-1] = False
    return pg.arrayToQPath(coords[:, 0], coords[:, 1], connect=connect, finiteCheck=False)
