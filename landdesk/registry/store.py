"""The registry's storage interface: the dialect-neutral `Store` that both backends extend (a SpatiaLite file by
default, `spatialite_store.py`; PostGIS in production, `pg.py`). It knows no backend: `backends.open_store` picks one.

Rows are kept generically — (table, uid) → version, tombstone, typed attributes as JSON, and the exact ISO
WKB the officer's cache sent, in the district's projected CRS — so the registry never rewrites an officer's
coordinates. Beside it each row has a WGS 84 copy of its geometry in a spatially indexed column, for the
OGC API and for GIS tools that open the database directly. `seq` is the district's change sequence: it is
taken from the district's counter row inside the push transaction, so within a district sequence order is
commit order and a pulling client never skips a change (SYNC.md, "Server model").
"""

from __future__ import annotations

import json
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from pyproj import Transformer

from landdesk.sync.protocol import RowState

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

REGISTRY_SCHEMA = 1

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS districts (code TEXT PRIMARY KEY, srid INTEGER NOT NULL, info TEXT NOT NULL,
    last_seq BIGINT NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL,
    district TEXT NOT NULL, created_at TEXT NOT NULL, generation INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS tokens (token_sha256 TEXT PRIMARY KEY, user_name TEXT NOT NULL, expires_at DOUBLE PRECISION
    NOT NULL, generation INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS features (fid {serial} PRIMARY KEY, tbl TEXT NOT NULL, uid TEXT NOT NULL,
    district TEXT NOT NULL, version INTEGER NOT NULL, deleted INTEGER NOT NULL, attrs TEXT NOT NULL, wkb {blob},
    seq BIGINT NOT NULL, UNIQUE (tbl, uid));
CREATE INDEX IF NOT EXISTS features_pull ON features (district, seq);
CREATE INDEX IF NOT EXISTS features_layer ON features (district, tbl, fid);
CREATE TABLE IF NOT EXISTS row_history (tbl TEXT NOT NULL, uid TEXT NOT NULL, version INTEGER NOT NULL,
    deleted INTEGER NOT NULL, attrs TEXT NOT NULL, wkb {blob}, changeset_id TEXT, user_name TEXT,
    at TEXT NOT NULL, PRIMARY KEY (tbl, uid, version));
CREATE TABLE IF NOT EXISTS operations (op_id TEXT PRIMARY KEY, changeset_id TEXT NOT NULL, kind TEXT NOT NULL,
    user_id TEXT NOT NULL, reason TEXT, created_at TEXT NOT NULL, pushed_by TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS applied_changesets (changeset_id TEXT PRIMARY KEY, device_id TEXT NOT NULL,
    district TEXT NOT NULL, payload_sha256 TEXT NOT NULL, response TEXT NOT NULL, applied_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conflicts (conflict_id TEXT PRIMARY KEY, changeset_id TEXT NOT NULL,
    group_id TEXT NOT NULL, tbl TEXT NOT NULL, uid TEXT NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open', created_at TEXT NOT NULL);
"""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    district: str
    generation: int = 0     # bumped by a reset (password, role, district) or removal: older sign-ins stop working


@dataclass(frozen=True)
class Feature:
    uid: str
    attrs_json: str
    geojson: str | None


class Store:
    """Dialect-neutral logic; the backends supply connections, placeholders and the geometry SQL."""

    placeholder = "?"
    serial = "INTEGER"
    blob = "BLOB"
    url: str

    def __init__(self) -> None:
        self._local = threading.local()
        self._transformers: dict[int, Transformer] = {}

    # -- backend hooks --
    def _connect(self) -> Any:
        raise NotImplementedError

    def _create_geometry(self, connection: Any) -> None:
        raise NotImplementedError

    def _geom_from_wkb(self) -> str:
        raise NotImplementedError

    def _bbox_filter(self) -> str:
        raise NotImplementedError

    def _begin(self, connection: Any) -> None:
        raise NotImplementedError

    # -- connections and transactions --
    def connection(self) -> Any:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
        return connection

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    def sql(self, text: str) -> str:
        return text if self.placeholder == "?" else text.replace("?", "%s")

    def execute(self, connection: Any, text: str, params: Sequence[Any] = ()) -> Any:
        return connection.execute(self.sql(text), tuple(params))

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        connection = self.connection()
        self._begin(connection)
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    @contextmanager
    def savepoint(self, connection: Any, name: str) -> Iterator[None]:
        connection.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            connection.execute(f"ROLLBACK TO SAVEPOINT {name}")
            connection.execute(f"RELEASE SAVEPOINT {name}")
            raise
        connection.execute(f"RELEASE SAVEPOINT {name}")

    def prepare(self) -> None:
        """Backend set-up that must happen outside a transaction, before `create_tables` (none by default)."""

    def create_tables(self, connection: Any) -> None:
        """Rows, history, users, tokens, changesets, conflicts and the WGS 84 geometry column, if missing. The
        districts' decision chains are created after them by `backends.init_store`, in the same transaction."""
        for statement in _TABLES.format(serial=self.serial, blob=self.blob).split(";"):
            if statement.strip():
                connection.execute(statement)
        self._create_geometry(connection)
        for table in ("users", "tokens"):          # a registry made before sign-ins had generations
            if "generation" not in {c[0] for c in connection.execute(f"SELECT * FROM {table} LIMIT 0").description}:
                connection.execute(f"ALTER TABLE {table} ADD COLUMN generation INTEGER NOT NULL DEFAULT 0")
        self.execute(connection, "INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO NOTHING",
                     (str(REGISTRY_SCHEMA),))

    # -- districts and users --
    def add_district(self, code: str, srid: int, info: dict[str, Any]) -> None:
        with self.transaction() as connection:
            self.execute(connection, "INSERT INTO districts (code, srid, info) VALUES (?, ?, ?) ON CONFLICT (code) "
                         "DO UPDATE SET srid = excluded.srid, info = excluded.info", (code, srid, json.dumps(info)))

    def district(self, code: str) -> tuple[int, dict[str, Any], int] | None:
        """(SRID, district facts, last change sequence)."""
        row = self.execute(self.connection(), "SELECT srid, info, last_seq FROM districts WHERE code = ?",
                           (code,)).fetchone()
        self._end_read()
        return None if row is None else (int(row[0]), json.loads(row[1]), int(row[2]))

    def districts(self) -> list[str]:
        rows = self.execute(self.connection(), "SELECT code FROM districts ORDER BY code").fetchall()
        self._end_read()
        return [r[0] for r in rows]

    def add_user(self, name: str, password_hash: str, role: str, district: str) -> None:
        """Add a user, or reset one: a reset bumps the user's generation, so every token and cached Basic sign-in
        given before stops working on its next request."""
        with self.transaction() as connection:
            self.execute(connection, "INSERT INTO users (name, password_hash, role, district, created_at) VALUES "
                         "(?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash, "
                         "role = excluded.role, district = excluded.district, generation = users.generation + 1",
                         (name, password_hash, role, district, now_iso()))
            self.execute(connection, "DELETE FROM tokens WHERE user_name = ?", (name,))

    def remove_user(self, name: str) -> bool:
        """Remove a user and their tokens; whether there was one."""
        with self.transaction() as connection:
            self.execute(connection, "DELETE FROM tokens WHERE user_name = ?", (name,))
            return bool(self.execute(connection, "DELETE FROM users WHERE name = ?", (name,)).rowcount)

    def user_with_hash(self, name: str) -> tuple[User, str] | None:
        row = self.execute(self.connection(), "SELECT name, role, district, generation, password_hash FROM users "
                           "WHERE name = ?", (name,)).fetchone()
        self._end_read()
        return None if row is None else (User(row[0], row[1], row[2], int(row[3])), row[4])

    def user(self, name: str) -> User | None:
        """The user as the registry has them now (a cached sign-in is checked against this on every request)."""
        found = self.user_with_hash(name)
        return None if found is None else found[0]

    def add_token(self, token_sha256: str, user: str, expires_at: float, generation: int = 0) -> None:
        with self.transaction() as connection:
            self.execute(connection, "DELETE FROM tokens WHERE expires_at < ?", (time.time(),))
            self.execute(connection, "INSERT INTO tokens (token_sha256, user_name, expires_at, generation) VALUES "
                         "(?, ?, ?, ?)", (token_sha256, user, expires_at, generation))

    def user_for_token(self, token_sha256: str) -> User | None:
        """The user of an unexpired token given to this generation of the user (not before a reset)."""
        row = self.execute(self.connection(), "SELECT u.name, u.role, u.district, u.generation FROM tokens t JOIN "
                           "users u ON u.name = t.user_name AND u.generation = t.generation WHERE t.token_sha256 = ? "
                           "AND t.expires_at > ?", (token_sha256, time.time())).fetchone()
        self._end_read()
        return None if row is None else User(row[0], row[1], row[2], int(row[3]))

    def _end_read(self) -> None:
        """PostgreSQL opens a transaction for every read; end it so the next push starts clean."""

    # -- rows --
    def get_rows(self, connection: Any, keys: Iterable[tuple[str, str]], *, lock: bool = False
                 ) -> dict[tuple[str, str], tuple[RowState, str]]:
        """(tbl, uid) → (row state, its district) for those that exist; one query per table and 500 uids."""
        found: dict[tuple[str, str], tuple[RowState, str]] = {}
        suffix = " FOR UPDATE" if lock and self.placeholder != "?" else ""
        by_table: dict[str, list[str]] = {}
        for tbl, uid in keys:
            by_table.setdefault(tbl, []).append(uid)
        for tbl, uids in by_table.items():
            for start in range(0, len(uids), 500):
                chunk = uids[start:start + 500]
                rows = self.execute(connection, "SELECT uid, version, deleted, attrs, wkb, district FROM features "
                                    f"WHERE tbl = ? AND uid IN ({', '.join('?' * len(chunk))}){suffix}",
                                    (tbl, *chunk)).fetchall()
                for row in rows:
                    found[(tbl, row[0])] = (RowState(tbl, row[0], row[1], bool(row[2]), read_attrs(row[3]),
                                                     None if row[4] is None else bytes(row[4])), row[5])
        return found

    def current_rows(self, district: str, keys: Iterable[tuple[str, str]]) -> list[RowState]:
        """The current state of some rows of one district (rows of other districts are not there for it)."""
        found = self.get_rows(self.connection(), keys)
        self._end_read()
        return [row for row, where in found.values() if where == district]

    def next_seq(self, connection: Any, district: str, count: int) -> int:
        """Take `count` numbers from the district's sequence (locking the district until commit); returns the first."""
        row = self.execute(connection, "UPDATE districts SET last_seq = last_seq + ? WHERE code = ? RETURNING last_seq",
                           (count, district)).fetchone()
        return int(row[0]) - count + 1

    def put_rows(self, connection: Any, district: str, srid: int, rows: Sequence[RowState], first_seq: int,
                 changeset_id: str | None, user: str | None, wgs84: Sequence[bytes | None] | None = None) -> None:
        """Write rows at consecutive sequence numbers, with their history; `wgs84` when already projected."""
        if wgs84 is None:
            wgs84 = self.to_wgs84(srid, [r.wkb for r in rows])
        now = now_iso()
        params = []
        history = []
        for offset, (row, geo) in enumerate(zip(rows, wgs84, strict=True)):
            attrs = json.dumps(row.attrs, ensure_ascii=False, sort_keys=True, allow_nan=False)
            params.append((row.tbl, row.uid, district, row.version, int(row.deleted), attrs, row.wkb,
                           first_seq + offset, geo))
            history.append((row.tbl, row.uid, row.version, int(row.deleted), attrs, row.wkb, changeset_id, user, now))
        connection.cursor().executemany(self.sql(
            "INSERT INTO features (tbl, uid, district, version, deleted, attrs, wkb, seq, geom_wgs84) VALUES "
            f"(?, ?, ?, ?, ?, ?, ?, ?, {self._geom_from_wkb()}) ON CONFLICT (tbl, uid) DO UPDATE SET "
            "version = excluded.version, deleted = excluded.deleted, attrs = excluded.attrs, wkb = excluded.wkb, "
            "seq = excluded.seq, geom_wgs84 = excluded.geom_wgs84"), params)
        connection.cursor().executemany(self.sql(
            "INSERT INTO row_history (tbl, uid, version, deleted, attrs, wkb, changeset_id, user_name, at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"), history)

    def to_wgs84(self, srid: int, wkbs: Sequence[bytes | None]) -> list[bytes | None]:
        """WGS 84 (longitude, latitude) copies of geometries, vectorised."""
        if srid not in self._transformers:
            self._transformers[srid] = Transformer.from_crs(srid, 4326, always_xy=True)
        transformer = self._transformers[srid]
        present = [i for i, w in enumerate(wkbs) if w is not None]
        out: list[bytes | None] = [None] * len(wkbs)
        if not present:
            return out
        geoms = shapely.from_wkb([wkbs[i] for i in present])

        def project(xy: np.ndarray) -> np.ndarray:
            x, y = transformer.transform(xy[:, 0], xy[:, 1])
            return np.column_stack([x, y])

        for i, wkb in zip(present, shapely.to_wkb(shapely.transform(geoms, project)), strict=True):
            out[i] = bytes(wkb)
        return out

    def applied(self, connection: Any, changeset_id: str) -> tuple[str, str] | None:
        row = self.execute(connection, "SELECT payload_sha256, response FROM applied_changesets WHERE "
                           "changeset_id = ?", (changeset_id,)).fetchone()
        return None if row is None else (row[0], row[1])

    def decisions_of(self, connection: Any, application_uid: str) -> list[RowState]:
        """Live decisions recorded for an application (for the already-decided check). `attrs` is always written
        by `put_rows` as `json.dumps(sort_keys=True)` with the default separators, which this pattern matches: the
        uid as that JSON spells it (a NUL as \\u0000, which PostgreSQL can be asked about), LIKE's own % _ and \\
        taken literally."""
        spelled = json.dumps(application_uid, ensure_ascii=False)
        literal = spelled.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.execute(connection, "SELECT uid, version, attrs, wkb FROM features WHERE tbl = 'decisions' AND "
                            "deleted = 0 AND attrs LIKE ? ESCAPE '\\'", (f'%"application_uid": {literal}%',)
                            ).fetchall()
        return [RowState("decisions", r[0], r[1], False, read_attrs(r[2]), None) for r in rows]

    # -- reads for pull, snapshot and OGC --
    def changes(self, district: str, since: int, limit: int) -> list[tuple[int, RowState]]:
        rows = self.execute(self.connection(), "SELECT seq, tbl, uid, version, deleted, attrs, wkb FROM features "
                            "WHERE district = ? AND seq > ? ORDER BY seq LIMIT ?", (district, since, limit)).fetchall()
        self._end_read()
        return [(int(r[0]), RowState(r[1], r[2], r[3], bool(r[4]), read_attrs(r[5]),
                                     None if r[6] is None else bytes(r[6]))) for r in rows]

    def all_rows(self, district: str) -> Iterator[tuple[str, str, int, int, str, bytes | None]]:
        cursor = self.execute(self.connection(), "SELECT tbl, uid, version, deleted, attrs, wkb FROM features WHERE "
                              "district = ? ORDER BY fid", (district,))
        while batch := cursor.fetchmany(5000):
            for r in batch:
                yield r[0], r[1], r[2], r[3], r[4], None if r[5] is None else bytes(r[5])
        self._end_read()

    def features(self, districts: Sequence[str], tbl: str, bbox: tuple[float, float, float, float] | None,
                 after: int, limit: int) -> list[tuple[int, str, str, bytes | None]]:
        """(fid, uid, attrs JSON, WGS 84 WKB) of live rows of a layer, in fid order after `after`."""
        marks = ", ".join("?" * len(districts))
        where = f"district IN ({marks}) AND tbl = ? AND deleted = 0 AND fid > ?"
        params: list[Any] = [*districts, tbl, after]
        if bbox is not None:
            where += f" AND {self._bbox_filter()}"
            params += list(bbox)
        rows = self.execute(self.connection(), f"SELECT fid, uid, attrs, {self._as_wkb()} FROM features WHERE {where} "
                            "ORDER BY fid LIMIT ?", (*params, limit)).fetchall()
        self._end_read()
        return [(int(r[0]), r[1], attrs_text(r[2]), None if r[3] is None else bytes(r[3])) for r in rows]

    def neighbours(self, connection: Any, district: str, tbl: str, bbox: tuple[float, float, float, float]
                   ) -> list[RowState]:
        """Live rows of a layer whose WGS 84 bounds meet `bbox` (WGS 84), with their own WKB (district CRS)."""
        rows = self.execute(connection, "SELECT uid, version, attrs, wkb FROM features WHERE district = ? AND tbl = ? "
                            f"AND deleted = 0 AND {self._bbox_filter()}", (district, tbl, *bbox)).fetchall()
        return [RowState(tbl, r[0], r[1], False, read_attrs(r[2]), None if r[3] is None else bytes(r[3]))
                for r in rows]

    def feature(self, districts: Sequence[str], tbl: str, uid: str) -> tuple[int, str, str, bytes | None] | None:
        marks = ", ".join("?" * len(districts))
        row = self.execute(self.connection(), f"SELECT fid, uid, attrs, {self._as_wkb()} FROM features WHERE "
                           f"district IN ({marks}) AND tbl = ? AND uid = ? AND deleted = 0",
                           (*districts, tbl, uid)).fetchone()
        self._end_read()
        return None if row is None else (int(row[0]), row[1], attrs_text(row[2]),
                                         None if row[3] is None else bytes(row[3]))

    def _as_wkb(self) -> str:
        raise NotImplementedError

    def _json_text(self, field: str) -> str:
        """SQL for one attribute of a row as text (the field name is the code's, never the request's)."""
        raise NotImplementedError

    def find_rows(self, districts: Sequence[str] | None, tbl: str, field: str, value: str) -> list[
            tuple[str, str, dict[str, Any], bytes | None]]:
        """(uid, district, attributes, WKB in the district's CRS) of the live rows of `tbl` whose `field` is
        `value`, in the given districts or (None) in every district: the intake's portal id and parcel, and the
        once-in-a-lifetime free grant, which only the registry can see across districts."""
        where, params = f"tbl = ? AND deleted = 0 AND {self._json_text(field)} = ?", [tbl, value]
        if districts is not None:
            where += f" AND district IN ({', '.join('?' * len(districts))})"
            params += list(districts)
        rows = self.execute(self.connection(), f"SELECT uid, district, attrs, wkb FROM features WHERE {where} "
                            "ORDER BY fid", params).fetchall()
        self._end_read()
        return [(r[0], r[1], read_attrs(r[2]), None if r[3] is None else bytes(r[3])) for r in rows]

    def max_number(self, district: str, prefix: str) -> int:
        """The highest number after `prefix` among the district's applications (YYYY-NNNN), 0 for none."""
        rows = self.execute(self.connection(), f"SELECT {self._json_text('number')} FROM features WHERE "
                            f"district = ? AND tbl = 'applications' AND {self._json_text('number')} LIKE ?",
                            (district, prefix + "%")).fetchall()
        self._end_read()
        tails = [str(r[0])[len(prefix):] for r in rows]
        return max((int(t) for t in tails if t.isdigit()), default=0)


def read_attrs(text: str) -> dict[str, Any]:
    """A row's attributes as stored. A registry that took NaN or Infinity before it refused them still serves
    such a row: the value reads as null (JSON and every client can hold that), never as a 500 for everyone."""
    value = json.loads(text, parse_constant=lambda _name: None)
    return value if isinstance(value, dict) else {}


def attrs_text(text: str) -> str:
    """The stored attribute JSON as valid JSON for a GeoJSON page (the same text unless it holds NaN/Infinity)."""
    if "NaN" in text or "Infinity" in text:
        return json.dumps(read_attrs(text), ensure_ascii=False, sort_keys=True)
    return text


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
