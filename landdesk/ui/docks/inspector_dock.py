"""The Parcel inspector: what the registry knows about the selected parcel, in the officer's terms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.labels import label, official_term
from landdesk.ui.i18n import number, percent, render, tr, value_text

if TYPE_CHECKING:
    from landdesk.services.parcels import ParcelDetails


def _table(headers: list[str], *, numeric: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setProperty("numeric", numeric)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    numeric = bool(table.property("numeric"))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if numeric and c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class ParcelInspectorDock(QDockWidget):
    parcel_requested = Signal(int)          # a neighbour was clicked: its fid
    application_requested = Signal(str)     # an application was clicked: its number
    plan_requested = Signal(str)            # the land-cadastral plan of this cadastral number
    edit_requested = Signal(str)            # edit the attributes of the parcel with this uid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Parcel inspector"), parent)
        self.setObjectName("ParcelInspectorDock")
        self.details: ParcelDetails | None = None
        self.title = QLabel(tr("Click a parcel on the map (identify tool) or press Ctrl+F."))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.area_check = QLabel()
        self.area_check.setWordWrap(True)
        self.attributes = _table([tr("Attribute"), tr("Value")])
        self.points = _table([tr("Point"), tr("X north (m)"), tr("Y east (m)"), tr("Side to next (m)")], numeric=True)
        self.plan = QPushButton(tr("Cadastral plan…"))
        self.plan.setToolTip(tr("Write the land-cadastral plan of this parcel (PDF, Russian and Kazakh) and open it"))
        self.plan.setEnabled(False)
        self.edit = QPushButton(tr("Edit…"))
        self.edit.setToolTip(tr("Edit the parcel's attributes (checked as you type; undo with Ctrl+Z)"))
        self.edit.setEnabled(False)
        self.copy_points = QPushButton(tr("Copy catalogue"))
        self.copy_points.setToolTip(tr("Copy the boundary points as tab-separated text (paste into a spreadsheet)"))
        self.neighbours = QListWidget()
        self.zones = QListWidget()
        self.encumbrances = QListWidget()
        self.applications = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.attributes, tr("Attributes"))
        points_page = QWidget()
        points_layout = QVBoxLayout(points_page)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(self.points)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_points)
        points_layout.addLayout(row)
        self.tabs.addTab(points_page, tr("Boundary points"))
        self.tabs.addTab(self.neighbours, tr("Neighbours"))
        self.tabs.addTab(self.zones, tr("Plan zones"))
        self.tabs.addTab(self.encumbrances, tr("Encumbrances"))
        self.tabs.addTab(self.applications, tr("Applications"))
        body = QWidget()
        layout = QVBoxLayout(body)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.plan, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        layout.addWidget(self.area_check)
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.copy_points.clicked.connect(self._on_copy_points_clicked)
        self.plan.clicked.connect(lambda: self.details and self.plan_requested.emit(self.details.cadastral_number))
        self.edit.clicked.connect(lambda: self.details and self.edit_requested.emit(self.details.uid))
        self.neighbours.itemActivated.connect(self._on_neighbour_activated)
        self.neighbours.itemClicked.connect(self._on_neighbour_activated)
        self.applications.itemClicked.connect(self._on_application_clicked)

    def show_details(self, details: ParcelDetails | None) -> None:
        self.details = details
        self.plan.setEnabled(details is not None)
        self.edit.setEnabled(details is not None)
        if details is None:
            self.title.setText(tr("No parcel here."))
            self.area_check.clear()
            for widget in (self.neighbours, self.zones, self.encumbrances, self.applications):
                widget.clear()
            _fill(self.attributes, [])
            _fill(self.points, [])
            return
        self.title.setText(f"<b style='font-size:14pt'>{details.cadastral_number}</b>")
        if details.area_difference is None:
            self.area_check.setText(tr("No official area on record."))
            self.area_check.setStyleSheet("")
        else:
            verdict = tr("differs by more than 1 %") if details.area_flagged else tr("agrees within 1 %")
            compared = tr("Official {official} m² vs computed {computed} m²: {difference} — {verdict}.")
            self.area_check.setText(compared.format(
                official=number(details.area_official_m2 or 0, 1), computed=number(details.area_computed_m2, 1),
                difference=percent(details.area_difference, 2, signed=True), verdict=verdict))
            self.area_check.setStyleSheet("color: #b00020; font-weight: bold" if details.area_flagged else
                                          "color: #2e7d32")
        _fill(self.attributes, [[render(k), value_text(v)] for k, v in details.attributes])
        _fill(self.points, [[str(p.number) + (" " + tr("(ring {ring})").format(ring=p.ring + 1) if p.ring else ""),
                             number(p.y, 2, grouped=False), number(p.x, 2, grouped=False),
                             number(p.side_m, 2, grouped=False)] for p in details.points])
        self.neighbours.clear()
        for n in details.neighbours:
            item = QListWidgetItem(f"{n.cadastral_number}  ·  {render(label(n.status))}  ·  "
                                   + tr("shares {length} m").format(length=number(n.shared_m, 1)))
            item.setData(Qt.ItemDataRole.UserRole, n.fid)
            self.neighbours.addItem(item)
        self.zones.clear()
        for z in details.zones:
            permitted = "; ".join(render(official_term(p)) for p in z.permitted) or tr("no permitted purposes recorded")
            self.zones.addItem(tr("{code} {name} — {kind}, {share} of the parcel\n   {plan} ({plan_kind}, {status})\n"
                                  "   permits: {permitted}").format(
                code=z.code, name=z.name, kind=render(label(z.zone_type)) if z.zone_type else tr("no zone type"),
                share=percent(z.share),
                plan=z.plan, plan_kind=render(label(z.plan_kind)), status=render(label(z.plan_status)),
                permitted=permitted))
        self.encumbrances.clear()
        for kind, description, basis in details.encumbrances:
            self.encumbrances.addItem(f"{render(official_term(kind))}: {description}"
                                      + (f" ({basis})" if basis else ""))
        if not details.encumbrances:
            self.encumbrances.addItem(tr("No encumbrances."))
        self.applications.clear()
        for _fid, app_number, status, applicant in details.applications:
            item = QListWidgetItem(f"{app_number}  ·  {render(label(status))}  ·  {applicant}")
            item.setData(Qt.ItemDataRole.UserRole, app_number)
            self.applications.addItem(item)
        self.tabs.setTabText(2, tr("Neighbours ({count})").format(count=len(details.neighbours)))
        self.tabs.setTabText(5, tr("Applications ({count})").format(count=len(details.applications)))

    def catalogue_text(self) -> str:
        if self.details is None:
            return ""
        lines = [tr("Boundary points of {number}").format(number=self.details.cadastral_number),
                 "\t".join((tr("Point"), tr("X north (m)"), tr("Y east (m)"), tr("Side to next (m)")))]
        lines += [f"{p.number}\t{p.y:.2f}\t{p.x:.2f}\t{p.side_m:.2f}" for p in self.details.points]
        return "\n".join(lines)

    def _on_copy_points_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.catalogue_text())

    def _on_neighbour_activated(self, item: QListWidgetItem) -> None:
        fid = item.data(Qt.ItemDataRole.UserRole)
        if fid is not None:
            self.parcel_requested.emit(int(fid))

    def _on_application_clicked(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.application_requested.emit(str(number))
