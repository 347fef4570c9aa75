"""Edit attributes… of the zone or parcel being edited: only values LandDesk accepts can be entered (zone types
and purposes from their lists, a cadastral number checked as it is typed); the service checks again."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.cadastral_number import parse_cadastral_number
from landdesk.domain.errors import InvalidCadastralNumber
from landdesk.domain.land import Purpose
from landdesk.domain.planning import ZoneType
from landdesk.ui.i18n import tr
from landdesk.ui.messages import error_text
from landdesk.ui.qt import ok_cancel


class AttributeDialog(QDialog):
    def __init__(self, tbl: str, attrs: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tbl = tbl
        self.attrs = attrs
        self.setWindowTitle(tr("Zone attributes") if tbl == "plan_zones" else tr("Parcel attributes"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.edits: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.purposes = QListWidget()
        if tbl == "plan_zones":
            self._text(form, "zone_code", tr("Zone code"))
            self._text(form, "name", tr("Name"))
            self._combo(form, "zone_type", tr("Zone type"), [str(z) for z in ZoneType], allow_empty=True)
            chosen = set(json.loads(attrs.get("permitted_purposes") or "[]"))
            for purpose in Purpose:
                item = QListWidgetItem(str(purpose))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if str(purpose) in chosen else Qt.CheckState.Unchecked)
                self.purposes.addItem(item)
            form.addRow(tr("Permitted purposes"), self.purposes)
        else:
            self._text(form, "cadastral_number", tr("Cadastral number"))
            self._text(form, "address", tr("Address"))
            self._text(form, "right_holder", tr("Right holder"))
            self._combo(form, "purpose", tr("Purpose"), [str(p) for p in Purpose])
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = ok_cancel(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        for edit in self.edits.values():
            edit.textChanged.connect(self._check)
        self.purposes.itemChanged.connect(self._check)
        self._check()

    def _text(self, form: QFormLayout, name: str, label: str) -> None:
        edit = QLineEdit("" if self.attrs.get(name) is None else str(self.attrs[name]))
        edit.setObjectName(name)
        self.edits[name] = edit
        form.addRow(label, edit)

    def _combo(self, form: QFormLayout, name: str, label: str, values: list[str], allow_empty: bool = False) -> None:
        combo = QComboBox()
        combo.setObjectName(name)
        if allow_empty:
            combo.addItem("")
        combo.addItems(values)
        combo.setCurrentText(str(self.attrs.get(name) or ""))
        self.combos[name] = combo
        form.addRow(label, combo)

    def _check(self, *_args: object) -> None:
        problems = []
        if self.tbl == "parcels":
            try:
                parse_cadastral_number(self.edits["cadastral_number"].text())
            except InvalidCadastralNumber as err:
                problems.append(error_text(err).replace("\n\n", " "))
        elif not self.chosen_purposes():
            problems.append(tr("A zone without permitted purposes cannot be checked against applications: choose at "
                               "least one."))
        self.problem.setText(" ".join(problems))
        self.ok.setEnabled(not problems)

    def chosen_purposes(self) -> list[str]:
        return [self.purposes.item(i).text() for i in range(self.purposes.count())
                if self.purposes.item(i).checkState() == Qt.CheckState.Checked]

    def changes(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() or None for name, edit in self.edits.items()}
        values |= {name: combo.currentText() or None for name, combo in self.combos.items()}
        if self.tbl == "plan_zones":
            values["permitted_purposes"] = json.dumps(self.chosen_purposes())
        if self.tbl == "parcels" and values.get("cadastral_number"):
            values["cadastral_number"] = str(parse_cadastral_number(values["cadastral_number"]))
        return {k: v for k, v in values.items() if v != self.attrs.get(k)}
