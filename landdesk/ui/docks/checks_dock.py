"""The Checks dock: the pre-check results of the selected application, each row showing its geometry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
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

from landdesk.domain.refusal import GROUND_BY_CODE

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
    advance_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Pre-checks", parent)
        self.setObjectName("ChecksDock")
        self.checks: ApplicationChecks | None = None
        self.rows: list[CheckResult] = []
        self.title = QLabel("Select an application in the queue to see its automatic pre-checks.")
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Check", "Explanation"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rerun = QPushButton("Run checks again")
        self.refuse = QPushButton("Refuse…")
        self.approve = QPushButton("Approve…")
        self.advance = QPushButton("Next step")
        self.advance.setToolTip("Move the application to the next step of its procedure")
        for button in (self.rerun, self.advance, self.refuse, self.approve):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rerun)
        buttons.addWidget(self.advance)
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
        self.advance.clicked.connect(lambda: self.checks and self.advance_requested.emit(self.checks.number))
        self.refuse.clicked.connect(lambda: self.checks and self.refuse_requested.emit(self.checks))
        self.approve.clicked.connect(lambda: self.checks and self.approve_requested.emit(self.checks))

    def show_checks(self, checks: ApplicationChecks | None) -> None:
        self.checks = checks
        for button in (self.rerun, self.advance, self.refuse, self.approve):
            button.setEnabled(checks is not None)
        if checks is None:
            self.title.setText("This application is decided; its checks are not run again.")
            self.table.setRowCount(0)
            self.rows = []
            return
        failed = sum(1 for r in checks.results if r.outcome == "fail")
        verdict = "passes every check" if not failed else f"fails {failed} check{'s' if failed > 1 else ''}"
        self.title.setText(f"<b>{checks.number}</b> ({checks.status.lower().replace('_', ' ')}): {verdict}.")
        order = {"fail": 0, "warning": 1, "pass": 2, "not run": 3}
        self.rows = sorted(checks.results, key=lambda r: order.get(str(r.outcome), 4))    # failures first
        self.table.setRowCount(len(self.rows))
        for row, result in enumerate(self.rows):
            name = QTableWidgetItem(f"{str(result.check).replace('_', ' ')}\n{result.outcome}")
            name.setBackground(OUTCOME_COLOURS.get(str(result.outcome), QColor(255, 255, 255)))
            ground = f"\nGround: {result.ground} ({GROUND_BY_CODE[result.ground].legal_ref})" if result.ground else ""
            text = QTableWidgetItem(result.explanation + ground)
            text.setToolTip(result.explanation + ground)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, text)
        self.table.resizeRowsToContents()

    def result_at(self, row: int) -> CheckResult | None:
        if self.checks is None or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _on_table_current_cell_changed(self, row: int, *_args: int) -> None:
        result = self.result_at(row)
        if result is not None:
            self.result_chosen.emit(result)
