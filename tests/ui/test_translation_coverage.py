"""The kk and ru interfaces leave nothing in English: every text the main window and the decision dialog show
(menus, toolbars, docks, tables, buttons, tooltips, status bar) is checked for English words.

Two rules: (1) the committed .ts files hold every string the code marks and a translation for each
(scripts/translations.py check); (2) in the real window, after finding an application and opening the refusal
dialog, no visible text contains a Latin word outside a short list of names that stay as they are."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTreeWidget,
    QWidget,
)

from landdesk.storage import open_cache
from landdesk.ui.i18n import install_language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Names that are the same in every language: the product, standards and formats, keys, CRS identifiers.
KEEP = {"LandDesk", "EPSG", "WGS", "UTM", "PDF", "CSV", "GeoPackage", "GeoJSON", "Ctrl", "Shift", "Esc", "Del", "e-gov"}
# Widgets whose whole text is a name from outside: the district CRS as PROJ spells it, and the cache's file path.
NAMED = {"crs_label", "path_label"}
FILE_NAME = re.compile(r"\S+\.(sqlite|landdesk|gpkg|geojson|pdf|csv)\b")


def texts_of(window: QWidget) -> Iterator[tuple[str, str]]:
    """Every text under `window` an officer can come to see (docks in other tabs, hidden buttons and menus
    included), with where it was found."""
    yield "window title", window.windowTitle()
    named = {id(getattr(window, name)) for name in NAMED if hasattr(window, name)}
    for widget in [window, *window.findChildren(QWidget)]:
        if id(widget) in named:
            continue
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if widget.toolTip():
            yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QDockWidget):
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel):
            yield where, re.sub(r"<[^>]+>", "", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit):
            yield where, widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield from ((f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            yield from ((f"{where} tab", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            items = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while items:
                item = items.pop()
                yield f"{where} item", item.text(0)
                items += [item.child(i) for i in range(item.childCount())]
        elif isinstance(widget, QListWidget):
            yield from ((f"{where} item", widget.item(i).text()) for i in range(widget.count()))
        elif isinstance(widget, QTableView):
            model = widget.model()
            for column in range(model.columnCount()):
                yield f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(), 30)):
                    yield f"{where} cell", str(model.index(row, column).data() or "")
        elif isinstance(widget, QMenu):
            yield where, widget.title()
    for action in window.findChildren(type(window.actions()[0])) if window.actions() else []:
        yield "action", action.text()
        yield "action status tip", action.statusTip()
        yield "action tooltip", action.toolTip()


def english_in(texts: Iterator[tuple[str, str]]) -> list[str]:
    found = []
    for where, text in texts:
        words = LATIN_WORD.findall(FILE_NAME.sub("", text))
        words = [w for w in words if w not in KEEP and not re.fullmatch(r"R-[A-Z0-9-]+", w)]
        if words:
            found.append(f"{where}: {text!r} ({', '.join(words)})")
    return sorted(set(found))


def test_every_marked_string_is_collected_and_translated() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "check"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_the_main_window_and_the_decision_dialog_show_no_english(
        language: str, open_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    install_language(language)
    window = open_window()
    with open_cache(window._cache_path, read_only=True) as cache:   # one early in its procedure: no utility yet
        number = cache.connection.execute(       # (their names are company names), with a failed check to show
            "SELECT number FROM applications WHERE status IN ('RECEIVED', 'ARCHITECTURE_CHECK', 'ALLOTMENT_SCHEME') "
            "ORDER BY built_for = 'PASS', number LIMIT 1").fetchone()[0]
    window.find_text(number)
    qtbot.waitUntil(lambda: window.checks_dock.checks is not None and window.checks_dock.steps_table.rowCount() > 0,
                    timeout=20000)
    with qtbot.waitSignal(window.details_shown, timeout=20000):          # a parcel in the inspector too
        window.show_parcel(window.canvas.layers.fid_at("parcels", 0))
    window._on_canvas_cursor_moved(*window.canvas.view_centre())
    window.monitoring_dock.raise_()                                     # its figures are computed when shown
    qtbot.waitUntil(lambda: window.monitoring_dock.report is not None, timeout=20000)
    leaks = english_in(texts_of(window))
    applications = window.applications
    qtbot.waitUntil(lambda: window.checks_dock.allowed is not None, timeout=20000)   # the guard's tooltips too
    leaks += english_in(texts_of(window.checks_dock))
    checks = window.checks_dock.checks
    assert checks is not None
    for refusing in (True, False):                    # both forms of the decision dialog (approve is not allowed
        dialog = applications.open_decision(checks, refuse=refusing)     # yet for 2026-0074, so opened directly)
        leaks += english_in(texts_of(dialog))
        dialog.reject()
    for other in (applications.open_registration(), applications.open_cancellation("2026-0074")):
        leaks += english_in(texts_of(other))
        other.reject()
    assert not leaks, "\n".join(leaks)


def test_the_rule_catches_english(open_window: Callable[[], MainWindow]) -> None:
    """The check itself: in English the same walk finds the menus' words."""
    window = open_window()
    leaks = english_in(texts_of(window))
    assert any("&File" in leak for leak in leaks)
