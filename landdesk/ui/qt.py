"""Small Qt helpers shared by widgets."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QDialog, QDialogButtonBox


@contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Update a widget from the model without echoing its change signals back (napari)."""
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)


def ok_cancel(dialog: QDialog, ok_text: str = "", *, on_ok: Callable[[], object] | None = None,
              on_cancel: Callable[[], object] | None = None) -> QDialogButtonBox:
    """The OK/Cancel row of a LandDesk dialog: OK says what it does, Cancel is in the officer's language (Qt's
    own translation has no Kazakh "Cancel" everywhere), and they accept and reject the dialog unless told."""
    from PySide6.QtWidgets import QDialogButtonBox

    from landdesk.ui.i18n import tr

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(on_cancel or dialog.reject)
    return buttons


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
