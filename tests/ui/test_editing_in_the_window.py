"""Editing a plan zone with the mouse: select it, drag a vertex, undo, redo, save; the plan quality dock and
the impact list follow each step."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pytest
import shapely
from PySide6.QtCore import Qt

from landdesk.map.canvas import Tool
from landdesk.storage import open_cache
from tests.ui.conftest import double_click, drag, settle, widget_point

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow

DPP = "ПДП микрорайона Самал-3"


def _zone_geometry(window: MainWindow, uid: str) -> shapely.Geometry:
    with open_cache(window.cache_path, read_only=True) as cache:
        return shapely.from_wkb(cache.connection.execute("SELECT AsBinary(geom) FROM plan_zones WHERE uid = ?",
                                                         (uid,)).fetchone()[0])


def _dpp_housing_zone(window: MainWindow, nth: int = 0) -> tuple[str, str]:
    """(uid, plan uid) of the nth residential (Ж) zone of the demo's DPP, by zone code."""
    with open_cache(window.cache_path, read_only=True) as cache:
        uid, plan_uid = cache.connection.execute(
            "SELECT z.uid, p.uid FROM plan_zones z JOIN plans p ON p.uid = z.plan_uid WHERE p.name = ? AND "
            "z.zone_code LIKE 'Ж%' ORDER BY z.zone_code LIMIT 1 OFFSET ?", (DPP, nth)).fetchone()
    return str(uid), str(plan_uid)


