"""The map canvas: a pyqtgraph PlotWidget locked to equal aspect, in the district's projected CRS.

Layers are drawn as a few batched paths (one per style), never one Qt item per feature.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from landdesk.map.styles import BACKGROUND

Color = Sequence[int]


class PathLayerItem(QGraphicsPathItem):
    """One style of one layer: a batched path with a fill (no antialiasing) and a cosmetic outline."""

    def __init__(self, path: QPainterPath, *, fill: Color | None, outline: Color, width: float = 1.0,
                 z: float = 0.0) -> None:
        super().__init__(path)
        pen = QPen(QColor(*outline))
        pen.setCosmetic(True)
        pen.setWidthF(width)
        self.setPen(pen)
        self.setBrush(QBrush(QColor(*fill)) if fill is not None else QBrush())
        self.setZValue(z)


class MapCanvas(pg.PlotWidget):
    """Pan by dragging, zoom with the wheel about the cursor; reports the cursor's map position."""

    cursor_moved = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background=QColor(*BACKGROUND))
        self.setAspectLocked(True)
        self.hideAxis("left")
        self.hideAxis("bottom")
        self.getPlotItem().setMenuEnabled(False)
        self.getPlotItem().hideButtons()
        self._mouse_proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_scene_mouse_moved)

    def add_layer(self, item: QGraphicsPathItem) -> None:
        self.addItem(item)

    def zoom_to(self, bbox: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = bbox
        self.getViewBox().setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0.02)

    def _on_scene_mouse_moved(self, event: tuple[QPointF]) -> None:
        point = self.getViewBox().mapSceneToView(event[0])
        self.cursor_moved.emit(point.x(), point.y())
