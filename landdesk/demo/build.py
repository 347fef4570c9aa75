"""Build the demo district cache: one call, deterministic for a seed (and a reference date)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from landdesk.demo import people
from landdesk.demo.applications import plan_applications
from landdesk.demo.layout import SRID, Layout, build_layout
from landdesk.demo.parcels import ENCUMBRANCE_COLUMNS, ParcelTable, make_encumbrances, make_parcels
from landdesk.demo.plans import (
    PLAN_COLUMNS,
    RED_LINE_COLUMNS,
    SETTLEMENT_COLUMNS,
    WATER_COLUMNS,
    ZONE_COLUMNS,
    PlanRows,
    make_plans,
)
from landdesk.demo.workflow import (
    APPLICATION_COLUMNS,
    AUDIT_COLUMNS,
    DECISION_COLUMNS,
    STEP_COLUMNS,
    WorkflowBuilder,
    WorkflowRows,
)
from landdesk.domain.district import District
from landdesk.domain.errors import LandDeskError
from landdesk.domain.geometry import multipolygon_wkb
from landdesk.domain.land import ParcelStatus
from landdesk.domain.text import tr
from landdesk.storage import Cache, create_cache
from landdesk.storage.bulk import bulk_load, update_layer_statistics
from landdesk.storage.connection import remove_cache_files
from landdesk.storage.district import cache_district_uid
from landdesk.storage.render_copy import store_all_copies
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    import os

log = logging.getLogger(__name__)

REGION_CODE, DISTRICT_CODE = "19", "245"   # fictional codes: the official list is not published (DOMAIN.md §1.2)
DEFAULT_PARCELS = 50_000
DEFAULT_SEED = 2026

MIN_PARCELS = 3_000
Report = Callable[[str], None]


class DemoTooSmall(LandDeskError):
    code = "demo.too_small"
    what = tr("A demo district of {parcels:,} parcels is too small to hold a town, a DPP, a village and its "
              "applications.")
    todo = tr("Ask for at least {minimum:,} parcels.")


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    parcels: int
    applications: int
    decisions: int
    seconds: float


def demo_district(rng: np.random.Generator) -> District:
    return District(
        uid=people.uuids(rng, 1)[0], name="Kenaryk district (demo)", name_kk="Кенарық ауданы (демо)",
        name_ru="Кенарыкский район (демо)", region_code=REGION_CODE, district_code=DISTRICT_CODE, srid=SRID,
        crs_name="WGS 84 / UTM zone 42N", kato="612400000",
    )


def default_demo_path() -> Path:
    """Where `landdesk demo` and the welcome page keep the demo district."""
    return Path.home() / "LandDesk" / "demo-district.sqlite"


def build_demo(path: str | os.PathLike[str], *, parcels: int = DEFAULT_PARCELS, seed: int = DEFAULT_SEED,
               today: date | None = None, report: Report | None = None) -> DemoSummary:
    """Build (or rebuild) the demo district at `path`. Written to a temporary file and moved into place
    at the end, so an interrupted build never leaves a half-built cache under the requested name."""
    if parcels < MIN_PARCELS:
        raise DemoTooSmall(parcels=parcels, minimum=MIN_PARCELS)
    started = time.perf_counter()
    say = report or (lambda message: log.info("%s", message))
    today = today or date.today()
    target = Path(path).expanduser().absolute()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".building")
    remove_cache_files(partial)
    rng = np.random.default_rng(seed)
    now = utc_now()

    say(f"Laying out {parcels:,} parcels…")
    layout = build_layout(parcels, rng)
    district = demo_district(rng)
    table = make_parcels(layout, rng, region=REGION_CODE, district=DISTRICT_CODE, today=today)
    occupied = np.isin(table.status, [str(ParcelStatus.REGISTERED), str(ParcelStatus.SEIZED)])
    specs = plan_applications(layout, rng, occupied)
    workflow = WorkflowBuilder(specs, table, rng, today, now).build()
    plans = make_plans(layout, rng, parcels=parcels, now=now)
    encumbrances = make_encumbrances(layout, table, rng, now)

    say("Writing the cache…")
    cache = create_cache(partial, district)
    try:
        _write(cache, layout, table, plans, workflow, encumbrances, now, seed=seed, today=today)
        say("Updating layer statistics…")
        update_layer_statistics(cache)
        say("Packing map layers for drawing…")
        store_all_copies(cache)
        cache.checkpoint()
    finally:
        cache.close()
    remove_cache_files(target)
    partial.replace(target)
    remove_cache_files(partial)
    summary = DemoSummary(target, len(table.uid), len(workflow.applications), len(workflow.decisions),
                          time.perf_counter() - started)
    say(f"Built {summary.parcels:,} parcels and {summary.applications} applications in {summary.seconds:.1f} s.")
    return summary


def _write(cache: Cache, layout: Layout, table: ParcelTable, plans: PlanRows, workflow: WorkflowRows,
           encumbrances: list[tuple[object, ...]], now: str, *, seed: int, today: date) -> None:
    tables = ["district", "settlements", "parcels", "encumbrances", "plans", "plan_zones", "red_lines",
              "water_bodies", "applications", "application_steps", "decisions", "audit_log", "cadastral_codes"]
    boundary = multipolygon_wkb(layout.to_map(layout.district_boundary))
    built = json.dumps({"seed": seed, "today": today.isoformat(), "parcels": len(table.uid)})
    with bulk_load(cache, tables) as writer:
        writer.set_geometry("district", cache_district_uid(cache), boundary)
        writer.insert("settlements", SETTLEMENT_COLUMNS, plans.settlements)
        writer.insert("parcels", ParcelTable.COLUMNS, table.rows(REGION_CODE, DISTRICT_CODE, now))
        writer.insert("encumbrances", ENCUMBRANCE_COLUMNS, encumbrances)
        writer.insert("plans", PLAN_COLUMNS, plans.plans)
        writer.insert("plan_zones", ZONE_COLUMNS, plans.zones)
        writer.insert("red_lines", RED_LINE_COLUMNS, plans.red_lines)
        writer.insert("water_bodies", WATER_COLUMNS, plans.water)
        writer.insert("applications", APPLICATION_COLUMNS, workflow.applications)
        writer.insert("application_steps", STEP_COLUMNS, workflow.steps)
        writer.insert("decisions", DECISION_COLUMNS, workflow.decisions)
        writer.insert("cadastral_codes", ("region_code", "district_code", "name_ru", "name_kk", "verified", "source"),
                      [(REGION_CODE, DISTRICT_CODE, "Кенарыкский район (демо)", "Кенарық ауданы (демо)", 0, "demo")])
        build_entry = (people.uuids(np.random.default_rng(seed + 1), 1)[0], now, "landdesk", "demo.build",
                       "district", None, built)
        writer.insert("audit_log", AUDIT_COLUMNS, [*workflow.audit, build_entry])
