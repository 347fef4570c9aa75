"""Schema v5: the decision anchor (issue 15; docs/sync.md, "The decision anchor").

The registry keeps one hash chain over the district's decisions, in the order it accepted them
(`domain.district_chain`). A cache keeps here what it has checked of that chain: for each decision it holds,
its position, the content hash and the link hash the registry has for it (`decision_anchor`, append-only like
the decisions), and the last position it checked with the registry together with that link hash
(`decision_anchor_head`, one row, which only moves forward). `landdesk decisions verify` without a registry
compares the decisions with this anchor, so a cut tail, a removed or rewritten decision below the head, or
a decision added behind LandDesk's back shows even offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.storage.sql import execute_script

if TYPE_CHECKING:
    import sqlite3

_TABLES = """
CREATE TABLE decision_anchor (
    uid TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE CHECK (position > 0),
    content_hash TEXT NOT NULL,
    link_hash TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE TRIGGER decision_anchor_append_only_update BEFORE UPDATE ON decision_anchor
BEGIN SELECT RAISE(ABORT, 'the decision anchor is append-only'); END;
CREATE TRIGGER decision_anchor_append_only_delete BEFORE DELETE ON decision_anchor
BEGIN SELECT RAISE(ABORT, 'the decision anchor is append-only'); END;
CREATE TABLE decision_anchor_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL CHECK (position > 0),
    link_hash TEXT NOT NULL,
    checked_at TEXT NOT NULL
);
CREATE TRIGGER decision_anchor_head_forward BEFORE UPDATE ON decision_anchor_head
WHEN NEW.position < OLD.position OR (NEW.position = OLD.position AND NEW.link_hash IS NOT OLD.link_hash)
BEGIN SELECT RAISE(ABORT, 'the decision anchor only moves forward'); END;
CREATE TRIGGER decision_anchor_head_kept BEFORE DELETE ON decision_anchor_head
BEGIN SELECT RAISE(ABORT, 'the decision anchor only moves forward'); END;
"""


def apply(connection: sqlite3.Connection, _srid: int) -> None:
    execute_script(connection, _TABLES)
