"""The first page an officer sees when LandDesk has no cache yet: open a cache, clone the district from the
registry, or open the demo district; recent caches and Settings are one click away."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.errors import LandDeskError
from landdesk.settings import SettingsInvalid, validate
from landdesk.ui.i18n import number, render, tr
from landdesk.ui.messages import error_text, internal_error_text
from landdesk.ui.qt import ok_cancel

if TYPE_CHECKING:
    from collections.abc import Callable

    from landdesk.settings import Settings


def default_folder() -> Path:
    return Path.home() / "LandDesk"


class Background(QObject):
    """Runs one long job on a thread of its own and reports back on the UI thread through signals."""

    progress = Signal(str, int, int)
    finished = Signal(object, object)            # result, error

    def start(self, job: Callable[[Callable[[str, int, int], None]], Any]) -> None:
        def run() -> None:
            try:
                result = job(lambda stage, done, total: self.progress.emit(stage, done, total))
            except BaseException as error:  # noqa: BLE001 - every failure goes back to the UI thread
                self.finished.emit(None, error)
            else:
                self.finished.emit(result, None)
        threading.Thread(target=run, name="welcome-job", daemon=True).start()


def show_failure(parent: QWidget, error: BaseException) -> None:
    text = error_text(error) if isinstance(error, LandDeskError) else internal_error_text(error)
    box = QMessageBox(QMessageBox.Icon.Warning, "LandDesk", text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class CloneDialog(QDialog):
    """Registry, user, password, district and where to keep the cache; the clone runs here with its progress."""

    cloned = Signal(str, object)                  # the new cache's path, the settings it was cloned with

    def __init__(self, settings: Settings, clone: Callable[..., int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CloneDialog")
        self.setWindowTitle(tr("Clone a district from the registry"))
        self.settings = settings
        self._clone = clone
        self.url = QLineEdit(settings.registry_url)
        self.url.setPlaceholderText("https://registry.example.kz")
        self.user = QLineEdit(settings.registry_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.district = QLineEdit(settings.district)
        self.district.setPlaceholderText(tr("region-district code, for example 19-245"))
        self.out = QLineEdit(str(default_folder() / f"{settings.district or 'district'}.sqlite"))
        self.district.textEdited.connect(lambda code: self.out.setText(str(default_folder() / f"{code}.sqlite")))
        form = QFormLayout()
        form.addRow(tr("Registry address"), self.url)
        form.addRow(tr("Registry user"), self.user)
        form.addRow(tr("Password"), self.password)
        form.addRow(tr("District"), self.district)
        form.addRow(tr("Save the cache as"), self.out)
        self.bar = QProgressBar()
        self.bar.hide()
        self.stage = QLabel("")
        self.buttons = ok_cancel(self, tr("Clone"), on_ok=self.start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.job = Background(self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_finished)

    def start(self) -> None:
        url, user, password = self.url.text().strip().rstrip("/"), self.user.text().strip(), self.password.text()
        district, out = self.district.text().strip(), Path(self.out.text().strip()).expanduser()
        if not (url and user and password and district and out.name):
            self.stage.setText(tr("Fill in the registry address (http:// or https://), user, password, district "
                                  "and file."))
            return
        try:                                  # the settings' own rules for the address and the rest
            chosen = validate(replace(self.settings, registry_url=url, registry_user=user, district=district))
        except SettingsInvalid as err:
            self.stage.setText(render(err.args[0]))
            return
        out.parent.mkdir(parents=True, exist_ok=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.bar.show()
        self.bar.setRange(0, 0)
        self._target = (str(out), chosen)
        self.job.start(lambda progress: self._clone(url, district, out, user, password, progress=progress))

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(f"{tr(stage)}… {number(done)}" + (f" / {number(total)}" if total else ""))
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _on_finished(self, _count: object, error: BaseException | None) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.bar.hide()
        if error is not None:
            self.stage.clear()
            show_failure(self, error)
            return
        self.cloned.emit(*self._target)
        self.accept()


class WelcomeWindow(QWidget):
    open_requested = Signal(str)                  # a cache to open
    demo_requested = Signal()
    clone_requested = Signal()
    settings_requested = Signal()

    def __init__(self, recent: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeWindow")
        self.setWindowTitle(tr("Welcome to LandDesk"))
        title = QLabel("<h1>LandDesk</h1>")
        intro = QLabel(tr("The land officer's workstation: parcels, plans and applications for land plots, working "
                          "offline and syncing with the registry. To begin, open your district's cache, clone it "
                          "from the registry, or try the demo district."))
        intro.setWordWrap(True)
        self.open_button = QPushButton(tr("Open a cache…"))
        self.clone_button = QPushButton(tr("Clone a district from the registry…"))
        self.demo_button = QPushButton(tr("Open the demo district"))
        self.demo_button.setToolTip(tr("A made-up district of 50,000 parcels with plans and applications, built on "
                                       "this computer (about half a minute the first time)"))
        self.settings_button = QPushButton(tr("Settings…"))
        for button in (self.open_button, self.clone_button, self.demo_button):
            button.setMinimumHeight(44)
        self.recent = QListWidget()
        self.recent.setObjectName("RecentCaches")
        for path in recent:
            if Path(path).exists():
                item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.recent.addItem(item)
        if self.recent.count() == 0:
            empty = QListWidgetItem(tr("No cache has been opened on this computer yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        actions = QVBoxLayout()
        for button in (self.open_button, self.clone_button, self.demo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.settings_button)
        recent_part = QVBoxLayout()
        recent_part.addWidget(QLabel("<b>" + tr("Recent caches") + "</b>"))
        recent_part.addWidget(self.recent, 1)
        body = QHBoxLayout()
        body.addLayout(actions, 2)
        body.addLayout(recent_part, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.clone_button.clicked.connect(self.clone_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.recent.itemActivated.connect(self._on_recent_activated)
        self.resize(860, 520)

    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(str(path))

    def _on_open_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Open a LandDesk cache"), str(default_folder()),
                                                    tr("LandDesk cache (*.sqlite *.landdesk);;All files (*)"))
        if path:
            self.open_requested.emit(path)

    def busy(self, text: str) -> None:
        self.status.setText(text)
        self.bar.setRange(0, 0)
        self.bar.show()
        for button in (self.open_button, self.clone_button, self.demo_button):
            button.setEnabled(False)

    def idle(self) -> None:
        self.status.clear()
        self.bar.hide()
        for button in (self.open_button, self.clone_button, self.demo_button):
            button.setEnabled(True)
