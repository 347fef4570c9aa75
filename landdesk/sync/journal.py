"""The cache's side of sync: freeze the journal into changesets, take acknowledgements, apply pulled pages,
load a district snapshot, and resolve conflicts. No network here (that is `sync.client`).

Invariants (../shared/SYNC.md): a frozen payload never changes; an operation leaves the journal only when
the registry's acknowledgement is committed locally (SYNC-03); a pulled page is applied in one transaction
together with the cursor (SYNC-14); a row with pending local work is never overwritten by a pull, it is
rebased or becomes a conflict (SYNC-04/05/06).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import DecisionKind
from landdesk.domain.decision import DecisionRecord, chain_hash
from landdesk.domain.replication import SYNCED_TABLES, local_columns
from landdesk.storage.decisions import last_link
from landdesk.storage.sql import utc_now
from landdesk.sync.protocol import (
    SCHEMA_VERSION,
    Changeset,
    Conflict,
    Group,
    Operation,
    RowChange,
    RowState,
    merge_row,
    same_value,
    sha256_hex,
)

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable

    from landdesk.storage.connection import Cache

_SYNCED = frozenset(SYNCED_TABLES)


def state(cache: Cache, key: str) -> str | None:
    with cache.reading() as connection:
        row = connection.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def set_state(connection: sqlite3.Connection, key: str, value: str | None) -> None:
    connection.execute("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


# --- rows -------------------------------------------------------------------------------------------------

_COLUMNS: dict[str, tuple[str, ...]] = {}      # every open cache has the latest schema: one list per table


def attribute_columns(connection: sqlite3.Connection, tbl: str) -> tuple[str, ...]:
    """The columns of a synced table that travel as attributes, in table order."""
    if tbl not in _COLUMNS:
        local = local_columns(tbl)
        _COLUMNS[tbl] = tuple(r[1] for r in connection.execute(f'PRAGMA table_info("{tbl}")') if r[1] not in local)
    return _COLUMNS[tbl]


def read_row(connection: sqlite3.Connection, tbl: str, uid: str) -> RowState | None:
    columns = attribute_columns(connection, tbl)
    geom = "AsBinary(geom)" if _has_geom(connection, tbl) else "NULL"
    row = connection.execute(f'SELECT row_version, is_deleted, {geom}, {", ".join(columns)} FROM "{tbl}" '
                             "WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        return None
    return RowState(tbl, uid, row[0], bool(row[1]), dict(zip(columns, row[3:], strict=True)), row[2])


def read_base(connection: sqlite3.Connection, tbl: str, uid: str) -> RowState | None:
    row = connection.execute("SELECT row_version, is_deleted, attrs, geom FROM sync_base WHERE tbl = ? AND uid = ?",
                             (tbl, uid)).fetchone()
    return None if row is None else RowState(tbl, uid, row[0], bool(row[1]), json.loads(row[2]), row[3])


def write_base(connection: sqlite3.Connection, row: RowState) -> None:
    connection.execute(
        "INSERT INTO sync_base (tbl, uid, row_version, is_deleted, attrs, geom) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tbl, uid) DO UPDATE SET row_version = excluded.row_version, is_deleted = excluded.is_deleted, "
        "attrs = excluded.attrs, geom = excluded.geom",
        (row.tbl, row.uid, row.version, int(row.deleted), json.dumps(row.attrs, ensure_ascii=False), row.wkb))


_GEOM: dict[str, bool] = {}


def _has_geom(connection: sqlite3.Connection, tbl: str) -> bool:
    if tbl not in _GEOM:
        _GEOM[tbl] = any(r[1] == "geom" for r in connection.execute(f'PRAGMA table_info("{tbl}")'))
    return _GEOM[tbl]


def write_row(connection: sqlite3.Connection, row: RowState, srid: int) -> None:
    """Insert or update the local row to `row`'s state (inside a transaction that is applying remote rows,
    or inside an operation when a conflict resolution writes it)."""
    columns = [c for c in attribute_columns(connection, row.tbl) if c in row.attrs]
    values = [row.attrs[c] for c in columns]
    geom = _has_geom(connection, row.tbl)
    exists = connection.execute(f'SELECT 1 FROM "{row.tbl}" WHERE uid = ?', (row.uid,)).fetchone()
    now = utc_now()
    if exists:
        if row.tbl == "decisions":           # append-only content: only the bookkeeping may change
            connection.execute("UPDATE decisions SET row_version = ?, is_deleted = ?, updated_at = ? WHERE uid = ?",
                               (row.version, int(row.deleted), now, row.uid))
            return
        sets = [f'"{c}" = ?' for c in columns] + ["row_version = ?", "is_deleted = ?", "updated_at = ?"]
        params = [*values, row.version, int(row.deleted), now]
        if geom:
            sets.append("geom = GeomFromWKB(?, ?)")
            params += [row.wkb, srid]
        connection.execute(f'UPDATE "{row.tbl}" SET {", ".join(sets)} WHERE uid = ?', (*params, row.uid))
        return
    names = ["uid", *columns, "row_version", "is_deleted", "updated_at"]
    params = [row.uid, *values, row.version, int(row.deleted), now]
    marks = ["?"] * len(names)
    if geom:
        names.append("geom")
        marks.append("GeomFromWKB(?, ?)")
        params += [row.wkb, srid]
    if row.tbl == "decisions":               # each cache keeps its own hash chain over the decisions it holds
        seq, previous = last_link(connection)
        record = _decision_record(row, seq + 1)
        names += ["seq", "prev_hash", "content_hash"]
        marks += ["?", "?", "?"]
        params += [seq + 1, previous, chain_hash(previous, record)]
    connection.execute(f'INSERT INTO "{row.tbl}" ({", ".join(names)}) VALUES ({", ".join(marks)})', params)


def _decision_record(row: RowState, seq: int) -> DecisionRecord:
    a = row.attrs
    return DecisionRecord(uid=row.uid, seq=seq, application_uid=a["application_uid"], kind=DecisionKind(a["kind"]),
                          decided_on=a["decided_on"], decided_at=a["decided_at"], officer=a["officer"],
                          act_number=a.get("act_number"), grounds=tuple(json.loads(a.get("grounds") or "[]")),
                          motivation=a.get("motivation"), override_reason=a.get("override_reason"))


def local_change(connection: sqlite3.Connection, tbl: str, uid: str) -> RowChange | None:
    """What this cache changed in a row since its last registry state; None when nothing (edit then revert,
    or a row created and deleted offline, SYNC-09)."""
    current = read_row(connection, tbl, uid)
    base = read_base(connection, tbl, uid)
    if base is None:
        if current is None or current.deleted:
            return None
        return RowChange(tbl, uid, "insert", None, {k: (None, v) for k, v in current.attrs.items()},
                         geom_changed=current.wkb is not None, geom_new=current.wkb)
    if current is None or current.deleted:
        return None if base.deleted else RowChange(tbl, uid, "delete", base.version)
    fields = {k: (base.attrs.get(k), v) for k, v in current.attrs.items() if not same_value(base.attrs.get(k), v)}
    geom_changed = current.wkb != base.wkb
    if not fields and not geom_changed and not base.deleted:
        return None
    return RowChange(tbl, uid, "update", base.version, fields, geom_changed=geom_changed,
                     geom_base_sha256=sha256_hex(base.wkb), geom_new=current.wkb)


# --- push side --------------------------------------------------------------------------------------------

def pending_operations(cache: Cache) -> int:
    with cache.reading() as connection:
        return int(connection.execute("SELECT count(*) FROM sync_op").fetchone()[0])


def frozen_changesets(cache: Cache) -> list[tuple[str, bytes]]:
    with cache.reading() as connection:
        return [(r[0], r[1]) for r in connection.execute(
            "SELECT changeset_id, payload FROM sync_outbox WHERE state = 'frozen' ORDER BY created_at, rowid")]


def freeze(cache: Cache, district: str) -> str | None:
    """Freeze the pending operations into one changeset in the outbox; None when there is nothing to push.
    Nothing new is frozen while an earlier changeset waits for its acknowledgement, and a group holding a row
    with an open conflict waits until the conflict is resolved."""
    with cache.applying_remote() as connection:
        if connection.execute("SELECT 1 FROM sync_outbox WHERE state = 'frozen' LIMIT 1").fetchone():
            return None
        ops = {r[0]: Operation(*r) for r in connection.execute(
            "SELECT op_id, kind, user_id, created_at, reason FROM sync_op WHERE changeset_id IS NULL "
            "ORDER BY created_at, rowid")}
        if not ops:
            return None
        touched = connection.execute("SELECT op_id, tbl, uid FROM sync_op_row WHERE op_id IN "
                                     "(SELECT op_id FROM sync_op WHERE changeset_id IS NULL)").fetchall()
        blocked = {(r[0], r[1]) for r in connection.execute(
            "SELECT tbl, uid FROM sync_conflict WHERE status = 'open'")}
        groups: list[Group] = []
        frozen_ops: list[str] = []
        empty_ops: list[str] = []
        for op_ids, rows in _components(ops, touched):
            if any(row in blocked for row in rows):
                continue
            changes = [c for tbl, uid in sorted(rows, key=_apply_order)
                       if tbl in _SYNCED and (c := local_change(connection, tbl, uid)) is not None]
            if not changes:
                empty_ops += op_ids
                continue
            groups.append(Group(str(uuid.uuid4()), tuple(ops[o] for o in op_ids), tuple(changes)))
            frozen_ops += op_ids
        connection.executemany("DELETE FROM sync_op WHERE op_id = ?", [(o,) for o in empty_ops])
        if not groups:
            return None
        device = connection.execute("SELECT value FROM sync_state WHERE key = 'device_id'").fetchone()[0]
        changeset = Changeset(str(uuid.uuid4()), device, district, SCHEMA_VERSION, tuple(groups))
        payload = changeset.payload()
        connection.execute("INSERT INTO sync_outbox (changeset_id, payload, payload_sha256, state, created_at) "
                           "VALUES (?, ?, ?, 'frozen', ?)",
                           (changeset.changeset_id, payload, sha256_hex(payload), utc_now()))
        connection.executemany("UPDATE sync_op SET changeset_id = ? WHERE op_id = ?",
                               [(changeset.changeset_id, o) for o in frozen_ops])
    return changeset.changeset_id


def _apply_order(key: tuple[str, str]) -> tuple[int, str]:
    tbl, uid = key
    return (SYNCED_TABLES.index(tbl) if tbl in _SYNCED else len(SYNCED_TABLES), uid)


def _components(ops: dict[str, Operation], touched: Iterable[tuple[str, str, str]]
                ) -> list[tuple[list[str], set[tuple[str, str]]]]:
    """Operations that share rows, merged (connected components): each is one atomic group."""
    parent: dict[Any, Any] = {}

    def find(x: Any) -> Any:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    rows_of: dict[str, set[tuple[str, str]]] = {o: set() for o in ops}
    for op_id, tbl, uid in touched:
        rows_of[op_id].add((tbl, uid))
        parent[find(("op", op_id))] = find(("row", tbl, uid))
    by_root: dict[Any, tuple[list[str], set[tuple[str, str]]]] = {}
    for op_id in ops:                                   # in creation order
        entry = by_root.setdefault(find(("op", op_id)), ([], set()))
        entry[0].append(op_id)
        entry[1].update(rows_of[op_id])
    return list(by_root.values())


def record_attempt(cache: Cache, changeset_id: str, error: str) -> None:
    with cache.applying_remote() as connection:
        connection.execute("UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? WHERE changeset_id = ?",
                           (error[:2000], changeset_id))


def apply_ack(cache: Cache, changeset_id: str, response: dict[str, Any]) -> list[Conflict]:
    """The registry's answer to a push, committed in one transaction: applied groups leave the journal and
    become the rows' new base; conflicting or rejected groups stay pending with their conflicts recorded."""
    conflicts: list[Conflict] = []
    with cache.applying_remote() as connection:
        row = connection.execute("SELECT payload, state FROM sync_outbox WHERE changeset_id = ?",
                                 (changeset_id,)).fetchone()
        if row is None or row[1] != "frozen":
            return []
        sent = {g.group_id: g for g in Changeset.from_payload(row[0]).groups}
        state_ = "acked"
        for group_answer in response.get("groups", []):
            group = sent.get(group_answer.get("group_id"))
            if group is None:
                continue
            op_ids = [(o.op_id,) for o in group.ops]
            if group_answer.get("status") == "applied":
                versions = group_answer.get("versions", {})
                for change in group.rows:
                    version = versions.get(f"{change.tbl}/{change.uid}")
                    if version is not None:
                        _acknowledge_row(connection, change, int(version))
                connection.executemany("DELETE FROM sync_op WHERE op_id = ?", op_ids)
            else:
                state_ = "conflict" if group_answer.get("status") == "conflict" else "rejected"
                connection.executemany("UPDATE sync_op SET changeset_id = NULL WHERE op_id = ?", op_ids)
                for raw in group_answer.get("conflicts", []):
                    conflict = _with_local_sides(connection, Conflict.from_json(raw))
                    conflicts.append(conflict)
                    record_conflict(connection, conflict, changeset_id)
        connection.execute("UPDATE sync_outbox SET state = ?, response = ?, acked_at = ? WHERE changeset_id = ?",
                           (state_, json.dumps(response), utc_now(), changeset_id))
    return conflicts


