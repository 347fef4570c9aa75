"""Find (Ctrl+F): a cadastral number typed any tolerated way, or an application number, with completion."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from landdesk.ui.i18n import tr
from landdesk.ui.qt import ok_cancel

MAX_SUGGESTIONS = 30
_SEPARATORS = re.compile(r"[\s:\-]+")


def suggestions(candidates: list[str], keys: list[str], typed: str) -> list[str]:
    """Candidates whose digits start with what was typed, separators ignored (`19245`, `19:245`, `19-245`)."""
    wanted = _SEPARATORS.sub("", typed)
    if len(wanted) < 2:
        return []
    found = []
    for candidate, key in zip(candidates, keys, strict=True):
        if key.startswith(wanted):
            found.append(candidate)
            if len(found) == MAX_SUGGESTIONS:
                break
    return found


def with_keys(candidates: list[str]) -> tuple[list[str], list[str]]:
    """Candidates with the keys `suggestions` matches on: their digits, separators removed."""
    return candidates, [_SEPARATORS.sub("", c) for c in candidates]


class FindDialog(QDialog):
    find_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Find parcel or application"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("Cadastral number (19-245-156-036, 19:245:156:036, 19245156036) "
                                     "or application number (2026-0074)"))
        self.edit.setMinimumWidth(460)
        self.message = QLabel("")
        self.message.setStyleSheet("color: #b00020")
        self._model = QStringListModel()
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        buttons = ok_cancel(self, tr("Find"), on_ok=self._on_accepted, on_cancel=self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Find a parcel by cadastral number or an application by its number:")))
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._candidates: list[str] = []
        self._keys: list[str] = []
        self.edit.textEdited.connect(self._on_text_edited)
        self.completer.activated.connect(self._on_completion_activated)

    def set_candidates(self, found: tuple[list[str], list[str]]) -> None:
        """Candidates and their digit keys, made by `with_keys` in a worker (200k numbers take 0.15 s)."""
        self._candidates, self._keys = found

    def show_not_found(self, text: str) -> None:
        self.message.setText(tr("Nothing matches “{text}”. Check the number; separators may be -, : or spaces.").format(
            text=text))
        self.show()

    def _on_text_edited(self, text: str) -> None:
        self.message.clear()
        self._model.setStringList(suggestions(self._candidates, self._keys, text))

    def _on_completion_activated(self, text: str) -> None:
        self.edit.setText(text)

    def _on_accepted(self) -> None:
        text = self.edit.text().strip()
        if text:
            self.find_requested.emit(text)
