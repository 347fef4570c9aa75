"""Applying a pushed changeset: idempotent by id, atomic per group, three-way merge per row (SYNC.md)."""

from __future__ import annotations

import json
import os
import signal
import uuid
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.replication import DECIDING_ROLES, PLANNING_TABLES, SYNCED_TABLES, WRITING_ROLES
from landdesk.registry.chain import append_decisions
from landdesk.registry.refused import Refused
from landdesk.registry.store import now_iso
from landdesk.registry.validate import district_extent, validate
from landdesk.sync.protocol import Changeset, Conflict, RowState, merge_row

__all__ = ["Refused", "check_write", "push"]

if TYPE_CHECKING:
    from landdesk.registry.store import Store, User

MIN_SCHEMA_VERSION = 3
TOPOLOGY_TABLES = ("parcels",)
OVERLAP_TOLERANCE_M2 = 1.0      # a changed parcel may overlap a neighbour by survey noise, not by a strip of land
CRASH_AFTER_COMMIT = "LANDDESK_REGISTRY_CRASH_AFTER_COMMIT"     # fault tests: die between commit and reply


def check_write(user: User, changeset: Changeset) -> None:
    if changeset.schema_version < MIN_SCHEMA_VERSION:
        raise Refused(426, "upgrade_required", f"This LandDesk writes cache schema {changeset.schema_version}; the "
                      f"registry needs {MIN_SCHEMA_VERSION} or newer.",
                      "Update LandDesk first, then sync again. Your unsynced work stays in the cache and is sent "
                      "after the update.")
    if changeset.district != user.district:
        raise Refused(403, "wrong_district", f"{user.name} works in district {user.district}, not "
                      f"{changeset.district}.", "Sync a cache of your own district, or ask the administrator.",
                      user=user.name, district=user.district, wanted=changeset.district)
    if user.role not in WRITING_ROLES:
        raise Refused(403, "read_only_role", f"The role {user.role} cannot change the registry.",
                      "Ask an officer of the district to make the change.")
    rows = [row for group in changeset.groups for row in group.rows]
    if user.role not in DECIDING_ROLES and any(row.tbl == "decisions" for row in rows):
        raise Refused(403, "cannot_decide", f"The role {user.role} cannot decide applications.",
                      "Only an officer or the head of the land department can record a decision.")
    for group in changeset.groups:
        for row in group.rows:
            if row.tbl not in SYNCED_TABLES:
                raise Refused(400, "unknown_table", f"{row.tbl} is not a table the registry keeps.",
                              "Update LandDesk; this cache holds tables the registry does not know.")
            if user.role == "architect" and row.tbl not in PLANNING_TABLES:
                raise Refused(403, "planning_only", f"An architect changes plans, not {row.tbl}.",
                              "Ask an officer of the district to make the change.")


def push(store: Store, user: User, changeset: Changeset, payload_sha256: str) -> dict[str, Any]:
    """Apply a changeset, or replay the stored answer of one applied before (SYNC-01, SYNC-16)."""
    check_write(user, changeset)
    known = store.district(changeset.district)
    if known is not None:             # an unknown district is refused below, inside the transaction
        validate(changeset, district_extent(known[1]))
    with store.transaction() as connection:
        prior = store.applied(connection, changeset.changeset_id)
        if prior is not None:
            if prior[0] != payload_sha256:
                raise Refused(422, "changeset_id_reused", "This changeset id was used before with other content.",
                              "This is a LandDesk defect; report it with the cache file. Nothing was changed.")
            return dict(json.loads(prior[1]), replayed=True)
        found = store.execute(connection, "SELECT srid FROM districts WHERE code = ?", (changeset.district,)
                              ).fetchone()
        if found is None:
            raise Refused(404, "unknown_district", f"The registry holds no district {changeset.district}.",
                          "Ask the administrator to load the district.", district=changeset.district)
        srid = int(found[0])
        store.next_seq(connection, changeset.district, 0)         # lock the district: pushes in it queue here
        current = store.get_rows(connection, [(r.tbl, r.uid) for g in changeset.groups for r in g.rows], lock=True)
        for (tbl, uid), (_row, district) in current.items():
            if district != changeset.district:
                raise Refused(403, "wrong_district", f"{tbl} {uid} belongs to district {district}.",
                              "Rows of another district cannot be changed from this cache.")
        states = {key: row for key, (row, _district) in current.items()}
        writes: list[RowState] = []
        projected: list[bytes | None] = []
        answers = []
        for group in changeset.groups:
            answer, group_writes, group_projected = _apply_group(store, connection, changeset, group, srid, states)
            answers.append(answer)
            writes += group_writes
            projected += group_projected
        if writes:                   # every applied group in one batch, at consecutive sequence numbers
            first = store.next_seq(connection, changeset.district, len(writes))
            store.put_rows(connection, changeset.district, srid, writes, first, changeset.changeset_id, user.name,
                           projected)
            append_decisions(store, connection, changeset.district, writes, first)    # the district's chain
        for group in changeset.groups:
            connection.cursor().executemany(store.sql(
                "INSERT INTO operations (op_id, changeset_id, kind, user_id, reason, created_at, pushed_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                [(o.op_id, changeset.changeset_id, o.kind, o.user_id, o.reason, o.created_at, user.name)
                 for o in group.ops])
        response = {"changeset_id": changeset.changeset_id, "groups": answers}
        store.execute(connection, "INSERT INTO applied_changesets (changeset_id, device_id, district, payload_sha256, "
                      "response, applied_at) VALUES (?, ?, ?, ?, ?, ?)",
                      (changeset.changeset_id, changeset.device_id, changeset.district, payload_sha256,
                       json.dumps(response), now_iso()))
    if os.environ.get(CRASH_AFTER_COMMIT) == "1":
        os.kill(os.getpid(), signal.SIGKILL)
    return response


