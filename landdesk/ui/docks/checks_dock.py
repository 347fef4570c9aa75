"""The Checks dock: the pre-check results of the selected application, each row showing its geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    from landdesk.domain.prechecks import CheckResult
    from landdesk.services.prechecks import ApplicationChecks

OUTCOME_COLOURS = {"pass": QColor(200, 235, 200), "fail": QColor(244, 180, 180), "warning": QColor(255, 224, 150),
                   "not run": QColor(225, 225, 225)}


class ChecksDock(QDockWidget):
    result_chosen = Signal(object)          # CheckResult: show its geometry
    refuse_requested = Signal(object)       # ApplicationChecks
    approve_requested = Signal(object)
    rerun_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Pre-checks", parent)
        self.setObjectName("ChecksDock")
        self.checks: ApplicationChecks | None = None
        self.title = QLabel("Select an application in the queue to see its automatic pre-checks.")
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Check", "Result", "Explanation", "Ground"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.rerun = QPushButton("Run checks again")
        self.refuse = QPushButton("Refuse…")
        self.approve = QPushButton("Approve…")
        for button in (self.rerun, self.refuse, self.approve):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rerun)
        buttons.addStretch(1)
        buttons.addWidget(self.refuse)
        buttons.addWidget(self.approve)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.rerun.clicked.connect(lambda: self.checks and self.rerun_requested.emit(self.checks.number))
        self.refuse.clicked.connect(lambda: self.checks and self.refuse_requested.emit(self.checks))
        self.approve.clicked.connect(lambda: self.checks and self.approve_requested.emit(self.checks))

    def show_checks(self, checks: ApplicationChecks | None) -> None:
        self.checks = checks
        for button in (self.rerun, self.refuse, self.approve):
            button.setEnabled(checks is not None)
        if checks is None:
            self.title.setText("This application is decided; its checks are not run again.")
            self.table.setRowCount(0)
            return
        failed = sum(1 for r in checks.results if r.outcome == "fail")
        verdict = "passes every check" if not failed else f"fails {failed} check{'s' if failed > 1 else ''}"
        self.title.setText(f"<b>{checks.number}</b> ({checks.status.lower().replace('_', ' ')}): {verdict}.")
        self.table.setRowCount(len(checks.results))
        for row, result in enumerate(checks.results):
            cells = [str(result.check).replace("_", " "), str(result.outcome), result.explanation, result.ground or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setBackground(OUTCOME_COLOURS.get(str(result.outcome), QColor(255, 255, 255)))
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def result_at(self, row: int) -> CheckResult | None:
        if self.checks is None or not 0 <= row < len(self.checks.results):
            return None
        return self.checks.results[row]

    def _on_table_current_cell_changed(self, row: int, *_args: int) -> None:
        result = self.result_at(row)
        if result is not None:
            self.result_chosen.emit(result)
