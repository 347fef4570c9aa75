"""Intake (issue 16): one validation for the portal, the dialog and `landdesk lodge`; a printed application
lodges again as a new one; the portal's id makes a second sending harmless."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from landdesk.domain.intake import IntakeInvalid, reasons
from landdesk.services.application_facts import application_facts
from landdesk.services.intake import lodge
from landdesk.services.lifecycle import withdraw
from landdesk.storage import open_cache
from tests.procedure_walk import OFFICER

if TYPE_CHECKING:
    from pathlib import Path

TODAY = date(2026, 11, 20)


def _printed(path: Path) -> tuple[str, dict[str, Any]]:
    """A clean pending application as `landdesk application --json` prints it, its original withdrawn so its
    parcel is free again, and its number and portal id removed."""
    with open_cache(path) as cache:
        number = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' AND "
                                              "built_for = 'PASS' ORDER BY number LIMIT 1").fetchone()[0])
        facts = application_facts(cache, number, TODAY)
        withdraw(cache, number, OFFICER, "the applicant asked", TODAY)
    facts.pop("number")
    facts.pop("portal_id")
    return number, json.loads(json.dumps(facts))


def test_a_printed_application_lodges_as_a_new_one_with_its_schedule(demo_cache_file: Path) -> None:
    original, data = _printed(demo_cache_file)
    with open_cache(demo_cache_file) as cache:
        journal_before = cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0]
        lodged = lodge(cache, data, OFFICER, TODAY)
        assert lodged.created
        assert lodged.number != original
        facts = application_facts(cache, lodged.number, TODAY)
        assert facts["state"] == "RECEIVED"
        assert facts["received_on"] == data["received_on"]
        assert facts["due_on"] == lodged.due_on.isoformat()  # type: ignore[union-attr]
        assert [s["code"] for s in facts["steps"]] == list(lodged.steps)
        assert lodged.steps
        assert all(s["status"] == "OPEN" and s["due_on"] for s in facts["steps"])
        for key in ("track", "applicant", "purpose", "right", "free_grant", "area_m2", "parcel", "geometry"):
            assert facts[key] == data[key], key
        assert facts["prechecks"]
        assert all(c["status"] != "fail" for c in facts["prechecks"]), facts["prechecks"]
        once = next(c for c in facts["prechecks"] if c["code"] == "free_grant_once")
        assert once["status"] == ("warning" if data["free_grant"] else "pass")     # to confirm at the next sync
        assert "approve" not in facts["allowed"]
        assert "refuse" in facts["allowed"]
        assert cache.connection.execute("SELECT status FROM parcels WHERE cadastral_number = ?",
                                        (data["parcel"],)).fetchone()[0] == "UNDER_APPLICATION"
        # journaled like any edit, so it syncs
        assert cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0] == journal_before + 1
        assert cache.connection.execute("SELECT kind, user_id FROM sync_op ORDER BY rowid DESC LIMIT 1"
                                        ).fetchone() == ("application.lodge", OFFICER)


def test_the_portal_sending_twice_registers_once(demo_cache_file: Path) -> None:
    _original, data = _printed(demo_cache_file)
    data["portal_id"] = "EGOV-2026-000123"
    with open_cache(demo_cache_file) as cache:
        first = lodge(cache, data, "portal", TODAY)
        again = lodge(cache, data, "portal", TODAY)
        assert first.created
        assert not again.created
        assert again.number == first.number
        assert cache.connection.execute("SELECT count(*) FROM applications WHERE portal_id = ?",
                                        ("EGOV-2026-000123",)).fetchone()[0] == 1


@pytest.mark.parametrize(("change", "field", "said"), [
    ({"track": "D"}, "track", "is not one of"),
    ({"applicant": {"name": "Ким", "iin": "950302434536"}}, "applicant.iin", "check digit"),
    ({"applicant": {"iin": "950302434535"}}, "applicant.name", "required"),
    ({"purpose": "CASINO"}, "purpose", "is not one of"),
    ({"right": "STATE"}, "right", "state land"),
    ({"area_m2": float("nan")}, "area_m2", "must be a number"),
    ({"area_m2": 99.0}, "area_m2", "the plot drawn is"),
    ({"free_grant": "yes"}, "free_grant", "true or false"),
    ({"right": "LEASE_LONG", "free_grant": True}, "free_grant", "cannot be"),
    ({"geometry": {"type": "Point", "coordinates": [1, 2]}}, "geometry", "not a polygon"),
    ({"geometry": {"type": "Polygon", "coordinates": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}},
     "geometry", "not valid"),
    ({"geometry": None, "parcel": None}, "geometry", "draw the plot"),
    ({"parcel": "19-245-999-999", "geometry": None}, "parcel", "no parcel"),
    ({"received_on": "2027-01-01"}, "received_on", "in the future"),
    ({"lease_years": 70}, "lease_years", "whole number"),
    ({"number": "2026-0001"}, "number", "remove it"),
    ({"documents": "passport"}, "documents", "list"),
])
def test_each_wrong_field_is_named_and_nothing_is_saved(demo_cache_file: Path, change: dict[str, Any], field: str,
                                                        said: str) -> None:
    _original, data = _printed(demo_cache_file)
    data.update(change)
    with open_cache(demo_cache_file) as cache:
        before = cache.connection.execute("SELECT count(*) FROM applications").fetchone()[0]
        with pytest.raises(IntakeInvalid) as refused:
            lodge(cache, data, OFFICER, TODAY)
        assert field in reasons(refused.value), refused.value.what_happened()
        assert said in str(reasons(refused.value)[field]), refused.value.what_happened()
        assert cache.connection.execute("SELECT count(*) FROM applications").fetchone()[0] == before


def test_a_plot_in_another_crs_is_taken_into_the_districts(demo_cache_file: Path) -> None:
    from pyproj import Transformer
    from shapely.geometry import mapping, shape

    _original, data = _printed(demo_cache_file)
    with open_cache(demo_cache_file, read_only=True) as cache:
        srid = cache.srid
    to_wgs = Transformer.from_crs(srid, 4326, always_xy=True)
    import shapely
    plot = shape(data["geometry"])
    data["geometry"] = mapping(shapely.transform(plot, lambda xy: __import__("numpy").column_stack(
        to_wgs.transform(xy[:, 0], xy[:, 1]))))
    data["geometry_crs"] = "EPSG:4326"
    with open_cache(demo_cache_file) as cache:
        lodged = lodge(cache, data, OFFICER, TODAY)
        back = shape(application_facts(cache, lodged.number, TODAY)["geometry"])
    assert back.symmetric_difference(plot).area < 0.01


def test_a_plain_polygon_is_registered_as_the_cadastres_multipolygon(demo_cache_file: Path) -> None:
    from shapely.geometry import mapping, shape

    _original, data = _printed(demo_cache_file)
    plot = shape(data["geometry"])
    data["geometry"] = mapping(plot.geoms[0] if plot.geom_type == "MultiPolygon" else plot)
    assert data["geometry"]["type"] == "Polygon"
    with open_cache(demo_cache_file) as cache:
        lodged = lodge(cache, data, OFFICER, TODAY)
        assert application_facts(cache, lodged.number, TODAY)["geometry"]["type"] == "MultiPolygon"
