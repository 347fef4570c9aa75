"""The window's work on applications: queue selection, pre-checks, procedure steps, next step, decisions and their
documents, the land-cadastral plan, monitoring.

A controller the main window builds with the widgets it works on; it can be built without the window (tests).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

import numpy as np
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from landdesk.domain.labels import label
from landdesk.reports.cadastral_plan import write_cadastral_plan as cadastral_plan
from landdesk.reports.decision_document import write_decision_document
from landdesk.reports.pdf import LANGUAGES, documents_folder
from landdesk.services.decision_details import Signer
from landdesk.services.decisions import ApproveApplication, CancelDecision, RefuseApplication
from landdesk.services.decisions import approve as approve_application
from landdesk.services.decisions import cancel as cancel_decision
from landdesk.services.decisions import refuse as refuse_application
from landdesk.services.intake import lodge
from landdesk.services.lifecycle import (
    advance,
    request_technical_conditions,
    steps_view,
    utilities,
    withdraw,
)
from landdesk.services.monitoring import export_csv, monitoring
from landdesk.services.parcels import find
from landdesk.services.prechecks import run_prechecks
from landdesk.services.procedure_guard import allowed
from landdesk.services.procedure_steps import record_outcome
from landdesk.services.queue import application_queue
from landdesk.settings import load as load_settings
from landdesk.ui.decision_dialog import DecisionDialog
from landdesk.ui.i18n import date_text, render, tr
from landdesk.ui.intake_dialog import RegisterApplicationDialog
from landdesk.ui.step_dialogs import AnswerDialog, CancelDialog, RequestConditionsDialog, WithdrawDialog, chosen_date

if TYPE_CHECKING:
    from collections.abc import Callable

    import shapely
    from PySide6.QtWidgets import QStatusBar, QWidget

    from landdesk.domain.application import ApplicationStatus
    from landdesk.domain.decision import DecisionRecord
    from landdesk.domain.prechecks import CheckResult
    from landdesk.map.canvas import MapCanvas
    from landdesk.services.intake import Lodged
    from landdesk.services.lifecycle import StepRow, StepsView
    from landdesk.services.monitoring import Monitoring
    from landdesk.services.parcels import Found
    from landdesk.services.prechecks import ApplicationChecks
    from landdesk.services.queue import QueueRow
    from landdesk.ui.docks.checks_dock import ChecksDock
    from landdesk.ui.docks.inspector_dock import ParcelInspectorDock
    from landdesk.ui.docks.monitoring_dock import MonitoringDock
    from landdesk.ui.docks.queue_dock import ApplicationQueueDock
    from landdesk.ui.workers import TaskRunner


StepDialog = TypeVar("StepDialog", AnswerDialog, RequestConditionsDialog, WithdrawDialog, CancelDialog)


class ZoomTo(Protocol):
    """The window's zoom to a geometry (`context`: how many times its size the view shows)."""

    def __call__(self, geometry: shapely.Geometry, *, context: float = ...) -> None: ...