def _acknowledge_row(connection: sqlite3.Connection, change: RowChange, version: int) -> None:
    base = read_base(connection, change.tbl, change.uid)
    attrs = dict(base.attrs) if base else {}
    attrs.update({k: n for k, (_o, n) in change.fields.items()})
    wkb = change.geom_new if change.geom_changed else (base.wkb if base else None)
    write_base(connection, RowState(change.tbl, change.uid, version, change.action == "delete", attrs, wkb))
    connection.execute(f'UPDATE "{change.tbl}" SET row_version = ? WHERE uid = ?', (version, change.uid))


def record_conflict(connection: sqlite3.Connection, conflict: Conflict, changeset_id: str | None = None) -> None:
    """One open conflict per row: a newer registry state replaces the older one's `theirs`."""
    existing = connection.execute("SELECT conflict_id FROM sync_conflict WHERE tbl = ? AND uid = ? AND "
                                  "status = 'open'", (conflict.tbl, conflict.uid)).fetchone()
    values = (conflict.kind, json.dumps(list(conflict.fields)), json.dumps(conflict.base), json.dumps(conflict.mine),
              json.dumps(conflict.theirs), conflict.message, changeset_id)
    if existing:
        connection.execute("UPDATE sync_conflict SET kind = ?, fields = ?, base = ?, mine = ?, theirs = ?, "
                           "message = ?, changeset_id = coalesce(?, changeset_id) WHERE conflict_id = ?",
                           (*values, existing[0]))
    else:
        connection.execute("INSERT INTO sync_conflict (conflict_id, kind, fields, base, mine, theirs, message, "
                           "changeset_id, tbl, uid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (str(uuid.uuid4()), *values, conflict.tbl, conflict.uid, utc_now()))


# --- pull side --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageResult:
    applied: int
    rebased: int
    conflicts: int
    skipped: int


def apply_pull_page(cache: Cache, rows: list[RowState], next_cursor: int) -> PageResult:
    """One page of registry rows and the cursor after it, in one transaction (SYNC-14)."""
    applied = rebased = conflicts = skipped = 0
    with cache.applying_remote() as connection:
        dirty = {(r[0], r[1]) for r in connection.execute("SELECT DISTINCT tbl, uid FROM sync_op_row")}
        for row in sorted(rows, key=lambda r: _apply_order((r.tbl, r.uid))):
            if row.tbl not in _SYNCED:
                skipped += 1
                continue
            base = read_base(connection, row.tbl, row.uid)
            if base is not None and row.version is not None and base.version is not None \
                    and row.version < base.version:
                skipped += 1
                continue
            change = local_change(connection, row.tbl, row.uid) if (row.tbl, row.uid) in dirty else None
            if change is None:
                write_row(connection, row, cache.srid)
                write_base(connection, row)
                applied += 1
                continue
            if base is not None and base.version == row.version:
                skipped += 1                            # nothing new: our own base again
                continue
            merged = merge_row(change, row)
            if merged.conflicts:
                for conflict in merged.conflicts:
                    record_conflict(connection, _with_local_sides(connection, conflict))
                conflicts += 1
                continue
            local = read_row(connection, row.tbl, row.uid)
            keep = local.attrs if local else {}
            mine = {k: keep[k] for k in change.fields if k in keep}
            write_row(connection, RowState(row.tbl, row.uid, row.version, row.deleted, {**merged.attrs, **mine},
                                           change.geom_new if change.geom_changed else row.wkb), cache.srid)
            write_base(connection, row)
            rebased += 1
        set_state(connection, "pull_cursor", str(next_cursor))
        set_state(connection, "last_pull_at", utc_now())
    return PageResult(applied, rebased, conflicts, skipped)


def _with_local_sides(connection: sqlite3.Connection, conflict: Conflict) -> Conflict:
    """A conflict with the whole base (the registry's last state this cache saw) and the whole local row as
    mine, geometry included, so the officer sees every field and all three boundaries."""
    base = read_base(connection, conflict.tbl, conflict.uid)
    local = read_row(connection, conflict.tbl, conflict.uid)

    def side(row: RowState | None) -> dict[str, Any] | None:
        return None if row is None else {"attrs": row.attrs, "version": row.version, "deleted": row.deleted,
                                         "wkb": None if row.wkb is None else row.wkb.hex()}
    return Conflict(conflict.tbl, conflict.uid, conflict.kind, conflict.fields, conflict.message,
                    side(base) or conflict.base, side(local) or conflict.mine, conflict.theirs)
