"""Issue 15: a stateful property test of sync. Three officers' caches, random edits, random kills and lost
answers at every step of push and pull, against one real registry process per test.

Each example clones three caches (aida, bolat, dana of district 19-245) from the running registry and works on
a cluster of three neighbouring parcels no earlier example touched, and on parcels and encumbrances the officers
create. It starts with offline work (attribute edits in the caches), then its rules:

- edit attributes (address, right holder, or the official area as a float of 17 significant digits);
- move a parcel (shapely translation by millimetres, under the 1 m² topology tolerance, or by decimetres,
  which usually covers a neighbour), written with GeomFromWKB through `cache.operation`;
- insert a parcel (a valid cadastral number 19-245-977-NNNN, the fields of a parcel of the cluster, on empty
  land north of the district's parcels) or an encumbrance of a parcel (a child row: pulls meet parents and
  children, in pages of 1, 2, 3 or 1,000 rows);
- delete a parcel (a tombstone);
- sync normally, or all three caches at the same moment;
- sync through the fault proxy: the answer dropped or cut after the registry committed, a fake 502/504, on the
  push, on the sign-in or on the first, second or third pull page;
- `landdesk sync` as its own process, SIGKILLed at a crash point (after-freeze, after-response, after-ack,
  before-page, after-page);
- the registry SIGKILLed right after it committed a push (`LANDDESK_REGISTRY_CRASH_AFTER_COMMIT`), restarted;
- clone a cache again (when it has nothing waiting), so a cache built from a snapshot joins mid-way;
- resolve the open conflicts of one cache, accepting theirs or keeping mine (with a reason).

At the end of every example the caches settle: each accepts the registry's side of what is open and syncs, in
rounds, until nothing is open or waiting anywhere. Then:

1. Convergence: every cache, and a fresh clone, dump (tests/registry/helpers.dump) exactly what the registry's
   `features` table holds, float for float and byte for byte; and for every row the example touched, each
   cache's `sync_base` and row_version are the registry's current row (a settled cache has nothing to send).
2. The registry only applies on top of what the writer saw. Every change a cache sent (as the proxy saw it)
   tells the truth about its base: each field's `old` and the geometry hash are those of the registry version it
   names. Every row version written during the example comes from such a change, the registry's stored answer
   acknowledges it at that version, it is exactly that change applied to the previous version (no phantom field,
   no lost field), and every value it replaced was the value the change was based on (a delete, or an update of
   a tombstone, was based on that very version). So an accepted write leaves the registry only through a later
   write whose author had seen it.
3. Nothing an officer wrote is silently lost: every write (a field's value, a geometry, a delete, an insert)
   reached the registry's history, or the same cache wrote the same thing again later (or deleted the row, or
   created and deleted it offline), or that cache was shown a conflict on that row and accepted the registry's
   side after the write.
4. The registry never answered 5xx and never logged a traceback; no `landdesk sync` printed one, and each ended
   with -9 (killed) or, when its crash point was not reached, 0 or 1; a sync with no fault injected succeeds, and
   one through a fault that struck fails as "unreachable"; a changeset id is never sent with other content
   (SYNC-24).

Together 1-3 are issue 15's statement: every write the registry accepted is in the final state of all clients,
or was replaced by someone who had seen it, or was reported as a conflict.

Bounded in CI (`CI` set): 8 examples of up to 15 steps on SpatiaLite and 4 of up to 10 on PostGIS (about two
minutes on two cores). Locally 20 of 25 and 10 of 16; `LANDDESK_PROPERTY_EXAMPLES` and `LANDDESK_PROPERTY_STEPS`
set more (PostGIS runs half the examples and two thirds of the steps). `-s` prints what the examples went
through. Hypothesis shrinks a failure (for up to five minutes) and prints its steps.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import pytest
import shapely
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from shapely import affinity

import landdesk.sync.client as sync_client
from landdesk.domain.replication import SYNCED_TABLES, local_columns
from landdesk.registry.backends import open_store
from landdesk.storage.connection import open_cache
from landdesk.sync.client import Registry, RegistryUnreachable, sync
from landdesk.sync.conflicts import open_conflicts, resolve_conflict
from tests.registry.conftest import PASSWORD, RunningRegistry
from tests.registry.helpers import DISTRICT, cloned, dump, value
from tests.registry.proxy import Fault, FaultProxy

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

CI = bool(os.environ.get("CI"))
EXAMPLES = int(os.environ.get("LANDDESK_PROPERTY_EXAMPLES") or (8 if CI else 20))
STEPS = int(os.environ.get("LANDDESK_PROPERTY_STEPS") or (15 if CI else 25))
USERS = ("aida", "bolat", "dana")
CLUSTER = 3                          # parcels edited in one example: neighbours, so edits meet on rows and borders
CLUSTER_SPACING_M = 200.0            # clusters of different examples share no neighbour
NEW_QUARTER = "977"                  # accounting quarter of the parcels the officers create
SETTLE_ROUNDS = 6
CRASH_POINTS = ("after-freeze", "after-response", "after-ack", "before-page", "after-page")
PULL_POINTS = ("before-page", "after-page")          # every sync pulls at least one page: always reached
FAULTS = (                                           # (proxy fault, the requests it hits)
    ("drop_response", "/sync/changesets"),           # the registry committed; its answer is lost (SYNC-01)
    ("cut_body", "/sync/changesets"),                # … half of it arrives
    ("status_502", "/sync/changesets"),              # the push never reached the registry
    ("status_504", "/sync/changesets"),
    ("drop_response", "/sync/changes?"),             # a pull page is lost, cut or refused
    ("cut_body", "/sync/changes?"),
    ("status_502", "/sync/changes?"),
    ("drop_response", "/auth/token"),
)
MINE_ALLOWED = frozenset({"same_field", "geometry", "update_delete"})   # others can only be accepted
# `landdesk sync` in its own process, with the pull page size of this step (the CLI has no option for it)
SYNC_PROCESS = ("import sys\nimport landdesk.sync.client as client\nclient.PAGE = int(sys.argv.pop(1))\n"
                "from landdesk.cli import main\nsys.exit(main(sys.argv[1:]))")


# --- the registry process, with its log kept, and a proxy that records what passes ----------------------------

@dataclass
class LoggedRegistry(RunningRegistry):
    """The registry process of conftest, with its stdout and stderr kept in a file (tracebacks, 500s)."""
    log_path: Path | None = None

    def start(self, **env: str) -> None:
        assert self.log_path is not None
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(self.args(), env={**os.environ, **self.env, **env}, stdout=log,
                                            stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"the registry exited with {self.process.returncode}: {self.log()[-2000:]}")
            time.sleep(0.05)
        raise RuntimeError("the registry did not start")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


@dataclass
class SkippingFault(Fault):
    skip: int = 0                    # matching requests let through before the fault strikes (the n-th pull page)


@dataclass
class RecordingProxy(FaultProxy):
    """The fault proxy, which also keeps every pushed changeset's bytes and the status of every answer the
    registry itself gave."""
    statuses: list[tuple[str, int]] = field(default_factory=list)
    payloads: dict[str, bytes] = field(default_factory=dict)
    reused: list[str] = field(default_factory=list)              # changeset ids sent again with other bytes

    def inject(self, kind: str, path: str = "/", times: int = 1, skip: int = 0) -> None:
        self.faults.append(SkippingFault(kind, path, times, skip))

    def struck(self) -> bool:
        return any(f.times == 0 for f in self.faults)

    def _take(self, path: str) -> str | None:
        for fault in self.faults:
            if path.startswith(fault.path) and fault.times > 0:
                if isinstance(fault, SkippingFault) and fault.skip > 0:
                    fault.skip -= 1
                    return None
                fault.times -= 1
                return fault.kind
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            body = await reader.readexactly(length) if length else b""
            method, path = (part.decode() for part in head.split(b" ", 2)[:2])
            self.seen.append(path)
            if method == "POST" and path.startswith("/sync/changesets"):
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    changeset_id = json.loads(body)["changeset_id"]
                    if self.payloads.setdefault(changeset_id, body) != body:
                        self.reused.append(changeset_id)
            fault = self._take(path)
            if fault and fault.startswith("status_"):
                code = fault.split("_")[1]
                writer.write(f"HTTP/1.1 {code} Proxy Fault\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".encode())
                await writer.drain()
                return
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            up_writer.write(head + body)
            await up_writer.drain()
            answer = await up_reader.read()                     # the registry closes after one answer
            up_writer.close()
            if answer.startswith(b"HTTP/"):
                self.statuses.append((f"{method} {path}", int(answer.split(b" ", 2)[1])))
            if fault == "drop_response":
                return
            if fault == "cut_body":
                split = answer.index(b"\r\n\r\n") + 4
                answer = answer[: split + max(1, (len(answer) - split) // 2)]
            writer.write(answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()


# --- what the test remembers --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Client:
    user: str
    path: Path


@dataclass(frozen=True)
class Write:
    """One thing an officer wrote: a field's value, a geometry ("geom"), a tombstone ("delete") or a new row
    ("insert"), at a step of the example."""
    step: int
    at: int              # the example's clock: orders the writes (several in one step) and the resolutions
    client: int
    tbl: str
    uid: str
    what: str
    value: Any = None

    def __str__(self) -> str:
        shown = self.value.hex()[:24] + "…" if isinstance(self.value, bytes) else repr(self.value)
        return f"step {self.step}: {USERS[self.client]} {self.what} {self.tbl}/{self.uid[:8]} = {shown}"


@dataclass(frozen=True)
class Version:
    deleted: bool
    attrs: dict[str, Any]
    wkb: bytes | None
    changeset_id: str | None


@dataclass
class World:
    """What lives as long as the test function: the registry, the proxy, and the land the examples use."""
    registry: LoggedRegistry
    proxy: RecordingProxy
    folder: Path
    clusters: list[list[str]]
    bounds: tuple[float, float, float, float]
    examples: int = 0
    cluster_at: int = 0
    counter: int = 0
    seen: Counter[str] = field(default_factory=Counter)      # what the examples went through, printed at the end

    def next_number(self) -> int:
        self.counter += 1
        return self.counter

    def take_cluster(self) -> list[str]:
        """The next cluster whose parcels the registry still holds at version 1 (no example touched them)."""
        fallback = self.clusters[self.cluster_at % len(self.clusters)]
        for _ in range(len(self.clusters)):
            cluster = self.clusters[self.cluster_at % len(self.clusters)]
            self.cluster_at += 1
            versions = _registry_rows(self.registry, "SELECT version, deleted FROM features WHERE tbl = 'parcels' AND "
                                      f"uid IN ({', '.join('?' * len(cluster))})", cluster)
            if len(versions) == len(cluster) and all(v == 1 and not d for v, d in versions):
                return cluster
        return fallback

    def place(self, number: int) -> tuple[float, float]:
        """Where the `number`-th new parcel goes: a grid of 250 m cells on empty land 1 km north of the parcels."""
        minx, _miny, maxx, maxy = self.bounds
        columns = max(1, int((maxx - minx) // 250))
        return minx + 125 + (number % columns) * 250, maxy + 1_000 + (number // columns) * 250


# --- strategies --------------------------------------------------------------------------------------------

def _significant_digits(number: float) -> int:
    return len(Decimal(repr(number)).normalize().as_tuple().digits)


clients = st.integers(0, len(USERS) - 1)
parcels = st.integers(0, 2 * CLUSTER - 1)    # a parcel of the cluster, or (when there are) one created here
pages = st.sampled_from([1, 2, 3, 1_000])
words = st.text(alphabet="abcxyz АӘБҒҚҢӨҰҮІаәғқңөұүі«»-,. 0123", max_size=8)
def _seventeen_digits(number: float) -> float:
    """The nearest double at or above `number` whose shortest decimal form needs all 17 significant digits (most
    doubles in the ranges `areas` draws from do; in some ranges, such as 8,192 to 10,000, none does)."""
    for _ in range(10_000):
        if _significant_digits(number) == 17:
            return number
        number = math.nextafter(number, math.inf)
    raise AssertionError(f"no double of 17 significant digits just above {number}")


# official areas in m²: a fraction in [0, 1) placed in a range where 17 digits are common
areas = st.builds(lambda low_high, fraction: _seventeen_digits(low_high[0] + (low_high[1] - low_high[0]) * fraction),
                  st.sampled_from([(100.0, 128.0), (1_024.0, 1_300.0), (10_000.0, 16_000.0), (100_000.0, 250_000.0)]),
                  st.integers(0, 10**15 - 1).map(lambda n: n / 10**15))


def attribute_edits(max_size: int) -> st.SearchStrategy[list[tuple[int, int, str, str, float]]]:
    """(client, parcel, column, words for a text, an area) for each edit."""
    return st.lists(st.tuples(clients, parcels, st.sampled_from(["address", "right_holder", "area_official_m2"]),
                              words, areas), min_size=1, max_size=max_size)


offsets = st.one_of(st.floats(-0.004, 0.004, allow_nan=False), st.sampled_from([0.3, -0.6, 1.5]))


def step(rule_body: Callable[..., None]) -> Callable[..., None]:
    """Counts the example's steps, and marks the example broken when a step fails (then teardown only cleans up:
    the settling and final checks would only hide the first failure)."""
    @functools.wraps(rule_body)
    def counted(self: SyncMachine, **kwargs: Any) -> None:
        self.step += 1
        self.event(f"step {rule_body.__name__}")
        try:
            rule_body(self, **kwargs)
        except BaseException:
            self.broken = True
            raise
    return counted


# --- the machine ----------------------------------------------------------------------------------------------

class SyncMachine(RuleBasedStateMachine):
    world: World            # set by the test before it runs the machine

    def __init__(self) -> None:
        super().__init__()
        world = self.world
        world.examples += 1
        world.proxy.faults.clear()
        if not world.registry.running():
            world.registry.start()
        self.folder = world.folder / f"example-{world.examples}"
        self.folder.mkdir()
        self.clients = [Client(user, cloned(world.registry.url, self.folder / f"{user}.sqlite", user))
                        for user in USERS]
        self.cluster = world.take_cluster()
        self.born: list[str] = []                   # parcels created in this example
        self.writes: list[Write] = []
        self.theirs: dict[tuple[int, str, str], list[int]] = {}   # (client, tbl, uid) → when it accepted theirs
        self.step = 0
        self.clock = 0
        self.broken = False
        self.versions_before = {(r[0], r[1], r[2]) for r in _registry_rows(
            world.registry, "SELECT tbl, uid, version FROM row_history")}
        self.log_seen = len(world.registry.log())
        self.statuses_seen = len(world.proxy.statuses)
        self.payloads_seen = set(world.proxy.payloads)

    def tick(self) -> int:
        self.clock += 1
        return self.clock

    def event(self, what: str) -> None:
        self.world.seen[what] += 1

    # -- edits --

    def target(self, index: int) -> str:
        if index < CLUSTER or not self.born:
            return self.cluster[index % CLUSTER]
        return self.born[(index - CLUSTER) % len(self.born)]

    def _write(self, client: int, sql: str, params: tuple[Any, ...], kind: str = "test.edit") -> int:
        c = self.clients[client]
        with open_cache(c.path) as cache, cache.operation(kind, c.user) as tx:
            return int(tx.execute(sql, params).rowcount)

    @initialize(edits=attribute_edits(max_size=6))
    @step
    def offline_work(self, edits: list[tuple[int, int, str, str, float]]) -> None:
        """What the officers did offline before anything else happens: attribute edits, as below."""
        self._edit_attributes(edits)

    @rule(edits=attribute_edits(max_size=3))
    @step
    def edit_attributes(self, edits: list[tuple[int, int, str, str, float]]) -> None:
        """One to three attribute edits, each its own operation (edits are what the syncs have to carry)."""
        self._edit_attributes(edits)

    def _edit_attributes(self, edits: list[tuple[int, int, str, str, float]]) -> None:
        for client, parcel, column, text, area in edits:
            uid = self.target(parcel)
            new: Any = area if column == "area_official_m2" else f"{text} #{self.world.next_number()}"
            if self._write(client, f'UPDATE parcels SET "{column}" = ? WHERE uid = ? AND is_deleted = 0',
                           (new, uid)):
                self.writes.append(Write(self.step, self.tick(), client, "parcels", uid, column, new))

    @rule(client=clients, parcel=parcels, dx=offsets, dy=offsets)
    @step
    def move_parcel(self, client: int, parcel: int, dx: float, dy: float) -> None:
        uid = self.target(parcel)
        c = self.clients[client]
        with open_cache(c.path) as cache, cache.operation("test.move", c.user) as tx:
            row = tx.execute("SELECT AsBinary(geom) FROM parcels WHERE uid = ? AND is_deleted = 0", (uid,)).fetchone()
            if row is None:
                return
            moved = affinity.translate(shapely.from_wkb(row[0]), dx, dy)
            tx.execute("UPDATE parcels SET geom = GeomFromWKB(?, ?) WHERE uid = ?",
                       (shapely.to_wkb(moved), cache.srid, uid))
            wkb = bytes(tx.execute("SELECT AsBinary(geom) FROM parcels WHERE uid = ?", (uid,)).fetchone()[0])
        if wkb != bytes(row[0]):
            self.writes.append(Write(self.step, self.tick(), client, "parcels", uid, "geom", wkb))

    @rule(client=clients, template=st.integers(0, CLUSTER - 1), area=areas)
    @step
    def insert_parcel(self, client: int, template: int, area: float) -> None:
        number = self.world.next_number()
        uid = str(uuid.uuid4())
        c = self.clients[client]
        with open_cache(c.path) as cache, cache.operation("test.insert", c.user) as tx:
            shape = shapely.from_wkb(tx.execute("SELECT AsBinary(geom) FROM parcels WHERE uid = ?",
                                                (self.cluster[template],)).fetchone()[0])
            x, y = self.world.place(number)
            centre = shape.centroid
            there = affinity.translate(shape, x - centre.x, y - centre.y)
            tx.execute("INSERT INTO parcels (uid, cadastral_number, region_code, district_code, quarter_code, plot_no, "
                       "category, purpose, right_type, status, area_official_m2, address, updated_at, geom) "
                       "SELECT ?, ?, region_code, district_code, ?, ?, category, purpose, right_type, 'FREE', ?, ?, "
                       "updated_at, GeomFromWKB(?, ?) FROM parcels WHERE uid = ?",
                       (uid, f"19-245-{NEW_QUARTER}-{number:04d}", NEW_QUARTER, f"{number:04d}", area,
                        f"new plot #{number}", shapely.to_wkb(there), cache.srid, self.cluster[template]))
        self.born.append(uid)
        self.writes.append(Write(self.step, self.tick(), client, "parcels", uid, "insert"))

    @rule(client=clients, parcel=parcels, text=words)
    @step
    def insert_encumbrance(self, client: int, parcel: int, text: str) -> None:
        parent = self.target(parcel)
        uid = str(uuid.uuid4())
        if self._write(client, "INSERT INTO encumbrances (uid, parcel_uid, kind, description, beneficiary, "
                       "legal_basis, starts_on, ends_on, updated_at, geom) SELECT ?, p.uid, e.kind, ?, e.beneficiary, "
                       "e.legal_basis, e.starts_on, e.ends_on, e.updated_at, p.geom FROM parcels p, "
                       "(SELECT * FROM encumbrances ORDER BY fid LIMIT 1) e WHERE p.uid = ? AND p.is_deleted = 0",
                       (uid, f"servitude {text} #{self.world.next_number()}", parent), "test.encumbrance"):
            self.writes.append(Write(self.step, self.tick(), client, "encumbrances", uid, "insert"))

    @rule(client=clients, parcel=parcels)
    @step
    def delete_parcel(self, client: int, parcel: int) -> None:
        uid = self.target(parcel)
        if self._write(client, "UPDATE parcels SET is_deleted = 1 WHERE uid = ? AND is_deleted = 0", (uid,),
                       "test.delete"):
            self.writes.append(Write(self.step, self.tick(), client, "parcels", uid, "delete", True))

    # -- syncs --

    def _sync(self, client: int, page: int, url: str | None = None) -> sync_client.SyncReport:
        c = self.clients[client]
        before = sync_client.PAGE
        sync_client.PAGE = page
        try:
            return sync(c.path, Registry(url or self.world.proxy.url, c.user, PASSWORD))
        finally:
            sync_client.PAGE = before
            self.check_registry_health()

    @rule(client=clients, page=pages)
    @step
    def sync_normally(self, client: int, page: int) -> None:
        self._sync(client, page)            # nothing is wrong on the wire: it must simply work

    @rule(page=pages)
    @step
    def sync_everyone_at_once(self, page: int) -> None:
        """The three caches sync at the same moment: pushes queue on the district in the registry while the others
        pull (a pull must never pass a change that commits after it with a lower sequence number)."""
        before = sync_client.PAGE
        sync_client.PAGE = page
        try:
            with ThreadPoolExecutor(len(self.clients)) as pool:
                list(pool.map(lambda c: sync(c.path, Registry(self.world.proxy.url, c.user, PASSWORD)), self.clients))
        finally:
            sync_client.PAGE = before
            self.check_registry_health()

    @rule(client=clients, fault=st.sampled_from(FAULTS), skip=st.integers(0, 2), page=pages)
    @step
    def sync_through_a_fault(self, client: int, fault: tuple[str, str], skip: int, page: int) -> None:
        proxy = self.world.proxy
        proxy.inject(fault[0], fault[1], skip=skip)
        try:
            try:
                self._sync(client, page)
            except RegistryUnreachable:
                assert proxy.struck(), "the sync said the registry was unreachable, but no fault was injected"
            else:
                assert not proxy.struck(), f"the sync succeeded although the proxy's {fault[0]} struck it"
            self.event(f"proxy {fault[0]} on {fault[1]}: {'struck' if proxy.struck() else 'not reached'}")
        finally:
            proxy.faults.clear()

    @rule(client=clients, point=st.sampled_from(CRASH_POINTS), page=pages)
    @step
    def sync_killed(self, client: int, point: str, page: int) -> None:
        c = self.clients[client]
        done = subprocess.run([sys.executable, "-c", SYNC_PROCESS, str(page), "sync", str(c.path), "--registry",
                               self.world.proxy.url, "--user", c.user],
                              env={**os.environ, "LANDDESK_PASSWORD": PASSWORD, sync_client.CRASH_AT: point},
                              capture_output=True, text=True, timeout=300, check=False)
        self.check_registry_health()
        self.event(f"landdesk sync killed {point}: exit {done.returncode}")
        assert "Traceback" not in done.stderr, done.stderr
        allowed = (-9,) if point in PULL_POINTS else (-9, 0, 1)
        assert done.returncode in allowed, (f"`landdesk sync` with {point} ended with {done.returncode}:\n"
                                            f"{done.stdout}\n{done.stderr}")
        assert value(c.path, "PRAGMA quick_check") == "ok"

    @rule(client=clients, page=pages)
    @step
    def sync_while_the_registry_dies_after_its_commit(self, client: int, page: int) -> None:
        registry = self.world.registry
        registry.stop()
        registry.start(LANDDESK_REGISTRY_CRASH_AFTER_COMMIT="1")
        try:
            try:
                self._sync(client, page)
            except RegistryUnreachable:
                assert registry.process is not None
                assert registry.process.wait(30) == -9, "the registry was unreachable, yet it did not die"
                self.event("registry killed after its commit")
            else:
                assert registry.running(), "the registry died, yet the sync succeeded"
        finally:
            registry.stop()
            registry.start()

    @rule(client=clients)
    @step
    def clone_again(self, client: int) -> None:
        """The officer downloads the district afresh (once anything was written, and only when the cache has
        nothing waiting: otherwise the window would refuse to replace it)."""
        c = self.clients[client]
        if not self.writes or _waiting(c.path):
            return
        for old in c.path.parent.glob(c.path.name + "*"):
            old.unlink()
        cloned(self.world.registry.url, c.path, c.user)
        self.event("cloned again")

    # -- conflicts --

    def _resolve_all(self, client: int, keep_mine: list[bool]) -> None:
        c = self.clients[client]
        with open_cache(c.path) as cache:
            for n, conflict in enumerate(open_conflicts(cache)):
                mine = keep_mine[n % len(keep_mine)] and conflict.kind in MINE_ALLOWED
                self.event(f"conflict {conflict.kind} on {conflict.tbl}: {'mine' if mine else 'theirs'}")
                resolve_conflict(cache, conflict.conflict_id, "mine" if mine else "theirs", c.user,
                                 reason="property test: the officer keeps this version" if mine else None)
                if not mine:
                    self.theirs.setdefault((client, conflict.tbl, conflict.uid), []).append(self.tick())

    @rule(client=clients, keep_mine=st.lists(st.booleans(), min_size=1, max_size=4))
    @step
    def resolve_conflicts(self, client: int, keep_mine: list[bool]) -> None:
        self._resolve_all(client, keep_mine)

    # -- the end of an example --

    def teardown(self) -> None:
        try:
            if not self.broken:
                self.settle()
                self.check_convergence()
                self.check_registry_history()
                self.check_no_write_lost()
        finally:
            self.world.proxy.faults.clear()
            if not self.world.registry.running():
                self.world.registry.start()
            shutil.rmtree(self.folder, ignore_errors=True)

    def settle(self) -> None:
        """Everyone accepts the registry's side of what is open and syncs, until a round changes nothing."""
        for settling in range(SETTLE_ROUNDS):
            pushed = 0
            for client in range(len(self.clients)):
                self.step += 1
                self._resolve_all(client, [False])
                pushed += self._sync(client, 1_000).pushed_changesets
            if pushed == 0 and all(not _waiting(c.path) for c in self.clients):
                self.event(f"settled in {settling + 1} rounds after {len(self.writes)} writes")
                return
        raise AssertionError(f"the caches did not settle in {SETTLE_ROUNDS} rounds: " +
                             "; ".join(f"{c.user}: {_waiting(c.path)}" for c in self.clients))

    def check_registry_health(self) -> None:
        proxy, registry = self.world.proxy, self.world.registry
        errors = [s for s in proxy.statuses[self.statuses_seen:] if s[1] >= 500]
        assert not errors, f"the registry answered {errors}"
        log = registry.log()[self.log_seen:]
        assert "Traceback" not in log, f"the registry logged:\n{log[-4000:]}"
        assert "ERROR" not in log, f"the registry logged:\n{log[-4000:]}"
        assert not proxy.reused, f"changesets sent twice with different content (SYNC-24): {proxy.reused}"

    def check_convergence(self) -> None:
        """Invariant 1: every cache and a fresh clone hold exactly the registry's rows, and their bases are the
        registry's rows too (a settled cache has nothing to send: its rows, its base and the registry agree)."""
        reference, columns = _registry_dump(self.world.registry, self.clients[0].path)
        fresh = cloned(self.world.registry.url, self.folder / "fresh.sqlite", "dana")
        caches = [("a fresh clone", fresh), *((c.user, c.path) for c in self.clients)]
        for name, path in caches:
            found = dump(path)
            assert found == reference, (f"{name} differs from the registry: " +
                                        "; ".join(_differences(found, reference, columns)))
        touched = {(tbl, uid) for tbl, uid, _version in
                   set(_history(self.world.registry)) - self.versions_before}
        touched |= {("parcels", uid) for uid in self.cluster}
        everything = _features(self.world.registry)
        features = {key: row for key, row in everything.items() if key in touched}
        for name, path in caches:
            wrong = _base_differences(path, features, set(everything))
            assert not wrong, f"the base of {name} is not the registry's row: " + "; ".join(wrong)

    def check_registry_history(self) -> None:
        """Invariant 2: every row version written in this example is a change a cache sent, applied exactly, on
        top of values its author had seen."""
        registry, proxy = self.world.registry, self.world.proxy
        history = _history(registry)
        answers = {r[0]: json.loads(r[1]) for r in _registry_rows(
            registry, "SELECT changeset_id, response FROM applied_changesets")}
        changes: dict[tuple[str, str, str], tuple[dict[str, Any], str]] = {}     # (changeset, tbl, uid) → change
        for changeset_id, payload in proxy.payloads.items():
            for group in json.loads(payload)["groups"]:
                for change in group["rows"]:
                    changes[(changeset_id, change["tbl"], change["uid"])] = (change, group["group_id"])
        problems = []
        for (changeset_id, tbl, uid), (change, _group) in sorted(changes.items()):
            # sent in this example, not an insert: its base is a registry version, as that version was
            if changeset_id not in self.payloads_seen and change["action"] != "insert":
                problems += [f"{tbl}/{uid[:8]} in changeset {changeset_id[:8]}: {p}"
                             for p in _honest_base(change, history.get((tbl, uid, change.get("base_version"))))]
        for key in sorted(set(history) - self.versions_before):
            tbl, uid, version = key
            written = history[key]
            where = f"{tbl}/{uid[:8]} v{version}"
            sent = changes.get((written.changeset_id or "", tbl, uid))
            if sent is None:
                problems.append(f"{where} comes from changeset {written.changeset_id}, which no cache sent")
                continue
            change, group_id = sent
            answer = answers.get(written.changeset_id or "", {})
            group = next((g for g in answer.get("groups", []) if g.get("group_id") == group_id), {})
            if group.get("status") != "applied" or group.get("versions", {}).get(f"{tbl}/{uid}") != version:
                problems.append(f"{where}: the registry's stored answer does not acknowledge it ({group})")
            problems += [f"{where}: {p}" for p in _applied_exactly(change, history.get((tbl, uid, version - 1)),
                                                                   written, version)]
        current = _features(registry)
        touched = {(tbl, uid) for tbl, uid, _version in set(history) - self.versions_before}
        for key, (version, written) in _latest(history).items():
            if key in touched and current.get(key) != (version, written.deleted, written.attrs, written.wkb):
                problems.append(f"{key[0]}/{key[1][:8]}: features does not hold its latest history version v{version}")
        assert not problems, "the registry applied changes it should not have:\n" + "\n".join(problems[:20])

    def check_no_write_lost(self) -> None:
        """Invariant 3: every write reached the registry, was written again by the same cache, or was reported as
        a conflict on that cache and the registry's side accepted after it."""
        history = _history(self.world.registry)
        new: dict[tuple[str, str], list[Version]] = {}
        for (tbl, uid, version), written in history.items():
            if (tbl, uid, version) not in self.versions_before:
                new.setdefault((tbl, uid), []).append(written)
        lost = []
        for write in self.writes:
            later = [w for w in self.writes if w.client == write.client and (w.tbl, w.uid) == (write.tbl, write.uid)
                     and w.at > write.at and (w.what == write.what or w.what == "delete")]
            if later:
                continue
            versions = new.get((write.tbl, write.uid), [])
            if write.what == "insert":
                reached = bool(versions)
            elif write.what == "delete":       # or a row born here and deleted before it was sent (SYNC-09)
                reached = any(v.deleted for v in versions) or (not versions and any(
                    (w.client, w.tbl, w.uid, w.what) == (write.client, write.tbl, write.uid, "insert")
                    for w in self.writes))
            elif write.what == "geom":
                reached = any(v.wkb == write.value for v in versions)
            else:
                reached = any(write.what in v.attrs and _same(v.attrs[write.what], write.value) for v in versions)
            told = any(at > write.at for at in self.theirs.get((write.client, write.tbl, write.uid), []))
            if not reached and not told:
                lost.append(str(write))
        assert not lost, ("writes that never reached the registry, with no conflict shown to their officer:\n" +
                          "\n".join(lost))


