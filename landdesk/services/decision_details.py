"""What a decision's document states beyond the chained fields (issue 16; DOMAIN.md §6, Art. 44-2 p.15, Art. 43
p.7-1): who signs it with their position in both languages, the motivation in Russian and in Kazakh, and for an
approval the functional zone, the lease term, the contract's deadline and, on track A, the land commission's
protocol and the land-management project's approval. Kept in the decision's `details`, so it is hashed with it.

The officer writes the motivation in one language; the other is offered from the grounds' standard texts
(`resources/rules/motivation_texts.json`, an akimat can override it) for the officer to edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import ApplicationStatus
from landdesk.domain.procedures import Procedure, open_stage
from landdesk.resources import resource_path
from landdesk.services.calendar import calendar_around
from landdesk.services.lifecycle import application_state
from landdesk.services.parcels import zones_of
from landdesk.storage.intake import application_record

if TYPE_CHECKING:
    from datetime import date

    from landdesk.storage.connection import Cache

LANGUAGES = ("ru", "kk")


@dataclass(frozen=True)
class Signer:
    """Who signs: the officer's full name and position, from Settings (never the machine's login)."""

    name: str
    position_ru: str = ""
    position_kk: str = ""

    def as_details(self) -> dict[str, str]:
        return {"name": self.name, "position_ru": self.position_ru, "position_kk": self.position_kk}


@lru_cache(maxsize=4)
def _texts(path: str) -> dict[str, Any]:
    return dict(json.loads(Path(path).read_text(encoding="utf-8")))


def motivation_texts() -> dict[str, Any]:
    return _texts(str(resource_path("rules", "motivation_texts.json")))


def standard_motivation(grounds: tuple[str, ...], language: str) -> str:
    """The grounds' standard sentences in `language`, one after another."""
    texts = motivation_texts()["grounds"]
    return " ".join(texts[g][language] for g in grounds if g in texts and language in texts[g])


def standard_cancellation(language: str) -> str:
    return str(motivation_texts()["cancellation"][language])


def motivations(written: str, language: str, other: str | None, grounds: tuple[str, ...] = (),
                cancellation: bool = False) -> dict[str, str]:
    """{"ru": …, "kk": …}: the text the officer wrote in `language`, and the other language's text as the officer
    edited it (`other`) or, when not given, the standard texts."""
    found = {language: written.strip()}
    for each in LANGUAGES:
        if each == language:
            continue
        offered = standard_cancellation(each) if cancellation else standard_motivation(grounds, each)
        found[each] = (other or "").strip() or offered
    return found


def approval_details(cache: Cache, number: str, on: date, procedure: Procedure) -> dict[str, Any]:
    """The functional zone the plot lies in, the lease term, the contract's deadline and track A's documents."""
    import shapely

    record = application_record(cache, number)
    details: dict[str, Any] = {}
    if record is None:
        return details
    wkb = record["wkb"]
    if isinstance(wkb, bytes):
        zones = zones_of(cache, shapely.from_wkb(wkb))
        if zones:
            zone = zones[0]
            details["zone"] = {"type": zone.zone_type, "code": zone.code, "plan": zone.plan}
    if record["lease_years"]:
        details["lease_years"] = int(str(record["lease_years"]))
    contract = procedure.contract_step()
    if contract is not None:
        stage = Procedure(procedure.track, procedure.title, procedure.legal_ref, None, procedure.after_decision)
        planned = open_stage(stage, ApplicationStatus.APPROVED, on, calendar_around(on.year), {})
        due = next((s.due for s in planned if s.spec.code == contract.code), None)
        if due is not None:
            details["contract_due"] = due.isoformat()
    for step in application_state(cache, number, on).steps:
        spec = procedure.step(step.code)
        if spec is not None and spec.document:
            details[spec.document] = {"note": step.note or "", "on": step.completed.isoformat()
                                      if step.completed else None}
    return details
