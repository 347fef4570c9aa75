"""File → Import…: choose what the file is (plan zones, red lines, parcels), its plan, its CRS (declared,
a preset or any EPSG code) and which of its fields fill which LandDesk field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.labels import label
from landdesk.services.importing import CRS_PRESETS, TARGET_FIELDS, ImportRequest
from landdesk.ui.i18n import number, render, tr
from landdesk.ui.qt import ok_cancel

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.services.importing import SourceInfo

def target_labels() -> dict[str, str]:
    return {"zones": tr("Plan zones"), "red_lines": tr("Red lines"), "parcels": tr("Parcels")}


def skip_text() -> str:
    return tr("(not imported)")


class ImportDialog(QDialog):
    def __init__(self, file: Path, info: SourceInfo, plans: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.info = info
        self.setWindowTitle(tr("Import {file}").format(file=file.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(QLabel(f"<b>{file.name}</b>: " + tr("{count} features; fields: {fields}").format(
            count=number(info.features), fields=", ".join(info.fields) or "—")))
        self.target = QComboBox()
        for key, title in target_labels().items():
            self.target.addItem(title, key)
        form.addRow(tr("Import as"), self.target)
        self.plan = QComboBox()
        self.plan.addItem(tr("(none)"), None)
        for uid, name, status in plans:
            self.plan.addItem(f"{name} ({render(label(status))})", uid)
        form.addRow(tr("Plan"), self.plan)
        self.crs = QComboBox()
        self.crs.setEditable(True)
        if info.crs:
            self.crs.addItem(tr("As the file declares ({crs})").format(crs=info.crs), None)
        for name, code in CRS_PRESETS.items():
            self.crs.addItem(f"EPSG:{code} {name}", f"EPSG:{code}")
        form.addRow(tr("Source CRS"), self.crs)
        self.encoding = QComboBox()
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        if info.encoding is not None:
            # the file does not say its encoding: show the guess, and what each choice makes of its text
            self.encoding.addItem(tr("{encoding} (guessed)").format(encoding=info.encoding.encoding),
                                  info.encoding.encoding)
            for name in ("utf-8", "cp1251", "cp866", "kz1048"):
                if name != info.encoding.encoding:
                    self.encoding.addItem(name, name)
            form.addRow(tr("Attribute encoding"), self.encoding)
            form.addRow(self.preview)
            self.encoding.currentIndexChanged.connect(self._on_encoding_changed)
            self._on_encoding_changed()
        else:
            self.encoding.hide()
            self.preview.hide()
        self.hint = QLabel("")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([tr("Field in the file"), tr("LandDesk field")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        layout.addWidget(self.fields, 1)
        self.buttons = ok_cancel(self, tr("Import"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._update)
        self.plan.currentIndexChanged.connect(self._update)
        self.crs.currentTextChanged.connect(self._update)
        self.resize(640, 520)
        self._update()

    def _update(self, *_args: object) -> None:
        target = self.target.currentData()
        known = TARGET_FIELDS[target]
        self.fields.setRowCount(len(self.info.fields))
        for row, name in enumerate(self.info.fields):
            self.fields.setItem(row, 0, QTableWidgetItem(name))
            combo = self.fields.cellWidget(row, 1)
            if not isinstance(combo, QComboBox) or combo.property("target") != target:
                combo = QComboBox()
                combo.setProperty("target", target)
                combo.addItems([skip_text(), *known])
                if name.lower() in known:
                    combo.setCurrentText(name.lower())
                self.fields.setCellWidget(row, 1, combo)
        problems = []
        if target == "zones" and self.plan.currentData() is None:
            problems.append(tr("Zones belong to a plan: choose it."))
        if not self.info.crs and self.chosen_crs() is None:
            problems.append(tr("The file declares no CRS: choose one."))
        self.hint.setText(" ".join(problems) or tr("Each feature is checked; a bad one is reported with its row and "
                          "reason and the rest are imported. Nothing is kept if you cancel."))
        self.ok.setEnabled(not problems)

    def _on_encoding_changed(self, *_args: object) -> None:
        guess = self.info.encoding
        if guess is None:
            return
        chosen = self.encoding.currentData()
        why = render(guess.reason) if chosen == guess.encoding else tr("chosen by you")
        self.preview.setText(tr("Read as {encoding} ({why}), the text looks like: {preview}").format(
            encoding=chosen, why=why, preview=" · ".join(f"«{value}»" for value in guess.preview(chosen))))

    def chosen_encoding(self) -> str | None:
        data = self.encoding.currentData()
        return data if isinstance(data, str) else None

    def chosen_crs(self) -> str | None:
        data = self.crs.currentData()
        text = self.crs.currentText().strip()
        if data is None and text.upper().startswith("EPSG:"):
            return text.split()[0]
        return data if isinstance(data, str) else None

    def mapping(self) -> dict[str, str]:
        chosen = {}
        for row in range(self.fields.rowCount()):
            combo = self.fields.cellWidget(row, 1)
            item = self.fields.item(row, 0)
            if isinstance(combo, QComboBox) and item is not None and combo.currentText() != skip_text():
                chosen[item.text()] = combo.currentText()
        return chosen

    def request(self, officer: str) -> ImportRequest:
        return ImportRequest(self.file, self.target.currentData(), crs=self.chosen_crs(), fields=self.mapping(),
                             plan=self.plan.currentData(), encoding=self.chosen_encoding(), officer=officer)
