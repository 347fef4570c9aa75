"""`landdesk-registry`: init, serve, load-demo, load-cache, add-user, remove-user."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from landdesk.domain.errors import LandDeskError
from landdesk.domain.replication import ROLES, SYNCED_TABLES, local_columns
from landdesk.registry.auth import hash_password
from landdesk.registry.backends import init_store, open_store
from landdesk.registry.chain import append_decisions
from landdesk.registry.throttle import ThrottleSettings
from landdesk.spatialite import load_spatialite
from landdesk.sync.protocol import RowState

if TYPE_CHECKING:
    from collections.abc import Sequence

    from landdesk.registry.store import Store

PASSWORD_ENV = "LANDDESK_PASSWORD"


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", default="registry.sqlite", help="the SpatiaLite file (default registry.sqlite)")
    parser.add_argument("--database", default=os.environ.get("LANDDESK_REGISTRY_DATABASE"),
                        help="a PostgreSQL URL (postgresql://user@host/db); PostGIS is used instead of --data")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="landdesk-registry", description="The LandDesk central registry.")
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init", help="create the registry's tables")
    _store_options(init)
    serve = commands.add_parser("serve", help="serve the HTTP API")
    _store_options(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--snapshots", type=Path, default=None, help="folder for district snapshots")
    _throttle_options(serve)
    demo = commands.add_parser("load-demo", help="seed the registry with the demo district")
    _store_options(demo)
    demo.add_argument("--parcels", type=int, default=50_000)
    demo.add_argument("--seed", type=int, default=2026)
    load = commands.add_parser("load-cache", help="seed the registry with the district of a LandDesk cache file")
    _store_options(load)
    load.add_argument("cache", type=Path)
    user = commands.add_parser("add-user", help=f"add a user or reset one (password from ${PASSWORD_ENV} or a prompt)")
    _store_options(user)
    user.add_argument("name")
    user.add_argument("--role", choices=ROLES, required=True)
    user.add_argument("--district", required=True, help="district code, e.g. 19-245")
    remove = commands.add_parser("remove-user", help="remove a user: their tokens and sign-ins stop at once")
    _store_options(remove)
    remove.add_argument("name")
    return parser


def _throttle_options(serve: argparse.ArgumentParser) -> None:
    """Sign-in throttling (registry/throttle.py); each defaults to $LANDDESK_REGISTRY_THROTTLE_<NAME> or built in."""
    env = ThrottleSettings.from_env()
    serve.add_argument("--throttle-free", type=int, default=env.free, metavar="N",
                       help=f"wrong passwords per user or address answered without delay (default {env.free})")
    serve.add_argument("--throttle-limit", type=int, default=env.limit, metavar="N",
                       help=f"wrong passwords for one user after which it is refused with 429 (default {env.limit})")
    serve.add_argument("--throttle-address-limit", type=int, default=env.address_limit, metavar="N",
                       help="wrong passwords from one client address after which it is refused with 429 (default "
                            f"{env.address_limit}; an office's officers often share one address)")
    serve.add_argument("--throttle-window", type=float, default=env.window_s, metavar="S",
                       help=f"seconds a wrong password counts, and the longest refusal (default {env.window_s:g})")
    serve.add_argument("--throttle-delay", type=float, default=env.delay_s, metavar="S",
                       help=f"the first delay, doubled with each further wrong password (default {env.delay_s:g})")
    serve.add_argument("--throttle-max-delay", type=float, default=env.max_delay_s, metavar="S",
                       help=f"the longest delay before a 401 (default {env.max_delay_s:g})")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    store = open_store(args.data, args.database)
    try:
        return _run(args, store)
    except (sqlite3.Error, OSError, LandDeskError) as err:
        print(f"landdesk-registry: the registry database {store.url} cannot be used: {err}\n  What to do: check "
              "--data (a SpatiaLite file you may write) or --database (a PostgreSQL URL whose server runs and "
              "whose user may create tables).", file=sys.stderr)
    except psycopg.Error as err:
        print(f"landdesk-registry: PostgreSQL refused: {str(err).strip()}\n  What to do: check the --database "
              "URL, that the server runs, and that the PostGIS extension is installed.", file=sys.stderr)
    return 2


def _run(args: argparse.Namespace, store: Store) -> int:
    if args.command == "init":
        init_store(store)
        print(f"Registry ready: {store.url}")
        return 0
    if args.command == "serve":
        import uvicorn

        from landdesk.registry.app import create_app
        throttle = ThrottleSettings(free=args.throttle_free, limit=args.throttle_limit,
                                    address_limit=args.throttle_address_limit, window_s=args.throttle_window,
                                    delay_s=args.throttle_delay, max_delay_s=args.throttle_max_delay)
        if throttle.problems():
            print("error: " + "; ".join(throttle.problems()), file=sys.stderr)
            return 2
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        init_store(store)
        uvicorn.run(create_app(store, args.snapshots, throttle), host=args.host, port=args.port,
                    log_level="warning")
        return 0
    if args.command == "add-user":
        init_store(store)
        password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Password for {args.name}: ")
        if len(password) < 8:
            print("error: the password must have at least 8 characters", file=sys.stderr)
            return 2
        store.add_user(args.name, hash_password(password), args.role, args.district)
        print(f"User {args.name} ({args.role}, district {args.district}) saved; any earlier sign-in of theirs "
              "has ended.")
        return 0
    if args.command == "remove-user":
        init_store(store)
        if not store.remove_user(args.name):
            print(f"error: there is no user {args.name}", file=sys.stderr)
            return 1
        print(f"User {args.name} removed; their sign-ins have ended.")
        return 0
    if args.command == "load-demo":
        with tempfile.TemporaryDirectory() as folder:
            cache = Path(folder) / "demo.sqlite"
            built = subprocess.run([sys.executable, "-m", "landdesk", "demo", "--no-gui", "--out", str(cache),
                                    "--parcels", str(args.parcels), "--seed", str(args.seed)],
                                   stdout=subprocess.DEVNULL, check=False)
            if built.returncode:
                return built.returncode           # the demo builder has said what was wrong
            code, count = load_cache(store, cache)
    else:
        code, count = load_cache(store, args.cache)
    print(f"District {code}: {count:,} rows loaded into {store.url}")
    return 0


def load_cache(store: Store, path: Path) -> tuple[str, int]:
    """Seed the registry with every synced row of a cache file, each at version 1, and the district's decision
    chain with the cache's decisions in the cache's own order."""
    init_store(store)
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        load_spatialite(connection)
        names = [c[0] for c in connection.execute("SELECT * FROM district LIMIT 0").description or ()]
        row = connection.execute("SELECT *, AsBinary(geom) FROM district LIMIT 1").fetchone()
        facts: dict[str, Any] = {k: v for k, v in zip(names, row, strict=False)
                                 if k in ("uid", "name", "name_kk", "name_ru", "region_code", "district_code", "kato",
                                          "srid", "crs_name")}
        facts["boundary_wkb"] = None if row[-1] is None else bytes(row[-1]).hex()
        code = f"{facts['region_code']}-{facts['district_code']}"
        srid = int(facts["srid"])
        rows: list[RowState] = []
        for tbl in SYNCED_TABLES:
            columns = [c[1] for c in connection.execute(f'PRAGMA table_info("{tbl}")')]
            attrs = [c for c in columns if c not in local_columns(tbl)]
            geom = "AsBinary(geom)" if "geom" in columns else "NULL"
            order = " ORDER BY seq" if tbl == "decisions" else ""      # the district chain: in the cache's order
            for r in connection.execute(f'SELECT uid, is_deleted, {geom}, {", ".join(attrs)} FROM "{tbl}"{order}'):
                rows.append(RowState(tbl, r[0], 1, bool(r[1]), dict(zip(attrs, r[3:], strict=True)),
                                     None if r[2] is None else bytes(r[2])))
    finally:
        connection.close()
    store.add_district(code, srid, facts)
    with store.transaction() as tx:
        first = store.next_seq(tx, code, len(rows))
        store.put_rows(tx, code, srid, rows, first, None, "load-cache")
        append_decisions(store, tx, code, rows, first)
    return code, len(rows)


if __name__ == "__main__":
    raise SystemExit(main())
