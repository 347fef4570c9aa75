"""Who a request comes from: a password checked through the throttle (POST /auth/token and HTTP Basic), a bearer
token, and the short-lived cache of verified Basic credentials.

A cached Basic sign-in is checked against the user's current generation on every request, as a token is: a
role change, a password reset or a removal (each bumps the generation, store.add_user / remove_user) takes
effect on the next request, and the new role is the one used.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
import time
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool

from landdesk.registry.audit import record
from landdesk.registry.auth import token_digest, verify
from landdesk.registry.refused import Refused

if TYPE_CHECKING:
    from starlette.requests import Request

    from landdesk.registry.store import Store, User
    from landdesk.registry.throttle import Throttle

log = logging.getLogger(__name__)

BASIC_CACHE_S = 300.0       # the scrypt work once per 5 minutes per GIS tool, not once per page
BASIC_CACHE_MAX = 10_000


class SignIns:
    def __init__(self, store: Store, throttle: Throttle) -> None:
        self.store = store
        self.throttle = throttle
        self._basic: dict[str, tuple[float, User]] = {}     # sha256 of verified Basic credentials → (until, user)

    async def user_of(self, request: Request) -> User:
        header = request.headers.get("authorization", "")
        if header.lower().startswith("basic "):
            return await self._basic_user(header, client_of(request))
        if not header.lower().startswith("bearer "):
            raise Refused(401, "no_token", "This request needs a sign-in token.",
                          "Sign in with POST /auth/token and send 'Authorization: Bearer <token>' (GIS tools may "
                          "use HTTP Basic with the user name and password instead).")
        user = await run_in_threadpool(self.store.user_for_token, token_digest(header[7:].strip()))
        if user is None:
            raise Refused(401, "token_expired", "The sign-in token is unknown, has expired, or was ended by a change "
                          "of the user's password or role.", "Sign in again.")
        return user

    async def password(self, name: str, password: str, client: str, how: str) -> User:
        """The user whose password this is; 401 (after the throttle's delay) when it is wrong, 429 while the
        user or the address is throttled, without checking the password at all."""
        name_key = name[:200]                  # what the throttle remembers of a name (a Basic header may be long)
        wait = self.throttle.retry_after(name_key, client)
        if wait is not None:
            raise Refused(429, "too_many_attempts", f"Too many wrong passwords for {name[:80]!r} or from this "
                          f"address; sign-in is refused for {wait} s.",
                          f"Wait {wait} seconds, then sign in again; ask the administrator if the password is lost.",
                          retry_after=str(wait))
        user = await run_in_threadpool(verify, self.store, name, password)
        if user is not None:
            self.throttle.succeeded(name_key)
            return user
        verdict = self.throttle.failed(name_key, client)
        await run_in_threadpool(record, self.store, "wrong_password", name, client, f"{how}, {verdict.count} in the "
                                f"window")
        if verdict.closed:
            settings = self.throttle.settings
            log.warning("sign-in throttled: %r from %s after %d wrong passwords in %g s (%s); refused for up to %g s",
                        name[:80], client, verdict.count, settings.window_s, how, settings.window_s)
            await run_in_threadpool(record, self.store, "throttled", name, client,
                                    f"{verdict.count} wrong passwords in {settings.window_s:g} s ({how})")
        elif verdict.delay_s:
            log.info("wrong password for %r from %s (%s), %d in the window: answered after %.2f s", name[:80],
                     client, how, verdict.count, verdict.delay_s)
        await asyncio.sleep(verdict.delay_s)
        raise Refused(401, "bad_credentials", "The user name or password is wrong.",
                      "Check them, or ask the administrator to reset the password.")

    async def _basic_user(self, header: str, client: str) -> User:
        try:
            name, _, password = base64.b64decode(header[6:].strip()).decode().partition(":")
        except (ValueError, UnicodeDecodeError) as err:       # wrong credentials like any other: asked again
            raise Refused(401, "bad_credentials", "The Basic credentials are not valid base64 'user:password'.",
                          "Give the user name and password again.") from err
        key = hashlib.sha256(header.encode()).hexdigest()
        seen = self._basic.get(key)
        if seen is not None and seen[0] > time.monotonic():
            current = await run_in_threadpool(self.store.user, seen[1].name)
            if current is not None and current.generation == seen[1].generation:
                return current
            del self._basic[key]                 # reset or removed since: the password is checked again
        user = await self.password(name, password, client, "HTTP Basic")
        if len(self._basic) >= BASIC_CACHE_MAX:
            now = time.monotonic()
            self._basic = {k: v for k, v in self._basic.items() if v[0] > now}
        self._basic[key] = (time.monotonic() + BASIC_CACHE_S, user)
        return user


def client_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"
