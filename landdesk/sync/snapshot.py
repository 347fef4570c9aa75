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


def read_meta(snapshot: Path) -> dict[str, str]:
    try:
        connection = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
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
        connection.execute("ATTACH DATABASE ? AS snap", (f"file:{snapshot}?mode=ro",))
        now = utc_now()
        with bulk_load(cache, ["district", *SYNCED_TABLES]) as _writer:
            if facts.get("boundary_wkb"):
                connection.execute("UPDATE district SET geom = GeomFromWKB(?, ?) WHERE uid = ?",
                                   (bytes.fromhex(facts["boundary_wkb"]), district.srid, district.uid))
            for tbl in SYNCED_TABLES:
                if tbl == "decisions":
                    continue
                columns = attribute_columns(connection, tbl)
                has_geom = any(r[1] == "geom" for r in connection.execute(f'PRAGMA table_info("{tbl}")'))
                names = ["uid", "row_version", "is_deleted", "updated_at", *columns] + (["geom"] if has_geom else [])
                values = ["uid", "version", "deleted", "?", *(f"json_extract(attrs, '$.{c}')" for c in columns)]
                if has_geom:
                    values.append(f"GeomFromWKB(wkb, {district.srid:d})")
                connection.execute(f'INSERT INTO "{tbl}" ({", ".join(names)}) SELECT {", ".join(values)} '
                                   "FROM snap.rows WHERE tbl = ? ORDER BY rowid", (now, tbl))
            for row in connection.execute("SELECT uid, version, deleted, attrs FROM snap.rows WHERE tbl = 'decisions' "
                                          "ORDER BY json_extract(attrs, '$.decided_at'), uid").fetchall():
                write_row(connection, RowState("decisions", row[0], row[1], bool(row[2]), json.loads(row[3]), None),
                          district.srid)
            connection.execute("INSERT INTO sync_base (tbl, uid, row_version, is_deleted, attrs, geom) "
                               "SELECT tbl, uid, version, deleted, attrs, wkb FROM snap.rows")
            set_state(connection, "pull_cursor", meta["cursor"])
            set_state(connection, "district", meta["district"])
            set_state(connection, "registry", registry_url)
            set_state(connection, "user", user)
            set_state(connection, "last_pull_at", now)
            count = int(connection.execute("SELECT count(*) FROM snap.rows").fetchone()[0])
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
