"""Faults on the wire and crashes on both ends: nothing acknowledged is lost, nothing is applied twice.

The registry is a real process; a proxy in front of it drops, cuts, stalls or fakes answers; the client is
killed with SIGKILL at each step of a sync (`LANDDESK_SYNC_CRASH_AT`) and the registry right after its commit
(`LANDDESK_REGISTRY_CRASH_AFTER_COMMIT`). After each, a plain sync must finish the job exactly once.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from landdesk.storage.connection import open_cache
from landdesk.sync.client import Registry, RegistryUnreachable, SyncBusy, sync, sync_lock
from tests.registry.conftest import PASSWORD
from tests.registry.helpers import DISTRICT, a_parcel, cloned, dump, edit, http, run_sync, token, value
from tests.registry.proxy import FaultProxy

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry

NEW = "11111111-2222-4333-8444-777777777777"


@pytest.fixture
def proxy(registry: RunningRegistry) -> Iterator[FaultProxy]:
    running = FaultProxy(registry.port).start()
    yield running
    running.stop()


def _offline_work(path: Path) -> str:
    """An edit of an existing parcel and a new parcel: the two kinds a duplicate would show up in."""
    uid = a_parcel(path)
    edit(path, "UPDATE parcels SET address = 'offline edit' WHERE uid = ?", (uid,))
    edit(path, "INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, plot_no, "
               "category, purpose, right_type, status, updated_at, geom) SELECT ?, '19-245-999-0001', region_code, "
               "district_code, '999', '0001', category, purpose, right_type, 'FREE', updated_at, "
               "ST_Multi(ST_Translate(geom, 60000, 0, 0)) FROM parcels WHERE uid = ?", (NEW, a_parcel(path, 3)))
    return uid


def _registry_versions(registry: RunningRegistry, uid: str) -> tuple[int, int]:
    """(version of the edited parcel, how many rows carry the new parcel's cadastral number) in the registry."""
    status, page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    assert status == 200
    edited = next(r["version"] for r in page["rows"] if r["uid"] == uid)
    copies = sum(1 for r in page["rows"] if r["attrs"].get("cadastral_number") == "19-245-999-0001")
    return edited, copies


def _assert_exactly_once(registry: RunningRegistry, path: Path, uid: str, tmp_path: Path) -> None:
    assert _registry_versions(registry, uid) == (2, 1)                 # applied once: no duplicate, no phantom
    with open_cache(path) as cache:
        assert cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0] == 0
        assert cache.connection.execute("SELECT count(*) FROM sync_conflict").fetchone()[0] == 0
    fresh = cloned(registry.url, tmp_path / "fresh.sqlite", "bolat")
    assert dump(fresh) == dump(path)


@pytest.mark.parametrize("fault", ["drop_response", "cut_body", "status_502", "status_504"])
def test_a_push_whose_answer_is_lost_is_replayed_not_duplicated(registry: RunningRegistry, proxy: FaultProxy,
                                                                tmp_path: Path, fault: str) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    proxy.inject(fault, "/sync/changesets")
    with pytest.raises(RegistryUnreachable):
        run_sync(a, proxy.url)
    with open_cache(a) as cache:                                        # SYNC-03: nothing dropped on failure
        [(attempts, error)] = cache.connection.execute("SELECT attempts, last_error FROM sync_outbox").fetchall()
        assert attempts == 1
        assert error
    run_sync(a, proxy.url)                                              # the same id again: a replay (SYNC-01/16)
    _assert_exactly_once(registry, a, uid, tmp_path)


