"""Checking plans against the data-quality rules (`domain.plan_rules`), headless or for the window."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.plan_rules import RULES, Finding, PlanData, RedLine, RegisteredParcel, ZoneFeature, run_rules
from landdesk.storage.plans import PLAN_COLUMNS, plan_contents, plan_rows

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

__all__ = ["RULES", "Finding", "PlanReport", "UnknownPlan", "check_plans", "load_plan", "plan_list"]


class UnknownPlan(LookupError):
    pass


@dataclass(frozen=True)
class PlanReport:
    uid: str
    name: str
    kind: str
    status: str
    zones: int
    red_lines: int
    findings: tuple[Finding, ...]

    def to_json(self) -> dict[str, Any]:
        return {"plan": self.uid, "name": self.name, "kind": self.kind, "status": self.status, "zones": self.zones,
                "red_lines": self.red_lines, "findings": [f.to_json() for f in self.findings]}


def _geometry(wkb: bytes | None) -> shapely.Geometry | None:
    return None if wkb is None else shapely.from_wkb(wkb)


def load_plan(cache: Cache, header: tuple[Any, ...]) -> PlanData:
    plan = dict(zip(PLAN_COLUMNS, header, strict=True))
    found = plan_contents(cache, plan["uid"])
    zones = tuple(ZoneFeature(uid, code, zone_type, tuple(json.loads(permitted or "[]")), _geometry(wkb),
                              permitted or "[]")
                  for uid, code, zone_type, permitted, wkb in found["zones"])
    lines = tuple(RedLine(uid, street, _geometry(wkb)) for uid, street, wkb in found["red_lines"])
    parcels = tuple(RegisteredParcel(uid, number, purpose, shapely.from_wkb(wkb))
                    for uid, number, purpose, wkb in found["parcels"])
    return PlanData(plan["uid"], plan["name"], plan["kind"], plan["status"], plan["approval_act_number"],
                    plan["approval_act_date"], _geometry(found["boundary"]), zones, lines, parcels,
                    _geometry(found["district"]), found["srid"])


def plan_list(cache: Cache) -> list[tuple[str, str, str]]:
    """(uid, name, status) of every live plan, approved first."""
    return [(str(r[0]), str(r[1]), str(r[3])) for r in plan_rows(cache)]


def check_plans(cache: Cache, plan: str | None = None) -> list[PlanReport]:
    """Every live plan (or the one whose uid or name is `plan`) checked against every rule."""
    headers = plan_rows(cache)
    if plan is not None:
        headers = [h for h in headers if plan in (h[0], h[1])]
        if not headers:
            raise UnknownPlan(plan)
    reports = []
    for header in headers:
        data = load_plan(cache, header)
        reports.append(PlanReport(data.uid, data.name, data.kind, data.status, len(data.zones), len(data.red_lines),
                                  tuple(run_rules(data))))
    return reports
