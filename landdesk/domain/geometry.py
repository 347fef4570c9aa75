"""Geometry helpers shared by every layer (shapely only)."""

from __future__ import annotations

import shapely


def as_multipolygon(geometry: shapely.Geometry) -> shapely.MultiPolygon:
    """The polygonal part of a geometry as a MultiPolygon (what the cache's polygon columns hold)."""
    if isinstance(geometry, shapely.MultiPolygon):
        return geometry
    if isinstance(geometry, shapely.Polygon):
        return shapely.MultiPolygon([geometry])
    parts = [p for p in shapely.get_parts(geometry) if isinstance(p, shapely.Polygon | shapely.MultiPolygon)]
    polygons = [q for p in parts for q in (p.geoms if isinstance(p, shapely.MultiPolygon) else [p])]
    return shapely.MultiPolygon(polygons)


def multipolygon_wkb(geometry: shapely.Geometry) -> bytes:
    return bytes(shapely.to_wkb(as_multipolygon(geometry), flavor="iso"))
