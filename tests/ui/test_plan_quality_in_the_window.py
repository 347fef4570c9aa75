"""The Plan quality dock: check a plan, read a finding, see it on the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from landdesk.storage import open_cache

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow


def test_a_clean_plan_then_a_defect_found_and_shown_on_the_map(open_window: Callable[[], MainWindow],
                                                                qtbot: QtBot) -> None:
    window = open_window()
    dock = window.plan_dock
    qtbot.waitUntil(lambda: dock.plan.count() == 4, timeout=10000)          # all plans + the demo's three
    dock.plan.setCurrentIndex(dock.plan.findText("ПДП микрорайона Самал-3 (approved)"))
    with qtbot.waitSignal(window.plans_checked, timeout=20000):
        dock.check.click()
    assert dock.table.rowCount() == 0
    assert dock.summary.text().startswith("No findings: ПДП микрорайона Самал-3 meet every rule")
    with open_cache(window.cache_path) as cache, cache.operation("test.plan", "tester") as tx:
        tx.execute("UPDATE plan_zones SET permitted_purposes = '[]' WHERE zone_code = 'Ж1-01' AND plan_uid = "
                   "(SELECT uid FROM plans WHERE name = 'ПДП микрорайона Самал-3')")
    with qtbot.waitSignal(window.plans_checked, timeout=20000):
        dock.check.click()
    assert dock.table.rowCount() == 1
    assert dock.table.item(0, 1).data(Qt.ItemDataRole.UserRole) == "PLAN-ZONE-ATTRIBUTES"
    assert [dock.table.item(0, c).text() for c in (1, 2)] == [
        "Every zone has a zone type and at least one permitted purpose", "zone Ж1-01"]
    assert window.canvas.highlight_item.path().isEmpty()
    dock.table.selectRow(0)
    assert not window.canvas.highlight_item.path().isEmpty()                # the zone outlined on the map
    assert "no permitted purposes" in window.statusBar().currentMessage()
