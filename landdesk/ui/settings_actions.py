"""File → Settings… and what the settings change in the window: the status bar's coordinates (display CRS) and
the parcels' default style. Mixed into MainWindow (like SyncActions) to keep the window class small."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyproj import Transformer
from pyproj.exceptions import CRSError

from landdesk.services.sync import clone_district
from landdesk.settings import Settings, save
from landdesk.ui.i18n import number, tr
from landdesk.ui.settings_dialog import SettingsDialog
from landdesk.ui.welcome import CloneDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QAction


class SettingsActions:
    """Needs from the window: _action, preferences, _district, position_label, layers_dock, show_notice."""

    preferences: Settings
    settings_action: QAction

    def _build_settings(self: Any, preferences: Settings | None) -> None:
        self.preferences = preferences or Settings()
        self.settings_action = self._action(tr("Se&ttings…"), self.open_settings, "Ctrl+,",
                                            tr("Interface language, registry, district, coordinates, units"))
        self.clone_action = self._action(tr("&Clone district…"), self.open_clone, None,
                                         tr("Make a new cache of a district from the registry and open it"))
        self._to_display = Transformer.from_crs(f"EPSG:{self._district.srid}", "EPSG:4326", always_xy=True)
        self._display_name = ""
        if self.preferences.display_crs and self.preferences.display_crs != "EPSG:4326":
            try:
                self._to_display = Transformer.from_crs(f"EPSG:{self._district.srid}", self.preferences.display_crs,
                                                        always_xy=True)
                self._display_name = self.preferences.display_crs
            except CRSError:
                self.show_notice(tr("The display CRS {crs} is not known; coordinates are shown in the district's CRS "
                                    "and WGS 84. Choose another in Settings.").format(crs=self.preferences.display_crs),
                                 warning=True)
        if self.preferences.parcels_by != "status":
            index = self.layers_dock.classify.findData(self.preferences.parcels_by)
            if index >= 0:
                self.layers_dock.classify.setCurrentIndex(index)

    def position_text(self: Any, x: float, y: float) -> str:
        """The cursor's coordinates: the district's X/Y and degrees, or only the CRS chosen in Settings."""
        a, b = self._to_display.transform(x, y)
        if self._display_name:
            return f"{self._display_name}  X {number(a, 1)}  Y {number(b, 1)}"
        degrees = tr("{lon}° E  {lat}° N").format(lon=number(a, 6, grouped=False), lat=number(b, 6, grouped=False))
        if self.preferences.display_crs == "EPSG:4326":
            return degrees
        return f"X {number(x, 1)}  Y {number(y, 1)} {tr('m')}   {degrees}"

    def open_clone(self: Any) -> None:
        dialog = CloneDialog(self.preferences, clone_district, self)
        self.clone_dialog = dialog

        def cloned(path: str, chosen: Settings) -> None:
            save(chosen)
            self.open_requested.emit(path)
        dialog.cloned.connect(cloned)
        dialog.open()

    def open_settings(self: Any) -> None:
        dialog = SettingsDialog(self.preferences, self)
        self.settings_dialog = dialog

        def accepted() -> None:
            chosen = dialog.chosen()
            save(chosen)
            if chosen != self.preferences:
                self.reopen_requested.emit(chosen)
        dialog.accepted.connect(accepted)
        dialog.open()
