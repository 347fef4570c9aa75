"""Issue 15, cases 1–4 and 6, as an adversary found them: the real registry process on both backends.

1. A lost update after an acknowledged push whose pull never happened (kill -9 between them).
2. A pull more than one page behind, with a child before its parent.
3. Floats with 17 significant digits round-trip exactly; no phantom changes, no false conflicts.
4. NaN and ±Infinity are refused where they enter; an unreadable base is re-based, never a traceback.
6. One bad push never breaks the district; a row the registry refuses is set aside, the rest goes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest
import shapely

import landdesk.sync.client as client_module
import landdesk.sync.journal as journal_module
from landdesk.registry.backends import open_store
from landdesk.storage.connection import open_cache
from landdesk.storage.errors import RowRefused
from landdesk.sync.conflicts import open_conflicts
from landdesk.sync.journal import local_change, read_base
from landdesk.sync.protocol import RowState, sha256_hex
from tests.registry.conftest import PASSWORD
from tests.registry.helpers import DISTRICT, a_parcel, cloned, dump, edit, http, run_sync, token, value

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry


def _sync_process(path: Path, url: str, user: str = "aida", crash_at: str | None = None
                  ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANDDESK_PASSWORD": PASSWORD}
    if crash_at:
        env["LANDDESK_SYNC_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "landdesk", "sync", str(path), "--registry", url, "--user", user],
                          env=env, capture_output=True, text=True, check=False)


def _killed_after_ack(path: Path, url: str) -> None:
    """A sync that dies (SIGKILL) after the registry's acknowledgement was committed, before the pull."""
    done = _sync_process(path, url, crash_at="after-ack")
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "Traceback" not in done.stderr


def _registry_row(registry: RunningRegistry, uid: str) -> dict[str, Any]:
    status, page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    assert status == 200
    return next(r for r in page["rows"] if r["uid"] == uid)


def _push(registry: RunningRegistry, rows: list[dict[str, Any]], *, raw: bytes | None = None) -> tuple[int, Any]:
    """A changeset pushed straight over HTTP with an officer's token, as a script or an attacker would."""
    body = {"changeset_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()), "district": DISTRICT,
            "schema_version": 3, "groups": [{"group_id": str(uuid.uuid4()), "ops": [], "rows": rows}]}
    payload = raw if raw is not None else json.dumps(body).encode()
    return http("POST", f"{registry.url}/sync/changesets", payload, token(registry.url),
                {"x-payload-sha256": sha256_hex(payload) or ""})


def _nothing_broke(registry: RunningRegistry, tmp_path: Path, name: str) -> None:
    """Every other cache still syncs and the district still clones, and the pages are valid JSON."""
    other = cloned(registry.url, tmp_path / f"{name}-fresh.sqlite", "bolat")
    edit(other, "UPDATE parcels SET address = ? WHERE uid = ?", (f"after {name}", a_parcel(other, 5)), user="bolat")
    report = run_sync(other, registry.url, "bolat")
    assert report.pushed_rows == 1
    status, _page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    assert status == 200
    status, items = http("GET", f"{registry.url}/collections/parcels/items?limit=100", token=token(registry.url))
    assert status == 200
    assert isinstance(items, dict)


# --- case 1: no lost update after an acknowledged push whose pull never happened ----------------------------

