"""Sign-in throttling: wrong passwords, per user name and per client address, answered ever more slowly and then
refused with 429 and Retry-After until the window has passed.

Counted are wrong passwords given to POST /auth/token and through HTTP Basic (a bearer token is 256 random bits:
guessing one is hopeless, so a wrong token is not counted). The first `free` wrong passwords in the window are
answered at once; each further one waits twice as long as the one before (from `delay_s`, at most
`max_delay_s`) before its 401; at `limit` the user name, or at `address_limit` the address, is refused for what
is left of the window, with the right password too, and no password is checked meanwhile (the scrypt work an
attacker could make the registry do is bounded as well). An address has a limit of its own, larger by default,
because the officers of one akimat usually reach the registry from one address; its delays start as many wrong
passwords before its limit as a user's do. A right password clears its user's count, never its address's.

The counts live in the serving process (one uvicorn worker) and a restart clears them; the settings are
`landdesk-registry serve --throttle-*` options or LANDDESK_REGISTRY_THROTTLE_* variables.
"""

from __future__ import annotations

import math
import os
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

ENV_PREFIX = "LANDDESK_REGISTRY_THROTTLE_"
MAX_KEYS = 100_000        # user names and addresses remembered at once (a spray of names cannot fill memory)


@dataclass(frozen=True)
class ThrottleSettings:
    free: int = 5               # wrong passwords in the window answered without delay
    limit: int = 20             # wrong passwords for one user name in the window after which it is refused (429)
    address_limit: int = 100    # wrong passwords from one client address in the window after which it is refused
    window_s: float = 900.0     # how long a wrong password counts
    delay_s: float = 0.5        # the first delay; it doubles with each further wrong password
    max_delay_s: float = 8.0

    @classmethod
    def from_env(cls) -> ThrottleSettings:
        """The defaults, overridden by LANDDESK_REGISTRY_THROTTLE_{FREE,LIMIT,ADDRESS_LIMIT,WINDOW_S,DELAY_S,
        MAX_DELAY_S}."""
        default = cls()

        def get(name: str, kind: Callable[[str], float]) -> float:
            raw = os.environ.get(ENV_PREFIX + name.upper())
            return kind(raw) if raw else float(getattr(default, name))

        return cls(free=int(get("free", int)), limit=int(get("limit", int)),
                   address_limit=int(get("address_limit", int)), window_s=get("window_s", float),
                   delay_s=get("delay_s", float), max_delay_s=get("max_delay_s", float))

    def problems(self) -> list[str]:
        wrong = []
        if not 0 <= self.free < self.limit:
            wrong.append(f"--throttle-free ({self.free}) must be at least 0 and below --throttle-limit ({self.limit})")
        if self.address_limit < self.limit:
            wrong.append(f"--throttle-address-limit ({self.address_limit}) must be at least --throttle-limit")
        if not self.window_s > 0:
            wrong.append("--throttle-window must be more than 0 seconds")
        if not 0 <= self.delay_s <= self.max_delay_s:
            wrong.append("--throttle-delay must be from 0 to --throttle-max-delay")
        return wrong


@dataclass(frozen=True)
class Verdict:
    """What a wrong password earned: the delay before its 401, and whether it just closed the door (the count of
    the user or of the address reached the limit)."""
    delay_s: float
    count: int
    closed: bool


class Throttle:
    def __init__(self, settings: ThrottleSettings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}

    def retry_after(self, user: str, address: str) -> int | None:
        """Seconds until a sign-in of this user from this address is taken again; None when it is taken now."""
        now = self._clock()
        waits = []
        for key, limit in self._limits(user, address):
            times = self._recent(key, now)
            if len(times) >= limit:                     # the door opens when the limit-th latest leaves the window
                waits.append(times[-limit] + self.settings.window_s - now)
        return max(1, math.ceil(max(waits))) if waits else None

    def failed(self, user: str, address: str) -> Verdict:
        now = self._clock()
        beyond, count, closed = 0, 0, False
        for key, limit in self._limits(user, address):
            times = self._recent(key, now)
            times.append(now)
            self._failures[key] = times
            beyond = max(beyond, len(times) - (limit - self.settings.limit + self.settings.free))
            count = max(count, len(times))
            closed = closed or len(times) == limit
        self._forget_oldest()
        delay = 0.0 if beyond <= 0 else min(self.settings.delay_s * 2 ** (beyond - 1), self.settings.max_delay_s)
        return Verdict(delay, count, closed)

    def succeeded(self, user: str) -> None:
        self._failures.pop(("user", user), None)

    def _limits(self, user: str, address: str) -> tuple[tuple[tuple[str, str], int], ...]:
        return (("user", user), self.settings.limit), (("address", address), self.settings.address_limit)

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.get(key, deque())
        while times and times[0] <= now - self.settings.window_s:
            times.popleft()
        if not times:
            self._failures.pop(key, None)
        return times

    def _forget_oldest(self) -> None:
        if len(self._failures) <= MAX_KEYS:
            return
        now = self._clock()
        for key in list(self._failures):
            self._recent(key, now)
        while len(self._failures) > MAX_KEYS:      # still full: the keys whose last failure is oldest go
            oldest = min(self._failures, key=lambda k: self._failures[k][-1])
            del self._failures[oldest]
