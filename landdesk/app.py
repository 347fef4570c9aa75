"""Composition root: the only module that builds and wires every layer."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from landdesk.storage import open_cache

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from landdesk.ui.main_window import MainWindow

_windows: list[MainWindow] = []     # keeps windows opened from File → Open alive


def application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LandDesk")
    app.setOrganizationName("LandDesk")
    from landdesk.ui.qt import collect_garbage_in_main_thread

    collect_garbage_in_main_thread()
    return app


def open_window(path: str | os.PathLike[str], *, today: date | None = None) -> MainWindow:
    """Open a cache in a new main window (the window's workers open their own connections)."""
    from PySide6.QtCore import Qt

    from landdesk.diagnostics import begin_session, end_session
    from landdesk.ui.i18n import render
    from landdesk.ui.main_window import MainWindow

    with open_cache(Path(path)) as cache:      # checks the file and upgrades its schema before the window opens
        recovery = begin_session(cache)        # after a crash or power cut: the cache is checked first
        window = MainWindow(cache, today=today)
        cache_path = cache.path
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    window.destroyed.connect(lambda *_: end_session(cache_path))
    if recovery.unclean:
        window.show_notice(render(recovery.message()), warning=bool(recovery.problems))
    _windows.append(window)
    window.open_requested.connect(lambda other: (open_window(other, today=today), window.close()))
    if window.width() < 400:
        window.resize(1400, 900)
    window.show()
    return window


def run_window(path: Path, *, today: date | None = None) -> int:
    """Open a cache in the main window and run until it closes."""
    app = application()
    from landdesk.diagnostics import install

    install(report=_report_internal_error)
    window = open_window(path, today=today)
    if os.environ.get("LANDDESK_EXIT_AFTER_SHOW"):   # smoke runs: load, paint once, then leave
        window.wait_until_settled(timeout=120)
        window.close()
        return 0
    return int(app.exec())


def _report_internal_error(error: BaseException, log_file: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from landdesk.ui.messages import internal_error_text

    text = internal_error_text(error, str(log_file))
    for window in _windows:
        window.show_notice(text, warning=True)
        return
    QMessageBox.critical(None, "LandDesk", text)


def render_screenshot(path: Path, out: Path, *, size: tuple[int, int] = (1600, 1000), find: str | None = None,
                      today: date | None = None, timeout: float = 120.0) -> Path:
    """Open the real main window offscreen, wait for the map and the docks, and save it as an image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from landdesk.ui.main_window import MainWindow

    application()
    settings = QSettings(str(out.with_suffix(".layout.ini")), QSettings.Format.IniFormat)  # never the officer's layout
    with open_cache(path) as cache:
        window = MainWindow(cache, today=today, settings=settings)
    window.resize(*size)
    window.show()
    try:
        if not window.wait_until_settled(timeout):
            raise TimeoutError(f"the map did not finish drawing within {timeout:.0f} s")
        if find:
            window.find_text(find)
            window.wait_until_settled(timeout)
            if window.find_dialog.isVisible():
                raise LookupError(find)
            window.wait_until_settled(timeout)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise OSError(f"could not write {out}")
    finally:
        window.close()
        Path(settings.fileName()).unlink(missing_ok=True)
    return out