class ApplicationController(QObject):
    """Turns the queue's, the Application dock's, the inspector's and the Monitoring dock's requests into use-case
    calls in the task runner, and their results into those widgets and the status bar."""

    checks_shown = Signal(object)        # ApplicationChecks or None
    steps_shown = Signal(object)         # StepsView of the selected application
    step_recorded = Signal(str)          # application number: an answer, a request or a withdrawal recorded
    advanced = Signal(str, str)          # application number, new status
    decided = Signal(object)             # DecisionRecord
    documents_written = Signal(object)   # list of PDF paths
    monitoring_shown = Signal(object)    # Monitoring
    parcels_changed = Signal()           # a decision or a withdrawal changed a parcel: the map is read again
    registered = Signal(str)             # the number a new application was registered under
    plot_wanted = Signal()               # the registration dialog asks the window to let the officer draw the plot

    def __init__(self, tasks: TaskRunner, *, queue: ApplicationQueueDock, checks_dock: ChecksDock,
                 inspector: ParcelInspectorDock, monitoring_dock: MonitoringDock, canvas: MapCanvas,
                 status_bar: QStatusBar, zoom_to: ZoomTo, cache_path: Path, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent               # the parent of the dialogs it opens
        self.tasks = tasks
        self.queue = queue
        self.checks_dock = checks_dock
        self.inspector = inspector
        self.monitoring_dock = monitoring_dock
        self.canvas = canvas
        self.status_bar = status_bar
        self._zoom_to = zoom_to
        self.cache_path = cache_path
        self.today = today
        self.decision_dialog: DecisionDialog | None = None
        self.registration: RegisterApplicationDialog | None = None
        self.step_dialog: AnswerDialog | RequestConditionsDialog | WithdrawDialog | CancelDialog | None = None
        self.last_documents: list[Path] = []
        self._connect()

    def _connect(self) -> None:
        dock = self.checks_dock
        dock.result_chosen.connect(self._on_check_result_chosen)
        dock.rerun_requested.connect(self.run_checks)
        dock.advance_requested.connect(self.advance_application)
        dock.refuse_requested.connect(lambda checks: self.open_decision(checks, refuse=True))
        dock.approve_requested.connect(lambda checks: self.open_decision(checks, refuse=False))
        dock.answer_requested.connect(self.open_answer)
        dock.conditions_requested.connect(self.open_conditions_request)
        dock.withdraw_requested.connect(self.open_withdrawal)
        dock.cancel_requested.connect(self.open_cancellation)
        self.queue.application_selected.connect(self._on_queue_application_selected)
        self.inspector.plan_requested.connect(self.write_cadastral_plan)
        self.monitoring_dock.refresh_requested.connect(self.refresh_monitoring)
        self.monitoring_dock.export_requested.connect(self._on_monitoring_export_requested)
        self.monitoring_dock.visibilityChanged.connect(self._on_monitoring_visibility_changed)

    def signer(self) -> Signer:
        settings = load_settings().settings
        return Signer(" ".join(settings.officer_name.split()), settings.officer_position_ru,
                      settings.officer_position_kk)

    def officer(self) -> tuple[str, str] | None:
        """(full name, role) of who acts, from Settings; None, with the officer told how to set it, when no name is
        set: the name is printed on decisions and kept in the audit, so the machine's login never stands in."""
        settings = load_settings().settings
        name = " ".join(settings.officer_name.split())
        if not name:
            QMessageBox.warning(self._window, tr("Your full name is not set"),
                                tr("It is printed on decisions and kept in the audit. Set it in File → Settings, "
                                   "then record this again; nothing was recorded."))
            return None
        return name, settings.officer_role or "officer"

    def reload_queue(self) -> None:
        self.tasks.read(lambda cache: application_queue(cache, self.today), self.queue.set_rows)

    def _on_queue_application_selected(self, row: QueueRow) -> None:
        self.tasks.read(lambda cache: find(cache, row.number), lambda result: self._on_queue_found(result))
        self.run_checks(row.number)
        self.show_steps(row.number)

    def show_steps(self, number: str) -> None:
        def shown(view: StepsView) -> None:
            self.checks_dock.show_steps(number, view.steps, pending=view.can_withdraw,
                                        utilities_asked=view.asks_utilities)
            self.steps_shown.emit(view)
            self.refresh_allowed(number)
        self.tasks.read(lambda cache: steps_view(cache, number, self.today), shown)

    def refresh_allowed(self, number: str) -> None:
        """The procedure's guard for the officer's role: the dock enables what it permits and says why not."""
        role = load_settings().settings.officer_role or "officer"
        self.tasks.read(lambda cache: allowed(cache, number, self.today, role), self.checks_dock.show_allowed)

    def _after_step(self, number: str, message: str) -> None:
        self.status_bar.showMessage(message, 10000)
        self.reload_queue()
        self.show_steps(number)
        self.step_recorded.emit(number)

    def open_answer(self, step: StepRow) -> AnswerDialog:
        """A body's answer came in: recorded on the step when the dialog is accepted."""
        number = self.checks_dock.number
        assert number is not None, "the dock offers a step's answer only while it shows that application's steps"
        dialog = AnswerDialog(step, self.today, self._window)

        def record() -> None:
            positive, on, note = dialog.positive.isChecked(), chosen_date(dialog.on), dialog.note.toPlainText()
            who = self.officer()
            if who is None:
                return
            self.tasks.write(lambda cache: record_outcome(cache, number, step.code, positive=positive, reasons=note,
                                                          on=on, officer=who[0], role=who[1], body=step.body),
                             lambda _done: self._after_step(number, tr("Answer from {body} recorded.").format(
                                 body=step.body or render(label(step.party)))))
        return self._open_step_dialog(dialog, record)

    def open_conditions_request(self, number: str) -> None:
        """Ask one more utility: the dialog offers the utilities the district has asked before."""
        def ask(known: list[str]) -> None:
            dialog = RequestConditionsDialog(number, known, self.today, self._window)

            def request() -> None:
                utility, on = dialog.utility.currentText(), chosen_date(dialog.on)
                who = self.officer()
                if who is None:
                    return
                self.tasks.write(lambda cache: request_technical_conditions(cache, number, utility, who[0], on),
                                 lambda step: self._after_step(number, tr(
                                     "Technical conditions requested from {body}, due {date}.").format(
                                     body=step.body, date=date_text(date.fromisoformat(str(step.due_on))))))
            self._open_step_dialog(dialog, request)
        self.tasks.read(utilities, ask)

    def open_withdrawal(self, number: str) -> WithdrawDialog:
        dialog = WithdrawDialog(number, self.today, self._window)

        def record() -> None:
            reason, on = dialog.reason.toPlainText(), chosen_date(dialog.on)

            def done(_none: None) -> None:
                self._after_step(number, tr("Application {number} withdrawn.").format(number=number))
                self.run_checks(number)
                self.parcels_changed.emit()   # its parcel is free again: the map is read again
            who = self.officer()
            if who is not None:
                self.tasks.write(lambda cache: withdraw(cache, number, who[0], reason, on), done)
        return self._open_step_dialog(dialog, record)

    def open_cancellation(self, number: str) -> CancelDialog:
        """Cancel an approval whose contract was not signed: a decision and documents of its own."""
        dialog = CancelDialog(number, self.today, self._window)

        def record() -> None:
            reason, on, act = dialog.reason.toPlainText(), chosen_date(dialog.on), dialog.act_number.text().strip()
            who = self.officer()
            if who is None:
                return
            command = CancelDecision(number, reason, who[0], on, act_number=act or None, role=who[1],
                                     signer=self.signer(), reason_other=dialog.reason_kk.toPlainText())
            self.tasks.write(lambda cache: cancel_decision(cache, command),
                             lambda record: self._on_decided(number, record))
        return self._open_step_dialog(dialog, record)

    def _open_step_dialog(self, dialog: StepDialog, on_accepted: Callable[[], None]) -> StepDialog:
        dialog.accepted.connect(on_accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    def _on_queue_found(self, result: Found | None) -> None:
        if result is None or result.geometry is None:
            self.canvas.show_highlight(np.empty(0, dtype=object))
            return
        self.canvas.show_highlight(np.array([result.geometry], dtype=object))
        self._zoom_to(result.geometry)

    def run_checks(self, number: str) -> None:
        self.tasks.read(lambda cache: run_prechecks(cache, numbers={number}),
                        lambda found: self._on_checks_done(found[0] if found else None))

    def _on_checks_done(self, checks: ApplicationChecks | None) -> None:
        self.checks_dock.show_checks(checks)
        if checks is not None and not checks.passed:
            self.checks_dock.raise_()
        self.checks_shown.emit(checks)

    def _on_check_result_chosen(self, result: CheckResult) -> None:
        if result.highlight is None:
            return
        self.canvas.show_highlight(np.array([result.highlight], dtype=object))
        self._zoom_to(result.highlight, context=1.5)

    def advance_application(self, number: str) -> None:
        def done(status: ApplicationStatus) -> None:
            self.status_bar.showMessage(tr("Application {number} moved to {status}.").format(
                number=number, status=render(label(status))), 10000)
            self.reload_queue()
            self.run_checks(number)
            self.show_steps(number)
            self.advanced.emit(number, str(status))
        who = self.officer()
        if who is not None:
            self.tasks.write(lambda cache: advance(cache, number, who[0], self.today), done)

    def open_decision(self, checks: ApplicationChecks, *, refuse: bool) -> DecisionDialog:
        """The decision dialog, opened without blocking; accepting it records the decision in the writer."""
        dialog = DecisionDialog(checks, refuse=refuse, parent=self._window)
        dialog.accepted.connect(lambda: self._record_decision(checks, dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.decision_dialog = dialog
        dialog.open()
        return dialog

    def _record_decision(self, checks: ApplicationChecks, dialog: DecisionDialog) -> None:
        who = self.officer()
        if who is None:
            return
        officer, role = who
        act = dialog.act_number.text().strip() or None
        reason = dialog.reason.toPlainText().strip() or None
        if dialog.refusing:
            command: RefuseApplication | ApproveApplication = RefuseApplication(
                checks.number, dialog.chosen_grounds(), dialog.motivation.toPlainText(), officer, self.today,
                act_number=act, justification=reason, role=role, signer=self.signer(),
                motivation_other=dialog.motivation_kk.toPlainText())
        else:
            command = ApproveApplication(checks.number, officer, self.today, act_number=act, override_reason=reason,
                                         role=role, signer=self.signer())
        self.tasks.write(lambda cache: (refuse_application(cache, command) if isinstance(command, RefuseApplication)
                                        else approve_application(cache, command)),
                         lambda record: self._on_decided(checks.number, record))

    def _on_decided(self, number: str, record: DecisionRecord) -> None:
        self.status_bar.showMessage(tr("Application {number}: {kind} recorded as decision № {seq}.").format(
            number=number, kind=render(label(record.kind)), seq=record.seq), 10000)
        self.reload_queue()
        self.run_checks(number)
        self.show_steps(number)
        self.parcels_changed.emit()          # the granted or released parcel changes colour
        folder = documents_folder(self.cache_path)
        names = {language: folder / f"{number}-{record.kind.lower()}-{language}.pdf" for language in LANGUAGES}
        self.tasks.read(lambda cache: [write_decision_document(cache, record.uid, language, path)
                                       for language, path in names.items()],
                        self._on_documents_written)
        self.decided.emit(record)

    def write_cadastral_plan(self, cadastral_number: str) -> None:
        """The land-cadastral plan in both languages, into the documents folder, then opened."""
        folder = documents_folder(self.cache_path)
        names = {language: folder / f"{cadastral_number}-plan-{language}.pdf" for language in LANGUAGES}
        self.tasks.read(lambda cache: [cadastral_plan(cache, cadastral_number, language, path, self.today)
                                       for language, path in names.items()], self._on_documents_written)

    def _on_documents_written(self, paths: list[Path]) -> None:
        self.last_documents = paths
        self.status_bar.showMessage(tr("Documents saved: {files} in {folder}.").format(
            files=", ".join(p.name for p in paths), folder=paths[0].parent), 15000)
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[0])))
        self.documents_written.emit(paths)

    def open_registration(self) -> RegisterApplicationDialog:
        """Register a paper application: checked as it is typed, registered by the intake service on Register."""
        dialog = RegisterApplicationDialog(self.today, self._window)
        dialog.accepted.connect(lambda: self._register(dialog))
        dialog.draw_requested.connect(lambda: self._draw_plot(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.registration = dialog
        dialog.open()
        return dialog

    def _draw_plot(self, dialog: RegisterApplicationDialog) -> None:
        dialog.hide()                     # the officer draws on the map; the dialog returns with the plot
        self.plot_wanted.emit()

    def plot_drawn(self, plot: shapely.Geometry | None) -> None:
        """The boundary the officer drew (None: drawing stopped); the registration dialog comes back with it."""
        dialog = self.registration
        if dialog is None:
            return
        if plot is not None:
            dialog.set_plot(plot)
        dialog.show()

    def _register(self, dialog: RegisterApplicationDialog) -> None:
        who = self.officer()
        if who is None:
            return
        data = dialog.data()

        def done(lodged: Lodged) -> None:
            self.status_bar.showMessage(tr("Registered as {number}, due {date}.").format(
                number=lodged.number, date=date_text(lodged.due_on) if lodged.due_on else "—"), 15000)
            self.reload_queue()
            self.run_checks(lodged.number)
            self.show_steps(lodged.number)
            self.parcels_changed.emit()      # a free parcel is now under application
            self.registered.emit(lodged.number)
        self.tasks.write(lambda cache: lodge(cache, data, who[0], self.today), done)

    def _on_monitoring_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh_monitoring()

    def refresh_monitoring(self) -> None:
        def shown(report: Monitoring) -> None:
            self.monitoring_dock.show_report(report)
            self.monitoring_shown.emit(report)
        self.tasks.read(lambda cache: monitoring(cache, self.today), shown)

    def _on_monitoring_export_requested(self) -> None:
        report = self.monitoring_dock.report
        if report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self._window, tr("Export monitoring"), str(
            self.cache_path.with_name(f"monitoring-{report.today}.csv")), tr("CSV (*.csv)"))
        if path:
            export_csv(report, Path(path))
            self.status_bar.showMessage(tr("Monitoring exported to {file}.").format(file=path), 10000)
