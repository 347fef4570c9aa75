"""Small Qt helpers shared by widgets."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtCore import QObject


@contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Update a widget from the model without echoing its change signals back (napari)."""
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)


_collector: list[object] = []


def collect_garbage_in_main_thread() -> None:
    """Run Python's cyclic garbage collector only from the UI thread's event loop (pyqtgraph's collector).

    Left automatic, a collection starts in whichever thread happens to allocate — a cache worker building
    shapely geometries — and may free a window's Qt objects there: Qt's destructor takes the object's lock and
    waits for the GIL while the UI thread, holding the GIL, waits for that lock. That deadlock was caught with
    gdb in the UI tests (docs/decisions.md). Idempotent; needs a QApplication.
    """
    if _collector:
        return
    from pyqtgraph.util.garbage_collector import GarbageCollector

    _collector.append(GarbageCollector(interval=1.0))
