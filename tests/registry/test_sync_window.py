"""Sync in the real window: the status-bar indicator, the automatic sync when the registry comes back, and
a conflict shown side by side in the Conflicts dock, with the three boundaries on the map, then resolved."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from tests.registry.conftest import PASSWORD
from tests.registry.helpers import a_parcel, cloned, dump, edit, run_sync, value

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow
    from tests.registry.conftest import RunningRegistry

pytestmark = pytest.mark.parametrize("backend", ["spatialite"], indirect=True)   # the window is backend-blind


@pytest.fixture(autouse=True)
def _registry_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANDDESK_PASSWORD", PASSWORD)


def test_the_status_bar_says_offline_and_syncs_by_itself_when_the_registry_is_back(
        registry: RunningRegistry, tmp_path: Path, qtbot: QtBot, window_on: Callable[[Path], MainWindow]) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    registry.stop()
    edit(a, "UPDATE parcels SET address = 'offline' WHERE uid = ?", (a_parcel(a),))
    window = window_on(a)
    qtbot.waitUntil(lambda: window.sync.online is False, timeout=10000)
    qtbot.waitUntil(lambda: "○ Offline · 1 to send" in window.sync.label.text(), timeout=5000)
    registry.start()
    with qtbot.waitSignal(window.synced, timeout=30000):
        window.sync.probe()                                     # what the backoff timer does
    qtbot.waitUntil(lambda: "● Online · 0 to send · last sync" in window.sync.label.text(), timeout=10000)
    assert value(cloned(registry.url, tmp_path / "check.sqlite"), "SELECT count(*) FROM parcels "
                 "WHERE address = 'offline'") == 1


def test_a_conflict_is_shown_side_by_side_and_resolved_from_the_dock(
        registry: RunningRegistry, tmp_path: Path, qtbot: QtBot, window_on: Callable[[Path], MainWindow]) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET address = 'ул. Абая, 1', geom = ST_Multi(ST_Buffer(geom, -0.5)) "
            "WHERE uid = ?", (uid,))
    edit(b, "UPDATE parcels SET address = 'ул. Абая, 3', geom = ST_Multi(ST_Buffer(geom, -1.5)) "
            "WHERE uid = ?", (uid,), user="bolat")
    run_sync(a, registry.url)
    window = window_on(b)
    with qtbot.waitSignal(window.synced, timeout=30000):
        window.sync_action.trigger()                            # F9
    dock = window.conflicts_dock
    qtbot.waitUntil(lambda: len(dock.conflicts) == 1, timeout=10000)
    assert dock.isVisible()
    assert dock.list.item(0, 0).text() == "Boundary changed on both sides"
    rows = {dock.detail.item(r, 0).text(): [dock.detail.item(r, c).text() for c in (1, 2, 3)]
            for r in range(dock.detail.rowCount())}
    assert rows["address"][1:] == ["ул. Абая, 3", "ул. Абая, 1"]          # mine, registry
    assert dock.detail.item(0, 2).background().color().name() == "#ffe296"  # the differing cells are marked
    assert "geometry" in rows
    base, mine, theirs = (item.path() for item in window.canvas.conflict_items)
    assert not base.isEmpty()
    assert not mine.isEmpty()
    assert not theirs.isEmpty()
    assert mine.boundingRect() != theirs.boundingRect()
    qtbot.waitUntil(lambda: "conflicts: 1" in window.sync.label.text(), timeout=10000)
    dock.mine_button.click()                                    # keep mine: a reason is required
    dialog = dock.dialog
    assert dialog is not None
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.findChild(QPlainTextEdit).setPlainText("surveyed on site on 20 November")
    ok.click()
    qtbot.waitUntil(lambda: window.sync.status is not None and window.sync.status.conflicts == 0, timeout=10000)
    with qtbot.waitSignal(window.synced, timeout=30000):
        window.sync.sync_now()
    qtbot.waitUntil(lambda: dock.conflicts == [], timeout=10000)
    assert window.sync.last_report is not None
    assert window.sync.last_report.open_conflicts == 0
    run_sync(a, registry.url)
    assert value(a, "SELECT address FROM parcels WHERE uid = ?", (uid,)) == "ул. Абая, 3"
    assert dump(a) == dump(b)
