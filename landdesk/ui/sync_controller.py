"""Sync from the window: a background sync thread (never the UI thread), a reachability probe with backoff
that syncs by itself when the registry comes back, Sync now, Cancel, and the status-bar indicator."""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QToolButton, QWidget

from landdesk.services.sync import SyncError, SyncStatus, reachable, run_sync, status
from landdesk.ui.i18n import number, tr

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.services.sync import SyncReport
    from landdesk.ui.workers import TaskRunner

log = logging.getLogger(__name__)
PROBE_FIRST_S, PROBE_MAX_S, PROBE_ONLINE_S = 5.0, 300.0, 60.0


class SyncController(QObject):
    status_changed = Signal(object)       # SyncStatus
    online_changed = Signal(bool)
    progress = Signal(str, int, int)
    finished = Signal(object)             # SyncReport
    failed = Signal(object)               # the exception
    _probed = Signal(bool)
    _done = Signal(object, object)        # report, error

    def __init__(self, cache_path: Path, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._path = cache_path
        self._tasks = tasks
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        self._prober = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-probe")
        self._cancel = threading.Event()
        self._password: str | None = os.environ.get("LANDDESK_PASSWORD")
        self.status: SyncStatus | None = None
        self.online: bool | None = None
        self.running = False
        self.last_report: SyncReport | None = None
        self._interval = PROBE_FIRST_S
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self._probed.connect(self._on_probed)
        self._done.connect(self._on_done)
        self.label = QLabel("", parent)
        self.label.setObjectName("SyncStatus")
        self.sync_button = QToolButton(parent)
        self.sync_button.setText(tr("Sync"))
        self.sync_button.setToolTip(tr("Send your changes to the registry and bring back others' (F9)"))
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QToolButton(parent)
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop the sync; nothing is lost, the rest goes next time"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress.connect(self._on_progress)

    # -- status --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._tasks.read(status, self._on_status)

    def _on_status(self, current: SyncStatus) -> None:
        self.status = current
        self._show()
        self.status_changed.emit(current)
        if current.registry and not self._timer.isActive() and self.online is None:
            self.probe()

    def _show(self) -> None:
        current = self.status
        if current is None:
            return
        if not current.registry:
            self.label.setText(tr("Not linked to a registry"))
            self.sync_button.setEnabled(False)
            return
        states = {True: tr("● Online"), False: tr("○ Offline"), None: tr("… Checking")}
        state = tr("Syncing…") if self.running else states[self.online]
        parts = [state, tr("{count} to send").format(count=number(current.pending))]
        if current.last_sync_at:
            parts.append(tr("last sync {time}").format(time=_local_time(current.last_sync_at)))
        if current.conflicts:
            parts.append(tr("conflicts: {count}").format(count=number(current.conflicts)))
        if current.held:
            parts.append(tr("held back: {count}").format(count=number(current.held)))
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(tr("Registry {registry} as {user}").format(registry=current.registry, user=current.user))
        self.sync_button.setEnabled(not self.running)

    # -- probing with backoff ------------------------------------------------------------------------------
    def probe(self) -> None:
        url = self.status.registry if self.status else None
        if not url:
            return

        self._prober.submit(lambda: self._probed.emit(reachable(url)))

    def _on_probed(self, reachable: bool) -> None:
        came_back = reachable and self.online is not True
        if reachable != self.online:
            self.online = reachable
            self.online_changed.emit(reachable)
        self._interval = PROBE_ONLINE_S if reachable else min(self._interval * 2, PROBE_MAX_S)
        self._timer.start(int(self._interval * 1000))
        self._show()
        if came_back and self.status is not None and (self.status.pending or self.status.last_sync_at) \
                and self._password:
            self.sync_now()                  # the registry is back: send what waited (when we can sign in)

    # -- running -------------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.running or self.status is None:
            return
        if not self.status.registry or not self.status.user:
            self.failed.emit(SyncError(
                message=tr("This cache is not linked to a registry, so there is nothing to sync it with."),
                what_to_do=tr("Clone your district from the registry (File → Clone district…, or landdesk clone "
                              "URL --district CODE --out PATH) and work in that cache; the demo district stays on this "
                              "computer.")))
            return
        if self._password is None:
            prompt = tr("Password of {user} at {registry}:").format(user=self.status.user,
                                                                     registry=self.status.registry)
            password, ok = QInputDialog.getText(self._window, tr("Sync"), prompt, QLineEdit.EchoMode.Password)
            if not ok or not password:
                return
            self._password = password
        url, user, password = self.status.registry, self.status.user, self._password
        self.running = True
        self._cancel.clear()
        self.cancel_button.show()
        self._show()

        def run() -> None:
            try:
                report = run_sync(self._path, url, user, password,
                                  progress=lambda stage, done, total: self.progress.emit(stage, done, total),
                                  cancelled=self._cancel.is_set)
            except BaseException as error:  # noqa: BLE001 - every failure goes back to the UI thread
                self._done.emit(None, error)
            else:
                self._done.emit(report, None)
        self._executor.submit(run)

    def cancel(self) -> None:
        self._cancel.set()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.label.setText(f"{tr(stage)}… {number(done)}" + (f" / {number(total)}" if total and total != done else ""))

    def _on_done(self, report: SyncReport | None, error: BaseException | None) -> None:
        self.running = False
        self.cancel_button.hide()
        if error is not None:
            if getattr(error, "code", "") == "sync.unreachable":
                self.online = False
                self._interval = PROBE_FIRST_S
                self._timer.start(int(self._interval * 1000))
            if getattr(error, "status", None) == 401:
                self._password = None
            self.failed.emit(error)
        else:
            self.online = True
            self.last_report = report
            self.finished.emit(report)
        self.refresh()

    def shutdown(self) -> None:
        self._timer.stop()
        self._cancel.set()
        self._executor.shutdown(wait=True)
        self._prober.shutdown(wait=False, cancel_futures=True)


def _local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%d.%m %H:%M")
