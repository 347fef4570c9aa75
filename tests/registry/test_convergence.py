"""Property: any mix of offline edits on several caches, synced in any order through a faulty network, ends
with every cache equal to the registry, no uid duplicated, and no acknowledged edit lost."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landdesk.registry.backends import open_store
from landdesk.storage.connection import open_cache
from landdesk.sync.client import Registry, RegistryUnreachable, sync
from landdesk.sync.conflicts import open_conflicts, resolve_conflict
from tests.registry.conftest import PASSWORD
from tests.registry.helpers import a_parcel, cloned, dump, edit
from tests.registry.proxy import FaultProxy

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry

USERS = ("aida", "bolat", "dana")
PARCELS = 4                                  # a few parcels, so the clients often meet on one

step = st.one_of(
    st.tuples(st.just("address"), st.integers(0, 2), st.integers(0, PARCELS - 1)),
    st.tuples(st.just("move"), st.integers(0, 2), st.integers(0, PARCELS - 1)),
    st.tuples(st.just("grow"), st.integers(0, 2), st.integers(0, PARCELS - 1)),   # over the neighbours: topology
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, PARCELS - 1)),
    st.tuples(st.just("create"), st.integers(0, 2), st.integers(0, PARCELS - 1)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.sampled_from(["ok", "ok", "drop_response", "status_502"])),
    st.tuples(st.just("resolve"), st.integers(0, 2), st.sampled_from(["theirs", "mine"])),
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=4, max_size=18))
def test_random_offline_work_converges(registry: RunningRegistry, tmp_path_factory: object, steps: list) -> None:
    folder: Path = tmp_path_factory.mktemp("replicas")       # type: ignore[attr-defined]
    proxy = FaultProxy(registry.port).start()
    try:
        caches = [cloned(registry.url, folder / f"{user}.sqlite", user) for user in USERS]
        parcels = [a_parcel(caches[0], 10 + i) for i in range(PARCELS)]
        acknowledged: set[str] = set()
        written: dict[int, list[str]] = {i: [] for i in range(len(USERS))}
        for kind, who, what in steps:
            path, user = caches[who], USERS[who]
            if kind == "address":
                token = f"{user}-{uuid.uuid4().hex[:8]}"
                edit(path, "UPDATE parcels SET address = ? WHERE uid = ? AND is_deleted = 0",
                     (token, parcels[what]), user=user)
                written[who].append(token)
            elif kind == "move":
                edit(path, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, -0.2)) WHERE uid = ? "
                           "AND is_deleted = 0", (parcels[what],), user=user)
            elif kind == "grow":
                edit(path, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, 1.5)) WHERE uid = ? "
                           "AND is_deleted = 0", (parcels[what],), user=user)
            elif kind == "delete":
                edit(path, "UPDATE parcels SET is_deleted = 1 WHERE uid = ?", (parcels[what],), user=user)
            elif kind == "create":
                edit(path, "INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, "
                           "plot_no, category, purpose, right_type, status, updated_at, geom) SELECT ?, "
                           "'19-245-998-' || ?, region_code, district_code, '998', ?, category, purpose, right_type, "
                           "'FREE', updated_at, ST_Multi(ST_Translate(geom, ?, 0, 0)) FROM parcels WHERE uid = ?",
                     (str(uuid.uuid4()), n := f"{uuid.uuid4().int % 10_000:04d}", n, 40_000 + 40 * (int(n) % 1000),
                      parcels[what]), user=user)
            elif kind == "sync":
                if what != "ok":
                    proxy.inject(what, "/sync/changesets")
                try:
                    sync(path, Registry(proxy.url, user, PASSWORD))
                    acknowledged |= _acknowledged(path, written[who])
                except RegistryUnreachable:
                    pass
                proxy.faults.clear()
            else:
                _resolve_all(path, user, what)
        for _round in range(4):                     # settle: everyone resolves by taking the registry's side
            for path, user in zip(caches, USERS, strict=True):
                _resolve_all(path, user, "theirs")
                sync(path, Registry(registry.url, user, PASSWORD))
        fresh = cloned(registry.url, folder / "fresh.sqlite", "aida")
        reference = dump(fresh)
        for path in caches:
            assert dump(path) == reference
            with open_cache(path) as cache:
                assert open_conflicts(cache) == []
                assert cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0] == 0
        uids = [key[1] for key in reference]
        assert len(uids) == len(set(uids))
        assert acknowledged <= _history_addresses(registry)
    finally:
        proxy.stop()


def _acknowledged(path: Path, tokens: list[str]) -> set[str]:
    """Tokens this cache holds after a successful sync on rows without an open conflict: the registry has them."""
    with open_cache(path, read_only=True) as cache:
        conflicted = {r[0] for r in cache.connection.execute("SELECT uid FROM sync_conflict WHERE status = 'open'")}
        pending = {r[0] for r in cache.connection.execute("SELECT uid FROM sync_op_row")}
        rows = cache.connection.execute("SELECT uid, address FROM parcels").fetchall()
    return {address for uid, address in rows if address in tokens and uid not in conflicted and uid not in pending}


def _history_addresses(registry: RunningRegistry) -> set[str]:
    store = open_store(str(registry.data), registry.database)
    try:
        rows = store.execute(store.connection(), "SELECT attrs FROM row_history WHERE tbl = 'parcels'").fetchall()
    finally:
        store.close()
    import json
    return {json.loads(r[0]).get("address") for r in rows}


def _resolve_all(path: Path, user: str, resolution: str) -> None:
    with open_cache(path) as cache:
        for conflict in open_conflicts(cache):
            # a registry decision and a boundary over a neighbour can only be accepted (sync/conflicts.py)
            chosen = "theirs" if conflict.kind in ("already_decided", "topology") else resolution
            resolve_conflict(cache, conflict.conflict_id, chosen, user, reason="property test")
