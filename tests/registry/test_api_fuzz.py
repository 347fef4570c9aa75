"""Schemathesis against the real registry process over HTTP, on both backends: every operation the definition at
/api describes, with requests generated from it, valid and invalid. Signed in as an officer (the deepest reach:
pushes get past the role check), as an auditor (who may read but never write), signed out, with a wrong token,
an oversized token and junk Basic credentials. Whatever it sends, the registry never answers 5xx, every refusal
is the JSON error `{"error", "message", "what_to_do"}`, every answer fits the definition, and nobody who may not
write changes a row.

Bounded for CI (`CI` set): a few examples per operation and mode on SpatiaLite, fewer on PostGIS, derandomized so
a run is repeatable. Locally more and random; `LANDDESK_FUZZ_EXAMPLES` sets the count.
"""

from __future__ import annotations

import os
import zlib
from typing import TYPE_CHECKING, Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.registry.helpers import DISTRICT, http, token

if TYPE_CHECKING:
    from collections.abc import Callable

    from schemathesis import Case, Response

    from tests.registry.conftest import RunningRegistry

CI = bool(os.environ.get("CI"))
EXAMPLES = int(os.environ.get("LANDDESK_FUZZ_EXAMPLES") or (12 if CI else 50))
PUBLIC = {("GET", "/"), ("GET", "/api"), ("GET", "/conformance"), ("POST", "/auth/token")}
SIGNED_OUT = {"none": None, "wrong token": "Bearer made-up", "10 kB token": "Bearer " + "t" * 10_000,
              "junk Basic": "Basic !!not base64 at all::", "Basic of no user": "Basic bm9ib2R5Om5vdGhpbmc="}


def a_json_refusal(_ctx: Any, response: Response, case: Case) -> bool | None:
    """Every 4xx carries the registry's JSON error (a HEAD answer has no body to carry it)."""
    if 400 <= response.status_code < 500 and case.method.upper() != "HEAD":
        body = response.json()
        assert isinstance(body, dict), f"{response.status_code} without a JSON object: {response.text[:200]}"
        assert {"error", "message", "what_to_do"} <= set(body), f"{response.status_code} without the error: {body}"
        assert isinstance(body["error"], str)
        assert body["error"]
    return None


CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          a_json_refusal]


def _in_own_district(case: Case) -> Case:
    """Most generated pushes name some random district and stop at 403; half of them are sent for the officer's
    own district, so they reach the checks of the changeset itself."""
    if case.path == "/sync/changesets" and isinstance(case.body, dict) and zlib.crc32(repr(case.body).encode()) % 2:
        case.body["district"] = DISTRICT
    return case


def _signed_out(case: Case) -> Case:
    for name in [name for name in (case.headers or {}) if name.lower() == "authorization"]:
        del case.headers[name]
    return case


def _fuzz(registry: RunningRegistry, authorization: str | None, examples: int,
          modes: tuple[GenerationMode, ...] = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE),
          expect: Callable[[Case, Response], None] | None = None) -> int:
    """Every operation of /api in each mode, `examples` cases each; returns how many requests were sent."""
    schema = schemathesis.openapi.from_url(f"{registry.url}/api", timeout=30)
    headers = {"authorization": authorization} if authorization else {}
    sent = 0
    statuses: dict[int, int] = {}
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in modes:
            strategy = operation.as_strategy(generation_mode=mode).map(_in_own_district)
            if authorization is None:           # signed out: not even the Basic credentials generated from /api
                strategy = strategy.map(_signed_out)

            @settings(max_examples=examples, deadline=None, database=None, derandomize=CI,
                      phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
            @given(case=strategy)
            def one(case: Case) -> None:
                nonlocal sent
                response = case.call(headers=headers, timeout=60)
                sent += 1
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                case.validate_response(response, checks=CHECKS, headers=headers)
                if expect is not None:
                    expect(case, response)

            try:
                one()
            except Unsatisfiable:
                if mode is GenerationMode.POSITIVE:
                    raise          # an operation with no parameter and no body has no invalid request: fine
    print(f"fuzz ({(authorization or 'no Authorization')[:16]}…, {examples} examples): {sent} requests, "
          f"answers {dict(sorted(statuses.items()))}")
    return sent


def _changes(url: str, key: str) -> list[Any]:
    """Every row of the district as a pull sees it: what a refused request must leave as it was. (The token is
    taken before the fuzz: its wrong passwords may have this address throttled by the end.)"""
    status, page = http("GET", f"{url}/sync/changes?district={DISTRICT}&limit=10000", token=key)
    assert status == 200
    return list(page["rows"])


def _examples(registry: RunningRegistry, share: float = 1.0) -> int:
    return max(2, int(EXAMPLES * share * (0.5 if registry.database else 1.0)))


def test_an_officer_never_gets_a_server_error_or_an_answer_off_the_definition(registry: RunningRegistry) -> None:
    assert _fuzz(registry, f"Bearer {token(registry.url)}", _examples(registry)) > 0


def test_an_auditor_reads_but_no_generated_request_changes_a_row(registry: RunningRegistry) -> None:
    key = token(registry.url)
    before = _changes(registry.url, key)

    def never_written(case: Case, response: Response) -> None:
        if case.method.upper() == "POST" and case.path == "/sync/changesets":
            assert response.status_code in (400, 403, 413, 422, 426), response.text[:300]

    _fuzz(registry, f"Bearer {token(registry.url, 'gulnar')}", _examples(registry, 0.5), expect=never_written)
    assert _changes(registry.url, key) == before


def test_signed_out_every_protected_operation_is_refused_with_401(registry: RunningRegistry) -> None:
    key = token(registry.url)
    before = _changes(registry.url, key)
    for variant, authorization in SIGNED_OUT.items():

        def refused(case: Case, response: Response, variant: str = variant) -> None:
            if (case.method.upper(), case.path) in PUBLIC:
                return
            # 429 once the wrong Basic passwords from this address reach the throttle's limit
            assert response.status_code in (401, 429), (variant, case.path, response.status_code,
                                                        response.text[:200])
            if response.status_code == 429:
                assert variant == "Basic of no user", variant
                assert int(response.headers["retry-after"][0]) >= 1

        _fuzz(registry, authorization, 2, modes=(GenerationMode.POSITIVE,), expect=refused)
    assert _changes(registry.url, key) == before
