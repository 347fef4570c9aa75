"""The shared row rules (domain/row_rules) agree with the cache's schema, and every demo row passes them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np
import pytest
import shapely

from landdesk.domain.replication import SYNCED_TABLES, local_columns
from landdesk.domain.row_rules import MAX_VERTICES, TABLES, row_problems
from landdesk.storage.connection import open_cache
from landdesk.sync.journal import read_row

if TYPE_CHECKING:
    from pathlib import Path

_KINDS = {"TEXT": {"text", "json"}, "INTEGER": {"integer", "flag"}, "REAL": {"real"}}


def test_every_synced_table_has_rules_matching_its_columns(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        connection = cache.connection
        for tbl in SYNCED_TABLES:
            rules = TABLES[tbl]
            info = [r for r in connection.execute(f'PRAGMA table_info("{tbl}")') if r[1] not in local_columns(tbl)]
            assert [c.name for c in rules.columns] == [r[1] for r in info], tbl
            sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (tbl,)).fetchone()[0]
            for _cid, name, declared, notnull, default, _pk in info:
                column = rules.column(name)
                assert column is not None
                assert column.kind in _KINDS[declared], (tbl, name)
                assert column.required == bool(notnull and default is None), (tbl, name)
                assert (column.required or not column.nullable) == bool(notnull), (tbl, name)
                coded = re.search(rf"\b{name}\b[^,]*CHECK \({name} (?:IS NULL OR {name} )?IN \(([^)]*)\)", sql)
                if coded and column.kind != "flag":     # a flag's (0, 1) is its kind
                    assert column.choices == {v.strip(" '") for v in coded.group(1).split(",")}, (tbl, name)
            geometry = connection.execute("SELECT geometry_type FROM geometry_columns WHERE f_table_name = ?",
                                          (tbl,)).fetchone()
            assert (rules.geometry is not None) == (geometry is not None), tbl


def test_every_row_of_the_demo_district_passes(demo_template_readonly: Path) -> None:
    with open_cache(demo_template_readonly, read_only=True) as cache:
        connection = cache.connection
        extent = connection.execute("SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) "
                                    "FROM district").fetchone()
        for tbl in SYNCED_TABLES:
            for (uid,) in connection.execute(f'SELECT uid FROM "{tbl}"').fetchall():
                row = read_row(connection, tbl, uid)
                assert row is not None
                assert row_problems(tbl, uid, row.attrs, row.wkb, extent=extent) == []


_PARCEL = {"cadastral_number": "19-245-001-001", "region_code": "19", "district_code": "245",
           "quarter_code": "001", "plot_no": "001", "category": next(iter(TABLES["parcels"].column("category")
                                                                             .choices or [])),
           "purpose": next(iter(TABLES["parcels"].column("purpose").choices or [])),
           "right_type": next(iter(TABLES["parcels"].column("right_type").choices or [])),
           "status": next(iter(TABLES["parcels"].column("status").choices or []))}
_SQUARE = shapely.to_wkb(shapely.box(500_000, 4_800_000, 500_050, 4_800_050), flavor="iso")


def _circle(points: int) -> shapely.Polygon:
    angles = np.linspace(0, 2 * np.pi, points, endpoint=False)
    return shapely.Polygon(np.column_stack([500_000 + 50 * np.cos(angles), 4_800_000 + 50 * np.sin(angles)]))


_EXTENT = (490_000.0, 4_790_000.0, 510_000.0, 4_810_000.0)


@pytest.mark.parametrize(("attrs", "wkb", "field", "code"), [
    ({"cadastral_number": "19-245-001-001", "purpose": _PARCEL["purpose"]}, _SQUARE, "region_code", "bad_value"),
    ({**_PARCEL, "area_official_m2": float("nan")}, _SQUARE, "area_official_m2", "bad_value"),
    ({**_PARCEL, "area_official_m2": float("inf")}, _SQUARE, "area_official_m2", "bad_value"),
    ({**_PARCEL, "area_official_m2": "12"}, _SQUARE, "area_official_m2", "bad_value"),
    ({**_PARCEL, "wkb": "00"}, _SQUARE, "wkb", "unknown_field"),
    ({**_PARCEL, "version": 3}, _SQUARE, "version", "unknown_field"),
    ({**_PARCEL, "cadastral_number": "19-245"}, _SQUARE, "cadastral_number", "bad_value"),
    ({**_PARCEL, "holder_iin": "123456789012"}, _SQUARE, "holder_iin", "bad_value"),
    ({**_PARCEL, "status": "STOLEN"}, _SQUARE, "status", "bad_value"),
    ({**_PARCEL, "divisible": None}, _SQUARE, "divisible", "bad_value"),
    ({**_PARCEL, "divisible": 2}, _SQUARE, "divisible", "bad_value"),
    (_PARCEL, shapely.to_wkb(shapely.Point(500_000, 4_800_000), flavor="iso"), "geom", "bad_geometry"),
    (_PARCEL, shapely.to_wkb(shapely.Polygon([(500_000, 4_800_000, 1), (500_010, 4_800_000, 1),
                                               (500_010, 4_800_010, 1)]), flavor="iso"), "geom", "bad_geometry"),
    (_PARCEL, shapely.to_wkb(shapely.box(76.9, 43.2, 77.0, 43.3), flavor="iso"), "geom", "bad_geometry"),
    (_PARCEL, shapely.to_wkb(_circle(MAX_VERTICES + 10), flavor="iso"), "geom", "bad_geometry"),
    (_PARCEL, shapely.to_wkb(shapely.Polygon([(500_000, 4_800_000), (500_010, 4_800_010), (500_010, 4_800_000),
                                               (500_000, 4_800_010)]), flavor="iso"), "geom", "bad_geometry"),
    (_PARCEL, b"\x01\x02", "geom", "bad_geometry"),
    (_PARCEL, None, "geom", "bad_geometry"),
])
def test_each_kind_of_bad_parcel_is_named_by_field(attrs: dict[str, object], wkb: bytes | None, field: str,
                                                   code: str) -> None:
    problems = row_problems("parcels", "u", attrs, wkb, extent=_EXTENT)
    assert (field, code) in [(p.field, p.code) for p in problems]
    assert all(str(p.text) for p in problems)


def test_a_good_parcel_passes() -> None:
    assert row_problems("parcels", "u", _PARCEL, _SQUARE, extent=_EXTENT) == []