def _apply_group(store: Store, connection: Any, changeset: Changeset, group: Any, srid: int,
                 states: dict[tuple[str, str], RowState]
                 ) -> tuple[dict[str, Any], list[RowState], list[bytes | None]]:
    """One group's answer, and the rows it writes (with their WGS 84 copies) when it applies as a whole."""
    conflicts: list[Conflict] = []
    writes: list[RowState] = []
    versions: dict[str, int] = {}
    for change in group.rows:
        theirs = states.get((change.tbl, change.uid))
        merged = merge_row(change, theirs)
        if merged.conflicts:
            conflicts += merged.conflicts
            continue
        if change.tbl == "decisions" and change.action == "insert" and theirs is None:
            taken = [d for d in store.decisions_of(connection, str(merged.attrs.get("application_uid")))
                     if d.attrs.get("kind") in ("APPROVE", "REFUSE")]
            taken += [w for w in states.values() if w.tbl == "decisions" and not w.deleted and
                      w.attrs.get("application_uid") == merged.attrs.get("application_uid") and
                      w.attrs.get("kind") in ("APPROVE", "REFUSE")]
            if taken and merged.attrs.get("kind") in ("APPROVE", "REFUSE"):
                conflicts.append(Conflict(change.tbl, change.uid, "already_decided", ("kind",),
                                          f"the application was already decided ({taken[0].attrs.get('kind')}) by "
                                          f"{taken[0].attrs.get('officer')}",
                                          None, {"attrs": merged.attrs}, taken[0].to_json()))
                continue
        if merged.noop and theirs is not None:
            versions[f"{change.tbl}/{change.uid}"] = int(theirs.version or 1)
            continue
        version = int(theirs.version or 0) + 1 if theirs is not None else 1
        writes.append(RowState(change.tbl, change.uid, version, merged.deleted, merged.attrs, merged.wkb))
        versions[f"{change.tbl}/{change.uid}"] = version
    if conflicts:
        _store_conflicts(store, connection, changeset, group, conflicts)
        return {"group_id": group.group_id, "status": "conflict", "conflicts": [c.to_json() for c in conflicts]}, [], []
    try:
        projected = store.to_wgs84(srid, [w.wkb for w in writes])
    except Exception as err:    # noqa: BLE001 - a geometry the registry cannot read rejects its group, not the push
        message = f"the registry could not store this group: {err}"
        return ({"group_id": group.group_id, "status": "rejected",
                 "conflicts": [Conflict(r.tbl, r.uid, "rejected", (), message).to_json() for r in group.rows[:1]]},
                [], [])
    changed = {(c.tbl, c.uid) for c in group.rows if c.geom_changed}
    overlaps = [conflict for row, wgs in zip(writes, projected, strict=True)
                if (row.tbl, row.uid) in changed and row.tbl in TOPOLOGY_TABLES and not row.deleted and wgs
                for conflict in _overlaps(store, connection, changeset.district, row, wgs, states)]
    if overlaps:
        _store_conflicts(store, connection, changeset, group, overlaps)
        return {"group_id": group.group_id, "status": "conflict", "conflicts": [c.to_json() for c in overlaps]}, [], []
    for row in writes:
        states[(row.tbl, row.uid)] = row
    return {"group_id": group.group_id, "status": "applied", "versions": versions}, writes, projected


def _store_conflicts(store: Store, connection: Any, changeset: Changeset, group: Any,
                     conflicts: list[Conflict]) -> None:
    for conflict in conflicts:
        store.execute(connection, "INSERT INTO conflicts (conflict_id, changeset_id, group_id, tbl, uid, kind, body, "
                      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (str(uuid.uuid4()), changeset.changeset_id, group.group_id, conflict.tbl, conflict.uid,
                       conflict.kind, json.dumps(conflict.to_json()), now_iso()))


def _overlaps(store: Store, connection: Any, district: str, row: RowState, wgs84: bytes,
              states: dict[tuple[str, str], RowState]) -> list[Conflict]:
    """A changed boundary that now covers a neighbour beyond the tolerance (SYNC-05: concurrent edits of two
    neighbours can each be fine alone and overlap together). The neighbour as the registry has it now, or as
    this same push leaves it, is `theirs`."""
    if row.wkb is None:
        return []
    mine = shapely.from_wkb(row.wkb)
    found = []
    for neighbour in store.neighbours(connection, district, row.tbl, shapely.from_wkb(wgs84).bounds):
        current = states.get((row.tbl, neighbour.uid), neighbour)
        if neighbour.uid == row.uid or current.deleted or current.wkb is None:
            continue
        shared = mine.intersection(shapely.from_wkb(current.wkb)).area
        if shared > OVERLAP_TOLERANCE_M2:
            found.append(Conflict(row.tbl, row.uid, "topology", ("geom",),
                                  f"the new boundary overlaps {current.attrs.get('cadastral_number', neighbour.uid)} "
                                  f"by {shared:,.1f} m² (tolerance {OVERLAP_TOLERANCE_M2:g} m²)",
                                  None, {"attrs": row.attrs, "wkb": row.wkb.hex()}, current.to_json()))
    return found
