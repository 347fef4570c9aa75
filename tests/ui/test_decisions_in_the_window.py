"""From the queue to a decision, as the officer does it: select, read the checks, refuse on a ground."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from landdesk.storage import open_cache
from tests.procedure_walk import walk_to_decision
from tests.ui.conftest import pending_application

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow


def _row_of(window: MainWindow, number: str) -> int:
    proxy = window.queue.proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == number)


def _pending(window: MainWindow, built_for: str) -> str:
    return pending_application(window._cache_path, built_for)


def test_select_read_the_failed_check_see_it_on_the_map_and_refuse(main_window: MainWindow, qtbot: QtBot) -> None:
    number = _pending(main_window, "RED_LINE")
    with qtbot.waitSignal(main_window.applications.checks_shown, timeout=15000) as shown:
        main_window.queue.table.selectRow(_row_of(main_window, number))
    checks = shown.args[0]
    dock = main_window.checks_dock
    assert number in dock.title.text()
    assert "failed checks: 1" in dock.title.text()
    failed_row = 0                                          # failures come first
    assert dock.table.item(failed_row, 0).text() == "no red lines\nfail"
    assert "m of red line" in dock.table.item(failed_row, 1).text()
    assert "Ground: R-NOT-PRIVATE" in dock.table.item(failed_row, 1).text()
    assert all("fail" not in dock.table.item(r, 0).text() for r in range(1, dock.table.rowCount()))
    dock.table.setCurrentCell(failed_row, 1)
    assert not main_window.canvas.highlight_item.path().isEmpty(), "the red line inside the plot is shown"
    qtbot.mouseClick(dock.refuse, Qt.MouseButton.LeftButton)
    dialog = main_window.applications.decision_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.chosen_grounds() == ("R-NOT-PRIVATE",), "the failed check's ground is proposed"
    # the motivation in both documents' languages, offered from the ground's standard texts with its article
    assert "ст. 26" in dialog.motivation.toPlainText()
    assert "26-бап" in dialog.motivation_kk.toPlainText()
    dialog.act_number.setText("№ 601")
    with qtbot.waitSignal(main_window.applications.documents_written, timeout=30000) as written:
        dialog.accept()
    assert [p.name for p in written.args[0]] == [f"{number}-refuse-ru.pdf", f"{number}-refuse-kk.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written.args[0])
    with open_cache(main_window._cache_path, read_only=True) as cache:
        grounds = cache.connection.execute("SELECT d.grounds FROM decisions d JOIN applications a ON "
                                           "a.uid = d.application_uid WHERE a.number = ?", (number,)).fetchone()[0]
    assert grounds == '["R-NOT-PRIVATE"]'
    qtbot.waitUntil(lambda: any(r.number == number and r.status == "REFUSED" for r in main_window.queue.model.rows),
                    timeout=10000)
    with open_cache(main_window._cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT status FROM applications WHERE number = ?",
                                        (number,)).fetchone()[0] == "REFUSED"
    assert checks.number == number


def test_an_approval_repaints_the_granted_parcel(main_window: MainWindow, qtbot: QtBot) -> None:
    from landdesk.map.styles import PARCEL_BY_STATUS
    from tests.ui.conftest import pixel, settle

    number = _pending(main_window, "PASS")
    with open_cache(main_window._cache_path) as cache:
        walk_to_decision(cache, number, main_window._today)
        fid = cache.connection.execute("SELECT p.fid FROM applications a JOIN parcels p ON p.uid = a.parcel_uid "
                                       "WHERE a.number = ?", (number,)).fetchone()[0]
    for key in ("gp_zones", "dpp_zones", "applications"):
        main_window.layers_dock.item_for(key).setCheckState(0, Qt.CheckState.Unchecked)
    layers = main_window.canvas.layers
    parcel = layers.geometry("parcels", layers.index_of_fid("parcels", fid))
    x0, y0, x1, y1 = parcel.bounds
    main_window.canvas.zoom_to((x0 - 30, y0 - 30, x1 + 30, y1 + 30), padding=0)
    settle(main_window)
    corner = parcel.buffer(-3).exterior.coords[0]
    before = pixel(main_window, *corner)[0]
    assert before != PARCEL_BY_STATUS["REGISTERED"].fill[:3]
    with qtbot.waitSignal(main_window.applications.checks_shown, timeout=15000):
        main_window.queue.table.selectRow(_row_of(main_window, number))
    main_window.canvas.zoom_to((x0 - 30, y0 - 30, x1 + 30, y1 + 30), padding=0)
    dialog = main_window.applications.open_decision(main_window.checks_dock.checks, refuse=False)
    with qtbot.waitSignal(main_window.map_reloaded, timeout=20000):
        dialog.accept()
    main_window.canvas.show_highlight(np.empty(0, dtype=object))     # the requested plot's outline
    assert pixel(main_window, *corner)[0] == PARCEL_BY_STATUS["REGISTERED"].fill[:3]


def test_a_refusal_without_a_ground_is_refused_and_said_so(main_window: MainWindow, qtbot: QtBot) -> None:
    number = _pending(main_window, "OVERSIZE")
    with qtbot.waitSignal(main_window.applications.checks_shown, timeout=15000):
        main_window.queue.table.selectRow(_row_of(main_window, number))
    dialog = main_window.applications.open_decision(main_window.checks_dock.checks, refuse=True)
    for k in range(dialog.grounds.count()):
        dialog.grounds.item(k).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    qtbot.waitUntil(lambda: main_window.last_error is not None, timeout=15000)
    assert "names no legal ground" in main_window.last_error.what_happened()
    boxes = [w for w in main_window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes
    assert "Choose at least one refusal ground" in boxes[0].text()
    with open_cache(main_window._cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT status FROM applications WHERE number = ?",
                                        (number,)).fetchone()[0] != "REFUSED"


def test_next_step_moves_a_received_application_and_the_queue_shows_it(main_window: MainWindow, qtbot: QtBot) -> None:
    with open_cache(main_window._cache_path, read_only=True) as cache:
        number = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' "
                                              "ORDER BY number LIMIT 1").fetchone()[0])
    with qtbot.waitSignal(main_window.applications.checks_shown, timeout=15000):
        main_window.queue.table.selectRow(_row_of(main_window, number))
    with qtbot.waitSignal(main_window.applications.advanced, timeout=15000) as moved:
        qtbot.mouseClick(main_window.checks_dock.advance, Qt.MouseButton.LeftButton)
    assert moved.args == [number, "ARCHITECTURE_CHECK"]
    qtbot.waitUntil(lambda: any(r.number == number and r.status == "ARCHITECTURE_CHECK"
                                for r in main_window.queue.model.rows), timeout=10000)


def test_the_monitoring_tab_shows_the_figures(main_window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(main_window.applications.monitoring_shown, timeout=15000) as shown:
        main_window.monitoring_dock.raise_()
        main_window.applications.refresh_monitoring()
    report = shown.args[0]
    assert f"<b>{report.decided}</b> decided" in main_window.monitoring_dock.summary.text()
    assert main_window.monitoring_dock.late.rowCount() == len(report.overdue_by_party)
    assert main_window.monitoring_dock.grounds.rowCount() == len(report.refusals_by_ground)


def _select(window: MainWindow, qtbot: QtBot, number: str) -> object:
    with qtbot.waitSignal(window.applications.steps_shown, timeout=15000) as shown:
        window.queue.table.selectRow(_row_of(window, number))
    return shown.args[0]


def test_record_a_bodys_answer_and_ask_one_more_utility(main_window: MainWindow, qtbot: QtBot) -> None:
    with open_cache(main_window._cache_path, read_only=True) as cache:
        number = str(cache.connection.execute(
            "SELECT a.number FROM applications a JOIN application_steps s ON s.application_uid = a.uid "
            "WHERE a.status = 'APPROVALS' AND s.state = 'OPEN' AND s.party = 'APPROVER' ORDER BY a.number LIMIT 1"
        ).fetchone()[0])
    view = _select(main_window, qtbot, number)
    dock = main_window.checks_dock
    assert dock.steps_table.rowCount() == len(view.steps) > 3
    step = dock.selected_step()
    assert step is not None
    assert step.awaited, "the first awaited answer is selected"
    row = view.steps.index(step)
    assert dock.steps_table.item(row, 1).text().endswith(step.body)
    assert dock.steps_table.item(row, 2).text() == f"{step.due:%d/%m/%Y}"
    qtbot.mouseClick(dock.answer, Qt.MouseButton.LeftButton)
    dialog = main_window.applications.step_dialog
    assert dialog.isVisible()
    dialog.negative.setChecked(True)
    assert not dialog.ok.isEnabled(), "a negative answer needs the body's reasons"
    dialog.positive.setChecked(True)
    dialog.note.setPlainText("Письмо № 45 от 19.11.2026")
    with qtbot.waitSignal(main_window.applications.steps_shown, timeout=15000) as shown:
        dialog.accept()
    answered = next(s for s in shown.args[0].steps if s.uid == step.uid)
    assert (answered.state, answered.note) == ("DONE", "Письмо № 45 от 19.11.2026")
    assert dock.steps_table.item(row, 3).text().startswith(f"done {main_window._today:%d/%m/%Y}")

    assert dock.conditions.isEnabled()
    qtbot.mouseClick(dock.conditions, Qt.MouseButton.LeftButton)
    # after the utilities are read
    qtbot.waitUntil(lambda: main_window.applications.step_dialog is not dialog, timeout=10000)
    request = main_window.applications.step_dialog
    assert request.isVisible()
    assert "АО «Кенарык Су Арнасы»" in [request.utility.itemText(k) for k in range(request.utility.count())]
    assert not request.ok.isEnabled()
    request.utility.setCurrentText("ТОО «Кенарык Жылу»")
    with qtbot.waitSignal(main_window.applications.steps_shown, timeout=15000) as shown:
        request.accept()
    asked = shown.args[0].steps[-1]
    assert (asked.party, asked.body, asked.state, asked.started) == ("UTILITY", "ТОО «Кенарык Жылу»", "OPEN",
                                                                      main_window._today)
    assert dock.steps_table.item(dock.steps_table.rowCount() - 1, 1).text() == "ТОО «Кенарык Жылу»"


def test_withdraw_from_the_window_frees_the_parcel(main_window: MainWindow, qtbot: QtBot) -> None:
    number = _pending(main_window, "PASS")
    _select(main_window, qtbot, number)
    dock = main_window.checks_dock
    assert dock.withdraw.isEnabled()
    qtbot.mouseClick(dock.withdraw, Qt.MouseButton.LeftButton)
    dialog = main_window.applications.step_dialog
    assert not dialog.ok.isEnabled(), "a withdrawal needs the applicant's request"
    dialog.reason.setPlainText("Заявление об отзыве № 9 от 20.11.2026")
    with qtbot.waitSignal(main_window.applications.step_recorded, timeout=15000):
        dialog.accept()
    qtbot.waitUntil(lambda: any(r.number == number and r.status == "WITHDRAWN" for r in main_window.queue.model.rows),
                    timeout=10000)
    with open_cache(main_window._cache_path, read_only=True) as cache:
        status, parcel = cache.connection.execute(
            "SELECT a.status, p.status FROM applications a JOIN parcels p ON p.uid = a.parcel_uid "
            "WHERE a.number = ?", (number,)).fetchone()
    assert (status, parcel) == ("WITHDRAWN", "FREE")
    qtbot.waitUntil(lambda: not dock.withdraw.isEnabled(), timeout=10000)


def test_the_inspector_writes_the_land_cadastral_plan(main_window: MainWindow, qtbot: QtBot) -> None:
    with open_cache(main_window._cache_path, read_only=True) as cache:
        fid, number = cache.connection.execute("SELECT fid, cadastral_number FROM parcels WHERE status = "
                                               "'REGISTERED' ORDER BY fid LIMIT 1").fetchone()
    inspector = main_window.inspector
    with qtbot.waitSignal(main_window.details_shown, timeout=15000):
        main_window.show_parcel(fid)
    assert inspector.plan.isEnabled()
    with qtbot.waitSignal(main_window.applications.documents_written, timeout=30000) as written:
        qtbot.mouseClick(inspector.plan, Qt.MouseButton.LeftButton)
    assert [p.name for p in written.args[0]] == [f"{number}-plan-ru.pdf", f"{number}-plan-kk.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in written.args[0])
    assert "Documents saved" in main_window.statusBar().currentMessage()
