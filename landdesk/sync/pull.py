"""Applying pulled pages: each page with its cursor in one transaction (SYNC-14), and no row ever stops a page.

Rows go in parents first (SYNCED_TABLES order). A row whose parent is not in the cache yet — a zone whose
plan comes on a later page, because the plan was edited after the zone — waits in `sync_quarantine` and goes
in as soon as the parent does, on this page or a later one. A row the cache cannot store at all (it breaks the
shared row rules, or SQLite refuses it) is quarantined there with the reason: the page, the cursor and every
other row go on, and a later, corrected version from the registry replaces it (issue 15, cases 2 and 6).

A row with pending local work is never overwritten: it is rebased when the fields differ (the local edit stays
pending on the new base) or becomes a conflict; versions below the base are skipped, so a page applied twice
is harmless.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.domain.replication import SYNCED_TABLES
from landdesk.domain.row_rules import row_problems
from landdesk.domain.text import tr
from landdesk.storage.sql import utc_now
from landdesk.storage.sync_quarantine import exists, hold, parents, release, waiting
from landdesk.storage.synced_rows import district_extent
from landdesk.sync.journal import (
    BaseUnreadable,
    apply_order,
    base_version,
    local_change,
    read_row,
    record_conflict,
    set_state,
    with_local_sides,
    write_base,
    write_row,
)
from landdesk.sync.protocol import ProtocolError, RowState, merge_row

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

_SYNCED = frozenset(SYNCED_TABLES)
WAITING_FOR_PARENT = tr("waiting for its {parent} {parent_uid}, which has not arrived yet")
REFUSED_BY_RULES = tr("{field}: {detail}")
UNREADABLE = tr("the registry sent it in a form LandDesk cannot read ({error})")
REFUSED_BY_CACHE = tr("the cache cannot store it ({error})")


@dataclass(frozen=True)
class PageResult:
    applied: int
    rebased: int
    conflicts: int
    skipped: int
    held: int = 0


class _Page:
    def __init__(self, connection: sqlite3.Connection, srid: int) -> None:
        self.connection = connection
        self.srid = srid
        self.extent = district_extent(connection)
        self.dirty = {(r[0], r[1]) for r in connection.execute("SELECT DISTINCT tbl, uid FROM sync_op_row")}
        self.applied = self.rebased = self.conflicts = self.skipped = self.held = 0

    def offer(self, raw: dict[str, Any], row: RowState) -> bool:
        """Apply one row, or keep it aside; True when it went in (or was nothing new)."""
        problems = [] if row.deleted else row_problems(row.tbl, row.uid, row.attrs, row.wkb, extent=self.extent)
        if problems:
            first = problems[0]
            hold(self.connection, row.tbl, row.uid, row.version, raw, "quarantined", REFUSED_BY_RULES,
                 {"field": first.field, "detail": str(first.text), "problem": first.code})
            self.held += 1
            return False
        for column, parent in parents(self.connection, row.tbl):
            value = row.attrs.get(column)
            if isinstance(value, str) and not exists(self.connection, parent, value):
                hold(self.connection, row.tbl, row.uid, row.version, raw, "waiting", WAITING_FOR_PARENT,
                     {"parent": parent, "parent_uid": value, "field": column})
                self.held += 1
                return False
        self.connection.execute("SAVEPOINT pulled_row")
        try:
            self._apply(row)
        except (sqlite3.IntegrityError, sqlite3.OperationalError, BaseUnreadable, KeyError, ValueError) as err:
            self.connection.execute("ROLLBACK TO SAVEPOINT pulled_row")
            self.connection.execute("RELEASE SAVEPOINT pulled_row")
            unique = isinstance(err, sqlite3.IntegrityError) and "UNIQUE" in str(err)
            # a unique value another row still holds here (renumbered on a later page) waits; the rest is kept
            hold(self.connection, row.tbl, row.uid, row.version, raw, "waiting" if unique else "quarantined",
                 REFUSED_BY_CACHE, {"error": str(err)[:300]})
            self.held += 1
            return False
        self.connection.execute("RELEASE SAVEPOINT pulled_row")
        release(self.connection, row.tbl, row.uid)
        return True

    def _apply(self, row: RowState) -> None:
        connection = self.connection
        seen = base_version(connection, row.tbl, row.uid)
        if seen is not None and row.version is not None and row.version < seen:
            self.skipped += 1
            return
        change = local_change(connection, row.tbl, row.uid) if (row.tbl, row.uid) in self.dirty else None
        if change is None:
            write_row(connection, row, self.srid)
            if row.wkb is not None and _stored_without_geometry(connection, row):
                raise ValueError("the geometry was not stored")
            write_base(connection, row)
            self.applied += 1
            return
        if seen == row.version:
            self.skipped += 1                   # nothing new: our own base again
            return
        merged = merge_row(change, row)
        if merged.conflicts:
            for conflict in merged.conflicts:
                record_conflict(connection, with_local_sides(connection, conflict))
            self.conflicts += 1
            return
        local = read_row(connection, row.tbl, row.uid)
        keep = local.attrs if local else {}
        mine = {k: keep[k] for k in change.fields if k in keep}
        write_row(connection, RowState(row.tbl, row.uid, row.version, row.deleted, {**merged.attrs, **mine},
                                       change.geom_new if change.geom_changed else row.wkb), self.srid)
        write_base(connection, row)
        self.rebased += 1


def _stored_without_geometry(connection: sqlite3.Connection, row: RowState) -> bool:
    found = connection.execute(f'SELECT geom IS NULL FROM "{row.tbl}" WHERE uid = ?', (row.uid,)).fetchone()
    return found is not None and bool(found[0])


def apply_pull_page(cache: Cache, raw_rows: list[dict[str, Any]], next_cursor: int) -> PageResult:
    """One page of registry rows (their JSON) and the cursor after it, in one transaction."""
    with cache.applying_remote() as connection:
        page = _Page(connection, cache.srid)
        rows: list[tuple[dict[str, Any], RowState]] = []
        for raw in raw_rows:
            try:
                row = RowState.from_json(raw)
            except ProtocolError as err:
                tbl, uid = (str(raw.get("tbl"))[:64], str(raw.get("uid"))[:64]) if isinstance(raw, dict) else ("?", "?")
                hold(connection, tbl, uid, None, raw if isinstance(raw, dict) else {"raw": raw}, "quarantined",
                     UNREADABLE, {"error": str(err)[:300]})
                page.held += 1
                continue
            if row.tbl not in _SYNCED:
                page.skipped += 1
                continue
            rows.append((raw, row))
        arrived = {(row.tbl, row.uid) for _raw, row in rows}
        for raw in waiting(connection):            # rows held back earlier, unless this page brings them anew
            try:
                row = RowState.from_json(raw)
            except ProtocolError:
                continue
            if (row.tbl, row.uid) not in arrived:
                rows.append((raw, row))
        pending = sorted(rows, key=lambda pair: apply_order((pair[1].tbl, pair[1].uid)))
        while pending:                              # until nothing more goes in: a parent lets its children in
            held = [(raw, row) for raw, row in pending if not page.offer(raw, row)]
            if len(held) == len(pending):
                break
            pending = held
        page.held = connection.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0]
        set_state(connection, "pull_cursor", str(next_cursor))
        set_state(connection, "last_pull_at", utc_now())
    return PageResult(page.applied, page.rebased, page.conflicts, page.skipped, page.held)
