"""`python -m bench [--sizes 50000,200000] [--dir DIR]`: demo build, file size, cache open, bbox query."""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

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


def run(sizes: list[int], folder: Path) -> list[dict[str, str]]:
    rows = []
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
        rows.append({
            "parcels": f"{parcels:,}", "build s": f"{seconds:.1f}", "build peak MB": f"{peak_mb:,}",
            "file MB": f"{path.stat().st_size / 1e6:.0f}", "open ms": f"{open_ms:.1f}",
            "bbox 1% ms": f"{query_ms:.1f}", "bbox rows": f"{found:,}",
        })
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
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"LandDesk storage benchmark, {date.today()}, Python {sys.version.split()[0]}")
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
        print_table(run(sizes, args.dir))
    else:
        with tempfile.TemporaryDirectory() as folder:
            print_table(run(sizes, Path(folder)))
    print(f"bench process peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
