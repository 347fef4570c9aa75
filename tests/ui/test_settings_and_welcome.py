"""Settings (saved as a versioned file, applied by reopening the window) and the welcome page of a first run."""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from landdesk import app as composition
from landdesk.settings import Settings, load, save, settings_path
from landdesk.ui.welcome import CloneDialog
from tests.conftest import DEMO_TODAY

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow


@pytest.fixture
def fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No settings file, as on a first run (the language is the settings', not the tests' override); whatever a
    test saved is removed afterwards."""
    monkeypatch.delenv("LANDDESK_LANGUAGE")
    settings_path().unlink(missing_ok=True)
    yield
    settings_path().unlink(missing_ok=True)
    composition.apply_settings(Settings(language="en"))


def _close_all() -> None:
    for widget in [*composition._windows, *composition._pages]:
        widget.close()
    QApplication.processEvents()


def _choose(combo: object, value: str) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_settings_are_saved_and_the_window_reopens_in_russian_with_hectares(
        qtbot: QtBot, demo_cache_file: Path, fresh_settings: None) -> None:
    window = composition.open_window(demo_cache_file, today=DEMO_TODAY)
    try:
        assert window.wait_until_settled(60)
        assert window.menuBar().actions()[0].text() == "&File"
        window.settings_action.trigger()
        dialog = window.settings_dialog
        _choose(dialog.language, "ru")
        _choose(dialog.area_unit, "ha")
        _choose(dialog.display_crs, "EPSG:4326")
        dialog.registry_url.setText("https://registry.example.kz/")
        dialog.registry_user.setText("aigul")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window not in composition._windows, timeout=20000)
        reopened = composition._windows[-1]
        assert reopened is not window
        assert reopened.wait_until_settled(60)
        assert reopened.menuBar().actions()[0].text() == "&Файл"
        assert reopened.queue.model.headerData(3, Qt.Orientation.Horizontal) == "Площадь, га"
        row = reopened.queue.model.rows[0]
        shown = reopened.queue.model.data(reopened.queue.model.index(0, 3))
        assert shown == f"{row.area_m2 / 10000:.4f}".replace(".", ",")          # hectares, decimal comma
        reopened._on_canvas_cursor_moved(*reopened.canvas.view_centre())
        assert "° в. д." in reopened.position_label.text()                   # degrees only, as chosen
        assert " м " not in reopened.position_label.text()
        on_disk = json.loads(settings_path().read_text(encoding="utf-8"))
        assert on_disk["schema_version"] == 2
        assert (on_disk["language"], on_disk["area_unit"], on_disk["registry_url"]) == (
            "ru", "ha", "https://registry.example.kz")
        assert on_disk["recent_caches"][0] == str(demo_cache_file.resolve())
        assert demo_cache_file.with_name(demo_cache_file.name + ".open").exists()   # the session marker stays
    finally:
        _close_all()
    assert not demo_cache_file.with_name(demo_cache_file.name + ".open").exists()


def test_a_wrong_value_keeps_save_disabled_and_says_why(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.settings_action.trigger()
    dialog = main_window.settings_dialog
    dialog.registry_url.setText("registry.example.kz")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "http://" in dialog.problem.text()
    dialog.registry_url.setText("http://registry.example.kz")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.problem.text() == ""
    dialog.reject()


def test_the_welcome_page_opens_the_demo_and_remembers_it(qtbot: QtBot, demo_cache_file: Path, fresh_settings: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("landdesk.demo.build.default_demo_path", lambda: demo_cache_file)
    page = composition.show_welcome(today=DEMO_TODAY)
    try:
        assert page.recent.item(0).text() == "No cache has been opened on this computer yet."
        assert not page.recent.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
        assert {b.text() for b in (page.open_button, page.clone_button, page.demo_button)} == {
            "Open a cache…", "Clone a district from the registry…", "Open the demo district"}
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page not in composition._pages, timeout=20000)
        window = composition._windows[-1]
        assert window.cache_path == demo_cache_file
        assert load().settings.recent_caches == (str(demo_cache_file.resolve()),)
    finally:
        _close_all()
    again = composition.show_welcome(today=DEMO_TODAY)                 # the next first page lists it
    try:
        assert again.recent.count() == 1
        assert demo_cache_file.name in again.recent.item(0).text()
    finally:
        _close_all()


def test_the_welcome_page_builds_the_demo_when_there_is_none(qtbot: QtBot, tmp_path: Path, fresh_settings: None,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "LandDesk" / "demo.sqlite"
    monkeypatch.setattr("landdesk.demo.build.default_demo_path", lambda: target)
    monkeypatch.setattr("landdesk.demo.build.DEFAULT_PARCELS", 3000)
    page = composition.show_welcome(today=DEMO_TODAY)
    try:
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
        assert not page.demo_button.isEnabled()                          # busy while it builds
        qtbot.waitUntil(lambda: page not in composition._pages, timeout=120000)
        assert target.exists()
        assert composition._windows[-1].cache_path == target
    finally:
        _close_all()


def test_a_broken_cache_is_reported_and_the_page_stays(qtbot: QtBot, tmp_path: Path, fresh_settings: None) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    page = composition.show_welcome(today=DEMO_TODAY)
    try:
        page.open_requested.emit(str(broken))
        box = next(w for w in page.findChildren(QMessageBox))
        assert "What to do" in box.text()
        assert page.isVisible()
        assert not composition._windows
    finally:
        _close_all()


def test_landdesk_without_a_command_reopens_the_last_cache(demo_cache_file: Path, fresh_settings: None,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    save(Settings().with_recent(demo_cache_file))
    opened: list[str] = []
    monkeypatch.setattr(composition, "open_window", lambda path, today=None: opened.append(str(path)) or
                        _Closable())
    monkeypatch.setenv("LANDDESK_EXIT_AFTER_SHOW", "1")
    monkeypatch.setattr("landdesk.diagnostics.install", lambda **_kw: None)   # no process-wide hooks from a test
    assert composition.run_start(today=DEMO_TODAY) == 0
    assert opened == [str(demo_cache_file.resolve())]
    shutil.move(demo_cache_file, demo_cache_file.with_suffix(".moved"))        # gone: the welcome page instead
    assert composition.run_start(today=DEMO_TODAY) == 0
    assert opened == [str(demo_cache_file.resolve())]


def test_a_damaged_last_cache_opens_the_welcome_page_with_the_reason(tmp_path: Path, fresh_settings: None,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "office.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)         # a cut-off copy
    save(Settings().with_recent(broken))
    monkeypatch.setenv("LANDDESK_EXIT_AFTER_SHOW", "1")
    monkeypatch.setattr("landdesk.diagnostics.install", lambda **_kw: None)
    shown: list[str] = []
    monkeypatch.setattr("landdesk.ui.welcome.show_failure", lambda _parent, error: shown.append(str(error)))
    assert composition.run_start(today=DEMO_TODAY) == 0
    assert shown
    assert "office.sqlite" in shown[0]
    assert not composition._windows


class _Closable:
    def close(self) -> None:
        pass


def test_the_clone_dialog_refuses_an_address_without_http(qtbot: QtBot, fresh_settings: None) -> None:
    page = composition.show_welcome(today=DEMO_TODAY)
    try:
        page.clone_button.click()
        dialog = page.findChild(CloneDialog)
        for edit, value in ((dialog.url, "registry.akimat.kz"), (dialog.user, "aida"), (dialog.password, "secret"),
                            (dialog.district, "19-245")):
            edit.setText(value)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert "http://" in dialog.stage.text()                 # the settings' rule, said before any download
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    finally:
        _close_all()
