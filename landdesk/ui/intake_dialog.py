"""Register application: a paper application typed in by the officer (issue 16).

The dialog gathers the same JSON object the portal sends and `landdesk lodge` reads, and checks it as the officer
types with the one intake validation (`domain/intake`): each wrong field is named under the form and Register
stays disabled until nothing is wrong. The plot is an existing parcel's cadastral number or a boundary drawn on
the map (the dialog steps aside while the officer draws). The service checks again and has the last word.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import shapely
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.intake import IntakeInvalid, read_lodgement
from landdesk.domain.labels import label
from landdesk.domain.land import Purpose, RightType
from landdesk.services.procedures import procedure
from landdesk.ui.i18n import legal_ref, render, tr
from landdesk.ui.qt import ok_cancel
from landdesk.ui.step_dialogs import chosen_date, date_edit

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date



def _combo(values: Iterable[object]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(render(label(value)), str(value))
    return combo


class RegisterApplicationDialog(QDialog):
    """The fields of an incoming application; `data()` is the JSON object the intake service registers."""

    draw_requested = Signal()            # the officer wants to draw the plot on the map

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegisterApplicationDialog")
        self.setWindowTitle(tr("Register application"))
        self.today = today
        self.plot: shapely.Geometry | None = None
        self.plot_crs: str | None = None
        self.track = QComboBox()
        for track in ProcedureTrack:
            found = procedure(track)
            self.track.addItem(f"{tr(found.title)} ({legal_ref(found.legal_ref)})", str(track))
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(tr("Surname, name and patronymic, or the organisation's name"))
        self.iin = QLineEdit()
        self.iin.setPlaceholderText(tr("12 digits"))
        self.citizen = QCheckBox(tr("Citizen of Kazakhstan"))
        self.citizen.setChecked(True)
        self.purpose = _combo(Purpose)
        self.right = _combo(r for r in RightType if r != RightType.STATE)
        self.free_grant = QCheckBox(tr("Free grant (Art. 50 p.2 norms apply)"))
        self.irrigated = QCheckBox(tr("Irrigated land"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(tr("square metres"))
        self.parcel = QLineEdit()
        self.parcel.setPlaceholderText(tr("for example 19-245-001-001, when the plot is an existing parcel"))
        self.draw = QPushButton(tr("Draw on the map…"))
        self.plot_label = QLabel(tr("no plot drawn"))
        self.location = QLineEdit()
        self.settlement = QLineEdit()
        self.queue_number = QLineEdit()
        self.lease_years = QSpinBox()
        self.lease_years.setRange(0, 49)
        self.lease_years.setSpecialValueText(tr("not asked"))
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(tr("One document a line: identity card, application form, scheme…"))
        self.documents.setMaximumHeight(70)
        self.received = date_edit(today)
        plot_row = QHBoxLayout()
        plot_row.addWidget(self.parcel, 1)
        plot_row.addWidget(self.draw)
        form = QFormLayout()
        form.addRow(tr("Procedure"), self.track)
        form.addRow(tr("Applicant"), self.applicant)
        form.addRow(tr("IIN or BIN"), self.iin)
        form.addRow("", self.citizen)
        form.addRow(tr("Purpose"), self.purpose)
        form.addRow(tr("Right"), self.right)
        form.addRow("", self.free_grant)
        form.addRow("", self.irrigated)
        form.addRow(tr("Area, m²"), self.area)
        form.addRow(tr("Plot"), plot_row)
        form.addRow("", self.plot_label)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Settlement"), self.settlement)
        form.addRow(tr("IZhS queue number"), self.queue_number)
        form.addRow(tr("Lease term, years"), self.lease_years)
        form.addRow(tr("Documents attached"), self.documents)
        form.addRow(tr("Received on"), self.received)
        self.problems = QLabel("")
        self.problems.setObjectName("IntakeProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.buttons = ok_cancel(self, tr("Register"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(660, self.sizeHint().height())
        for edit in (self.applicant, self.iin, self.area, self.parcel, self.location, self.settlement,
                     self.queue_number):
            edit.textChanged.connect(self._check)
        for combo in (self.track, self.purpose, self.right):
            combo.currentIndexChanged.connect(self._check)
        for box in (self.citizen, self.free_grant, self.irrigated):
            box.toggled.connect(self._check)
        self.lease_years.valueChanged.connect(self._check)
        self.documents.textChanged.connect(self._check)
        self.received.dateChanged.connect(self._check)
        self.draw.clicked.connect(self.draw_requested.emit)
        self._check()

    def set_plot(self, plot: shapely.Geometry, crs: str | None = None) -> None:
        """The boundary drawn on the map (in the district's CRS unless `crs` says otherwise)."""
        self.plot, self.plot_crs = plot, crs
        self.plot_label.setText(tr("plot drawn: {area} m², {points} points").format(
            area=f"{plot.area:,.0f}".replace(",", " "), points=len(plot.exterior.coords) - 1))
        if not self.area.text().strip():
            self.area.setText(f"{plot.area:.0f}")
        self._check()

    def data(self) -> dict[str, Any]:
        area_text = self.area.text().strip().replace(" ", "").replace(",", ".")
        try:
            area: float | str = float(area_text)
        except ValueError:
            area = area_text
        iin = self.iin.text().strip()
        return {
            "track": self.track.currentData(),
            "applicant": {"name": " ".join(self.applicant.text().split()), "iin": iin,
                          "citizen": self.citizen.isChecked()},
            "purpose": self.purpose.currentData(), "right": self.right.currentData(),
            "free_grant": self.free_grant.isChecked(), "irrigated": self.irrigated.isChecked(), "area_m2": area,
            "parcel": self.parcel.text().strip() or None,
            "geometry": json.loads(shapely.to_geojson(self.plot)) if self.plot is not None else None,
            "geometry_crs": self.plot_crs,
            "location": self.location.text().strip(), "settlement": self.settlement.text().strip(),
            "queue_number": self.queue_number.text().strip() or None,
            "lease_years": self.lease_years.value() or None,
            "documents": [line.strip() for line in self.documents.toPlainText().splitlines() if line.strip()],
            "received_on": chosen_date(self.received).isoformat(),
        }

    @staticmethod
    def _labels() -> dict[str, str]:
        """The form's own words for the fields the intake validation names."""
        return {"track": tr("Procedure"), "applicant.name": tr("Applicant"), "applicant.iin": tr("IIN or BIN"),
                "applicant.bin": tr("IIN or BIN"), "iin": tr("IIN or BIN"), "purpose": tr("Purpose"),
                "right": tr("Right"), "free_grant": tr("Free grant (Art. 50 p.2 norms apply)"),
                "area_m2": tr("Area, m²"), "parcel": tr("Plot"), "geometry": tr("Plot"),
                "geometry_crs": tr("Plot"), "received_on": tr("Received on"),
                "lease_years": tr("Lease term, years"), "documents": tr("Documents attached"),
                "location": tr("Location"), "settlement": tr("Settlement"), "queue_number": tr("IZhS queue number"),
                "applicant": tr("Applicant")}

    def _check(self, *_args: object) -> None:
        try:
            read_lodgement(self.data(), self.today)
        except IntakeInvalid as invalid:
            labels = self._labels()
            self.problems.setText("\n".join(f"• {labels.get(problem.field, problem.field)}: {render(problem.reason)}"
                                            for problem in invalid.problems))
            self.ok.setEnabled(False)
        else:
            self.problems.clear()
            self.ok.setEnabled(True)
