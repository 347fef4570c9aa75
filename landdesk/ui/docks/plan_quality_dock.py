"""Plan quality dock: the data-quality rules run on a plan (or all), each finding a row; choosing one shows it
on the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from landdesk.domain.plan_rules import Finding
    from landdesk.services.impact import ImpactRow
    from landdesk.services.plan_check import PlanReport

ALL_PLANS = "All plans"


class PlanQualityDock(QDockWidget):
    check_requested = Signal(object)          # plan uid, or None for every plan
    finding_chosen = Signal(object)           # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Plan quality", parent)
        self.setObjectName("PlanQualityDock")
        self.findings: list[Finding] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.plan = QComboBox(body)
        self.plan.addItem(ALL_PLANS, None)
        self.check = QPushButton("Check", body)
        self.check.setToolTip("Run every data-quality rule on the chosen plan")
        row.addWidget(QLabel("Plan:", body))
        row.addWidget(self.plan, 1)
        row.addWidget(self.check)
        layout.addLayout(row)
        self.summary = QLabel("Choose a plan and press Check.", body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, body)
        self.table.setHorizontalHeaderLabels(["Plan", "Rule", "Feature", "Finding"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.impact_label = QLabel("Impact on pending applications: no plan edit yet.", body)
        layout.addWidget(self.impact_label)
        self.impact = QTableWidget(0, 4, body)
        self.impact.setHorizontalHeaderLabels(["Application", "Check", "Was", "Now"])
        self.impact.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.impact.verticalHeader().hide()
        self.impact.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.impact)
        self.setWidget(body)
        self.check.clicked.connect(lambda: self.check_requested.emit(self.plan.currentData()))
        self.table.itemSelectionChanged.connect(self._on_selected)

    def set_plans(self, plans: list[tuple[str, str, str]]) -> None:
        """(uid, name, status) of each plan."""
        chosen = self.plan.currentData()
        self.plan.clear()
        self.plan.addItem(ALL_PLANS, None)
        for uid, name, status in plans:
            self.plan.addItem(f"{name} ({status.lower()})", uid)
        index = self.plan.findData(chosen)
        self.plan.setCurrentIndex(max(index, 0))

    def show_reports(self, reports: list[PlanReport]) -> None:
        rows = [(report, finding) for report in reports for finding in report.findings]
        self.findings = [finding for _report, finding in rows]
        self.table.setRowCount(len(rows))
        for index, (report, finding) in enumerate(rows):
            for column, text in enumerate((report.name, finding.rule, finding.feature, finding.message)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        checked = ", ".join(f"{r.name}: {len(r.findings)}" for r in reports)
        self.summary.setText(f"{len(rows)} finding(s). {checked}." if rows else
                             f"No findings: {', '.join(r.name for r in reports)} meet every rule.")

    def show_impact(self, rows: list[ImpactRow]) -> None:
        self.impact.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.number, row.check, row.before, row.after)):
                self.impact.setItem(index, column, QTableWidgetItem(text))
        self.impact_label.setText(f"Impact on pending applications: {len(rows)} pre-check result(s) changed."
                                  if rows else "Impact on pending applications: no pre-check result changed.")

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.findings):
            self.finding_chosen.emit(self.findings[rows[0].row()])