def test_an_edit_after_an_ack_without_pull_conflicts_instead_of_overwriting(registry: RunningRegistry,
                                                                           tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    uid = a_parcel(a)
    edit(b, "UPDATE parcels SET right_holder = 'B between' WHERE uid = ?", (uid,), user="bolat")
    run_sync(b, registry.url, "bolat")
    edit(a, "UPDATE parcels SET address = 'A edit 1' WHERE uid = ?", (uid,))
    _killed_after_ack(a, registry.url)                      # acknowledged, never pulled
    with open_cache(a, read_only=True) as cache:
        base = read_base(cache.connection, "parcels", uid)
    assert base is not None
    assert base.version == 1
    edit(a, "UPDATE parcels SET right_holder = 'A edit 2' WHERE uid = ?", (uid,))
    report = run_sync(a, registry.url)
    assert report.open_conflicts == 1
    with open_cache(a) as cache:
        [conflict] = open_conflicts(cache)
    assert conflict.kind == "same_field"
    assert conflict.fields == ("right_holder",)
    row = _registry_row(registry, uid)
    assert row["attrs"]["right_holder"] == "B between"      # B's value stands until A resolves it
    assert row["attrs"]["address"] == "A edit 1"


def test_a_boundary_moved_after_an_ack_without_pull_is_a_geometry_conflict(registry: RunningRegistry,
                                                                            tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    uid = a_parcel(a)
    edit(b, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, -1.0)) WHERE uid = ?", (uid,), user="bolat")
    run_sync(b, registry.url, "bolat")
    b_boundary = _registry_row(registry, uid)["wkb"]
    edit(a, "UPDATE parcels SET address = 'A edit 1' WHERE uid = ?", (uid,))
    _killed_after_ack(a, registry.url)
    edit(a, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, -0.5)) WHERE uid = ?", (uid,))
    assert run_sync(a, registry.url).open_conflicts == 1
    with open_cache(a) as cache:
        assert [c.kind for c in open_conflicts(cache)] == ["geometry"]
    assert _registry_row(registry, uid)["wkb"] == b_boundary


