"""The pre-checks over the demo district: each application fails exactly what it was built to fail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.application import BuiltFor
from landdesk.domain.prechecks import Check, Outcome
from landdesk.services.prechecks import run_prechecks
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

SHOWS = {Check.GEOMETRY: BuiltFor.INVALID_GEOMETRY, Check.COORDINATES: BuiltFor.WRONG_COORDINATES,
         Check.SETTLEMENT: BuiltFor.OUTSIDE_SETTLEMENT, Check.OVERLAP: BuiltFor.OVERLAP,
         Check.PLAN: BuiltFor.NO_PLAN, Check.ZONE: BuiltFor.WRONG_ZONE, Check.RED_LINES: BuiltFor.RED_LINE,
         Check.SIZE: BuiltFor.OVERSIZE, Check.WATER: BuiltFor.WATER_500M, Check.COMPETING: BuiltFor.COMPETING}


def test_every_demo_application_gets_its_built_for_outcome(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        built_for = dict(cache.connection.execute("SELECT number, built_for FROM applications"))
        checked = run_prechecks(cache, numbers=set(built_for))
    assert len(checked) == len(built_for) == 98
    wrong = []
    for application in checked:
        found = {SHOWS[r.check] for r in application.results if r.outcome == Outcome.FAIL}
        outcome = BuiltFor(built_for[application.number])
        expected = set() if outcome == BuiltFor.PASS else {outcome}
        if found != expected:
            wrong.append((application.number, built_for[application.number], sorted(found)))
    assert not wrong
    assert {str(b) for b in built_for.values()} == {str(b) for b in BuiltFor}


def test_only_pending_applications_are_checked_by_default(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        pending = {n for (n,) in cache.connection.execute(
            "SELECT number FROM applications WHERE status NOT IN ('APPROVED', 'REFUSED', 'CANCELLED', 'WITHDRAWN')")}
        checked = run_prechecks(cache)
    assert {a.number for a in checked} == pending


def test_the_districts_picture_is_kept_until_a_layer_changes(demo_cache_file: Path) -> None:
    from landdesk.services.prechecks import current_world

    with open_cache(demo_cache_file) as cache:
        first = current_world(cache)
        assert current_world(cache) is first
        with cache.operation("test", "tester") as tx:    # a water body gets its protection zone
            tx.execute("UPDATE water_bodies SET protection_zone_set = 1")
        changed = current_world(cache)
        assert changed is not first
        assert changed.unprotected_shore.is_empty
