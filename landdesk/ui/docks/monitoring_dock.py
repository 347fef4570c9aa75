"""The Monitoring dock: weekly intake and decisions, on-time share, who is late, refusals by ground."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.refusal import GROUND_BY_CODE

if TYPE_CHECKING:
    from landdesk.services.monitoring import Monitoring

PARTY_NAMES = {"AKIMAT": "Akimat units", "APPROVER": "Approving bodies", "UTILITY": "Utilities (technical conditions)",
               "APPLICANT": "Applicants", "GOSCORP": "State Corporation"}


class MonitoringDock(QDockWidget):
    refresh_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Monitoring", parent)
        self.setObjectName("MonitoringDock")
        self.report: Monitoring | None = None
        self.summary = QLabel("Open this tab to compute the figures.")
        self.summary.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(140)
        self.plot.addLegend(offset=(10, 5))
        self.plot.getPlotItem().setLabel("left", "applications")
        self.late = QTableWidget(0, 2)
        self.late.setHorizontalHeaderLabels(["Late steps: who answers", "Steps"])
        self.grounds = QTableWidget(0, 2)
        self.grounds.setHorizontalHeaderLabels(["Refusals by ground", "Count"])
        for table in (self.late, self.grounds):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, table.horizontalHeader().ResizeMode.Stretch)
        refresh = QPushButton("Refresh")
        export = QPushButton("Export CSV…")
        refresh.clicked.connect(self.refresh_requested)
        export.clicked.connect(self.export_requested)
        tables = QHBoxLayout()
        tables.addWidget(self.late)
        tables.addWidget(self.grounds)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(export)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(buttons)
        layout.addWidget(self.plot, 2)
        layout.addLayout(tables, 1)
        self.setWidget(body)

    def show_report(self, report: Monitoring) -> None:
        self.report = report
        share = report.on_time_share
        median = report.median_working_days
        self.summary.setText(
            f"<b>{report.decided}</b> decided, <b>{'—' if share is None else f'{share:.0%}'}</b> on time; median "
            f"<b>{'—' if median is None else f'{median:g}'}</b> working days to a decision; "
            f"<b>{report.refused_despite_passing}</b> refused despite passing every check (as of {report.today}).")
        weeks = sorted(set(report.received_per_week) | set(report.decided_per_week))
        self.plot.clear()
        xs = list(range(len(weeks)))
        self.plot.addItem(pg.BarGraphItem(x=[x - 0.2 for x in xs], height=[report.received_per_week[w] for w in weeks],
                                          width=0.4, brush=QColor(30, 120, 220), name="received"))
        self.plot.addItem(pg.BarGraphItem(x=[x + 0.2 for x in xs], height=[report.decided_per_week[w] for w in weeks],
                                          width=0.4, brush=QColor(20, 150, 60), name="decided"))
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(x, w[-3:]) for x, w in zip(xs, weeks, strict=True)]])
        _fill(self.late, [(PARTY_NAMES.get(p, p), n) for p, n in report.overdue_by_party.most_common()])
        _fill(self.grounds, [(f"{g} — {GROUND_BY_CODE[g].title}" if g in GROUND_BY_CODE else g, n)
                             for g, n in report.refusals_by_ground.most_common()])


def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
    table.setRowCount(len(rows))
    for r, (label, count) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(label))
        table.setItem(r, 1, QTableWidgetItem(str(count)))
