"""Import through GDAL: files written by GDAL itself in each format, in Pulkovo 1942 / Gauss-Krüger zone 12
(the demo district's longitude), with invalid features mixed in. Exactly those are refused, with their row and
reason; the rest land where they belong; a cancelled or failed import leaves no trace."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING, Any

import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from landdesk.services.importing import ImportCancelled, ImportFailed, ImportRequest, import_features
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

# GDAL's own warnings while the tests write deliberately awkward files (cut field names, no CRS)
pytestmark = pytest.mark.filterwarnings("ignore:Normalized/laundered field name", "ignore:'crs' was not provided")

GK12 = 28412                    # Pulkovo 1942 / Gauss-Kruger zone 12 (central meridian 69° E)
FREE_LAND = (-4000.0, -2000.0)  # the demo's first parcels moved by this lie on open land inside the district
DPP = "ПДП микрорайона Самал-3"


def _sample_parcels(path: Path, count: int = 6) -> list[tuple[str, shapely.Geometry]]:
    with open_cache(path, read_only=True) as cache:
        rows = cache.connection.execute("SELECT cadastral_number, AsBinary(geom) FROM parcels WHERE status = "
                                        "'REGISTERED' ORDER BY fid LIMIT ?", (count,)).fetchall()
    return [(number, shapely.from_wkb(wkb)) for number, wkb in rows]


def _to_gk(geometries: list[shapely.Geometry]) -> list[shapely.Geometry]:
    forward = Transformer.from_crs(32642, GK12, always_xy=True)
    return [shapely.transform(g, lambda xy: np.column_stack(forward.transform(xy[:, 0], xy[:, 1]))) for g in geometries]


BOW_TIE = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])


def _write(file: Path, geometries: list[shapely.Geometry], fields: dict[str, list[Any]], crs: int | None,
           **options: Any) -> None:
    kinds = {g.geom_type for g in geometries}
    geometry_type = kinds.pop() if len(kinds) == 1 else "Unknown"
    pyogrio.raw.write(file, geometry=np.array([shapely.to_wkb(g) for g in geometries], dtype=object),
                      field_data=[np.array(v, dtype=object) for v in fields.values()], fields=list(fields),
                      geometry_type=geometry_type, crs=None if crs is None else f"EPSG:{crs}", **options)


def _parcels_file(cache: Path, file: Path, **options: Any) -> tuple[list[str], shapely.Geometry]:
    """Four good parcels (new numbers, the demo's outlines shifted into open land) and three bad ones."""
    sample = _sample_parcels(cache, 4)
    good = [shapely.affinity.translate(g, *FREE_LAND) for _n, g in sample]
    numbers = [f"19-245-990-{k:03d}" for k in range(1, 5)]
    gk = _to_gk([*good, BOW_TIE, good[0].centroid.buffer(5), good[1]])
    gk[4] = shapely.affinity.translate(BOW_TIE, *gk[0].centroid.coords[0])          # invalid, in place
    gk[5] = shapely.affinity.translate(gk[5], 400_000, 0)                           # far outside the district
    addresses = [f"ул. Жибек жолы, {k}" for k in range(1, 5)] + ["x", "y", "z"]
    _write(file, gk, {"cadastral_number": [*numbers, "19-245-990-005", "19-245-990-006", "19-245-990-001"],
                      "purpose": ["IZHS"] * 7, "address": addresses}, GK12, **options)
    return numbers, good[0]


def _import(cache: Path, request: ImportRequest) -> Any:
    with open_cache(cache) as opened:
        return import_features(opened, request)


def _check(cache: Path, report: Any, numbers: list[str], first: shapely.Geometry) -> None:
    assert (report.read, report.imported) == (7, 4)
    assert [(r.row, str(r.reason).split(":")[0]) for r in report.rejected] == [
        (report.rejected[0].row, "its geometry is invalid"),
        (report.rejected[1].row, "after reprojection it lies outside the district"),
        (7, "cadastral number 19-245-990-001 is repeated in the file, at rows 1 and 7")]
    with open_cache(cache, read_only=True) as opened:
        rows = opened.connection.execute("SELECT cadastral_number, address, AsBinary(geom), row_version FROM parcels "
                                         "WHERE quarter_code = '990' ORDER BY cadastral_number").fetchall()
        journaled = opened.connection.execute("SELECT count(*) FROM sync_op_row r JOIN sync_op o USING (op_id) "
                                              "WHERE o.kind = 'import.parcels'").fetchone()[0]
    assert [r[0] for r in rows] == numbers
    assert rows[0][1] == "ул. Жибек жолы, 1"                            # Cyrillic survives the encoding
    assert shapely.hausdorff_distance(shapely.from_wkb(rows[0][2]), first) < 0.01   # where it was, to 1 cm
    assert journaled == 4                                                # in the journal, to be synced


@pytest.mark.parametrize(("suffix", "options"), [
    (".gpkg", {"driver": "GPKG"}),
    (".shp", {"driver": "ESRI Shapefile", "encoding": "cp1251"}),
])
def test_import_parcels_from_gdal_files_in_gauss_kruger(demo_cache_file: Path, tmp_path: Path, suffix: str,
                                                        options: dict[str, Any]) -> None:
    file = tmp_path / f"survey{suffix}"
    numbers, first = _parcels_file(demo_cache_file, file, **options)
    if suffix == ".shp":
        assert (tmp_path / "survey.cpg").read_text().strip().upper() in ("CP1251", "1251")
        assert (tmp_path / "survey.prj").exists()
    # a Shapefile cuts field names to 10 characters: the officer maps the cut name back
    fields = {"cadastral_": "cadastral_number"} if suffix == ".shp" else {}
    report = _import(demo_cache_file, ImportRequest(file, "parcels", fields=fields))
    assert "28412" in report.source_crs or "Pulkovo" in report.source_crs
    _check(demo_cache_file, report, numbers, first)


def test_a_shapefile_without_cpg_is_read_in_the_encoding_given(demo_cache_file: Path, tmp_path: Path) -> None:
    file = tmp_path / "old.shp"
    numbers, first = _parcels_file(demo_cache_file, file, driver="ESRI Shapefile", encoding="cp1251")
    (tmp_path / "old.cpg").unlink()                                      # as old MapInfo exports come
    report = _import(demo_cache_file, ImportRequest(file, "parcels", encoding="cp1251",
                                                    fields={"cadastral_": "cadastral_number"}))
    _check(demo_cache_file, report, numbers, first)


def test_import_zones_from_geojson_with_mapped_fields(demo_cache_file: Path, tmp_path: Path) -> None:
    sample = [shapely.affinity.translate(g, 0, -3000) for _n, g in _sample_parcels(demo_cache_file, 3)]
    to_wgs = Transformer.from_crs(32642, 4326, always_xy=True)
    wgs = [shapely.transform(g, lambda xy: np.column_stack(to_wgs.transform(xy[:, 0], xy[:, 1]))) for g in sample]
    file = tmp_path / "zones.geojson"
    _write(file, [*wgs, shapely.LineString([(69.3, 42.6), (69.31, 42.61)])],
           {"KOD": ["Ж9-01", "Ж9-02", "Ж9-03", "Ж9-04"], "TIP": ["RESIDENTIAL", "RESIDENTIAL", "SPACESHIP", "OTHER"],
            "RAZR": ["IZHS, LPH", "IZHS", "IZHS", "IZHS"]}, 4326, driver="GeoJSON")
    report = _import(demo_cache_file, ImportRequest(file, "zones", plan=DPP, fields={
        "KOD": "zone_code", "TIP": "zone_type", "RAZR": "permitted_purposes"}))
    assert (report.imported, [str(r.reason).split(" ")[0:2] for r in report.rejected]) == \
        (2, [["zone", "type"], ["the", "polyline"]])
    with open_cache(demo_cache_file, read_only=True) as cache:
        zones = cache.connection.execute("SELECT zone_code, permitted_purposes FROM plan_zones WHERE zone_code LIKE "
                                         "'Ж9-%' ORDER BY zone_code").fetchall()
    assert zones == [("Ж9-01", '["IZHS", "LPH"]'), ("Ж9-02", '["IZHS"]')]


def test_import_closed_dxf_polylines_from_one_layer(demo_cache_file: Path, tmp_path: Path) -> None:
    outlines = _to_gk([shapely.affinity.translate(g, 0, -3000) for _n, g in _sample_parcels(demo_cache_file, 2)])
    rings = [shapely.LineString(g.geoms[0].exterior.coords) for g in outlines]
    file = tmp_path / "plan.dxf"
    _write(file, [*rings, shapely.LineString([(0, 0), (1, 1)])], {"Layer": ["ZONES", "ZONES", "TEXT"]}, None,
           driver="DXF")
    report = _import(demo_cache_file, ImportRequest(file, "zones", plan=DPP, crs=f"EPSG:{GK12}", dxf_layer="ZONES"))
    assert (report.read, report.imported, report.rejected) == (2, 2, [])


def test_import_a_csv_coordinate_catalogue(demo_cache_file: Path, tmp_path: Path) -> None:
    [(_number, outline)] = _sample_parcels(demo_cache_file, 1)
    [gk] = _to_gk([shapely.affinity.translate(outline, *FREE_LAND)])
    points = list(gk.geoms[0].exterior.coords)[:-1]
    lines = ["point,X,Y,cadastral_number,purpose"] + [f"{k},{y:.3f},{x:.3f},19-245-991-001,IZHS"        # X north
                                                       for k, (x, y) in enumerate(points, start=1)]
    file = tmp_path / "catalogue.csv"
    file.write_text("\n".join(lines) + "\n")
    report = _import(demo_cache_file, ImportRequest(file, "parcels", crs=f"EPSG:{GK12}"))
    assert (report.imported, report.rejected) == (1, [])
    with open_cache(demo_cache_file, read_only=True) as cache:
        wkb = cache.connection.execute("SELECT AsBinary(geom) FROM parcels WHERE cadastral_number = "
                                       "'19-245-991-001'").fetchone()[0]
    assert shapely.hausdorff_distance(shapely.from_wkb(wkb), shapely.affinity.translate(outline, *FREE_LAND)) < 0.01


def test_a_cancelled_or_failed_import_leaves_no_trace(demo_cache_file: Path, tmp_path: Path) -> None:
    file = tmp_path / "survey.gpkg"
    _parcels_file(demo_cache_file, file, driver="GPKG")
    with open_cache(demo_cache_file) as cache, pytest.raises(ImportCancelled):
        import_features(cache, ImportRequest(file, "parcels"), cancelled=lambda: True)
    no_crs = tmp_path / "nocrs.gpkg"
    _write(no_crs, [shapely.box(0, 0, 1, 1)], {"cadastral_number": ["19-245-990-009"]}, None, driver="GPKG")
    with pytest.raises(ImportFailed, match="declares no coordinate reference system") as caught:
        _import(demo_cache_file, ImportRequest(no_crs, "parcels"))
    assert "EPSG:28412 (Pulkovo 1942 / Gauss-Kruger zone 12)" in caught.value.what_to_do()
    with open_cache(demo_cache_file, read_only=True) as cache:
        assert cache.connection.execute("SELECT count(*) FROM parcels WHERE quarter_code = '990'").fetchone()[0] == 0
        assert cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0] == 0


def test_import_from_the_command_line(demo_cache_file: Path, tmp_path: Path) -> None:
    file = tmp_path / "survey.gpkg"
    _parcels_file(demo_cache_file, file, driver="GPKG")
    done = subprocess.run([sys.executable, "-m", "landdesk", "import", str(demo_cache_file), str(file), "--target",
                           "parcels", "--field", "address=address"], capture_output=True, text=True, check=False,
                          timeout=120)
    assert done.returncode == 1, done.stderr                            # some refused
    assert "7 features read" in done.stdout
    assert "4 imported as parcels; 3 refused" in done.stdout
    assert "feature 7: cadastral number 19-245-990-001 is repeated in the file, at rows 1 and 7" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "landdesk", "import", str(demo_cache_file), str(tmp_path / "none.shp"),
                          "--target", "parcels"], capture_output=True, text=True, check=False, timeout=60)
    assert bad.returncode == 2
    assert "there is no such file" in bad.stderr
