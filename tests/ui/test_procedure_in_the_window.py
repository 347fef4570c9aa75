"""The procedure's guard in the window (issue 16): what is not allowed yet is disabled and says why; the
decision, the contract and its cancellation are recorded under the officer's full name from Settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.services.lifecycle import application_state
from landdesk.storage import open_cache
from tests.conftest import TEST_OFFICER
from tests.procedure_walk import walk_to_decision

if TYPE_CHECKING:
    import pytest
    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow


def _select(window: MainWindow, qtbot: QtBot, number: str) -> None:
    proxy = window.queue.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == number)
    window.queue.table.clearSelection()
    window.queue.table.selectRow(row)
    qtbot.waitUntil(lambda: window.checks_dock.allowed is not None and window.checks_dock.allowed.number == number
                    and window.checks_dock.number == number, timeout=15000)


def _received(window: MainWindow) -> str:
    with open_cache(window._cache_path, read_only=True) as cache:
        return str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' AND "
                                            "built_for = 'PASS' ORDER BY number LIMIT 1").fetchone()[0])


def test_a_received_application_cannot_be_approved_and_the_button_says_why(main_window: MainWindow,
                                                                           qtbot: QtBot) -> None:
    number = _received(main_window)
    _select(main_window, qtbot, number)
    dock = main_window.checks_dock
    assert not dock.approve.isEnabled()
    assert "it waits for" in dock.approve.toolTip()
    assert dock.refuse.isEnabled()
    assert not dock.cancel.isEnabled()
    assert dock.answer.isEnabled(), "the first open step can be recorded"


def test_approve_then_cancel_when_the_contract_is_refused(main_window: MainWindow, qtbot: QtBot) -> None:
    number = _received(main_window)
    with open_cache(main_window._cache_path) as cache:
        walk_to_decision(cache, number, main_window._today)
    main_window.applications.reload_queue()
    _select(main_window, qtbot, number)
    dock = main_window.checks_dock
    qtbot.waitUntil(lambda: dock.checks is not None and dock.checks.number == number and dock.approve.isEnabled(),
                    timeout=15000)
    dialog = main_window.applications.open_decision(dock.checks, refuse=False)   # type: ignore[arg-type]
    with qtbot.waitSignal(main_window.applications.decided, timeout=20000) as decided:
        dialog.accept()
    assert decided.args[0].officer == TEST_OFFICER                                # never the OS login
    _select(main_window, qtbot, number)
    qtbot.waitUntil(lambda: dock.allowed is not None and dock.allowed.status == "APPROVED", timeout=15000)
    assert not dock.approve.isEnabled()
    assert not dock.cancel.isEnabled()
    assert "may be signed until" in dock.cancel.toolTip()
    contract = next(r for r, s in enumerate(dock.steps) if s.state == "OPEN")
    dock.steps_table.selectRow(contract)
    assert dock.answer.isEnabled(), "the contract is recorded like any step"
    answer = main_window.applications.open_answer(dock.steps[contract])
    answer.negative.setChecked(True)
    answer.note.setPlainText("The applicant refused to sign, letter № 5")
    with qtbot.waitSignal(main_window.applications.step_recorded, timeout=15000):
        answer.accept()
    qtbot.waitUntil(lambda: dock.cancel.isEnabled(), timeout=15000)
    cancelling = main_window.applications.open_cancellation(number)
    assert "ст. 44-2 п. 16" in cancelling.reason.toPlainText()         # offered from the standard texts
    assert "44-2-бап 16-т." in cancelling.reason_kk.toPlainText()
    cancelling.reason.setPlainText("")
    assert not cancelling.ok.isEnabled(), "a cancellation needs its reason"
    cancelling.reason.setPlainText("Заявитель отказался подписать договор, письмо № 5")
    with qtbot.waitSignal(main_window.applications.documents_written, timeout=30000) as written:
        cancelling.accept()
    assert [p.name for p in written.args[0]] == [f"{number}-cancel-ru.pdf", f"{number}-cancel-kk.pdf"]
    with open_cache(main_window._cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT status FROM applications WHERE number = ?",
                                        (number,)).fetchone()[0] == "CANCELLED"


def test_no_full_name_in_settings_means_nothing_is_recorded(main_window: MainWindow, qtbot: QtBot,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from landdesk.settings import load, save

    save(replace(load().settings, officer_name=""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, _text: told.append(title))
    number = _received(main_window)
    with open_cache(main_window._cache_path, read_only=True) as cache:
        first = next(s for s in application_state(cache, number, main_window._today).steps if s.state == "OPEN")
        before = cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0]
    _select(main_window, qtbot, number)
    answer = main_window.applications.open_answer(first)
    answer.accept()
    qtbot.wait(300)
    assert told == ["Your full name is not set"]
    with open_cache(main_window._cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0] == before
