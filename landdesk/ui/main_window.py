"""The officer's main window: map in the centre; Layers, Parcel inspector, Application, Conflicts and queue docks."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from landdesk.domain.errors import LandDeskError
from landdesk.map.canvas import MapCanvas, Tool, measure
from landdesk.map.layers import load_map_data, prepare_geometries
from landdesk.services.parcels import Found, find, find_candidates, parcel_details
from landdesk.storage.district import load_district
from landdesk.ui import units
from landdesk.ui.application_controller import ApplicationController
from landdesk.ui.docks.checks_dock import ChecksDock
from landdesk.ui.docks.inspector_dock import ParcelInspectorDock
from landdesk.ui.docks.layers_dock import LayersDock
from landdesk.ui.docks.monitoring_dock import MonitoringDock
from landdesk.ui.docks.queue_dock import ApplicationQueueDock
from landdesk.ui.edit_actions import EditActions
from landdesk.ui.edit_gestures import EditGestures
from landdesk.ui.file_actions import FileActions
from landdesk.ui.find_dialog import FindDialog, with_keys
from landdesk.ui.i18n import number, render, tr
from landdesk.ui.layout import WindowLayout
from landdesk.ui.messages import error_text, internal_error_text
from landdesk.ui.plan_actions import PlanActions
from landdesk.ui.settings_actions import SettingsActions
from landdesk.ui.settling import Settling
from landdesk.ui.sync_actions import SyncActions
from landdesk.ui.workers import TaskRunner

if TYPE_CHECKING:
    import shapely
    from PySide6.QtGui import QCloseEvent

    from landdesk.map.layers import LoadedLayer
    from landdesk.services.parcels import ParcelDetails
    from landdesk.settings import Settings
    from landdesk.storage import Cache

log = logging.getLogger(__name__)


class MainWindow(SyncActions, PlanActions, FileActions, EditActions, EditGestures, SettingsActions,
                 WindowLayout, Settling, QMainWindow):
    map_ready = Signal()
    details_shown = Signal(object)       # ParcelDetails or None
    found = Signal(object)               # Found or None
    open_requested = Signal(str)         # File → Open chose a cache
    reopen_requested = Signal(object)    # Settings saved: the composition root reopens the window with them
    map_reloaded = Signal()
    synced = Signal(object)              # SyncReport
    conflicts_shown = Signal(object)     # list of ConflictRow
    plans_checked = Signal(object)       # list of PlanReport
    imported = Signal(object, object)    # ImportReport, list of ImpactRow
    edited = Signal(object, object)      # Edit, list of ImpactRow

    def __init__(self, cache: Cache, *, today: date | None = None, settings: QSettings | None = None,
                 preferences: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._cache_path = self.cache_path = cache.path
        self._today = today or date.today()
        self._settings = settings or QSettings()
        district = load_district(cache)
        self._district = district
        self.setWindowTitle(f"LandDesk — {district.name_ru or district.name} — {cache.path.name}")
        self.tasks = TaskRunner(cache.path, self)
        self.tasks.on_error = self._show_error
        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self.layers_dock = LayersDock(self.canvas.layers, self)
        self.inspector = ParcelInspectorDock(self)
        self.queue = ApplicationQueueDock(self)
        self.checks_dock = ChecksDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.layers_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        # Below the inspector, not tabbed with it: a second tab group leaves a stray tab bar (docs/decisions.md).
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.checks_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.queue)
        self.monitoring_dock = MonitoringDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.monitoring_dock)
        self.tabifyDockWidget(self.queue, self.monitoring_dock)
        self.queue.raise_()
        self.find_dialog = FindDialog(self)
        self._measure_points: list[tuple[float, float]] = []
        self.selected_fids: list[int] = []
        self.map_loaded = False
        self.last_error: BaseException | None = None
        self._pending_zoom: tuple[float, float, float, float] | None = None
        self._build_status_bar(district.srid, district.crs_name)
        self._build_sync()
        self._build_plan_quality()
        self._build_editing()
        self._build_settings(preferences)
        self._build_actions()
        # after the sync part has tabbed the Monitoring dock, as its visibility refreshes the figures
        self.applications = ApplicationController(
            self.tasks, queue=self.queue, checks_dock=self.checks_dock, inspector=self.inspector,
            monitoring_dock=self.monitoring_dock, canvas=self.canvas, status_bar=self.statusBar(),
            zoom_to=self._zoom_to_geometry, cache_path=cache.path, today=self._today, parent=self)
        self.applications.parcels_changed.connect(self.reload_map)
        self.applications.plot_wanted.connect(lambda: self.start_drawing("applications"))
        self._connect()
        self._restore_layout()
        self.canvas.set_tool(Tool.IDENTIFY)
        self.statusBar().showMessage(tr("Loading the map layers…"))
        self.tasks.write(load_map_data, self._on_map_data_loaded)
        self.applications.reload_queue()
        self.tasks.read(lambda cache: with_keys(find_candidates(cache)), self.find_dialog.set_candidates)

    # -- building ------------------------------------------------------------------------------------------
    def _build_status_bar(self, srid: int, crs_name: str) -> None:
        bar = self.statusBar()
        self.position_label, self.scale_label, self.measure_label, self.busy_label = (QLabel("", self)
                                                                                      for _ in range(4))
        self.crs_label = QLabel(f"EPSG:{srid} {crs_name}", self)
        self.path_label = QLabel(str(self._cache_path), self)
        for label in (self.busy_label, self.measure_label, self.position_label, self.scale_label, self.crs_label,
                      self.path_label):
            bar.addPermanentWidget(label)

    def _action(self, text: str, slot: object,
                shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(tr("&Open cache…"), self._on_open_triggered, QKeySequence.StandardKey.Open)
        self.quit_action = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.find_action = self._action(tr("&Find parcel or application…"), self.show_find,
                                        QKeySequence.StandardKey.Find)
        self.zoom_in_action = self._action(tr("Zoom &in"), lambda: self.canvas.zoom_by(0.5), "+")
        self.zoom_in_action.setShortcuts([QKeySequence("+"), QKeySequence("="),
                                          QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_out_action = self._action(tr("Zoom &out"), lambda: self.canvas.zoom_by(2.0), "-")
        self.zoom_out_action.setShortcuts([QKeySequence("-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.zoom_full_action = self._action(tr("Zoom to &district"), self.zoom_to_district, "Ctrl+Shift+F")
        self.cancel_action = self._action(tr("Cancel tool"), self.cancel_tool, "Esc",
                                          tr("Cancel the measurement or selection in progress"))
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, text, key in ((Tool.PAN, tr("&Pan"), "P"), (Tool.IDENTIFY, tr("&Identify"), "I"),
                                (Tool.SELECT, tr("&Select by rectangle"), "S"), (Tool.MEASURE, tr("&Measure"), "M"),
                                (Tool.EDIT, tr("Edit &vertices"), "V")):
            action = self._action(text, lambda _checked=False, t=tool: self.set_tool(t), key)
            action.setCheckable(True)
            self.tool_group.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.IDENTIFY].setChecked(True)

        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        for file_action in (self.open_action, self.clone_action, self.sync_action):
            file_menu.addAction(file_action)
        file_menu.addSeparator()
        self.register_action = self._action(tr("&Register application…"), lambda: self.applications.open_registration(),
                                            "Ctrl+Shift+N", tr("Register a paper application: applicant, purpose, "
                                                               "right, area and the plot"))
        file_menu.addAction(self.register_action)
        file_menu.addAction(self._action(tr("&Import GIS file…"), lambda: self.open_import(), "Ctrl+I",
                                         tr("Import plan zones, red lines or parcels from a GIS file")))
        file_menu.addAction(self._action(tr("&Export layer…"), self.open_export, "Ctrl+E",
                                         tr("Write a layer, or the selected parcels, to a GeoPackage or GeoJSON file")))
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(tr("&Edit"))
        for group in ((self.undo_action, self.redo_action, self.save_edits_action, self.abandon_edits_action),
                      (self.draw_zone_action, self.draw_line_action, self.edit_zones_action, self.edit_lines_action,
                       self.edit_settlements_action, self.edit_parcels_action),
                      (self.attributes_action, self.delete_vertex_action, self.reshape_action, self.split_action,
                       self.merge_action, self.delete_zone_action)):
            for edit_action in group:
                edit_menu.addAction(edit_action)
            edit_menu.addSeparator()
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.cancel_action)
        view_menu = menu.addMenu(tr("&View"))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_full_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        for dock in self._docks():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self._action(tr("Reset window layout"), self.reset_layout))
        tools_menu = menu.addMenu(tr("&Tools"))
        for action in self.tool_actions.values():
            tools_menu.addAction(action)
        toolbar = self.addToolBar(tr("Map"))
        toolbar.setObjectName("MapToolbar")
        toolbar.addAction(self.tool_actions[Tool.PAN])
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_full_action)
        toolbar.addSeparator()
        for tool in (Tool.IDENTIFY, Tool.SELECT, Tool.MEASURE, Tool.EDIT):
            toolbar.addAction(self.tool_actions[tool])
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.sync_action)

    def _connect(self) -> None:
        self.canvas.cursor_moved.connect(self._on_canvas_cursor_moved)
        self.canvas.view_changed.connect(self._on_canvas_view_changed)
        self.canvas.clicked.connect(self._on_canvas_clicked)
        self.canvas.rectangle_chosen.connect(self._on_canvas_rectangle_chosen)
        self.layers_dock.layers_changed.connect(self.canvas.refresh_layers)
        self.inspector.parcel_requested.connect(lambda fid: self.show_parcel(fid, zoom=True))
        self.inspector.application_requested.connect(self.find_text)
        self.find_dialog.find_requested.connect(self.find_text)
        self.tasks.busy_changed.connect(lambda busy: self.busy_label.setText(tr("Working…") if busy else ""))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.canvas.tiles.shutdown()
        self.sync.shutdown()
        self.tasks.shutdown()
        super().closeEvent(event)

    # -- map -----------------------------------------------------------------------------------------------
    def _on_map_data_loaded(self, data: dict[str, LoadedLayer]) -> None:
        self.canvas.layers.set_data(data)
        self.map_loaded = True
        if self._pending_zoom is not None:
            self.canvas.zoom_to(self._pending_zoom)
        else:
            self.zoom_to_district()
        self.canvas.refresh_layers()
        self.tasks.read(lambda _cache: prepare_geometries(data), lambda _none: None)   # for identify
        parcels = len(data["parcels"].arrays)
        self.statusBar().showMessage(tr("{count} parcels loaded.").format(count=number(parcels)), 5000)
        self.map_ready.emit()

    def zoom_to_district(self) -> None:
        extent = self.canvas.layers.extent()
        if extent is not None:
            self.canvas.zoom_to(extent)

    def reload_map(self, changed: tuple[float, float, float, float] | None = None) -> None:
        """Read the changed layers again in the writer thread; the old tiles stay until the new ones come.
        `changed`: the rectangle an edit touched; tiles away from it are kept rather than painted again."""
        def loaded(data: dict[str, LoadedLayer]) -> None:
            self.canvas.layers.set_data(data)
            self.canvas.refresh_layers(changed)
            self.tasks.read(lambda _cache: prepare_geometries(data), lambda _none: None)
            self.map_reloaded.emit()
        self.tasks.write(load_map_data, loaded)

    def set_tool(self, tool: Tool) -> None:
        self.cancel_tool()
        self.canvas.set_tool(tool)
        self.tool_actions[tool].setChecked(True)

    def cancel_tool(self) -> None:
        self.split_line = None                 # a cutting line or a new feature being drawn is dropped too
        if self.drawing is not None and self.drawing[0] == "applications":
            self.applications.plot_drawn(None)     # the registration dialog comes back without a plot
        self.drawing = None
        self._measure_points.clear()
        self.canvas.show_measure([], closed=False)
        self.measure_label.clear()

    def _on_canvas_clicked(self, x: float, y: float, button: object) -> None:
        tool = self.canvas.view_box.tool
        if tool == Tool.MEASURE:
            if button == Qt.MouseButton.RightButton:
                self.statusBar().showMessage(self.measure_label.text(), 10000)
                self._measure_points.clear()
                return
            self._measure_points.append((x, y))
            self.canvas.show_measure(self._measure_points, closed=True)
            length, area = measure(self._measure_points)
            shown = tr("Length {length}").format(length=units.length_with_unit(length))
            if area:
                shown += "   " + tr("Area {area} m² ({hectares} ha)").format(area=number(area, 1),
                                                                         hectares=number(area / 1e4, 4))
            self.measure_label.setText(shown)
            return
        if tool == Tool.EDIT:
            shift = bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.edit_click(x, y, add=shift, finish=button == Qt.MouseButton.RightButton)
        elif button == Qt.MouseButton.LeftButton:
            self.identify(x, y)

    def identify(self, x: float, y: float) -> None:
        hits = self.canvas.layers.identify("parcels", x, y)
        if not hits:
            self.select_parcels([])
            self.inspector.show_details(None)
            self.statusBar().showMessage(tr("No parcel at {x}, {y}.").format(x=number(x, 1), y=number(y, 1)), 5000)
            return
        self.show_parcel(self.canvas.layers.fid_at("parcels", hits[0]))

    def _on_canvas_rectangle_chosen(self, x0: float, y0: float, x1: float, y1: float) -> None:
        hits = self.canvas.layers.within("parcels", (x0, y0, x1, y1))
        self.select_parcels([self.canvas.layers.fid_at("parcels", i) for i in hits])
        self.statusBar().showMessage(tr("{count} parcels selected.").format(count=number(len(hits))), 10000)
        if len(hits) == 1:
            self.show_parcel(self.selected_fids[0])

    def select_parcels(self, fids: list[int]) -> None:
        self.selected_fids = fids
        layers = self.canvas.layers
        indexes = [i for i in (layers.index_of_fid("parcels", fid) for fid in fids) if i is not None]
        geometries = layers.data["parcels"].geometries[indexes] if indexes else np.empty(0, dtype=object)
        self.canvas.show_selection(geometries)

    def show_parcel(self, fid: int, *, zoom: bool = False) -> None:
        """Select a parcel, show it in the inspector (read in a worker) and optionally zoom to it."""
        self.select_parcels([fid])
        if zoom:
            index = self.canvas.layers.index_of_fid("parcels", fid)
            if index is not None:
                self._zoom_to_geometry(self.canvas.layers.geometry("parcels", index))
        self.tasks.read(lambda cache: parcel_details(cache, fid), self._on_parcel_details)

    def _on_parcel_details(self, details: ParcelDetails | None) -> None:
        self.inspector.show_details(details)
        self.inspector.raise_()
        self.details_shown.emit(details)

    def _zoom_to_geometry(self, geometry: shapely.Geometry, *, context: float = 4.0) -> None:
        x0, y0, x1, y1 = geometry.bounds
        size = max(x1 - x0, y1 - y0, 20.0) * context / 2
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        bbox = (cx - size, cy - size, cx + size, cy + size)
        self._pending_zoom = bbox if not self.map_loaded else None
        self.canvas.zoom_to(bbox, padding=0)

    # -- find and queue ------------------------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.edit.setFocus()
        self.find_dialog.edit.selectAll()

    def find_text(self, text: str) -> None:
        self.tasks.read(lambda cache: find(cache, text), lambda result: self._on_found(text, result))

    def _on_found(self, text: str, result: Found | None) -> None:
        if result is None:
            self.find_dialog.show_not_found(text)
            self.statusBar().showMessage(tr("Nothing found for “{text}”.").format(text=text), 8000)
        else:
            self.find_dialog.hide()
            if result.geometry is not None:
                self._zoom_to_geometry(result.geometry)
            if result.kind == "application":
                self.canvas.show_highlight(np.array([result.geometry] if result.geometry is not None else [],
                                                    dtype=object))
                self.queue.select_number(text.strip())
                self.applications.run_checks(text.strip())
                self.applications.show_steps(text.strip())
            if result.parcel_fid is not None:
                self.show_parcel(result.parcel_fid)
            self.statusBar().showMessage(tr("Found {label}.").format(label=render(result.label)), 8000)
        self.found.emit(result)

    # -- status bar ----------------------------------------------------------------------------------------
    def _on_canvas_cursor_moved(self, x: float, y: float) -> None:
        self.position_label.setText(self.position_text(x, y))

    def _on_canvas_view_changed(self) -> None:
        self.scale_label.setText(f"1:{number(self.canvas.scale_denominator(), 0)}")

    # -- files and errors ----------------------------------------------------------------------------------
    def _on_open_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Open a LandDesk cache"), str(self._cache_path.parent),
                                                    tr("LandDesk cache (*.sqlite *.landdesk);;All files (*)"))
        if path:
            self.open_requested.emit(path)     # the composition root opens the next window

    def show_notice(self, text: str, *, warning: bool = False) -> None:
        """A message the officer should read (recovery after a crash, an internal error), without blocking."""
        self.notice = self._open_box(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, text)

    def _show_error(self, error: BaseException) -> None:
        """Say what went wrong without blocking the window (the box is window-modal, not a nested loop)."""
        if isinstance(error, LandDeskError):
            log.warning("%s", error.what_happened())
            text, icon = error_text(error), QMessageBox.Icon.Warning
        else:
            log.error("internal error", exc_info=error)
            text, icon = internal_error_text(error), QMessageBox.Icon.Critical
        self.last_error = error
        self._open_box(icon, text)

    def _open_box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(icon, "LandDesk", text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
