"""Each plan data-quality rule fires on a crafted defect, names the feature and the numbers, and the demo's
plans (clean by construction) give no finding at all."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest

from landdesk.services.plan_check import RULES, check_plans
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

DPP = "ПДП микрорайона Самал-3"
GP = "Генеральный план г. Кенарык"


def _findings(path: Path, plan: str = DPP) -> list[Any]:
    with open_cache(path, read_only=True) as cache:
        [report] = check_plans(cache, plan)
    return list(report.findings)


def _change(path: Path, sql: str, params: tuple[Any, ...] = (), *, legacy: bool = False) -> None:
    """An edit; `legacy`: data the shared row rules now refuse at the edit (a zone in degrees, a bow tie far
    from the district), as a plan loaded before those rules holds it — the plan check must still find it."""
    with open_cache(path) as cache, cache.operation("test.plan", "tester", check_rules=not legacy) as tx:
        tx.execute(sql, params)


def _zone(path: Path, plan: str = DPP, offset: int = 0) -> tuple[str, str]:
    with open_cache(path, read_only=True) as cache:
        row = cache.connection.execute(
            "SELECT z.uid, z.zone_code FROM plan_zones z JOIN plans p ON p.uid = z.plan_uid WHERE p.name = ? "
            "AND z.zone_code LIKE 'Ж%' ORDER BY z.zone_code LIMIT 1 OFFSET ?", (plan, offset)).fetchone()
    return str(row[0]), str(row[1])


def test_the_demo_plans_are_clean_and_every_rule_ran(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file, read_only=True) as cache:
        reports = check_plans(cache)
    assert [r.name for r in reports][:2] == [DPP, GP] or {r.name for r in reports} >= {DPP, GP}
    assert [f for r in reports for f in r.findings] == []
    assert len(RULES) >= 10


def test_an_invalid_outline(demo_cache_file: Path) -> None:
    uid, code = _zone(demo_cache_file)
    _change(demo_cache_file, "UPDATE plan_zones SET geom = CastToMultiPolygon(GeomFromText('POLYGON((0 0, 10 10, "
            "10 0, 0 10, 0 0))', Srid(geom))) WHERE uid = ?", (uid,), legacy=True)                       # a bow tie
    found = [f for f in _findings(demo_cache_file) if f.rule == "PLAN-GEOMETRY"]
    assert [(f.feature_uid, str(f.feature)) for f in found] == [(uid, f"zone {code}")]
    assert "Self-intersection" in found[0].message


def test_a_zone_outside_the_district_and_one_in_degrees(demo_cache_file: Path) -> None:
    far, _ = _zone(demo_cache_file)
    degrees, _ = _zone(demo_cache_file, offset=1)
    _change(demo_cache_file, "UPDATE plan_zones SET geom = ST_Multi(ST_Translate(geom, 300000, 0, 0)) WHERE uid = ?",
            (far,), legacy=True)
    _change(demo_cache_file, "UPDATE plan_zones SET geom = CastToMultiPolygon(GeomFromText('POLYGON((69.30 42.60, "
            "69.31 42.60, 69.31 42.61, 69.30 42.61, 69.30 42.60))', Srid(geom))) WHERE uid = ?", (degrees,),
            legacy=True)
    found = {f.feature_uid: f for f in _findings(demo_cache_file) if f.rule == "PLAN-EXTENT"}
    assert set(found) == {far, degrees}
    assert "another CRS or zone" in found[far].message
    assert "look like degrees" in found[degrees].message


def test_overlapping_zones_and_the_gap_one_leaves(demo_cache_file: Path) -> None:
    uid, code = _zone(demo_cache_file)
    _change(demo_cache_file, "UPDATE plan_zones SET geom = ST_Multi(ST_Translate(geom, 12, 0, 0)) WHERE uid = ?",
            (uid,))
    found = _findings(demo_cache_file)
    overlaps = [f for f in found if f.rule == "PLAN-OVERLAP"]
    assert overlaps
    assert all(code in (str(f.feature) + str(f.message)) for f in overlaps)
    assert all(f.numbers["overlap_m2"] > 1 for f in overlaps)
    gaps = [f for f in found if f.rule == "PLAN-GAP"]
    assert len(gaps) == 1                          # the 12 m strip it moved off
    assert gaps[0].numbers["gap_m2"] > 100
    assert gaps[0].geometry is not None


def test_a_zone_without_type_or_purposes(demo_cache_file: Path) -> None:
    uid, code = _zone(demo_cache_file)
    _change(demo_cache_file, "UPDATE plan_zones SET zone_type = NULL, permitted_purposes = '[]' WHERE uid = ?", (uid,))
    [found] = [f for f in _findings(demo_cache_file) if f.rule == "PLAN-ZONE-ATTRIBUTES"]
    assert str(found.feature) == f"zone {code}"
    assert "no zone type and no permitted purposes" in found.message


def test_a_broken_red_line_and_one_through_a_parcel(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file, read_only=True) as cache:
        plan_uid = cache.connection.execute("SELECT uid FROM plans WHERE name = ?", (DPP,)).fetchone()[0]
        x, y, parcel = cache.connection.execute(
            "SELECT X(Centroid(r.geom)), Y(Centroid(r.geom)), r.cadastral_number FROM parcels r, plans p WHERE "
            "p.uid = ? AND r.status = 'REGISTERED' AND ST_Within(Centroid(r.geom), p.geom) ORDER BY r.fid LIMIT 1",
            (plan_uid,)).fetchone()
    far_x, far_y = x + 5000, y + 5000               # open land: the two pieces meet nothing else
    pieces = [("ул. Новая", f"LINESTRING({far_x} {far_y}, {far_x + 100} {far_y})"),
              ("ул. Новая", f"LINESTRING({far_x + 100.8} {far_y}, {far_x + 200} {far_y})"),   # 0.8 m short
              ("ул. Сквозная", f"LINESTRING({x - 40} {y}, {x + 40} {y})")]                    # through a parcel
    for n, (street, wkt) in enumerate(pieces):
        _change(demo_cache_file, "INSERT INTO red_lines (uid, plan_uid, street, updated_at, geom) VALUES "
                "(?, ?, ?, '2026-11-25', GeomFromText(?, 32642))",
                (f"00000000-0000-4000-8000-00000000000{n}", plan_uid, street, wkt))
    found = _findings(demo_cache_file)
    broken = [f for f in found if f.rule == "PLAN-RED-LINE-CONTINUOUS"]
    assert len(broken) == 2                         # each piece's end at the break
    assert all(f.numbers["gap_m"] == pytest.approx(0.8) for f in broken)
    [cut] = [f for f in found if f.rule == "PLAN-RED-LINE-CUTS-PARCEL"]
    assert parcel in cut.message
    assert str(cut.feature) == "red line ул. Сквозная"
    assert cut.numbers["length_m"] > 5


def test_a_zone_that_contradicts_its_registered_parcels(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file, read_only=True) as cache:
        uid, code, count = cache.connection.execute(
            "SELECT z.uid, z.zone_code, count(*) FROM plan_zones z JOIN plans p ON p.uid = z.plan_uid JOIN parcels r "
            "ON r.status = 'REGISTERED' AND r.purpose = 'IZHS' AND ST_Within(Centroid(r.geom), z.geom) "
            "WHERE p.name = ? GROUP BY z.uid ORDER BY count(*) DESC LIMIT 1", (GP,)).fetchone()
    _change(demo_cache_file, "UPDATE plan_zones SET permitted_purposes = '[\"INDUSTRIAL\"]' WHERE uid = ?", (uid,))
    [found] = [f for f in _findings(demo_cache_file, GP) if f.rule == "PLAN-ZONE-CONTRADICTS-PARCEL"]
    assert str(found.feature) == f"zone {code}"
    assert "does not permit IZhS" in found.message
    assert found.numbers["parcels"] >= count * 0.9


def test_an_approved_plan_without_its_act(demo_cache_file: Path) -> None:
    _change(demo_cache_file, "UPDATE plans SET approval_act_number = NULL WHERE name = ?", (DPP,))
    [found] = [f for f in _findings(demo_cache_file) if f.rule == "PLAN-APPROVAL"]
    assert "no approval act number" in found.message


def test_check_plan_from_the_command_line(demo_cache_file: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "landdesk", "check-plan", str(demo_cache_file), *args],
                              capture_output=True, text=True, check=False, timeout=120)

    clean = run()
    assert clean.returncode == 0, clean.stderr
    assert f"{DPP} (dpp, approved; 49 zones" in clean.stdout
    _change(demo_cache_file, "UPDATE plans SET approval_act_date = NULL WHERE name = ?", (DPP,))
    found = run("--plan", DPP, "--json")
    assert found.returncode == 1
    [report] = [json.loads(line) for line in found.stdout.splitlines()]
    assert [f["rule"] for f in report["findings"]] == ["PLAN-APPROVAL"]
    assert report["findings"][0]["title"] == RULES["PLAN-APPROVAL"].title
    unknown = run("--plan", "no such plan")
    assert unknown.returncode == 2
    assert "no plan 'no such plan'" in unknown.stderr


def test_a_zone_reaching_beyond_its_plan(demo_cache_file: Path) -> None:
    uid, code = _zone(demo_cache_file)
    _change(demo_cache_file, "UPDATE plan_zones SET geom = ST_Multi(ST_Buffer(geom, 30.0)) WHERE uid = ?", (uid,))
    found = [f for f in _findings(demo_cache_file) if f.rule == "PLAN-ZONE-OUTSIDE"]
    assert [str(f.feature) for f in found] == [f"zone {code}"]
    assert found[0].numbers["outside_m2"] > 100
