"""Waiting until the window has settled: the map loaded, no task running, every tile of the view painted
(headless screenshots and tests). Mixed into MainWindow."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtWidgets import QApplication


class Settling:
    map_loaded: bool
    tasks: Any
    canvas: Any

    def is_settled(self) -> bool:
        return self.map_loaded and self.tasks.is_idle() and self.canvas.tiles.is_idle()

    def wait_until_settled(self, timeout: float = 60.0) -> bool:
        deadline = time.monotonic() + timeout
        app = QApplication.instance()
        while time.monotonic() < deadline:
            app.processEvents()  # type: ignore[union-attr]
            if self.is_settled():
                app.processEvents()  # type: ignore[union-attr]
                if self.is_settled():
                    return True
            time.sleep(0.01)
        return False
