"""Edits and their undo and redo: sequences restore the exact geometry and attributes; a split then a merge
conserves the area; snapping snaps; bad edits are refused and change nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landdesk.domain.editing import (
    EditRefused,
    VertexRef,
    delete_vertex,
    insert_vertex,
    move_vertex,
    reshape,
    snap,
)
from landdesk.services.editing import (
    apply,
    edit_attributes,
    edit_geometry,
    feature,
    merge_features,
    split_feature,
    undo,
)
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage.connection import Cache

DPP = "ПДП микрорайона Самал-3"


def _zone(cache: Cache, offset: int = 0) -> str:
    return str(cache.connection.execute(
        "SELECT z.uid FROM plan_zones z JOIN plans p ON p.uid = z.plan_uid WHERE p.name = ? AND z.zone_code LIKE 'Ж%' "
        "AND z.is_deleted = 0 ORDER BY z.zone_code LIMIT 1 OFFSET ?", (DPP, offset)).fetchone()[0])


def _state(cache: Cache, uid: str) -> tuple[bytes | None, dict[str, object]]:
    state = feature(cache, "plan_zones", uid)
    return state.wkb, state.attrs


def test_a_sequence_of_edits_undone_and_redone_restores_every_state(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        uid = _zone(cache)
        states = [_state(cache, uid)]
        edits = []
        shape = shapely.from_wkb(states[0][0])
        x, y = shape.geoms[0].exterior.coords[1]
        edits.append(edit_geometry(cache, "plan_zones", uid, move_vertex(shape, VertexRef(0, 0, 1), x + 2, y + 1),
                                   "architect", "move vertex"))
        states.append(_state(cache, uid))
        edits.append(edit_attributes(cache, "plan_zones", uid, {"permitted_purposes": '["IZHS"]', "name": "Квартал"},
                                     "architect"))
        states.append(_state(cache, uid))
        shape = shapely.from_wkb(states[-1][0])
        a, b = shape.geoms[0].exterior.coords[0], shape.geoms[0].exterior.coords[1]
        edits.append(edit_geometry(cache, "plan_zones", uid, insert_vertex(shape, VertexRef(0, 0, 0), (a[0] + b[0]) / 2,
                                                                           (a[1] + b[1]) / 2), "architect"))
        states.append(_state(cache, uid))
        for edit, expected in zip(reversed(edits), reversed(states[:-1]), strict=True):      # Ctrl+Z ×3
            undo(cache, edit, "architect")
            assert _state(cache, uid) == expected
        for edit, expected in zip(edits, states[1:], strict=True):                           # Ctrl+Shift+Z ×3
            apply(cache, edit, "architect")
            assert _state(cache, uid) == expected
        journaled = cache.connection.execute("SELECT count(*) FROM sync_op WHERE kind LIKE 'edit.%'").fetchone()[0]
        audited = cache.connection.execute("SELECT count(*) FROM audit_log WHERE action LIKE 'edit.%'").fetchone()[0]
    assert journaled == audited == 9                    # every edit, undo and redo journaled and audited


def test_bad_edits_are_refused_and_change_nothing(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        uid = _zone(cache)
        before = _state(cache, uid)
        with pytest.raises(EditRefused, match="invalid"):                  # drag a corner across the far side
            move_vertex(shapely.box(0, 0, 10, 10), VertexRef(0, 0, 1), -5, 5)
        with pytest.raises(EditRefused, match="not a zone type"):
            edit_attributes(cache, "plan_zones", uid, {"zone_type": "SPACEPORT"}, "architect")
        with pytest.raises(EditRefused, match="unknown permitted purpose"):
            edit_attributes(cache, "plan_zones", uid, {"permitted_purposes": '["CASINO"]'}, "architect")
        triangle = shapely.Polygon([(0, 0), (10, 0), (0, 10)])
        with pytest.raises(EditRefused, match="at least three"):
            delete_vertex(triangle, VertexRef(0, 0, 0))
        assert _state(cache, uid) == before


def test_snapping_prefers_a_vertex_then_an_edge() -> None:
    square = shapely.box(0, 0, 10, 10)
    assert snap(9.7, 0.2, [square], tolerance=0.5) == (10.0, 0.0, "vertex")
    assert snap(5.0, 0.3, [square], tolerance=0.5) == (5.0, 0.0, "edge")
    assert snap(5.0, 5.0, [square], tolerance=0.5) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(0, 20), across=st.floats(0.15, 0.85), tilt=st.floats(-0.3, 0.3))
def test_split_then_merge_conserves_the_area(demo_cache_file: Path, offset: int, across: float, tilt: float) -> None:
    with open_cache(demo_cache_file) as cache:
        uid = _zone(cache, offset)
        original = shapely.from_wkb(feature(cache, "plan_zones", uid).wkb)
        x0, y0, x1, y1 = original.bounds
        x = x0 + (x1 - x0) * across
        line = shapely.LineString([(x - tilt * (y1 - y0), y0 - 10), (x + tilt * (y1 - y0), y1 + 10)])
        try:
            split = split_feature(cache, "plan_zones", uid, line, "architect")
        except EditRefused:
            return                                          # the line missed the zone (its shape is not a box)
        pieces = [shapely.from_wkb(r.after.wkb) for r in split.rows if r.after is not None]
        assert len(pieces) >= 2
        assert sum(p.area for p in pieces) == pytest.approx(original.area, rel=1e-9)
        merged = merge_features(cache, "plan_zones", [r.uid for r in split.rows], "architect")
        whole = shapely.from_wkb(merged.rows[0].after.wkb)   # type: ignore[union-attr]
        assert whole.area == pytest.approx(original.area, rel=1e-9)
        assert shapely.symmetric_difference(whole, original).area < 1e-3
        undo(cache, merged, "architect")
        undo(cache, split, "architect")
        assert shapely.from_wkb(feature(cache, "plan_zones", uid).wkb).equals_exact(original, 1e-9)


def test_reshape_adds_outside_and_cuts_inside() -> None:
    square = shapely.box(0, 0, 10, 10)
    assert reshape(square, shapely.LineString([(3, 10), (5, 14), (7, 10)])).area == pytest.approx(108)
    assert reshape(square, shapely.LineString([(3, 10), (5, 6), (7, 10)])).area == pytest.approx(92)
    with pytest.raises(EditRefused, match="meet the boundary twice"):
        reshape(square, shapely.LineString([(20, 20), (30, 30)]))


def test_a_red_line_vertex_moved_and_undone(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        uid = str(cache.connection.execute("SELECT uid FROM red_lines ORDER BY fid LIMIT 1").fetchone()[0])
        before = feature(cache, "red_lines", uid)
        line = shapely.from_wkb(before.wkb)
        x, y = line.coords[1]
        edit = edit_geometry(cache, "red_lines", uid, move_vertex(line, VertexRef(0, 0, 1), x + 1, y), "architect")
        assert shapely.from_wkb(feature(cache, "red_lines", uid).wkb).coords[1] == (x + 1, y)
        undo(cache, edit, "architect")
        assert feature(cache, "red_lines", uid).wkb == before.wkb
