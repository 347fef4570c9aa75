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
from typing import TYPE_CHECKING, Any

from landdesk.domain.application import DecisionKind
from landdesk.domain.decision import DecisionRecord, chain_hash
from landdesk.domain.replication import SYNCED_TABLES
from landdesk.storage.decisions import last_link
from landdesk.storage.sql import utc_now
from landdesk.storage.synced_rows import attribute_columns, district_extent, has_geometry, read_synced_row
from landdesk.sync.protocol import (
    SCHEMA_VERSION,
    Changeset,
    Conflict,
    Group,
    Operation,
    RowChange,
    RowState,
    canonical,
    change_problems,
    loads,
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

def read_row(connection: sqlite3.Connection, tbl: str, uid: str) -> RowState | None:
    found = read_synced_row(connection, tbl, uid)
    return None if found is None else RowState(tbl, uid, *found)


class BaseUnreadable(ValueError):
    """The registry state a cache kept for a row is not valid JSON (or holds NaN/Infinity): the sync re-bases the
    row from the registry (`sync.client`) instead of stopping."""

    def __init__(self, tbl: str, uid: str) -> None:
        super().__init__(f"the registry state kept for {tbl} {uid} cannot be read")
        self.tbl, self.uid = tbl, uid


def read_base(connection: sqlite3.Connection, tbl: str, uid: str) -> RowState | None:
    row = connection.execute("SELECT row_version, is_deleted, attrs, geom FROM sync_base WHERE tbl = ? AND uid = ?",
                             (tbl, uid)).fetchone()
    if row is None:
        return None
    try:
        attrs = loads(row[2])
    except (ValueError, TypeError) as err:
        raise BaseUnreadable(tbl, uid) from err
    if not isinstance(attrs, dict):
        raise BaseUnreadable(tbl, uid)
    return RowState(tbl, uid, row[0], bool(row[1]), attrs, row[3])


def base_version(connection: sqlite3.Connection, tbl: str, uid: str) -> int | None:
    row = connection.execute("SELECT row_version FROM sync_base WHERE tbl = ? AND uid = ?", (tbl, uid)).fetchone()
    return None if row is None else int(row[0])


def unreadable_bases(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """Rows with work waiting whose kept registry state cannot be read (only those matter: a pull replaces the
    others' state whole, and nothing else reads it)."""
    found = []
    for tbl, uid in connection.execute("SELECT DISTINCT tbl, uid FROM sync_op_row").fetchall():
        try:
            read_base(connection, tbl, uid)
        except BaseUnreadable:
            found.append((tbl, uid))
    return found


def write_base(connection: sqlite3.Connection, row: RowState) -> None:
    connection.execute(
        "INSERT INTO sync_base (tbl, uid, row_version, is_deleted, attrs, geom) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tbl, uid) DO UPDATE SET row_version = excluded.row_version, is_deleted = excluded.is_deleted, "
        "attrs = excluded.attrs, geom = excluded.geom",
        (row.tbl, row.uid, row.version, int(row.deleted), canonical(row.attrs).decode(), row.wkb))


def write_row(connection: sqlite3.Connection, row: RowState, srid: int) -> None:
    """Insert or update the local row to `row`'s state (inside a transaction that is applying remote rows,
    or inside an operation when a conflict resolution writes it)."""
    columns = [c for c in attribute_columns(connection, row.tbl) if c in row.attrs]
    values = [row.attrs[c] for c in columns]
    geom = has_geometry(connection, row.tbl)
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
                          motivation=a.get("motivation"), override_reason=a.get("override_reason"),
                          details=_details(a.get("details")))


def _details(value: Any) -> dict[str, Any]:
    """A decision's details as they travel: JSON text in a cache's row, absent from an older client's."""
    if isinstance(value, str):
        value = json.loads(value or "{}")
    return dict(value or {})


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
        extent = district_extent(connection)
        blocked -= _fixed_since_set_aside(connection, blocked, extent)
        for op_ids, rows in _components(ops, touched):
            if any(row in blocked for row in rows):
                continue
            changes = [c for tbl, uid in sorted(rows, key=apply_order)
                       if tbl in _SYNCED and (c := local_change(connection, tbl, uid)) is not None]
            if not changes:
                empty_ops += op_ids
                continue
            refused = [(c, found[0]) for c in changes if (found := change_problems(c, extent))]
            if refused:                     # the registry would refuse it: set aside, named, kept to be fixed
                for change, problem in refused:
                    set_aside(connection, change.tbl, change.uid, problem.field, str(problem.text))
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


def apply_order(key: tuple[str, str]) -> tuple[int, str]:
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


def set_aside(connection: sqlite3.Connection, tbl: str, uid: str, field: str, detail: str,
              changeset_id: str | None = None) -> None:
    """Keep a row's pending work out of the next changesets, as a `rejected` conflict that names the field and
    why; the registry's version (the base) is `theirs`, so accepting it drops the local change. The work stays
    in the journal; once the row is corrected it goes with the next sync."""
    base = read_base(connection, tbl, uid)
    conflict = Conflict(tbl, uid, "rejected", (field,), detail,
                        theirs=None if base is None else base.to_json())
    record_conflict(connection, with_local_sides(connection, conflict), changeset_id)


def _fixed_since_set_aside(connection: sqlite3.Connection, blocked: set[tuple[str, str]],
                           extent: tuple[float, float, float, float] | None) -> set[tuple[str, str]]:
    """Rows set aside as `rejected` that the officer has corrected since: their conflict is resolved, and they
    go again. A row unchanged since it was set aside stays aside (no loop of refusals)."""
    fixed = set()
    for conflict_id, tbl, uid, mine in connection.execute(
            "SELECT conflict_id, tbl, uid, mine FROM sync_conflict WHERE status = 'open' AND kind = 'rejected'"
            ).fetchall():
        current = read_row(connection, tbl, uid)
        kept = json.loads(mine or "null") or {}
        if current is None or (current.attrs == kept.get("attrs") and
                               (None if current.wkb is None else current.wkb.hex()) == kept.get("wkb")):
            continue
        change = local_change(connection, tbl, uid)
        if change is not None and change_problems(change, extent):
            continue
        connection.execute("UPDATE sync_conflict SET status = 'resolved', resolution = 'corrected', "
                           "resolved_by = 'landdesk', resolved_at = ? WHERE conflict_id = ?", (utc_now(), conflict_id))
        fixed.add((tbl, uid))
    return fixed & blocked


def set_aside_refused(cache: Cache, changeset_id: str, tbl: str | None, uid: str | None, field: str,
                      detail: str) -> bool:
    """The registry refused a whole changeset for one row (422 `invalid_row`): it applied nothing, so the
    changeset is marked rejected (kept for the record), its operations go back to the journal, and the named
    row is set aside; the next freeze sends the rest. Without a named row in it, every row of the changeset is
    set aside. False when the changeset is no longer waiting."""
    with cache.applying_remote() as connection:
        row = connection.execute("SELECT payload FROM sync_outbox WHERE changeset_id = ? AND state = 'frozen'",
                                 (changeset_id,)).fetchone()
        if row is None:
            return False
        sent = [(r.tbl, r.uid) for g in Changeset.from_payload(row[0]).groups for r in g.rows]
        named = [(str(tbl), str(uid))] if (tbl, uid) in sent else sent
        for key in named:
            set_aside(connection, key[0], key[1], field, detail, changeset_id)
        connection.execute("UPDATE sync_outbox SET state = 'rejected', last_error = ?, acked_at = ? "
                           "WHERE changeset_id = ?", (detail[:2000], utc_now(), changeset_id))
        connection.execute("UPDATE sync_op SET changeset_id = NULL WHERE changeset_id = ?", (changeset_id,))
    return True


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
                    conflict = with_local_sides(connection, Conflict.from_json(raw))
                    conflicts.append(conflict)
                    record_conflict(connection, conflict, changeset_id)
        connection.execute("UPDATE sync_outbox SET state = ?, response = ?, acked_at = ? WHERE changeset_id = ?",
                           (state_, json.dumps(response), utc_now(), changeset_id))
    return conflicts


def _acknowledge_row(connection: sqlite3.Connection, change: RowChange, version: int) -> None:
    """What was sent becomes the row's base. Its version is the registry's new one only when nobody else wrote
    the row in between (the new version follows the base): then the registry holds exactly base + this change.
    Otherwise the registry merged this change into versions this cache has not seen, so the base keeps the
    version it really saw; the pull that follows brings the merged row (its change sequence is past this
    cache's cursor). A cache never claims a base it has not seen, so a later edit of a field someone else
    changed meanwhile is a conflict, even when the pull never happened (kill -9, power cut: issue 15)."""
    base = read_base(connection, change.tbl, change.uid)
    attrs = dict(base.attrs) if base else {}
    attrs.update({k: n for k, (_o, n) in change.fields.items()})
    wkb = change.geom_new if change.geom_changed else (base.wkb if base else None)
    if base is None:
        seen = 1                              # an insert is version 1, with exactly what was sent
    elif base.version is not None and version == base.version + 1:
        seen = version
    else:
        seen = int(base.version or 1)
    write_base(connection, RowState(change.tbl, change.uid, seen, change.action == "delete", attrs, wkb))
    connection.execute(f'UPDATE "{change.tbl}" SET row_version = ? WHERE uid = ?', (seen, change.uid))


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


# --- conflicts' sides ---------------------------------------------------------------------------------

def with_local_sides(connection: sqlite3.Connection, conflict: Conflict) -> Conflict:
    """A conflict with the whole base (the registry's last state this cache saw) and the whole local row as
    mine, geometry included, so the officer sees every field and all three boundaries."""
    base = read_base(connection, conflict.tbl, conflict.uid)
    local = read_row(connection, conflict.tbl, conflict.uid)

    def side(row: RowState | None) -> dict[str, Any] | None:
        return None if row is None else {"attrs": row.attrs, "version": row.version, "deleted": row.deleted,
                                         "wkb": None if row.wkb is None else row.wkb.hex()}
    return Conflict(conflict.tbl, conflict.uid, conflict.kind, conflict.fields, conflict.message,
                    side(base) or conflict.base, side(local) or conflict.mine, conflict.theirs)
