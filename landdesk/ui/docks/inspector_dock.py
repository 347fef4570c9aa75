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
        super().__init__("Parcel inspector", parent)
        self.setObjectName("ParcelInspectorDock")
        self.details: ParcelDetails | None = None
        self.title = QLabel("Click a parcel on the map (identify tool) or press Ctrl+F.")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.area_check = QLabel()
        self.area_check.setWordWrap(True)
        self.attributes = _table(["Attribute", "Value"])
        self.points = _table(["Point", "X north (m)", "Y east (m)", "Side to next (m)"], numeric=True)
        self.plan = QPushButton("Cadastral plan…")
        self.plan.setToolTip("Write the land-cadastral plan of this parcel (PDF, Russian and Kazakh) and open it")
        self.plan.setEnabled(False)
        self.edit = QPushButton("Edit…")
        self.edit.setToolTip("Edit the parcel's attributes (checked as you type; undo with Ctrl+Z)")
        self.edit.setEnabled(False)
        self.copy_points = QPushButton("Copy catalogue")
        self.copy_points.setToolTip("Copy the boundary points as tab-separated text (paste into a spreadsheet)")
        self.neighbours = QListWidget()
        self.zones = QListWidget()
        self.encumbrances = QListWidget()
        self.applications = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.attributes, "Attributes")
        points_page = QWidget()
        points_layout = QVBoxLayout(points_page)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(self.points)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy_points)
        points_layout.addLayout(row)
        self.tabs.addTab(points_page, "Boundary points")
        self.tabs.addTab(self.neighbours, "Neighbours")
        self.tabs.addTab(self.zones, "Plan zones")
        self.tabs.addTab(self.encumbrances, "Encumbrances")
        self.tabs.addTab(self.applications, "Applications")
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
            self.title.setText("No parcel here.")
            self.area_check.clear()
            for widget in (self.neighbours, self.zones, self.encumbrances, self.applications):
                widget.clear()
            _fill(self.attributes, [])
            _fill(self.points, [])
            return
        self.title.setText(f"<b style='font-size:14pt'>{details.cadastral_number}</b>")
        if details.area_difference is None:
            self.area_check.setText("No official area on record.")
            self.area_check.setStyleSheet("")
        else:
            verdict = "differs by more than 1 %" if details.area_flagged else "agrees within 1 %"
            self.area_check.setText(
                f"Official {details.area_official_m2:,.1f} m² vs computed {details.area_computed_m2:,.1f} m²: "
                f"{details.area_difference:+.2%} — {verdict}.")
            self.area_check.setStyleSheet("color: #b00020; font-weight: bold" if details.area_flagged else
                                          "color: #2e7d32")
        _fill(self.attributes, [[k, v] for k, v in details.attributes])
        _fill(self.points, [[str(p.number) + (f" (ring {p.ring + 1})" if p.ring else ""), f"{p.y:.2f}",
                             f"{p.x:.2f}", f"{p.side_m:.2f}"] for p in details.points])
        self.neighbours.clear()
        for n in details.neighbours:
            item = QListWidgetItem(f"{n.cadastral_number}  ·  {n.status.lower()}  ·  shares {n.shared_m:.1f} m")
            item.setData(Qt.ItemDataRole.UserRole, n.fid)
            self.neighbours.addItem(item)
        self.zones.clear()
        for z in details.zones:
            permitted = "; ".join(z.permitted) or "no permitted purposes recorded"
            self.zones.addItem(f"{z.code} {z.name} — {z.zone_type}, {z.share:.0%} of the parcel\n"
                               f"   {z.plan} ({z.plan_kind}, {z.plan_status.lower()})\n   permits: {permitted}")
        self.encumbrances.clear()
        for kind, description, basis in details.encumbrances:
            self.encumbrances.addItem(f"{kind}: {description}" + (f" ({basis})" if basis else ""))
        if not details.encumbrances:
            self.encumbrances.addItem("No encumbrances.")
        self.applications.clear()
        for _fid, number, status, applicant in details.applications:
            item = QListWidgetItem(f"{number}  ·  {status.lower()}  ·  {applicant}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.applications.addItem(item)
        self.tabs.setTabText(2, f"Neighbours ({len(details.neighbours)})")
        self.tabs.setTabText(5, f"Applications ({len(details.applications)})")

    def catalogue_text(self) -> str:
        if self.details is None:
            return ""
        lines = [f"Boundary points of {self.details.cadastral_number}", "Point\tX (north)\tY (east)\tSide to next, m"]
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
