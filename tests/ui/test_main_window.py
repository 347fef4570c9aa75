"""The main window as the officer uses it: identify, find, queue, layers, tools; probed pixel by pixel."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
import shapely
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from landdesk.map.canvas import Tool
from landdesk.map.styles import BACKGROUND, PARCEL_BY_STATUS, WATER_FILL
from landdesk.storage import open_cache
from landdesk.storage.features import read_features
from tests.ui.conftest import drag, pixel, settle, widget_point

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow


def _parcels(path: Path) -> tuple[list[str], np.ndarray, list[object], list[object]]:
    with open_cache(path, read_only=True) as cache:
        features = read_features(cache, "parcels", columns=("status", "cadastral_number"))
        zones = read_features(cache, "plan_zones")
    return features.uids, features.geometries, features.columns["status"], \
        [features.columns["cadastral_number"], zones.geometries]


def _parcel_outside_zones(window: MainWindow, status: str) -> tuple[str, shapely.Geometry]:
    """A parcel of this status that no plan zone covers, so nothing is drawn over its fill."""
    _uids, geometries, statuses, (numbers, zones) = _parcels(window._cache_path)
    zone_union = shapely.union_all(zones)
    for geometry, s, number in zip(geometries, statuses, numbers, strict=True):
        if s == status and geometry.area > 400 and not geometry.intersects(zone_union):
            return str(number), geometry
    raise AssertionError(f"the demo has no {status} parcel outside the plan zones")


def _fill_point(geometry: shapely.Geometry) -> tuple[float, float]:
    """A point well inside a parcel but away from its label (drawn at its representative point)."""
    inner = shapely.buffer(geometry, -3.0)
    label = shapely.point_on_surface(geometry)
    corners = shapely.points(shapely.get_coordinates(inner))
    far = corners[int(np.argmax(shapely.distance(corners, label)))]
    return float(far.x), float(far.y)


def _click(qtbot: QtBot, window: MainWindow, x: float, y: float, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    point = widget_point(window, x, y).toPoint()
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def _zoom_around(window: MainWindow, geometry: shapely.Geometry, margin: float) -> None:
    x0, y0, x1, y1 = geometry.bounds
    window.canvas.zoom_to((x0 - margin, y0 - margin, x1 + margin, y1 + margin), padding=0)
    settle(window)


def test_clicking_a_parcel_shows_its_number_and_area_in_the_inspector(main_window: MainWindow,
                                                                     qtbot: QtBot) -> None:
    number, parcel = _parcel_outside_zones(main_window, "REGISTERED")
    _zoom_around(main_window, parcel, 60)
    inside = shapely.get_coordinates(shapely.point_on_surface(parcel))[0]
    with qtbot.waitSignal(main_window.details_shown, timeout=10000) as shown:
        _click(qtbot, main_window, *inside)
    details = shown.args[0]
    assert details.cadastral_number == number
    assert number in main_window.inspector.title.text()
    attributes = {str(k): str(v) for k, v in details.attributes}
    assert attributes["Cadastral number"] == number
    assert f"{parcel.area:,.1f} m²" in attributes["Computed area"]
    table = main_window.inspector.attributes
    shown_values = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown_values["Cadastral number"] == number
    assert "Official" in main_window.inspector.area_check.text()
    # the boundary catalogue lists every vertex of the outline, with sides that add up to the perimeter
    assert len(details.points) == len(parcel.geoms[0].exterior.coords) - 1
    assert abs(sum(p.side_m for p in details.points) - parcel.length) < 1e-6
    assert main_window.inspector.points.rowCount() == len(details.points)
    assert all(shapely.intersection(parcel.boundary, shapely.buffer(_geometry_of(main_window, n.fid).boundary,
                                                                   0.01)).length > 0.1
               for n in details.neighbours)
    assert details.neighbours, "a parcel in a block has neighbours"


def _geometry_of(window: MainWindow, fid: int) -> shapely.Geometry:
    layers = window.canvas.layers
    index = layers.index_of_fid("parcels", fid)
    assert index is not None
    return layers.geometry("parcels", index)


def test_clicking_a_neighbour_selects_it(main_window: MainWindow, qtbot: QtBot) -> None:
    _number, parcel = _parcel_outside_zones(main_window, "REGISTERED")
    inside = shapely.get_coordinates(shapely.point_on_surface(parcel))[0]
    _zoom_around(main_window, parcel, 60)
    with qtbot.waitSignal(main_window.details_shown, timeout=10000):
        _click(qtbot, main_window, *inside)
    neighbour = main_window.inspector.neighbours.item(0)
    fid = neighbour.data(Qt.ItemDataRole.UserRole)
    rect = main_window.inspector.neighbours.visualItemRect(neighbour)
    with qtbot.waitSignal(main_window.details_shown, timeout=10000) as shown:
        qtbot.mouseClick(main_window.inspector.neighbours.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert shown.args[0].fid == fid
    assert main_window.selected_fids == [shown.args[0].fid]


def test_ctrl_f_finds_a_cadastral_number_typed_with_colons_and_centres_the_map(main_window: MainWindow,
                                                                              qtbot: QtBot) -> None:
    number, parcel = _parcel_outside_zones(main_window, "FREE")
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.find_dialog.isVisible()
    typed = number.replace("-", ":")
    qtbot.keyClicks(main_window.find_dialog.edit, typed[:8])
    completions = main_window.find_dialog.completer.model().stringList()
    assert number in completions or len(completions) == 30
    main_window.find_dialog.edit.setText(typed)
    with qtbot.waitSignal(main_window.details_shown, timeout=10000):
        qtbot.keyClick(main_window.find_dialog.edit, Qt.Key.Key_Return)
    settle(main_window)
    assert not main_window.find_dialog.isVisible()
    cx, cy = main_window.canvas.view_centre()
    assert parcel.buffer(1.0).contains(shapely.Point(cx, cy)), "the map is centred on the parcel"
    assert main_window.inspector.details.cadastral_number == number
    assert len(main_window.selected_fids) == 1


def test_find_says_when_nothing_matches(main_window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(main_window.found, timeout=10000) as found:
        main_window.find_text("19-245-999-9999")
    assert found.args[0] is None
    assert main_window.find_dialog.isVisible()
    assert "Nothing matches" in main_window.find_dialog.message.text()


def test_the_queue_sorts_by_deadline_and_flags_overdue_applications(main_window: MainWindow) -> None:
    queue = main_window.queue
    assert queue.model.rowCount() == 115
    queue.table.horizontalHeader().sectionClicked.emit(5)
    queue.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    deadlines = [queue.proxy.index(r, 5).data() for r in range(queue.proxy.rowCount())]
    dated = [datetime.strptime(d, "%d/%m/%Y") for d in deadlines if d != "—"]     # the English (en_GB) date
    assert dated == sorted(dated)
    assert len(dated) > 50
    overdue = [r for r in queue.visible_rows() if r.urgency == "overdue"]
    assert overdue, "the demo has overdue applications"
    queue.overdue.setChecked(True)
    assert {r.number for r in queue.visible_rows()} == {r.number for r in overdue}
    assert all(r.days_left is not None and r.days_left < 0 for r in queue.visible_rows())
    row = 0
    index = queue.proxy.index(row, 6)
    assert index.data(Qt.ItemDataRole.BackgroundRole).red() > 200   # overdue is red
    queue.overdue.setChecked(False)
    queue.search.setText(overdue[0].applicant.split()[0])
    assert overdue[0].number in {r.number for r in queue.visible_rows()}


def test_selecting_an_application_draws_its_plot_and_zooms_to_it(main_window: MainWindow, qtbot: QtBot) -> None:
    queue = main_window.queue
    queue.search.setText("2026-00")
    with qtbot.waitSignal(main_window.canvas.view_changed, timeout=10000):
        queue.table.selectRow(0)
    qtbot.waitUntil(lambda: not main_window.canvas.highlight_item.path().isEmpty(), timeout=10000)
    box = main_window.canvas.highlight_item.path().boundingRect()
    cx, cy = main_window.canvas.view_centre()
    assert box.contains(cx, cy) or box.adjusted(-50, -50, 50, 50).contains(cx, cy)


def test_pixels_parcel_fill_red_line_and_background(main_window: MainWindow) -> None:
    for key in ("gp_zones", "dpp_zones"):       # zones are drawn over parcels; probe the parcels bare
        main_window.layers_dock.item_for(key).setCheckState(0, Qt.CheckState.Unchecked)
    for status in ("REGISTERED", "FREE"):
        _number, parcel = _parcel_outside_zones(main_window, status)
        _zoom_around(main_window, parcel, 40)
        assert pixel(main_window, *_fill_point(parcel)) == [PARCEL_BY_STATUS[status].fill[:3]]
    with open_cache(main_window._cache_path, read_only=True) as cache:
        red = read_features(cache, "red_lines").geometries[0]
        district = read_features(cache, "district").geometries[0]
    _zoom_around(main_window, red, 30)
    middle = shapely.get_coordinates(shapely.line_interpolate_point(red, 0.37, normalized=True))[0]
    around = pixel(main_window, *middle, radius=1)
    assert any(r > 180 and g < 100 and b < 100 for r, g, b in around), around
    x0, y0, _x1, _y1 = district.bounds
    main_window.canvas.zoom_to((x0 - 3000, y0 - 3000, x0 - 1000, y0 - 1000), padding=0)
    assert pixel(main_window, x0 - 2000, y0 - 2000) == [BACKGROUND]


def test_toggling_a_layer_off_removes_it_from_the_map(main_window: MainWindow) -> None:
    with open_cache(main_window._cache_path, read_only=True) as cache:
        lake = min(read_features(cache, "water_bodies").geometries, key=lambda g: g.area)
    _zoom_around(main_window, lake, 50)
    inside = shapely.get_coordinates(shapely.point_on_surface(lake))[0]
    assert pixel(main_window, *inside) == [WATER_FILL[:3]]
    main_window.layers_dock.item_for("water").setCheckState(0, Qt.CheckState.Unchecked)
    assert main_window.canvas.layers.style("water").visible is False
    assert pixel(main_window, *inside) != [WATER_FILL[:3]]
    main_window.layers_dock.item_for("water").setCheckState(0, Qt.CheckState.Checked)
    assert pixel(main_window, *inside) == [WATER_FILL[:3]]


def test_parcels_can_be_styled_by_category_instead_of_status(main_window: MainWindow) -> None:
    from landdesk.map.styles import PARCEL_BY_CATEGORY
    _number, parcel = _parcel_outside_zones(main_window, "REGISTERED")
    _zoom_around(main_window, parcel, 40)
    for key in ("gp_zones", "dpp_zones"):
        main_window.layers_dock.item_for(key).setCheckState(0, Qt.CheckState.Unchecked)
    main_window.layers_dock.classify.setCurrentIndex(main_window.layers_dock.classify.findData("category"))
    colours = {style.fill[:3] for style in PARCEL_BY_CATEGORY.values() if style.fill}
    assert pixel(main_window, *_fill_point(parcel))[0] in colours
    legend = main_window.layers_dock.item_for("parcels")
    assert {legend.child(k).text(0) for k in range(legend.childCount())} >= {"Agricultural", "Settlements"}


def test_shift_drag_selects_parcels_in_a_rectangle(main_window: MainWindow, qtbot: QtBot) -> None:
    _number, parcel = _parcel_outside_zones(main_window, "REGISTERED")
    _zoom_around(main_window, parcel, 150)
    x0, y0, x1, y1 = parcel.bounds
    main_window._on_canvas_rectangle_chosen(x0 - 5, y0 - 5, x1 + 5, y1 + 5)
    assert len(main_window.selected_fids) >= 1
    assert not main_window.canvas.selection_item.path().isEmpty()
    # the same through the mouse: the select tool and a drag
    main_window.set_tool(Tool.SELECT)
    viewport = main_window.canvas.viewport()
    start = widget_point(main_window, x0 - 5, y1 + 5).toPoint()
    end = widget_point(main_window, x1 + 5, y0 - 5).toPoint()
    main_window.selected_fids = []
    with qtbot.waitSignal(main_window.canvas.rectangle_chosen, timeout=5000) as chosen:   # a drag, not a click
        drag(viewport, start, end)
    left, bottom, right, top = chosen.args
    assert (left, bottom) < (x0, y0)
    assert (right, top) > (x1, y1)
    assert len(main_window.selected_fids) >= 1


def test_measure_tool_sums_length_and_area(main_window: MainWindow, qtbot: QtBot) -> None:
    _number, parcel = _parcel_outside_zones(main_window, "REGISTERED")
    _zoom_around(main_window, parcel, 150)
    qtbot.keyClick(main_window, Qt.Key.Key_M)
    assert main_window.canvas.view_box.tool == Tool.MEASURE
    cx, cy = main_window.canvas.view_centre()
    for x, y in ((cx, cy), (cx + 100, cy), (cx + 100, cy + 50)):
        main_window._on_canvas_clicked(x, y, Qt.MouseButton.LeftButton)
    text = main_window.measure_label.text()
    assert "Length 150.00 m" in text
    assert "Area 2,500.0 m²" in text
    qtbot.keyClick(main_window, Qt.Key.Key_Escape)
    assert main_window.measure_label.text() == ""


def test_status_bar_shows_position_scale_crs_and_file(main_window: MainWindow) -> None:
    main_window._on_canvas_cursor_moved(530000.0, 4718000.0)
    assert "530,000.0" in main_window.position_label.text()
    assert "° E" in main_window.position_label.text()
    assert "42.6" in main_window.position_label.text()
    assert main_window.crs_label.text().startswith("EPSG:32642")
    assert str(main_window._cache_path) == main_window.path_label.text()
    main_window.canvas.zoom_to((530000, 4718000, 531000, 4719000), padding=0)
    QApplication.processEvents()
    scale = int(main_window.scale_label.text().removeprefix("1:").replace(",", ""))
    metres_per_pixel = main_window.canvas.view_box.viewRect().width() / main_window.canvas.view_box.width()
    expected = metres_per_pixel / (0.0254 / main_window.canvas.logicalDpiX())
    assert abs(scale - expected) / expected < 0.01
    assert main_window.canvas.scale_bar.length_m > 0


def test_docks_can_be_closed_and_the_layout_is_remembered(open_window: Callable[[], MainWindow]) -> None:
    first = open_window()
    assert first.queue.isVisible()
    first.queue.toggleViewAction().trigger()
    assert not first.queue.isVisible()
    first.close()
    second = open_window()
    assert not second.queue.isVisible(), "the closed dock stays closed next time"
    second.reset_layout()
    assert second.queue.isVisible()


def test_zoom_shortcuts_and_zoom_to_district(main_window: MainWindow, qtbot: QtBot) -> None:
    settle(main_window)
    main_window.zoom_full_action.trigger()      # the docks have their final sizes now; the first view may predate
    before = main_window.canvas.resolution()
    qtbot.keyClick(main_window, Qt.Key.Key_Plus)
    assert main_window.canvas.resolution() < before * 0.6
    qtbot.keyClick(main_window, Qt.Key.Key_Minus)
    qtbot.keyClick(main_window, Qt.Key.Key_Minus)
    assert main_window.canvas.resolution() > before * 1.5
    main_window.zoom_full_action.trigger()
    assert abs(main_window.canvas.resolution() - before) / before < 0.05


def test_the_inspector_lists_the_zones_and_applications_of_a_parcel(main_window: MainWindow, qtbot: QtBot) -> None:
    with open_cache(main_window._cache_path, read_only=True) as cache:
        number, uid = cache.connection.execute(
            "SELECT a.number, a.parcel_uid FROM applications a JOIN parcels p ON p.uid = a.parcel_uid "
            "WHERE a.status = 'APPROVALS' ORDER BY a.number LIMIT 1").fetchone()
    with qtbot.waitSignal(main_window.details_shown, timeout=10000) as shown:
        main_window.find_text(number)
    details = shown.args[0]
    assert details.uid == uid
    assert number in [a[1] for a in details.applications]
    assert details.zones, "a town parcel lies in a general-plan zone"
    assert all(z.permitted for z in details.zones if z.plan_status == "APPROVED")
    listed = main_window.inspector.applications
    texts = [listed.item(k).text() for k in range(listed.count())]
    assert any(number in t for t in texts)
    assert main_window.inspector.zones.count() == len(details.zones)
    assert main_window.queue.table.selectionModel().selectedRows()[0].data() == number


def test_a_layout_saved_with_other_docks_is_not_restored(open_window: Callable[[], MainWindow],
                                                         settings: QSettings) -> None:
    first = open_window()
    first.queue.toggleViewAction().trigger()
    first.close()
    settings.setValue("main_window/docks", "LayersDock,ApplicationQueueDock")   # an older LandDesk's docks
    settings.sync()
    second = open_window()
    assert second.queue.isVisible(), "the default layout, not a stale one"
    assert second.checks_dock.isVisible() or second.inspector.isVisible()


def test_no_stray_tab_bar_is_left_over_the_docks(main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QDockWidget, QTabBar

    docks = main_window.findChildren(QDockWidget)
    groups = {frozenset([d.objectName(), *(t.objectName() for t in main_window.tabifiedDockWidgets(d))])
              for d in docks if main_window.tabifiedDockWidgets(d)}
    bars = [bar for bar in main_window.findChildren(QTabBar)
            if bar.parent() is main_window and bar.isVisible() and bar.geometry().intersects(main_window.rect())]
    assert len(bars) == len(groups), [[b.tabText(i) for i in range(b.count())] for b in bars]


def test_cycles_are_collected_in_the_ui_thread_only(main_window: MainWindow) -> None:
    import gc
    import weakref

    from landdesk.ui.qt import _collector

    assert not gc.isenabled(), "automatic collection could free Qt objects in a cache worker"
    collector = _collector[0]
    assert collector.timer.isActive()                      # type: ignore[attr-defined]

    class Cycle:
        me: object = None

    cycle = Cycle()
    cycle.me = cycle
    alive = weakref.ref(cycle)
    del cycle
    allocated = [Cycle() for _ in range(gc.get_threshold()[0] + 10)]   # would have triggered a collection
    still_there = alive() is not None
    collector.check()                                      # type: ignore[attr-defined]  # what the timer runs
    assert still_there, "nothing collected it outside the event loop"
    assert alive() is None, "the event loop's collector did"
    assert len(allocated) > gc.get_threshold()[0]


def test_sync_on_a_cache_not_linked_to_a_registry_says_how_to_get_one(main_window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: main_window.sync.status is not None, timeout=10000)
    assert main_window.sync.label.text() == "Not linked to a registry"
    assert not main_window.sync.sync_button.isEnabled()
    with qtbot.waitSignal(main_window.sync.failed, timeout=5000) as failed:
        main_window.sync_action.trigger()
    assert "landdesk clone" in failed.args[0].what_to_do()
    assert main_window.last_error is failed.args[0]
