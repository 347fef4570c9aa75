"""The `landdesk` command: one entry point with subcommands officers and administrators can script."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from landdesk import __version__
from landdesk.demo.build import default_demo_path
from landdesk.domain.errors import LandDeskError

if TYPE_CHECKING:
    from collections.abc import Sequence

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
PASSWORD_ENV, USER_ENV = "LANDDESK_PASSWORD", "LANDDESK_USER"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="landdesk", description="LandDesk: the land officer's workstation.")
    parser.add_argument("--version", action="version", version=f"LandDesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     description="Without a command LandDesk opens the last cache used, or the "
                                                 "welcome page when there is none.")
    welcome = commands.add_parser("welcome", help="show the welcome page: open a cache, clone a district, or the demo")
    welcome.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)

    demo = commands.add_parser("demo", help="build the demo district cache and open it")
    demo.add_argument("--parcels", type=_positive_int, default=50_000, help="number of parcels (default 50,000)")
    demo.add_argument("--out", type=Path, default=None, help=f"where to write it (default {default_demo_path()})")
    demo.add_argument("--seed", type=int, default=2026, help="random seed; the same seed builds the same district")
    demo.add_argument("--today", type=date.fromisoformat, default=None,
                      help="reference date for application dates (YYYY-MM-DD, default today)")
    demo.add_argument("--no-gui", action="store_true", help="only build the cache, do not open the window")

    open_ = commands.add_parser("open", help="open a cache in the main window")
    open_.add_argument("path", type=Path)
    open_.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)

    shot = commands.add_parser("screenshot", help="render the main window on a cache offscreen and save a PNG")
    shot.add_argument("path", type=Path)
    shot.add_argument("--out", type=Path, required=True, help="the image file to write (.png)")
    shot.add_argument("--size", type=_size, default=(1600, 1000), help="window size WIDTHxHEIGHT (default 1600x1000)")
    shot.add_argument("--find", default=None, metavar="CADNUM|APPNUM",
                      help="find this parcel or application first, as Ctrl+F would")
    shot.add_argument("--today", type=date.fromisoformat, default=None,
                      help="the date the queue counts working days from (YYYY-MM-DD, default today)")
    shot.add_argument("--language", choices=("kk", "ru", "en"), default=None,
                      help="interface language of the image (default: the one chosen in Settings)")

    checks = commands.add_parser("prechecks", help="run the pre-checks of every pending application")
    checks.add_argument("path", type=Path)
    checks.add_argument("--json", action="store_true", help="print the results as JSON (one object per application)")

    decisions = commands.add_parser("decisions", help="work with the chain of recorded decisions")
    decision_commands = decisions.add_subparsers(dest="decisions_command", required=True, metavar="ACTION")
    verify = decision_commands.add_parser("verify", help="recompute the hash chain and compare it with the decision "
                                          "anchor the last sync kept; with --registry, with the registry's copy of the "
                                          "district's chain; exit code 1 at the first broken link or divergence")
    verify.add_argument("path", type=Path)
    verify.add_argument("--registry", default=None, metavar="URL",
                        help=f"compare with this registry's district chain (password from ${PASSWORD_ENV} or a prompt)")
    verify.add_argument("--user", default=None, metavar="NAME", help=f"the registry user (default ${USER_ENV})")

    plan = commands.add_parser("cadastral-plan", help="write the land-cadastral plan of a parcel as a PDF")
    plan.add_argument("path", type=Path)
    plan.add_argument("number", help="the parcel's cadastral number (19-245-156-036)")
    plan.add_argument("--lang", choices=("ru", "kk"), default="ru", help="language of the document (default ru)")
    plan.add_argument("--out", type=Path, default=None,
                      help="the PDF to write (default: NUMBER-plan-LANG.pdf in the cache's documents folder)")

    info = commands.add_parser("info", help="print a cache's district, CRS, schema version and row counts")
    info.add_argument("path", type=Path)

    check_plan = commands.add_parser("check-plan", help="check plans against the data-quality rules; exit code 1 "
                                     "when something was found")
    check_plan.add_argument("path", type=Path)
    check_plan.add_argument("--plan", default=None, metavar="ID", help="one plan, by uid or name (default: all)")
    check_plan.add_argument("--json", action="store_true", help="print the findings as JSON (one object per plan)")

    imp = commands.add_parser("import", help="import plan zones, red lines or parcels from a GIS file (GeoPackage, "
                              "Shapefile, GeoJSON, DXF, CSV coordinate catalogue); bad features are reported, "
                              "the rest imported in one transaction")
    imp.add_argument("path", type=Path, help="the cache")
    imp.add_argument("file", type=Path, help="the file to import")
    imp.add_argument("--target", required=True, choices=("zones", "red_lines", "parcels"))
    imp.add_argument("--crs", default=None, metavar="EPSG:N", help="the file's CRS when it declares none (or wrongly)")
    imp.add_argument("--field", action="append", default=[], metavar="SRC=DST",
                     help="map a source field to a LandDesk field (repeatable); same-named fields map themselves")
    imp.add_argument("--plan", default=None, metavar="ID", help="the plan the zones (or red lines) belong to")
    imp.add_argument("--layer", default=None, help="the layer to read, for files with several")
    imp.add_argument("--dxf-layer", default=None, help="only the DXF entities on this layer")
    imp.add_argument("--encoding", default=None, help="attribute encoding when the file does not say (cp1251)")

    exp = commands.add_parser("export", help="write a layer (or some of its features) to GeoPackage or GeoJSON in the "
                              "district's CRS")
    exp.add_argument("path", type=Path)
    exp.add_argument("layer", choices=("parcels", "zones", "red_lines", "applications"))
    exp.add_argument("--out", type=Path, required=True, help="FILE.gpkg or FILE.geojson")
    exp.add_argument("--uid", action="append", default=None, help="only this feature (repeatable)")
    cat = commands.add_parser("catalogue", help="write a parcel's boundary points to CSV (point, X north, Y east)")
    cat.add_argument("path", type=Path)
    cat.add_argument("number", help="the parcel's cadastral number")
    cat.add_argument("--out", type=Path, required=True, help="FILE.csv")

    sync = commands.add_parser("sync", help="send this cache's changes to the registry and bring back others' "
                               f"(password from ${PASSWORD_ENV} or a prompt)")
    sync.add_argument("path", type=Path)
    sync.add_argument("--registry", required=True, metavar="URL", help="the registry, e.g. http://registry:8750")
    sync.add_argument("--user", required=True, metavar="NAME")

    clone = commands.add_parser("clone", help="make a new cache of a district from the registry")
    clone.add_argument("url", metavar="URL")
    clone.add_argument("--district", required=True, metavar="CODE", help="the district's code, e.g. 19-245")
    clone.add_argument("--out", type=Path, required=True, metavar="PATH", help="the cache file to write")
    clone.add_argument("--user", default=None, metavar="NAME", help=f"default ${USER_ENV}")
    for module in _command_modules():
        module.add_commands(commands)
    return parser


def _command_modules() -> tuple[Any, ...]:
    """Commands that live in their own module of this package: each has `add_commands(subparsers)`, which gives
    every parser it adds a `run` default (a function of the parsed arguments that returns the exit code)."""
    from landdesk.cli import applications, lists

    return (applications, lists)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        run = getattr(args, "run", None)
        if run is not None:
            return int(run(args))
        if args.command in (None, "welcome"):
            from landdesk.app import run_start
            return run_start(welcome=args.command == "welcome", today=getattr(args, "today", None))
        if args.command == "demo":
            return _demo(args)
        if args.command == "open":
            return _open_window(args.path, today=args.today)
        if args.command == "screenshot":
            return _screenshot(args)
        if args.command == "info":
            return _info(args.path)
        if args.command == "decisions":
            return _verify_decisions(args)
        if args.command == "prechecks":
            return _prechecks(args.path, as_json=args.json)
        if args.command == "cadastral-plan":
            return _cadastral_plan(args)
        if args.command == "check-plan":
            return _check_plan(args)
        if args.command == "import":
            return _import(args)
        if args.command in ("export", "catalogue"):
            return _export(args)
        if args.command == "sync":
            return _sync(args)
        if args.command == "clone":
            return _clone(args)
    except LandDeskError as err:
        print(f"landdesk: {err.what_happened()}\n  What to do: {err.what_to_do()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:                  # `landdesk prechecks … | head`: the reader left, not an error
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("landdesk: interrupted; nothing half-written was kept.", file=sys.stderr)
        return EXIT_FAILED
    raise AssertionError(args.command)


def _demo(args: argparse.Namespace) -> int:
    from landdesk.demo.build import build_demo

    out = args.out or default_demo_path()
    build_demo(out, parcels=args.parcels, seed=args.seed, today=args.today, report=lambda m: print(m, flush=True))
    print(f"Demo district written to {out}")
    if args.no_gui:
        return EXIT_OK
    return _open_window(out)


def _open_window(path: Path, *, today: date | None = None) -> int:
    from landdesk.app import run_window
    return run_window(path, today=today)


def _screenshot(args: argparse.Namespace) -> int:
    from landdesk.app import render_screenshot

    try:
        out = render_screenshot(args.path, args.out, size=args.size, find=args.find, today=args.today,
                                language=args.language)
    except LookupError:
        print(f"landdesk: no parcel or application matches {args.find!r}.\n  What to do: check the number; "
              "a cadastral number has four parts (19-245-156-036), an application number looks like 2026-0074.",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    except (TimeoutError, OSError) as error:
        print(f"landdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Screenshot saved to {out}")
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("write the size as WIDTHxHEIGHT, for example 1600x1000") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return width, height


def _info(path: Path) -> int:
    from landdesk.services.sync import held, status
    from landdesk.storage import open_cache
    from landdesk.storage.district import cache_info, check_integrity
    from landdesk.storage.migrations import LATEST_VERSION

    with open_cache(path, read_only=True) as cache:
        check_integrity(cache)
        info = cache_info(cache)
        sync = status(cache)
        held_back = held(cache) if sync.held else []
    d = info.district
    print(f"Cache:     {info.path}")
    print(f"District:  {d.name}" + (f" / {d.name_ru}" if d.name_ru else "") + (f" / {d.name_kk}" if d.name_kk else ""))
    print(f"Codes:     cadastral {d.region_code}-{d.district_code}" + (f", KATO {d.kato}" if d.kato else ""))
    print(f"CRS:       EPSG:{d.srid} ({d.crs_name})")
    print(f"Schema:    version {info.schema_version} (this LandDesk: {LATEST_VERSION})"
          + (f", created by {info.created_by}" if info.created_by else ""))
    if info.extent:
        x0, y0, x1, y1 = info.extent
        size = f"{(x1 - x0) / 1000:.1f} × {(y1 - y0) / 1000:.1f} km"
        print(f"Extent:    {x0:,.0f} {y0:,.0f} – {x1:,.0f} {y1:,.0f} m ({size})")
    print("Integrity: ok (SQLite quick_check)")
    print(f"SpatiaLite: {info.spatialite}")
    if sync.registry:
        print(f"Registry:  {sync.registry} as {sync.user or '?'}; last sync {sync.last_sync_at or 'never'}")
    print(f"Sync:      {sync.pending} operations to send, {sync.conflicts} conflicts to resolve, "
          f"{sync.held} received rows held back")
    if held_back:
        print("Held back by sync:")
        for row in held_back:
            name = f"{row.tbl} {row.label}" if row.label else row.tbl
            print(f"  {name} ({row.uid}), {row.state}: {row.reason}")
    print("Rows:")
    width = max(len(t) for t in info.counts)
    for table, count in info.counts.items():
        print(f"  {table:<{width}}  {count:>10,}")
    return EXIT_OK


def _check_plan(args: argparse.Namespace) -> int:
    import json

    from landdesk.services.plan_check import RULES, UnknownPlan, check_plans
    from landdesk.storage import open_cache

    with open_cache(args.path, read_only=True) as cache:
        try:
            reports = check_plans(cache, args.plan)
        except UnknownPlan:
            print(f"landdesk: there is no plan {args.plan!r} in this cache.\n  What to do: give a plan's uid or "
                  "its full name; `landdesk check-plan PATH` lists them all.", file=sys.stderr)
            return EXIT_BAD_INPUT
    if args.json:
        for report in reports:
            print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        for report in reports:
            print(f"{report.name} ({report.kind.lower()}, {report.status.lower()}; {report.zones} zones, "
                  f"{report.red_lines} red lines; uid {report.uid}): "
                  + ("no findings" if not report.findings else f"{len(report.findings)} finding(s)"))
            for finding in report.findings:
                print(f"  {finding.rule}  {finding.feature}: {finding.message}")
        print(f"Rules: {', '.join(RULES)}")
    return EXIT_FAILED if any(r.findings for r in reports) else EXIT_OK


def _import(args: argparse.Namespace) -> int:
    import getpass

    from landdesk.services.importing import ImportRequest, import_features
    from landdesk.storage import open_cache

    fields = {}
    for pair in args.field:
        source, sep, dest = pair.partition("=")
        if not sep or not source or not dest:
            print(f"landdesk: --field {pair!r} is not SRC=DST.\n  What to do: write it as, for example, "
                  "--field KAD_NOM=cadastral_number.", file=sys.stderr)
            return EXIT_BAD_INPUT
        fields[source] = dest
    request = ImportRequest(args.file, args.target, crs=args.crs, fields=fields, plan=args.plan, layer=args.layer,
                            dxf_layer=args.dxf_layer, encoding=args.encoding, officer=getpass.getuser())
    with open_cache(args.path) as cache:
        report = import_features(cache, request)
    for warning in report.warnings:                 # what LandDesk guessed or repaired: the officer must know
        print(f"landdesk: warning: {report.file}: {warning}.", file=sys.stderr)
    print(f"{report.file}: {report.read:,} features read in {report.source_crs}; {report.imported:,} imported as "
          f"{report.target}; {len(report.rejected):,} refused.")
    for rejected in report.rejected:
        print(f"  feature {rejected.row}: {rejected.reason}")
    return EXIT_FAILED if report.rejected else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from landdesk.services.exporting import export_catalogue, export_layer
    from landdesk.storage import open_cache

    with open_cache(args.path, read_only=True) as cache:
        if args.command == "export":
            count = export_layer(cache, args.layer, args.out, args.uid)
            print(f"{count:,} {args.layer} written to {args.out} (EPSG:{cache.srid}).")
        else:
            count = export_catalogue(cache, args.number, args.out)
            print(f"{count} boundary points of {args.number} written to {args.out}.")
    return EXIT_OK


def _password(user: str) -> str:
    import getpass
    import os

    return os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Password for {user}: ")


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage}: {done:,}" + (f" of {total:,}" if total and total != done else ""), end="",
              file=sys.stderr, flush=True)


def _sync(args: argparse.Namespace) -> int:
    from landdesk.sync.client import Registry, sync

    registry = Registry(args.registry, args.user, _password(args.user))
    report = sync(args.path, registry, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Sent {report.pushed_rows:,} changed rows in {report.pushed_changesets} changesets; received "
          f"{report.pulled_rows:,} rows ({report.rebased_rows:,} merged with your edits); registry position "
          f"{report.cursor:,}.")
    if report.restored_decisions:
        print(f"Restored {report.restored_decisions} decisions this cache had lost, from the registry (see the "
              "audit log).")
    if report.pending:
        print(f"Still to send: {report.pending} operations (they wait for a conflict to be resolved).")
    if report.open_conflicts:
        print(f"Conflicts to resolve: {report.open_conflicts}. Open the cache in LandDesk: View → Conflicts.")
        return EXIT_FAILED
    return EXIT_OK


def _clone(args: argparse.Namespace) -> int:
    import os
    import time

    from landdesk.sync.client import clone

    user = args.user or os.environ.get(USER_ENV)
    if not user:
        print(f"landdesk: give the registry user with --user NAME or ${USER_ENV}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    started = time.perf_counter()
    count = clone(args.url, args.district, args.out, user, _password(user), progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"District {args.district}: {count:,} rows cloned into {args.out} in {time.perf_counter() - started:.1f} s.")
    return EXIT_OK


def _verify_decisions(args: argparse.Namespace) -> int:
    import os

    from landdesk.services.decisions import verify, verify_with_registry
    from landdesk.storage import open_cache

    user = args.user or os.environ.get(USER_ENV) or ""
    if args.registry and not user:
        print(f"landdesk: give the registry user with --user NAME or ${USER_ENV}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    with open_cache(args.path, read_only=True) as cache:
        report = verify(cache)
        compared = verify_with_registry(cache, args.registry, user, _password(user)) if args.registry else None
    failed = False
    if compared is not None and compared.first is not None:
        first = compared.first
        print(f"landdesk: this cache's decisions diverge from the registry's district chain: {first.message}.\n"
              f"  {len(compared.divergences)} divergences in all; {compared.checked} positions of the chain "
              "compared.\n"
              "  What to do: report it to the administrator; decisions can never be edited. Clone the district "
              "again from the registry (a sync restores decisions that were only removed) and keep this file for "
              "the inquiry.", file=sys.stderr)
        failed = True
    if report.divergence is not None:
        print(f"landdesk: the decisions do not match the decision anchor kept at the last sync: {report.reason}.\n"
              "  What to do: sync with the registry (it restores decisions that were only removed) or clone the "
              "district again, and report the change; decisions can never be edited.", file=sys.stderr)
        return EXIT_FAILED
    if not report.intact:
        print(f"landdesk: the decision chain is broken at decision {report.broken_at}: {report.reason}.\n"
              f"  {report.checked} decisions before it are intact.\n"
              "  What to do: restore the cache from a backup or pull the decisions again from the registry, and "
              "report the change; decisions can never be edited.", file=sys.stderr)
        return EXIT_FAILED
    if failed:
        return EXIT_FAILED
    print(f"Decision chain intact: {report.reason}.")
    if compared is not None:
        print(f"The registry agrees: {len(compared.agreed)} decisions of its district chain ({compared.checked} "
              f"positions) are in this cache unchanged; {compared.pending} waiting to be sent, "
              f"{compared.not_pulled + compared.waiting} not received yet.")
    return EXIT_OK


def _cadastral_plan(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from landdesk.app import application
    from landdesk.domain.cadastral_number import parse_cadastral_number
    from landdesk.reports.cadastral_plan import write_cadastral_plan
    from landdesk.reports.pdf import DocumentError, documents_folder
    from landdesk.storage import open_cache

    number = str(parse_cadastral_number(args.number))
    out = args.out or documents_folder(args.path) / f"{number}-plan-{args.lang}.pdf"
    application()                               # fonts and the PDF writer need Qt's GUI side, offscreen here
    with open_cache(args.path, read_only=True) as cache:
        try:
            write_cadastral_plan(cache, number, args.lang, out)
        except DocumentError as error:
            print(f"landdesk: {error}.\n  What to do: check the number with `landdesk open` (Ctrl+F) or "
                  "`landdesk info`.", file=sys.stderr)
            return EXIT_BAD_INPUT
    print(f"Land-cadastral plan of {number} saved to {out}")
    return EXIT_OK


def _prechecks(path: Path, *, as_json: bool) -> int:
    import json

    from landdesk.domain.refusal import GROUND_BY_CODE
    from landdesk.services.prechecks import run_prechecks
    from landdesk.storage import open_cache

    with open_cache(path, read_only=True) as cache:
        checked = run_prechecks(cache)
    if as_json:
        print(json.dumps([{
            "number": a.number, "status": a.status, "received": a.received, "passed": a.passed,
            "results": [{"check": str(r.check), "outcome": str(r.outcome), "explanation": str(r.explanation),
                         "ground": r.ground, "legal_ref": GROUND_BY_CODE[r.ground].legal_ref if r.ground else None,
                         "highlight_wkt": r.highlight.wkt if r.highlight is not None else None}
                        for r in a.results]} for a in checked], ensure_ascii=False, indent=1))
        return EXIT_OK
    failing = [a for a in checked if not a.passed]
    print(f"{len(checked)} pending applications checked: {len(checked) - len(failing)} pass, {len(failing)} fail.")
    for a in checked:
        print(f"\n{a.number}  {a.status.lower().replace('_', ' ')}  received {a.received}: "
              f"{'passes every check' if a.passed else 'FAILS'}")
        for r in a.results:
            if r.outcome not in ("pass", "not run"):
                ground = f"  [{r.ground}: {GROUND_BY_CODE[r.ground].legal_ref}]" if r.ground else ""
                print(f"  {r.outcome:<8} {r.check}: {r.explanation}{ground}")
        skipped = [str(r.check) for r in a.results if r.outcome == "not run"]
        if skipped:
            print(f"  not run  {', '.join(skipped)}")
    return EXIT_OK


def _positive_int(text: str) -> int:
    value = int(text.replace("_", "").replace(",", ""))
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value
