"""Two caches of one district and the real registry process: merges, conflicts and their resolution.

Each test runs against the embedded SpatiaLite registry and against PostGIS.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import shapely

from landdesk.services.decisions import RefuseApplication, refuse
from landdesk.storage.connection import open_cache
from landdesk.sync.conflicts import ResolutionRefused, open_conflicts, resolve_conflict
from tests.registry.helpers import a_parcel, cloned, dump, edit, run_sync, value

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry


def _two(registry: RunningRegistry, tmp_path: Path) -> tuple[Path, Path]:
    return cloned(registry.url, tmp_path / "a.sqlite"), cloned(registry.url, tmp_path / "b.sqlite", "bolat")


def test_a_clone_holds_the_district_and_a_sync_with_nothing_changed_does_nothing(
        registry: RunningRegistry, tmp_path: Path, demo_template_readonly: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    assert dump(a) == dump(demo_template_readonly)
    report = run_sync(a, registry.url)
    assert (report.pushed_rows, report.pulled_rows, report.open_conflicts) == (0, 0, 0)
    with open_cache(a) as cache:                                        # the decision chain was rebuilt intact
        from landdesk.services.decisions import verify
        assert verify(cache).intact


def test_disjoint_fields_edited_on_two_caches_both_arrive(registry: RunningRegistry, tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET address = 'ул. Абая, 1' WHERE uid = ?", (uid,))
    edit(b, "UPDATE parcels SET right_holder = 'Сериков Б.' WHERE uid = ?", (uid,), user="bolat")
    assert run_sync(a, registry.url).pushed_rows == 1
    report = run_sync(b, registry.url, "bolat")
    assert (report.pushed_rows, report.open_conflicts) == (1, 0)
    run_sync(a, registry.url)
    for cache in (a, b):
        assert value(cache, "SELECT address || ' / ' || right_holder FROM parcels WHERE uid = ?", (uid,)) == \
            "ул. Абая, 1 / Сериков Б."
    assert dump(a) == dump(b)


def test_the_same_field_edited_twice_is_a_conflict_kept_mine_with_a_reason(registry: RunningRegistry,
                                                                          tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET address = 'ул. Абая, 1' WHERE uid = ?", (uid,))
    edit(b, "UPDATE parcels SET address = 'ул. Абая, 3' WHERE uid = ?", (uid,), user="bolat")
    run_sync(a, registry.url)
    report = run_sync(b, registry.url, "bolat")                         # SYNC-04: never silently overwritten
    assert report.open_conflicts == 1
    assert value(b, "SELECT address FROM parcels WHERE uid = ?", (uid,)) == "ул. Абая, 3"   # mine is kept
    with open_cache(b) as cache:
        [conflict] = open_conflicts(cache)
        assert (conflict.kind, conflict.fields) == ("same_field", ("address",))
        assert conflict.mine is not None
        assert conflict.theirs is not None
        assert conflict.mine["attrs"]["address"] == "ул. Абая, 3"
        assert conflict.theirs["attrs"]["address"] == "ул. Абая, 1"
        resolve_conflict(cache, conflict.conflict_id, "mine", "bolat", reason="the survey of 12 May says 3")
        audit = cache.connection.execute("SELECT details FROM audit_log WHERE action = 'conflict.mine'").fetchone()
        assert "survey of 12 May" in audit[0]
    assert run_sync(b, registry.url, "bolat").open_conflicts == 0
    run_sync(a, registry.url)
    assert value(a, "SELECT address FROM parcels WHERE uid = ?", (uid,)) == "ул. Абая, 3"
    assert dump(a) == dump(b)


def test_accepting_theirs_drops_my_change_and_the_replicas_end_equal(registry: RunningRegistry,
                                                                     tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET address = 'A' WHERE uid = ?", (uid,))
    edit(b, "UPDATE parcels SET address = 'B', right_holder = 'X' WHERE uid = ?", (uid,), user="bolat")
    run_sync(a, registry.url)
    run_sync(b, registry.url, "bolat")
    with open_cache(b) as cache:
        [conflict] = open_conflicts(cache)
        resolve_conflict(cache, conflict.conflict_id, "theirs", "bolat")
    assert run_sync(b, registry.url, "bolat").pushed_rows == 0
    run_sync(a, registry.url)
    assert value(b, "SELECT address FROM parcels WHERE uid = ?", (uid,)) == "A"
    assert dump(a) == dump(b)


def test_the_same_boundary_edited_twice_is_a_geometry_conflict(registry: RunningRegistry, tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    uid = a_parcel(a)
    edit(a, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, -0.5)) WHERE uid = ?", (uid,))     # surveyed again
    edit(b, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, -1.0)) WHERE uid = ?", (uid,), user="bolat")
    run_sync(a, registry.url)
    assert run_sync(b, registry.url, "bolat").open_conflicts == 1        # SYNC-05
    with open_cache(b) as cache:
        [conflict] = open_conflicts(cache)
    assert conflict.kind == "geometry"
    areas = [shapely.from_wkb(bytes.fromhex(side["wkb"])).area for side in (conflict.base, conflict.mine,
                                                                              conflict.theirs) if side]
    assert len(areas) == 3
    assert areas[1] < areas[2] < areas[0]           # mine shrank by 1 m, the registry's by 0.5 m, from the base


def test_a_boundary_pushed_over_a_neighbour_is_a_topology_conflict(registry: RunningRegistry,
                                                                   tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    uid = a_parcel(a)
    before = value(a, "SELECT AsBinary(geom) FROM parcels WHERE uid = ?", (uid,))
    edit(a, "UPDATE parcels SET geom = ST_Multi(ST_Buffer(geom, 3.0)) WHERE uid = ?", (uid,))     # into the neighbours
    report = run_sync(a, registry.url)                                  # SYNC-05, the neighbours' half
    assert report.open_conflicts >= 1
    with open_cache(a) as cache:
        conflicts = open_conflicts(cache)
        assert {c.kind for c in conflicts} == {"topology"}
        assert "overlaps 19-245-" in conflicts[0].message
        assert conflicts[0].theirs is not None
        assert conflicts[0].theirs["uid"] != uid                         # the neighbour it would cover
        with pytest.raises(ResolutionRefused, match="overlaps a neighbour"):
            resolve_conflict(cache, conflicts[0].conflict_id, "mine", "aida", reason="trust me")
        resolve_conflict(cache, conflicts[0].conflict_id, "theirs", "aida")
    assert value(a, "SELECT AsBinary(geom) FROM parcels WHERE uid = ?", (uid,)) == before
    assert run_sync(a, registry.url).open_conflicts == 0
    run_sync(b, registry.url, "bolat")
    assert dump(a) == dump(b)


def test_an_edit_of_a_row_deleted_elsewhere_is_an_update_delete_conflict(registry: RunningRegistry,
                                                                        tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    uid = a_parcel(a, 5)
    edit(a, "UPDATE parcels SET is_deleted = 1 WHERE uid = ?", (uid,))
    edit(b, "UPDATE parcels SET address = 'B' WHERE uid = ?", (uid,), user="bolat")
    run_sync(a, registry.url)
    run_sync(b, registry.url, "bolat")                                   # SYNC-06
    with open_cache(b) as cache:
        assert [c.kind for c in open_conflicts(cache)] == ["update_delete"]


def test_rows_created_edited_and_deleted_offline(registry: RunningRegistry, tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    template = a_parcel(a, 7)
    new, gone = "11111111-2222-4333-8444-555555555555", "11111111-2222-4333-8444-666666666666"
    for uid, plot, away in ((new, "9001", 60_000), (gone, "9002", 60_200)):      # on free land, east of the town
        edit(a, "INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, plot_no, "
                "category, purpose, right_type, status, updated_at, geom) SELECT ?, '19-245-999-' || ?, region_code, "
                "district_code, '999', ?, category, purpose, right_type, 'FREE', updated_at, "
                "ST_Multi(ST_Translate(geom, ?, 0, 0)) FROM parcels WHERE uid = ?", (uid, plot, plot, away, template))
    edit(a, "UPDATE parcels SET address = 'first' WHERE uid = ?", (new,))
    edit(a, "UPDATE parcels SET address = 'second' WHERE uid = ?", (new,))       # SYNC-10
    edit(a, "UPDATE parcels SET is_deleted = 1 WHERE uid = ?", (gone,))          # SYNC-09: cancels to nothing
    edit(a, "UPDATE parcels SET is_deleted = 1 WHERE uid = ?", (template,))      # an offline delete
    run_sync(a, registry.url)
    run_sync(b, registry.url, "bolat")
    assert value(b, "SELECT address FROM parcels WHERE uid = ?", (new,)) == "second"
    assert value(b, "SELECT count(*) FROM parcels WHERE uid = ?", (gone,)) == 0
    assert value(b, "SELECT is_deleted FROM parcels WHERE uid = ?", (template,)) == 1
    assert value(a, "SELECT uid FROM parcels WHERE cadastral_number = '19-245-999-9001'") == new   # SYNC-07/11
    assert dump(a) == dump(b)


def test_an_application_decided_on_two_caches_is_already_decided(registry: RunningRegistry, tmp_path: Path) -> None:
    from datetime import date

    a, b = _two(registry, tmp_path)
    number = value(a, "SELECT number FROM applications WHERE status = 'RECEIVED' ORDER BY number LIMIT 1")
    for path, officer in ((a, "aida"), (b, "bolat")):
        with open_cache(path) as cache:
            refuse(cache, RefuseApplication(number, ("R-INCOMPLETE",), f"refused by {officer}", officer,
                                            date(2026, 11, 20), act_number="№ 1",
                                            justification="the documents are incomplete"))
    run_sync(a, registry.url)
    report = run_sync(b, registry.url, "bolat")
    assert report.open_conflicts >= 1
    with open_cache(b) as cache:
        kinds = {c.kind for c in open_conflicts(cache)}
        assert "already_decided" in kinds
        decision = next(c for c in open_conflicts(cache) if c.kind == "already_decided")
        assert decision.theirs is not None
        assert decision.theirs["attrs"]["officer"] == "aida"


def test_a_parent_and_its_child_created_in_one_operation_arrive_together(registry: RunningRegistry,
                                                                          tmp_path: Path) -> None:
    a, b = _two(registry, tmp_path)
    template = a_parcel(a, 9)
    parcel, encumbrance = "22222222-3333-4444-8555-666666666666", "22222222-3333-4444-8555-777777777777"
    with open_cache(a) as cache, cache.operation("parcel.register", "aida") as tx:         # SYNC-12
        tx.execute("INSERT INTO encumbrances (uid, parcel_uid, kind, description, updated_at) "
                   "SELECT ?, ?, kind, 'охранная зона ЛЭП', updated_at FROM encumbrances LIMIT 1",
                   (encumbrance, parcel))                                            # the child first
        tx.execute("INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, plot_no, "
                   "category, purpose, right_type, status, updated_at, geom) SELECT ?, '19-245-997-0001', "
                   "region_code, district_code, '997', '0001', category, purpose, right_type, 'FREE', updated_at, "
                   "ST_Multi(ST_Translate(geom, 61000, 0, 0)) FROM parcels WHERE uid = ?", (parcel, template))
    report = run_sync(a, registry.url)
    assert report.pushed_changesets == 1
    assert report.pushed_rows == 2
    run_sync(b, registry.url, "bolat")
    assert value(b, "SELECT p.cadastral_number FROM encumbrances e JOIN parcels p ON p.uid = e.parcel_uid "
                    "WHERE e.uid = ?", (encumbrance,)) == "19-245-997-0001"
    assert value(b, "PRAGMA foreign_key_check") is None