def test_a_pull_page_cut_midway_changes_nothing_and_the_next_sync_resumes(registry: RunningRegistry,
                                                                         proxy: FaultProxy, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    _offline_work(a)
    run_sync(a, registry.url)
    cursor = value(b, "SELECT value FROM sync_state WHERE key = 'pull_cursor'")
    proxy.inject("cut_body", "/sync/changes")
    with pytest.raises(RegistryUnreachable):                           # SYNC-14: a broken page is not applied
        sync(b, Registry(proxy.url, "bolat", PASSWORD))
    assert value(b, "SELECT value FROM sync_state WHERE key = 'pull_cursor'") == cursor
    sync(b, Registry(proxy.url, "bolat", PASSWORD))
    assert dump(a) == dump(b)


def test_a_stalled_registry_times_out_and_keeps_everything(registry: RunningRegistry, proxy: FaultProxy,
                                                          tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    proxy.inject("stall", "/sync/changesets")
    with pytest.raises(RegistryUnreachable, match="did not answer in time"):
        sync(a, Registry(proxy.url, "aida", PASSWORD, timeout=1.0))
    run_sync(a, proxy.url)
    _assert_exactly_once(registry, a, uid, tmp_path)


def test_a_stopped_registry_is_unreachable_and_the_work_waits(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    registry.stop()
    with pytest.raises(RegistryUnreachable) as caught:
        run_sync(a, registry.url)
    assert "Work on offline" in str(caught.value)
    registry.start()
    run_sync(a, registry.url)
    _assert_exactly_once(registry, a, uid, tmp_path)


@pytest.mark.parametrize("point", ["after-freeze", "after-response", "after-ack", "before-page", "after-page"])
def test_kill_9_of_the_client_at_each_step_of_a_sync(registry: RunningRegistry, tmp_path: Path, point: str) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    killed = subprocess.run([sys.executable, "-m", "landdesk", "sync", str(a), "--registry", registry.url,
                             "--user", "aida"], env={**os.environ, "LANDDESK_PASSWORD": PASSWORD,
                                                     "LANDDESK_SYNC_CRASH_AT": point},
                            capture_output=True, text=True, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert value(a, "PRAGMA quick_check") == "ok"
    run_sync(a, registry.url)                       # SYNC-18: straight away, no stale lock
    _assert_exactly_once(registry, a, uid, tmp_path)


def test_kill_9_of_the_registry_after_its_commit_before_its_answer(registry: RunningRegistry,
                                                                   tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    registry.stop()
    registry.start(LANDDESK_REGISTRY_CRASH_AFTER_COMMIT="1")
    with pytest.raises(RegistryUnreachable):
        run_sync(a, registry.url)
    assert registry.process is not None
    assert registry.process.wait(10) == -signal.SIGKILL
    registry.start()
    run_sync(a, registry.url)
    _assert_exactly_once(registry, a, uid, tmp_path)


def test_two_syncs_of_one_cache_at_once_are_refused(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    with sync_lock(a), pytest.raises(SyncBusy):                         # SYNC-23
        run_sync(a, registry.url)


def test_a_frozen_changeset_never_changes_and_later_edits_go_into_a_new_one(registry: RunningRegistry,
                                                                           proxy: FaultProxy, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    proxy.inject("status_502", "/sync/changesets")
    with pytest.raises(RegistryUnreachable):
        run_sync(a, proxy.url)
    with open_cache(a) as cache:
        [(first_id, first_sha)] = cache.connection.execute("SELECT changeset_id, payload_sha256 FROM sync_outbox")
        with pytest.raises(sqlite3.IntegrityError, match="never changes"):   # SYNC-24
            cache.connection.execute("UPDATE sync_outbox SET payload = x'00'")
    edit(a, "UPDATE parcels SET address = 'after the failure' WHERE uid = ?", (uid,))
    run_sync(a, proxy.url)
    with open_cache(a) as cache:
        rows = cache.connection.execute("SELECT changeset_id, payload_sha256, state FROM sync_outbox "
                                        "ORDER BY created_at, rowid").fetchall()
    assert rows[0] == (first_id, first_sha, "acked")
    assert len(rows) == 2
    _status, page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    assert next(r for r in page["rows"] if r["uid"] == uid)["attrs"]["address"] == "after the failure"


def test_sync_works_while_another_connection_reads_the_cache(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    reader = sqlite3.connect(a)                                          # SYNC-15: another reader in WAL mode
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM parcels").fetchone()
    try:
        run_sync(a, registry.url)
    finally:
        reader.rollback()
        reader.close()
    _assert_exactly_once(registry, a, uid, tmp_path)


def test_a_geometry_the_registry_cannot_read_is_refused_naming_the_row(registry: RunningRegistry,
                                                                        tmp_path: Path) -> None:
    import json
    import uuid

    from landdesk.sync.protocol import sha256_hex
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = a_parcel(a)
    bad = {"changeset_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()), "district": DISTRICT,
           "schema_version": 3, "groups": [{"group_id": str(uuid.uuid4()), "ops": [], "rows": [
               {"tbl": "parcels", "uid": uid, "action": "update", "base_version": 1, "fields": {},
                "geom": {"base_sha256": None, "new_wkb": "00ff"}}]}]}
    payload = json.dumps(bad).encode()
    status, answer = http("POST", f"{registry.url}/sync/changesets", payload, token(registry.url),
                          {"x-payload-sha256": sha256_hex(payload) or ""})
    assert status == 422                                                 # SYNC-17: said, not swallowed
    assert answer["error"] == "invalid_row"
    assert (answer["params"]["tbl"], answer["params"]["uid"], answer["params"]["field"]) == ("parcels", uid, "geom")
    assert _registry_versions(registry, uid)[0] == 1


def test_clients_cloning_and_syncing_at_once_all_succeed(registry: RunningRegistry, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    users = ["aida", "bolat", "dana", "aida", "bolat", "dana"]
    with ThreadPoolExecutor(len(users)) as pool:                      # one snapshot, built once, six downloads
        paths = list(pool.map(lambda i: cloned(registry.url, tmp_path / f"c{i}.sqlite", users[i]),
                              range(len(users))))
    for i, path in enumerate(paths):
        edit(path, "UPDATE parcels SET address = ? WHERE uid = ?", (f"client {i}", a_parcel(path, 20 + i)),
             user=users[i])
    with ThreadPoolExecutor(len(users)) as pool:
        reports = list(pool.map(lambda i: run_sync(paths[i], registry.url, users[i]), range(len(users))))
    assert [r.pushed_rows for r in reports] == [1] * len(users)
    for i, path in enumerate(paths):
        run_sync(path, registry.url, users[i])
    assert all(dump(path) == dump(paths[0]) for path in paths)
    assert value(paths[0], "SELECT count(*) FROM parcels WHERE address LIKE 'client %'") == len(users)


def test_a_cancelled_sync_stops_and_loses_nothing(registry: RunningRegistry, tmp_path: Path) -> None:
    from landdesk.sync.client import SyncCancelled

    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = _offline_work(a)
    with pytest.raises(SyncCancelled):
        sync(a, Registry(registry.url, "aida", PASSWORD), cancelled=lambda: True)
    assert value(a, "SELECT count(*) FROM sync_op") == 2                 # still waiting, nothing half-sent
    run_sync(a, registry.url)
    _assert_exactly_once(registry, a, uid, tmp_path)


def test_a_token_that_expires_mid_session_is_renewed(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    client = Registry(registry.url, "aida", PASSWORD)
    client.sign_in()
    client._token = "expired-or-revoked"          # what the registry forgets after 12 hours
    assert client.get("/sync/info")["district"] == DISTRICT
    uid = _offline_work(a)
    sync(a, client)
    _assert_exactly_once(registry, a, uid, tmp_path)
