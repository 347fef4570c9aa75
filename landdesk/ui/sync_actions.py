"""The window's sync part: the Conflicts dock, Sync now (F9), the status-bar indicator, and what a finished
sync refreshes. Mixed into MainWindow like ApplicationActions, to keep the window itself small."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from PySide6.QtCore import Qt

from landdesk.services.sync import resolve, sync_view
from landdesk.ui.docks.conflicts_dock import ConflictsDock
from landdesk.ui.i18n import number, tr
from landdesk.ui.sync_controller import SyncController

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from landdesk.services.sync import ConflictRow, SyncReport, SyncView


class SyncActions:
    """Needs from the window: tasks, canvas, statusBar(), _action(), _show_error(), reload_map(), applications
    (its reload_queue(), run_checks(), show_steps()), cache_path, and the signals synced and conflicts_shown."""

    tasks: Any
    canvas: Any
    cache_path: Any
    synced: Any
    conflicts_shown: Any

    def _build_sync(self) -> None:
        window: Any = self
        self.sync = SyncController(self.cache_path, self.tasks, window)
        self.conflicts_dock = ConflictsDock(window)
        # tabbed with the queue at the bottom, where base / mine / registry have room side by side (one group of
        # tabbed docks only: docs/decisions.md)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_dock)
        window.tabifyDockWidget(window.monitoring_dock, self.conflicts_dock)
        window.queue.raise_()
        bar = window.statusBar()                  # permanent: a passing message must not hide the sync state
        bar.insertPermanentWidget(0, self.sync.cancel_button)
        bar.insertPermanentWidget(0, self.sync.sync_button)
        bar.insertPermanentWidget(0, self.sync.label)
        self.sync_action: QAction = window._action(tr("S&ync now"), self.sync.sync_now, "F9",
                                                   tr("Send your changes to the registry and bring back others'"))
        self.sync.finished.connect(self._on_synced)
        self.sync.failed.connect(window._show_error)
        self.sync.status_changed.connect(lambda _status: self.refresh_conflicts())
        self.conflicts_dock.conflict_chosen.connect(self._show_conflict_on_map)
        self.conflicts_dock.resolve_requested.connect(self._resolve_conflict)
        self.sync.refresh()

    def refresh_conflicts(self) -> None:
        """The open conflicts and the rows the sync holds back, into the Conflicts dock."""
        def shown(view: SyncView) -> None:
            found = view.conflicts
            self.conflicts_dock.show_conflicts(found, view.held, view.reasons)
            if not found:
                self.canvas.show_conflict(*(np.empty(0, dtype=object),) * 3)
            self.conflicts_shown.emit(found)
        self.tasks.read(sync_view, shown)

    def _on_synced(self, report: SyncReport) -> None:
        window: Any = self
        window.statusBar().showMessage(
            tr("Synced: sent {sent}, received {received}.").format(
                sent=number(report.pushed_rows), received=number(report.pulled_rows + report.rebased_rows))
            + (" " + tr("Conflicts to resolve: {count}.").format(count=report.open_conflicts)
               if report.open_conflicts else "")
            + (" " + tr("Decisions this cache had lost, restored from the registry: {count}.").format(
                count=number(report.restored_decisions)) if report.restored_decisions else ""), 15000)
        if report.pulled_rows or report.rebased_rows or report.restored_decisions:
            window.reload_map()
            window.applications.reload_queue()
            shown = window.checks_dock.number
            if shown:                            # the application on screen may be one that changed
                window.applications.run_checks(shown)
                window.applications.show_steps(shown)
        if report.open_conflicts:
            self.conflicts_dock.show()
            self.conflicts_dock.raise_()
        self.synced.emit(report)

    def _show_conflict_on_map(self, conflict: ConflictRow) -> None:
        sides = []
        for side in (conflict.base, conflict.mine, conflict.theirs):      # theirs: the neighbour, for an overlap
            wkb = (side or {}).get("wkb")
            sides.append(np.array([shapely.from_wkb(bytes.fromhex(wkb))] if wkb else [], dtype=object))
        self.canvas.show_conflict(*sides)
        shown = [g for side in sides for g in side]
        if shown:
            window: Any = self
            window._zoom_to_geometry(shapely.union_all(shown), context=3.0)

    def _resolve_conflict(self, conflict: ConflictRow, resolution: str, reason: str | None,
                          merged: dict[str, Any] | None) -> None:
        window: Any = self
        officer = getpass.getuser()

        def done(_none: None) -> None:
            window.statusBar().showMessage(tr("Conflict resolved ({resolution}); it goes to the registry at the next "
                                              "sync.").format(resolution=tr(resolution)), 10000)
            window.reload_map()
            self.sync.refresh()
        self.tasks.write(lambda cache: resolve(cache, conflict.conflict_id, resolution, officer, reason, merged), done)
