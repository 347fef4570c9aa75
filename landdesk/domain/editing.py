"""Geometry edits as pure functions: move, add and delete a vertex; split a polygon by a line; merge adjacent
polygons; snap a point to the nearest vertex or edge. The window turns mouse gestures into these, the
services store the result as one undoable operation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely import ops

from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import Text, tr


class EditRefused(LandDeskError):
    code = "edit.refused"
    what = tr("The edit was not made: {reason}.")
    todo = tr("{todo}")


@dataclass(frozen=True)
class VertexRef:
    """A vertex of a (multi)polygon: which polygon part, which ring (0 = exterior), which vertex."""
    part: int
    ring: int
    index: int


def _rings(part: shapely.Geometry) -> list[list[tuple[float, float]]]:
    """A polygon's rings without their closing point; a line's points."""
    if part.geom_type == "LineString":
        return [list(part.coords)]
    return [list(part.exterior.coords)[:-1]] + [list(r.coords)[:-1] for r in part.interiors]


def _rebuild(geometry: shapely.Geometry, part: int, rings: list[list[tuple[float, float]]]) -> shapely.Geometry:
    parts = list(shapely.get_parts(geometry))
    if not 0 <= part < len(parts):
        raise EditRefused(reason=Text(tr("the feature has no part {part}"), (("part", part),)),
                          todo=Text(tr("Choose a vertex of the feature.")))
    if parts[part].geom_type == "LineString":
        if len(rings[0]) < 2:
            raise EditRefused(reason=Text(tr("a line needs at least two points")),
                              todo=Text(tr("Delete the line instead.")))
        parts[part] = shapely.LineString(rings[0])
        return parts[0] if geometry.geom_type == "LineString" else shapely.MultiLineString(parts)
    polygon = shapely.Polygon(rings[0], rings[1:])
    parts[part] = polygon
    result = shapely.MultiPolygon(parts) if geometry.geom_type == "MultiPolygon" else parts[0]
    if not result.is_valid:
        raise EditRefused(reason=Text(tr("the outline would be invalid ({why})"),
                                      (("why", shapely.is_valid_reason(result)),)),
                          todo=Text(tr("Place the vertex so the boundary does not cross itself.")))
    return result


def _ring_of(geometry: shapely.Geometry, ref: VertexRef) -> tuple[list[list[tuple[float, float]]], int]:
    parts = list(shapely.get_parts(geometry))
    if not 0 <= ref.part < len(parts):
        raise EditRefused(reason=Text(tr("the feature has no part {part}"), (("part", ref.part),)),
                          todo=Text(tr("Choose a vertex of the feature.")))
    rings = _rings(parts[ref.part])
    if not 0 <= ref.ring < len(rings) or not 0 <= ref.index < len(rings[ref.ring]):
        raise EditRefused(reason=Text(tr("there is no such vertex")), todo=Text(tr("Choose a vertex of the feature.")))
    return rings, len(rings[ref.ring])


def move_vertex(geometry: shapely.Geometry, ref: VertexRef, x: float, y: float) -> shapely.Geometry:
    rings, _count = _ring_of(geometry, ref)
    rings[ref.ring][ref.index] = (x, y)
    return _rebuild(geometry, ref.part, rings)


def insert_vertex(geometry: shapely.Geometry, ref: VertexRef, x: float, y: float) -> shapely.Geometry:
    """A new vertex after `ref` on its ring (on the edge from it to the next vertex)."""
    rings, _count = _ring_of(geometry, ref)
    rings[ref.ring].insert(ref.index + 1, (x, y))
    return _rebuild(geometry, ref.part, rings)


def delete_vertex(geometry: shapely.Geometry, ref: VertexRef) -> shapely.Geometry:
    rings, count = _ring_of(geometry, ref)
    line = shapely.get_parts(geometry)[ref.part].geom_type == "LineString"
    if count <= (2 if line else 3):
        raise EditRefused(reason="a line needs at least two points" if line else "a ring needs at least three "
                          "vertices", todo=Text(tr("Delete the feature instead.")))
    del rings[ref.ring][ref.index]
    return _rebuild(geometry, ref.part, rings)


def nearest_vertex(geometry: shapely.Geometry, x: float, y: float) -> tuple[VertexRef, float]:
    """The vertex closest to (x, y) and its distance."""
    best: tuple[VertexRef, float] | None = None
    for part_no, part in enumerate(shapely.get_parts(geometry)):
        for ring_no, ring in enumerate(_rings(part)):
            points = np.asarray(ring)
            distances = np.hypot(points[:, 0] - x, points[:, 1] - y)
            index = int(np.argmin(distances))
            if best is None or distances[index] < best[1]:
                best = (VertexRef(part_no, ring_no, index), float(distances[index]))
    if best is None:
        raise EditRefused(reason=Text(tr("the feature has no vertices")), todo=Text(tr("Choose another feature.")))
    return best


def reshape(geometry: shapely.Geometry, line: shapely.LineString) -> shapely.Geometry:
    """Replace part of a polygon's boundary by a drawn line that starts and ends on (or across) it: drawn inside,
    the piece it cuts off goes; drawn outside, the area between it and the boundary is added."""
    polygon = shapely.get_parts(geometry)[0] if len(shapely.get_parts(geometry)) == 1 else None
    if polygon is None or polygon.geom_type != "Polygon":
        raise EditRefused(reason=Text(tr("only a single polygon can be reshaped")),
                          todo=Text(tr("Reshape each part on its own.")))
    faces = list(shapely.get_parts(shapely.polygonize([shapely.union_all([polygon.exterior, _overshoot(line)])])))
    if len(faces) < 2:
        raise EditRefused(reason=Text(tr("the line does not meet the boundary twice")),
                          todo=Text(tr("Start and end the line on the boundary (snapping helps).")))
    inside = [f for f in faces if polygon.contains(f.representative_point())]
    outside = [f for f in faces if not polygon.contains(f.representative_point())]
    # drawn outside: the new area joins the polygon; drawn inside: the smaller side is cut off
    result = shapely.union_all([polygon, *outside]) if outside else max(inside, key=lambda f: f.area)
    if result.geom_type != "Polygon" or not result.is_valid:
        raise EditRefused(reason=Text(tr("the reshaped outline would not be one valid polygon")),
                          todo=Text(tr("Draw the line again.")))
    return shapely.MultiPolygon([result]) if geometry.geom_type == "MultiPolygon" else result


def _overshoot(line: shapely.LineString, by: float = 0.01) -> shapely.LineString:
    """The line with both ends pushed `by` metres past themselves, so ends snapped onto a boundary cross it
    (an end a hair short of the edge would not cut it)."""
    coords = list(line.coords)
    if len(coords) < 2:
        return line

    def beyond(tip: tuple[float, ...], before: tuple[float, ...]) -> tuple[float, float]:
        dx, dy = tip[0] - before[0], tip[1] - before[1]
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        return tip[0] + dx / length * by, tip[1] + dy / length * by

    return shapely.LineString([beyond(coords[0], coords[1]), *coords, beyond(coords[-1], coords[-2])])


def split_polygon(geometry: shapely.Geometry, line: shapely.LineString) -> list[shapely.Polygon]:
    """The pieces of a polygon cut by a line drawn across it (at least two, or EditRefused)."""
    polygon = shapely.get_parts(geometry)[0] if geometry.geom_type == "MultiPolygon" and \
        len(shapely.get_parts(geometry)) == 1 else geometry
    if polygon.geom_type != "Polygon":
        raise EditRefused(reason=Text(tr("only a single polygon can be split")),
                          todo=Text(tr("Split each part on its own.")))
    pieces = [p for p in shapely.get_parts(ops.split(polygon, line)) if p.area > 0]
    if len(pieces) < 2:
        raise EditRefused(reason=Text(tr("the line does not cross the polygon from edge to edge")),
                          todo=Text(tr("Draw the cutting line so that it starts and ends outside the polygon.")))
    return pieces


def merge_polygons(geometries: list[shapely.Geometry], tolerance: float = 0.01) -> shapely.Polygon:
    """Adjacent polygons as one (they must share an edge; slivers up to `tolerance` metres are closed)."""
    if len(geometries) < 2:
        raise EditRefused(reason=Text(tr("merging needs at least two features")),
                          todo=Text(tr("Select the features to merge.")))
    merged = shapely.union_all(geometries)
    if merged.geom_type != "Polygon":
        merged = shapely.buffer(shapely.buffer(merged, tolerance, join_style="mitre"), -tolerance, join_style="mitre")
    if merged.geom_type != "Polygon":
        raise EditRefused(reason=Text(tr("the features do not share an edge")),
                          todo=Text(tr("Merge only neighbouring features.")))
    return merged


def snap(x: float, y: float, candidates: list[shapely.Geometry], tolerance: float) -> tuple[float, float, str] | None:
    """The nearest vertex within `tolerance`, else the nearest point on an edge within it, else None;
    with "vertex" or "edge" so the canvas can draw the right marker."""
    point = shapely.Point(x, y)
    best_vertex: tuple[float, float, float] | None = None
    best_edge: tuple[float, float, float] | None = None
    for geometry in candidates:
        coords = shapely.get_coordinates(geometry)
        if len(coords):
            distances = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
            index = int(np.argmin(distances))
            if distances[index] <= tolerance and (best_vertex is None or distances[index] < best_vertex[2]):
                best_vertex = (float(coords[index, 0]), float(coords[index, 1]), float(distances[index]))
        boundary = geometry.boundary if geometry.geom_type in ("Polygon", "MultiPolygon") else geometry
        nearest = ops.nearest_points(boundary, point)[0]
        distance = nearest.distance(point)
        if distance <= tolerance and (best_edge is None or distance < best_edge[2]):
            best_edge = (nearest.x, nearest.y, distance)
    if best_vertex is not None:
        return best_vertex[0], best_vertex[1], "vertex"
    if best_edge is not None:
        return best_edge[0], best_edge[1], "edge"
    return None
