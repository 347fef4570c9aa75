"""Map layers as packed arrays for drawing: read once from SQL, kept in the cache, reused while fresh.

A layer's copy holds its features in spatial (Morton) order as shapely ragged arrays: coordinates,
ring offsets, feature → ring offsets, bounds, a label point, small-integer style classes and labels.
The map renders tiles straight from these arrays; nothing on the render path is a per-feature object.
"""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from landdesk.storage.migrations.m0002_render_copies import LAYER_SOURCES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

    from landdesk.storage.connection import Cache

log = logging.getLogger(__name__)

FORMAT = 1
_LABEL_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class LayerSource:
    """What to read for a layer: style class columns, an optional label column, the SQL behind them."""

    layer: str
    classes: tuple[str, ...]
    label: str | None
    sql: str


def _simple(table: str, classes: tuple[str, ...], label: str | None = None) -> LayerSource:
    columns = ", ".join(f't."{c}"' for c in (*classes, *([label] if label else [])))
    select = f"t.fid, {columns + ', ' if columns else ''}AsBinary(t.geom)"
    return LayerSource(table, classes, label, f'SELECT {select} FROM "{table}" t '
                                               "WHERE t.is_deleted = 0 AND t.geom IS NOT NULL")


SOURCES: dict[str, LayerSource] = {
    "district": _simple("district", ()),
    "settlements": _simple("settlements", ("kind",), "name"),
    "parcels": _simple("parcels", ("status", "category", "functional_zone"), "cadastral_number"),
    "encumbrances": _simple("encumbrances", ("kind",)),
    "plan_zones": LayerSource(
        "plan_zones", ("plan_kind", "plan_status", "zone_type"), "zone_code",
        "SELECT z.fid, p.kind, p.status, z.zone_type, z.zone_code, AsBinary(z.geom) FROM plan_zones z "
        "JOIN plans p ON p.uid = z.plan_uid WHERE z.is_deleted = 0 AND p.is_deleted = 0 AND z.geom IS NOT NULL"),
    "red_lines": _simple("red_lines", ("kind",)),
    "water_bodies": _simple("water_bodies", ("kind", "protection_zone_set")),
    "applications": _simple("applications", ("status",), "number"),
}
assert set(SOURCES) == set(LAYER_SOURCES)


@dataclass(frozen=True, eq=False)
class LayerArrays:
    """One layer, ready to draw. Feature i's rings are `feature_rings[i]:feature_rings[i+1]`;
    ring r's coordinates are `coords[ring_offsets[r]:ring_offsets[r+1]]`."""

    layer: str
    generation: int
    geometry_type: int                      # shapely.GeometryType of the ragged arrays
    fids: NDArray[np.int64]
    coords: NDArray[np.float64]             # (m, 2)
    offsets: tuple[NDArray[np.int64], ...]  # as shapely.to_ragged_array gives them
    bounds: NDArray[np.float64]             # (n, 4): xmin, ymin, xmax, ymax
    label_points: NDArray[np.float64]       # (n, 2): a point inside each feature
    classes: dict[str, NDArray[np.int16]]   # style column → code per feature (index into class_values)
    class_values: dict[str, tuple[str | None, ...]]
    labels: tuple[str, ...]                 # empty when the layer has no label column

    def __len__(self) -> int:
        return len(self.fids)

    @property
    def ring_offsets(self) -> NDArray[np.int64]:
        return self.offsets[0]

    @cached_property
    def feature_rings(self) -> NDArray[np.int64]:
        if self.geometry_type == shapely.GeometryType.LINESTRING:
            return np.arange(len(self) + 1, dtype=np.int64)
        if self.geometry_type == shapely.GeometryType.MULTIPOLYGON:
            return self.offsets[1][self.offsets[2]]
        return self.offsets[1]

    @property
    def is_lines(self) -> bool:
        return self.geometry_type in (shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING)

    def geometries(self) -> NDArray[np.object_]:
        if not len(self):
            return np.empty(0, dtype=object)
        geometries: NDArray[np.object_] = shapely.from_ragged_array(
            shapely.GeometryType(self.geometry_type), self.coords, self.offsets)
        return geometries

    def index_of(self, fid: int) -> int | None:
        found = np.flatnonzero(self.fids == fid)
        return int(found[0]) if len(found) else None


