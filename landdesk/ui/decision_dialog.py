"""The decision dialog: refuse on grounds from the catalogue with a motivation, or approve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
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
from landdesk.services.decision_details import standard_motivation
from landdesk.ui.i18n import legal_ref, render, tr
from landdesk.ui.qt import ok_cancel

if TYPE_CHECKING:
    from landdesk.services.prechecks import ApplicationChecks


class DecisionDialog(QDialog):
    """Gathers the decision; the service decides whether it may be recorded (and says why not)."""

    def __init__(self, checks: ApplicationChecks, *, refuse: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusing = refuse
        failed = [r for r in checks.results if r.outcome == "fail"]
        title = tr("Refuse application {number}") if refuse else tr("Approve application {number}")
        self.setWindowTitle(title.format(number=checks.number))
        self.grounds = QListWidget()
        suggested = {r.ground for r in failed}
        for ground in GROUNDS:
            item = QListWidgetItem(f"{ground.code} — {tr(ground.title)} ({legal_ref(ground.legal_ref)})")
            item.setData(Qt.ItemDataRole.UserRole, ground.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ground.code in suggested else Qt.CheckState.Unchecked)
            self.grounds.addItem(item)
        # the motivation in both documents' languages, offered from the chosen grounds' standard texts
        self.motivation = QPlainTextEdit()
        self.motivation_kk = QPlainTextEdit()
        self._offered = {"ru": "", "kk": ""}
        self._offer()
        self.grounds.itemChanged.connect(lambda _item: self._offer())
        self.act_number = QLineEdit()
        self.reason = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(tr("Act number"), self.act_number)
        if refuse:
            form.addRow(tr("Legal grounds"), self.grounds)
            form.addRow(tr("Motivation in Russian (sent to the applicant)"), self.motivation)
            form.addRow(tr("Motivation in Kazakh"), self.motivation_kk)
            if not failed:
                form.addRow(tr("Why refuse although every check passed"), self.reason)
        elif failed:
            failures = QLabel(tr("Pre-checks failed: {count}. {explanations}").format(
                count=len(failed), explanations="; ".join(render(r.explanation) for r in failed)))
            failures.setWordWrap(True)
            form.addRow(failures)
            form.addRow(tr("Override reason"), self.reason)
        buttons = ok_cancel(self, tr("Refuse") if refuse else tr("Approve"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def _offer(self) -> None:
        """The chosen grounds' standard texts, in each field the officer has not written in yet."""
        grounds = self.chosen_grounds()
        for language, edit in (("ru", self.motivation), ("kk", self.motivation_kk)):
            if edit.toPlainText() in ("", self._offered[language]):
                self._offered[language] = standard_motivation(grounds, language)
                edit.setPlainText(self._offered[language])

    def chosen_grounds(self) -> tuple[str, ...]:
        return tuple(str(self.grounds.item(k).data(Qt.ItemDataRole.UserRole)) for k in range(self.grounds.count())
                     if self.grounds.item(k).checkState() == Qt.CheckState.Checked)
