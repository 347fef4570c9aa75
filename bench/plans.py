"""`python -m bench.plans [--parcels 50000] [--zones 500] [--import 10000]`: the plan data-quality check on a
large plan, and an import of many features from a GeoPackage in Gauss-Krüger.

Builds the demo district, adds a general plan of N zones (the town cut into a grid, each cell a residential
zone with its permitted purposes, one cell shifted 15 m onto its neighbour), and times `check_plans` on it:
every rule, against all the registered parcels under the plan (so the overlap and the parcels whose purposes
the grid's zones do not permit are found).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import shapely

from bench.__main__ import print_table
from landdesk.services.plan_check import check_plans
from landdesk.storage import open_cache

TARGET_S = 2.0


def add_grid_plan(path: Path, zones: int) -> str:
    plan_uid = str(uuid.uuid4())
    with open_cache(path) as cache:
        srid = cache.srid
        boundary = shapely.from_wkb(cache.connection.execute(
            "SELECT AsBinary(geom) FROM plans WHERE kind = 'GENERAL_PLAN' LIMIT 1").fetchone()[0])
        x0, y0, x1, y1 = boundary.bounds
        side = math.ceil(math.sqrt(zones * 1.3))       # the grid covers the bounding box; cells outside are dropped
        cells = []
        for i in range(side):
            for j in range(side):
                box = shapely.box(x0 + (x1 - x0) * i / side, y0 + (y1 - y0) * j / side,
                                  x0 + (x1 - x0) * (i + 1) / side, y0 + (y1 - y0) * (j + 1) / side)
                part = box.intersection(boundary)
                if part.area > 1:
                    cells.append(part)
        cells = cells[:zones]
        cells[1] = shapely.affinity.translate(cells[1], 15, 0)   # onto its neighbour: an overlap
        outline = shapely.union_all(cells).buffer(0)
        with cache.operation("bench.plan", "bench") as tx:
            tx.execute("INSERT INTO plans (uid, kind, name, status, approval_act_number, approval_act_date, "
                       "updated_at, geom) VALUES (?, 'GENERAL_PLAN', 'Bench plan', 'APPROVED', '№ 1', '2026-01-01', "
                       "'2026-11-25', CastToMultiPolygon(GeomFromWKB(?, ?)))",
                       (plan_uid, shapely.to_wkb(outline), srid))
            tx.executemany("INSERT INTO plan_zones (uid, plan_uid, zone_code, zone_type, zone_subtype, "
                           "permitted_purposes, updated_at, geom) VALUES (?, ?, ?, 'RESIDENTIAL', "
                           "'INDIVIDUAL_HOUSING', ?, '2026-11-25', CastToMultiPolygon(GeomFromWKB(?, ?)))",
                           [(str(uuid.uuid4()), plan_uid, f"Z-{k:03d}", json.dumps(["IZHS", "LPH", "OGOROD"]),
                             shapely.to_wkb(cell), srid) for k, cell in enumerate(cells)])
    return plan_uid


def time_import(path: Path, count: int, folder: Path) -> dict[str, str]:
    """Write `count` of the district's parcels (renumbered; outlines as they are) to a GeoPackage in
    Pulkovo 1942 / Gauss-Krüger zone 12 with GDAL, then import them as parcels."""
    import numpy as np
    import pyogrio
    from pyproj import Transformer

    from landdesk.services.importing import ImportRequest, import_features
    with open_cache(path, read_only=True) as cache:
        rows = cache.connection.execute("SELECT AsBinary(geom) FROM parcels ORDER BY fid LIMIT ?", (count,)).fetchall()
    forward = Transformer.from_crs(32642, 28412, always_xy=True)
    geometries = shapely.transform(shapely.from_wkb([r[0] for r in rows]),
                                   lambda xy: np.column_stack(forward.transform(xy[:, 0], xy[:, 1])))
    file = folder / "survey.gpkg"
    numbers = np.array([f"19-245-{900 + k // 1000:03d}-{k % 1000 + 1:03d}" for k in range(len(rows))], dtype=object)
    pyogrio.raw.write(file, geometry=np.array(shapely.to_wkb(geometries), dtype=object),
                      field_data=[numbers, np.array(["IZHS"] * len(rows), dtype=object)],
                      fields=["cadastral_number", "purpose"], geometry_type="MultiPolygon", crs="EPSG:28412",
                      driver="GPKG")
    with open_cache(path) as cache:
        started = time.perf_counter()
        report = import_features(cache, ImportRequest(file, "parcels"))
        seconds = time.perf_counter() - started
    return {"features": f"{report.read:,}", "imported": f"{report.imported:,}", "refused": f"{len(report.rejected):,}",
            "import s": f"{seconds:.2f}", "per 1,000 ms": f"{seconds * 1000 / max(report.read, 1) * 1000:.0f}"}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.plans", description=__doc__)
    parser.add_argument("--parcels", type=int, default=50_000)
    parser.add_argument("--zones", type=int, default=500)
    parser.add_argument("--import", dest="imported", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "landdesk", "demo", "--no-gui", "--out", str(path), "--parcels",
                        str(args.parcels)], check=True, stdout=subprocess.DEVNULL)
        plan = add_grid_plan(path, args.zones)
        times, reports = [], []
        with open_cache(path, read_only=True) as cache:
            for _ in range(5):
                started = time.perf_counter()
                reports = check_plans(cache, plan)
                times.append(time.perf_counter() - started)
        [report] = reports
        rules = sorted({f.rule for f in report.findings})
        seconds = statistics.median(times)
        print_table([{"parcels": f"{args.parcels:,}", "zones": f"{report.zones:,}",
                      "registered parcels under the plan": f"{_parcels_under(path, plan):,}",
                      "findings": f"{len(report.findings)} ({', '.join(rules)})",
                      "check s (median of 5)": f"{seconds:.2f}", "target s": f"{TARGET_S:g}",
                      "met": "yes" if seconds < TARGET_S else "NO"}])
        print()
        print_table([time_import(path, args.imported, Path(folder))])


def _parcels_under(path: Path, plan: str) -> int:
    from landdesk.storage.plans import plan_contents
    with open_cache(path, read_only=True) as cache:
        return len(plan_contents(cache, plan)["parcels"])


if __name__ == "__main__":
    main()
