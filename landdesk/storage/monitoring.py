"""The rows monitoring counts: applications received, decisions taken, steps with their terms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache


def monitoring_rows(cache: Cache) -> tuple[list[str], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(received dates; decisions as (kind, decided on, grounds JSON, override, received on, due on);
    steps with a term as (step code, party, due on, completed on, title))."""
    with cache.reading() as connection:
        received = [r[0] for r in connection.execute("SELECT received_on FROM applications WHERE is_deleted = 0")]
        decisions = connection.execute(
            "SELECT d.kind, d.decided_on, d.grounds, d.override_reason, a.received_on, a.due_on "
            "FROM decisions d JOIN applications a ON a.uid = d.application_uid "
            "WHERE d.kind IN ('APPROVE', 'REFUSE')").fetchall()
        steps = connection.execute(
            "SELECT step_code, party, due_on, completed_on, title FROM application_steps "
            "WHERE is_deleted = 0 AND due_on IS NOT NULL").fetchall()
    return received, decisions, steps
