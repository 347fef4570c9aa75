"""Settings: who the officer is (full name, positions, role), interface language, registry and user, district,
display CRS, default map style, units.

The dialog only gathers values; `landdesk.settings.validate` says what is wrong, and the caller saves them and
reopens the window so the new language, units and styles apply (no reinstall, no restart of the program)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from landdesk.settings import Settings, SettingsInvalid, validate
from landdesk.ui.i18n import LANGUAGE_NAMES, render, tr
from landdesk.ui.qt import ok_cancel


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(current)
    if index < 0:                                   # a value typed earlier (another EPSG code) stays selectable
        combo.addItem(current, current)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    return combo


class SettingsDialog(QDialog):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.current = current
        languages = [(tr("System language"), ""), *((name, code) for code, name in LANGUAGE_NAMES.items())]
        self.language = _combo(languages, current.language)
        self.registry_url = QLineEdit(current.registry_url)
        self.registry_url.setPlaceholderText("https://registry.example.kz")
        self.registry_user = QLineEdit(current.registry_user)
        self.district = QLineEdit(current.district)
        self.district.setPlaceholderText(tr("region-district code, for example 19-245"))
        self.display_crs = _combo([(tr("The district's own CRS"), ""), (tr("WGS 84 degrees (EPSG:4326)"), "EPSG:4326")],
                                  current.display_crs)
        self.display_crs.setEditable(True)
        self.display_crs.setToolTip(tr("Coordinates in the status bar; type another code as EPSG:28412"))
        self.parcels_by = _combo([(tr("Status"), "status"), (tr("Land category"), "category"),
                                  (tr("Functional zone"), "functional_zone")], current.parcels_by)
        self.area_unit = _combo([(tr("square metres (m²)"), "m2"), (tr("hectares (ha)"), "ha")], current.area_unit)
        self.length_unit = _combo([(tr("metres (m)"), "m"), (tr("kilometres (km)"), "km")], current.length_unit)
        self.officer_name = QLineEdit(current.officer_name)
        self.officer_name.setPlaceholderText(tr("Surname, name and patronymic, as on the act"))
        self.officer_position_ru = QLineEdit(current.officer_position_ru)
        self.officer_position_ru.setPlaceholderText("Главный специалист отдела земельных отношений")
        self.officer_position_kk = QLineEdit(current.officer_position_kk)
        self.officer_position_kk.setPlaceholderText("Жер қатынастары бөлімінің бас маманы")
        self.officer_role = _combo([(tr("Officer"), "officer"), (tr("Head of the land department"), "head")],
                                   current.officer_role)
        form = QFormLayout()
        form.addRow(tr("Your full name"), self.officer_name)
        form.addRow(tr("Position (Russian)"), self.officer_position_ru)
        form.addRow(tr("Position (Kazakh)"), self.officer_position_kk)
        form.addRow(tr("Role"), self.officer_role)
        form.addRow(tr("Interface language"), self.language)
        form.addRow(tr("Registry address"), self.registry_url)
        form.addRow(tr("Registry user"), self.registry_user)
        form.addRow(tr("District"), self.district)
        form.addRow(tr("Coordinates shown in"), self.display_crs)
        form.addRow(tr("Parcels coloured by"), self.parcels_by)
        form.addRow(tr("Areas in"), self.area_unit)
        form.addRow(tr("Lengths in"), self.length_unit)
        self.problem = QLabel("")
        self.problem.setObjectName("SettingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        note = QLabel(tr("The window reopens on the same cache to apply the language, units and styles; "
                         "nothing is lost."))
        note.setWordWrap(True)
        self.buttons = ok_cancel(self, tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for edit in (self.registry_url, self.registry_user, self.district, self.officer_name,
                     self.officer_position_ru, self.officer_position_kk):
            edit.textChanged.connect(self._check)
        for combo in (self.language, self.display_crs, self.parcels_by, self.area_unit, self.length_unit,
                      self.officer_role):
            combo.currentIndexChanged.connect(self._check)
            combo.editTextChanged.connect(self._check)
        self._check()

    def chosen(self) -> Settings:
        crs = self.display_crs.currentData() if self.display_crs.currentText() == self.display_crs.itemText(
            self.display_crs.currentIndex()) else self.display_crs.currentText().strip().upper()
        return replace(self.current, language=str(self.language.currentData()),
                       registry_url=self.registry_url.text().strip().rstrip("/"),
                       registry_user=self.registry_user.text().strip(), district=self.district.text().strip(),
                       display_crs=str(crs or ""), parcels_by=str(self.parcels_by.currentData()),
                       area_unit=str(self.area_unit.currentData()), length_unit=str(self.length_unit.currentData()),
                       officer_name=" ".join(self.officer_name.text().split()),
                       officer_position_ru=self.officer_position_ru.text().strip(),
                       officer_position_kk=self.officer_position_kk.text().strip(),
                       officer_role=str(self.officer_role.currentData()))

    def _check(self, *_args: object) -> None:
        try:
            validate(self.chosen())
        except SettingsInvalid as err:
            self.problem.setText(render(err.args[0]))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        else:
            self.problem.clear()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
