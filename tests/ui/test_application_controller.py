"""The application controller on its own: real docks, a real task runner on a copy of the demo district, and a
plain QMainWindow to hold them, without the main window's map loading, sync, editing or menus."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow

from landdesk.domain.errors import LandDeskError
from landdesk.map.canvas import MapCanvas
from landdesk.services.parcels import find
from landdesk.storage import open_cache
from landdesk.ui.application_controller import ApplicationController
from landdesk.ui.docks.checks_dock import ChecksDock
from landdesk.ui.docks.inspector_dock import ParcelInspectorDock
from landdesk.ui.docks.monitoring_dock import MonitoringDock
from landdesk.ui.docks.queue_dock import ApplicationQueueDock
from landdesk.ui.workers import TaskRunner
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import pending_application

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    import shapely
    from pytestqt.qtbot import QtBot

    from landdesk.services.prechecks import ApplicationChecks


@dataclass
class Harness:
    controller: ApplicationController
    host: QMainWindow
    cache_path: Path
    errors: list[BaseException] = field(default_factory=list)
    zooms: list[tuple[shapely.Geometry, float]] = field(default_factory=list)
    map_reloads: list[None] = field(default_factory=list)

    def status(self, number: str) -> str:
        with open_cache(self.cache_path, read_only=True) as cache:
            return str(cache.connection.execute("SELECT status FROM applications WHERE number = ?",
                                                (number,)).fetchone()[0])


@pytest.fixture
def harness(qtbot: QtBot, demo_cache_file: Path) -> Iterator[Harness]:
    host = QMainWindow()
    qtbot.addWidget(host)
    tasks = TaskRunner(demo_cache_file, host)
    canvas = MapCanvas(host)
    host.setCentralWidget(canvas)
    queue, checks, inspector, monitoring = (ApplicationQueueDock(host), ChecksDock(host), ParcelInspectorDock(host),
                                            MonitoringDock(host))
    host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector)
    host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, checks)
    host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, queue)
    host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, monitoring)
    host.tabifyDockWidget(queue, monitoring)
    queue.raise_()
    zooms: list[tuple[shapely.Geometry, float]] = []

    def zoom_to(geometry: shapely.Geometry, *, context: float = 4.0) -> None:
        zooms.append((geometry, context))

    controller = ApplicationController(tasks, queue=queue, checks_dock=checks, inspector=inspector,
                                       monitoring_dock=monitoring, canvas=canvas, status_bar=host.statusBar(),
                                       zoom_to=zoom_to, cache_path=demo_cache_file, today=DEMO_TODAY, parent=host)
    found = Harness(controller, host, demo_cache_file, zooms=zooms)
    tasks.on_error = found.errors.append
    controller.parcels_changed.connect(lambda: found.map_reloads.append(None))
    host.resize(1200, 800)
    host.show()
    qtbot.waitExposed(host)
    yield found
    canvas.tiles.shutdown()
    tasks.shutdown()
    host.close()


def _checks_of(harness: Harness, qtbot: QtBot, number: str) -> ApplicationChecks:
    with qtbot.waitSignal(harness.controller.checks_shown, timeout=15000) as shown:
        harness.controller.run_checks(number)
    return shown.args[0]


def test_a_selected_queue_row_shows_its_checks_steps_and_requested_plot(harness: Harness, qtbot: QtBot) -> None:
    controller = harness.controller
    number = pending_application(harness.cache_path, "RED_LINE")
    controller.reload_queue()
    qtbot.waitUntil(lambda: controller.queue.model.rows != [], timeout=15000)
    row = next(r for r in controller.queue.model.rows if r.number == number)
    with qtbot.waitSignal(controller.checks_shown, timeout=15000) as checked, \
            qtbot.waitSignal(controller.steps_shown, timeout=15000) as stepped:
        controller.queue.application_selected.emit(row)
    checks, steps = checked.args[0], stepped.args[0]
    assert checks.number == number
    assert not checks.passed
    assert number in controller.checks_dock.title.text()
    assert controller.checks_dock.steps_table.rowCount() == len(steps.steps) > 0
    qtbot.waitUntil(lambda: harness.zooms != [], timeout=15000)             # the requested plot, found in the reader
    plot, context = harness.zooms[0]
    with open_cache(harness.cache_path, read_only=True) as cache:
        requested = find(cache, number)
    assert requested is not None
    assert requested.geometry is not None
    assert plot.equals(requested.geometry)
    assert context == 4.0
    assert not controller.canvas.highlight_item.path().isEmpty()
    controller.checks_dock.table.setCurrentCell(0, 1)                       # the failed check: its red line
    assert len(harness.zooms) == 2
    assert harness.zooms[1][1] == 1.5
    assert not harness.zooms[1][0].equals(plot)
    assert harness.errors == []


def test_a_refusal_is_recorded_its_documents_written_and_the_map_read_again(harness: Harness, qtbot: QtBot) -> None:
    controller = harness.controller
    number = pending_application(harness.cache_path, "RED_LINE")
    dialog = controller.open_decision(_checks_of(harness, qtbot, number), refuse=True)
    assert controller.decision_dialog is dialog
    assert dialog.isVisible()
    assert dialog.chosen_grounds() == ("R-NOT-PRIVATE",)
    with qtbot.waitSignal(controller.decided, timeout=30000) as decided, \
            qtbot.waitSignal(controller.documents_written, timeout=30000) as written:
        dialog.accept()
    record, paths = decided.args[0], written.args[0]
    assert record.kind == "REFUSE"
    assert harness.status(number) == "REFUSED"
    assert harness.map_reloads == [None], "the released parcel changes colour on the map"
    assert [p.name for p in paths] == [f"{number}-refuse-ru.pdf", f"{number}-refuse-kk.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)
    assert controller.last_documents == paths
    assert "Documents saved" in harness.host.statusBar().currentMessage()
    qtbot.waitUntil(lambda: any(r.number == number and r.status == "REFUSED" for r in controller.queue.model.rows),
                    timeout=10000)


def test_a_refusal_without_a_ground_reaches_the_error_handler_and_changes_nothing(harness: Harness,
                                                                                qtbot: QtBot) -> None:
    controller = harness.controller
    number = pending_application(harness.cache_path, "OVERSIZE")
    dialog = controller.open_decision(_checks_of(harness, qtbot, number), refuse=True)
    for k in range(dialog.grounds.count()):
        dialog.grounds.item(k).setCheckState(Qt.CheckState.Unchecked)
    decided: list[object] = []
    controller.decided.connect(decided.append)
    dialog.accept()
    qtbot.waitUntil(lambda: harness.errors != [], timeout=15000)
    assert isinstance(harness.errors[0], LandDeskError)
    assert "names no legal ground" in harness.errors[0].what_happened()
    assert (decided, harness.map_reloads) == ([], [])
    assert harness.status(number) != "REFUSED"


def test_next_step_moves_the_application_on(harness: Harness, qtbot: QtBot) -> None:
    controller = harness.controller
    with open_cache(harness.cache_path, read_only=True) as cache:
        number = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' "
                                              "ORDER BY number LIMIT 1").fetchone()[0])
    with qtbot.waitSignal(controller.advanced, timeout=15000) as moved:
        controller.checks_dock.advance_requested.emit(number)
    assert moved.args == [number, "ARCHITECTURE_CHECK"]
    assert harness.status(number) == "ARCHITECTURE_CHECK"
    assert number in harness.host.statusBar().currentMessage()
    assert harness.map_reloads == [], "moving a step on changes no parcel"


def test_a_withdrawal_frees_the_parcel_and_reads_the_map_again(harness: Harness, qtbot: QtBot) -> None:
    controller = harness.controller
    number = pending_application(harness.cache_path, "PASS")
    dialog = controller.open_withdrawal(number)
    assert controller.step_dialog is dialog
    dialog.reason.setPlainText("Заявление об отзыве № 9 от 20.11.2026")
    with qtbot.waitSignals([controller.step_recorded, controller.parcels_changed], timeout=15000):
        dialog.accept()
    with open_cache(harness.cache_path, read_only=True) as cache:
        status, parcel = cache.connection.execute(
            "SELECT a.status, p.status FROM applications a JOIN parcels p ON p.uid = a.parcel_uid "
            "WHERE a.number = ?", (number,)).fetchone()
    assert (status, parcel) == ("WITHDRAWN", "FREE")
    assert f"Application {number} withdrawn." in harness.host.statusBar().currentMessage()


def test_monitoring_is_computed_when_its_tab_shows_and_exported_as_csv(harness: Harness, qtbot: QtBot,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       tmp_path: Path) -> None:
    controller = harness.controller
    with qtbot.waitSignal(controller.monitoring_shown, timeout=15000) as shown:
        controller.monitoring_dock.raise_()
    report = shown.args[0]
    assert controller.monitoring_dock.report is report
    target = tmp_path / "figures.csv"
    asked: list[str] = []

    def save_name(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), _filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    controller.monitoring_dock.export_requested.emit()
    assert asked == [str(harness.cache_path.with_name(f"monitoring-{report.today}.csv"))]
    with target.open(encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert ["summary", "decided", str(report.decided)] in rows
    assert str(target) in harness.host.statusBar().currentMessage()


def test_the_inspector_asks_for_the_land_cadastral_plan(harness: Harness, qtbot: QtBot) -> None:
    with open_cache(harness.cache_path, read_only=True) as cache:
        number = str(cache.connection.execute("SELECT cadastral_number FROM parcels WHERE status = 'REGISTERED' "
                                              "ORDER BY fid LIMIT 1").fetchone()[0])
    with qtbot.waitSignal(harness.controller.documents_written, timeout=30000) as written:
        harness.controller.inspector.plan_requested.emit(number)
    assert [p.name for p in written.args[0]] == [f"{number}-plan-ru.pdf", f"{number}-plan-kk.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written.args[0])
