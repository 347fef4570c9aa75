"""Rows the sync holds back are named in the window and in `landdesk info`, and nothing else stops (issue 15,
case 6): a zone waiting for its plan and a parcel quarantined by the row rules are listed in the Conflicts dock
with their state, their label and the reason in the officer's language; a row set aside before sending
(a `rejected` conflict) shows its field, the reason and "Accept registry's"."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from landdesk.domain.row_rules import row_problems
from landdesk.storage import open_cache
from landdesk.storage.sync_quarantine import hold, label
from landdesk.sync.journal import read_row, set_aside, set_state
from landdesk.sync.pull import REFUSED_BY_RULES, WAITING_FOR_PARENT
from landdesk.ui.i18n import install_language

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow

ZONE_UID = "7a7a7a7a-0000-4000-8000-00000000a001"
PLAN_UID = "7a7a7a7a-0000-4000-8000-00000000b002"
PARCEL_UID = "7a7a7a7a-0000-4000-8000-00000000c003"
BAD_NUMBER = "19-245-ABC-001"


def held_back(path: Path) -> str:
    """A zone whose plan has not arrived, and a parcel whose cadastral number breaks the rules, held as the pull
    holds them; returns the uid of a real parcel set aside before sending (its holder IIN is not valid)."""
    with open_cache(path) as cache, cache.applying_remote() as connection:
        set_state(connection, "registry", "http://127.0.0.1:9")         # linked to a registry that is not there
        set_state(connection, "user", "aigerim")
        zone = {"tbl": "plan_zones", "uid": ZONE_UID, "version": 41, "deleted": False, "wkb": None,
                "attrs": {"plan_uid": PLAN_UID, "zone_code": "Ж-9", "name": "Жилая зона у реки", "zone_type": None,
                          "zone_subtype": None, "permitted_purposes": "[]"}}
        hold(connection, "plan_zones", ZONE_UID, 41, zone, "waiting", WAITING_FOR_PARENT,
             {"parent": "plans", "parent_uid": PLAN_UID, "field": "plan_uid"})
        some = connection.execute("SELECT uid FROM parcels WHERE is_deleted = 0 ORDER BY uid LIMIT 2").fetchall()
        real = read_row(connection, "parcels", some[0][0])
        assert real is not None
        parcel = {**real.to_json(), "uid": PARCEL_UID, "version": 12,
                  "attrs": {**real.attrs, "cadastral_number": BAD_NUMBER}}
        first = row_problems("parcels", PARCEL_UID, parcel["attrs"], real.wkb)[0]     # as sync/pull.py holds it
        assert first.field == "cadastral_number"
        hold(connection, "parcels", PARCEL_UID, 12, parcel, "quarantined", REFUSED_BY_RULES,
             {"field": first.field, "detail": str(first.text), "problem": first.code})
        refused = some[1][0]
        connection.execute("UPDATE parcels SET holder_iin = '12345' WHERE uid = ?", (refused,))
        local = read_row(connection, "parcels", refused)
        assert local is not None
        problem = next(p for p in row_problems("parcels", refused, local.attrs, local.wkb) if p.field == "holder_iin")
        set_aside(connection, "parcels", refused, problem.field, str(problem.text))
    return str(refused)


def test_the_held_rows_are_listed_in_the_conflicts_dock_in_russian(
        demo_cache_file: Path, window_on: Callable[[Path], MainWindow], qtbot: QtBot, tmp_path: Path) -> None:
    held_back(demo_cache_file)
    install_language("ru")
    window = window_on(demo_cache_file)
    dock = window.conflicts_dock
    qtbot.waitUntil(lambda: dock.held_table.rowCount() == 2, timeout=20000)
    rows = [[dock.held_table.item(r, c).text() for c in range(3)] for r in range(2)]
    zone, parcel = sorted(rows, key=lambda cells: "Жилая" not in cells[1])
    assert zone[0] == "ждёт родительскую запись"
    assert zone[1] == "Зона плана Жилая зона у реки"
    assert zone[2] == f"ждёт родительскую запись (план {PLAN_UID}), которая ещё не получена"
    assert parcel[0] == "в карантине"
    assert parcel[1] == f"Участок {BAD_NUMBER}"
    assert parcel[2] == f"cadastral_number: «{BAD_NUMBER}» — не кадастровый номер вида RR-DDD-QQQ-NNN"
    tooltips = [dock.held_table.item(r, 1).toolTip() for r in range(2)]
    assert any(ZONE_UID in tip for tip in tooltips)
    assert any(PARCEL_UID in tip for tip in tooltips)
    assert dock.held_box.isVisibleTo(dock)
    assert "Строк из реестра отложено: 2." in dock.summary.text()
    qtbot.waitUntil(lambda: "отложено: 2" in window.sync.label.text(), timeout=10000)
    dock.setFloating(True)                               # room to see it whole
    dock.resize(1200, 620)
    dock.show()
    dock.raise_()
    qtbot.wait(300)
    dock.grab().save(str(tmp_path / "held_rows_ru.png"))
    if os.environ.get("LANDDESK_SCREENSHOTS"):             # to look at the dock: a folder for the picture
        dock.grab().save(os.path.join(os.environ["LANDDESK_SCREENSHOTS"], "held_rows_ru.png"))


def test_a_row_set_aside_before_sending_shows_the_field_the_reason_and_accept_theirs(
        demo_cache_file: Path, window_on: Callable[[Path], MainWindow], qtbot: QtBot) -> None:
    refused = held_back(demo_cache_file)
    install_language("ru")
    window = window_on(demo_cache_file)
    dock = window.conflicts_dock
    qtbot.waitUntil(lambda: len(dock.conflicts) == 1, timeout=20000)
    assert dock.conflicts[0].uid == refused
    assert dock.list.item(0, 0).text() == "Отклонено реестром"
    assert dock.detail.item(0, 0).text() == "holder_iin"
    assert dock.detail.item(0, 2).text() == "12345"                       # mine
    message = dock.message.text()
    assert "holder_iin: «12345» — недопустимый ИИН/БИН" in message, message
    assert dock.theirs_button.isEnabled()                                  # back to the registry's version
    assert not dock.mine_button.isEnabled()                                # sent again, it is refused again


def test_landdesk_info_names_the_held_rows(demo_cache_file: Path) -> None:
    held_back(demo_cache_file)
    result = subprocess.run([sys.executable, "-m", "landdesk", "info", str(demo_cache_file)], capture_output=True,
                            text=True, timeout=300, env={**os.environ, "LANDDESK_LANGUAGE": "ru"}, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Sync:      0 operations to send, 1 conflicts to resolve, 2 received rows held back" in lines
    section = lines[lines.index("Held back by sync:") + 1:lines.index("Rows:")]
    assert section == [
        f"  plan_zones Жилая зона у реки ({ZONE_UID}), waiting: waiting for its plan {PLAN_UID}, which has not "
        "arrived yet",
        f"  parcels {BAD_NUMBER} ({PARCEL_UID}), quarantined: cadastral_number: «{BAD_NUMBER}» is not a cadastral "
        "number RR-DDD-QQQ-NNN",
    ]


def test_a_label_is_the_kept_rows_number_or_name() -> None:
    assert label({"attrs": {"cadastral_number": "19-245-156-036", "name": "x"}}) == "19-245-156-036"
    assert label({"attrs": {"number": "2026-0074"}}) == "2026-0074"
    assert label({"attrs": {"name": "Генплан", "kind": "GENERAL"}}) == "Генплан"
    assert label({"attrs": {"name": ""}}) == ""
    assert label({"raw": "not a row"}) == ""
