"""The Layers dock: visibility, opacity, the parcels' classification, and a legend per layer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QSlider,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from landdesk.ui.i18n import tr
from landdesk.ui.qt import signals_blocked

if TYPE_CHECKING:
    from landdesk.map.layers import MapLayers
    from landdesk.map.styles import ClassStyle, LayerStyle

def classifications() -> dict[str, str]:
    return {"status": tr("Status"), "category": tr("Land category"), "functional_zone": tr("Functional zone")}


def swatch(style: ClassStyle, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if style.fill is not None:
        painter.fillRect(1, 1, size - 2, size - 2, QColor(*style.fill))
    if style.outline is not None:
        painter.setPen(QColor(*style.outline))
        painter.drawRect(1, 1, size - 3, size - 3)
    painter.end()
    return QIcon(pixmap)


class LayersDock(QDockWidget):
    """Toggling or restyling a layer asks the canvas for new tiles; the legend follows the style."""

    layers_changed = Signal()

    def __init__(self, layers: MapLayers, parent: QWidget | None = None) -> None:
        super().__init__(tr("Layers"), parent)
        self.setObjectName("LayersDock")
        self._layers = layers
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.classify = QComboBox()
        for column, title in classifications().items():
            self.classify.addItem(title, column)
        form = QFormLayout()
        form.addRow(tr("Opacity"), self.opacity)
        form.addRow(tr("Parcels by"), self.classify)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.tree, 1)
        layout.addLayout(form)
        self.setWidget(body)
        self._rebuild()
        self.tree.setCurrentItem(self.item_for("parcels"))
        self.opacity.setValue(100)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.opacity.valueChanged.connect(self._on_opacity_changed)
        self.classify.currentIndexChanged.connect(self._on_classify_changed)

    def item_for(self, key: str) -> QTreeWidgetItem:
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == key:
                return item
        raise KeyError(key)

    def _rebuild(self) -> None:
        current = self._current_key()
        with signals_blocked(self.tree):
            self.tree.clear()
            for style in reversed(self._layers.styles):      # top of the map first, as in QGIS
                item = QTreeWidgetItem([tr(style.title)])
                item.setData(0, Qt.ItemDataRole.UserRole, style.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if style.visible else Qt.CheckState.Unchecked)
                for label, class_style in _legend(style):
                    child = QTreeWidgetItem([tr(label)])
                    child.setIcon(0, swatch(class_style))
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
                item.setExpanded(style.key in ("parcels", "applications", "gp_zones"))
                if style.key == current:
                    self.tree.setCurrentItem(item)

    def _current_key(self) -> str | None:
        item = self.tree.currentItem() if self.tree.topLevelItemCount() else None
        while item is not None and item.parent() is not None:
            item = item.parent()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _on_tree_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key is None:
            return
        self._layers.update_style(str(key), visible=item.checkState(0) == Qt.CheckState.Checked)
        self.layers_changed.emit()

    def _on_tree_current_changed(self, *_args: object) -> None:
        key = self._current_key()
        if key is None:
            return
        with signals_blocked(self.opacity):
            self.opacity.setValue(round(self._layers.style(key).opacity * 100))

    def _on_opacity_changed(self, value: int) -> None:
        key = self._current_key()
        if key is not None:
            self._layers.update_style(key, opacity=value / 100)
            self.layers_changed.emit()

    def _on_classify_changed(self, _index: int) -> None:
        self._layers.classify("parcels", str(self.classify.currentData()))
        self._rebuild()
        self.layers_changed.emit()


def _legend(style: LayerStyle) -> list[tuple[str, ClassStyle]]:
    if not style.classes:
        return [(style.default.label, style.default)]
    return [(class_style.label, class_style) for class_style in style.classes.values()]
