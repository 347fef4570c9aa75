"""Sync use cases for the window and the command line: where the registry is, what waits, run a sync,
and resolve a conflict (each resolution an ordinary journaled, audited operation)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.sync.client import Registry, SyncError, SyncReport, clone, reachable, sync
from landdesk.sync.conflicts import ConflictRow, open_conflicts, resolve_conflict
from landdesk.sync.journal import pending_operations, set_state, state

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from landdesk.storage.connection import Cache

__all__ = ["ConflictRow", "SyncError", "SyncReport", "SyncStatus", "clone_district", "reachable", "remember_registry",
           "resolve", "run_sync", "status"]


@dataclass(frozen=True)
class SyncStatus:
    registry: str | None         # URL the cache was cloned from or last synced with
    user: str | None
    pending: int                 # operations not yet acknowledged by the registry
    conflicts: int
    last_sync_at: str | None


def status(cache: Cache) -> SyncStatus:
    return SyncStatus(state(cache, "registry"), state(cache, "user"), pending_operations(cache),
                      len(open_conflicts(cache)), state(cache, "last_sync_at"))


def remember_registry(cache: Cache, url: str, user: str) -> None:
    with cache.applying_remote() as connection:
        set_state(connection, "registry", url)
        set_state(connection, "user", user)


def conflicts(cache: Cache) -> list[ConflictRow]:
    return open_conflicts(cache)


def resolve(cache: Cache, conflict_id: str, resolution: str, officer: str, reason: str | None = None,
            merged: dict[str, Any] | None = None) -> None:
    resolve_conflict(cache, conflict_id, resolution, officer, reason=reason, merged=merged)


def clone_district(url: str, district: str, out: Path, user: str, password: str, *,
                   progress: Callable[[str, int, int], None] | None = None) -> int:
    """A new cache of the district from the registry (resumable download, checked); returns its row count."""
    return clone(url, district, out, user, password, progress=progress)


def run_sync(cache_path: Path, url: str, user: str, password: str, *,
             progress: Callable[[str, int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> SyncReport:
    return sync(cache_path, Registry(url, user, password, timeout=30.0), progress=progress, cancelled=cancelled)
