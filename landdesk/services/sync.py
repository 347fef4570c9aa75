"""Sync use cases for the window and the command line: where the registry is, what waits, run a sync,
and resolve a conflict (each resolution an ordinary journaled, audited operation)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from landdesk.domain.text import Text, tr
from landdesk.storage.sync_quarantine import held_count, held_rows, label, reason_text, told_again
from landdesk.storage.synced_rows import district_extent
from landdesk.sync.client import Registry, SyncError, SyncReport, clone, reachable, sync
from landdesk.sync.conflicts import ConflictRow, open_conflicts, resolve_conflict
from landdesk.sync.journal import pending_operations, set_state, state
from landdesk.sync.pull import WAITING_FOR_PARENT

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from landdesk.storage.connection import Cache

__all__ = ["ConflictRow", "HeldBack", "SyncError", "SyncReport", "SyncStatus", "SyncView", "clone_district", "held",
           "reachable", "remember_registry", "resolve", "run_sync", "status", "sync_view"]


@dataclass(frozen=True)
class SyncStatus:
    registry: str | None         # URL the cache was cloned from or last synced with
    user: str | None
    pending: int                 # operations not yet acknowledged by the registry
    conflicts: int
    last_sync_at: str | None
    held: int = 0                # pulled rows kept aside: waiting for a parent, or quarantined


def status(cache: Cache) -> SyncStatus:
    return SyncStatus(state(cache, "registry"), state(cache, "user"), pending_operations(cache),
                      len(open_conflicts(cache)), state(cache, "last_sync_at"), held_count(cache))


@dataclass(frozen=True)
class HeldBack:
    """A pulled row the sync keeps aside (sync_quarantine), as the window and `landdesk info` name it."""
    tbl: str
    uid: str
    label: str                   # its cadastral number, number or name; "" when the kept row has none
    state: str                   # waiting | quarantined
    state_text: Text             # the state for the officer
    reason: Text                 # why, with its facts
    version: int | None
    created_at: str


@dataclass(frozen=True)
class SyncView:
    """What the Conflicts dock shows: the open conflicts, the rows held back, and for each conflict of kind
    `rejected` the rules' reason as a sentence to translate (when it can be told again from the local row)."""
    conflicts: list[ConflictRow]
    held: list[HeldBack]
    reasons: dict[str, Text]


def _parent_nouns() -> dict[str, Text]:
    return {"plans": Text(tr("plan")), "parcels": Text(tr("parcel")), "applications": Text(tr("application")),
            "settlements": Text(tr("settlement"))}


def _state_text(state_: str, reason: str) -> Text:
    if state_ == "quarantined":
        return Text(tr("quarantined"))
    return Text(tr("waiting for its parent")) if reason == WAITING_FOR_PARENT else Text(tr("waiting"))


def held(cache: Cache, extent: tuple[float, float, float, float] | None = None) -> list[HeldBack]:
    """The rows the sync holds back, waiting ones first, each with its label and reason (`extent`: the district's,
    when the caller has it already)."""
    if extent is None:
        with cache.reading() as connection:
            extent = district_extent(connection)
    nouns = _parent_nouns()            # "waiting for its plan …": the parent table as a word in the officer's language
    out = []
    for row in held_rows(cache):
        reason = reason_text(row, extent)
        params = tuple((k, nouns.get(v, v) if k == "parent" else v) for k, v in reason.params)
        out.append(HeldBack(row.tbl, row.uid, label(row.row), row.state, _state_text(row.state, row.reason),
                            Text(reason.source, params), row.version, row.created_at))
    return out


def rejection_reason(conflict: ConflictRow, extent: tuple[float, float, float, float] | None = None) -> Text | None:
    """The rules' own sentence for a `rejected` conflict (its message is their English text), told again from the
    local row it keeps; None when the rules no longer find that problem (the registry's own refusal, say)."""
    if conflict.kind != "rejected" or not conflict.mine:
        return None
    return told_again(conflict.tbl, conflict.uid, conflict.mine, conflict.fields, conflict.message, extent)


def sync_view(cache: Cache) -> SyncView:
    found = open_conflicts(cache)
    with cache.reading() as connection:
        extent = district_extent(connection)
    reasons = {c.conflict_id: text for c in found if (text := rejection_reason(c, extent)) is not None}
    return SyncView(found, held(cache, extent), reasons)


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
