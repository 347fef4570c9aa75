"""The Application dock: the selected application's pre-checks (each row showing its geometry on the map) and
its procedure steps (who answers for each, by when, how late), with the actions that move it along."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.labels import label
from landdesk.domain.refusal import GROUND_BY_CODE
from landdesk.ui.i18n import date_text, legal_ref, number, render, tr

if TYPE_CHECKING:
    from landdesk.domain.prechecks import CheckResult
    from landdesk.services.lifecycle import StepRow
    from landdesk.services.prechecks import ApplicationChecks
    from landdesk.services.procedure_guard import Allowed

OUTCOME_COLOURS = {"pass": QColor(200, 235, 200), "fail": QColor(244, 180, 180), "warning": QColor(255, 224, 150),
                   "not run": QColor(225, 225, 225)}
STATE_COLOURS = {"DONE": QColor(200, 235, 200), "NEGATIVE": QColor(244, 180, 180), "SKIPPED": QColor(225, 225, 225)}
LATE = QColor(244, 180, 180)


def _step_cells(step: StepRow) -> tuple[list[str], str, QColor | None]:
    """The row's one-line texts (step, responsible, due, state), its full tooltip (with the start), its colour."""
    party = render(label(step.party))
    who = step.body or party
    late = tr(", {days} WD late").format(days=number(step.late_wd)) if step.late_wd else ""
    state_word = render(label(step.state))
    if step.state == "OPEN":
        state, colour = f"{state_word}{late}", LATE if step.late_wd else None
    else:
        state = f"{state_word} {date_text(step.completed)}{late}" if step.completed else state_word
        colour = STATE_COLOURS.get(step.state)
    title = f"{step.code} {tr(step.title)}"
    tooltip = "\n".join(filter(None, [title, f"{party}: {who}",
                                       tr("started {started}, due {due}").format(started=date_text(step.started),
                                                                                 due=date_text(step.due)),
                                       state, step.note]))
    return [title, who, date_text(step.due), state], tooltip, colour


