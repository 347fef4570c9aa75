"""The pre-checks over the demo district: each application fails exactly what it was built to fail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.application import BuiltFor
from landdesk.domain.prechecks import Check, Outcome
from landdesk.services.prechecks import run_prechecks
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

FAILS = {Check.GEOMETRY: BuiltFor.INVALID_GEOMETRY, Check.COORDINATES: BuiltFor.WRONG_COORDINATES,
         Check.SETTLEMENT: BuiltFor.OUTSIDE_SETTLEMENT, Check.OVERLAP: BuiltFor.OVERLAP,
         Check.PLAN: BuiltFor.NO_PLAN, Check.ZONE: BuiltFor.WRONG_ZONE, Check.RED_LINES: BuiltFor.RED_LINE,
         Check.SIZE: BuiltFor.OVERSIZE, Check.WATER: BuiltFor.WATER_500M, Check.COMPETING: BuiltFor.GRANTED_EARLIER,
         Check.WATER_PROTECTION: BuiltFor.WATER_STRIP, Check.AGE: BuiltFor.MINOR,
         Check.CITIZENSHIP: BuiltFor.NOT_CITIZEN}
# Built to warn, with no ground: the check that must warn (other checks may warn too: a town by a river).
WARNS = {BuiltFor.COMPETING: Check.COMPETING, BuiltFor.WATER_ZONE: Check.WATER_PROTECTION}


def test_every_demo_application_gets_its_built_for_outcome(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        built_for = dict(cache.connection.execute("SELECT number, built_for FROM applications"))
        checked = run_prechecks(cache, numbers=set(built_for))
    assert len(checked) == len(built_for) == 115
    wrong = []
    for application in checked:
        found = {FAILS[r.check] for r in application.results if r.outcome == Outcome.FAIL}
        warned = {r.check for r in application.results if r.outcome == Outcome.WARN}
        outcome = BuiltFor(built_for[application.number])
        expected = set() if outcome in (BuiltFor.PASS, *WARNS) else {outcome}
        if found != expected or (outcome in WARNS and WARNS[outcome] not in warned):
            wrong.append((application.number, built_for[application.number], sorted(found), sorted(warned)))
    assert not wrong
    assert {str(b) for b in built_for.values()} == {str(b) for b in BuiltFor}


def test_a_later_application_waits_until_the_earlier_one_for_its_land_is_granted(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        waiting, first = cache.connection.execute(
            "SELECT a.number, b.number FROM applications a JOIN applications b ON b.parcel_uid = a.parcel_uid "
            "AND b.received_on < a.received_on WHERE a.built_for = 'COMPETING' ORDER BY a.number").fetchone()
        [before] = run_prechecks(cache, numbers={waiting})
        competing = next(r for r in before.results if r.check == Check.COMPETING)
        assert (competing.outcome, competing.ground) == (Outcome.WARN, None)
        assert first in str(competing.explanation)
        with cache.operation("test", "tester") as tx:     # the earlier one is granted
            tx.execute("UPDATE applications SET status = 'APPROVED' WHERE number = ?", (first,))
        [after] = run_prechecks(cache, numbers={waiting})
        competing = next(r for r in after.results if r.check == Check.COMPETING)
        assert (competing.outcome, competing.ground) == (Outcome.FAIL, "R-OCCUPIED")
        assert first in str(competing.explanation)
        with cache.operation("test", "tester") as tx:     # or refused: it no longer counts
            tx.execute("UPDATE applications SET status = 'REFUSED' WHERE number = ?", (first,))
        [refused] = run_prechecks(cache, numbers={waiting})
        assert next(r for r in refused.results if r.check == Check.COMPETING).outcome == Outcome.PASS


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
