"""SpatiaLite's system libraries and the wheels' own copies (shapely, pyproj, pyogrio) in one process: opening
a cache first must break neither, nor abort the process at exit."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sqlite3
from landdesk.spatialite import load_spatialite
connection = sqlite3.connect(":memory:")
load_spatialite(connection)
connection.execute("SELECT InitSpatialMetadata(1)")
print(connection.execute("SELECT AsText(Transform(MakePoint(500000, 4700000, 32642), 4326))").fetchone()[0])
import numpy as np, pyogrio, pyproj, shapely
print(pyproj.Transformer.from_crs(32642, 4326, always_xy=True).transform(500000, 4700000))
wkb = np.array([shapely.to_wkb(shapely.box(0, 0, 1, 1))], dtype=object)
pyogrio.raw.write(sys_argv_1, geometry=wkb, field_data=[np.array(["a"], dtype=object)], fields=["name"],
                  geometry_type="Polygon", crs="EPSG:28409", driver="GPKG")
print(shapely.from_wkb(pyogrio.raw.read(sys_argv_1)[2][0]).area)
"""


def test_opening_a_cache_first_leaves_shapely_pyproj_and_pyogrio_working(tmp_path: object) -> None:
    # mod_spatialite first: before the fix shapely.to_wkb failed, pyogrio segfaulted, and a process that only
    # used pyproj died at exit in PROJ's static destructors ("free(): invalid pointer")
    target = f"{tmp_path}/t.gpkg"
    done = subprocess.run([sys.executable, "-c", SCRIPT.replace("sys_argv_1", repr(target))], capture_output=True,
                          text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "POINT(69" in done.stdout
    assert done.stdout.strip().endswith("1.0")