def store_all_copies(cache: Cache) -> None:
    """Read every layer and store its copy (after a bulk load, so the first map frame comes fast)."""
    for layer in SOURCES:
        save_copy(cache, read_layer(cache, layer))


def layer_generation(cache: Cache, layer: str) -> int:
    with cache.reading() as connection:
        row = connection.execute("SELECT generation FROM layer_generations WHERE layer = ?", (layer,)).fetchone()
    if row is None:
        raise ValueError(f"unknown map layer {layer!r}")
    return int(row[0])


def load_layer(cache: Cache, layer: str) -> LayerArrays:
    """The layer's stored copy when it is fresh; otherwise read it from the tables and store the copy."""
    stored = _read_copy(cache, layer)
    if stored is not None:
        return stored
    arrays = read_layer(cache, layer)
    if not cache.read_only:
        save_copy(cache, arrays)
    return arrays


def read_layer(cache: Cache, layer: str) -> LayerArrays:
    """Read a layer from its tables through SQL (the slow path), in one snapshot."""
    source = SOURCES[layer]
    with cache.reading() as connection:
        outer = connection.in_transaction
        if not outer:
            connection.execute("BEGIN")
        try:
            generation = int(connection.execute(
                "SELECT generation FROM layer_generations WHERE layer = ?", (layer,)).fetchone()[0])
            rows = connection.execute(source.sql).fetchall()
        finally:
            if not outer:
                connection.execute("COMMIT")
    return pack_rows(source, generation, rows)


def pack_rows(source: LayerSource, generation: int, rows: Sequence[Sequence[object]]) -> LayerArrays:
    width = len(source.classes) + (1 if source.label else 0)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in range(width + 2)]
    geometries = shapely.from_wkb(np.asarray(columns[-1], dtype=object)) if rows else np.empty(0, dtype=object)
    is_polygonal = source.layer != "red_lines"
    if is_polygonal and len(geometries):
        geometries = shapely.orient_polygons(_as_multipolygons(geometries))   # exterior CCW: WindingFill works
    label_points = _label_points(geometries, lines=not is_polygonal)
    order = _morton_order(label_points)
    geometries = geometries[order]
    geometry_type, coords, offsets = _ragged(geometries, lines=not is_polygonal)
    classes: dict[str, NDArray[np.int16]] = {}
    class_values: dict[str, tuple[str | None, ...]] = {}
    for k, name in enumerate(source.classes):
        values = [None if v is None else str(v) for v in columns[k + 1]]
        known = tuple(sorted(set(values), key=lambda v: (v is None, v or "")))
        lookup = {v: i for i, v in enumerate(known)}
        classes[name] = np.asarray([lookup[v] for v in values], dtype=np.int16)[order]
        class_values[name] = known
    labels: tuple[str, ...] = ()
    if source.label:
        raw = columns[len(source.classes) + 1]
        labels = tuple(str(raw[i]) if raw[i] is not None else "" for i in order)
    return LayerArrays(
        layer=source.layer, generation=generation, geometry_type=int(geometry_type),
        fids=np.asarray(columns[0], dtype=np.int64)[order], coords=coords, offsets=offsets,
        bounds=shapely.bounds(geometries).reshape(-1, 4), label_points=label_points[order],
        classes=classes, class_values=class_values, labels=labels)


def save_copy(cache: Cache, arrays: LayerArrays) -> None:
    with cache.transaction() as connection:
        connection.execute("INSERT OR REPLACE INTO render_copies (layer, generation, format, data) VALUES (?, ?, ?, ?)",
                           (arrays.layer, arrays.generation, FORMAT, _pack(arrays)))


def _read_copy(cache: Cache, layer: str) -> LayerArrays | None:
    with cache.reading() as connection:
        row = connection.execute(
            "SELECT c.generation, c.format, c.data FROM render_copies c JOIN layer_generations g "
            "ON g.layer = c.layer AND g.generation = c.generation WHERE c.layer = ?", (layer,)).fetchone()
    if row is None or row[1] != FORMAT:
        return None
    try:
        return _unpack(layer, int(row[0]), row[2])
    except (ValueError, KeyError, OSError):
        log.warning("the stored render copy of %s is unreadable; reading the layer again", layer, exc_info=True)
        return None


