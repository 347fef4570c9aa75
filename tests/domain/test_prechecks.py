"""Each pre-check on hand-made geometry: what it decides and the numbers it names."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Transformer

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.land import Purpose
from landdesk.domain.prechecks import Check, Outcome, Request, World, Zone, failed, run_checks

X0, Y0 = 530_000.0, 4_720_000.0          # a district 10 km square in UTM 42N


def _world(**overrides: object) -> World:
    district = shapely.box(X0, Y0, X0 + 10_000, Y0 + 10_000)
    town = shapely.box(X0 + 1000, Y0 + 1000, X0 + 5000, Y0 + 5000)
    registered = np.array([shapely.box(X0 + 2000, Y0 + 2000, X0 + 2030, Y0 + 2040)], dtype=object)
    values: dict[str, object] = dict(
        srid=32642, district=district, settlements=[town], occupied=registered, occupied_ids=[7],
        occupied_numbers=["19-245-001-007"],
        zones=[Zone("Ж1 (GP)", shapely.box(X0 + 1000, Y0 + 1000, X0 + 3000, Y0 + 5000), frozenset({"IZHS"})),
               Zone("К1 (GP)", shapely.box(X0 + 3000, Y0 + 1000, X0 + 5000, Y0 + 5000), frozenset({"COMMERCIAL"}))],
        red_lines=shapely.LineString([(X0 + 2500, Y0 + 1000), (X0 + 2500, Y0 + 5000)]),
        unprotected_shore=shapely.LineString([(X0 + 8000, Y0), (X0 + 8000, Y0 + 10_000)]),
        size_norms={Purpose.IZHS: 1000.0},
    )
    values.update(overrides)
    return World(**values)  # type: ignore[arg-type]


WORLD = _world()


def _check(plot: shapely.Geometry, purpose: Purpose = Purpose.IZHS, earlier=(), parcel_id=None,
           track: ProcedureTrack = ProcedureTrack.C) -> dict[Check, tuple[Outcome, str]]:
    results = run_checks(Request("2026-0001", purpose, track, plot, parcel_id), WORLD, earlier)
    return {r.check: (r.outcome, r.explanation) for r in results}


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
    assert all(r.outcome == Outcome.SKIPPED for r in results[1:])


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
    outcome, text = _check(_lot(1500, 1500, w=30, h=40))[Check.SIZE]
    assert outcome == Outcome.FAIL
    assert "1,200 m² exceeds the 0.1 ha norm" in text
    assert "by 200 m²" in text


def test_water_500m_names_the_distance() -> None:
    outcome, text = _check(_lot(7600, 1500), Purpose.FARM, track=ProcedureTrack.A)[Check.WATER]
    assert outcome == Outcome.FAIL
    assert "380 m" in text
    assert _check(_lot(7400, 1500), Purpose.FARM, track=ProcedureTrack.A)[Check.WATER][0] == Outcome.PASS


def test_competing_names_the_earlier_application() -> None:
    earlier = [("2025-0999", _lot(1510, 1500))]
    outcome, text = _check(_lot(1500, 1500), earlier=earlier)[Check.COMPETING]
    assert outcome == Outcome.FAIL
    assert "2025-0999 (400 m²)" in text


@settings(max_examples=40, deadline=None)
@given(st.floats(1100, 4800), st.floats(1100, 4800), st.floats(5, 60), st.floats(5, 60))
def test_every_failure_has_a_ground_and_every_pass_has_none(x: float, y: float, w: float, h: float) -> None:
    results = run_checks(Request("n", Purpose.IZHS, ProcedureTrack.C, _lot(x, y, w, h)), WORLD)
    for r in results:
        assert (r.ground is not None) == (r.outcome == Outcome.FAIL)
        assert str(r.explanation).endswith(".")
    size_failed = any(r.check == Check.SIZE for r in failed(results))
    assert size_failed == (w * h > 1000.5)