def test_a_frozen_edit_sent_on_the_next_run_never_claims_an_unseen_base(registry: RunningRegistry,
                                                                         tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET address = 'A edit 1' WHERE uid = ?", (uid,))
    frozen = _sync_process(a, registry.url, crash_at="after-freeze")       # frozen, never sent
    assert frozen.returncode == -signal.SIGKILL
    edit(b, "UPDATE parcels SET right_holder = 'B between' WHERE uid = ?", (uid,), user="bolat")
    run_sync(b, registry.url, "bolat")
    _killed_after_ack(a, registry.url)                      # the frozen one goes, the pull never comes
    edit(a, "UPDATE parcels SET right_holder = 'A edit 2' WHERE uid = ?", (uid,))
    assert run_sync(a, registry.url).open_conflicts == 1
    assert _registry_row(registry, uid)["attrs"]["right_holder"] == "B between"


def test_the_registry_checks_each_field_against_the_value_it_was_based_on(registry: RunningRegistry,
                                                                         tmp_path: Path) -> None:
    """A client (an older LandDesk, a script) that claims the current version but whose `old` value is not the
    registry's current one gets a conflict, not an overwrite."""
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    uid = a_parcel(b)
    edit(b, "UPDATE parcels SET right_holder = 'B between' WHERE uid = ?", (uid,), user="bolat")
    run_sync(b, registry.url, "bolat")
    current = _registry_row(registry, uid)
    status, answer = _push(registry, [{"tbl": "parcels", "uid": uid, "action": "update",
                                       "base_version": current["version"],
                                       "fields": {"right_holder": {"old": None, "new": "overwrite"}}}])
    assert status == 200
    assert answer["groups"][0]["status"] == "conflict"
    assert _registry_row(registry, uid)["attrs"]["right_holder"] == "B between"


# --- case 2: a client more than one page behind ---------------------------------------------------------------

def test_a_child_on_an_earlier_page_than_its_parent_waits_for_it(registry: RunningRegistry, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    plan, zone = str(uuid.uuid4()), str(uuid.uuid4())
    with open_cache(b) as cache, cache.operation("plan.new", "bolat") as tx:
        tx.execute("INSERT INTO plans (uid, kind, name, status, updated_at) SELECT ?, kind, 'DPP north', 'DRAFT', "
                   "updated_at FROM plans LIMIT 1", (plan,))
        tx.execute("INSERT INTO plan_zones (uid, plan_uid, zone_code, name, zone_type, permitted_purposes, "
                   "updated_at, geom) SELECT ?, ?, 'N-1', 'north', zone_type, permitted_purposes, updated_at, geom "
                   "FROM plan_zones LIMIT 1", (zone, plan))
    run_sync(b, registry.url, "bolat")
    edit(b, "UPDATE plans SET name = 'DPP north, edited later' WHERE uid = ?", (plan,), user="bolat")
    run_sync(b, registry.url, "bolat")                       # the plan's change is now after its zone's
    monkeypatch.setattr(client_module, "PAGE", 1)            # every row a page of its own
    report = run_sync(a, registry.url)
    assert report.held == 0
    assert value(a, "SELECT name FROM plans WHERE uid = ?", (plan,)) == "DPP north, edited later"
    assert value(a, "SELECT plan_uid FROM plan_zones WHERE uid = ?", (zone,)) == plan
    assert value(a, "PRAGMA foreign_key_check") is None
    assert run_sync(a, registry.url).pulled_rows == 0        # and it syncs again like any cache
    monkeypatch.setattr(client_module, "PAGE", 1000)
    assert dump(a) == dump(cloned(registry.url, tmp_path / "fresh.sqlite"))


def test_a_child_whose_parent_never_arrives_is_held_and_named(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    zone = str(uuid.uuid4())
    with open_cache(a, read_only=True) as cache:
        source = cache.connection.execute("SELECT zone_type, permitted_purposes, AsBinary(geom) FROM plan_zones "
                                          "LIMIT 1").fetchone()
    orphan = RowState("plan_zones", zone, 1, False, {"plan_uid": str(uuid.uuid4()), "zone_code": "X",
                                                     "name": "orphan", "zone_type": source[0],
                                                     "zone_subtype": None, "permitted_purposes": source[1]},
                      source[2])
    _legacy_rows(registry, [orphan])
    report = run_sync(a, registry.url)                       # the sync goes on
    assert report.held == 1
    assert value(a, "SELECT state FROM sync_quarantine WHERE uid = ?", (zone,)) == "waiting"
    assert value(a, "SELECT count(*) FROM plan_zones WHERE uid = ?", (zone,)) == 0
    assert run_sync(a, registry.url).held == 1               # and again, without a traceback


# --- case 3: exact floats ----------------------------------------------------------------------------------

AREA = 1234.5678901234567


def test_seventeen_significant_digits_round_trip_through_clone_and_sync(registry: RunningRegistry,
                                                                       tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET area_official_m2 = ? WHERE uid = ?", (AREA, uid))
    run_sync(a, registry.url)
    assert _registry_row(registry, uid)["attrs"]["area_official_m2"] == AREA
    fresh = cloned(registry.url, tmp_path / "fresh.sqlite", "bolat")
    with open_cache(fresh, read_only=True) as cache:
        base = read_base(cache.connection, "parcels", uid)
        assert base is not None
        assert base.attrs["area_official_m2"] == AREA
        assert cache.connection.execute("SELECT area_official_m2 FROM parcels WHERE uid = ?",
                                        (uid,)).fetchone()[0] == AREA
        assert local_change(cache.connection, "parcels", uid) is None          # no phantom change
    edit(fresh, "UPDATE parcels SET address = 'another field' WHERE uid = ?", (uid,), user="bolat")
    report = run_sync(fresh, registry.url, "bolat")
    assert report.open_conflicts == 0
    assert report.pushed_rows == 1
    edit(a, "UPDATE parcels SET right_holder = 'a third field' WHERE uid = ?", (uid,))
    assert run_sync(a, registry.url).open_conflicts == 0
    run_sync(fresh, registry.url, "bolat")
    assert dump(a) == dump(fresh)


# --- case 4: non-finite numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [float("inf"), float("-inf")])
def test_infinity_through_the_operation_api_is_refused_and_nothing_saved(demo_cache_file: Path,
                                                                         bad: float) -> None:
    uid = a_parcel(demo_cache_file)
    with pytest.raises(RowRefused) as refused:
        edit(demo_cache_file, "UPDATE parcels SET area_official_m2 = ? WHERE uid = ?", (bad, uid))
    assert refused.value.params["field"] == "area_official_m2"
    assert "finite" in str(refused.value)
    assert value(demo_cache_file, "SELECT count(*) FROM sync_op") == 0
    assert value(demo_cache_file, "SELECT area_official_m2 FROM parcels WHERE uid = ?", (uid,)) != bad


@pytest.mark.parametrize("literal", ["Infinity", "-Infinity", "NaN", "1e999"])
def test_the_registry_answers_400_with_a_code_for_a_number_it_cannot_store(registry: RunningRegistry,
                                                                           literal: str) -> None:
    uid = str(uuid.uuid4())
    body = (f'{{"changeset_id":"{uuid.uuid4()}","device_id":"{uuid.uuid4()}","district":"{DISTRICT}",'
            f'"schema_version":3,"groups":[{{"group_id":"{uuid.uuid4()}","ops":[],"rows":[{{"tbl":"parcels",'
            f'"uid":"{uid}","action":"update","base_version":1,"fields":{{"area_official_m2":{{"old":1.0,'
            f'"new":{literal}}}}}}}]}}]}}').encode()
    status, answer = _push(registry, [], raw=body)
    assert status == 400
    assert answer["error"] == "non_finite_number"
    assert answer["what_to_do"]


def test_a_base_that_cannot_be_read_is_named_and_taken_again_from_the_registry(registry: RunningRegistry,
                                                                              tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET address = 'mine' WHERE uid = ?", (uid,))
    with open_cache(a) as cache, cache.applying_remote() as tx:         # what an older clone of a bad registry held
        tx.execute("UPDATE sync_base SET attrs = replace(attrs, '\"area_official_m2\":', "
                   "'\"area_official_m2\":Infinity,\"x\":') WHERE uid = ?", (uid,))
    done = _sync_process(a, registry.url)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with open_cache(a, read_only=True) as cache:
        base = read_base(cache.connection, "parcels", uid)
    assert base is not None
    assert "x" not in base.attrs
    assert _registry_row(registry, uid)["attrs"]["address"] == "mine"


# --- case 6: one bad push never breaks the district -------------------------------------------------------

def _parcel_wkb(registry: RunningRegistry, tmp_path: Path) -> tuple[str, dict[str, Any]]:
    a = cloned(registry.url, tmp_path / "template.sqlite")
    uid = a_parcel(a, 7)
    row = _registry_row(registry, uid)
    return row["wkb"], row["attrs"]


def _square_far_away(wkb_hex: str, dx: float) -> shapely.Geometry:
    return shapely.affinity.translate(shapely.from_wkb(bytes.fromhex(wkb_hex)), dx, 0)


@pytest.mark.parametrize("case", ["only-number-purpose-geometry", "invented-fields", "nan-area", "point",
                                  "wkb-and-version-fields", "polygon-with-z", "bad-cadastral-number",
                                  "bad-iin", "unknown-table"])
def test_a_bad_push_is_refused_whole_naming_row_and_field_and_breaks_nothing(registry: RunningRegistry,
                                                                              tmp_path: Path, case: str) -> None:
    wkb_hex, attrs = _parcel_wkb(registry, tmp_path)
    geometry = _square_far_away(wkb_hex, 5000)
    uid = str(uuid.uuid4())
    full = {**attrs, "cadastral_number": "19-245-777-0001", "quarter_code": "777", "plot_no": "0001"}
    fields: dict[str, Any] = {k: {"old": None, "new": v} for k, v in full.items()}
    new_wkb = shapely.to_wkb(geometry, flavor="iso", hex=True)
    tbl, expected_field = "parcels", None
    if case == "only-number-purpose-geometry":
        fields = {"cadastral_number": fields["cadastral_number"], "purpose": fields["purpose"]}
        expected_field = "region_code"
    elif case == "invented-fields":
        fields.update({f"invented_{i}": {"old": None, "new": "x" * 100} for i in range(90)})
        expected_field = "invented_0"
    elif case == "nan-area":
        fields["area_official_m2"] = {"old": None, "new": float("nan")}
    elif case == "point":
        new_wkb = shapely.to_wkb(geometry.centroid, flavor="iso", hex=True)
        expected_field = "geom"
    elif case == "wkb-and-version-fields":
        fields.update({"wkb": {"old": None, "new": "00"}, "version": {"old": None, "new": 7}})
        expected_field = "version"
    elif case == "polygon-with-z":
        new_wkb = shapely.to_wkb(shapely.force_3d(geometry, 5.0), flavor="iso", hex=True)
        expected_field = "geom"
    elif case == "bad-cadastral-number":
        fields["cadastral_number"] = {"old": None, "new": "19-245"}
        expected_field = "cadastral_number"
    elif case == "bad-iin":
        fields["holder_iin"] = {"old": None, "new": "123456789012"}
        expected_field = "holder_iin"
    elif case == "unknown-table":
        tbl = "users"
    row = {"tbl": tbl, "uid": uid, "action": "insert", "base_version": None, "fields": fields,
           "geom": {"base_sha256": None, "new_wkb": new_wkb}}
    if case == "nan-area":                  # Python's json writes NaN, which is not JSON: the registry says so
        status, answer = _push(registry, [], raw=json.dumps({"changeset_id": str(uuid.uuid4()),
                                                             "device_id": str(uuid.uuid4()), "district": DISTRICT,
                                                             "schema_version": 3, "groups": [{
                                                                 "group_id": str(uuid.uuid4()), "ops": [],
                                                                 "rows": [row]}]}).encode())
        assert (status, answer["error"]) == (400, "non_finite_number")
    else:
        status, answer = _push(registry, [row])
        assert status in (400, 422), answer
        if status == 422:
            assert answer["error"] == "invalid_row"
            assert answer["params"]["uid"] == uid
            if expected_field:
                assert answer["params"]["field"] == expected_field
        assert answer["what_to_do"]
    status, page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    assert uid not in {r["uid"] for r in page["rows"]}
    _nothing_broke(registry, tmp_path, case)


def _legacy_rows(registry: RunningRegistry, rows: list[RowState]) -> None:
    """Rows a registry took before it checked them, written straight into its database."""
    store = open_store(str(registry.data), registry.database)
    try:
        srid = store.district(DISTRICT)[0]  # type: ignore[index]
        with store.transaction() as connection:
            first = store.next_seq(connection, DISTRICT, len(rows))
            wgs84 = []
            for r in rows:
                try:
                    wgs84.append(store.to_wgs84(srid, [r.wkb])[0])
                except Exception:  # noqa: BLE001 - a geometry the registry cannot project has no WGS 84 copy
                    wgs84.append(None)
            store.put_rows(connection, DISTRICT, srid, rows, first, None, "legacy", wgs84)
    finally:
        store.close()


def test_rows_a_registry_took_before_it_checked_are_quarantined_and_the_rest_syncs(registry: RunningRegistry,
                                                                                   tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    source = a_parcel(a, 9)
    with open_cache(a, read_only=True) as cache:
        template = journal_module.read_row(cache.connection, "parcels", source)
    assert template is not None
    square = shapely.from_wkb(template.wkb)
    point = str(uuid.uuid4())
    missing = str(uuid.uuid4())
    z = str(uuid.uuid4())
    good = str(uuid.uuid4())
    attrs = {**template.attrs, "quarter_code": "888"}
    _legacy_rows(registry, [
        RowState("parcels", point, 1, False, {**attrs, "cadastral_number": "19-245-888-0001"},
                 shapely.to_wkb(square.centroid, flavor="iso")),
        RowState("parcels", missing, 1, False, {"cadastral_number": "19-245-888-0002", "purpose": attrs["purpose"]},
                 template.wkb),
        RowState("parcels", z, 1, False, {**attrs, "cadastral_number": "19-245-888-0003"},
                 shapely.to_wkb(shapely.force_3d(square, 3.0), flavor="iso")),
        RowState("parcels", good, 1, False, {**attrs, "cadastral_number": "19-245-888-0004"},
                 shapely.to_wkb(shapely.affinity.translate(square, 0, 30000), flavor="iso")),
    ])
    edit(a, "UPDATE parcels SET address = 'still goes' WHERE uid = ?", (a_parcel(a, 2),))
    done = _sync_process(a, registry.url)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert value(a, "SELECT count(*) FROM parcels WHERE uid = ?", (good,)) == 1
    held = {r[0]: r[1] for r in _rows(a, "SELECT uid, state FROM sync_quarantine")}
    assert held == {point: "quarantined", missing: "quarantined", z: "quarantined"}
    assert value(a, "SELECT count(*) FROM parcels WHERE uid IN (?, ?, ?)", (point, missing, z)) == 0
    info = subprocess.run([sys.executable, "-m", "landdesk", "info", str(a)], capture_output=True, text=True,
                          check=False)
    assert info.returncode == 0, info.stderr
    assert point in info.stdout
    assert z in info.stdout
    fresh = tmp_path / "fresh.sqlite"
    cloned(registry.url, fresh, "bolat")                     # the district still clones
    assert value(fresh, "SELECT count(*) FROM parcels WHERE uid = ?", (good,)) == 1
    assert {r[0] for r in _rows(fresh, "SELECT uid FROM sync_quarantine")} == {point, missing, z}
    assert value(fresh, "SELECT count(*) FROM parcels WHERE geom IS NULL") == 0


def test_a_nan_a_registry_took_before_is_served_as_null_not_as_a_500(registry: RunningRegistry,
                                                                    tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = a_parcel(a, 4)
    with open_cache(a, read_only=True) as cache:
        row = journal_module.read_row(cache.connection, "parcels", uid)
    assert row is not None
    store = open_store(str(registry.data), registry.database)
    try:
        with store.transaction() as connection:
            store.execute(connection, "UPDATE features SET attrs = ? WHERE uid = ?",
                          (json.dumps({**row.attrs, "area_official_m2": float("nan")}), uid))
    finally:
        store.close()
    status, page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    assert status == 200
    assert next(r for r in page["rows"] if r["uid"] == uid)["attrs"]["area_official_m2"] is None
    status, item = http("GET", f"{registry.url}/collections/parcels/items/{uid}", token=token(registry.url))
    assert status == 200
    assert item["properties"]["area_official_m2"] is None
    _nothing_broke(registry, tmp_path, "legacy-nan")


def test_a_row_the_rules_refuse_is_set_aside_and_later_edits_still_leave(registry: RunningRegistry,
                                                                         tmp_path: Path) -> None:
    """A 300,000-vertex parcel that got into the journal (an older LandDesk's import): the sync exits 1 with the
    row named as a conflict, not 2 forever; later edits go; once corrected the row goes too."""
    a = cloned(registry.url, tmp_path / "a.sqlite")
    uid = a_parcel(a, 1)
    with open_cache(a) as cache, cache.operation("old.import", "aida", check_rules=False) as tx:
        x, y = tx.execute("SELECT X(Centroid(geom)), Y(Centroid(geom)) FROM parcels WHERE uid = ?", (uid,)
                          ).fetchone()
        angles = np.linspace(0, 2 * np.pi, 300_000, endpoint=False)
        huge = shapely.Polygon(np.column_stack([x + 20 * np.cos(angles), y + 20 * np.sin(angles)]))
        tx.execute("UPDATE parcels SET geom = ST_Multi(GeomFromWKB(?, Srid(geom))) WHERE uid = ?",
                   (shapely.to_wkb(huge, flavor="iso"), uid))
    done = _sync_process(a, registry.url)
    assert done.returncode == 1, done.stderr                 # a conflict waits; not "cannot sync"
    assert "Traceback" not in done.stderr
    with open_cache(a) as cache:
        [conflict] = open_conflicts(cache)
    assert (conflict.kind, conflict.uid, conflict.fields) == ("rejected", uid, ("geom",))
    assert "vertices" in conflict.message or "bytes" in conflict.message
    other = a_parcel(a, 6)
    edit(a, "UPDATE parcels SET address = 'later edit' WHERE uid = ?", (other,))
    assert _sync_process(a, registry.url).returncode == 1
    assert _registry_row(registry, other)["attrs"]["address"] == "later edit"
    edit(a, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(Centroid(geom), 20)) WHERE uid = ?", (uid,))
    assert _sync_process(a, registry.url).returncode == 0   # corrected: it goes, the conflict is closed
    assert shapely.get_num_coordinates(shapely.from_wkb(bytes.fromhex(_registry_row(registry, uid)["wkb"]))) < 1000


def test_a_row_only_the_registry_refuses_is_set_aside_and_the_rest_is_sent(registry: RunningRegistry,
                                                                           tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """When the registry's rules are stricter than this LandDesk's (a newer registry), its 422 names the row:
    that row is set aside, the refused changeset is kept as rejected, and the other edits go in a new one."""
    a = cloned(registry.url, tmp_path / "a.sqlite")
    bad, fine = a_parcel(a, 1), a_parcel(a, 2)
    with open_cache(a) as cache, cache.operation("old.edit", "aida", check_rules=False) as tx:
        tx.execute("UPDATE parcels SET holder_iin = '123456789012' WHERE uid = ?", (bad,))
    edit(a, "UPDATE parcels SET address = 'fine' WHERE uid = ?", (fine,))
    monkeypatch.setattr(journal_module, "change_problems", lambda _change, _extent: [])   # an older client
    report = run_sync(a, registry.url)
    assert report.set_aside == 1
    assert report.open_conflicts == 1
    assert _registry_row(registry, fine)["attrs"]["address"] == "fine"
    assert _registry_row(registry, bad)["attrs"]["holder_iin"] != "123456789012"
    assert value(a, "SELECT count(*) FROM sync_outbox WHERE state = 'rejected'") == 1
    with open_cache(a) as cache:
        [conflict] = open_conflicts(cache)
    assert (conflict.kind, conflict.uid, conflict.fields) == ("rejected", bad, ("holder_iin",))


def test_an_import_refuses_a_feature_the_registry_would_refuse(tmp_path: Path, demo_cache_file: Path) -> None:
    """A 300,000-vertex parcel in an officer's file is refused at import, with its row and reason; the other
    feature is imported, and nothing waits that the registry would refuse."""
    with open_cache(demo_cache_file, read_only=True) as cache:
        srid = cache.srid
        x, y = cache.connection.execute("SELECT X(Centroid(geom)) - 4000, Y(Centroid(geom)) - 2000 FROM parcels "
                                        "ORDER BY fid LIMIT 1").fetchone()             # open land in the district
        purpose = cache.connection.execute("SELECT purpose FROM parcels LIMIT 1").fetchone()[0]
    angles = np.linspace(0, 2 * np.pi, 300_000, endpoint=False)
    huge = shapely.Polygon(np.column_stack([x + 30 * np.cos(angles), y + 30 * np.sin(angles)]))
    fine = shapely.box(x, y, x + 4, y + 4)
    features = [{"type": "Feature", "properties": {"cadastral_number": number, "purpose": purpose},
                 "geometry": json.loads(shapely.to_geojson(geometry))}
                for number, geometry in (("19-245-555-0001", huge), ("19-245-555-0002", fine))]
    source = tmp_path / "survey.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    done = subprocess.run([sys.executable, "-m", "landdesk", "import", str(demo_cache_file), str(source),
                           "--target", "parcels", "--crs", f"EPSG:{srid}"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 1, done.stdout + done.stderr                 # some refused
    assert "feature 1: geom: the geometry is larger than" in done.stdout
    assert value(demo_cache_file, "SELECT count(*) FROM parcels WHERE cadastral_number = '19-245-555-0002'") == 1
    assert value(demo_cache_file, "SELECT count(*) FROM parcels WHERE cadastral_number = '19-245-555-0001'") == 0


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with open_cache(path, read_only=True) as cache:
        return cache.connection.execute(sql).fetchall()
