"""Monitoring: is the akimat deciding on time, on legal grounds, and who is late (issue 4 §7)."""

from __future__ import annotations

import csv
import json
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from landdesk.domain.calendar import working_days_between
from landdesk.services.calendar import calendar_around
from landdesk.storage.monitoring import monitoring_rows

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage.connection import Cache


@dataclass
class Monitoring:
    today: date
    received_per_week: Counter[str] = field(default_factory=Counter)      # ISO week "2026-W45" → count
    decided_per_week: Counter[str] = field(default_factory=Counter)
    decided: int = 0
    decided_on_time: int = 0
    overdue_by_party: Counter[str] = field(default_factory=Counter)       # steps late, by who answers for them
    overdue_by_step: Counter[str] = field(default_factory=Counter)
    refusals_by_ground: Counter[str] = field(default_factory=Counter)
    refused_despite_passing: int = 0
    working_days_to_decision: list[int] = field(default_factory=list)

    @property
    def on_time_share(self) -> float | None:
        return self.decided_on_time / self.decided if self.decided else None

    @property
    def median_working_days(self) -> float | None:
        return statistics.median(self.working_days_to_decision) if self.working_days_to_decision else None


def _week(iso: str) -> str:
    year, week, _day = date.fromisoformat(iso[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def monitoring(cache: Cache, today: date) -> Monitoring:
    calendar = calendar_around(today.year)
    report = Monitoring(today)
    received_dates, decisions, steps = monitoring_rows(cache)
    report.received_per_week.update(_week(received) for received in received_dates)
    for kind, decided_on, grounds, override, received, due in decisions:
        report.decided += 1
        report.decided_per_week[_week(decided_on)] += 1
        if due and decided_on <= due:
            report.decided_on_time += 1
        report.working_days_to_decision.append(
            working_days_between(date.fromisoformat(received), date.fromisoformat(decided_on), calendar))
        if kind == "REFUSE":
            report.refusals_by_ground.update(json.loads(grounds))
            if override:
                report.refused_despite_passing += 1
    for code, party, due, completed, title in steps:
        end = date.fromisoformat(completed) if completed else today
        if end > date.fromisoformat(due):
            report.overdue_by_party[party] += 1
            report.overdue_by_step[f"{code} {title}"] += 1
    return report


def export_csv(report: Monitoring, path: Path) -> Path:
    """One CSV with a row per measure: section, key, value (opens in any spreadsheet)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(["section", "key", "value"])
        writer.writerow(["summary", "as of", report.today.isoformat()])
        writer.writerow(["summary", "decided", report.decided])
        writer.writerow(["summary", "decided on time", report.decided_on_time])
        share = report.on_time_share
        writer.writerow(["summary", "share decided on time", "" if share is None else f"{share:.3f}"])
        median = report.median_working_days
        writer.writerow(["summary", "median working days to decision", "" if median is None else median])
        writer.writerow(["summary", "refused despite passing checks", report.refused_despite_passing])
        for section, counter in (("received per week", report.received_per_week),
                                 ("decided per week", report.decided_per_week),
                                 ("overdue steps by party", report.overdue_by_party),
                                 ("overdue steps by step", report.overdue_by_step),
                                 ("refusals by ground", report.refusals_by_ground)):
            for key, value in sorted(counter.items()):
                writer.writerow([section, key, value])
    return path
