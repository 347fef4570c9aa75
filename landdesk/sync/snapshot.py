"""A new cache from a registry snapshot of a district: one bulk load in SQL, every row's base recorded,
the pull cursor stamped, so the next sync pulls only what changed after the snapshot."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from landdesk.domain.district import District
from landdesk.domain.replication import SYNCED_TABLES
from landdesk.domain.row_rules import row_problems
from landdesk.storage.bulk import bulk_load, update_layer_statistics
from landdesk.storage.connection import create_cache, remove_cache_files
from landdesk.storage.migrations.m0001_init import GEOMETRY_COLUMNS
from landdesk.storage.render_copy import store_all_copies
from landdesk.storage.sql import utc_now
from landdesk.storage.sync_quarantine import exists, hold
from landdesk.storage.synced_rows import attribute_columns
from landdesk.sync.journal import set_state, write_row
from landdesk.sync.protocol import RowState
from landdesk.sync.pull import REFUSED_BY_CACHE, REFUSED_BY_RULES, WAITING_FOR_PARENT

if TYPE_CHECKING:
    from pathlib import Path


SNAPSHOT_FORMAT = 3     # the registry's snapshot format this LandDesk reads (registry/snapshot.py)


class SnapshotBroken(ValueError):
    pass


def _load_table(connection: sqlite3.Connection, tbl: str, srid: int, now: str) -> int:
    """One table of the snapshot into the cache and into sync_base, in SQL; decisions through the hash chain.
    A row the cache cannot store does not stop the clone: it is left out, quarantined with the reason
    (`sync_quarantine`), and a corrected version from the registry brings it in later."""
    sent = [r[1][2:] for r in connection.execute(f'PRAGMA snap.table_info("t_{tbl}")') if r[1].startswith("a_")]
    columns = [c for c in attribute_columns(connection, tbl) if c in sent]
    if tbl == "decisions":                    # each cache chains its own decisions: appended one by one
        quoted = ", ".join(f'"a_{c}"' for c in columns)
        rows = connection.execute(f'SELECT uid, version, deleted, {quoted} FROM snap."t_decisions" '
                                  "ORDER BY a_decided_at, uid").fetchall()
        for row in rows:
            state = RowState(tbl, row[0], row[1], bool(row[2]), dict(zip(columns, row[3:], strict=True)), None)
            if _refused(connection, state):
                continue
            if not exists(connection, "applications", str(state.attrs.get("application_uid"))):
                hold(connection, tbl, state.uid, state.version, state.to_json(), "waiting", WAITING_FOR_PARENT,
                     {"parent": "applications", "parent_uid": str(state.attrs.get("application_uid")),
                      "field": "application_uid"})
                continue
            write_row(connection, state, srid)
    else:
        has_geom = any(r[1] == "geom" for r in connection.execute(f'PRAGMA table_info("{tbl}")'))
        names = ["uid", "row_version", "is_deleted", "updated_at", *columns] + (["geom"] if has_geom else [])
        values = ["uid", "version", "deleted", "?", *(f'"a_{c}"' for c in columns)] + \
            ([f"GeomFromWKB(wkb, {srid:d})"] if has_geom else [])
        # OR IGNORE: a row that breaks a NOT NULL, CHECK or UNIQUE rule is left out here and named below
        connection.execute(f'INSERT OR IGNORE INTO "{tbl}" ({", ".join(names)}) SELECT {", ".join(values)} '
                           f'FROM snap."t_{tbl}" ORDER BY rowid', (now,))
        _quarantine_misfits(connection, tbl, srid, has_geom)
    # the base: every attribute the registry sent, numbers with 17 significant digits (json_object alone writes
    # 15, and a fresh clone would then see changes nobody made and false conflicts: issue 15, case 3)
    pairs = ", ".join(f"'{c}', CASE WHEN typeof(s.\"a_{c}\") = 'real' THEN json(printf('%!.17g', s.\"a_{c}\")) "
                      f'ELSE s."a_{c}" END' for c in sent)
    connection.execute("INSERT INTO sync_base (tbl, uid, row_version, is_deleted, attrs, geom) SELECT ?, s.uid, "
                       f's.version, s.deleted, json_object({pairs}), s.wkb FROM snap."t_{tbl}" s WHERE s.uid IN '
                       f'(SELECT uid FROM "{tbl}") ORDER BY s.uid', (tbl,))
    return int(connection.execute(f'SELECT count(*) FROM "{tbl}"').fetchone()[0])


_GEOMETRY_KIND = {table: kind for table, _column, kind in GEOMETRY_COLUMNS}


def _quarantine_misfits(connection: sqlite3.Connection, tbl: str, srid: int, has_geom: bool) -> None:
    """Rows of the snapshot that did not go in whole — refused by a constraint, or a geometry that SpatiaLite
    dropped (a polygon with Z) or that is not the layer's type (a point as a parcel) — are taken out and kept
    aside with the reason the shared row rules give."""
    missing = [r[0] for r in connection.execute(
        f'SELECT uid FROM snap."t_{tbl}" WHERE uid NOT IN (SELECT uid FROM "{tbl}")')]
    misfits = []
    if has_geom:
        misfits = [r[0] for r in connection.execute(
            f'SELECT t.uid FROM "{tbl}" t JOIN snap."t_{tbl}" s ON s.uid = t.uid WHERE s.wkb IS NOT NULL AND '
            f"(t.geom IS NULL OR GeometryType(t.geom) != ? OR ST_SRID(t.geom) != ?)", (_GEOMETRY_KIND[tbl], srid))]
        connection.executemany(f'DELETE FROM "{tbl}" WHERE uid = ?', [(u,) for u in misfits])
    for uid in missing + misfits:
        _refused(connection, _snapshot_row(connection, tbl, uid), force=True)


def _snapshot_row(connection: sqlite3.Connection, tbl: str, uid: str) -> RowState:
    names = [r[1] for r in connection.execute(f'PRAGMA snap.table_info("t_{tbl}")')]
    row = connection.execute(f'SELECT * FROM snap."t_{tbl}" WHERE uid = ?', (uid,)).fetchone()
    values = dict(zip(names, row, strict=True))
    return RowState(tbl, uid, values["version"], bool(values["deleted"]),
                    {n[2:]: v for n, v in values.items() if n.startswith("a_")}, values["wkb"])


def _refused(connection: sqlite3.Connection, row: RowState, *, force: bool = False) -> bool:
    """Quarantine a snapshot row the rules refuse (or that the cache refused, `force`); True when it was."""
    problems = row_problems(row.tbl, row.uid, row.attrs, row.wkb) if not row.deleted else []
    if not problems and not force:
        return False
    params = ({"field": problems[0].field, "detail": str(problems[0].text), "problem": problems[0].code} if problems
              else {"error": "a constraint of the cache"})
    hold(connection, row.tbl, row.uid, row.version, row.to_json(), "quarantined",
         REFUSED_BY_RULES if problems else REFUSED_BY_CACHE, params)
    return True


def _hold_orphans(connection: sqlite3.Connection) -> int:
    """Rows whose parent was quarantined wait for it (a pull brings them in with it): taken out, so the clone's
    deferred foreign keys hold at commit. Returns how many."""
    held = 0
    while violations := connection.execute("PRAGMA foreign_key_check").fetchall():
        before = held
        for tbl, fid, parent, _fk in violations:
            row = connection.execute(f'SELECT uid FROM "{tbl}" WHERE fid = ?', (fid,)).fetchone()
            if row is None or tbl not in SYNCED_TABLES or tbl == "decisions":
                continue
            state = _snapshot_row(connection, tbl, row[0])
            hold(connection, tbl, row[0], state.version, state.to_json(), "waiting", WAITING_FOR_PARENT,
                 {"parent": parent, "parent_uid": "", "field": ""})
            connection.execute(f'DELETE FROM "{tbl}" WHERE fid = ?', (fid,))
            connection.execute("DELETE FROM sync_base WHERE tbl = ? AND uid = ?", (tbl, row[0]))
            held += 1
        if held == before:
            break
    return held


def read_meta(snapshot: Path) -> dict[str, str]:
    try:
        connection = sqlite3.connect(f"{snapshot.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return dict(connection.execute("SELECT key, value FROM meta").fetchall())
        finally:
            connection.close()
    except sqlite3.DatabaseError as err:
        raise SnapshotBroken(f"the snapshot is not readable ({err})") from err


def cache_from_snapshot(snapshot: Path, out: Path, registry_url: str, user: str | None = None) -> int:
    """Build the cache at `out` (written beside it and moved into place at the end). Returns the row count."""
    meta = read_meta(snapshot)
    if int(meta.get("format", 0)) < SNAPSHOT_FORMAT:
        raise SnapshotBroken(f"the registry sent a snapshot of format {meta.get('format')}; this LandDesk reads "
                             f"format {SNAPSHOT_FORMAT} (update the registry)")
    facts = json.loads(meta["district_info"])
    district = District(uid=facts["uid"], name=facts["name"], region_code=facts["region_code"],
                        district_code=facts["district_code"], srid=int(facts["srid"]), crs_name=facts["crs_name"],
                        name_kk=facts.get("name_kk"), name_ru=facts.get("name_ru"), kato=facts.get("kato"))
    partial = out.with_name(out.name + ".cloning")
    remove_cache_files(partial)
    cache = create_cache(partial, district)
    try:
        connection = cache.connection
        connection.execute("ATTACH DATABASE ? AS snap", (f"{snapshot.resolve().as_uri()}?mode=ro",))
        now = utc_now()
        with bulk_load(cache, ["district", *SYNCED_TABLES]) as _writer:
            if facts.get("boundary_wkb"):
                connection.execute("UPDATE district SET geom = GeomFromWKB(?, ?) WHERE uid = ?",
                                   (bytes.fromhex(facts["boundary_wkb"]), district.srid, district.uid))
            present = {r[0] for r in connection.execute("SELECT name FROM snap.sqlite_master WHERE type = 'table'")}
            count = 0
            for tbl in SYNCED_TABLES:
                if f"t_{tbl}" in present:
                    count += _load_table(connection, tbl, district.srid, now)
            count -= _hold_orphans(connection)
            set_state(connection, "pull_cursor", meta["cursor"])
            set_state(connection, "district", meta["district"])
            set_state(connection, "registry", registry_url)
            set_state(connection, "user", user)
            set_state(connection, "last_pull_at", now)
        connection.execute("DETACH DATABASE snap")
        update_layer_statistics(cache)
        store_all_copies(cache)
        cache.checkpoint()
    finally:
        cache.close()
    remove_cache_files(out)
    partial.replace(out)
    remove_cache_files(partial)
    return count