def test_drag_a_vertex_undo_redo_save(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    uid, plan_uid = _dpp_housing_zone(window)
    original = _zone_geometry(window, uid)
    window._zoom_to_geometry(original, context=5.0)
    settle(window)
    with qtbot.waitSignal(window.plans_checked, timeout=20000):
        window.check_plan(plan_uid)
    assert window.plan_dock.table.rowCount() == 0

    window.set_tool(Tool.EDIT)
    viewport = window.canvas.viewport()
    inside = original.representative_point()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=widget_point(window, inside.x, inside.y).toPoint())
    qtbot.waitUntil(lambda: window.editing is not None and window.editing[1] == uid, timeout=10000)
    assert len(window.canvas.vertex_item.data) >= 4                      # the handles are shown

    vx, vy = original.geoms[0].exterior.coords[0]
    cx, cy = original.centroid.x, original.centroid.y
    length = math.hypot(vx - cx, vy - cy)
    tx, ty = vx + (vx - cx) / length * 12, vy + (vy - cy) / length * 12  # 12 m outward, over the street zone
    start, end = widget_point(window, vx, vy).toPoint(), widget_point(window, tx, ty).toPoint()
    settle(window)
    painted, in_view = window.canvas.tiles.rendered, len(window.canvas.tiles._wanted)
    with qtbot.waitSignal(window.edited, timeout=20000), qtbot.waitSignal(window.plans_checked, timeout=20000):
        drag(viewport, start, end)
    settle(window)
    repainted = window.canvas.tiles.rendered - painted
    assert 0 < repainted < in_view                                      # only the tiles the edit touched
    moved = _zone_geometry(window, uid)
    new_vertex = moved.geoms[0].exterior.coords[0]
    assert math.hypot(new_vertex[0] - tx, new_vertex[1] - ty) < 8 * window.canvas.resolution() + 0.5
    assert not moved.equals(original)
    rules = {window.plan_dock.table.item(r, 1).data(Qt.ItemDataRole.UserRole)
             for r in range(window.plan_dock.table.rowCount())}
    assert "PLAN-OVERLAP" in rules                                      # the quality dock followed the edit
    assert window.plan_dock.impact_label.text().startswith("Impact on pending applications:")
    assert "no plan edit yet" not in window.plan_dock.impact_label.text()

    with qtbot.waitSignal(window.edited, timeout=20000), qtbot.waitSignal(window.plans_checked, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _zone_geometry(window, uid).equals_exact(original, 0)
    assert window.plan_dock.table.rowCount() == 0
    with qtbot.waitSignal(window.edited, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _zone_geometry(window, uid).equals_exact(moved, 0)
    assert not window.undo_stack.isClean()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.isClean()
    assert "Edits saved" in window.statusBar().currentMessage()


def test_add_a_vertex_on_an_edge_then_delete_it_and_split_and_merge(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    uid, _plan = _dpp_housing_zone(window, 1)
    original = _zone_geometry(window, uid)
    window._zoom_to_geometry(original, context=1.6)
    settle(window)
    window.set_tool(Tool.EDIT)
    viewport = window.canvas.viewport()
    inside = original.representative_point()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=widget_point(window, inside.x, inside.y).toPoint())
    qtbot.waitUntil(lambda: window.editing is not None and window.editing[1] == uid, timeout=10000)
    (ax, ay), (bx, by) = original.geoms[0].exterior.coords[0:2]
    mx, my = (ax + bx) / 2, (ay + by) / 2
    vertices = len(original.geoms[0].exterior.coords)
    with qtbot.waitSignal(window.edited, timeout=20000):                # double-click on an edge: a new vertex
        double_click(viewport, widget_point(window, mx, my).toPoint())
    added = _zone_geometry(window, uid)
    assert len(added.geoms[0].exterior.coords) == vertices + 1
    assert added.area == pytest.approx(original.area, abs=1.0)
    qtbot.waitUntil(lambda: window.editing is not None and len(shapely.get_coordinates(window.editing[2]))
                    == vertices + 1, timeout=10000)
    new_vertex = next(c for c in added.geoms[0].exterior.coords if c not in original.geoms[0].exterior.coords)
    # choose it (the canvas's click, called directly: a synthetic click right after the synthetic double-click
    # does not reach pyqtgraph's scene here; clicks themselves are driven by the mouse above)
    window.edit_click(new_vertex[0], new_vertex[1])
    assert window.chosen_vertex is not None
    with qtbot.waitSignal(window.edited, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert len(_zone_geometry(window, uid).geoms[0].exterior.coords) == vertices
    # cut the zone across its middle: two zones; Shift-click the other piece and merge them back
    x0, y0, x1, y1 = original.bounds
    window.start_split()
    for x, y in (((x0 + x1) / 2, y0 - 20), ((x0 + x1) / 2, y1 + 20)):
        window.edit_click(x, y)
    with qtbot.waitSignal(window.edited, timeout=20000) as split:
        window.edit_click(x1, y1, finish=True)
    pieces = [r for r in split.args[0].rows if r.after is not None]
    assert len(pieces) == 2
    other = next(r for r in pieces if r.uid != uid)
    qtbot.waitUntil(lambda: window.editing is not None and window.editing[1] == uid, timeout=10000)
    settle(window)
    point = shapely.from_wkb(other.after.wkb).representative_point()
    window.edit_click(point.x, point.y, add=True)
    qtbot.waitUntil(lambda: window.merge_with == [other.uid], timeout=10000)
    with qtbot.waitSignal(window.edited, timeout=20000):
        window.merge_action.trigger()
    assert _zone_geometry(window, uid).area == pytest.approx(original.area, rel=1e-9)
    for _ in range(4):                                                     # undo merge, split, delete, add
        with qtbot.waitSignal(window.edited, timeout=20000):
            window.undo_action.trigger()
    assert _zone_geometry(window, uid).equals_exact(original, 0)


def test_attributes_of_a_zone_and_a_parcel_only_take_valid_values(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    zone_uid, _plan = _dpp_housing_zone(window)
    with open_cache(window.cache_path, read_only=True) as cache:
        parcel_uid, parcel_wkb, number = cache.connection.execute(
            "SELECT uid, AsBinary(geom), cadastral_number FROM parcels WHERE status = 'REGISTERED' ORDER BY fid "
            "LIMIT 1").fetchone()
    zone = _zone_geometry(window, zone_uid)
    window.set_tool(Tool.EDIT)
    inside = zone.representative_point()
    window.edit_click(inside.x, inside.y)
    qtbot.waitUntil(lambda: window.editing is not None and window.editing[1] == zone_uid, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: getattr(window, "attribute_dialog", None) is not None, timeout=10000)
    dialog = window.attribute_dialog
    for i in range(dialog.purposes.count()):
        dialog.purposes.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok.isEnabled()                                    # a zone needs a permitted purpose
    next(dialog.purposes.item(i) for i in range(dialog.purposes.count())
         if dialog.purposes.item(i).text() == "GARDEN").setCheckState(Qt.CheckState.Checked)
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(window.edited, timeout=20000):
        dialog.accept()
    with open_cache(window.cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT permitted_purposes FROM plan_zones WHERE uid = ?",
                                        (zone_uid,)).fetchone()[0] == '["GARDEN"]'
    with qtbot.waitSignal(window.edited, timeout=20000):
        window.undo_action.trigger()
    with open_cache(window.cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT permitted_purposes FROM plan_zones WHERE uid = ?",
                                        (zone_uid,)).fetchone()[0] != '["GARDEN"]'
    point = shapely.from_wkb(parcel_wkb).representative_point()        # a parcel, from the inspector
    window.set_tool(Tool.IDENTIFY)
    with qtbot.waitSignal(window.details_shown, timeout=10000):
        window.identify(point.x, point.y)
    assert window.inspector.edit.isEnabled()
    window.attribute_dialog = None
    window.inspector.edit.click()
    qtbot.waitUntil(lambda: window.attribute_dialog is not None, timeout=10000)
    dialog = window.attribute_dialog
    dialog.edits["cadastral_number"].setText("19-245-7")
    assert not dialog.ok.isEnabled()
    assert "not a valid cadastral number" in dialog.problem.text()
    dialog.edits["cadastral_number"].setText(number)
    dialog.edits["address"].setText("ул. Сейфуллина, 12")
    assert dialog.changes() == {"address": "ул. Сейфуллина, 12"}
    with qtbot.waitSignal(window.edited, timeout=20000):
        dialog.accept()
    with open_cache(window.cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT address FROM parcels WHERE uid = ?",
                                        (parcel_uid,)).fetchone()[0] == "ул. Сейфуллина, 12"


def test_draw_a_new_zone_and_a_red_line_in_the_chosen_plan(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    dock = window.plan_dock
    qtbot.waitUntil(lambda: dock.plan.count() == 4, timeout=10000)
    dock.plan.setCurrentIndex(dock.plan.findText("ПДП микрорайона Самал-3 (approved)"))
    cx, cy = window.canvas.view_centre()
    x0, y0 = cx + 20_000, cy + 20_000                                    # open land, nothing to snap to
    window.start_drawing("plan_zones")
    for x, y in ((x0, y0), (x0 + 50, y0), (x0 + 50, y0 + 40), (x0, y0 + 40)):
        window.edit_click(x, y)
    with qtbot.waitSignal(window.edited, timeout=20000) as drawn:
        window.edit_click(x0, y0, finish=True)
    [row] = drawn.args[0].rows
    with open_cache(window.cache_path, read_only=True) as cache:
        plan, area, purposes = cache.connection.execute(
            "SELECT p.name, ST_Area(z.geom), z.permitted_purposes FROM plan_zones z JOIN plans p ON "
            "p.uid = z.plan_uid WHERE z.uid = ?", (row.uid,)).fetchone()
    assert (plan, round(area), purposes) == (DPP, 2000, "[]")
    with qtbot.waitSignal(window.plans_checked, timeout=20000):
        dock.check.click()
    rules = {dock.table.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(dock.table.rowCount())}
    assert "PLAN-ZONE-ATTRIBUTES" in rules                              # a new zone still needs its purposes
    window.start_drawing("red_lines")
    for x, y in ((x0, y0 - 10), (x0 + 50, y0 - 10)):
        window.edit_click(x, y)
    with qtbot.waitSignal(window.edited, timeout=20000) as drawn:
        window.edit_click(x0 + 50, y0 - 10, finish=True)
    with open_cache(window.cache_path, read_only=True) as cache:
        length = cache.connection.execute("SELECT ST_Length(geom) FROM red_lines WHERE uid = ?",
                                          (drawn.args[0].rows[0].uid,)).fetchone()[0]
    assert round(length) == 50
    with qtbot.waitSignal(window.edited, timeout=20000):
        window.undo_action.trigger()
    with open_cache(window.cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT is_deleted FROM red_lines WHERE uid = ?",
                                        (drawn.args[0].rows[0].uid,)).fetchone()[0] == 1


def test_reshape_a_zone_and_pick_a_red_line(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    uid, _plan = _dpp_housing_zone(window, 2)
    with open_cache(window.cache_path, read_only=True) as cache:
        line_uid, line_wkb = cache.connection.execute("SELECT uid, AsBinary(geom) FROM red_lines ORDER BY fid "
                                                      "LIMIT 1").fetchone()
    original = _zone_geometry(window, uid)
    window._zoom_to_geometry(original, context=2.0)
    settle(window)
    window.set_tool(Tool.EDIT)
    inside = original.representative_point()
    window.edit_click(inside.x, inside.y)
    qtbot.waitUntil(lambda: window.editing is not None and window.editing[1] == uid, timeout=10000)
    ring = list(original.geoms[0].exterior.coords)
    (ax, ay), (bx, by) = ring[0], ring[1]
    cx, cy = original.centroid.x, original.centroid.y
    window.start_split(reshaping=True)                                  # a notch cut in from one edge
    for t in (0.3, 0.5, 0.7):
        px, py = ax + (bx - ax) * t, ay + (by - ay) * t
        depth = 0.0 if t != 0.5 else 0.25
        window.edit_click(px + (cx - px) * depth, py + (cy - py) * depth)
    with qtbot.waitSignal(window.edited, timeout=20000) as edited:
        window.edit_click(bx, by, finish=True)
    assert edited.args[0].kind == "reshape"
    assert _zone_geometry(window, uid).area < original.area
    window.set_edit_layer("red_lines")
    x, y = shapely.from_wkb(line_wkb).coords[1]
    window.edit_click(x + 0.3, y)                                       # a line is picked within a few pixels
    qtbot.waitUntil(lambda: window.editing is not None and window.editing[1] == line_uid, timeout=10000)
    assert window.editing[0] == "red_lines"
