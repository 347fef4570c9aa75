"""Shared fixtures: caches are built once per test session and copied per test (Anki's getEmptyCol)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the officer's own settings, logs or language: a throwaway config directory and English unless a test asks.
os.environ["LANDDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="landdesk-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="landdesk-data-")
os.environ["LANDDESK_LANGUAGE"] = "en"


from landdesk.demo.build import build_demo
from landdesk.domain.district import District
from landdesk.storage import create_cache

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

DEMO_TODAY = date(2026, 11, 20)
DEMO_PARCELS = 3000
DEMO_SEED = 2026

TEST_DISTRICT = District(uid="6f1c0d1e-0000-4000-8000-000000000001", name="Test district", region_code="19",
                         district_code="245", srid=32642, crs_name="WGS 84 / UTM zone 42N")


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The .qm files from the committed .ts sources, as setup.sh and the bundle build them."""
    subprocess.run([sys.executable, str(Path(__file__).parents[1] / "scripts" / "translations.py"), "release"],
                   check=True, capture_output=True)


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    create_cache(path, TEST_DISTRICT).close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    build_demo(path, parcels=DEMO_PARCELS, seed=DEMO_SEED, today=DEMO_TODAY, report=lambda _m: None)
    return path


@pytest.fixture
def empty_cache_file(_empty_template: Path, tmp_path: Path) -> Path:
    """A copy of an empty cache of the test district (schema applied, no features)."""
    target = tmp_path / "empty.sqlite"
    shutil.copyfile(_empty_template, target)
    return target


@pytest.fixture
def demo_cache_file(_demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo district at 3,000 parcels, built once per session for a fixed date."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_template, target)
    return target


@pytest.fixture(scope="session")
def demo_template_readonly(_demo_template: Path) -> Path:
    """The session's demo cache itself, for tests that only read it."""
    return _demo_template


TEST_OFFICER = "Оспанов Ерлан Серикович"


@pytest.fixture(autouse=True)
def _an_officer_in_the_settings() -> None:
    """Decisions and steps are recorded under the full name in Settings (never the OS login): the tests' officer,
    unless a test has set up settings of its own."""
    from dataclasses import replace

    from landdesk.settings import load, save

    current = load().settings
    if not current.officer_name:
        save(replace(current, officer_name=TEST_OFFICER))


@pytest.fixture(autouse=True)
def _garbage_collected_in_the_ui_thread(request: pytest.FixtureRequest) -> None:
    """As the application does, for tests with Qt: cycles are collected from the event loop, never in a worker
    thread (where freeing Qt objects deadlocks against the UI thread)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from landdesk.ui.qt import collect_garbage_in_main_thread

        request.getfixturevalue("qapp")
        collect_garbage_in_main_thread()


@pytest.fixture
def window_on(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[Path], Any]]:
    """Opens the real main window on a cache file, as the officer would see it, with a layout file of its own;
    every window it opened is closed at the end, and their cycles collected in this thread."""
    import gc

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from landdesk.storage import open_cache
    from landdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    opened: list[MainWindow] = []

    def make(path: Path) -> MainWindow:
        with open_cache(path) as cache:
            window = MainWindow(cache, today=DEMO_TODAY, settings=settings)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        assert window.wait_until_settled(60), "the map never finished loading"
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
    QApplication.processEvents()
    gc.collect()            # the closed windows' cycles go now, in this thread
