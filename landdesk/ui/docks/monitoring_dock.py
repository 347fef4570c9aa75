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
from landdesk.map.canvas import drop_pyqtgraph_menus
from landdesk.ui.i18n import date_text, number, percent, tr

if TYPE_CHECKING:
    from landdesk.services.monitoring import Monitoring

def party_names() -> dict[str, str]:
    return {"AKIMAT": tr("Akimat units"), "APPROVER": tr("Approving bodies"),
            "UTILITY": tr("Utilities (technical conditions)"), "APPLICANT": tr("Applicants"),
            "GOSCORP": tr("State Corporation")}


class MonitoringDock(QDockWidget):
    refresh_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Monitoring"), parent)
        self.setObjectName("MonitoringDock")
        self.report: Monitoring | None = None
        self.summary = QLabel(tr("Open this tab to compute the figures."))
        self.summary.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        drop_pyqtgraph_menus(self.plot)
        self.plot.setMinimumHeight(140)
        self.plot.addLegend(offset=(10, 5))
        self.plot.getPlotItem().setLabel("left", "applications")
        self.late = QTableWidget(0, 2)
        self.late.setHorizontalHeaderLabels([tr("Late steps: who answers"), tr("Steps")])
        self.grounds = QTableWidget(0, 2)
        self.grounds.setHorizontalHeaderLabels([tr("Refusals by ground"), tr("Count")])
        for table in (self.late, self.grounds):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(0, table.horizontalHeader().ResizeMode.Stretch)
        refresh = QPushButton(tr("Refresh"))
        export = QPushButton(tr("Export CSV…"))
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
        self.summary.setText(tr(
            "<b>{decided}</b> decided, <b>{on_time}</b> on time; median <b>{median}</b> working days to a decision; "
            "<b>{refused}</b> refused despite passing every check (as of {today}).").format(
                decided=number(report.decided), on_time="—" if share is None else percent(share),
                median="—" if median is None else number(float(median), 1), refused=report.refused_despite_passing,
                today=date_text(report.today)))
        weeks = sorted(set(report.received_per_week) | set(report.decided_per_week))
        self.plot.clear()
        xs = list(range(len(weeks)))
        self.plot.addItem(pg.BarGraphItem(x=[x - 0.2 for x in xs], height=[report.received_per_week[w] for w in weeks],
                                          width=0.4, brush=QColor(30, 120, 220), name=tr("received")))
        self.plot.addItem(pg.BarGraphItem(x=[x + 0.2 for x in xs], height=[report.decided_per_week[w] for w in weeks],
                                          width=0.4, brush=QColor(20, 150, 60), name=tr("decided")))
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(x, w[-3:]) for x, w in zip(xs, weeks, strict=True)]])
        _fill(self.late, [(party_names().get(p, p), n) for p, n in report.overdue_by_party.most_common()])
        _fill(self.grounds, [(f"{g} — {tr(GROUND_BY_CODE[g].title)}" if g in GROUND_BY_CODE else g, n)
                             for g, n in report.refusals_by_ground.most_common()])


def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
    table.setRowCount(len(rows))
    for r, (label, count) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(label))
        table.setItem(r, 1, QTableWidgetItem(str(count)))
