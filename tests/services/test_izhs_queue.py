"""The IZhS special register (issue 16, Art. 44 p.6): entry on the register is a step of the queue track, and each
waiting application has its position in its settlement's queue."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from landdesk.services.application_facts import application_facts
from landdesk.services.intake import lodge
from landdesk.services.lifecycle import withdraw
from landdesk.services.procedure_steps import record_outcome
from landdesk.services.published_lists import period, published_list
from landdesk.storage import open_cache
from tests.procedure_walk import OFFICER

if TYPE_CHECKING:
    from pathlib import Path

TODAY = date(2026, 11, 20)


def test_the_queue_entry_step_puts_the_applicant_on_the_register_in_order(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        original = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' AND "
                                                "built_for = 'PASS' ORDER BY number LIMIT 1").fetchone()[0])
        data = application_facts(cache, original, TODAY)
        withdraw(cache, original, OFFICER, "the applicant asked", TODAY)
        for key in ("number", "portal_id", "queue_number"):
            data.pop(key)
        data.update(track="IZHS_QUEUE", settlement="Кенарык", received_on="2026-11-19", free_grant=True,
                    right="PRIVATE_OWNERSHIP", lease_years=None)
        number = lodge(cache, data, OFFICER, TODAY).number
        facts = application_facts(cache, number, TODAY)
        assert facts["queue_entered_on"] is None
        first = next(s for s in facts["steps"] if s["status"] == "OPEN")
        assert first["code"] == "Q1"
        record_outcome(cache, number, "Q1", positive=True, on=TODAY, officer=OFFICER,
                       reasons="GosCorp: no earlier free IZhS grant")
        facts = application_facts(cache, number, TODAY)
        assert facts["queue_entered_on"] == TODAY.isoformat()
        queue = [r for r in published_list(cache, "queue", period("2026Q4")).rows if r["settlement"] == "Кенарык"]
        assert [r["number"] for r in queue][-1] == number            # the newest entry comes last
        assert facts["queue_position"] == len(queue)
