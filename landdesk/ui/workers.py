"""Running use cases off the UI thread and delivering their results back on it (HOUSE_STYLE §4)."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from landdesk.storage import open_cache

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from landdesk.storage.connection import Cache

log = logging.getLogger(__name__)


class _Worker:
    """One thread with its own connection to the cache (SQLite connections stay in their thread)."""

    def __init__(self, path: Path, name: str) -> None:
        self._path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._local = threading.local()

    def submit(self, job: list[Callable[[Cache], Any]], done: Callable[[Any, BaseException | None], None]) -> None:
        """Run the one task in `job` and report it through `done`.

        The task is taken out of `job`, and the worker's reference to it is dropped before the result is
        reported, so the last reference to a task's closure (which may hold Qt objects: a progress dialog,
        a relay) is always released on the UI thread. A PySide wrapper freed on this thread while the UI
        thread waits in Qt is a deadlock; CI once hung five minutes in an import that way.
        """
        def run() -> None:
            task = job.pop()
            try:
                result = task(self._cache())
            except BaseException as error:  # noqa: BLE001 - every failure goes back to the UI thread
                del task
                done(None, error)
            else:
                del task
                done(result, None)
        self._executor.submit(run)

    def shutdown(self) -> None:
        self._executor.submit(self._close)
        self._executor.shutdown(wait=True)

    def _cache(self) -> Cache:
        cache = getattr(self._local, "cache", None)
        if cache is None:
            cache = self._local.cache = open_cache(self._path)
        return cache

    def _close(self) -> None:
        cache = getattr(self._local, "cache", None)
        if cache is not None:
            cache.close()


class TaskRunner(QObject):
    """Reads go to one reader thread, writes to one writer thread (a single writer for SQLite); each
    task gets that thread's own connection. Results and errors come back through one queued signal."""

    _finished = Signal(int, object, object)   # task id, result, error
    busy_changed = Signal(bool)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = _Worker(path, "cache-read")
        self._writer = _Worker(path, "cache-write")
        self._running = 0
        self._closed = False
        self._next = 0
        self._pending: dict[int, tuple[Callable[[Cache], Any], Callable[[Any], None],
                                       Callable[[BaseException], None] | None]] = {}
        self._finished.connect(self._on_finished)
        self.on_error: Callable[[BaseException], None] = lambda error: log.error("task failed", exc_info=error)

    def read(self, task: Callable[[Cache], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        self._start(self._reader, task, on_done, on_error)

    def write(self, task: Callable[[Cache], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None] | None = None) -> None:
        self._start(self._writer, task, on_done, on_error)

    def is_idle(self) -> bool:
        return self._running == 0

    def shutdown(self) -> None:
        self._closed = True
        self._reader.shutdown()
        self._writer.shutdown()

    def _start(self, worker: _Worker, task: Callable[[Cache], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None) -> None:
        if self._closed:            # the window closed while a result was on its way: nothing more to do
            log.debug("task after shutdown ignored: %r", task)
            return
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._next += 1
        key = self._next
        self._pending[key] = (task, on_done, on_error)   # the callbacks live and die on the UI thread
        worker.submit([task], lambda result, error: self._finished.emit(key, result, error))

    def _on_finished(self, key: int, result: object, error: BaseException | None) -> None:
        self._running -= 1
        _task, on_done, on_error = self._pending.pop(key)
        if self._closed:
            return
        try:
            if error is None:
                on_done(result)
            else:
                (on_error or self.on_error)(error)
        finally:
            if self._running == 0:
                self.busy_changed.emit(False)
