"""The map's layers: loaded arrays, their display styles, spatial indexes, and identify by point or rectangle."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np
import shapely

from landdesk.map.index import GridIndex
from landdesk.map.styles import default_layers
from landdesk.map.tiles import DrawLayer, RenderState
from landdesk.storage.render_copy import SOURCES, load_layer

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from landdesk.map.styles import LayerStyle
    from landdesk.storage.connection import Cache
    from landdesk.storage.render_copy import LayerArrays


@dataclass(frozen=True)
class LoadedLayer:
    arrays: LayerArrays
    index: GridIndex
    geometries: NDArray[np.object_]


def load_map_data(cache: Cache) -> dict[str, LoadedLayer]:
    """Every data layer with its index and shapely geometries (run in a worker: ~0.3 s at 200k parcels)."""
    loaded = {}
    for name in SOURCES:
        arrays = load_layer(cache, name)
        loaded[name] = LoadedLayer(arrays, GridIndex(arrays.bounds), arrays.geometries())
    return loaded


class MapLayers:
    """Display layers over loaded data. Every change of style makes a new render generation."""

    def __init__(self, data: dict[str, LoadedLayer] | None = None) -> None:
        self.data: dict[str, LoadedLayer] = data or {}
        self.styles: list[LayerStyle] = default_layers()
        self.generation = 1
        self._keep: dict[str, NDArray[np.bool_] | None] = {}

    def set_data(self, data: dict[str, LoadedLayer]) -> None:
        self.data = data
        self._keep.clear()
        self.generation += 1

    def style(self, key: str) -> LayerStyle:
        return next(s for s in self.styles if s.key == key)

    def update_style(self, key: str, **changes: object) -> None:
        self.styles = [replace(s, **changes) if s.key == key else s for s in self.styles]  # type: ignore[arg-type]
        self.generation += 1

    def classify(self, key: str, column: str) -> None:
        self.styles = [s.with_classification(column) if s.key == key else s for s in self.styles]
        self.generation += 1

    def render_state(self) -> RenderState:
        layers = []
        for style in self.styles:
            loaded = self.data.get(style.data)
            if loaded is None:
                continue
            layers.append(DrawLayer(style, loaded.arrays, self._keep_mask(style), loaded.index))
        return RenderState(self.generation, tuple(layers))

    def extent(self) -> tuple[float, float, float, float] | None:
        for name in ("district", "parcels"):
            loaded = self.data.get(name)
            if loaded is not None and len(loaded.arrays):
                b = loaded.arrays.bounds
                return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())
        return None

    def identify(self, layer: str, x: float, y: float, tolerance: float = 0.0) -> list[int]:
        """Indexes (into the layer's arrays) of the features at a point, within `tolerance` map units."""
        loaded = self.data.get(layer)
        if loaded is None:
            return []
        candidates = loaded.index.query((x - tolerance, y - tolerance, x + tolerance, y + tolerance))
        if not len(candidates):
            return []
        geometries = loaded.geometries[candidates]
        if tolerance > 0:
            hit = shapely.dwithin(geometries, shapely.Point(x, y), tolerance)
        else:
            hit = shapely.contains_xy(geometries, x, y)
        return [int(i) for i in candidates[hit]]

    def within(self, layer: str, bbox: tuple[float, float, float, float]) -> list[int]:
        """Features meeting a rectangle (rectangle select)."""
        loaded = self.data.get(layer)
        if loaded is None:
            return []
        candidates = loaded.index.query(bbox)
        hit = shapely.intersects(loaded.geometries[candidates], shapely.box(*bbox))
        return [int(i) for i in candidates[hit]]

    def fid_at(self, layer: str, index: int) -> int:
        return int(self.data[layer].arrays.fids[index])

    def index_of_fid(self, layer: str, fid: int) -> int | None:
        loaded = self.data.get(layer)
        return None if loaded is None else loaded.arrays.index_of(fid)

    def geometry(self, layer: str, index: int) -> shapely.Geometry:
        return self.data[layer].geometries[index]

    def _keep_mask(self, style: LayerStyle) -> NDArray[np.bool_] | None:
        if style.only is None:
            return None
        if style.key not in self._keep:
            arrays = self.data[style.data].arrays
            column, values = style.only
            codes = [i for i, v in enumerate(arrays.class_values.get(column, ())) if v in values]
            self._keep[style.key] = np.isin(arrays.classes[column], codes) if column in arrays.classes \
                else np.zeros(len(arrays), dtype=np.bool_)
        return self._keep[style.key]
