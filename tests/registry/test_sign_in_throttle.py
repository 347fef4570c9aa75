"""Sign-in throttling against the real registry process, on both backends: wrong passwords through POST
/auth/token and HTTP Basic are answered ever more slowly, then refused with 429 and Retry-After, the right one
too, until the window has passed; per user name and per client address; in the registry's log and audit."""

from __future__ import annotations

import base64
import json
import time
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any

import pytest

from landdesk.registry.audit import events
from landdesk.registry.backends import open_store
from landdesk.registry.throttle import Throttle, ThrottleSettings
from tests.registry.conftest import PASSWORD

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry

LIMIT, WINDOW_S = 10, 8.0         # the window holds the ten wrong passwords and their delays (~5 s)
ADDRESS_LIMIT = 15
SETTINGS = {"LANDDESK_REGISTRY_THROTTLE_FREE": "3", "LANDDESK_REGISTRY_THROTTLE_LIMIT": str(LIMIT),
            "LANDDESK_REGISTRY_THROTTLE_ADDRESS_LIMIT": str(ADDRESS_LIMIT),
            "LANDDESK_REGISTRY_THROTTLE_WINDOW_S": str(WINDOW_S), "LANDDESK_REGISTRY_THROTTLE_DELAY_S": "0.1",
            "LANDDESK_REGISTRY_THROTTLE_MAX_DELAY_S": "0.8"}


def sign_in(registry: RunningRegistry, how: str, user: str, password: str) -> tuple[int, Any, Any, float]:
    """(status, JSON body, headers, seconds taken) of a sign-in by token request or by HTTP Basic."""
    if how == "token":
        request = urllib.request.Request(f"{registry.url}/auth/token", method="POST",
                                         data=json.dumps({"user": user, "password": password}).encode())
    else:
        request = urllib.request.Request(f"{registry.url}/sync/info")
        request.add_header("authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    began = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read()), response.headers, time.monotonic() - began
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read()), err.headers, time.monotonic() - began


def restarted(registry: RunningRegistry, log: Path) -> RunningRegistry:
    registry.stop()
    registry.start(log=log, **SETTINGS)
    return registry


@pytest.mark.parametrize("how", ["token", "basic"])
def test_fifty_wrong_passwords_end_in_429_until_the_window_has_passed(registry: RunningRegistry, how: str,
                                                                      tmp_path: Path) -> None:
    restarted(registry, tmp_path / "registry.log")
    answers = [sign_in(registry, how, "aida", f"wrong {i}") for i in range(50)]
    statuses = [a[0] for a in answers]
    assert statuses == [401] * LIMIT + [429] * (50 - LIMIT)
    assert {a[1]["error"] for a in answers[LIMIT:]} == {"too_many_attempts"}
    assert all(1 <= int(a[2]["retry-after"]) <= WINDOW_S + 1 for a in answers[LIMIT:])
    seconds = [a[3] for a in answers]
    assert seconds[LIMIT - 1] >= 0.8                        # the delay grew to its most …
    assert seconds[LIMIT - 1] > max(seconds[:3]) + 0.5      # … from none for the first wrong passwords
    assert max(seconds[LIMIT:]) < 0.5                       # a throttled sign-in is refused without the KDF

    status, body, headers, _ = sign_in(registry, how, "aida", PASSWORD)
    assert (status, body["error"]) == (429, "too_many_attempts")      # the right password too, while throttled
    time.sleep(int(headers["retry-after"]) + 0.3)
    status, body, _, _ = sign_in(registry, how, "aida", PASSWORD)
    assert status == 200, body

    store = open_store(str(registry.data), registry.database)
    try:
        throttled = events(store, "throttled")
        wrong = events(store, "wrong_password")
    finally:
        store.close()
    assert [(e[2], e[3]) for e in throttled] == [("aida", "127.0.0.1")]
    assert len(wrong) == LIMIT
    registry.stop()
    log = (tmp_path / "registry.log").read_text()
    assert "sign-in throttled: 'aida' from 127.0.0.1 after 10 wrong passwords" in log


def test_one_address_trying_many_names_is_throttled(registry: RunningRegistry, tmp_path: Path) -> None:
    restarted(registry, tmp_path / "registry.log")
    answers = [sign_in(registry, "token", f"name{i}", "guess") for i in range(ADDRESS_LIMIT)]
    assert [a[0] for a in answers] == [401] * ADDRESS_LIMIT
    assert max(a[3] for a in answers[:ADDRESS_LIMIT - LIMIT + 3]) < 0.5   # an office's few typos cost no delay
    assert answers[-1][3] >= 0.8                                           # the spray does
    status, body, headers, _ = sign_in(registry, "token", "bolat", PASSWORD)
    assert (status, body["error"]) == (429, "too_many_attempts")
    assert int(headers["retry-after"]) >= 1
    status, _, _, _ = sign_in(registry, "basic", "bolat", PASSWORD)
    assert status == 429                                     # the same address, through HTTP Basic


def test_the_delay_doubles_and_the_door_opens_as_failures_leave_the_window() -> None:
    now = [0.0]
    throttle = Throttle(ThrottleSettings(free=2, limit=5, address_limit=5, window_s=60, delay_s=1, max_delay_s=3),
                        lambda: now[0])
    delays = []
    for _ in range(5):
        verdict = throttle.failed("aida", "10.0.0.1")
        delays.append(verdict.delay_s)
        now[0] += 1
    assert delays == [0, 0, 1, 2, 3]
    assert verdict.closed
    assert throttle.retry_after("aida", "10.0.0.2") == 55     # the user, from any address
    assert throttle.retry_after("bolat", "10.0.0.1") == 55    # any user, from the address
    assert throttle.retry_after("bolat", "10.0.0.2") is None
    now[0] = 60.5
    assert throttle.retry_after("aida", "10.0.0.1") is None   # the first failure has left the window
    throttle.succeeded("aida")
    assert throttle.failed("aida", "10.0.0.2").count == 1
    assert ThrottleSettings(free=5, limit=5).problems()
    assert ThrottleSettings(limit=20, address_limit=10).problems()


def test_an_address_has_a_larger_limit_and_its_delays_start_as_near_it() -> None:
    throttle = Throttle(ThrottleSettings(free=2, limit=4, address_limit=8, window_s=60, delay_s=1, max_delay_s=9),
                        lambda: 0.0)
    verdicts = [throttle.failed(f"name{i}", "10.0.0.1") for i in range(8)]    # each name once, one address
    assert [v.delay_s for v in verdicts] == [0, 0, 0, 0, 0, 0, 1, 2]
    assert [v.closed for v in verdicts] == [False] * 7 + [True]
    assert throttle.retry_after("aida", "10.0.0.1") == 60
    assert throttle.retry_after("aida", "10.0.0.2") is None
