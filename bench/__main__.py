"""`python -m bench [--sizes 50000,200000] [--dir DIR] [--no-qgis]`: storage and map canvas, beside QGIS.

For each size: build the demo district, time the storage (open, bbox query), then the map canvas in a
child process (bench/map.py), then QGIS 3 on the same file (../shared/bench-peer/qgis_render_bench.py,
when `python3-qgis` is installed) and print QGIS time / LandDesk time per row.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from landdesk.services.prechecks import build_world, run_prechecks
from landdesk.storage import open_cache
from landdesk.storage.district import load_district
from landdesk.storage.features import layer_extent, read_features


def _build(path: Path, parcels: int) -> tuple[float, int]:
    """Build in a child process so each size's peak memory is its own."""
    code = ("import resource, sys, time; from datetime import date; from landdesk.demo.build import build_demo;"
            f"t = time.perf_counter(); build_demo({str(path)!r}, parcels={parcels}, today=date(2026, 11, 20),"
            " report=lambda m: None); print(time.perf_counter() - t,"
            " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1]) // 1024


def _median_ms(action: object, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run(sizes: list[int], folder: Path, *, with_qgis: bool = True) -> list[dict[str, str]]:
    rows, maps = [], []
    for parcels in sizes:
        path = folder / f"demo-{parcels}.sqlite"
        seconds, peak_mb = _build(path, parcels)
        open_ms = _median_ms(lambda p=path: (c := open_cache(p), load_district(c), c.close()))
        with open_cache(path) as cache:
            x0, y0, x1, y1 = layer_extent(cache, "parcels") or (0, 0, 1, 1)
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            half_w, half_h = (x1 - x0) * 0.05, (y1 - y0) * 0.05      # 10 % × 10 % = 1 % of the area
            bbox = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
            found = len(read_features(cache, "parcels", bbox=bbox))
            query_ms = _median_ms(lambda c=cache, b=bbox: read_features(c, "parcels", bbox=b))
            world_ms = _median_ms(lambda c=cache: build_world(c), repeat=3)
            world = build_world(cache)
            everyone = [r[0] for r in cache.connection.execute("SELECT number FROM applications")]
            checks_ms = _median_ms(lambda c=cache, w=world, n=everyone: run_prechecks(c, numbers=n, world=w))
        rows.append({
            "parcels": f"{parcels:,}", "build s": f"{seconds:.1f}", "build peak MB": f"{peak_mb:,}",
            "file MB": f"{path.stat().st_size / 1e6:.0f}", "open ms": f"{open_ms:.1f}",
            "bbox 1% ms": f"{query_ms:.1f}", "bbox rows": f"{found:,}",
            "pre-check world ms": f"{world_ms:.0f}", f"pre-checks of {len(everyone)} apps ms": f"{checks_ms:.0f}",
        })
        maps += map_rows(parcels, path, with_qgis=with_qgis)
    print_table(rows)
    print()
    print_table(maps)
    return rows


QGIS_PEER = Path(__file__).resolve().parents[2] / "shared" / "bench-peer" / "qgis_render_bench.py"
QGIS_PYTHON = "/usr/bin/python3"
# (row title, LandDesk key, QGIS result path); QGIS takes the faster of its sequential and parallel jobs
MAP_ROWS = (
    ("cache open → first full-extent frame", "open_to_first_frame", "open+full"),
    ("full extent, 1600×1000", "full_extent", "full_extent_s"),
    ("full extent, all 9 layers (no QGIS peer)", "full_extent_all_layers", None),
    ("zoomed view, 1/100 of the area", "zoom_1_100", "zoom_1_100_s"),
    ("pan 10 %, fully fresh (median of 20)", "pan_fresh", "pan_frame_s"),
    ("pan 10 %, tile cache (new strip only)", "pan_tiles", "pan_frame_s"),
    ("  then edge tiles completed in the background (mean)", "pan_completion", None),
    ("pan 10 %, from cached tiles only", "pan_cached", "pan_frame_s"),
    ("identify, per point (median of 1,000)", "identify", "identify_s"),
)


def _map_bench(path: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "bench.map", str(path)], capture_output=True, text=True,
                         check=True, env=env, cwd=Path(__file__).resolve().parents[1]).stdout
    return json.loads(out.strip().splitlines()[-1])


def _qgis_bench(path: Path) -> dict[str, object] | None:
    if not (QGIS_PEER.exists() and Path(QGIS_PYTHON).exists()):
        return None
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        result = subprocess.run([QGIS_PYTHON, str(QGIS_PEER), "--db", str(path), "--table", "parcels", "--geom",
                                 "geom", "--style-field", "status", "--json", report.name,
                                 "--out-dir", str(Path(report.name).parent / "qgis-png")],
                                capture_output=True, text=True, check=False,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        text = Path(report.name).read_text() if Path(report.name).stat().st_size else ""
    if not text:
        print(f"QGIS peer did not run (install python3-qgis qgis-providers): {result.stderr.strip()[-300:]}")
        return None
    return json.loads(text)


def _qgis_ms(qgis: dict[str, object] | None, key: str | None) -> float | None:
    if qgis is None or key is None:
        return None
    results = qgis["results"]
    assert isinstance(results, dict)
    if key == "open+full":                       # QGIS opens the layer, then renders the full extent
        opened, drawn = _qgis_ms(qgis, "open_layer_s"), _qgis_ms(qgis, "full_extent_s")
        return None if opened is None or drawn is None else opened + drawn
    if key in results:
        return float(results[key]["median"]) * 1000
    medians = [float(results[job][key]["median"]) for job in ("sequential", "parallel")
               if job in results and key in results[job]]
    return min(medians) * 1000 if medians else None


def map_rows(parcels: int, path: Path, *, with_qgis: bool) -> list[dict[str, str]]:
    ours = _map_bench(path)
    qgis = _qgis_bench(path) if with_qgis else None
    rows = []
    for title, key, qgis_key in MAP_ROWS:
        theirs = _qgis_ms(qgis, qgis_key)
        mine = ours[key]
        rows.append({"parcels": f"{parcels:,}", "measure": title, "LandDesk ms": f"{mine:,.2f}",
                     "QGIS ms": "—" if theirs is None else f"{theirs:,.2f}",
                     "QGIS / LandDesk": "—" if theirs is None else f"{theirs / mine:,.1f}×"})
    rows.append({"parcels": f"{parcels:,}", "measure": "peak memory, MB", "LandDesk ms": f"{ours['peak_mb']:,.0f}",
                 "QGIS ms": "—", "QGIS / LandDesk": "—"})
    print(f"  {parcels:,}: {ours['zoom_parcels']:,.0f} parcels in the zoomed view, identify hit rate "
          f"{ours['identify_hit_rate']:.0%}" + ("" if qgis else "; QGIS not run"))
    return rows


def print_table(rows: list[dict[str, str]]) -> None:
    headers = list(rows[0])
    widths = [max(len(h), *(len(r[h]) for r in rows)) for h in headers]
    print(" | ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True)))
    print("-|-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(row[h].rjust(w) for h, w in zip(headers, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="50000,200000", help="comma-separated parcel counts")
    parser.add_argument("--dir", type=Path, default=None, help="where to write the caches (default: a temp dir)")
    parser.add_argument("--no-qgis", action="store_true", help="skip the QGIS peer")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"LandDesk storage benchmark, {date.today()}, Python {sys.version.split()[0]}")
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        run(sizes, args.dir, with_qgis=not args.no_qgis)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(sizes, Path(folder), with_qgis=not args.no_qgis)
    print(f"bench process peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
