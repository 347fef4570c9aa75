"""Helpers for sync tests: clone, edit through operations, sync, and compare replicas with the registry."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any

from landdesk.domain.replication import SYNCED_TABLES, local_columns
from landdesk.storage.connection import open_cache
from landdesk.sync.client import Registry, SyncReport, clone, sync
from tests.registry.conftest import PASSWORD

if TYPE_CHECKING:
    from pathlib import Path

DISTRICT = "19-245"


def cloned(url: str, path: Path, user: str = "aida") -> Path:
    clone(url, DISTRICT, path, user, PASSWORD)
    return path


def run_sync(path: Path, url: str, user: str = "aida") -> SyncReport:
    return sync(path, Registry(url, user, PASSWORD))


def edit(path: Path, sql: str, params: tuple[Any, ...] = (), user: str = "aida") -> None:
    with open_cache(path) as cache, cache.operation("test.edit", user) as tx:
        tx.execute(sql, params)


def value(path: Path, sql: str, params: tuple[Any, ...] = ()) -> Any:
    with open_cache(path, read_only=True) as cache:
        row = cache.connection.execute(sql, params).fetchone()
    return None if row is None else row[0]


def a_parcel(path: Path, offset: int = 0) -> str:
    return str(value(path, "SELECT uid FROM parcels WHERE is_deleted = 0 ORDER BY fid LIMIT 1 OFFSET ?", (offset,)))


def dump(path: Path) -> dict[tuple[str, str], tuple[Any, ...]]:
    """A canonical picture of a replica: every synced row's attributes, tombstone and geometry."""
    out: dict[tuple[str, str], tuple[Any, ...]] = {}
    with open_cache(path, read_only=True) as cache:
        connection = cache.connection
        for tbl in SYNCED_TABLES:
            columns = [r[1] for r in connection.execute(f'PRAGMA table_info("{tbl}")')]
            attrs = [c for c in columns if c not in local_columns(tbl)]
            geom = "AsBinary(geom)" if "geom" in columns else "NULL"
            # a row born and deleted offline never reached the registry: its local tombstone is not compared
            for row in connection.execute(f'SELECT uid, is_deleted, {geom}, {", ".join(attrs)} FROM "{tbl}" '
                                          "WHERE row_version IS NOT NULL OR is_deleted = 0"):
                out[(tbl, row[0])] = tuple(row[1:])
    return out


def http(method: str, url: str, body: Any = None, token: str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, Any]:
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    for name, header in (headers or {}).items():
        request.add_header(name, header)
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw[:1] in (b"{", b"[") else raw
    except urllib.error.HTTPError as err:
        raw = err.read()
        return err.code, json.loads(raw) if raw[:1] == b"{" else raw


def token(url: str, user: str = "aida") -> str:
    return str(Registry(url, user, PASSWORD).sign_in()["token"])
