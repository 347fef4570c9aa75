"""Conflicts on the cache's side: the open ones, and their resolution as ordinary journaled, audited operations
(accept the registry's version, keep mine with a reason, or a merged version)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.storage.audit import write_audit
from landdesk.storage.sql import utc_now
from landdesk.sync.journal import read_base, read_row, write_base, write_row
from landdesk.sync.protocol import RowState

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache


@dataclass(frozen=True)
class ConflictRow:
    conflict_id: str
    tbl: str
    uid: str
    kind: str
    fields: tuple[str, ...]
    base: dict[str, Any] | None
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    message: str
    created_at: str


def open_conflicts(cache: Cache) -> list[ConflictRow]:
    with cache.reading() as connection:
        rows = connection.execute(
            "SELECT conflict_id, tbl, uid, kind, fields, base, mine, theirs, message, created_at FROM sync_conflict "
            "WHERE status = 'open' ORDER BY created_at").fetchall()
    return [ConflictRow(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), json.loads(r[5] or "null"),
                        json.loads(r[6] or "null"), json.loads(r[7] or "null"), r[8] or "", r[9]) for r in rows]


class ResolutionRefused(ValueError):
    pass


def resolve_conflict(cache: Cache, conflict_id: str, resolution: str, user: str, reason: str | None = None,
                     merged: dict[str, Any] | None = None) -> None:
    """Resolve one conflict as an ordinary journaled and audited operation.

    - "theirs": the registry's row replaces the local one; the local change to it is dropped.
    - "mine": the local row stays and is pushed again on top of the registry's version (reason required).
    - "merged": the registry's row with the fields in `merged` set, pushed as a new change.
    """
    if resolution not in ("theirs", "mine", "merged"):
        raise ResolutionRefused(f"unknown resolution {resolution!r}")
    if resolution == "mine" and not (reason or "").strip():
        raise ResolutionRefused("Keeping your version over the registry's needs a reason; it is audited.")
    with cache.operation(f"conflict.{resolution}", user, reason=reason) as connection:
        found = connection.execute("SELECT tbl, uid, kind, theirs FROM sync_conflict WHERE conflict_id = ? AND "
                                   "status = 'open'", (conflict_id,)).fetchone()
        if found is None:
            raise ResolutionRefused("This conflict is already resolved.")
        tbl, uid, kind, theirs_json = found
        if kind == "already_decided" and resolution != "theirs":
            raise ResolutionRefused("The application was already decided in the registry; only a supervisor there "
                                    "can replace that decision. Accept the registry's decision, or escalate.")
        if kind == "topology" and resolution != "theirs":
            raise ResolutionRefused("The registry refuses a boundary that overlaps a neighbour. Correct the boundary, "
                                    "or accept the registry's version of this parcel.")
        theirs_data = json.loads(theirs_json or "null")
        theirs = RowState.from_json(theirs_data) if theirs_data else None
        if kind == "topology":            # `theirs` is the neighbour; the registry's version of this row is the base
            theirs = read_base(connection, tbl, uid)
        if theirs is not None and theirs.uid == uid:
            write_base(connection, theirs)
        local = read_row(connection, tbl, uid)
        if resolution == "theirs":
            if theirs is not None and theirs.uid == uid:
                write_row(connection, theirs, cache.srid)
            elif local is not None:              # the registry never took this row: it goes
                connection.execute(f'UPDATE "{tbl}" SET is_deleted = 1, updated_at = ? WHERE uid = ?',
                                   (utc_now(), uid))
            connection.execute("DELETE FROM sync_op_row WHERE tbl = ? AND uid = ? AND op_id != "
                               "(SELECT value FROM sync_state WHERE key = 'current_op')", (tbl, uid))
        elif resolution == "merged":
            if theirs is None or local is None:
                raise ResolutionRefused("There is no registry row to merge into; keep yours or accept theirs.")
            write_row(connection, RowState(tbl, uid, theirs.version, False, {**theirs.attrs, **(merged or {})},
                                           theirs.wkb), cache.srid)
        else:
            connection.execute(f'UPDATE "{tbl}" SET updated_at = ? WHERE uid = ?', (utc_now(), uid))
        connection.execute("UPDATE sync_conflict SET status = 'resolved', resolution = ?, reason = ?, "
                           "resolved_by = ?, resolved_at = ? WHERE conflict_id = ?",
                           (resolution, reason, user, utc_now(), conflict_id))
        write_audit(connection, at=utc_now(), user=user, action=f"conflict.{resolution}", entity=tbl,
                    entity_uid=uid, details={"conflict": conflict_id, "kind": kind, "reason": reason,
                                             "merged": merged or {}})
