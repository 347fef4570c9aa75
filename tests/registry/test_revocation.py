"""A role change, a password reset or a removal, made with `landdesk-registry add-user` / `remove-user` while the
registry serves, takes effect on the user's next request: bearer tokens carry the user's generation, and the
cache of verified HTTP Basic credentials is checked against it. Against both backends."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
from typing import TYPE_CHECKING, Any

from tests.registry.conftest import PASSWORD
from tests.registry.helpers import DISTRICT, http, token

if TYPE_CHECKING:
    from tests.registry.conftest import RunningRegistry

NEW_PASSWORD = "a new password for a new start"


def admin(registry: RunningRegistry, *args: str, password: str = PASSWORD) -> None:
    """The administrator's command, run beside the serving registry on the same database."""
    where = ["--database", registry.database] if registry.database else ["--data", str(registry.data)]
    done = subprocess.run([sys.executable, "-m", "landdesk.registry", *args, *where], capture_output=True, text=True,
                          env={**os.environ, "LANDDESK_PASSWORD": password}, check=False, timeout=120)
    assert done.returncode == 0, done.stderr


def basic(user: str, password: str = PASSWORD) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def push(registry: RunningRegistry, key: str | None = None, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    """An address edit of one parcel, as a client would push it."""
    status, page = http("GET", f"{registry.url}/sync/changes?district={DISTRICT}&limit=10000",
                        token=token(registry.url, "gulnar"))
    assert status == 200
    parcel = next(r for r in page["rows"] if r["tbl"] == "parcels" and not r["deleted"])
    body = {"changeset_id": str(uuid.uuid4()), "device_id": str(uuid.uuid4()), "district": DISTRICT,
            "schema_version": 3, "groups": [{"group_id": str(uuid.uuid4()), "ops": [], "rows": [{
                "tbl": "parcels", "uid": parcel["uid"], "action": "update", "base_version": parcel["version"],
                "fields": {"address": {"old": parcel["attrs"]["address"], "new": f"street {uuid.uuid4().hex[:6]}"}}}]}]}
    return http("POST", f"{registry.url}/sync/changesets", json.dumps(body).encode(), key,
                {"content-type": "application/json", **(headers or {})})


def test_a_head_demoted_to_auditor_cannot_push_on_the_next_request(registry: RunningRegistry) -> None:
    key = token(registry.url, "dana")
    assert push(registry, key)[0] == 200
    assert push(registry, headers=basic("dana"))[0] == 200              # Basic verified, and now cached
    admin(registry, "add-user", "dana", "--role", "auditor", "--district", DISTRICT)

    status, body = push(registry, key)
    assert (status, body["error"]) == (401, "token_expired")             # the head's token ended
    status, body = push(registry, headers=basic("dana"))
    assert (status, body["error"]) == (403, "read_only_role")            # the cached Basic sign-in did not last
    status, info = http("GET", f"{registry.url}/sync/info", headers=basic("dana"))
    assert (status, info["role"]) == (200, "auditor")
    status, body = push(registry, token(registry.url, "dana"))
    assert (status, body["error"]) == (403, "read_only_role")            # a new token is an auditor's


def test_a_reset_password_ends_old_tokens_and_old_basic_credentials(registry: RunningRegistry) -> None:
    old = token(registry.url, "aida")
    assert http("GET", f"{registry.url}/sync/info", token=old)[0] == 200
    assert http("GET", f"{registry.url}/sync/info", headers=basic("aida"))[0] == 200     # cached
    admin(registry, "add-user", "aida", "--role", "officer", "--district", DISTRICT, password=NEW_PASSWORD)

    status, body = http("GET", f"{registry.url}/sync/info", token=old)
    assert (status, body["error"]) == (401, "token_expired")
    status, body = http("GET", f"{registry.url}/collections/parcels/items?limit=1", headers=basic("aida"))
    assert (status, body["error"]) == (401, "bad_credentials")
    status, body = http("POST", f"{registry.url}/auth/token", {"user": "aida", "password": PASSWORD})
    assert status == 401
    assert http("GET", f"{registry.url}/sync/info", headers=basic("aida", NEW_PASSWORD))[0] == 200
    status, body = http("POST", f"{registry.url}/auth/token", {"user": "aida", "password": NEW_PASSWORD})
    assert status == 200
    assert push(registry, body["token"])[0] == 200


def test_a_removed_user_is_refused_on_the_next_request(registry: RunningRegistry) -> None:
    key = token(registry.url, "bolat")
    assert http("GET", f"{registry.url}/sync/info", headers=basic("bolat"))[0] == 200
    admin(registry, "remove-user", "bolat")
    assert http("GET", f"{registry.url}/sync/info", token=key)[0] == 401
    assert http("GET", f"{registry.url}/sync/info", headers=basic("bolat"))[0] == 401
    assert http("POST", f"{registry.url}/auth/token", {"user": "bolat", "password": PASSWORD})[0] == 401
    assert push(registry, key)[0] == 401
