"""Register application (issue 16): a paper application typed in, checked as it is typed, its plot drawn on the
map; registered with its number, its schedule and its first step, under the officer's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely

from landdesk.storage import open_cache
from tests.conftest import TEST_OFFICER

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow

VALID_IIN = "950302434535"


def test_a_paper_application_with_a_plot_drawn_on_the_map(main_window: MainWindow, qtbot: QtBot) -> None:
    window = main_window
    with open_cache(window._cache_path, read_only=True) as cache:
        number_of_free, wkb = cache.connection.execute(
            "SELECT cadastral_number, AsBinary(geom) FROM parcels WHERE status = 'FREE' ORDER BY cadastral_number "
            "LIMIT 1").fetchone()
        before = cache.connection.execute("SELECT count(*) FROM applications").fetchone()[0]
    free = shapely.from_wkb(wkb)
    free = free.geoms[0] if free.geom_type == "MultiPolygon" else free
    dialog = window.applications.open_registration()
    assert not dialog.ok.isEnabled()
    assert "Applicant" in dialog.problems.text()                    # each missing field named, in the form's words
    dialog.applicant.setText("Жумабеков  Арман Серикович")
    dialog.iin.setText("950302434536")
    assert "check digit" in dialog.problems.text()
    dialog.iin.setText(VALID_IIN)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("IZHS"))
    dialog.right.setCurrentIndex(dialog.right.findData("PRIVATE_OWNERSHIP"))
    dialog.free_grant.setChecked(True)
    dialog.track.setCurrentIndex(dialog.track.findData("C"))
    with qtbot.waitSignal(window.applications.plot_wanted, timeout=5000):
        dialog.draw.click()
    assert not dialog.isVisible()                                   # it steps aside while the officer draws
    corners = list(free.exterior.coords)[:-1]
    for x, y in corners:
        window.edit_click(x, y)
    window.edit_click(*corners[0], finish=True)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.plot is not None
    assert abs(dialog.plot.area - free.area) < 1.0
    assert dialog.ok.isEnabled(), dialog.problems.text()
    with qtbot.waitSignal(window.applications.registered, timeout=20000) as registered:
        dialog.accept()
    number = registered.args[0]
    with open_cache(window._cache_path, read_only=True) as cache:
        row = cache.connection.execute(
            "SELECT status, applicant_name, free_grant, free_grant_check, assigned_officer, due_on IS NOT NULL, "
            "abs(Area(geom) - ?) < 1 FROM applications WHERE number = ?", (free.area, number)).fetchone()
        assert row == ("RECEIVED", "Жумабеков Арман Серикович", 1, "TO_CONFIRM", TEST_OFFICER, 1, 1)
        assert cache.connection.execute("SELECT count(*) FROM applications").fetchone()[0] == before + 1
        assert cache.connection.execute(
            "SELECT count(*) FROM application_steps s JOIN applications a ON a.uid = s.application_uid "
            "WHERE a.number = ? AND s.state = 'OPEN'", (number,)).fetchone()[0] >= 1
    assert number in window.statusBar().currentMessage()
    del number_of_free


def test_drawing_stopped_with_esc_brings_the_dialog_back_without_a_plot(main_window: MainWindow,
                                                                         qtbot: QtBot) -> None:
    dialog = main_window.applications.open_registration()
    dialog.draw.click()
    assert not dialog.isVisible()
    main_window.cancel_tool()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.plot is None
