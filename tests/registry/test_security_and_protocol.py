"""Across the wire: sign-in, token expiry, district scope, roles, validation, size limits, idempotent pushes,
schema versions, OGC API – Features and the resumable snapshot. Against both backends."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from typing import TYPE_CHECKING, Any

import pytest

from landdesk.registry.auth import token_digest
from landdesk.registry.backends import open_store
from landdesk.storage.connection import open_cache
from landdesk.sync.client import Registry, SyncError
from landdesk.sync.journal import freeze, frozen_changesets
from landdesk.sync.protocol import sha256_hex
from tests.registry.conftest import PASSWORD
from tests.registry.helpers import DISTRICT, a_parcel, cloned, edit, http, run_sync, token, value

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry


def _changeset(path: Path) -> bytes:
    """A frozen changeset of one address edit, as the cache would send it."""
    edit(path, "UPDATE parcels SET address = 'frozen' WHERE uid = ?", (a_parcel(path),))
    with open_cache(path) as cache:
        freeze(cache, DISTRICT)
        [(_id, payload)] = frozen_changesets(cache)
    return payload


def _push(registry: RunningRegistry, payload: bytes, user: str = "aida") -> tuple[int, Any]:
    return http("POST", f"{registry.url}/sync/changesets", payload, token(registry.url, user),
                {"x-payload-sha256": sha256_hex(payload) or ""})


def test_sign_in_needs_the_right_password_and_every_request_a_token(registry: RunningRegistry) -> None:
    status, body = http("POST", f"{registry.url}/auth/token", {"user": "aida", "password": "wrong"})
    assert (status, body["error"]) == (401, "bad_credentials")
    status, body = http("POST", f"{registry.url}/auth/token", {"user": "nobody", "password": PASSWORD})
    assert status == 401
    status, body = http("GET", f"{registry.url}/sync/changes")
    assert (status, body["error"]) == (401, "no_token")
    assert "Authorization: Bearer" in body["what_to_do"]
    status, body = http("GET", f"{registry.url}/collections/parcels/items", token="made-up")
    assert status == 401


def test_gis_tools_may_use_http_basic_and_are_challenged_for_it(registry: RunningRegistry) -> None:
    import base64

    good = "Basic " + base64.b64encode(f"aida:{PASSWORD}".encode()).decode()
    bad = "Basic " + base64.b64encode(b"aida:wrong").decode()
    status, page = http("GET", f"{registry.url}/collections/parcels/items?limit=2", headers={"authorization": good})
    assert (status, len(page["features"])) == (200, 2)
    status, body = http("GET", f"{registry.url}/collections/parcels/items", headers={"authorization": bad})
    assert (status, body["error"]) == (401, "bad_credentials")
    import urllib.error
    import urllib.request
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(f"{registry.url}/collections", timeout=10)
    challenge = caught.value.headers["www-authenticate"]
    caught.value.close()
    assert challenge == 'Basic realm="LandDesk registry"'


def test_an_expired_token_is_refused(registry: RunningRegistry) -> None:
    store = open_store(str(registry.data), registry.database)
    store.add_token(token_digest("old-token"), "aida", time.time() - 1)
    store.close()
    status, body = http("GET", f"{registry.url}/sync/info", token="old-token")
    assert (status, body["error"]) == (401, "token_expired")


def test_passwords_are_stored_as_a_slow_salted_hash(registry: RunningRegistry) -> None:
    store = open_store(str(registry.data), registry.database)
    found = store.user_with_hash("aida")
    store.close()
    assert found is not None
    stored = found[1]
    assert stored.startswith("scrypt$16384$8$1$")
    assert PASSWORD not in stored


def test_an_officer_of_another_district_can_neither_read_nor_write(registry: RunningRegistry,
                                                                    tmp_path: Path) -> None:
    other = token(registry.url, "other")
    status, body = http("GET", f"{registry.url}/sync/changes?district={DISTRICT}", token=other)
    assert (status, body["error"]) == (403, "wrong_district")
    assert body["params"] == {"user": "other", "district": "19-246", "wanted": DISTRICT}
    status, _ = http("GET", f"{registry.url}/sync/snapshot?district={DISTRICT}", token=other)
    assert status == 403
    status, body = http("GET", f"{registry.url}/collections/parcels/items", token=other)
    assert (status, body["features"]) == (200, [])                    # its own district is empty here
    with pytest.raises(SyncError, match="other works in district 19-246, not 19-245") as refused:
        cloned(registry.url, tmp_path / "x.sqlite", "other")
    assert refused.value.error == "wrong_district"  # type: ignore[attr-defined]
    payload = _changeset(cloned(registry.url, tmp_path / "a.sqlite"))
    status, body = _push(registry, payload, "other")
    assert (status, body["error"]) == (403, "wrong_district")


def test_an_auditor_cannot_write_and_an_architect_cannot_decide(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    payload = _changeset(a)
    status, body = _push(registry, payload, "gulnar")
    assert (status, body["error"]) == (403, "read_only_role")
    status, body = _push(registry, payload, "erlan")
    assert (status, body["error"]) == (403, "planning_only")
    status, body = _push(registry, payload, "dana")                    # the head may
    assert status == 200


def test_only_an_officer_or_head_records_a_decision(registry: RunningRegistry, tmp_path: Path) -> None:
    from datetime import date

    from landdesk.services.decisions import RefuseApplication, refuse
    a = cloned(registry.url, tmp_path / "a.sqlite")
    number = value(a, "SELECT number FROM applications WHERE status = 'RECEIVED' ORDER BY number LIMIT 1")
    with open_cache(a) as cache:
        refuse(cache, RefuseApplication(number, ("R-INCOMPLETE",), "incomplete", "erlan", date(2026, 11, 20),
                                        justification="documents missing"))
        freeze(cache, DISTRICT)
        [(_id, payload)] = frozen_changesets(cache)
    status, body = _push(registry, payload, "erlan")
    assert (status, body["error"]) == (403, "cannot_decide")


@pytest.mark.parametrize(("body", "status", "error"), [
    (b"{not json", 400, "bad_request"),
    (b'{"schema_version": 3, "district": "19-245", "groups": []}', 400, "bad_request"),
    (b'{"schema_version": 3, "district": "19-245", "changeset_id": "' + str(uuid.uuid4()).encode() +
     b'", "device_id": "' + str(uuid.uuid4()).encode() + b'", "groups": [{"group_id": "' +
     str(uuid.uuid4()).encode() + b'", "rows": [{"tbl": "parcels; DROP TABLE x", "uid": "' +
     str(uuid.uuid4()).encode() + b'", "action": "update", "base_version": 1}]}]}', 400, "bad_request"),
])
def test_a_malformed_push_gets_a_clear_400_and_changes_nothing(registry: RunningRegistry, body: bytes, status: int,
                                                               error: str) -> None:
    answer_status, answer = http("POST", f"{registry.url}/sync/changesets", body, token(registry.url))
    assert (answer_status, answer["error"]) == (status, error)
    assert answer["message"]
    assert answer["what_to_do"]


def test_a_push_over_the_size_limit_is_refused_before_it_is_read(registry: RunningRegistry) -> None:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", registry.port, timeout=30)
    connection.putrequest("POST", "/sync/changesets")
    connection.putheader("authorization", f"Bearer {token(registry.url)}")
    connection.putheader("content-length", str(65 * 1024 * 1024))        # announced, never sent
    connection.endheaders()
    response = connection.getresponse()
    body = json.loads(response.read())
    connection.close()
    assert (response.status, body["error"]) == (413, "too_large")


def test_a_replayed_changeset_returns_the_stored_answer_and_adds_nothing(registry: RunningRegistry,
                                                                         tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    payload = _changeset(a)
    first_status, first = _push(registry, payload)
    second_status, second = _push(registry, payload)                  # SYNC-01, SYNC-16: a replay is a success
    assert (first_status, second_status) == (200, 200)
    assert second.pop("replayed") is True
    assert second == first
    _status, page = http("GET", f"{registry.url}/sync/changes?since=0&limit=10000", token=token(registry.url))
    edited = [r for r in page["rows"] if r["attrs"].get("address") == "frozen"]
    assert [r["version"] for r in edited] == [2]                       # applied once


def test_a_changeset_id_reused_with_other_content_is_refused(registry: RunningRegistry, tmp_path: Path) -> None:
    payload = _changeset(cloned(registry.url, tmp_path / "a.sqlite"))
    assert _push(registry, payload)[0] == 200
    tampered = payload.replace(b"frozen", b"other!")
    status, body = _push(registry, tampered)
    assert (status, body["error"]) == (422, "changeset_id_reused")


def test_a_push_from_an_older_schema_is_told_to_update_first(registry: RunningRegistry, tmp_path: Path) -> None:
    payload = _changeset(cloned(registry.url, tmp_path / "a.sqlite"))
    old = json.loads(payload)
    old["schema_version"] = 2
    status, body = _push(registry, json.dumps(old).encode())
    assert (status, body["error"]) == (426, "upgrade_required")
    assert "Update LandDesk first" in body["what_to_do"]


def test_ogc_api_features_lists_pages_filters_and_serves_parcels(registry: RunningRegistry) -> None:
    url, key = registry.url, token(registry.url)
    status, landing = http("GET", f"{url}/")
    assert status == 200
    assert {link["rel"] for link in landing["links"]} >= {"conformance", "data"}
    service = next(link for link in landing["links"] if link["rel"] == "service-desc")   # QGIS requires it
    assert service["type"] == "application/vnd.oai.openapi+json;version=3.0"
    status, definition = http("GET", service["href"])
    assert (status, definition["openapi"][:2]) == (200, "3.")
    assert "/collections/{collectionId}/items" in definition["paths"]
    status, conformance = http("GET", f"{url}/conformance")
    assert any(c.endswith("/conf/geojson") for c in conformance["conformsTo"])
    status, collections = http("GET", f"{url}/collections", token=key)
    assert [c["id"] for c in collections["collections"]] == ["parcels", "plan_zones", "red_lines"]
    west, south, east, north = collections["collections"][0]["extent"]["spatial"]["bbox"][0]
    assert 46 < west < east < 88
    assert 40 < south < north < 56
    status, page = http("GET", f"{url}/collections/parcels/items?limit=100", token=key)
    assert (status, page["type"], len(page["features"])) == (200, "FeatureCollection", 100)
    feature = page["features"][0]
    assert feature["geometry"]["type"] == "MultiPolygon"
    lon, lat = feature["geometry"]["coordinates"][0][0][0]
    assert 46 < lon < 88
    assert 40 < lat < 56                                                # WGS 84 in Kazakhstan
    next_link = next(link["href"] for link in page["links"] if link["rel"] == "next")
    status, second = http("GET", next_link, token=key)
    assert {f["id"] for f in second["features"]}.isdisjoint({f["id"] for f in page["features"]})
    box = f"{lon - 0.002},{lat - 0.002},{lon + 0.002},{lat + 0.002}"
    status, near = http("GET", f"{url}/collections/parcels/items?bbox={box}&limit=10000", token=key)
    assert feature["id"] in {f["id"] for f in near["features"]}
    assert 0 < len(near["features"]) < 500
    status, one = http("GET", f"{url}/collections/parcels/items/{feature['id']}", token=key)
    assert (status, one["id"], one["properties"]["cadastral_number"]) == \
        (200, feature["id"], feature["properties"]["cadastral_number"])
    assert http("GET", f"{url}/collections/parcels/items?bbox=1,2,3", token=key)[0] == 400
    assert http("GET", f"{url}/collections/roads/items", token=key)[0] == 404
    assert http("GET", f"{url}/collections/parcels/items", token=None)[0] == 401


def test_the_snapshot_download_resumes_and_is_checked(registry: RunningRegistry, tmp_path: Path) -> None:
    client = Registry(registry.url, "aida", PASSWORD)
    whole = tmp_path / "whole.snapshot"
    digest = client.download(f"/sync/snapshot?district={DISTRICT}", whole)
    data = whole.read_bytes()
    assert hashlib.sha256(data).hexdigest() == digest
    target = tmp_path / "resumed.snapshot"                          # a download cut after a third
    target.with_name(target.name + ".part").write_bytes(data[: len(data) // 3])
    target.with_name(target.name + ".etag").write_text(f'"{digest}"')
    assert client.download(f"/sync/snapshot?district={DISTRICT}", target) == digest
    assert target.read_bytes() == data
    damaged = tmp_path / "damaged.snapshot"                         # a partial file from another snapshot
    damaged.with_name(damaged.name + ".part").write_bytes(b"\0" * 1000)
    damaged.with_name(damaged.name + ".etag").write_text(f'"{digest}"')
    with pytest.raises(SyncError, match="does not match its checksum"):
        client.download(f"/sync/snapshot?district={DISTRICT}", damaged)
    assert client.download(f"/sync/snapshot?district={DISTRICT}", damaged) == digest    # and starts over


def test_pull_pages_are_resumable_by_cursor(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    for offset in range(5):
        edit(a, "UPDATE parcels SET address = ? WHERE uid = ?", (f"No {offset}", a_parcel(a, offset)))
    run_sync(a, registry.url)
    import landdesk.sync.client as client_module
    page, client_module.PAGE = client_module.PAGE, 2                   # three pages, each its own transaction
    try:
        report = run_sync(b, registry.url, "bolat")
    finally:
        client_module.PAGE = page
    assert report.pulled_rows == 5
    assert value(b, "SELECT count(*) FROM parcels WHERE address LIKE 'No %'") == 5
