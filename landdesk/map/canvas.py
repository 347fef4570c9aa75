"""The map canvas: a pyqtgraph view locked to equal aspect in the district CRS, with the officer's tools.

Drag pans, the wheel zooms about the cursor, a click identifies, shift-drag (or the select tool) selects
by rectangle, the measure tool sums distances and the enclosed area. Layers are drawn by `LayerTilesItem`
from tiles a worker paints; nothing here touches SQL.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
import shapely
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from landdesk.map.items import LayerTilesItem, SelectionItem, TileCache
from landdesk.map.layers import MapLayers
from landdesk.map.styles import BACKGROUND
from landdesk.map.tiles import nearest_level_resolution

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PySide6.QtGui import QPaintEvent

METRES_PER_INCH = 0.0254


class Tool(StrEnum):
    PAN = "pan"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    IDENTIFY = "identify"
    SELECT = "select"
    MEASURE = "measure"
    EDIT = "edit"                   # select a zone, drag its vertices


class MapViewBox(pg.ViewBox):
    """Mouse handling per tool; right-click never opens pyqtgraph's menu."""

    clicked = Signal(float, float, object)          # x, y, button
    rectangle_chosen = Signal(float, float, float, float)
    edit_dragged = Signal(float, float, float, float, bool)    # start x, y, current x, y, finished
    double_clicked = Signal(float, float)

    def __init__(self) -> None:
        super().__init__(lockAspect=True, enableMenu=False)
        self.tool = Tool.IDENTIFY
        self._band = QGraphicsRectItem()
        pen = QPen(QColor(0, 120, 215))
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        self._band.setPen(pen)
        self._band.setBrush(QColor(0, 120, 215, 40))
        self._band.setZValue(200)
        self._band.hide()
        self.addItem(self._band, ignoreBounds=True)

    def mouseClickEvent(self, ev: Any) -> None:
        point = self.mapSceneToView(ev.scenePos())
        if ev.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            ev.accept()
            if ev.double() and ev.button() == Qt.MouseButton.LeftButton:
                self.double_clicked.emit(point.x(), point.y())
            elif self.tool == Tool.ZOOM_IN and ev.button() == Qt.MouseButton.LeftButton:
                self.scaleBy((0.5, 0.5), center=point)
            elif self.tool == Tool.ZOOM_OUT and ev.button() == Qt.MouseButton.LeftButton:
                self.scaleBy((2.0, 2.0), center=point)
            else:
                self.clicked.emit(point.x(), point.y(), ev.button())

    def mouseDragEvent(self, ev: Any, axis: int | None = None) -> None:
        if self.tool == Tool.EDIT and ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()                      # the window decides what the drag moves (a vertex, or nothing)
            start = self.mapSceneToView(ev.buttonDownScenePos())
            end = self.mapSceneToView(ev.scenePos())
            self.edit_dragged.emit(start.x(), start.y(), end.x(), end.y(), ev.isFinish())
            return
        selecting = self.tool in (Tool.SELECT, Tool.ZOOM_IN) or bool(
            ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if ev.button() != Qt.MouseButton.LeftButton or not selecting:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start = self.mapSceneToView(ev.buttonDownScenePos())
        end = self.mapSceneToView(ev.scenePos())
        rect = QRectF(start, end).normalized()
        if ev.isFinish():
            self._band.hide()
            if self.tool == Tool.ZOOM_IN:
                self.setRange(rect, padding=0)
            else:
                self.rectangle_chosen.emit(rect.left(), rect.top(), rect.right(), rect.bottom())
        else:
            self._band.setRect(rect)
            self._band.show()


def drop_pyqtgraph_menus(plot: pg.PlotWidget) -> None:
    """pyqtgraph's right-click menus ("View All", "Export...") are English only and not the officer's tools."""
    plot.getPlotItem().setMenuEnabled(False)
    for action in plot.scene().contextMenu:
        action.setParent(None)
    plot.scene().contextMenu = []


def tr(source: str) -> str:
    """The map's few words, in the interface language (ui.i18n installs the translators)."""
    return QCoreApplication.translate("", source)


class ScaleBar(QWidget):
    """A scale bar of a round length in the lower left corner of the map, always shown."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.resize(220, 34)
        self.length_m = 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        resolution = self._canvas.resolution()
        if resolution <= 0:
            return
        self.length_m = nice_length(resolution * 150)
        width = self.length_m / resolution
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(QRectF(4, 4, width + 16, 26), QColor(255, 255, 255, 200))
        painter.setPen(QPen(QColor(30, 30, 30), 2))
        left, base = 12.0, 24.0
        painter.drawLine(QPointF(left, base), QPointF(left + width, base))
        for x in (left, left + width):
            painter.drawLine(QPointF(x, base - 6), QPointF(x, base))
        text = (tr("{n} km").format(n=f"{self.length_m / 1000:g}") if self.length_m >= 1000 else
                tr("{n} m").format(n=f"{self.length_m:g}"))
        painter.drawText(QPointF(left, base - 8), text)
        painter.end()


def nice_length(limit: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ not above `limit`."""
    if limit <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(limit))
    return float(next(m * power for m in (5, 2, 1) if m * power <= limit))


