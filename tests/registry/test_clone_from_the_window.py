"""A first run as the officer meets it: the welcome page clones the district from the real registry (its
address, user and district remembered in Settings) and opens it; a wrong password is said in the officer's
language and leaves no file behind."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from landdesk import app as composition
from landdesk.settings import Settings, load, settings_path
from landdesk.storage import open_cache
from landdesk.ui.welcome import CloneDialog
from tests.conftest import DEMO_TODAY
from tests.registry.conftest import PASSWORD
from tests.registry.helpers import cloned

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from tests.registry.conftest import RunningRegistry

pytestmark = pytest.mark.parametrize("backend", ["spatialite"], indirect=True)   # the dialog is backend-blind


@pytest.fixture
def first_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No settings yet; the clone is saved under a home of the test's own."""
    monkeypatch.setattr("landdesk.ui.welcome.default_folder", lambda: tmp_path / "LandDesk")
    settings_path().unlink(missing_ok=True)
    yield tmp_path / "LandDesk"
    for widget in [*composition._windows, *composition._pages]:
        widget.close()
    QApplication.processEvents()
    settings_path().unlink(missing_ok=True)
    composition.apply_settings(Settings(language="en"))


def _fill(dialog: CloneDialog, url: str, password: str) -> None:
    dialog.url.setText(url)
    dialog.user.setText("aida")
    dialog.password.setText(password)
    dialog.district.setText("19-245")
    dialog.district.textEdited.emit("19-245")


def test_the_welcome_page_clones_the_district_and_opens_it(qtbot: QtBot, registry: RunningRegistry,
                                                           first_run: Path) -> None:
    page = composition.show_welcome(today=DEMO_TODAY)
    qtbot.mouseClick(page.clone_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CloneDialog)
    assert dialog is not None
    assert dialog.isVisible()
    _fill(dialog, registry.url, PASSWORD)
    assert dialog.out.text() == str(first_run / "19-245.sqlite")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(composition._windows), timeout=60000)
    window = composition._windows[-1]
    assert window.cache_path == first_run / "19-245.sqlite"
    with open_cache(window.cache_path, read_only=True) as cache:
        parcels = cache.connection.execute("SELECT count(*) FROM parcels").fetchone()[0]
    assert parcels > 1000
    remembered = load().settings
    assert (remembered.registry_url, remembered.registry_user, remembered.district) == (registry.url, "aida",
                                                                                        "19-245")
    assert remembered.recent_caches[0] == str(window.cache_path)
    qtbot.waitUntil(lambda: "Online" in window.sync.label.text() or "to send" in window.sync.label.text(),
                    timeout=20000)


def test_a_wrong_password_is_said_and_nothing_is_left(qtbot: QtBot, registry: RunningRegistry,
                                                      first_run: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANDDESK_LANGUAGE")
    composition.apply_settings(Settings(language="ru"))
    page = composition.show_welcome(today=DEMO_TODAY)
    assert page.clone_button.text() == "Клонировать район из реестра…"
    page.clone_button.click()
    dialog = page.findChild(CloneDialog)
    _fill(dialog, registry.url, "wrong password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox)), timeout=30000)
    box = dialog.findChildren(QMessageBox)[0]
    assert box.text().startswith("Реестр не принимает это имя пользователя и пароль.")   # the registry's refusal,
    assert "Что сделать" in box.text()                                                  # in the officer's words
    assert not list(first_run.glob("19-245.sqlite*"))
    assert not composition._windows
    assert dialog.isVisible()                                        # the officer can correct and try again


def test_a_clone_into_a_folder_with_cyrillic_spaces_and_signs(registry: RunningRegistry, tmp_path: Path) -> None:
    """The snapshot is downloaded beside the target and attached by a file URI, which must be escaped."""
    target = tmp_path / "Мои документы" / "Район #2 (100%)" / "кэш.sqlite"
    target.parent.mkdir(parents=True)
    cloned(registry.url, target)
    with open_cache(target, read_only=True) as cache:
        assert cache.connection.execute("SELECT count(*) FROM parcels").fetchone()[0] > 1000
