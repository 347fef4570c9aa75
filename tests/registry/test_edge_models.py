"""The cases of issue 18 that were 500s or half-truths, against the real registry process on both backends: every
parameter and body is decoded at the edge into a typed, bounded model (registry/models.py) and refused with a
400 and a stable code; page sizes, next links and the anonymous description agree with /api and the README."""

from __future__ import annotations

import json
import urllib.request
import uuid
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.registry.helpers import DISTRICT, http, token

if TYPE_CHECKING:
    from tests.registry.conftest import RunningRegistry

TEN_TO_THE_23 = "1" + "0" * 23
DEEP = b'{"user": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def refusal(status: int, body: Any, expected_status: int, code: str) -> dict[str, Any]:
    assert (status, body.get("error") if isinstance(body, dict) else body) == (expected_status, code)
    assert {"error", "message", "what_to_do"} <= set(body)
    return dict(body)


def test_cursors_beyond_64_bits_are_a_400_not_a_500(registry: RunningRegistry) -> None:
    key = token(registry.url)
    for path in (f"/collections/parcels/items?after={TEN_TO_THE_23}", f"/sync/changes?since={TEN_TO_THE_23}",
                 f"/sync/decisions?after={TEN_TO_THE_23}"):
        body = refusal(*http("GET", registry.url + path, token=key), 400, "bad_parameter")
        assert body["params"]["at"] in ("after", "since"), body


@pytest.mark.parametrize("path", ["/auth/token", "/sync/changesets", "/sync/rows"])
def test_a_body_nested_100000_levels_deep_is_a_400(registry: RunningRegistry, path: str) -> None:
    key = None if path == "/auth/token" else token(registry.url)       # /auth/token is read signed out
    refusal(*http("POST", registry.url + path, DEEP, key), 400, "bad_request")
    refusal(*http("POST", registry.url + path, b"[" * 100_000 + b"]" * 100_000, key), 400, "bad_request")


def test_an_operation_whose_reason_is_an_object_is_a_400_naming_the_place(registry: RunningRegistry) -> None:
    key = token(registry.url)
    status, page = http("GET", f"{registry.url}/sync/changes?district={DISTRICT}&limit=100", token=key)
    assert status == 200
    parcel = next(r for r in page["rows"] if r["tbl"] == "parcels" and not r["deleted"])
    body = {"changeset_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()), "district": DISTRICT,
            "schema_version": 3, "groups": [{"group_id": str(uuid.uuid4()), "ops": [{
                "op_id": str(uuid.uuid4()), "kind": "edit", "user_id": "aida", "created_at": "2026-12-01",
                "reason": {"why": "because"}}], "rows": [{
                    "tbl": "parcels", "uid": parcel["uid"], "action": "update", "base_version": parcel["version"],
                    "fields": {"address": {"old": parcel["attrs"]["address"], "new": "x"}}}]}]}
    answer = refusal(*http("POST", f"{registry.url}/sync/changesets", body, key), 400, "bad_request")
    assert answer["params"]["at"] == "$.groups[0].ops[0].reason"
    body["groups"][0]["ops"][0]["reason"] = "because"
    assert http("POST", f"{registry.url}/sync/changesets", body, key)[0] == 200


def test_sign_in_bodies_are_typed(registry: RunningRegistry) -> None:
    for wrong, at in [({"user": "aida"}, "$"), ({"user": "aida", "password": 5}, "$.password"),
                      ({"user": "", "password": "x"}, "$.user"), ({"user": "a\x00", "password": "x"}, "$.user"),
                      ({"user": "aida", "password": "p" * 1025}, "$.password"), (["aida", "x"], "$")]:
        body = refusal(*http("POST", f"{registry.url}/auth/token", wrong), 400, "bad_request")
        assert body["params"]["at"] == at, (wrong, body)


def test_page_sizes_beyond_the_most_a_page_holds(registry: RunningRegistry) -> None:
    """The sync pages refuse a limit beyond 10000, as /api says; OGC items serve 10000, as OGC API – Features
    expects and /api says."""
    key = token(registry.url)
    for path in ("/sync/changes", "/sync/decisions"):
        body = refusal(*http("GET", f"{registry.url}{path}?limit=10001", token=key), 400, "bad_parameter")
        assert body["params"]["at"] == "limit"
        assert http("GET", f"{registry.url}{path}?limit=10000", token=key)[0] == 200
    status, page = http("GET", f"{registry.url}/collections/parcels/items?limit=10001", token=key)
    assert status == 200
    assert page["numberReturned"] <= 10_000
    status, api = http("GET", f"{registry.url}/api")
    limits = {path: next(p["schema"] for p in api["paths"][path]["get"]["parameters"] if p["name"] == "limit")
              for path in ("/sync/changes", "/sync/decisions", "/collections/{collectionId}/items")}
    assert limits["/sync/changes"]["maximum"] == limits["/sync/decisions"]["maximum"] == 10_000
    assert limits["/collections/{collectionId}/items"]["maximum"] > 10_000


def test_next_links_carry_the_parameters_url_encoded(registry: RunningRegistry) -> None:
    key = token(registry.url)
    odd = "a b&c=d/é"
    status, page = http("GET", f"{registry.url}/collections/parcels/items?limit=2&note=a%20b%26c%3Dd%2F%C3%A9",
                        token=key)
    assert status == 200
    [next_link] = [link["href"] for link in page["links"] if link["rel"] == "next"]
    assert " " not in next_link
    query = parse_qs(urlsplit(next_link).query, strict_parsing=True)
    assert query["note"] == [odd]
    assert query["limit"] == ["2"]
    status, second = http("GET", next_link, token=key)
    assert status == 200
    assert {f["id"] for f in second["features"]}.isdisjoint({f["id"] for f in page["features"]})


def test_the_description_is_anonymous_and_the_data_is_not(registry: RunningRegistry) -> None:
    for path in ("/", "/api", "/conformance"):
        with urllib.request.urlopen(registry.url + path, timeout=30) as answer:
            assert answer.status == 200
            json.loads(answer.read())
    status, api = http("GET", f"{registry.url}/api")
    assert status == 200
    assert api["paths"]["/api"]["get"]["security"] == [] == api["paths"]["/conformance"]["get"]["security"]
    assert "security" not in api["paths"]["/collections"]["get"]            # the document's default: signed in
    assert {"basic": []} in api["security"]
    for path in ("/collections", "/collections/parcels", "/collections/parcels/items", "/sync/info"):
        refusal(*http("GET", registry.url + path), 401, "no_token")


def test_the_definition_lists_every_endpoint_and_its_refusals(registry: RunningRegistry) -> None:
    status, api = http("GET", f"{registry.url}/api")
    assert status == 200
    sync = {path: api["paths"][path] for path in ("/auth/token", "/sync/info", "/sync/changesets", "/sync/changes",
                                                  "/sync/rows", "/sync/snapshot", "/sync/decisions")}
    answers = {path: set(next(iter(ops.values()))["responses"]) for path, ops in sync.items()}
    assert {"400", "401", "403", "404", "413", "422", "426", "429"} <= answers["/sync/changesets"]
    assert {"400", "401", "403", "404", "416"} <= answers["/sync/snapshot"]
    assert {"400", "401", "413", "429"} <= answers["/auth/token"]
    assert all("401" in found and "429" in found for found in answers.values())
    assert api["components"]["responses"]["429"]["headers"]["Retry-After"]["required"] is True
