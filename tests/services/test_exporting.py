"""Export to GeoPackage and GeoJSON with the district's CRS, and a parcel's catalogue to CSV that the import
reads back to the same outline."""

from __future__ import annotations

import csv
import subprocess
import sys
from typing import TYPE_CHECKING

import pyogrio
import pytest
import shapely
from pyproj import CRS

from landdesk.services.exporting import ExportFailed, export_catalogue, export_layer
from landdesk.services.importing import ImportRequest, import_features, read_source
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson"])
def test_a_layer_and_a_selection_keep_their_crs_and_attributes(demo_cache_file: Path, tmp_path: Path,
                                                               suffix: str) -> None:
    with open_cache(demo_cache_file, read_only=True) as cache:
        total = cache.connection.execute("SELECT count(*) FROM plan_zones WHERE is_deleted = 0").fetchone()[0]
        uids = [r[0] for r in cache.connection.execute("SELECT uid FROM parcels ORDER BY fid LIMIT 3")]
        assert export_layer(cache, "zones", tmp_path / f"zones{suffix}") == total
        assert export_layer(cache, "parcels", tmp_path / f"some{suffix}", uids) == 3
    meta, _fids, geometry, fields = pyogrio.raw.read(tmp_path / f"some{suffix}")[:4]
    assert CRS.from_user_input(meta["crs"]).to_epsg() == 32642
    assert list(fields[list(meta["fields"]).index("uid")]) == uids
    assert shapely.from_wkb(geometry[0]).area > 100
    zones = pyogrio.raw.read(tmp_path / f"zones{suffix}")
    assert len(zones[1] if zones[1] is not None else zones[2]) == total
    with open_cache(demo_cache_file, read_only=True) as cache, pytest.raises(ExportFailed, match=r"\.gpkg or"):
        export_layer(cache, "zones", tmp_path / "zones.kml")


def test_a_catalogue_goes_out_and_comes_back_as_the_same_outline(demo_cache_file: Path, tmp_path: Path) -> None:
    with open_cache(demo_cache_file, read_only=True) as cache:
        number, wkb = cache.connection.execute("SELECT cadastral_number, AsBinary(geom) FROM parcels ORDER BY fid "
                                               "LIMIT 1").fetchone()
        points = export_catalogue(cache, number, tmp_path / "points.csv")
    rows = list(csv.DictReader((tmp_path / "points.csv").open(encoding="utf-8")))
    assert len(rows) == points >= 4
    assert float(rows[0]["X"]) > 4_000_000 > float(rows[0]["Y"])          # X is the northing
    renumbered = tmp_path / "renumbered.csv"                            # the same points as a new parcel
    with renumbered.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["point", "X", "Y", "cadastral_number", "purpose"])
        writer.writerows([r["point"], r["X"], r["Y"], "19-245-992-001", "IZHS"] for r in rows)
    back = read_source(renumbered).wkbs[0]
    assert back is not None
    assert shapely.hausdorff_distance(shapely.from_wkb(back), shapely.from_wkb(wkb)) < 0.001
    with open_cache(demo_cache_file) as cache:          # so exactly that the import knows it as that parcel
        report = import_features(cache, ImportRequest(renumbered, "parcels", crs="EPSG:32642"))
    assert report.imported == 0
    assert [str(r.reason) for r in report.rejected] == [
        f"its boundary is that of parcel {number} (registered), already in the cache, under another number"]


def test_export_from_the_command_line(demo_cache_file: Path, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "landdesk", "export", str(demo_cache_file), "red_lines", "--out",
                           str(tmp_path / "lines.gpkg")], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "red_lines written to" in done.stdout
    assert "(EPSG:32642)" in done.stdout


def test_the_map_selection_is_exported_by_its_local_ids(demo_cache_file: Path, tmp_path: Path) -> None:
    with open_cache(demo_cache_file, read_only=True) as cache:
        fids = [r[0] for r in cache.connection.execute("SELECT fid FROM parcels ORDER BY fid LIMIT 5 OFFSET 10")]
        assert export_layer(cache, "parcels", tmp_path / "selection.gpkg", fids=fids) == 5
    fields = pyogrio.raw.read(tmp_path / "selection.gpkg")[3]
    assert len(fields[0]) == 5
