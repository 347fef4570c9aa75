"""The real main window on a copy of the demo district, with a layout file of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from landdesk.ui.i18n import install_language

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from landdesk.ui.main_window import MainWindow



@pytest.fixture(autouse=True)
def interface_language(qapp: QApplication) -> Iterator[str]:
    """English, with English number and date formats, unless a test installs another language; reset after."""
    install_language("en")
    yield "en"
    install_language("en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(window_on: Callable[[Path], MainWindow], demo_cache_file: Path) -> Callable[[], MainWindow]:
    """The real main window on a copy of the demo district (tests/conftest.py's window_on)."""
    return lambda: window_on(demo_cache_file)


@pytest.fixture
def main_window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


def pending_application(cache_path: Path, built_for: str) -> str:
    """The first undecided demo application built to meet `built_for` (PASS, RED_LINE, OVERSIZE, …), one asking for
    a free parcel first (a decision on it changes the map)."""
    from landdesk.storage import open_cache

    with open_cache(cache_path, read_only=True) as cache:
        return str(cache.connection.execute(
            "SELECT number FROM applications WHERE built_for = ? AND status IN ('RECEIVED', 'ARCHITECTURE_CHECK', "
            "'ALLOTMENT_SCHEME', 'APPROVALS', 'APPLICANT_APPROVAL', 'DECISION') ORDER BY parcel_uid IS NULL, number "
            "LIMIT 1",
            (built_for,)).fetchone()[0])


def settle(window: MainWindow) -> None:
    assert window.wait_until_settled(30)


def widget_point(window: MainWindow, x: float, y: float) -> QPointF:
    """Where a map coordinate is on the canvas widget."""
    canvas = window.canvas
    return QPointF(canvas.mapFromScene(canvas.view_box.mapViewToScene(QPointF(x, y))))


def pixel(window: MainWindow, x: float, y: float, radius: int = 0) -> list[tuple[int, int, int]]:
    """The colours the officer sees at a map coordinate (and around it, `radius` pixels each way)."""
    settle(window)
    image = window.canvas.grab().toImage()
    scale = image.width() / window.canvas.width()
    point = widget_point(window, x, y)
    px, py = round(point.x() * scale), round(point.y() * scale)
    found = []
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            colour = QColor(image.pixel(px + dx, py + dy))
            found.append((colour.red(), colour.green(), colour.blue()))
    return found


def drag(viewport: QWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """A left-button drag as a hand makes it: press, moves with the button held, release. (QTest's mouseMove
    sends no buttons under Qt 6, so pyqtgraph would see a click, not a drag.)"""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest

    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.qWait(600)          # a hand holds the button a moment: pyqtgraph takes a short move within 0.5 s for a click
    for k in range(1, steps + 1):
        point = QPointF(start + (end - start) * k / steps)
        event = QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point), Qt.MouseButton.NoButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
        QApplication.processEvents()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def double_click(viewport: QWidget, at: QPoint) -> None:
    """Press, release, double-click, release, as a mouse sends them (QTest's mouseDClick leaves out the
    releases pyqtgraph waits for)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest

    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    point = QPointF(at)
    for kind, buttons in ((QEvent.Type.MouseButtonDblClick, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        QApplication.sendEvent(viewport, QMouseEvent(kind, point, viewport.mapToGlobal(point),
                                                     Qt.MouseButton.LeftButton, buttons,
                                                     Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()
