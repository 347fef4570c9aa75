"""Transactions, migrations, append-only tables, bulk loading and geometry round trips on real caches."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import numpy as np
import pytest
import shapely

from landdesk.domain.geometry import multipolygon_wkb
from landdesk.storage import open_cache
from landdesk.storage.bulk import bulk_load
from landdesk.storage.features import read_features
from landdesk.storage.migrations import LATEST_VERSION, MIGRATIONS, Migration
from landdesk.storage.migrations.m0001_init import GEOMETRY_COLUMNS
from landdesk.storage.render_copy import SOURCES, layer_generation, load_layer, read_layer, save_copy

if TYPE_CHECKING:
    from pathlib import Path

PARCEL_COLUMNS = ("uid", "cadastral_number", "region_code", "district_code", "quarter_code", "plot_no", "category",
                  "purpose", "right_type", "status", "updated_at", "geom")


def _parcel(uid: str, number: str, geometry: shapely.Geometry) -> tuple[object, ...]:
    return (uid, number, "19", "245", number[7:10], number[11:], "SETTLEMENT", "IZHS", "PRIVATE_OWNERSHIP",
            "REGISTERED", "2026-01-01T00:00:00.000Z", multipolygon_wkb(geometry))


def test_transactions_nest_and_roll_back_as_one(empty_cache_file: Path) -> None:
    with open_cache(empty_cache_file) as cache:
        def failing_edit() -> None:
            with cache.transaction() as outer:
                outer.execute("INSERT INTO cache_meta VALUES ('a', '1')")
                with cache.transaction() as inner:
                    inner.execute("INSERT INTO cache_meta VALUES ('b', '2')")
                raise RuntimeError("the officer's edit failed halfway")

        with pytest.raises(RuntimeError):
            failing_edit()
        assert cache.connection.execute("SELECT count(*) FROM cache_meta WHERE key IN ('a','b')").fetchone()[0] == 0
        with cache.transaction() as outer:
            outer.execute("INSERT INTO cache_meta VALUES ('a', '1')")
            with cache.transaction() as inner:
                inner.execute("INSERT INTO cache_meta VALUES ('b', '2')")
    with open_cache(empty_cache_file) as cache:
        assert cache.connection.execute("SELECT count(*) FROM cache_meta WHERE key IN ('a','b')").fetchone()[0] == 2


def _add_notes(connection: sqlite3.Connection, srid: int) -> None:
    connection.execute("CREATE TABLE notes (fid INTEGER PRIMARY KEY, text TEXT)")


def _broken(connection: sqlite3.Connection, srid: int) -> None:
    connection.execute("CREATE TABLE half_done (x)")
    raise sqlite3.OperationalError("no such function: MadeUp")


def test_an_older_cache_is_migrated_on_open(empty_cache_file: Path) -> None:
    newer = (*MIGRATIONS, Migration(LATEST_VERSION + 1, "notes", _add_notes))
    with open_cache(empty_cache_file, migrations=newer) as cache:
        assert cache.schema_version == LATEST_VERSION + 1
        cache.connection.execute("SELECT count(*) FROM notes").fetchone()
    with open_cache(empty_cache_file, migrations=newer) as cache:   # applied once only
        assert cache.schema_version == LATEST_VERSION + 1


def test_a_failing_migration_leaves_the_cache_as_it_was(empty_cache_file: Path) -> None:
    newer = (*MIGRATIONS, Migration(LATEST_VERSION + 1, "broken", _broken))
    with pytest.raises(sqlite3.OperationalError):
        open_cache(empty_cache_file, migrations=newer)
    with open_cache(empty_cache_file) as cache:
        assert cache.schema_version == LATEST_VERSION
        tables = {r[0] for r in cache.connection.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables


def test_geometry_columns_are_registered_for_qgis(empty_cache_file: Path) -> None:
    with open_cache(empty_cache_file) as cache:
        registered = {(r[0], r[1], r[2]) for r in cache.connection.execute(
            "SELECT f_table_name, f_geometry_column, srid FROM geometry_columns")}
        assert registered == {(t, c, 32642) for t, c, _k in GEOMETRY_COLUMNS}
        for table, column, _kind in GEOMETRY_COLUMNS:
            assert cache.connection.execute("SELECT CheckSpatialIndex(?, ?)", (table, column)).fetchone()[0] == 1


def test_geometry_round_trip_keeps_holes_and_precision(empty_cache_file: Path) -> None:
    with_hole = shapely.Polygon(
        [(530000.125, 4715000.5), (530040.0, 4715000.5), (530040.0, 4715050.0), (530000.125, 4715050.0)],
        holes=[[(530010.0, 4715010.0), (530020.0, 4715010.0), (530020.0, 4715020.0), (530010.0, 4715020.0)]],
    )
    two_parts = shapely.MultiPolygon([shapely.box(530100, 4715000, 530120, 4715050),
                                      shapely.box(530130, 4715000, 530150, 4715050)])
    with open_cache(empty_cache_file) as cache:
        with bulk_load(cache, ["parcels"]) as writer:
            writer.insert("parcels", PARCEL_COLUMNS, [_parcel("p1", "19-245-001-001", with_hole),
                                                      _parcel("p2", "19-245-001-002", two_parts)])
        features = read_features(cache, "parcels", columns=("cadastral_number",))
        by_uid = dict(zip(features.uids, features.geometries, strict=True))
        assert shapely.equals_exact(by_uid["p1"], shapely.MultiPolygon([with_hole]), tolerance=0)
        assert shapely.equals_exact(by_uid["p2"], two_parts, tolerance=0)
        assert cache.connection.execute("SELECT ST_Area(geom) FROM parcels WHERE uid='p1'").fetchone()[0] == \
            pytest.approx(with_hole.area)
        only_second = read_features(cache, "parcels", bbox=(530125, 4715010, 530126, 4715011))
        assert only_second.uids == ["p2"]
        assert cache.connection.execute("SELECT CheckSpatialIndex('parcels', 'geom')").fetchone()[0] == 1


def test_a_failed_bulk_load_leaves_no_rows_and_keeps_spatialite_triggers(empty_cache_file: Path) -> None:
    with open_cache(empty_cache_file) as cache:
        triggers_before = cache.connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND tbl_name='parcels'").fetchone()[0]
        line = shapely.LineString([(530000, 4715000), (530010, 4715010)])
        bad = (*_parcel("p1", "19-245-001-001", shapely.box(0, 0, 1, 1))[:-1], shapely.to_wkb(line))
        with pytest.raises(ValueError, match="expected MULTIPOLYGON"), bulk_load(cache, ["parcels"]) as writer:
            writer.insert("parcels", PARCEL_COLUMNS, [bad])
        assert cache.connection.execute("SELECT count(*) FROM parcels").fetchone()[0] == 0
        triggers_after = cache.connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='trigger' AND tbl_name='parcels'").fetchone()[0]
        assert triggers_after == triggers_before == 8 + 3 + 7   # SpatiaLite's, the layer generation's and the journal's
        with pytest.raises(sqlite3.IntegrityError, match="violates Geometry constraint"), \
                cache.operation("test", "tester") as tx:
            tx.execute("INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, plot_no,"
                       " category, purpose, right_type, status, updated_at, geom) VALUES ('x', '19-245-001-009', '19',"
                       " '245', '001', '009', 'AGRI', 'FARM', 'STATE', 'FREE', 'now', GeomFromWKB(?, 32642))",
                       (shapely.to_wkb(line),))


def test_decisions_and_audit_log_are_append_only(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        for sql in ("UPDATE decisions SET motivation = 'changed'", "DELETE FROM decisions",
                    "UPDATE audit_log SET user_name = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"), cache.operation("test", "tester") as tx:
                tx.execute(sql)
        with cache.operation("test", "tester") as tx:   # the sync bookkeeping column may still change
            tx.execute("UPDATE decisions SET row_version = 7 WHERE seq = 1")


def test_check_constraints_reject_unknown_codes(empty_cache_file: Path) -> None:
    row = list(_parcel("p1", "19-245-001-001", shapely.box(0, 0, 1, 1)))
    row[6] = "MOON"
    with open_cache(empty_cache_file) as cache, pytest.raises(sqlite3.IntegrityError, match="CHECK"), \
            bulk_load(cache, ["parcels"]) as writer:
        writer.insert("parcels", PARCEL_COLUMNS, [tuple(row)])


def test_any_change_makes_the_stored_render_copy_stale(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        stored = load_layer(cache, "parcels")          # the demo build stored it
        assert stored.generation == layer_generation(cache, "parcels")
        fid = int(stored.fids[0])
        with cache.operation("test", "tester") as tx:
            tx.execute("UPDATE parcels SET status = 'SEIZED' WHERE fid = ?", (fid,))
        assert layer_generation(cache, "parcels") == stored.generation + 1
        fresh = load_layer(cache, "parcels")
        index = fresh.index_of(fid)
        assert index is not None
        assert fresh.class_values["status"][fresh.classes["status"][index]] == "SEIZED"
        assert len(fresh) == len(stored)
        np.testing.assert_array_equal(np.sort(fresh.fids), np.sort(stored.fids))
        zones_before = layer_generation(cache, "plan_zones")
        with cache.operation("test", "tester") as tx:     # zones are drawn by their plan's status
            tx.execute("UPDATE plans SET status = 'DRAFT'")
        assert layer_generation(cache, "plan_zones") > zones_before


def test_a_render_copy_round_trips_every_layer(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        for layer in SOURCES:
            built = read_layer(cache, layer)
            save_copy(cache, built)
            loaded = load_layer(cache, layer)
            np.testing.assert_array_equal(loaded.coords, built.coords)
            np.testing.assert_array_equal(loaded.feature_rings, built.feature_rings)
            assert loaded.labels == built.labels
            assert loaded.class_values == built.class_values
            assert shapely.equals(loaded.geometries(), built.geometries()).all()
            count = cache.connection.execute(
                f'SELECT count(*) FROM "{layer}" WHERE is_deleted = 0 AND geom IS NOT NULL').fetchone()[0]
            assert len(loaded) == count
