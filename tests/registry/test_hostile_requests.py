"""Hostile requests against the real registry process, on both backends: random JSON for every body it reads,
changesets bent in each way a client could bend them, query strings and headers that lie. Each is answered with a
4xx and the JSON error `{"error", "message", "what_to_do"}` (never a 5xx, a dropped connection or a wait for
ever), and a refused request changes no row: the district's change cursor and /sync/changes read the same before
and after.

Bounded for CI (`CI` set); locally more examples, `LANDDESK_HOSTILE_EXAMPLES` sets the count.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
import socket
import struct
import time
import uuid
from http.client import HTTPConnection
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from landdesk.registry.backends import open_store
from landdesk.sync.protocol import RowState
from tests.registry.helpers import DISTRICT, http, token

if TYPE_CHECKING:
    from tests.registry.conftest import RunningRegistry

CI = bool(os.environ.get("CI"))
EXAMPLES = int(os.environ.get("LANDDESK_HOSTILE_EXAMPLES") or (60 if CI else 200))
HOSTILE = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=CI,
                   suppress_health_check=list(HealthCheck))
ODD_NUMBERS = [10**400, 2**70, -(2**70), 2**63, 2**31, -1, 0, 1e308, -0.0, 5e-324, float("nan"), float("inf")]


def refused(status: int, body: Any, *expected: int) -> str:
    """A 4xx (one of `expected`, when given) with the registry's JSON error; returns its code."""
    assert 400 <= status < 500, (status, body)
    assert not expected or status in expected, (status, body)
    assert isinstance(body, dict), (status, body)
    assert {"error", "message", "what_to_do"} <= set(body), body
    assert body["error"]
    assert body["message"]
    return str(body["error"])


def post(registry: RunningRegistry, path: str, body: bytes, key: str | None) -> tuple[int, Any]:
    return http("POST", f"{registry.url}{path}", body, key, {"content-type": "application/json"})


def cursor(registry: RunningRegistry, key: str) -> int:
    status, info = http("GET", f"{registry.url}/sync/info", token=key)
    assert status == 200
    return int(info["cursor"])


def rows(registry: RunningRegistry, key: str) -> list[Any]:
    status, page = http("GET", f"{registry.url}/sync/changes?district={DISTRICT}&limit=10000", token=key)
    assert status == 200
    return list(page["rows"])


def a_parcel(registry: RunningRegistry, key: str) -> dict[str, Any]:
    return next(r for r in rows(registry, key) if r["tbl"] == "parcels" and not r["deleted"])


def changeset(*groups: list[dict[str, Any]], **top: Any) -> dict[str, Any]:
    return {"changeset_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()), "district": DISTRICT,
            "schema_version": 3, **top,
            "groups": [{"group_id": str(uuid.uuid4()), "ops": [{"op_id": str(uuid.uuid4()), "kind": "test.edit",
                                                                 "user_id": "aida", "created_at": "2026-11-20"}],
                        "rows": list(group)} for group in groups]}


def update(parcel: dict[str, Any], **change: Any) -> dict[str, Any]:
    """An update of a parcel's address that would apply as it is."""
    return {"tbl": "parcels", "uid": parcel["uid"], "action": "update", "base_version": parcel["version"],
            "fields": {"address": {"old": parcel["attrs"]["address"], "new": "hostile street 1"}}, **change}


def nested_collections(depth: int) -> bytes:
    """ISO WKB of `depth` GeometryCollections one inside the other (GEOS reads each level by recursion)."""
    return b"".join(b"\x01" + struct.pack("<II", 7, 1) for _ in range(depth)) + b"\x01" + struct.pack("<II", 7, 0)


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from(ODD_NUMBERS),
                        st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
                        st.sampled_from(["", "\x00", "parcels", "plans", str(uuid.uuid4()), "insert", "update",
                                         "A" * 300, "ffff", "0107000000" + "00" * 4]))     # no "delete": it applies
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                        max_leaves=12)


