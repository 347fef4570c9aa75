"""SpatiaLite's PROJ and pyproj's PROJ in one process must not abort it at exit."""

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
import pyproj
print(pyproj.Transformer.from_crs(32642, 4326, always_xy=True).transform(500000, 4700000))
"""


def test_opening_a_cache_then_using_pyproj_exits_cleanly() -> None:
    # mod_spatialite first, pyproj second: before the fix this printed both lines, then died in PROJ's static
    # destructors ("free(): invalid pointer", exit code -6)
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "POINT(69" in done.stdout