def _pack(arrays: LayerArrays) -> bytes:
    meta = {"geometry_type": arrays.geometry_type, "offsets": len(arrays.offsets),
            "class_values": arrays.class_values, "has_labels": bool(SOURCES[arrays.layer].label)}
    named: dict[str, NDArray[Any]] = {"fids": arrays.fids, "coords": arrays.coords, "bounds": arrays.bounds,
             "label_points": arrays.label_points,
             "meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
             "labels": np.frombuffer(_LABEL_SEPARATOR.join(arrays.labels).encode(), dtype=np.uint8)}
    named.update({f"offsets{k}": o for k, o in enumerate(arrays.offsets)})
    named.update({f"class_{name}": codes for name, codes in arrays.classes.items()})
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **named)
    return buffer.getvalue()


def _unpack(layer: str, generation: int, data: bytes) -> LayerArrays:
    with np.load(io.BytesIO(data), allow_pickle=False) as packed:
        meta = json.loads(packed["meta"].tobytes())
        label_text = packed["labels"].tobytes().decode()
        class_values = {k: tuple(v) for k, v in meta["class_values"].items()}
        return LayerArrays(
            layer=layer, generation=generation, geometry_type=int(meta["geometry_type"]),
            fids=packed["fids"], coords=packed["coords"],
            offsets=tuple(packed[f"offsets{k}"] for k in range(meta["offsets"])),
            bounds=packed["bounds"], label_points=packed["label_points"],
            classes={name: packed[f"class_{name}"] for name in class_values}, class_values=class_values,
            labels=tuple(label_text.split(_LABEL_SEPARATOR)) if meta["has_labels"] and len(packed["fids"]) else ())


def _as_multipolygons(geometries: NDArray[np.object_]) -> NDArray[np.object_]:
    single = shapely.get_type_id(geometries) == shapely.GeometryType.POLYGON
    if single.any():
        geometries = geometries.copy()
        geometries[single] = shapely.multipolygons(shapely.get_parts(geometries[single]).reshape(-1, 1))
    return geometries


def _label_points(geometries: NDArray[np.object_], *, lines: bool) -> NDArray[np.float64]:
    if not len(geometries):
        return np.empty((0, 2))
    points = shapely.line_interpolate_point(geometries, 0.5, normalized=True) if lines \
        else shapely.point_on_surface(geometries)
    coordinates: NDArray[np.float64] = shapely.get_coordinates(points).reshape(-1, 2)
    return coordinates


def _morton_order(points: NDArray[np.float64]) -> NDArray[np.int64]:
    """Z-order of the points, so features that are near on the map are near in the arrays (compact batches)."""
    if len(points) < 2:
        return np.arange(len(points), dtype=np.int64)
    low, high = points.min(axis=0), points.max(axis=0)
    span = np.where(high > low, high - low, 1.0)
    grid = ((points - low) / span * 65535).astype(np.uint64)
    code = np.zeros(len(points), dtype=np.uint64)
    for bit in range(16):
        code |= ((grid[:, 0] >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit)
        code |= ((grid[:, 1] >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + 1)
    return np.argsort(code, kind="stable")


def _ragged(geometries: NDArray[np.object_], *, lines: bool) -> tuple[int, NDArray[np.float64],
                                                                     tuple[NDArray[np.int64], ...]]:
    if len(geometries):
        kind, coords, offsets = shapely.to_ragged_array(geometries)
        return int(kind), coords, tuple(np.asarray(o, dtype=np.int64) for o in offsets)
    if lines:
        return int(shapely.GeometryType.LINESTRING), np.empty((0, 2)), (np.zeros(1, dtype=np.int64),)
    zero = np.zeros(1, dtype=np.int64)
    return int(shapely.GeometryType.MULTIPOLYGON), np.empty((0, 2)), (zero, zero, zero)
