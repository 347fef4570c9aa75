"""The window's plan-quality part: the Plan quality dock, checking in the reader thread, showing a finding on
the map. Mixed into MainWindow like SyncActions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt

from landdesk.domain.plan_rules import RULES
from landdesk.services.plan_check import check_plans, plan_list
from landdesk.ui.docks.plan_quality_dock import PlanQualityDock
from landdesk.ui.i18n import number, render, tr

if TYPE_CHECKING:
    from landdesk.domain.plan_rules import Finding
    from landdesk.services.plan_check import PlanReport


class PlanActions:
    """Needs from the window: tasks, canvas, statusBar(), _zoom_to_geometry(), monitoring_dock, the signal
    plans_checked."""

    tasks: Any
    canvas: Any
    plans_checked: Any

    def _build_plan_quality(self) -> None:
        window: Any = self
        self.plan_dock = PlanQualityDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.plan_dock)
        window.tabifyDockWidget(window.monitoring_dock, self.plan_dock)
        self.plan_dock.check_requested.connect(self.check_plan)
        self.plan_dock.finding_chosen.connect(self.show_finding)
        window.queue.raise_()
        self.tasks.read(plan_list, self.plan_dock.set_plans)

    def check_plan(self, plan: str | None) -> None:
        window: Any = self
        self.last_checked_plan = plan          # checked again after each plan edit
        window.statusBar().showMessage(tr("Checking the plan…"))

        def shown(reports: list[PlanReport]) -> None:
            self.plan_dock.show_reports(reports)
            found = sum(len(r.findings) for r in reports)
            window.statusBar().showMessage(tr("Plan check: findings: {count}.").format(count=number(found)), 10000)
            self.plans_checked.emit(reports)
        self.tasks.read(lambda cache: check_plans(cache, plan), shown)

    def show_finding(self, finding: Finding) -> None:
        window: Any = self
        geometry = finding.geometry
        self.canvas.show_highlight(np.array([] if geometry is None else [geometry], dtype=object))
        if geometry is not None and not geometry.is_empty:
            window._zoom_to_geometry(geometry, context=3.0)
        window.statusBar().showMessage(f"{tr(RULES[finding.rule].title)}: {render(finding.feature)} "
                                       f"{render(finding.message)}", 15000)
