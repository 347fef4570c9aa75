"""A new cache from a registry snapshot of a district: one bulk load in SQL, every row's base recorded,
the pull cursor stamped, so the next sync pulls only what changed after the snapshot."""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from landdesk.domain.district import District
from landdesk.domain.replication import SYNCED_TABLES
from landdesk.storage.bulk import bulk_load, update_layer_statistics
from landdesk.storage.connection import create_cache, remove_cache_files
from landdesk.storage.render_copy import store_all_copies
from landdesk.storage.sql import utc_now
from landdesk.sync.journal import attribute_columns, set_state, write_row
from landdesk.sync.protocol import RowState

if TYPE_CHECKING:
    from pathlib import Path


class SnapshotBroken(ValueError):
    pass


def _load_table(connection: sqlite3.Connection, tbl: str, srid: int, now: str) -> int:
    """One table of the snapshot into the cache and into sync_base, in SQL; decisions through the hash chain."""
    sent = [r[1] for r in connection.execute(f'PRAGMA snap.table_info("t_{tbl}")')][4:]
    columns = [c for c in attribute_columns(connection, tbl) if c in sent]
    quoted = ", ".join(f'"{c}"' for c in columns)
    if tbl == "decisions":                    # each cache chains its own decisions: appended one by one
        rows = connection.execute(f'SELECT uid, version, deleted, {quoted} FROM snap."t_decisions" '
                                  "ORDER BY decided_at, uid").fetchall()
        for row in rows:
            write_row(connection, RowState(tbl, row[0], row[1], bool(row[2]),
                                           dict(zip(columns, row[3:], strict=True)), None), srid)
    else:
        has_geom = any(r[1] == "geom" for r in connection.execute(f'PRAGMA table_info("{tbl}")'))
        names = ["uid", "row_version", "is_deleted", "updated_at", *columns] + (["geom"] if has_geom else [])
        values = ["uid", "version", "deleted", "?", *(f'"{c}"' for c in columns)] + \
            ([f"GeomFromWKB(wkb, {srid:d})"] if has_geom else [])
        connection.execute(f'INSERT INTO "{tbl}" ({", ".join(f"{n}" for n in names)}) SELECT {", ".join(values)} '
                           f'FROM snap."t_{tbl}" ORDER BY rowid', (now,))
    pairs = ", ".join(f"'{c}', \"{c}\"" for c in sent)
    connection.execute(f"INSERT INTO sync_base (tbl, uid, row_version, is_deleted, attrs, geom) SELECT ?, uid, "
                       f'version, deleted, json_object({pairs}), wkb FROM snap."t_{tbl}" ORDER BY uid', (tbl,))
    return int(connection.execute(f'SELECT count(*) FROM snap."t_{tbl}"').fetchone()[0])


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
