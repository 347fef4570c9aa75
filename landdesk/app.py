"""Composition root: the only module that builds and wires every layer."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path


def run_window(path: Path) -> int:
    """Open a cache in the main window and run until it closes."""
    from PySide6.QtWidgets import QApplication

    from landdesk.ui.main_window import MainWindow

    cache = open_cache(path)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LandDesk")
    app.setOrganizationName("LandDesk")
    window = MainWindow(cache)
    window.resize(1400, 900)
    window.show()
    if os.environ.get("LANDDESK_EXIT_AFTER_SHOW"):   # smoke runs: paint once, then leave
        app.processEvents()
        return 0
    try:
        return int(app.exec())
    finally:
        cache.close()
