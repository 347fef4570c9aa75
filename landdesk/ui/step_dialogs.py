"""Small dialogs for an application's steps: a body's answer, a request for technical conditions, a withdrawal,
the cancellation of an approval whose contract was not signed.

Each only gathers what the officer typed and will not accept what the service would refuse anyway (a negative
answer without reasons, a withdrawal without how it was made); the service checks again and has the last word.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.labels import label
from landdesk.services.decision_details import standard_cancellation
from landdesk.ui.i18n import date_text, render, tr
from landdesk.ui.qt import ok_cancel

if TYPE_CHECKING:
    from landdesk.services.lifecycle import StepRow


class _FormDialog(QDialog):
    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = ok_cancel(self, ok_text)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.resize(560, 320)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def chosen_date(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class AnswerDialog(_FormDialog):
    """An approving body's conclusion or a utility's technical conditions came in."""

    def __init__(self, step: StepRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(tr("Answer from {body}").format(body=step.body or render(label(step.party))), tr("Record"),
                         parent)
        self.step = step
        self.positive = QRadioButton(tr("Positive (conditions issued, approved without reservations)"))
        self.negative = QRadioButton(tr("Negative (refused or with reservations)"))
        self.positive.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.positive)
        group.addButton(self.negative)
        answer = QVBoxLayout()
        answer.addWidget(self.positive)
        answer.addWidget(self.negative)
        self.on = date_edit(today)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("Letter number and date; for a negative answer, the body's reasons"))
        due = tr("due {date}").format(date=date_text(step.due)) if step.due else tr("no term")
        self.form.addRow(QLabel(f"<b>{tr(step.title)}</b> ({due})"))
        self.form.addRow(tr("Answer"), answer)
        self.form.addRow(tr("Received on"), self.on)
        self.form.addRow(tr("Letter, reasons"), self.note)
        self.hint = QLabel("")
        self.form.addRow(self.hint)
        for signal in (self.positive.toggled, self.note.textChanged):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        missing = self.negative.isChecked() and not self.note.toPlainText().strip()
        self.ok.setEnabled(not missing)
        self.hint.setText(tr("A negative answer needs the body's reasons: a refusal will have to cite them.")
                          if missing else "")


class RequestConditionsDialog(_FormDialog):
    """Ask one more utility for technical conditions (its own term starts on the day asked)."""

    def __init__(self, number: str, known: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(tr("Request technical conditions for {number}").format(number=number), tr("Request"), parent)
        self.utility = QComboBox()
        self.utility.setEditable(True)
        self.utility.addItems(known)
        self.utility.setCurrentText("")
        line = self.utility.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Utility (natural monopoly) to ask"))
        self.on = date_edit(today)
        self.form.addRow(tr("Utility"), self.utility)
        self.form.addRow(tr("Asked on"), self.on)
        self.utility.currentTextChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)


class WithdrawDialog(_FormDialog):
    def __init__(self, number: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(tr("Withdraw application {number}").format(number=number), tr("Withdraw"), parent)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(tr("How the applicant withdrew it: written request № and date, e-gov cabinet…"))
        self.on = date_edit(today)
        row = QHBoxLayout()
        row.addWidget(self.on)
        row.addStretch(1)
        self.form.addRow(tr("Withdrawn on"), row)
        self.form.addRow(tr("Applicant's request"), self.reason)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self.ok.setEnabled(False)


class CancelDialog(_FormDialog):
    """The contract was not signed in its term, or the applicant refused: the approval is cancelled (Art. 44-2
    p.16), with a decision and a document of its own."""

    def __init__(self, number: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(tr("Cancel the decision on {number}").format(number=number), tr("Cancel the decision"),
                         parent)
        self.reason = QPlainTextEdit(standard_cancellation("ru"))
        self.reason.setToolTip(tr("Why: the contract's term passed unsigned on …, or the applicant's "
                                  "refusal № … of …"))
        self.reason_kk = QPlainTextEdit(standard_cancellation("kk"))
        self.act_number = QLineEdit()
        self.on = date_edit(today)
        self.form.addRow(QLabel(tr("The approval is cancelled because the contract was not signed (Art. 44-2 "
                                   "p.16); the parcel becomes free again.")))
        self.form.addRow(tr("Act number"), self.act_number)
        self.form.addRow(tr("Decided on"), self.on)
        self.form.addRow(tr("Reason in Russian"), self.reason)
        self.form.addRow(tr("Reason in Kazakh"), self.reason_kk)
        self.reason.textChanged.connect(lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