class ChecksDock(QDockWidget):
    result_chosen = Signal(object)          # CheckResult: show its geometry
    refuse_requested = Signal(object)       # ApplicationChecks
    approve_requested = Signal(object)
    rerun_requested = Signal(str)
    advance_requested = Signal(str)
    answer_requested = Signal(object)       # StepRow: record the body's answer
    conditions_requested = Signal(str)      # application number: ask one more utility
    withdraw_requested = Signal(str)
    cancel_requested = Signal(str)          # application number: cancel its approval (contract not signed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Application"), parent)
        self.setObjectName("ChecksDock")
        self.checks: ApplicationChecks | None = None
        self.number: str | None = None
        self.rows: list[CheckResult] = []
        self.steps: list[StepRow] = []
        self.title = QLabel(tr("Select an application in the queue to see its automatic pre-checks."))
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Check"), tr("Explanation")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rerun = QPushButton(tr("Re-check"))
        self.rerun.setToolTip(tr("Run the automatic pre-checks again (after the plan or the plot was corrected)"))
        self.refuse = QPushButton(tr("Refuse…"))
        self.approve = QPushButton(tr("Approve…"))
        self.advance = QPushButton(tr("Next step"))
        self.advance.setToolTip(tr("Move the application to the next step of its procedure"))
        for button in (self.rerun, self.advance, self.refuse, self.approve):
            button.setEnabled(False)
        self.steps_table = QTableWidget(0, 4)
        self.steps_table.setHorizontalHeaderLabels([tr("Step"), tr("Responsible"), tr("Due"), tr("State")])
        self.steps_table.verticalHeader().setVisible(False)
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_table.setWordWrap(False)
        steps_header = self.steps_table.horizontalHeader()
        steps_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        steps_header.setStretchLastSection(True)
        for column, width in enumerate((105, 100, 84)):
            self.steps_table.setColumnWidth(column, width)
        self.answer = QPushButton(tr("Record answer…"))
        self.answer.setToolTip(tr("An approving body's conclusion or a utility's technical conditions came in"))
        self.conditions = QPushButton(tr("Request conditions…"))
        self.conditions.setToolTip(tr("Ask one more utility for technical conditions (its own 5 working days)"))
        self.withdraw = QPushButton(tr("Withdraw…"))
        self.withdraw.setToolTip(tr("The applicant withdrew the application"))
        self.cancel = QPushButton(tr("Cancel decision…"))
        self.cancel.setToolTip(tr("The contract was not signed in its term, or the applicant refused to sign"))
        for button in (self.answer, self.conditions, self.withdraw, self.cancel):
            button.setEnabled(False)
        self._tips = {"withdraw": self.withdraw.toolTip(), "cancel": self.cancel.toolTip(), "approve": "",
                      "refuse": ""}
        self.allowed: Allowed | None = None
        step_buttons = QGridLayout()   # two rows, like the decision's: four Kazakh labels do not fit in one
        step_buttons.addWidget(self.answer, 0, 0)
        step_buttons.addWidget(self.conditions, 0, 1)
        step_buttons.addWidget(self.withdraw, 1, 0)
        step_buttons.addWidget(self.cancel, 1, 1)
        buttons = QGridLayout()        # two rows: the Kazakh and Russian labels do not fit the dock's width in one
        buttons.addWidget(self.rerun, 0, 0)
        buttons.addWidget(self.advance, 0, 1)
        buttons.addWidget(self.refuse, 1, 0)
        buttons.addWidget(self.approve, 1, 1)
        checks_part = QWidget()
        layout = QVBoxLayout(checks_part)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        steps_part = QWidget()
        steps_layout = QVBoxLayout(steps_part)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        steps_layout.addWidget(QLabel("<b>" + tr("Procedure steps") + "</b>"))
        steps_layout.addWidget(self.steps_table, 1)
        steps_layout.addLayout(step_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(checks_part)
        splitter.addWidget(steps_part)
        splitter.setChildrenCollapsible(True)     # a small window keeps its size; the parts fold away
        splitter.setMinimumSize(330, 140)
        self.setWidget(splitter)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.steps_table.itemSelectionChanged.connect(self._update_step_buttons)
        self.answer.clicked.connect(self._on_answer_clicked)
        self.conditions.clicked.connect(lambda: self.number and self.conditions_requested.emit(self.number))
        self.withdraw.clicked.connect(lambda: self.number and self.withdraw_requested.emit(self.number))
        self.cancel.clicked.connect(lambda: self.number and self.cancel_requested.emit(self.number))
        self.rerun.clicked.connect(lambda: self.checks and self.rerun_requested.emit(self.checks.number))
        self.advance.clicked.connect(lambda: self.checks and self.advance_requested.emit(self.checks.number))
        self.refuse.clicked.connect(lambda: self.checks and self.refuse_requested.emit(self.checks))
        self.approve.clicked.connect(lambda: self.checks and self.approve_requested.emit(self.checks))

    def show_checks(self, checks: ApplicationChecks | None) -> None:
        self.checks = checks
        for button in (self.rerun, self.advance, self.refuse, self.approve):
            button.setEnabled(checks is not None)
        if checks is not None and self.allowed is not None and self.allowed.number == checks.number:
            self.show_allowed(self.allowed)
        if checks is None:
            self.title.setText(tr("This application is decided; its checks are not run again."))
            self.table.setRowCount(0)
            self.rows = []
            return
        failed = sum(1 for r in checks.results if r.outcome == "fail")
        verdict = tr("passes every check") if not failed else tr("failed checks: {count}").format(count=failed)
        self.title.setText(f"<b>{checks.number}</b> ({render(label(checks.status))}): {verdict}.")
        order = {"fail": 0, "warning": 1, "pass": 2, "not run": 3}
        self.rows = sorted(checks.results, key=lambda r: order.get(str(r.outcome), 4))    # failures first
        self.table.setRowCount(len(self.rows))
        for row, result in enumerate(self.rows):
            name = QTableWidgetItem(f"{render(label(result.check))}\n{render(label(result.outcome))}")
            name.setBackground(OUTCOME_COLOURS.get(str(result.outcome), QColor(255, 255, 255)))
            ground = "\n" + tr("Ground: {code} ({article})").format(
                code=result.ground, article=legal_ref(GROUND_BY_CODE[result.ground].legal_ref)) if result.ground else ""
            text = QTableWidgetItem(render(result.explanation) + ground)
            text.setToolTip(render(result.explanation) + ground)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, text)
        self.table.resizeRowsToContents()

    def show_steps(self, number: str, steps: list[StepRow], *, pending: bool, utilities_asked: bool) -> None:
        """The application's steps; `pending`: it may still be withdrawn; `utilities_asked`: it is at the stage
        where utilities are asked for technical conditions."""
        self.number, self.steps = number, steps
        self.steps_table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            texts, tooltip, colour = _step_cells(step)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip)
                if colour is not None and column == 3:
                    item.setBackground(colour)
                self.steps_table.setItem(row, column, item)
        awaited = next((k for k, s in enumerate(steps) if s.awaited), None)
        if awaited is None:
            awaited = next((k for k, s in enumerate(steps) if s.state == "OPEN"), None)
        if awaited is not None:
            self.steps_table.selectRow(awaited)
        shown = self.steps_table.item(awaited if awaited is not None else len(steps) - 1, 0)
        if shown is not None:
            self.steps_table.scrollToItem(shown)
        self.withdraw.setEnabled(pending)
        self.conditions.setEnabled(utilities_asked)
        self._update_step_buttons()

    def selected_step(self) -> StepRow | None:
        rows = self.steps_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.steps):
            return None
        return self.steps[rows[0].row()]

    def show_allowed(self, found: Allowed) -> None:
        """What the procedure permits now: the others are disabled, their tooltips saying why not (the guard in
        the service refuses them anyway)."""
        self.allowed = found
        for action, button in (("approve", self.approve), ("refuse", self.refuse), ("withdraw", self.withdraw),
                               ("cancel", self.cancel)):
            reason = found.refused.get(action)
            button.setEnabled(reason is None and (action in ("withdraw", "cancel") or self.checks is not None))
            button.setToolTip(render(reason) if reason is not None else self._tips.get(action, ""))
        self._update_step_buttons()

    def _recordable(self, step: StepRow | None) -> bool:
        """An open step the procedure lets the officer record now (never the decision itself)."""
        if step is None or step.state != "OPEN":
            return False
        if self.allowed is None or self.allowed.number != self.number:
            return step.awaited
        return self.allowed.permits("step") and step.code != self.allowed.deciding

    def _update_step_buttons(self) -> None:
        step = self.selected_step()
        self.answer.setEnabled(self._recordable(step))
        if step is not None and step.state == "OPEN" and self.allowed is not None and not self._recordable(step):
            reason = self.allowed.refused.get("step")
            self.answer.setToolTip(render(reason) if reason is not None else
                                   tr("The decision itself is recorded with Approve or Refuse"))
        else:
            self.answer.setToolTip(tr("An approving body's conclusion or a utility's technical conditions came in"))

    def _on_answer_clicked(self) -> None:
        step = self.selected_step()
        if self._recordable(step):
            self.answer_requested.emit(step)

    def result_at(self, row: int) -> CheckResult | None:
        if self.checks is None or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _on_table_current_cell_changed(self, row: int, *_args: int) -> None:
        result = self.result_at(row)
        if result is not None:
            self.result_chosen.emit(result)
