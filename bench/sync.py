"""`python -m bench.sync [--parcels 200000] [--no-postgis]`: the registry and sync over loopback, one table.

Builds the demo district, seeds a registry with it (SpatiaLite file, and PostGIS when `scripts/postgres.sh`
has a cluster running), starts the real registry process, then times: cloning the district; pushing 1,000
local edits (1,000 operations); pulling and applying them on a second cache; ten clients syncing at once
(each a `landdesk sync` process with 100 edits of its own); and an OGC API items page of 1,000 parcels.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from contextlib import suppress
from datetime import date
from pathlib import Path

from bench.__main__ import print_table
from landdesk.registry.auth import hash_password
from landdesk.registry.backends import open_store
from landdesk.registry.cli import load_cache
from landdesk.storage import open_cache
from landdesk.sync.client import Registry, clone, sync

PASSWORD = "bench password"
DISTRICT = "19-245"
TARGETS = {"clone": 20_000, "push": 2_000, "pull": 1_000, "ogc": 200}


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(where: list[str], folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    process = subprocess.Popen([sys.executable, "-m", "landdesk.registry", "serve", *where, "--port", str(port),
                                "--snapshots", str(folder / f"snapshots-{port}")])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return process, url
        time.sleep(0.05)
    raise RuntimeError("registry did not start")


def _edit(path: Path, count: int, user: str, offset: int = 0) -> None:
    with open_cache(path) as cache:
        uids = [r[0] for r in cache.connection.execute("SELECT uid FROM parcels ORDER BY fid LIMIT ? OFFSET ?",
                                                       (count, offset))]
        for n, uid in enumerate(uids):                        # one operation per edit, as an officer makes them
            with cache.operation("bench.edit", user) as tx:
                tx.execute("UPDATE parcels SET address = ? WHERE uid = ?", (f"bench {user} {n}", uid))


def _ms(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def run_backend(name: str, where: list[str], store_args: tuple[str | None, str | None], demo: Path,
                folder: Path) -> list[dict[str, str]]:
    store = open_store(*store_args)
    load_cache(store, demo)
    digest = hash_password(PASSWORD)
    for user in ("bench", "other", *(f"c{i}" for i in range(10))):
        store.add_user(user, digest, "officer", DISTRICT)
    store.close()
    process, url = _serve(where, folder)
    rows = []
    try:
        a, b = folder / f"{name}-a.sqlite", folder / f"{name}-b.sqlite"
        clone_ms = _ms(lambda: clone(url, DISTRICT, a, "bench", PASSWORD))
        rows.append(("clone the district (snapshot built, downloaded, cache built)", clone_ms, "clone"))
        clone(url, DISTRICT, b, "other", PASSWORD)
        _edit(a, 1000, "bench")
        rows.append(("push 1,000 local edits (1,000 operations)",
                     _ms(lambda: sync(a, Registry(url, "bench", PASSWORD))), "push"))
        report = None

        def pull() -> None:
            nonlocal report
            report = sync(b, Registry(url, "other", PASSWORD))
        rows.append(("pull and apply 1,000 remote changes", _ms(pull), "pull"))
        if report is None or report.pulled_rows != 1000:
            raise SystemExit(f"the pull brought {report}, not 1,000 rows")
        clients = []
        for i in range(10):
            path = folder / f"{name}-c{i}.sqlite"
            shutil.copyfile(b, path)
            with open_cache(path) as cache, cache.applying_remote() as tx:
                tx.execute("UPDATE sync_state SET value = ? WHERE key = 'device_id'", (str(uuid.uuid4()),))
            _edit(path, 100, f"c{i}", offset=2000 + 100 * i)
            clients.append(path)
        env = {**os.environ, "LANDDESK_PASSWORD": PASSWORD}
        started = time.perf_counter()
        runs = [subprocess.Popen([sys.executable, "-m", "landdesk", "sync", str(p), "--registry", url, "--user",
                                  f"c{i}"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                for i, p in enumerate(clients)]
        failures = [r.communicate()[1].decode()[-200:] for r in runs if r.wait() != 0]
        together_ms = (time.perf_counter() - started) * 1000
        rows.append((f"10 clients syncing at once, 100 edits each ({len(failures)} failed)", together_ms, None))
        if failures:
            print(f"{name}: client failures: {failures}")
        token = Registry(url, "bench", PASSWORD).sign_in()["token"]

        def page() -> None:
            request = urllib.request.Request(f"{url}/collections/parcels/items?limit=1000")
            request.add_header("authorization", f"Bearer {token}")
            with urllib.request.urlopen(request) as answer:
                features = json.loads(answer.read())["features"]
            assert len(features) == 1000, len(features)
        page()
        rows.append(("OGC API items page of 1,000 parcels (median of 9)",
                     statistics.median(_ms(page) for _ in range(9)), "ogc"))
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)
    return [{"backend": name, "measure": title, "ms": f"{value:,.0f}",
             "target ms": f"{TARGETS[key]:,}" if key else "no error",
             "met": ("yes" if value < TARGETS[key] else "NO") if key else ("yes" if "(0 failed)" in title else "NO")}
            for title, value, key in rows]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.sync", description=__doc__)
    parser.add_argument("--parcels", type=int, default=200_000)
    parser.add_argument("--no-postgis", action="store_true")
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    print(f"LandDesk registry and sync benchmark, {date.today()}, {args.parcels:,} parcels, loopback")
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        folder = Path(name)
        demo = folder / "demo.sqlite"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "landdesk", "demo", "--no-gui", "--out", str(demo), "--parcels",
                        str(args.parcels)], check=True, stdout=subprocess.DEVNULL)
        print(f"demo district built in {time.perf_counter() - started:.1f} s")
        rows = run_backend("SpatiaLite", ["--data", str(folder / "registry.sqlite")],
                           (str(folder / "registry.sqlite"), None), demo, folder)
        url_file = Path(__file__).resolve().parents[1] / ".venv" / "landdesk-test-pg"
        base = os.environ.get("LANDDESK_TEST_PG") or (url_file.read_text().strip() if url_file.exists() else "")
        if base and not args.no_postgis:
            import psycopg
            database = f"ld_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(base, autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {database}")
            url = base.rsplit("/", 1)[0] + f"/{database}"
            try:
                rows += run_backend("PostGIS", ["--database", url], (None, url), demo, folder)
            finally:
                with psycopg.connect(base, autocommit=True) as admin:
                    admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        else:
            print("PostGIS not run (no LANDDESK_TEST_PG; `bash scripts/postgres.sh` starts one)")
        print_table(rows)


if __name__ == "__main__":
    main()
