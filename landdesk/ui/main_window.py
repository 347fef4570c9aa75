"""The officer's main window: the map in the centre, coordinates and the cache in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from pyproj import Transformer
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from landdesk.map.batches import rings_path
from landdesk.map.canvas import MapCanvas, PathLayerItem
from landdesk.map.styles import (
    PARCEL_STATUS_STYLE,
    RED_LINE,
    SETTLEMENT_OUTLINE,
    WATER_FILL,
    WATER_OUTLINE,
)
from landdesk.storage.district import load_district
from landdesk.storage.features import layer_extent, read_features

if TYPE_CHECKING:
    from landdesk.storage import Cache


class MainWindow(QMainWindow):
    def __init__(self, cache: Cache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        district = load_district(cache)
        self.setWindowTitle(f"LandDesk — {district.name_ru or district.name}")
        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self._to_wgs84 = Transformer.from_crs(f"EPSG:{district.srid}", "EPSG:4326", always_xy=True)
        self._position = QLabel(self)
        self.statusBar().addWidget(self._position, 1)
        self.statusBar().addPermanentWidget(QLabel(f"EPSG:{district.srid} {district.crs_name}", self))
        self.statusBar().addPermanentWidget(QLabel(str(cache.path), self))
        self.canvas.cursor_moved.connect(self._on_canvas_cursor_moved)
        self._load_layers()
        extent = layer_extent(cache, "parcels") or layer_extent(cache, "district")
        if extent:
            self.canvas.zoom_to(extent)

    def _load_layers(self) -> None:
        water = read_features(self._cache, "water_bodies")
        self.canvas.add_layer(PathLayerItem(rings_path(water.geometries), fill=WATER_FILL, outline=WATER_OUTLINE, z=1))
        parcels = read_features(self._cache, "parcels", columns=("status",))
        statuses = np.asarray(parcels.columns["status"], dtype=object)
        for status, (fill, outline) in PARCEL_STATUS_STYLE.items():
            chosen = parcels.geometries[statuses == str(status)]
            if len(chosen):
                self.canvas.add_layer(PathLayerItem(rings_path(chosen), fill=fill, outline=outline, z=2))
        red = read_features(self._cache, "red_lines")
        self.canvas.add_layer(PathLayerItem(rings_path(red.geometries), fill=None, outline=RED_LINE, width=1.5, z=3))
        settlements = read_features(self._cache, "settlements")
        self.canvas.add_layer(PathLayerItem(rings_path(settlements.geometries), fill=None,
                                            outline=SETTLEMENT_OUTLINE, width=2.0, z=4))

    def _on_canvas_cursor_moved(self, x: float, y: float) -> None:
        lon, lat = self._to_wgs84.transform(x, y)
        self._position.setText(f"X {x:,.1f}  Y {y:,.1f} m   |   {lon:.6f}° E  {lat:.6f}° N")
