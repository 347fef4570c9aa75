"""The main window on the demo district: what the officer sees, probed pixel by pixel."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from landdesk.map.styles import BACKGROUND, PARCEL_STATUS_STYLE
from landdesk.storage import Cache, open_cache
from landdesk.storage.features import read_features
from landdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.fixture
def window(qtbot: QtBot, demo_cache_file: Path) -> Iterator[MainWindow]:
    cache = open_cache(demo_cache_file)
    win = MainWindow(cache)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    cache.close()


def _pixel(window: MainWindow, x: float, y: float) -> tuple[int, int, int]:
    canvas = window.canvas
    scene = canvas.getViewBox().mapViewToScene(QPointF(x, y))
    widget = canvas.mapFromScene(scene)
    image: QImage = canvas.grab().toImage()
    scale = image.width() / canvas.width()
    color = QColor(image.pixel(int(widget.x() * scale), int(widget.y() * scale)))
    return color.red(), color.green(), color.blue()


def _parcel_with_status(cache: Cache, status: str) -> shapely.Geometry:
    features = read_features(cache, "parcels", columns=("status",))
    return next(g for g, s in zip(features.geometries, features.columns["status"], strict=True) if s == status)


def test_a_free_parcel_is_drawn_in_the_free_colour(window: MainWindow, qtbot: QtBot) -> None:
    parcel = _parcel_with_status(window._cache, "FREE")
    x0, y0, x1, y1 = parcel.bounds
    window.canvas.zoom_to((x0 - 30, y0 - 30, x1 + 30, y1 + 30))
    qtbot.wait(50)
    inside = shapely.get_coordinates(shapely.point_on_surface(parcel))[0]
    assert _pixel(window, *inside) == PARCEL_STATUS_STYLE["FREE"][0][:3]


def test_a_registered_parcel_and_the_empty_land_outside(window: MainWindow, qtbot: QtBot) -> None:
    parcel = _parcel_with_status(window._cache, "REGISTERED")
    x0, y0, x1, y1 = parcel.bounds
    window.canvas.zoom_to((x0 - 200, y0 - 200, x1 + 200, y1 + 200))
    qtbot.wait(50)
    inside = shapely.get_coordinates(shapely.point_on_surface(parcel))[0]
    assert _pixel(window, *inside) == PARCEL_STATUS_STYLE["REGISTERED"][0][:3]
    district = read_features(window._cache, "district").geometries[0]
    dx0, dy0, _dx1, _dy1 = district.bounds
    window.canvas.zoom_to((dx0 - 3000, dy0 - 3000, dx0 - 1000, dy0 - 1000))
    qtbot.wait(50)
    assert _pixel(window, dx0 - 2000, dy0 - 2000) == BACKGROUND


def test_status_bar_shows_crs_file_and_cursor_position(window: MainWindow, qtbot: QtBot) -> None:
    texts = [w.text() for w in window.statusBar().findChildren(type(window._position))]
    assert any("EPSG:32642" in t for t in texts)
    assert any(str(window._cache.path) in t for t in texts)
    window._on_canvas_cursor_moved(530000.0, 4718000.0)
    assert "530,000.0" in window._position.text()
    assert "° E" in window._position.text()
    assert "42.6" in window._position.text()
