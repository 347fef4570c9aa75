"""A plan correction re-runs the pending applications' pre-checks and says which results changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.services.impact import with_impact
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path


def test_permitting_a_purpose_in_a_zone_makes_the_zone_check_pass(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        found = cache.connection.execute(
            "SELECT a.number, z.uid, a.requested_purpose FROM applications a JOIN plan_zones z ON "
            "ST_Within(Centroid(a.geom), z.geom) JOIN plans p ON p.uid = z.plan_uid AND p.status = 'APPROVED' "
            "WHERE a.built_for = 'WRONG_ZONE' AND a.status NOT IN ('APPROVED', 'REFUSED', 'WITHDRAWN', 'CANCELLED') "
            "ORDER BY a.number LIMIT 1").fetchone()
        assert found is not None, "the demo has an application refused by its zone"
        number, zone, purpose = found

        def correct(c: object) -> None:                   # the architect adds the purpose the zone lacked
            with cache.operation("plan.correct", "architect") as tx:
                tx.execute("UPDATE plan_zones SET permitted_purposes = json_insert(permitted_purposes, '$[#]', ?) "
                           "WHERE uid = ?", (purpose, zone))

        _none, rows = with_impact(cache, correct)
    changed = [r for r in rows if r.number == number]
    assert changed, rows
    assert any(r.before == "fail" and r.after == "pass" for r in changed)
    assert any("is now pass (was fail)" in str(r.sentence()) for r in changed)
    assert {(r.check, r.before, r.after) for r in rows} == {("zone_permits", "fail", "pass")}   # nothing else moved