def _mutated(template: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """The template with one of its values (at any depth) replaced by a hostile one, or removed."""
    body = copy.deepcopy(template)
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        for key, child in (node.items() if isinstance(node, dict) else enumerate(node)):
            paths.append((node, key))
            if isinstance(child, dict | list):
                walk(child)

    walk(body)
    parent, key = data.draw(st.sampled_from(paths))
    if isinstance(parent, dict) and data.draw(st.booleans()):
        del parent[key]
    else:
        parent[key] = data.draw(_json_values())
    return body


def _raw_variants(text: bytes, data: st.DataObject) -> bytes:
    """The JSON text itself made hostile: non-UTF-8 bytes, a lone surrogate, NaN, deep nesting, cut short."""
    kind = data.draw(st.sampled_from(["as is", "bytes", "surrogate", "nan", "deep", "cut"]))
    at = data.draw(st.integers(0, len(text)))
    return {"as is": text, "bytes": text[:at] + b"\xff\xfe\xc0" + text[at:],
            "surrogate": text.replace(b'"hostile', b'"\\ud800hostile').replace(b'"aida"', b'"\\udfffaida"'),
            "nan": text.replace(b"3,", b"NaN,", 1), "deep": b'{"groups": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
            "cut": text[:at]}[kind]


def test_random_bodies_get_a_json_refusal_and_change_nothing(registry: RunningRegistry) -> None:
    key = token(registry.url)
    parcel = a_parcel(registry, key)
    template = changeset([update(parcel, fields={"address": {"old": "not what it is", "new": "x"}})])
    before, start = rows(registry, key), cursor(registry, key)

    @HOSTILE
    @given(data=st.data())
    def one(data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(["/sync/changesets", "/auth/token", "/sync/rows"]))
        shape = {"/sync/changesets": template, "/auth/token": {"user": "aida", "password": "wrong password"},
                 "/sync/rows": {"keys": [["parcels", parcel["uid"]], ["plans", str(uuid.uuid4())]]}}[path]
        value = data.draw(st.one_of(_json_values(), st.builds(lambda: _mutated(shape, data))))
        body = _raw_variants(json.dumps(value).encode(), data)
        status, answer = post(registry, path, body, key)
        if status >= 400:
            refused(status, answer)
        else:               # rows read, or a push whose only row is in conflict (its "old" is not the address)
            assert (status, path) in ((200, "/sync/rows"), (200, "/sync/changesets")), (path, status, answer)
        assert cursor(registry, key) == start, (path, body[:300], status, answer)

    one()
    assert rows(registry, key) == before


def test_hostile_changesets_are_refused_with_their_code_and_change_nothing(registry: RunningRegistry) -> None:
    key = token(registry.url)
    parcel = a_parcel(registry, key)
    geometry = shapely.from_wkb(bytes.fromhex(parcel["wkb"]))
    base_sha = hashlib.sha256(bytes.fromhex(parcel["wkb"])).hexdigest()

    def geom(wkb: bytes | str) -> dict[str, Any]:
        return update(parcel, geom={"base_sha256": base_sha, "new_wkb": wkb if isinstance(wkb, str) else wkb.hex()})

    foreign = _a_row_of_another_district(registry, parcel)
    valid = json.dumps(changeset([update(parcel)])).encode()
    insert = {"tbl": "parcels", "uid": str(uuid.uuid4()), "action": "insert", "base_version": None,
              "fields": {k: {"old": None, "new": v} for k, v in parcel["attrs"].items()},
              "geom": {"base_sha256": None, "new_wkb": parcel["wkb"]}}
    square = shapely.box(*geometry.bounds)
    cases: list[tuple[str, bytes | dict[str, Any], int, str]] = [
        ("deep nesting", b'{"groups": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", 400, "bad_request"),
        ("not UTF-8", valid.replace(b"hostile", b"\xff\xfehostile"), 400, "bad_request"),
        ("lone surrogate", valid.replace(b"hostile", b"\\ud800hostile"), 400, "bad_request"),
        ("NaN", valid.replace(b'"hostile street 1"', b"NaN"), 400, "non_finite_number"),
        ("Infinity", valid.replace(b'"hostile street 1"', b"-Infinity"), 400, "non_finite_number"),
        ("1e400", json.dumps(changeset([update(parcel, fields={"area_official_m2": {
            "old": parcel["attrs"]["area_official_m2"], "new": 12.5}})])).encode().replace(b"12.5", b"1e400"),
         400, "non_finite_number"),
        ("a 2**70 area", changeset([update(parcel, fields={"area_official_m2": {
            "old": parcel["attrs"]["area_official_m2"], "new": 2**70}})]), 422, "invalid_row"),
        ("a 4301-digit area", valid.replace(b'"hostile street 1"', b"9" * 4301), 400, "bad_request"),
        ("base_version 2**70", changeset([update(parcel, base_version=2**70)]), 400, "bad_request"),
        ("base_version 1e400", valid.replace(b'"base_version": 1', b'"base_version": 1e400'), 400, "bad_request"),
        ("base_version -0", valid.replace(b'"base_version": 1', b'"base_version": -0'), 400, "bad_request"),
        ("base_version true", changeset([update(parcel, base_version=True)]), 400, "bad_request"),
        ("base_version text", changeset([update(parcel, base_version="1")]), 400, "bad_request"),
        ("schema_version 2**70", changeset([update(parcel)], schema_version=2**70), 400, "bad_request"),
        ("schema_version true", changeset([update(parcel)], schema_version=True), 400, "bad_request"),
        ("an op that is not an object", _with_ops(changeset([update(parcel)]), [1, "op", None]), 400, "bad_request"),
        ("a reason that is an object", _with_ops(changeset([update(parcel)]), [{
            "op_id": str(uuid.uuid4()), "kind": "k", "user_id": "aida", "created_at": "t", "reason": {"a": 1}}]),
         400, "bad_request"),
        ("a reason with NUL", _with_ops(changeset([update(parcel)]), [{
            "op_id": str(uuid.uuid4()), "kind": "k", "user_id": "aida", "created_at": "t", "reason": "a\x00b"}]),
         400, "bad_request"),
        ("a kind with NUL", _with_ops(changeset([update(parcel)]), [{
            "op_id": str(uuid.uuid4()), "kind": "k\x00", "user_id": "aida", "created_at": "t"}]), 400, "bad_request"),
        ("an unknown table", changeset([update(parcel, tbl="roads")]), 400, "unknown_table"),
        ("a uid that is no UUID", changeset([update(parcel, uid="parcel-1")]), 400, "bad_request"),
        ("a uid with a newline", changeset([update(parcel, uid=parcel["uid"] + "\n")]), 400, "bad_request"),
        ("an upper-case uid", changeset([update(parcel, uid=parcel["uid"].upper())]), 400, "bad_request"),
        ("a field name with a newline", changeset([update(parcel, fields={"address\n": {"old": 1, "new": 2}})]),
         400, "bad_request"),
        ("fields that are a list", changeset([update(parcel, fields=[["address", "x"]])]), 400, "bad_request"),
        ("a value that is a list", changeset([update(parcel, fields={"address": {"old": [1], "new": {}}})]),
         400, "bad_request"),
        ("a huge string", changeset([update(parcel, fields={"address": {"old": parcel["attrs"]["address"],
                                                                        "new": "x" * 20_001}})]), 400, "bad_request"),
        ("a number for text", changeset([update(parcel, fields={"address": {"old": parcel["attrs"]["address"],
                                                                            "new": 2**70}})]), 422, "invalid_row"),
        ("geometry that is not hex", changeset([geom("not hex at all")]), 400, "bad_request"),
        ("hex that is not WKB", changeset([geom("00" * 21)]), 422, "invalid_row"),
        ("a GeometryCollection", changeset([geom(shapely.to_wkb(shapely.GeometryCollection([geometry])))]),
         422, "invalid_row"),
        ("an empty polygon", changeset([geom(shapely.to_wkb(shapely.Polygon()))]), 422, "invalid_row"),
        ("3D WKB", changeset([geom(shapely.to_wkb(shapely.force_3d(square), output_dimension=3))]), 422,
         "invalid_row"),
        ("4D WKB", changeset([geom(shapely.to_wkb(shapely.from_wkt(
            "POLYGON ZM ((0 0 0 0, 1 0 0 0, 1 1 0 0, 0 0 0 0))"), output_dimension=4))]), 422, "invalid_row"),
        ("a curve polygon", changeset([geom(b"\x01" + struct.pack("<II", 10, 0))]), 422, "invalid_row"),
        ("200,000 nested collections", changeset([geom(nested_collections(200_000))]), 422, "invalid_row"),
        ("a base hash that is a number", changeset([update(parcel, geom={"base_sha256": 5, "new_wkb": None})]),
         400, "bad_request"),
        ("the same row twice", changeset([update(parcel), update(parcel)]), 400, "bad_request"),
        ("one uid inserted and updated", changeset([insert, {**update(parcel), "uid": insert["uid"]}]), 400,
         "bad_request"),
        ("the same row in two groups", changeset([update(parcel)], [update(parcel)]), 400, "bad_request"),
        ("101 fields", changeset([update(parcel, fields={f"f{i}": {"old": 1, "new": 2} for i in range(101)})]),
         400, "bad_request"),
        ("a row of another district", changeset([update(foreign)]), 403, "wrong_district"),
        ("a district that is not text", changeset([update(parcel)], district=["19-245"]), 400, "bad_request"),
    ]
    before, start = rows(registry, key), cursor(registry, key)
    for label, body, status, code in cases:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        answer_status, answer = post(registry, "/sync/changesets", raw, key)
        assert refused(answer_status, answer) == code, (label, answer_status, answer)
        assert answer_status == status, (label, answer)
        assert cursor(registry, key) == start, label
    assert rows(registry, key) == before
    assert post(registry, "/sync/changesets", valid, key)[0] == 200          # and the registry still serves
    decision = next(r for r in before if r["tbl"] == "decisions" and r["attrs"]["kind"] in ("APPROVE", "REFUSE"))
    for uid in (str(uuid.uuid4()), str(uuid.uuid4())):      # an application uid no database query could spell
        attrs = {**decision["attrs"], "application_uid": "a\x00%_\\\"b"}
        status, answer = post(registry, "/sync/changesets", json.dumps(changeset([{
            "tbl": "decisions", "uid": uid, "action": "insert", "base_version": None,
            "fields": {k: {"old": None, "new": v} for k, v in attrs.items()}}])).encode(), key)
        assert status == 200, answer
    assert [g["status"] for g in answer["groups"]] == ["conflict"]         # the second is already decided
    assert answer["groups"][0]["conflicts"][0]["kind"] == "already_decided"


def _with_ops(body: dict[str, Any], ops: list[Any]) -> dict[str, Any]:
    body["groups"][0]["ops"] = ops
    return body


def _a_row_of_another_district(registry: RunningRegistry, parcel: dict[str, Any]) -> dict[str, Any]:
    """A parcel of district 19-246, put into the registry beside the test district's."""
    store = open_store(str(registry.data), registry.database)
    try:
        found = store.district(DISTRICT)
        assert found is not None
        srid = found[0]
        store.add_district("19-246", srid, {"region_code": "19", "district_code": "246", "boundary_wkb": None})
        row = RowState("parcels", str(uuid.uuid4()), 1, False, dict(parcel["attrs"]), bytes.fromhex(parcel["wkb"]))
        with store.transaction() as connection:
            store.put_rows(connection, "19-246", srid, [row], store.next_seq(connection, "19-246", 1), None, "test")
    finally:
        store.close()
    return {**parcel, "uid": row.uid, "version": 1}


def test_hostile_query_strings_get_a_json_refusal(registry: RunningRegistry) -> None:
    key = token(registry.url)
    big, beyond = str(10**30), str(2**63)
    queries = {
        "/sync/changes": [f"since={beyond}", f"since={big}", "since=-1", "since=abc", "since=1e3", "since=%D9%A3",
                          "since=%00", "since=+1", "since=1_0", f"limit={big}", "limit=0", "limit=-5", "limit=",
                          "district=19-246", "district=%00", "since=" + "9" * 5000],
        "/sync/decisions": [f"after={beyond}", f"after={big}", "after=-1", "after=abc", "rows=yes", "rows=",
                            f"limit={big}", "limit=0", "district=19-246"],
        "/collections/parcels/items": ["bbox=nan,nan,nan,nan", "bbox=-inf,-inf,inf,inf", "bbox=1e400,1,2e400,2",
                                       "bbox=1,2,3", "bbox=a,b,c,d", "bbox=3,3,1,1", "bbox=", "bbox=1,2,3,4,5,6",
                                       f"limit={big}", "limit=0", "after=abc", "after=-1", f"after={beyond}"],
    }
    for path, wrong in queries.items():
        for query in wrong:
            status, body = http("GET", f"{registry.url}{path}?{query}", token=key)
            refused(status, body, 400, 403)
    for path in ("/collections/parcels/items/%00", "/collections/parcels/items/x%00y", "/collections/roads/items",
                 "/nowhere", "/sync/changes/extra"):
        refused(*http("GET", f"{registry.url}{path}", token=key), 404)
    status, body = http("DELETE", f"{registry.url}/sync/changes", token=key)
    assert refused(status, body, 405) == "method_not_allowed"

    status, whole = http("GET", f"{registry.url}/sync/snapshot?district={DISTRICT}", token=key)
    assert status == 200
    size = len(whole)
    for header, expected_status, expected in [
            ("bytes=5-2", 416, None), ("bytes=100-50", 416, None),
            ("garbage", 200, whole), ("bytes=-5", 200, whole), ("bytes=0-1,4-5", 200, whole),
            (f"bytes=0-{big}", 206, whole), ("bytes=3-4", 206, whole[3:5]), (f"bytes={size}-", 416, None),
            (f"bytes={beyond}-", 416, None), ("bytes=" + "9" * 5000 + "-", 200, whole)]:
        status, body = http("GET", f"{registry.url}/sync/snapshot?district={DISTRICT}", token=key,
                            headers={"range": header})
        assert status == expected_status, header
        if expected is None:
            refused(status, body, 416)
        else:
            assert body == expected, header


@HOSTILE
@given(path=st.sampled_from(["/sync/changes", "/sync/decisions", "/collections/parcels/items", "/sync/snapshot"]),
       query=st.dictionaries(st.sampled_from(["since", "limit", "after", "bbox", "district", "rows"]),
                             st.one_of(st.text(max_size=40), st.sampled_from([str(n) for n in ODD_NUMBERS])),
                             max_size=4))
def _random_query(registry: RunningRegistry, key: str, path: str, query: dict[str, str]) -> None:
    status, body = http("HEAD" if path == "/sync/snapshot" else "GET", f"{registry.url}{path}?{urlencode(query)}",
                        token=key)
    assert status < 500, (path, query, status, body)
    if status >= 400 and path != "/sync/snapshot":
        refused(status, body)


def test_random_query_strings_never_break_a_read(registry: RunningRegistry) -> None:
    _random_query(registry, token(registry.url))


def _raw(registry: RunningRegistry, request: bytes, wait: float = 20.0) -> tuple[int, bytes]:
    """Send bytes as they are; the status and body of the first answer (0 when the connection closed unanswered)."""
    with socket.create_connection(("127.0.0.1", registry.port), timeout=wait) as connection:
        connection.sendall(request)
        received = b""
        while b"\r\n\r\n" not in received or len(received.split(b"\r\n\r\n", 1)[1]) < _length(received):
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
    if not received.startswith(b"HTTP/1.1 "):
        return 0, received
    head, _, body = received.partition(b"\r\n\r\n")
    return int(head.split()[1]), body[:_length(received)]


def _length(received: bytes) -> int:
    head = received.split(b"\r\n\r\n", 1)[0].lower()
    for line in head.split(b"\r\n"):
        if line.startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


def test_lying_and_hostile_headers_are_answered(registry: RunningRegistry) -> None:
    key = token(registry.url)
    start = cursor(registry, key)
    signed = f"Authorization: Bearer {key}\r\n".encode()
    body = b'{"user": "aida", "password": "wrong password"}'
    status, answer = _raw(registry, b"POST /auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n" + body)
    refused(status, json.loads(answer), 400)                         # shorter than the body: the JSON is cut
    for length in (b"abc", b"-1", b"1e5", b"99999999999999999999999999"):
        status, answer = _raw(registry, b"POST /sync/rows HTTP/1.1\r\nHost: x\r\n" + signed + b"Content-Length: " +
                              length + b"\r\nConnection: close\r\n\r\n{}")
        assert status == 400, (length, answer)                      # the HTTP server refuses it before the app
    status, answer = _raw(registry, b"POST /auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 70000000\r\n\r\n{")
    refused(status, json.loads(answer), 413)
    for header in ["Basic !!!!", "Basic " + base64.b64encode(b"\xff\xfe:\xff").decode(), "Basic ",
                   "Basic " + base64.b64encode(b"aida\x00:x").decode(), "Basic " + "QUFB" * 2500,
                   "Bearer " + "t" * 10_000, "Bearer", "Bearer  ", "Negotiate abc", "Basic aida:password"]:
        status, answer = http("GET", f"{registry.url}/sync/info", headers={"authorization": header})
        refused(status, answer, 401)
    status, answer = _raw(registry, b"GET /sync/info HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xff\xfe\x80\r\n"
                                    b"Connection: close\r\n\r\n")
    refused(status, json.loads(answer), 401)
    parcel = a_parcel(registry, key)
    status, answer = http("POST", f"{registry.url}/sync/changesets", json.dumps(changeset([update(parcel)])).encode(),
                          key, {"x-payload-sha256": "0" * 64})
    assert refused(status, answer, 400) == "checksum_mismatch"
    assert cursor(registry, key) == start

    registry.stop()                    # a body announced and never sent: answered after the idle time, not never
    registry.start(LANDDESK_REGISTRY_BODY_IDLE_S="1")
    began = time.monotonic()
    status, answer = _raw(registry, b"POST /sync/changesets HTTP/1.1\r\nHost: x\r\n" + signed +
                          b"Content-Length: 1000\r\n\r\n{\"changeset_id\"")
    assert refused(status, json.loads(answer), 408) == "body_timeout"
    assert time.monotonic() - began < 15
    connection = HTTPConnection("127.0.0.1", registry.port, timeout=30)
    connection.request("GET", "/conformance")
    assert connection.getresponse().status == 200                   # and it serves on
    connection.close()
