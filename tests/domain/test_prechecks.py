"""Each pre-check on hand-made geometry: what it decides and the numbers it names."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.check_rules import ApplicantRules, CitizenOnly, PlanRequirement, PlanRules, SizeNorm
from landdesk.domain.iin import make_bin, make_iin
from landdesk.domain.land import Purpose
from landdesk.domain.planning import PlanKind
from landdesk.domain.prechecks import (
    APPLICANT_CHECKS,
    Check,
    Competitor,
    Outcome,
    Plan,
    ProtectedWater,
    Request,
    Settlement,
    World,
    Zone,
    failed,
    run_checks,
)

X0, Y0 = 530_000.0, 4_720_000.0          # a district 10 km square in UTM 42N
TODAY = date(2026, 11, 20)
GP = Plan("gp", "GP of Town", PlanKind.GENERAL_PLAN, "APPROVED", "№ 21/187", date(2022, 6, 14), date(2042, 12, 31),
          shapely.box(X0 + 1000, Y0 + 1000, X0 + 5000, Y0 + 5000))
PLAN_RULES = PlanRules(
    (PlanRequirement(5000, (frozenset({PlanKind.DEVELOPMENT_SCHEME}), frozenset({PlanKind.GENERAL_PLAN})),
                     "Art. 44-1 p.8"),
     PlanRequirement(20_000, (frozenset({PlanKind.GENERAL_PLAN}),), "Art. 44-1 p.8"),
     PlanRequirement(None, (frozenset({PlanKind.GENERAL_PLAN, PlanKind.DPP}),), "Art. 44-1 p.8; Art. 44-2 p.3")),
    {"VILLAGE": 5000, "TOWN": 20_001, "CITY": 20_001})


def _world(**overrides: object) -> World:
    district = shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000)
    town = shapely.box(X0 + 1000, Y0 + 1000, X0 + 5000, Y0 + 5000)
    registered = np.array([shapely.box(X0 + 2000, Y0 + 2000, X0 + 2030, Y0 + 2040)], dtype=object)
    values: dict[str, object] = dict(
        srid=32642, district=district, settlements=[Settlement("Town", "TOWN", 15_000, town)], occupied=registered,
        occupied_ids=[7], occupied_numbers=["19-245-001-007"],
        plans=[GP],
        zones=[Zone("Ж1 (GP)", shapely.box(X0 + 1000, Y0 + 1000, X0 + 3000, Y0 + 5000), frozenset({"IZHS"}), "gp"),
               Zone("К1 (GP)", shapely.box(X0 + 3000, Y0 + 1000, X0 + 5000, Y0 + 5000), frozenset({"COMMERCIAL"}),
                    "gp")],
        red_lines=shapely.LineString([(X0 + 2500, Y0 + 1000), (X0 + 2500, Y0 + 5000)]),
        unprotected_shore=shapely.LineString([(X0 + 8000, Y0), (X0 + 8000, Y0 + 10_000)]),
        protected_waters=[],
        size_norms=[SizeNorm(Purpose.IZHS, 1000.0, "Art. 50 p.2"),
                    SizeNorm(Purpose.LPH, 2500.0, "Art. 50 p.2", irrigated=False),
                    SizeNorm(Purpose.LPH, 1500.0, "Art. 50 p.2", irrigated=True)],
        plan_rules=PLAN_RULES, on=TODAY,
    )
    values.update(overrides)
    return World(**values)  # type: ignore[arg-type]


WORLD = _world()


def _check(plot: shapely.Geometry, purpose: Purpose = Purpose.IZHS, earlier=(), parcel_id=None,
           track: ProcedureTrack = ProcedureTrack.C, world: World | None = None,
           **request: object) -> dict[Check, tuple[Outcome, str]]:
    results = run_checks(Request("2026-0001", purpose, track, plot, parcel_id, **request),  # type: ignore[arg-type]
                         world or WORLD, earlier)
    return {r.check: (r.outcome, str(r.explanation)) for r in results}


def _lot(x: float, y: float, w: float = 20, h: float = 40) -> shapely.Polygon:
    return shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h)


def test_a_good_plot_passes_everything() -> None:
    found = _check(_lot(1500, 1500))
    assert {outcome for outcome, _ in found.values()} == {Outcome.PASS}
    assert len(found) == len(Check)


def test_an_invalid_outline_is_explained_and_nothing_else_runs() -> None:
    bowtie = shapely.Polygon([(X0 + 1500, Y0 + 1500), (X0 + 1520, Y0 + 1540), (X0 + 1520, Y0 + 1500),
                              (X0 + 1500, Y0 + 1540)])
    results = run_checks(Request("n", Purpose.IZHS, ProcedureTrack.C, bowtie), WORLD)
    assert results[0].outcome == Outcome.FAIL
    assert "Self-intersection" in results[0].explanation
    assert results[0].ground == "R-DOC-FALSE"
    assert results[0].highlight is not None
    assert results[0].highlight.geom_type == "Point"
    assert all(r.outcome == Outcome.SKIPPED for r in results[1:] if r.check not in APPLICANT_CHECKS)
    assert {r.check: r.outcome for r in results if r.check in APPLICANT_CHECKS} == {
        Check.AGE: Outcome.PASS, Check.CITIZENSHIP: Outcome.PASS, Check.FREE_ONCE: Outcome.PASS,
        Check.QUEUE: Outcome.PASS}                                    # the applicant is checked all the same


def test_swapped_axes_are_named_as_such() -> None:
    plot = shapely.transform(_lot(1500, 1500), lambda xy: xy[:, ::-1])
    outcome, text = _check(plot)[Check.COORDINATES]
    assert outcome == Outcome.FAIL
    assert "X and Y are swapped" in text


def test_degrees_stored_as_metres_are_named_as_such() -> None:
    to_lonlat = Transformer.from_crs(32642, 4326, always_xy=True)
    plot = shapely.transform(_lot(1500, 1500), lambda xy: np.column_stack(to_lonlat.transform(xy[:, 0], xy[:, 1])))
    outcome, text = _check(plot)[Check.COORDINATES]
    assert outcome == Outcome.FAIL
    assert "degrees stored as metres" in text


@pytest.mark.parametrize("epsg", [32643, 32641])
def test_a_neighbouring_utm_zone_is_recognised(epsg: int) -> None:
    to_other = Transformer.from_crs(32642, epsg, always_xy=True)
    plot = shapely.transform(_lot(1500, 1500), lambda xy: np.column_stack(to_other.transform(xy[:, 0], xy[:, 1])))
    outcome, text = _check(plot)[Check.COORDINATES]
    assert outcome == Outcome.FAIL
    assert f"EPSG:{epsg}" in text


def test_outside_the_settlement_names_the_area_outside() -> None:
    outcome, text = _check(_lot(990, 1500))[Check.SETTLEMENT]
    assert outcome == Outcome.FAIL
    assert "400 m² of the 800 m² plot" in text
    assert _check(_lot(990, 1500), Purpose.FARM, track=ProcedureTrack.A)[Check.SETTLEMENT][0] == Outcome.PASS


def test_overlap_names_the_parcel_and_area_but_not_below_a_square_metre() -> None:
    outcome, text = _check(_lot(2020, 2000))[Check.OVERLAP]
    assert outcome == Outcome.FAIL
    assert "19-245-001-007 (400.0 m²)" in text
    assert _check(_lot(2029.99, 2000))[Check.OVERLAP][0] == Outcome.PASS        # a 0.4 m² sliver
    assert _check(_lot(2020, 2000), parcel_id=7)[Check.OVERLAP][0] == Outcome.PASS   # the parcel asked for


def test_plan_and_zone() -> None:
    assert _check(_lot(6000, 6000), track=ProcedureTrack.A)[Check.PLAN][0] == Outcome.FAIL
    assert _check(_lot(6000, 6000), Purpose.FARM, track=ProcedureTrack.A)[Check.PLAN][0] == Outcome.PASS
    outcome, text = _check(_lot(3500, 1500))[Check.ZONE]
    assert outcome == Outcome.FAIL
    assert "К1 (GP)" in text
    assert "commercial" in text
    # the zone covering most of the plot decides
    assert _check(_lot(2985, 1500, w=20))[Check.ZONE][0] == Outcome.PASS     # 15 m in Ж1, 5 m in К1
    assert _check(_lot(2995, 1500, w=20))[Check.ZONE][0] == Outcome.FAIL     # 5 m in Ж1, 15 m in К1


def test_red_line_inside_counts_but_touching_along_the_edge_does_not() -> None:
    outcome, text = _check(_lot(2490, 1500))[Check.RED_LINES]
    assert outcome == Outcome.FAIL
    assert "39.8 m of red line" in text
    assert _check(_lot(2500, 1500))[Check.RED_LINES][0] == Outcome.PASS


def test_size_norm_with_the_excess() -> None:
    outcome, text = _check(_lot(1500, 1500, w=30, h=40), free_grant=True)[Check.SIZE]
    assert outcome == Outcome.FAIL
    assert "1,200 m² exceeds the 0.1 ha norm for IZhS (Art. 50 p.2) by 200 m²" in text


def test_a_paid_lease_is_not_held_to_the_free_grant_norms() -> None:
    outcome, text = _check(_lot(1500, 1500, w=30, h=50), free_grant=False)[Check.SIZE]
    assert outcome == Outcome.PASS
    assert "only to free grants" in text


def test_irrigated_lph_land_has_its_own_smaller_norm() -> None:
    plot = _lot(1500, 1500, w=40, h=50)                # 0.20 ha: within 0.25 dry, over 0.15 irrigated
    assert _check(plot, Purpose.LPH, free_grant=True)[Check.SIZE][0] == Outcome.PASS
    outcome, text = _check(plot, Purpose.LPH, free_grant=True, irrigated=True)[Check.SIZE]
    assert outcome == Outcome.FAIL
    assert "exceeds the 0.15 ha norm for irrigated LPH" in text
    assert _check(plot, Purpose.IZHS, free_grant=True, irrigated=True)[Check.SIZE][0] == Outcome.FAIL  # any land


def test_water_500m_names_the_distance() -> None:
    outcome, text = _check(_lot(7600, 1500), Purpose.FARM, track=ProcedureTrack.A)[Check.WATER]
    assert outcome == Outcome.FAIL
    assert "380 m" in text
    assert _check(_lot(7400, 1500), Purpose.FARM, track=ProcedureTrack.A)[Check.WATER][0] == Outcome.PASS


def test_an_earlier_pending_application_makes_a_later_one_wait_without_a_ground() -> None:
    earlier = [Competitor("2025-0999", _lot(1510, 1500))]
    results = run_checks(Request("2026-0001", Purpose.IZHS, ProcedureTrack.C, _lot(1500, 1500)), WORLD, earlier)
    competing = next(r for r in results if r.check == Check.COMPETING)
    assert competing.outcome == Outcome.WARN
    assert competing.ground is None
    assert "Waits behind earlier pending application(s) 2025-0999 (400 m²)" in str(competing.explanation)
    assert not failed(results)


def test_once_the_earlier_application_is_granted_the_later_one_fails_as_occupied() -> None:
    granted = [Competitor("2025-0999", _lot(1510, 1500), granted=True),
               Competitor("2025-1000", _lot(1515, 1500))]
    results = run_checks(Request("2026-0001", Purpose.IZHS, ProcedureTrack.C, _lot(1500, 1500)), WORLD, granted)
    competing = next(r for r in results if r.check == Check.COMPETING)
    assert competing.outcome == Outcome.FAIL
    assert competing.ground == "R-OCCUPIED"
    assert "granted on earlier application(s) 2025-0999 (400 m²)" in str(competing.explanation)
    assert "2025-1000" not in str(competing.explanation)


@settings(max_examples=40, deadline=None)
@given(st.floats(1100, 4800), st.floats(1100, 4800), st.floats(5, 60), st.floats(5, 60))
def test_every_failure_has_a_ground_and_every_pass_has_none(x: float, y: float, w: float, h: float) -> None:
    results = run_checks(Request("n", Purpose.IZHS, ProcedureTrack.C, _lot(x, y, w, h), free_grant=True), WORLD)
    for r in results:
        assert (r.ground is not None) == (r.outcome == Outcome.FAIL)
        assert str(r.explanation).endswith(".")
    size_failed = any(r.check == Check.SIZE for r in failed(results))
    assert size_failed == (w * h > 1000.5)


RIVER = ProtectedWater("р. Кенарык", shapely.LineString([(X0 + 1000, Y0 + 6000), (X0 + 9000, Y0 + 6000)]), 500.0,
                       "Постановление акимата № 56")


def test_a_plot_inside_a_set_protection_zone_does_not_pass_silently() -> None:
    world = _world(protected_waters=[RIVER])
    outcome, text = _check(_lot(6000, 5722, h=20), Purpose.FARM, track=ProcedureTrack.A, world=world)[
        Check.WATER_PROTECTION]
    assert outcome == Outcome.WARN                         # 258 m from a river with a 500 m zone
    assert "258 m from р. Кенарык, inside its 500 m water-protection zone (Постановление акимата № 56" in text
    assert _check(_lot(6000, 5400, h=20), Purpose.FARM, track=ProcedureTrack.A, world=world)[
        Check.WATER_PROTECTION][0] == Outcome.PASS        # 580 m away: outside the zone
    assert _check(_lot(6000, 5722, h=20), Purpose.FARM, track=ProcedureTrack.A)[
        Check.WATER_PROTECTION][0] == Outcome.PASS        # no zone set there: the 500 m rule is the other check


def test_a_plot_inside_the_protection_strip_fails_with_its_ground() -> None:
    world = _world(protected_waters=[RIVER])
    results = run_checks(Request("n", Purpose.FARM, ProcedureTrack.A, _lot(6000, 5950, h=30)), world)
    strip = next(r for r in results if r.check == Check.WATER_PROTECTION)
    assert strip.outcome == Outcome.FAIL
    assert strip.ground == "R-WATER-STRIP"
    assert "20 m from р. Кенарык, inside its water-protection strip (35 m" in str(strip.explanation)


def test_a_zone_set_without_its_width_recorded_takes_the_least_width_and_says_so() -> None:
    world = _world(protected_waters=[ProtectedWater("оз. Тузколь", RIVER.shore, None, None)])
    outcome, text = _check(_lot(6000, 5600, h=20), Purpose.FARM, track=ProcedureTrack.A, world=world)[
        Check.WATER_PROTECTION]
    assert outcome == Outcome.WARN
    assert "act not recorded, the width taken as the least" in text


def _plan(kind: PlanKind, uid: str, **changes: object) -> Plan:
    values: dict[str, object] = dict(uid=uid, name=f"{kind} of Town", kind=kind, status="APPROVED",
                                     act_number="№ 1", act_date=date(2024, 1, 1), valid_until=None,
                                     geometry=shapely.box(X0 + 1000, Y0 + 1000, X0 + 5000, Y0 + 5000))
    values.update(changes)
    return Plan(**values)  # type: ignore[arg-type]


def _zones(uid: str) -> list[Zone]:
    return [Zone("Ж1", shapely.box(X0 + 1000, Y0 + 1000, X0 + 3000, Y0 + 5000), frozenset({"IZHS"}), uid)]


def _town(population: int | None, kind: str = "TOWN") -> list[Settlement]:
    return [Settlement("Town", kind, population, shapely.box(X0 + 1000, Y0 + 1000, X0 + 5000, Y0 + 5000))]


def test_a_city_needs_both_its_general_plan_and_a_dpp() -> None:
    gp, dpp = _plan(PlanKind.GENERAL_PLAN, "gp"), _plan(PlanKind.DPP, "dpp")
    city = dict(settlements=_town(90_000), zones=_zones("gp"))
    outcome, text = _check(_lot(1500, 1500), world=_world(plans=[gp], **city))[Check.PLAN]
    assert outcome == Outcome.FAIL
    assert ("Town (90,000 people) needs, for IZhS, a valid DPP and general plan (Art. 44-1 p.8; Art. 44-2 p.3): "
            "none covers the plot.") in text
    assert _check(_lot(1500, 1500), world=_world(plans=[gp, dpp], **city))[Check.PLAN][0] == Outcome.PASS
    # a town of 15 000 needs its general plan alone
    assert _check(_lot(1500, 1500), world=_world(plans=[gp], settlements=_town(15_000), zones=_zones("gp")))[
        Check.PLAN][0] == Outcome.PASS


def test_a_village_needs_its_development_scheme_or_general_plan_and_a_draft_does_not_count() -> None:
    scheme = _plan(PlanKind.DEVELOPMENT_SCHEME, "scheme")
    village = dict(settlements=_town(None, "VILLAGE"), zones=_zones("scheme"))
    found = _check(_lot(1500, 1500), world=_world(plans=[scheme], **village))
    assert found[Check.PLAN][0] == Outcome.PASS
    assert found[Check.ZONE][0] == Outcome.PASS
    draft = _plan(PlanKind.DEVELOPMENT_SCHEME, "scheme", status="DRAFT", act_number=None, act_date=None)
    outcome, text = _check(_lot(1500, 1500), world=_world(plans=[draft], **village))[Check.PLAN]
    assert outcome == Outcome.FAIL
    assert "DEVELOPMENT_SCHEME of Town is draft" in text
    # a DPP alone is not what a village needs
    dpp = _plan(PlanKind.DPP, "dpp")
    assert _check(_lot(1500, 1500), world=_world(plans=[dpp], settlements=_town(2100, "VILLAGE"),
                                                 zones=_zones("dpp")))[Check.PLAN][0] == Outcome.FAIL


@pytest.mark.parametrize(("changes", "says"), [
    ({"act_number": None}, "has no approval act number and date"),
    ({"act_date": None}, "has no approval act number and date"),
    ({"valid_until": date(2026, 11, 19)}, "term ended on 2026-11-19"),
    ({"status": "EXPIRED"}, "is expired"),
])
def test_a_plan_that_is_not_valid_does_not_cover_and_its_zones_do_not_count(changes: dict[str, object],
                                                                           says: str) -> None:
    plan = _plan(PlanKind.GENERAL_PLAN, "gp", **changes)
    found = _check(_lot(1500, 1500), world=_world(plans=[plan], settlements=_town(15_000), zones=_zones("gp")))
    assert found[Check.PLAN][0] == Outcome.FAIL
    assert says in found[Check.PLAN][1]
    assert found[Check.ZONE][0] == Outcome.SKIPPED
    still = _plan(PlanKind.GENERAL_PLAN, "gp", valid_until=TODAY)      # valid through its last day
    assert _check(_lot(1500, 1500), world=_world(plans=[still], settlements=_town(15_000), zones=_zones("gp")))[
        Check.PLAN][0] == Outcome.PASS


MINOR = make_iin(date(2009, 3, 1), 17, female=False)


def test_a_minor_applicant_is_refused_by_the_age_in_the_iin_on_the_day_of_receipt() -> None:
    outcome, text = _check(_lot(1500, 1500), applicant_iin=MINOR, received=date(2026, 11, 2))[Check.AGE]
    assert outcome == Outcome.FAIL
    assert "born 2009-03-01 (IIN), was 17 on 2026-11-02, under 18 (Art. 43 p.12)" in text
    results = run_checks(Request("n", Purpose.IZHS, ProcedureTrack.C, _lot(1500, 1500), applicant_iin=MINOR,
                                 received=date(2027, 3, 1)), WORLD)
    assert not failed(results)                          # 18 on the day of receipt
    bin_ = make_bin(date(2015, 4, 1), 77)
    assert _check(_lot(1500, 1500), applicant_iin=bin_)[Check.AGE][0] == Outcome.PASS   # a legal entity


CITIZEN_RULES = ApplicantRules(18, "Art. 43 p.12", (
    CitizenOnly("Art. 9 p.3(2); Art. 50 p.2", verified=True, free_grant=True),
    CitizenOnly("Art. 23 p.2", verified=False, purposes=frozenset({"FARM"}), rights=frozenset({"PRIVATE_OWNERSHIP"})),
))


def test_a_free_grant_is_for_citizens_only() -> None:
    world = _world(applicant_rules=CITIZEN_RULES)
    results = run_checks(Request("n", Purpose.IZHS, ProcedureTrack.C, _lot(1500, 1500), free_grant=True,
                                 applicant_citizen=False), world)
    citizenship = next(r for r in results if r.check == Check.CITIZENSHIP)
    assert citizenship.outcome == Outcome.FAIL
    assert citizenship.ground == "R-NOT-CITIZEN"
    assert "a free grant is for citizens only (Art. 9 p.3(2); Art. 50 p.2)" in str(citizenship.explanation)
    assert _check(_lot(1500, 1500), world=world, free_grant=False, applicant_citizen=False)[
        Check.CITIZENSHIP][0] == Outcome.PASS          # a paid lease of IZhS land is open to all
    assert _check(_lot(1500, 1500), world=world, free_grant=True)[Check.CITIZENSHIP][0] == Outcome.PASS


def test_a_citizenship_rule_not_yet_verified_warns_instead_of_refusing() -> None:
    world = _world(applicant_rules=CITIZEN_RULES)
    outcome, text = _check(_lot(6000, 6000), Purpose.FARM, track=ProcedureTrack.A, world=world,
                           right="PRIVATE_OWNERSHIP", applicant_citizen=False)[Check.CITIZENSHIP]
    assert outcome == Outcome.WARN
    assert "Art. 23 p.2, not yet verified" in text


def test_a_free_grant_is_once_in_a_lifetime_and_izhs_comes_from_the_queue() -> None:
    plot = _lot(1500, 1500)
    free = Request("n", Purpose.IZHS, ProcedureTrack.C, plot, free_grant=True, queue_number="ИЖС-17",
                   free_grant_check="CONFIRMED")

    def outcome(request: Request, check: Check) -> tuple[str, str | None]:
        found = next(r for r in run_checks(request, WORLD) if r.check == check)
        return str(found.outcome), found.ground

    assert outcome(free, Check.FREE_ONCE) == ("pass", None)
    assert outcome(free, Check.QUEUE) == ("pass", None)
    from dataclasses import replace

    assert outcome(replace(free, free_grant_check="TO_CONFIRM"), Check.FREE_ONCE) == ("warning", None)
    assert outcome(replace(free, free_grant_check="FAILED", free_grant_note="2025-0012 in 19-246"),
                   Check.FREE_ONCE) == ("fail", "R-REPEAT-FREE")
    assert outcome(replace(free, has_other_plot=True), Check.FREE_ONCE) == ("fail", "R-REPEAT-FREE")
    assert outcome(replace(free, queue_number=None), Check.QUEUE) == ("fail", "R-NO-QUEUE")
    assert outcome(replace(free, queue_number=None, track=ProcedureTrack.IZHS_QUEUE), Check.QUEUE) == ("warning",
                                                                                                     None)
    assert outcome(replace(free, free_grant=False, queue_number=None, has_other_plot=True), Check.QUEUE) == (
        "pass", None)                                                   # a paid lease needs no queue
    assert outcome(replace(free, free_grant=False, has_other_plot=True), Check.FREE_ONCE) == ("pass", None)
