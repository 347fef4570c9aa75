"""Plan quality dock: the data-quality rules run on a plan (or all), each finding a row; choosing one shows it
on the map."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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

from landdesk.domain.labels import label
from landdesk.domain.plan_rules import RULES
from landdesk.ui.i18n import render, tr

if TYPE_CHECKING:
    from landdesk.domain.plan_rules import Finding
    from landdesk.services.impact import ImpactRow
    from landdesk.services.plan_check import PlanReport




class PlanQualityDock(QDockWidget):
    check_requested = Signal(object)          # plan uid, or None for every plan
    finding_chosen = Signal(object)           # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Plan quality"), parent)
        self.setObjectName("PlanQualityDock")
        self.findings: list[Finding] = []
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.plan = QComboBox(body)
        self.plan.addItem(tr("All plans"), None)
        self.check = QPushButton(tr("Check"), body)
        self.check.setToolTip(tr("Run every data-quality rule on the chosen plan"))
        row.addWidget(QLabel(tr("Plan:"), body))
        row.addWidget(self.plan, 1)
        row.addWidget(self.check)
        layout.addLayout(row)
        self.summary = QLabel(tr("Choose a plan and press Check."), body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4, body)
        self.table.setHorizontalHeaderLabels([tr("Plan"), tr("Rule"), tr("Feature"), tr("Finding")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.impact_label = QLabel(tr("Impact on pending applications: no plan edit yet."), body)
        layout.addWidget(self.impact_label)
        self.impact = QTableWidget(0, 4, body)
        self.impact.setHorizontalHeaderLabels([tr("Application"), tr("Check"), tr("Was"), tr("Now")])
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
        self.plan.addItem(tr("All plans"), None)
        for uid, name, status in plans:
            self.plan.addItem(f"{name} ({render(label(status))})", uid)
        index = self.plan.findData(chosen)
        self.plan.setCurrentIndex(max(index, 0))

    def show_reports(self, reports: list[PlanReport]) -> None:
        rows = [(report, finding) for report in reports for finding in report.findings]
        self.findings = [finding for _report, finding in rows]
        self.table.setRowCount(len(rows))
        for index, (report, finding) in enumerate(rows):
            cells = (report.name, tr(RULES[finding.rule].title), render(finding.feature), render(finding.message))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, finding.rule)     # the rule's code, as check-plan prints it
                item.setToolTip(finding.rule if column == 1 else text)
                self.table.setItem(index, column, item)
        checked = ", ".join(f"{r.name}: {len(r.findings)}" for r in reports)
        names = ", ".join(r.name for r in reports)
        self.summary.setText(tr("Findings: {count}. {checked}.").format(count=len(rows), checked=checked) if rows else
                             tr("No findings: {plans} meet every rule.").format(plans=names))

    def show_impact(self, rows: list[ImpactRow]) -> None:
        self.impact.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, text in enumerate((row.number, render(label(row.check)), render(label(row.before)),
                                           render(label(row.after)))):
                self.impact.setItem(index, column, QTableWidgetItem(text))
        self.impact_label.setText(tr("Impact on pending applications: pre-check results changed: {count}.").format(
                                      count=len(rows))
                                  if rows else tr("Impact on pending applications: no pre-check result changed."))

    def _on_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.findings):
            self.finding_chosen.emit(self.findings[rows[0].row()])