class MapCanvas(pg.PlotWidget):
    """The map. Emits the cursor position, view changes, clicks and rectangle selections in map units."""

    cursor_moved = Signal(float, float)
    view_changed = Signal()
    clicked = Signal(float, float, object)
    rectangle_chosen = Signal(float, float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.view_box = MapViewBox()
        super().__init__(parent=parent, background=QColor(*BACKGROUND), viewBox=self.view_box)
        self.hideAxis("left")
        self.hideAxis("bottom")
        drop_pyqtgraph_menus(self)          # right-click belongs to the tools
        self.getPlotItem().hideButtons()
        self.layers = MapLayers()
        self._snapping = False
        self.tiles = TileCache(self)
        self.tiles_item = LayerTilesItem(self.tiles)
        self.addItem(self.tiles_item, ignoreBounds=True)
        self.selection_item = SelectionItem()
        self.addItem(self.selection_item, ignoreBounds=True)
        self.highlight_item = SelectionItem(colour=(255, 0, 200), width=3.0)
        self.addItem(self.highlight_item, ignoreBounds=True)
        # a sync conflict: the registry's last common version, mine and the registry's current one, overlaid
        self.conflict_items = (SelectionItem(colour=(90, 90, 90), width=2.0, dashed=True, fill=0),
                               SelectionItem(colour=(30, 100, 230), width=2.5, fill=50),
                               SelectionItem(colour=(220, 40, 40), width=2.5, fill=50))
        for item in self.conflict_items:
            self.addItem(item, ignoreBounds=True)
        # the feature being edited: its vertices as handles, and where the dragged vertex would snap
        self.vertex_item = pg.ScatterPlotItem(size=9, pen=pg.mkPen((20, 20, 20)), brush=pg.mkBrush(255, 255, 255))
        self.vertex_item.setZValue(150)
        self.addItem(self.vertex_item, ignoreBounds=True)
        self.snap_item = pg.ScatterPlotItem(size=16, symbol="+", pen=pg.mkPen((255, 0, 160), width=2))
        self.snap_item.setZValue(160)
        self.addItem(self.snap_item, ignoreBounds=True)
        for item in (self.vertex_item, self.snap_item):       # drags on a handle belong to the map's edit tool
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.measure_item = pg.PlotCurveItem(pen=pg.mkPen((255, 140, 0), width=2, style=Qt.PenStyle.DashLine))
        self.addItem(self.measure_item, ignoreBounds=True)
        self.scale_bar = ScaleBar(self)
        self._mouse_proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_scene_mouse_moved)
        self.view_box.sigRangeChanged.connect(self._on_view_range_changed)
        self.view_box.sigResized.connect(self._on_view_range_changed)
        self.view_box.clicked.connect(self.clicked)
        self.view_box.rectangle_chosen.connect(self.rectangle_chosen)
        self.edit_dragged = self.view_box.edit_dragged
        self.double_clicked = self.view_box.double_clicked

    # -- layers and rendering ------------------------------------------------------------------------------
    def refresh_layers(self, changed: tuple[float, float, float, float] | None = None) -> None:
        """Styles or data changed: render new tiles (the old ones stay on screen until they arrive). With
        `changed`, only data inside that rectangle changed (an edit): the other tiles are kept, not repainted."""
        old = self.tiles._state.generation if self.tiles._state is not None else None
        state = self.layers.render_state()
        if changed is not None and old is not None and old != state.generation:
            self.tiles.carry_over(old, state.generation, changed)
        self.tiles.set_state(state)
        self._request_tiles()

    def _request_tiles(self) -> None:
        if self.width() > 0 and self.layers.data:
            self.tiles.request(self.tiles_item.view_bbox(), self.resolution())
        self.tiles_item.update()

    def resolution(self) -> float:
        """Map units (metres) per device pixel."""
        pixel = self.view_box.viewPixelSize()[0]
        return float(pixel / self.devicePixelRatioF())

    def scale_denominator(self) -> float:
        """The N of 1:N for this screen (its logical DPI)."""
        pixel_m = self.view_box.viewPixelSize()[0]
        return float(pixel_m / (METRES_PER_INCH / max(self.logicalDpiX(), 1)))

    def zoom_to(self, bbox: tuple[float, float, float, float], padding: float = 0.02) -> None:
        x0, y0, x1, y1 = bbox
        self.view_box.setRange(QRectF(x0, y0, max(x1 - x0, 1.0), max(y1 - y0, 1.0)), padding=padding)

    def zoom_by(self, factor: float) -> None:
        self.view_box.scaleBy((factor, factor))

    def view_centre(self) -> tuple[float, float]:
        centre = self.view_box.viewRect().center()
        return centre.x(), centre.y()

    def set_tool(self, tool: Tool) -> None:
        self.view_box.tool = tool
        cursor = {Tool.PAN: Qt.CursorShape.OpenHandCursor, Tool.IDENTIFY: Qt.CursorShape.PointingHandCursor,
                  Tool.SELECT: Qt.CursorShape.CrossCursor, Tool.MEASURE: Qt.CursorShape.CrossCursor}
        self.setCursor(cursor.get(tool, Qt.CursorShape.ArrowCursor))

    # -- overlays ------------------------------------------------------------------------------------------
    def show_selection(self, geometries: NDArray[np.object_]) -> None:
        self.selection_item.show_geometries(geometries)

    def show_highlight(self, geometries: NDArray[np.object_]) -> None:
        self.highlight_item.show_geometries(geometries)

    def show_conflict(self, base: NDArray[np.object_], mine: NDArray[np.object_], theirs: NDArray[np.object_]) -> None:
        for item, geometries in zip(self.conflict_items, (base, mine, theirs), strict=True):
            item.show_geometries(geometries)

    def show_vertices(self, points: list[tuple[float, float]]) -> None:
        self.vertex_item.setData([p[0] for p in points], [p[1] for p in points])

    def show_snap(self, point: tuple[float, float, str] | None) -> None:
        """The snap marker: a cross at a vertex, a diamond on an edge, nothing when free."""
        if point is None:
            self.snap_item.setData([], [])
        else:
            self.snap_item.setData([point[0]], [point[1]], symbol="+" if point[2] == "vertex" else "d")

    def show_measure(self, points: list[tuple[float, float]], *, closed: bool) -> None:
        drawn = [*points, points[0]] if closed and len(points) > 2 else points
        self.measure_item.setData([p[0] for p in drawn], [p[1] for p in drawn])

    # -- events --------------------------------------------------------------------------------------------
    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if "scale_bar" in self.__dict__:            # pyqtgraph resizes once inside its own __init__
            self.scale_bar.move(8, self.height() - self.scale_bar.height() - 8)

    def _snap_to_level(self) -> bool:
        """Zoom to the nearest tile level, so tiles are drawn 1:1: crisp, and a plain copy to the screen."""
        if self._snapping or self.width() <= 0 or not self.layers.data:
            return False
        resolution = self.resolution()
        if resolution <= 0 or not math.isfinite(resolution):
            return False
        factor = nearest_level_resolution(resolution) / resolution
        if abs(factor - 1) < 1e-9:
            return False
        rect = self.view_box.viewRect()
        centre = rect.center()
        self._snapping = True
        try:
            self.view_box.setRange(QRectF(centre.x() - rect.width() * factor / 2,
                                          centre.y() - rect.height() * factor / 2,
                                          rect.width() * factor, rect.height() * factor), padding=0)
        finally:
            self._snapping = False
        return True

    def _on_view_range_changed(self, *_args: object) -> None:
        if self._snap_to_level():
            return                                   # the snapped range change comes back here
        self._request_tiles()
        self.scale_bar.update()
        self.view_changed.emit()

    def _on_scene_mouse_moved(self, event: tuple[QPointF]) -> None:
        point = self.view_box.mapSceneToView(event[0])
        self.cursor_moved.emit(point.x(), point.y())


def measure(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Length along the points and the area they enclose (0 for fewer than three)."""
    if len(points) < 2:
        return 0.0, 0.0
    length = float(shapely.length(shapely.LineString(points)))
    area = float(shapely.area(shapely.Polygon(points))) if len(points) > 2 else 0.0
    return length, area
