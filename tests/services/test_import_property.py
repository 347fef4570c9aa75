"""Property: whatever mix of good and bad features GDAL writes, in whichever supported format and CRS, an import
into a real cache ends with exactly the good ones imported (where they belong, journaled), every other one
refused with its row and the reason it was made bad for, and nothing else changed.

Bounded for CI: LANDDESK_IMPORT_EXAMPLES (default 10) examples; raise it for a longer local run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from landdesk.services.importing import ImportRequest, import_features
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from collections.abc import Sequence

pytestmark = pytest.mark.filterwarnings("ignore:'crs' was not provided", "ignore:Normalized/laundered field name")

EXAMPLES = int(os.environ.get("LANDDESK_IMPORT_EXAMPLES", "10"))
UTM42 = 32642                                   # the demo district's CRS
FREE_LAND = (-4000.0, -2000.0)                  # the demo's first parcels moved here lie on open land
DPP = "ПДП микрорайона Самал-3"
# why each kind of bad feature is refused (the start of its reason)
REASONS = {
    "bow_tie": "its geometry is invalid",
    "outside": "after reprojection it lies outside the district",
    "copy": "its boundary is that of parcel",
    "repeat": "cadastral number 19-245-990-001 is repeated in the file, at rows",
    "bad_purpose": "purpose «SPACESHIP» is not one of",
    "open": "the polyline is not closed (gap of",
}
PARCEL_KINDS = ("good", "good", "bow_tie", "outside", "copy", "repeat", "bad_purpose")
ZONE_KINDS = ("good", "good", "outside", "open")


@dataclass(frozen=True)
class Feature:
    kind: str
    number: str
    geometry: shapely.Geometry          # in the district's CRS
    purpose: str = "IZHS"


def _slots(template: Path) -> tuple[list[shapely.Geometry], shapely.Geometry]:
    """Six neighbouring outlines on open land, and a registered parcel to copy."""
    with open_cache(template, read_only=True) as cache:
        rows = cache.connection.execute("SELECT AsBinary(geom) FROM parcels WHERE status = 'REGISTERED' ORDER BY fid "
                                        "LIMIT 7").fetchall()
    outlines = [shapely.from_wkb(r[0]) for r in rows]
    return [shapely.affinity.translate(g, *FREE_LAND) for g in outlines[:6]], outlines[6]


def _features(kinds: Sequence[str], slots: list[shapely.Geometry], registered: shapely.Geometry) -> list[Feature]:
    found = []
    for k, kind in enumerate(kinds):
        number = f"19-245-990-{k + 1:03d}"
        geometry = slots[k]
        if kind == "bow_tie":
            x0, y0, x1, y1 = geometry.bounds
            geometry = shapely.MultiPolygon([shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])])
        elif kind == "outside":
            geometry = shapely.affinity.translate(geometry, 30_000, 0)
        elif kind == "copy":
            geometry = registered
        elif kind == "repeat":
            number = "19-245-990-001"                              # the first feature's, which is always good
        elif kind == "open":
            ring = list(geometry.geoms[0].exterior.coords)
            geometry = shapely.LineString([*ring[:-1], (ring[0][0] + 5.0, ring[0][1])])
        found.append(Feature(kind, number, geometry, "SPACESHIP" if kind == "bad_purpose" else "IZHS"))
    return found


def _to(crs: int, geometry: shapely.Geometry) -> shapely.Geometry:
    move = Transformer.from_crs(UTM42, crs, always_xy=True)
    return shapely.transform(geometry, lambda xy: np.column_stack(move.transform(xy[:, 0], xy[:, 1])))


def _write(folder: Path, fmt: str, crs: int, features: list[Feature]) -> tuple[Path, dict[str, Any], list[int]]:
    """The file, the request's options, and each feature's row as the import numbers it."""
    if fmt == "csv":
        return _write_catalogue(folder, crs, features)
    geometries = [_to(crs, f.geometry) for f in features]
    if fmt == "dxf":
        geometries = [g if g.geom_type == "LineString" else g.geoms[0].exterior for g in geometries]
        file = folder / "plan.dxf"
        pyogrio.raw.write(file, geometry=np.array([shapely.to_wkb(g) for g in geometries], dtype=object),
                          field_data=[np.array(["ZONES"] * len(features), dtype=object)], fields=["Layer"],
                          geometry_type="LineString", crs=None, driver="DXF")
        return file, {"crs": f"EPSG:{crs}", "plan": DPP}, list(range(1, len(features) + 1))
    driver, suffix = {"gpkg": ("GPKG", ".gpkg"), "shp": ("ESRI Shapefile", ".shp"),
                      "geojson": ("GeoJSON", ".geojson")}[fmt]
    file = folder / f"survey{suffix}"
    pyogrio.raw.write(file, geometry=np.array([shapely.to_wkb(g) for g in geometries], dtype=object),
                      field_data=[np.array([f.number for f in features], dtype=object),
                                  np.array([f.purpose for f in features], dtype=object)],
                      fields=["cadastral_number", "purpose"], geometry_type="MultiPolygon", crs=f"EPSG:{crs}",
                      driver=driver)
    fields = {"cadastral_": "cadastral_number"} if fmt == "shp" else {}
    return file, {"fields": fields}, list(range(1, len(features) + 1))


def _write_catalogue(folder: Path, crs: int, features: list[Feature]) -> tuple[Path, dict[str, Any], list[int]]:
    """A Russian-Excel catalogue (`;`, decimal comma) with one outline per cadastral number."""
    digits = 9 if crs == 4326 else 3
    lines = ["№;X;Y;cadastral_number;purpose"]
    rows = []
    for feature in features:
        rows.append(len(lines) + 1)
        ring = list(_to(crs, feature.geometry).geoms[0].exterior.coords)[:-1]
        for k, (east, north) in enumerate(ring, start=1):
            x, y = f"{north:.{digits}f}".replace(".", ","), f"{east:.{digits}f}".replace(".", ",")
            lines.append(f"{k};{x};{y};{feature.number};{feature.purpose}")
    file = folder / "catalogue.csv"
    file.write_bytes("\r\n".join(lines).encode("cp1251"))
    return file, {"crs": f"EPSG:{crs}"}, rows


formats = st.sampled_from(["gpkg", "shp", "geojson", "dxf", "csv"])
crss = st.sampled_from([UTM42, 28412, 4326])          # UTM 42N, Pulkovo 1942 Gauss-Krüger 12, WGS 84


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fmt=formats, crs=crss, data=st.data())
def test_every_import_ends_in_exactly_the_expected_features(demo_cache_file: Path, fmt: str, crs: int,
                                                             data: st.DataObject) -> None:
    zones = fmt == "dxf"                    # a DXF carries outlines, not parcels' attributes: its zones are imported
    kinds = st.sampled_from(ZONE_KINDS if zones else [k for k in PARCEL_KINDS if not (fmt == "csv" and
                                                                                        k == "repeat")])
    chosen = ["good", *data.draw(st.lists(kinds, min_size=0, max_size=5), label="kinds")]
    slots, registered = _slots(demo_cache_file)
    features = _features(chosen, slots, registered)
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache.sqlite"
        shutil.copyfile(demo_cache_file, cache)
        file, options, rows = _write(Path(folder), fmt, crs, features)
        with open_cache(cache) as opened:
            before = _counts(opened)
            report = import_features(opened, ImportRequest(file, "zones" if zones else "parcels", **options))
            after = _counts(opened)
            imported = _imported(opened, zones, before["last_zone"])
    good = [f for f in features if f.kind == "good"]
    assert (report.read, report.imported) == (len(features), len(good))
    refused = [(row, f.kind) for row, f in zip(rows, features, strict=True) if f.kind != "good"]
    assert [r.row for r in report.rejected] == [row for row, _kind in refused]
    for rejected, (_row, kind) in zip(report.rejected, refused, strict=True):
        assert str(rejected.reason).startswith(REASONS[kind]), (kind, str(rejected.reason))
    assert after["features"] == before["features"] + len(good)          # nothing else added or lost
    assert after["journaled"] == before["journaled"] + len(good)        # each one journaled for sync, once
    assert len(imported) == len(good)
    for feature, geometry in zip(good, imported, strict=True):
        assert shapely.hausdorff_distance(geometry, feature.geometry) < 0.05, (fmt, crs)


def _counts(cache: Any) -> dict[str, int]:
    connection = cache.connection
    return {"features": connection.execute("SELECT (SELECT count(*) FROM parcels) + (SELECT count(*) FROM "
                                           "plan_zones)").fetchone()[0],
            "journaled": connection.execute("SELECT count(*) FROM sync_op_row").fetchone()[0],
            "last_zone": connection.execute("SELECT coalesce(max(fid), 0) FROM plan_zones").fetchone()[0]}


def _imported(cache: Any, zones: bool, last_zone: int) -> list[shapely.Geometry]:
    sql = (f"SELECT AsBinary(geom) FROM plan_zones WHERE fid > {int(last_zone)} ORDER BY fid" if zones
           else "SELECT AsBinary(geom) FROM parcels WHERE quarter_code = '990' ORDER BY cadastral_number")
    return [shapely.from_wkb(r[0]) for r in cache.connection.execute(sql).fetchall()]
