"""Numbered schema migrations. Never edit one that has been released; add the next number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from landdesk.storage.migrations import (
    m0001_init,
    m0002_render_copies,
    m0003_sync_journal,
    m0004_sync_quarantine,
    m0005_decision_anchor,
    m0006_application_life,
)

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection, int], None]   # (connection, district SRID)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "schema v1: district, parcels, plans, applications, decisions", m0001_init.apply),
    Migration(2, "layer generations and render-ready copies of map layers", m0002_render_copies.apply),
    Migration(3, "the sync journal: operations, touched rows, registry base states, outbox, conflicts",
              m0003_sync_journal.apply),
    Migration(4, "rows a sync could not apply yet: waiting for their parent, or quarantined with the reason",
              m0004_sync_quarantine.apply),
    Migration(5, "the decision anchor: the district chain positions and the last head checked with the registry",
              m0005_decision_anchor.apply),
    Migration(6, "an application's whole life: free grant, settlement, queue entry, documents, portal id, the "
                 "free-grant check; a decision's document details", m0006_application_life.apply),
)

LATEST_VERSION = MIGRATIONS[-1].version
