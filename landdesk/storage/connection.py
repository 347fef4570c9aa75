"""The one door to a cache file: `open_cache(path)` and `create_cache(path, district)`.

Every connection loads mod_spatialite, runs in WAL with `synchronous=FULL` (field laptops lose
power), enforces foreign keys, waits a while for locks, and is guarded by `PRAGMA user_version`
(refuse newer, migrate older) and `PRAGMA application_id` (refuse SQLite files that are not caches).
A Cache belongs to the thread that opened it; another thread opens its own with `cache.reopen()`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from landdesk import __version__
from landdesk.domain.text import Text, tr
from landdesk.spatialite import load_spatialite
from landdesk.storage.errors import (
    CacheCorrupt,
    CacheExists,
    CacheNeedsUpgrade,
    CacheNoAccess,
    CacheNotFound,
    CacheReadOnly,
    CacheTooNew,
    JournalMissing,
    NotACache,
    RowRefused,
    translated_errors,
)
from landdesk.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from landdesk.storage.migrations.m0003_sync_journal import SYNC_TRIGGER_PREFIX, expected_triggers
from landdesk.storage.row_check import operation_problems
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from landdesk.domain.district import District

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4C4E4444  # "LNDD": marks a SQLite file as a LandDesk cache
DEFAULT_BUSY_TIMEOUT_MS = 5000
_SQLITE_MAGIC = b"SQLite format 3\x00"


class Cache:
    """An open cache: a connection plus the facts every caller needs (path, SRID, schema version)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, *, srid: int, read_only: bool,
                 busy_timeout_ms: int) -> None:
        self.path = path
        self.connection = connection
        self.srid = srid
        self.read_only = read_only
        self._busy_timeout_ms = busy_timeout_ms
        self._depth = 0
        self._operation: str | None = None

    @property
    def schema_version(self) -> int:
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; re-entrant (inner blocks join the outer one); any exception rolls back."""
        with translated_errors(self.path):
            if self._depth:
                self._depth += 1
                try:
                    yield self.connection
                finally:
                    self._depth -= 1
                return
            self.connection.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.connection
            except BaseException:
                self._depth = 0
                if self.connection.in_transaction:
                    self.connection.execute("ROLLBACK")
                raise
            self._depth = 0
            self.connection.execute("COMMIT")

    @contextmanager
    def operation(self, kind: str, user: str, reason: str | None = None, *,
                  check_rules: bool = True) -> Iterator[sqlite3.Connection]:
        """A write transaction that is one journaled operation ("decision.approve", "step.complete"):
        the sync triggers record every synced row it touches under its id, in the same transaction.
        Writes to synced tables outside an operation are refused by the triggers (SYNC-02, SYNC-20).
        Nested operations join the outer one. Before it commits, every row it wrote is held against the rules the
        registry applies (domain/row_rules); a row that breaks them raises RowRefused and nothing is saved."""
        with self.transaction() as connection:
            if self._operation is not None:
                yield connection
                return
            op_id = str(uuid.uuid4())
            connection.execute("INSERT INTO sync_op (op_id, kind, user_id, created_at, reason) VALUES (?, ?, ?, ?, ?)",
                               (op_id, kind, user, utc_now(), reason))
            connection.execute("UPDATE sync_state SET value = ? WHERE key = 'current_op'", (op_id,))
            self._operation = op_id
            try:
                yield connection
            finally:
                self._operation = None
            if check_rules:        # False: the caller applied the same rules row by row (an import)
                problems = operation_problems(connection, op_id)
                if problems:
                    first = problems[0]
                    raise RowRefused(tbl=first.tbl, uid=first.uid, field=first.field, detail=first.text)
            connection.execute("UPDATE sync_state SET value = NULL WHERE key = 'current_op'")
            # an operation that changed nothing leaves nothing to push
            connection.execute("DELETE FROM sync_op WHERE op_id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM sync_op_row WHERE op_id = ?)", (op_id, op_id))

    @contextmanager
    def applying_remote(self) -> Iterator[sqlite3.Connection]:
        """A write transaction for rows that come from the registry (or a baseline load): not journaled."""
        with self.transaction() as connection:
            connection.execute("UPDATE sync_state SET value = '1' WHERE key = 'applying_remote'")
            yield connection
            connection.execute("UPDATE sync_state SET value = '0' WHERE key = 'applying_remote'")

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Reads with SQLite failures turned into CacheError (corrupt pages surface here)."""
        with translated_errors(self.path):
            yield self.connection

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file (after a bulk build, before the file is moved)."""
        with translated_errors(self.path):
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def reopen(self) -> Cache:
        """A new connection to the same file, for another thread."""
        return open_cache(self.path, read_only=self.read_only, busy_timeout_ms=self._busy_timeout_ms)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_cache(path: str | os.PathLike[str], *, read_only: bool = False,
               busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
               migrations: Sequence[Migration] = MIGRATIONS) -> Cache:
    """Open an existing cache, upgrading its schema if it is older than this LandDesk.

    Raises:
        CacheError: a subclass saying what is wrong with the file and what to do.
        SpatialiteUnavailable: when mod_spatialite cannot be loaded (names the fix).
    """
    cache_path = Path(path).expanduser().absolute()
    _check_file(cache_path)
    if not read_only and not os.access(cache_path, os.W_OK):
        # SQLite would quietly open it read-only and the officer would learn at the first save.
        raise CacheReadOnly(path=str(cache_path), reason=Text(tr("the file is read-only")))
    latest = migrations[-1].version if migrations else 0
    connection = _connect(cache_path, mode="ro" if read_only else "rw")
    try:
        with translated_errors(cache_path):
            connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms):d}")
            # Identity first: a file that is not ours must leave exactly as it came (no WAL switch).
            # Reading the schema touches the file: a non-database or a damaged first page fails here.
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotACache(path=str(cache_path),
                                reason=Text(tr("it is a SQLite database, but not a LandDesk cache")))
            found = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if found > latest:
                raise CacheTooNew(path=str(cache_path), found=found, supported=latest)
            if found < 1:
                raise CacheCorrupt(path=str(cache_path), reason=Text(tr("its creation never finished")))
            _configure(connection, read_only=read_only)
            srid = int(connection.execute("SELECT value FROM cache_meta WHERE key = 'srid'").fetchone()[0])
            if found < latest:
                if read_only:
                    raise CacheNeedsUpgrade(path=str(cache_path), found=found, supported=latest)
                _migrate(connection, found, srid, migrations)
            if not read_only and latest >= JOURNAL_VERSION:
                _check_journal(cache_path, connection)
    except BaseException:
        connection.close()
        raise
    return Cache(cache_path, connection, srid=srid, read_only=read_only, busy_timeout_ms=busy_timeout_ms)


def create_cache(path: str | os.PathLike[str], district: District, *, overwrite: bool = False,
                 migrations: Sequence[Migration] = MIGRATIONS) -> Cache:
    """Create a new cache for a district, with SpatiaLite metadata and the latest schema."""
    cache_path = Path(path).expanduser().absolute()
    if cache_path.exists():
        if not overwrite:
            raise CacheExists(path=str(cache_path))
        remove_cache_files(cache_path)
    connection = _connect(cache_path, mode="rwc")
    try:
        with translated_errors(cache_path):
            connection.execute(f"PRAGMA busy_timeout = {DEFAULT_BUSY_TIMEOUT_MS:d}")
            _configure(connection, read_only=False)
            connection.execute("SELECT InitSpatialMetadata(1)")
            connection.execute("BEGIN IMMEDIATE")
            for migration in migrations:
                migration.apply(connection, district.srid)
                connection.execute(f"PRAGMA user_version = {migration.version:d}")
            now = utc_now()
            connection.executemany(
                "INSERT INTO cache_meta (key, value) VALUES (?, ?)",
                [("created_at", now), ("created_by", f"LandDesk {__version__}")],
            )
            connection.execute(
                "INSERT INTO district (uid, name, name_kk, name_ru, region_code, district_code, kato, srid,"
                " crs_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (district.uid, district.name, district.name_kk, district.name_ru, district.region_code,
                 district.district_code, district.kato, district.srid, district.crs_name, now),
            )
            # Written last: a file without it is not a cache, so a crash mid-creation is never mistaken for one.
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return Cache(cache_path, connection, srid=district.srid, read_only=False,
                 busy_timeout_ms=DEFAULT_BUSY_TIMEOUT_MS)


def remove_cache_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _check_file(path: Path) -> None:
    """Cheap checks before SQLite sees the file, so a wrong file gets a precise message."""
    if not path.exists():
        raise CacheNotFound(path=str(path))
    if path.is_dir():
        raise NotACache(path=str(path), reason=Text(tr("it is a folder")))
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(100)
    except PermissionError as err:
        raise CacheNoAccess(path=str(path)) from err
    if size == 0:
        raise NotACache(path=str(path), reason=Text(tr("the file is empty")))
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotACache(path=str(path), reason=Text(tr("the file is not a SQLite database")))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    try:
        wal_size = Path(f"{path}-wal").stat().st_size
    except FileNotFoundError:      # absent, or removed just now by another connection closing
        wal_size = 0
    # With a live WAL the main file may legitimately lag its header; otherwise a short file is a truncated copy.
    if page_count and not wal_size and size < page_size * page_count:
        raise CacheCorrupt(
            path=str(path),
            reason=Text(tr("the file is truncated ({size:,} bytes of {expected:,}); it was probably copied or "
                           "downloaded incompletely"), (("size", size), ("expected", page_size * page_count))),
        )


def _connect(path: Path, *, mode: str) -> sqlite3.Connection:
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"     # file:///C:/… on Windows, escaped everywhere
    with translated_errors(path):
        connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        load_spatialite(connection)
    except BaseException:
        connection.close()
        raise
    return connection


JOURNAL_VERSION = 3     # the schema version that brought the sync journal


def _check_journal(path: Path, connection: sqlite3.Connection) -> None:
    """Refuse to edit a cache whose journal triggers are gone: its edits would never reach the registry (SYNC-20)."""
    found = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                  "AND name LIKE ?", (f"{SYNC_TRIGGER_PREFIX}%",))}
    missing = sorted(expected_triggers() - found)
    if missing:
        raise JournalMissing(path=str(path), count=len(missing), example=missing[0])


def _configure(connection: sqlite3.Connection, *, read_only: bool) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            log.warning("cache journal mode is %s, not wal", mode)
        connection.execute("PRAGMA synchronous = FULL")


def _migrate(connection: sqlite3.Connection, found: int, srid: int, migrations: Sequence[Migration]) -> None:
    for migration in migrations:
        if migration.version <= found:
            continue
        log.info("migrating cache to schema %d (%s)", migration.version, migration.name)
        connection.execute("BEGIN IMMEDIATE")
        try:
            migration.apply(connection, srid)
            connection.execute(f"PRAGMA user_version = {migration.version:d}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


__all__ = ["APPLICATION_ID", "LATEST_VERSION", "Cache", "create_cache", "open_cache"]
