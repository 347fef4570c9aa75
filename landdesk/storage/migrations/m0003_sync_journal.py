"""Schema v3: the sync journal (../shared/SYNC.md), captured by triggers in the same transaction as each edit.

Every write to a synced table must happen inside an *operation* (`Cache.operation`), which sets
`sync_state.current_op`; a BEFORE trigger aborts any change made outside one, so nothing can bypass the
journal (SYNC-02, SYNC-20). AFTER triggers record which rows each operation touched (`sync_op_row`);
the values pushed are read at freeze time by comparing the row with its last registry state
(`sync_base`), so an edit and its revert collapse to nothing. While the sync client applies rows from
the registry it sets `applying_remote = '1'` and the triggers stay quiet.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from landdesk.domain.replication import SYNCED_TABLES
from landdesk.storage.sql import execute_script

if TYPE_CHECKING:
    import sqlite3

SYNC_TRIGGER_PREFIX = "ld_sync"

_TABLES = """
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sync_base (
    tbl TEXT NOT NULL,
    uid TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    is_deleted INTEGER NOT NULL,
    attrs TEXT NOT NULL,
    geom BLOB,
    UNIQUE (tbl, uid)
);  -- a rowid table: its rows are large (attributes and a geometry), which WITHOUT ROWID handles badly
CREATE TABLE sync_op (
    op_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason TEXT,
    changeset_id TEXT
);
CREATE INDEX sync_op_pending ON sync_op (changeset_id);
CREATE TABLE sync_op_row (
    op_id TEXT NOT NULL REFERENCES sync_op (op_id) ON DELETE CASCADE,
    tbl TEXT NOT NULL,
    uid TEXT NOT NULL,
    PRIMARY KEY (op_id, tbl, uid)
) WITHOUT ROWID;
CREATE INDEX sync_op_row_uid ON sync_op_row (tbl, uid);
CREATE TABLE sync_outbox (
    changeset_id TEXT PRIMARY KEY,
    payload BLOB NOT NULL,
    payload_sha256 TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('frozen', 'acked', 'conflict', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    response TEXT,
    created_at TEXT NOT NULL,
    acked_at TEXT
);
CREATE TRIGGER sync_outbox_frozen BEFORE UPDATE OF payload, payload_sha256 ON sync_outbox
BEGIN SELECT RAISE(ABORT, 'a frozen changeset never changes; new edits go into a new changeset'); END;
CREATE TABLE sync_conflict (
    conflict_id TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    uid TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('same_field', 'geometry', 'update_delete', 'topology', 'already_decided',
                                       'rejected')),
    fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(fields)),
    base TEXT, mine TEXT, theirs TEXT,
    message TEXT,
    changeset_id TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution TEXT,
    reason TEXT,
    resolved_by TEXT,
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict (status, tbl, uid);
INSERT INTO sync_state (key, value) VALUES ('applying_remote', '0'), ('current_op', NULL), ('pull_cursor', '0');
"""


def sync_triggers(table: str) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER sql) of the journal triggers of one synced table."""
    local = "(SELECT value FROM sync_state WHERE key = 'applying_remote') = '0'"
    no_op = "(SELECT value FROM sync_state WHERE key = 'current_op') IS NULL"
    record = ("INSERT OR IGNORE INTO sync_op_row (op_id, tbl, uid) VALUES "
              f"((SELECT value FROM sync_state WHERE key = 'current_op'), '{table}', {{row}}.uid)")
    triggers = []
    for event in ("INSERT", "UPDATE", "DELETE"):
        name = f"{SYNC_TRIGGER_PREFIX}_guard_{event.lower()}_{table}"
        triggers.append((name, f'CREATE TRIGGER "{name}" BEFORE {event} ON "{table}" WHEN {local} AND {no_op} '
                               f"BEGIN SELECT RAISE(ABORT, 'landdesk: a change to {table} outside an operation "
                               "would not be journaled'); END"))
        name = f"{SYNC_TRIGGER_PREFIX}_journal_{event.lower()}_{table}"
        row = "OLD" if event == "DELETE" else "NEW"
        triggers.append((name, f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" WHEN {local} '
                               f"BEGIN {record.format(row=row)}; END"))
    name = f"{SYNC_TRIGGER_PREFIX}_identity_{table}"
    triggers.append((name, f'CREATE TRIGGER "{name}" BEFORE UPDATE OF uid ON "{table}" WHEN OLD.uid IS NOT NEW.uid '
                           "BEGIN SELECT RAISE(ABORT, 'landdesk: a row''s uid never changes'); END"))
    return triggers


def expected_triggers() -> set[str]:
    return {name for table in SYNCED_TABLES for name, _sql in sync_triggers(table)}


def apply(connection: sqlite3.Connection, _srid: int) -> None:
    execute_script(connection, _TABLES)
    connection.execute("INSERT INTO sync_state (key, value) VALUES ('device_id', ?)", (str(uuid.uuid4()),))
    for table in SYNCED_TABLES:
        for _name, sql in sync_triggers(table):
            connection.execute(sql)
