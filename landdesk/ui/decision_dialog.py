"""The decision dialog: refuse on grounds from the catalogue with a motivation, or approve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.refusal import GROUNDS

if TYPE_CHECKING:
    from landdesk.services.prechecks import ApplicationChecks


class DecisionDialog(QDialog):
    """Gathers the decision; the service decides whether it may be recorded (and says why not)."""

    def __init__(self, checks: ApplicationChecks, *, refuse: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusing = refuse
        failed = [r for r in checks.results if r.outcome == "fail"]
        self.setWindowTitle(f"{'Refuse' if refuse else 'Approve'} application {checks.number}")
        self.grounds = QListWidget()
        suggested = {r.ground for r in failed}
        for ground in GROUNDS:
            item = QListWidgetItem(f"{ground.code} — {ground.title} ({ground.legal_ref})")
            item.setData(Qt.ItemDataRole.UserRole, ground.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ground.code in suggested else Qt.CheckState.Unchecked)
            self.grounds.addItem(item)
        self.motivation = QPlainTextEdit("\n".join(r.explanation for r in failed))
        self.act_number = QLineEdit()
        self.reason = QPlainTextEdit()
        form = QFormLayout()
        form.addRow("Act number", self.act_number)
        if refuse:
            form.addRow("Legal grounds", self.grounds)
            form.addRow("Motivation (sent to the applicant)", self.motivation)
            if not failed:
                form.addRow("Why refuse although every check passed", self.reason)
        elif failed:
            form.addRow(QLabel(f"{len(failed)} pre-check(s) failed: " + "; ".join(r.explanation for r in failed)))
            form.addRow("Override reason", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Refuse" if refuse else "Approve")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def chosen_grounds(self) -> tuple[str, ...]:
        return tuple(str(self.grounds.item(k).data(Qt.ItemDataRole.UserRole)) for k in range(self.grounds.count())
                     if self.grounds.item(k).checkState() == Qt.CheckState.Checked)
