"""The decision anchor's tables (schema v5): what the cache holds of its decisions, as the district chain sees
them, and what it has checked of the registry's district chain (domain.district_chain)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.district_chain import DECISION_FIELDS, ChainLink, Head, LocalDecision, decision_content_hash
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable

    from landdesk.storage.connection import Cache


def local_decisions(cache: Cache) -> list[LocalDecision]:
    """Every decision row with its district-chain content hash and its sync state, in the cache's own order."""
    with cache.reading() as connection:
        rows = connection.execute(
            f"SELECT d.uid, d.seq, {', '.join(f'd.{name}' for name in DECISION_FIELDS)}, d.row_version IS NOT NULL, "
            "EXISTS (SELECT 1 FROM sync_op_row r WHERE r.tbl = 'decisions' AND r.uid = d.uid), "
            "d.is_deleted = 1 AND EXISTS (SELECT 1 FROM sync_conflict c WHERE c.tbl = 'decisions' AND c.uid = d.uid "
            "AND c.status = 'resolved') FROM decisions d ORDER BY d.seq").fetchall()
    width = len(DECISION_FIELDS)
    return [LocalDecision(uid=row[0], seq=int(row[1]),
                          content_hash=decision_content_hash(row[0], dict(zip(DECISION_FIELDS, row[2:2 + width],
                                                                              strict=True))),
                          acknowledged=bool(row[2 + width]), pending=bool(row[3 + width]),
                          withdrawn=bool(row[4 + width])) for row in rows]


def anchored_links(cache: Cache) -> list[ChainLink]:
    with cache.reading() as connection:
        rows = connection.execute("SELECT position, uid, content_hash, link_hash FROM decision_anchor "
                                  "ORDER BY position").fetchall()
    return [ChainLink(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def anchor_head(cache: Cache) -> Head | None:
    with cache.reading() as connection:
        row = connection.execute("SELECT position, link_hash FROM decision_anchor_head WHERE id = 1").fetchone()
    return None if row is None else Head(int(row[0]), str(row[1]))


def waiting_decisions(cache: Cache) -> set[str]:
    """Decisions the sync received but keeps aside (waiting for their application, or quarantined)."""
    with cache.reading() as connection:
        return {str(r[0]) for r in connection.execute("SELECT uid FROM sync_quarantine WHERE tbl = 'decisions'")}


def record_anchor(connection: sqlite3.Connection, links: Iterable[ChainLink], head: Head | None) -> None:
    """Inside the caller's transaction: links not recorded yet, and the head when it moved forward."""
    now = utc_now()
    connection.executemany("INSERT OR IGNORE INTO decision_anchor (position, uid, content_hash, link_hash, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?)",
                           [(link.position, link.uid, link.content_hash, link.link_hash, now) for link in links])
    if head is not None:
        connection.execute("INSERT INTO decision_anchor_head (id, position, link_hash, checked_at) VALUES "
                           "(1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                           "link_hash = excluded.link_hash, checked_at = excluded.checked_at "
                           "WHERE excluded.position > decision_anchor_head.position",
                           (head.position, head.link_hash, now))

