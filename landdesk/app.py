"""Composition root: the only module that builds and wires every layer."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from landdesk.domain.errors import LandDeskError
from landdesk.storage import open_cache

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QApplication, QWidget

    from landdesk.settings import Loaded, Settings
    from landdesk.ui.main_window import MainWindow
    from landdesk.ui.welcome import WelcomeWindow

_windows: list[MainWindow] = []     # keeps windows opened from File → Open alive
_pages: list[WelcomeWindow] = []    # and the welcome page


def application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LandDesk")
    app.setOrganizationName("LandDesk")
    from landdesk.ui.qt import collect_garbage_in_main_thread

    collect_garbage_in_main_thread()
    apply_settings(load_settings().settings)
    return app


def load_settings() -> Loaded:
    from landdesk.settings import load

    return load()


def apply_settings(settings: Settings) -> None:
    """Language, units and map defaults for the windows built from now on."""
    from landdesk.ui import units
    from landdesk.ui.i18n import choose_language, install_language

    install_language(choose_language(settings.language))
    units.set_units(settings.area_unit, settings.length_unit)


def open_window(path: str | os.PathLike[str], *, today: date | None = None) -> MainWindow:
    """Open a cache in a new main window (the window's workers open their own connections)."""
    from PySide6.QtCore import Qt

    from landdesk.diagnostics import begin_session, end_session
    from landdesk.ui.i18n import render
    from landdesk.ui.main_window import MainWindow

    loaded = load_settings()
    with open_cache(Path(path)) as cache:      # checks the file and upgrades its schema before the window opens
        recovery = begin_session(cache)        # after a crash or power cut: the cache is checked first
        window = MainWindow(cache, today=today, preferences=loaded.settings)
        cache_path = cache.path
    _remember_recent(loaded.settings, cache_path)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    # The marker goes when the last window on this cache closes (Settings reopens a window on the same cache).
    window.destroyed.connect(lambda *_: None if any(w.cache_path == cache_path for w in _windows)
                             else end_session(cache_path))
    if recovery.unclean:
        window.show_notice(render(recovery.message()), warning=bool(recovery.problems))
    if loaded.note is not None:
        window.show_notice(render(loaded.note), warning=True)
    _windows.append(window)
    window.open_requested.connect(lambda other: (open_window(other, today=today), window.close()))
    window.reopen_requested.connect(lambda chosen: _reopen(window, chosen, today))
    if window.width() < 400:
        window.resize(1400, 900)
    window.show()
    return window


def _reopen(window: MainWindow, chosen: Settings, today: date | None) -> MainWindow:
    """Settings changed: a new window on the same cache, in the new language and units, where the old one was."""
    apply_settings(chosen)
    window.save_layout()
    opened = open_window(window.cache_path, today=today)
    window.close()
    return opened


def _remember_recent(settings: Settings, cache_path: Path) -> None:
    from landdesk.settings import save

    try:
        save(settings.with_recent(cache_path))
    except OSError as err:                 # a read-only profile must not stop the window from opening
        log.warning("could not remember %s in the settings: %s", cache_path, err)


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


def run_start(*, welcome: bool = False, today: date | None = None) -> int:
    """`landdesk` with no cache named: the last cache used, or the welcome page when there is none."""
    app = application()
    from landdesk.diagnostics import install

    install(report=_report_internal_error)
    last = next((p for p in load_settings().settings.recent_caches if Path(p).exists()), None)
    window: QWidget
    try:
        window = open_window(last, today=today) if last is not None and not welcome else show_welcome(today=today)
    except LandDeskError as error:       # the last cache is damaged or locked: say so on the welcome page
        from landdesk.ui.welcome import show_failure

        window = show_welcome(today=today)
        show_failure(window, error)
    if os.environ.get("LANDDESK_EXIT_AFTER_SHOW"):
        app.processEvents()
        window.close()
        return 0
    return int(app.exec())


def show_welcome(*, today: date | None = None) -> WelcomeWindow:
    """Open a cache, clone a district or build the demo; the welcome page closes when a window opens."""
    from PySide6.QtCore import Qt

    from landdesk.demo import build as demo_build
    from landdesk.demo.build import build_demo
    from landdesk.services.sync import clone_district
    from landdesk.settings import save
    from landdesk.ui.i18n import tr
    from landdesk.ui.settings_dialog import SettingsDialog
    from landdesk.ui.welcome import Background, CloneDialog, WelcomeWindow, show_failure

    settings = load_settings().settings
    page = WelcomeWindow(settings.recent_caches)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _pages.append(page)
    page.destroyed.connect(lambda *_: _pages.remove(page) if page in _pages else None)

    def open_cache_window(path: str) -> None:
        try:
            open_window(path, today=today)
        except Exception as error:  # noqa: BLE001 - a broken file is reported, the page stays
            show_failure(page, error)
        else:
            page.close()

    def demo() -> None:
        target = demo_build.default_demo_path()
        if target.exists():
            open_cache_window(str(target))
            return
        page.busy(tr("Building the demo district (50,000 parcels)…"))
        job = Background(page)

        def built(_result: object, error: BaseException | None) -> None:
            if error is not None:
                page.idle()
                show_failure(page, error)
            else:
                open_cache_window(str(target))
        job.progress.connect(lambda stage, _done, _total: page.status.setText(stage))
        job.finished.connect(built)
        job.start(lambda progress: build_demo(target, parcels=demo_build.DEFAULT_PARCELS, today=today,
                                              report=lambda m: progress(m, 0, 0)))

    def clone() -> None:
        dialog = CloneDialog(settings, clone_district, page)

        def cloned(path: str, chosen: Settings) -> None:
            save(chosen)
            open_cache_window(path)
        dialog.cloned.connect(cloned)
        dialog.open()

    def change_settings() -> None:
        dialog = SettingsDialog(settings, page)

        def accepted() -> None:
            chosen = dialog.chosen()
            save(chosen)
            apply_settings(chosen)
            show_welcome(today=today)            # the page again, in the new language
            page.close()
        dialog.accepted.connect(accepted)
        dialog.open()

    page.open_requested.connect(open_cache_window)
    page.demo_requested.connect(demo)
    page.clone_requested.connect(clone)
    page.settings_requested.connect(change_settings)
    page.show()
    return page


def _report_internal_error(error: BaseException, log_file: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from landdesk.ui.messages import internal_error_text

    text = internal_error_text(error, str(log_file))
    for window in _windows:
        window.show_notice(text, warning=True)
        return
    QMessageBox.critical(None, "LandDesk", text)


def render_screenshot(path: Path, out: Path, *, size: tuple[int, int] = (1600, 1000), find: str | None = None,
                      today: date | None = None, timeout: float = 120.0, language: str | None = None) -> Path:
    """Open the real main window offscreen, wait for the map and the docks, and save it as an image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from landdesk.ui.main_window import MainWindow

    application()
    if language:
        from landdesk.ui.i18n import install_language

        install_language(language)
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
