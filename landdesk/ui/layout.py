"""The window's dock layout: restored per set of docks, saved on close, default proportions, reset.
Mixed into MainWindow (like ApplicationActions) to keep the window class small."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

LAYOUT_VERSION = 1


class WindowLayout:
    """Needs from the window: _settings and the docks layers_dock, inspector, checks_dock, conflicts_dock, plan_dock,
    queue, monitoring_dock (and QMainWindow's state methods)."""

    _settings: Any
    layers_dock: Any
    inspector: Any
    checks_dock: Any
    conflicts_dock: Any
    plan_dock: Any
    queue: Any
    monitoring_dock: Any

    def _restore_layout(self: Any) -> None:
        self._default_state = self.saveState(LAYOUT_VERSION)
        geometry = self._settings.value("main_window/geometry")
        state = self._settings.value("main_window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # A layout saved by a LandDesk with other docks would misplace the new ones (Qt even leaves a stray
        # tab bar behind), so a saved layout is only restored for the same set of docks.
        self._sized = state is not None and self._settings.value("main_window/docks") == self._dock_names()
        if self._sized:
            self.restoreState(state, LAYOUT_VERSION)

    def _dock_names(self: Any) -> str:
        return ",".join(sorted(dock.objectName() for dock in self.findChildren(QDockWidget)))

    def save_layout(self: Any) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/state", self.saveState(LAYOUT_VERSION))
        self._settings.setValue("main_window/docks", self._dock_names())
        self._settings.sync()

    def reset_layout(self: Any) -> None:
        self.restoreState(self._default_state, LAYOUT_VERSION)
        for dock in self._docks():
            dock.show()
        self.queue.raise_()
        self._size_docks()

    def _docks(self: Any) -> tuple[QDockWidget, ...]:
        return (self.layers_dock, self.inspector, self.checks_dock, self.conflicts_dock, self.plan_dock, self.queue,
                self.monitoring_dock)

    def _size_docks(self: Any) -> None:
        """The default proportions: the map keeps most of the window (docks ask for their own minimum)."""
        self.resizeDocks([self.queue], [max(200, self.height() * 3 // 10)], Qt.Orientation.Vertical)
        self.resizeDocks([self.layers_dock, self.inspector], [max(220, self.width() // 7), max(340, self.width() // 5)],
                         Qt.Orientation.Horizontal)
        right = self.height() - self.queue.height()         # the application's checks and steps get the larger part
        self.resizeDocks([self.inspector, self.checks_dock], [right * 2 // 5, right * 3 // 5], Qt.Orientation.Vertical)

    def showEvent(self: Any, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not self._sized:                  # first run or a layout from other docks: default proportions
            self._sized = True
            QTimer.singleShot(0, self._size_docks)