# --- reading the registry's database ------------------------------------------------------------------------

def _registry_rows(registry: RunningRegistry, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    store = open_store(str(registry.data), registry.database)
    try:
        return [tuple(r) for r in store.execute(store.connection(), sql, tuple(params)).fetchall()]
    finally:
        store.close()


def _bytes(data: Any) -> bytes | None:
    return None if data is None else bytes(data)


def _history(registry: RunningRegistry) -> dict[tuple[str, str, int], Version]:
    return {(r[0], r[1], int(r[2])): Version(bool(r[3]), json.loads(r[4]), _bytes(r[5]), r[6])
            for r in _registry_rows(registry, "SELECT tbl, uid, version, deleted, attrs, wkb, changeset_id "
                                              "FROM row_history")}


def _latest(history: dict[tuple[str, str, int], Version]) -> dict[tuple[str, str], tuple[int, Version]]:
    out: dict[tuple[str, str], tuple[int, Version]] = {}
    for (tbl, uid, version), written in history.items():
        if out.get((tbl, uid), (0,))[0] < version:
            out[(tbl, uid)] = (version, written)
    return out


def _features(registry: RunningRegistry) -> dict[tuple[str, str], tuple[int, bool, dict[str, Any], bytes | None]]:
    """(tbl, uid) → (version, tombstone, attributes, WKB) of every row the registry holds in the district."""
    return {(r[0], r[1]): (int(r[2]), bool(r[3]), json.loads(r[4]), _bytes(r[5])) for r in _registry_rows(
        registry, "SELECT tbl, uid, version, deleted, attrs, wkb FROM features WHERE district = ?", (DISTRICT,))}


def _base_differences(path: Path, features: dict[tuple[str, str], tuple[int, bool, dict[str, Any], bytes | None]],
                      known: set[tuple[str, str]], limit: int = 6) -> list[str]:
    """Where a cache's `sync_base` (and its rows' row_version) is not the registry's current row, for the rows in
    `features`; and bases of rows the registry does not have at all (`known`: every row it has)."""
    with open_cache(path, read_only=True) as cache:
        bases = {(r[0], r[1]): (r[2], bool(r[3]), json.loads(r[4]), _bytes(r[5])) for r in cache.connection.execute(
            "SELECT tbl, uid, row_version, is_deleted, attrs, geom FROM sync_base")}
        versions = {(tbl, r[0]): r[1] for tbl in SYNCED_TABLES for r in cache.connection.execute(
            f'SELECT uid, row_version FROM "{tbl}" WHERE row_version IS NOT NULL')}
    out = [f"{key[0]}/{key[1]}: a base of a row the registry does not have"
           for key in sorted(set(bases) - known)]
    for key, (version, deleted, attrs, wkb) in sorted(features.items()):
        where = f"{key[0]}/{key[1]}"
        base = bases.get(key)
        if base is None:
            out.append(f"{where}: no base")
            continue
        if (base[0], versions.get(key)) != (version, version):
            out.append(f"{where}: base v{base[0]}, row v{versions.get(key)}, registry v{version}")
        if base[1] != deleted or base[3] != wkb:
            out.append(f"{where}: the base's tombstone or geometry is not the registry's")
        fields = [f"{k}: {base[2].get(k)!r} in the base, {attrs.get(k)!r} in the registry"
                  for k in sorted(set(base[2]) | set(attrs)) if not _same(base[2].get(k), attrs.get(k))]
        if fields:
            out.append(f"{where} " + ", ".join(fields))
    return out[:limit] + (["…"] if len(out) > limit else [])


def _registry_dump(registry: RunningRegistry, like: Path
                   ) -> tuple[dict[tuple[str, str], tuple[Any, ...]], dict[str, list[str]]]:
    """The registry's `features` in the shape of helpers.dump: (tombstone, WKB, attributes in table order)."""
    with open_cache(like, read_only=True) as cache:
        columns = {tbl: [r[1] for r in cache.connection.execute(f'PRAGMA table_info("{tbl}")')
                         if r[1] not in local_columns(tbl)] for tbl in SYNCED_TABLES}
    out = {}
    for tbl, uid, deleted, attrs, wkb in _registry_rows(
            registry, "SELECT tbl, uid, deleted, attrs, wkb FROM features WHERE district = ?", (DISTRICT,)):
        values = json.loads(attrs)
        out[(tbl, uid)] = (int(deleted), _bytes(wkb), *(values.get(c) for c in columns[tbl]))
    return out, columns


def _differences(found: dict[tuple[str, str], tuple[Any, ...]], reference: dict[tuple[str, str], tuple[Any, ...]],
                 columns: dict[str, list[str]], limit: int = 6) -> list[str]:
    out = []
    for key in sorted(set(found) | set(reference)):
        mine, theirs = found.get(key), reference.get(key)
        if mine == theirs:
            continue
        if mine is None or theirs is None:
            out.append(f"{key[0]}/{key[1]} only in {'the registry' if mine is None else 'the cache'}")
        else:
            names = ["is_deleted", "geom", *columns[key[0]]]
            fields = [f"{n}: {_short(a)} here, {_short(b)} in the registry"
                      for n, a, b in zip(names, mine, theirs, strict=True) if a != b]
            out.append(f"{key[0]}/{key[1]} " + ", ".join(fields))
        if len(out) == limit:
            out.append("…")
            break
    return out


def _short(data: Any) -> str:
    return f"<wkb {hashlib.sha256(data).hexdigest()[:8]}>" if isinstance(data, bytes) else repr(data)


def _same(a: Any, b: Any) -> bool:
    """Equal as stored values: 1 and 1.0 are one number, True is not 1 (as the sync protocol compares)."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else bool(a == b)


def _sha(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _applied_exactly(change: dict[str, Any], before: Version | None, after: Version, version: int) -> list[str]:
    """What is wrong with `after` as the registry's result of applying `change` on top of `before`."""
    action, base = change["action"], change.get("base_version")
    fields = {name: (pair.get("old"), pair.get("new")) for name, pair in change.get("fields", {}).items()}
    geom = change.get("geom")
    new_wkb = None if geom is None or geom.get("new_wkb") is None else bytes.fromhex(geom["new_wkb"])
    if action == "insert":
        problems = [] if before is None and version == 1 else ["an insert did not create version 1"]
        if not _same_attrs(after.attrs, {n: new for n, (_old, new) in fields.items()}) or after.wkb != new_wkb \
                or after.deleted:
            problems.append("the inserted row is not what was sent")
        return problems
    if before is None:
        return [f"a {action} created a row"]
    if action == "delete":
        problems = [] if base == version - 1 and not before.deleted else [
            f"a delete based on v{base} was applied on top of v{version - 1}"]
        if not after.deleted or not _same_attrs(after.attrs, before.attrs) or after.wkb != before.wkb:
            problems.append("the delete changed more than the tombstone")
        return problems
    problems = []
    if before.deleted and base != version - 1:
        problems.append(f"an update based on v{base} brought back a row deleted at v{version - 1}")
    expected = dict(before.attrs)
    for name, (old, new) in fields.items():
        current = before.attrs.get(name)
        if not _same(current, old) and not _same(current, new):
            problems.append(f"{name} was {current!r} in the registry; the change, based on {old!r}, overwrote it "
                            f"with {new!r} (an update its author never saw is lost)")
        expected[name] = new
    if not _same_attrs(after.attrs, expected):
        problems.append(f"the fields are not the previous version with the change applied: "
                        f"{_changed(after.attrs, expected)}")
    if geom is not None:
        if _sha(before.wkb) not in (geom.get("base_sha256"), _sha(new_wkb)):
            problems.append("the geometry was replaced although the change was based on another one")
        if after.wkb != new_wkb:
            problems.append("the geometry is not the one sent")
    elif after.wkb != before.wkb:
        problems.append("the geometry changed although the change did not touch it")
    if after.deleted:
        problems.append("an update left a tombstone")
    return problems


def _honest_base(change: dict[str, Any], base: Version | None) -> list[str]:
    """What a change claims about the version it was based on that is not true of that registry version: each
    field's `old` is that version's value, the geometry hash is that version's geometry's (SYNC.md: `sync_base`
    is the last server state of the row the cache saw). A cache whose base is off overwrites what it never saw,
    or meets conflicts nobody caused."""
    version = change.get("base_version")
    if base is None:
        return [f"based on v{version}, which the registry never had"]
    problems = [f"{name} was {base.attrs.get(name)!r} at v{version}; the change says {pair.get('old')!r}"
                for name, pair in sorted(change.get("fields", {}).items()) if not _same(base.attrs.get(name),
                                                                                        pair.get("old"))]
    geom = change.get("geom")
    if geom is not None and geom.get("base_sha256") != _sha(base.wkb):
        problems.append(f"its geometry was based on another boundary than v{version}'s")
    return problems


def _same_attrs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return set(a) == set(b) and all(_same(a[k], b[k]) for k in a)


def _changed(found: dict[str, Any], expected: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {found.get(k)!r} instead of {expected.get(k)!r}" for k in sorted(set(found) | set(expected))
                     if not _same(found.get(k), expected.get(k)))


def _waiting(path: Path) -> dict[str, int]:
    """What a cache still has to do: open conflicts, pending operations, changesets waiting for an answer."""
    with open_cache(path, read_only=True) as cache:
        out = {"open conflicts": len(open_conflicts(cache))}
        for name, sql in (("pending operations", "SELECT count(*) FROM sync_op"),
                          ("frozen changesets", "SELECT count(*) FROM sync_outbox WHERE state = 'frozen'")):
            out[name] = int(cache.connection.execute(sql).fetchone()[0])
    return {k: v for k, v in out.items() if v}


# --- the land an example works on ------------------------------------------------------------------------------

def _clusters(template: Path) -> tuple[list[list[str]], tuple[float, float, float, float]]:
    """Clusters of neighbouring live parcels, far enough apart that no two share a neighbour, and the parcels'
    bounds."""
    with open_cache(template, read_only=True) as cache:
        rows = cache.connection.execute("SELECT uid, AsBinary(geom) FROM parcels WHERE is_deleted = 0 AND geom IS "
                                        "NOT NULL ORDER BY fid").fetchall()
        assert not cache.connection.execute("SELECT count(*) FROM parcels WHERE quarter_code = ?",
                                            (NEW_QUARTER,)).fetchone()[0], "the demo uses the test's quarter"
    shapes = shapely.from_wkb([r[1] for r in rows])
    centres = shapely.centroid(shapes)
    tree = shapely.STRtree(centres)
    clusters: list[list[str]] = []
    taken: list[int] = []
    for i, centre in enumerate(centres):
        if any(shapely.distance(centre, centres[j]) < CLUSTER_SPACING_M for j in taken):
            continue
        nearest = sorted(tree.query(shapely.buffer(centre, 100.0)),
                         key=lambda j: float(shapely.distance(centre, centres[j])))[:CLUSTER]
        if len(nearest) == CLUSTER:
            taken.append(i)
            clusters.append([rows[j][0] for j in nearest])
    minx, miny, maxx, maxy = (float(v) for v in shapely.total_bounds(shapes))
    return clusters, (minx, miny, maxx, maxy)


@pytest.fixture
def world(seeded: tuple[Path, str | None], demo_template_readonly: Path, tmp_path: Path) -> Iterator[World]:
    registry = LoggedRegistry(*seeded, log_path=tmp_path / "registry.log")
    registry.start()
    proxy = RecordingProxy(registry.port).start()
    clusters, bounds = _clusters(demo_template_readonly)
    try:
        yield World(registry, proxy, tmp_path, clusters, bounds)
    finally:
        proxy.stop()
        registry.stop()


def test_every_acknowledged_write_survives_kills_and_lost_answers(world: World,
                                                                 backend: tuple[Path, str | None]) -> None:
    on_postgis = backend[1] is not None
    SyncMachine.world = world
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=max(2, EXAMPLES // 2) if on_postgis else EXAMPLES,
        stateful_step_count=max(5, STEPS * 2 // 3) if on_postgis else STEPS,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]))
    print(f"{world.examples} examples:", *(f"{n:5} {what}" for what, n in sorted(world.seen.items())), sep="\n")
