"""Talking to the registry: sign in, push the outbox, pull pages, clone a district. Standard library HTTP.

One sync run: push frozen changesets again with their own ids, freeze and push new operations, then pull
until the registry has nothing newer. A network error or 5xx keeps everything for the next run; a 4xx is
shown to the officer and also keeps everything (SYNC-03, SYNC-17). Only one run at a time per cache, by a
file lock beside it (SYNC-23).
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import logging
import os
import signal
import socket
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import Text, tr
from landdesk.storage.connection import open_cache
from landdesk.storage.district import load_district
from landdesk.sync.conflicts import open_conflicts
from landdesk.sync.journal import (
    apply_ack,
    freeze,
    frozen_changesets,
    pending_operations,
    read_row,
    record_attempt,
    set_aside_refused,
    set_state,
    state,
    unreadable_bases,
    write_base,
)
from landdesk.sync.protocol import RowState, sha256_hex
from landdesk.sync.pull import apply_pull_page
from landdesk.sync.snapshot import SnapshotBroken, cache_from_snapshot

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from landdesk.storage.connection import Cache

PAGE = 1_000
ROWS_PER_ASK = 10_000
TIMEOUT_S = 60.0
CRASH_AT = "LANDDESK_SYNC_CRASH_AT"      # fault tests: SIGKILL this process at a named step of a sync


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_AT) == name:
        os.kill(os.getpid(), signal.SIGKILL)


log = logging.getLogger(__name__)

class SyncError(LandDeskError):
    code = "sync.error"
    what = tr("{message}")
    todo = tr("{what_to_do}")


class RegistryUnreachable(SyncError):
    code = "sync.unreachable"
    what = tr("The registry at {url} cannot be reached: {reason}.")
    todo = tr("Work on offline; everything is kept and sent at the next sync.")


class SyncBusy(SyncError):
    code = "sync.busy"
    what = tr("Another sync of {path} is running.")
    todo = tr("Wait for it to finish; its result will show here.")


class SyncCancelled(SyncError):
    code = "sync.cancelled"
    what = tr("The sync was cancelled.")
    todo = tr("Nothing was lost: what was not sent or received yet goes at the next sync.")


@dataclass
class SyncReport:
    pushed_changesets: int = 0
    pushed_rows: int = 0
    pulled_rows: int = 0
    rebased_rows: int = 0
    conflicts: int = 0
    open_conflicts: int = 0
    pending: int = 0
    cursor: int = 0
    set_aside: int = 0            # rows the registry refused, kept aside for the officer to correct
    held: int = 0                 # pulled rows waiting for a parent or quarantined (sync_quarantine)
    rebased_bases: int = 0        # rows whose unreadable kept state was taken again from the registry
    restored_decisions: int = 0   # decisions the cache had lost, brought back from the registry (sync/anchor.py)
    messages: list[str] = field(default_factory=list)


class Registry:
    """An HTTP session with the registry: a bearer token, JSON in and out, errors as SyncError."""

    def __init__(self, url: str, user: str, password: str, *, timeout: float = TIMEOUT_S) -> None:
        self.url = url.rstrip("/")
        self.user = user
        self._password = password
        self._token: str | None = None
        self.timeout = timeout

    def sign_in(self) -> dict[str, Any]:
        answer: dict[str, Any] = self._request("POST", "/auth/token", {"user": self.user, "password": self._password},
                                               auth=False)
        self._token = answer["token"]
        return answer

    def get(self, path: str) -> Any:
        return self._request("GET", path)

    def post(self, path: str, body: bytes, headers: dict[str, str] | None = None) -> Any:
        return self._request("POST", path, body, headers=headers)

    def _request(self, method: str, path: str, body: Any = None, *, auth: bool = True,
                 headers: dict[str, str] | None = None) -> Any:
        if auth and self._token is None:
            self.sign_in()
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("content-type", "application/json")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        if auth:
            request.add_header("authorization", f"Bearer {self._token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as err:
            if err.code == 401 and auth:
                self._token = None                      # expired: sign in once more and retry
                self.sign_in()
                return self._request(method, path, body, headers=headers)
            raise _http_error(err, self.url) from err
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as err:
            # a cut connection (IncompleteRead), a refused one, a half-read JSON body: all "try again later"
            raise RegistryUnreachable(url=self.url, reason=_reason(err)) from err

    def download(self, path: str, target: Path, progress: Callable[[str, int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> str:
        """Download to `target` with Range resume from a partial file; returns the registry's sha256."""
        if self._token is None:
            self.sign_in()
        partial = target.with_name(target.name + ".part")
        etag_file = target.with_name(target.name + ".etag")
        have = partial.stat().st_size if partial.exists() else 0
        request = urllib.request.Request(self.url + path)
        request.add_header("authorization", f"Bearer {self._token}")
        if have and etag_file.exists():
            request.add_header("range", f"bytes={have}-")
            request.add_header("if-range", etag_file.read_text())
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                digest = response.headers["x-content-sha256"]
                etag_file.write_text(response.headers.get("etag", ""))
                resumed = response.status == 206
                total = int(response.headers.get("content-length", 0)) + (have if resumed else 0)
                mode = "ab" if resumed else "wb"
                done = have if resumed else 0
                with partial.open(mode) as out:
                    while chunk := response.read(1 << 20):
                        if cancelled is not None and cancelled():
                            raise SyncCancelled()
                        out.write(chunk)
                        done += len(chunk)
                        if progress:
                            progress(tr("Downloading the district"), done, total)
                    out.flush()
                    os.fsync(out.fileno())
        except urllib.error.HTTPError as err:
            if err.code == 416:                           # the partial file is stale: start over
                partial.unlink(missing_ok=True)
                etag_file.unlink(missing_ok=True)
                return self.download(path, target, progress, cancelled)
            raise _http_error(err, self.url) from err
        except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
            raise RegistryUnreachable(url=self.url, reason=_reason(err)) from err
        if _file_sha256(partial) != digest:
            partial.unlink()
            etag_file.unlink(missing_ok=True)
            raise SyncError(message="The downloaded snapshot does not match its checksum.",
                            what_to_do=Text(tr("Run the clone again; it starts over.")))
        partial.replace(target)
        etag_file.unlink(missing_ok=True)
        return str(digest)


# The registry's refusals an officer can meet, by their stable code, in words the window translates (the
# registry's own English message, with its details, goes to the log for the administrator).
_REFUSALS: dict[str, tuple[str, str]] = {
    "bad_credentials": (tr("The registry does not accept this user name and password."),
                        tr("Check them, or ask the administrator to reset the password. Nothing was changed.")),
    "no_token": (tr("The registry asked LandDesk to sign in again."), tr("Sync again; nothing was lost.")),
    "token_expired": (tr("The registry asked LandDesk to sign in again."), tr("Sync again; nothing was lost.")),
    "wrong_district": (tr("This user works in another district of the registry."),
                       tr("Use a cache of your own district, or ask the administrator for access.")),
    "unknown_district": (tr("The registry holds no such district."),
                         tr("Check the district code, or ask the administrator to load the district.")),
    "read_only_role": (tr("This user's role may not change the registry."),
                       tr("Ask an officer of the district to make the change; it stays in your cache.")),
    "planning_only": (tr("This user's role may change plans only."),
                      tr("Ask an officer of the district to make the change; it stays in your cache.")),
    "cannot_decide": (tr("This user's role may not record decisions."),
                      tr("Only an officer or the head of the land department can record a decision.")),
    "upgrade_required": (tr("The registry needs a newer LandDesk."),
                         tr("Update LandDesk first, then sync again. Your unsynced work stays in the cache.")),
    "too_large": (tr("The changes are too large to send at once."), tr("Sync more often, so each sync is smaller.")),
}


# The same, with the facts the registry sends along (`params` in its answer), when it sends them.
_DETAILED: dict[str, str] = {
    "wrong_district": tr("{user} works in district {district}, not {wanted}."),
    "unknown_district": tr("The registry holds no district {district}."),
}


def _http_error(err: urllib.error.HTTPError, url: str) -> SyncError:
    params: dict[str, Any] = {}
    try:
        body = json.loads(err.read())
        code, message, todo = body.get("error", ""), body.get("message", str(err)), body.get("what_to_do", "")
        params = body.get("params") or {}
    except ValueError:
        code, message, todo = "", f"The registry answered {err.code} {err.reason}.", ""
    if err.code >= 500:
        return RegistryUnreachable(url=url, reason=Text(tr("it answered {code}"), (("code", err.code),)))
    log.info("the registry refused (%s %s): %s %s", err.code, code, message, todo)
    known = _REFUSALS.get(code)
    detailed = _DETAILED.get(code)
    what = Text(known[0]) if known else None
    if known and detailed and isinstance(params, dict):
        try:
            detailed.format(**params)
        except (KeyError, IndexError, ValueError):
            pass                              # an older registry, or other facts: the general wording
        else:
            what = Text(detailed, tuple((str(k), str(v)) for k, v in params.items()))
    failure = (SyncError(message=what, what_to_do=Text(known[1])) if known and what is not None else
               SyncError(message=message, what_to_do=todo or Text(tr("Nothing was lost; see the message."))))
    failure.status = err.code        # type: ignore[attr-defined]
    failure.error = code             # type: ignore[attr-defined]
    failure.refusal_params = params if isinstance(params, dict) else {}   # type: ignore[attr-defined]
    return failure


def _reason(err: BaseException) -> Text:
    reason = getattr(err, "reason", None) or err
    if isinstance(reason, socket.timeout | TimeoutError):
        return Text(tr("it did not answer in time"))
    if isinstance(reason, ConnectionRefusedError):
        return Text(tr("nothing answers at that address (the registry is stopped or the address is wrong)"))
    return Text(tr("the connection failed ({error})"), (("error", str(reason)),))


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether the registry answers its landing page now (the window's probe; no sign-in needed)."""
    try:
        with urllib.request.urlopen(url.rstrip("/") + "/", timeout=timeout) as answer:
            return bool(answer.status == 200)
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException):
        return False


@contextlib.contextmanager
def sync_lock(cache_path: Path) -> Iterator[None]:
    """One sync at a time per cache (SYNC-23); the lock dies with its process, so a kill leaves none (SYNC-18)."""
    lock_path = Path(f"{cache_path}.sync-lock")
    handle = lock_path.open("a+")
    try:
        try:
            _lock_exclusively(handle)
        except OSError as err:               # BlockingIOError (POSIX) or PermissionError (Windows): taken
            raise SyncBusy(path=str(cache_path)) from err
        yield
    finally:
        handle.close()


def _lock_exclusively(handle: IO[str]) -> None:
    """A non-blocking exclusive lock that the OS drops when the process dies (flock; LockFile on Windows)."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def sync(cache_path: Path, registry: Registry, *, progress: Callable[[str, int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> SyncReport:
    """One full sync run of a cache with the registry."""
    report = SyncReport()
    with sync_lock(cache_path), open_cache(cache_path) as cache:
        district = state(cache, "district") or load_district(cache).code
        info = registry.get("/sync/info")
        if info.get("district") != district:
            raise SyncError(message=f"This cache holds district {district}; {registry.user} works in "
                            f"{info.get('district')}.", what_to_do=Text(tr("Sync as a user of this cache's district.")))
        with cache.applying_remote() as connection:          # the window offers Sync with these
            set_state(connection, "registry", registry.url)
            set_state(connection, "user", registry.user)
        _rebase_unreadable(cache, registry, report)
        from landdesk.sync.anchor import reconcile  # the decision anchor (it imports this module)
        reconcile(cache, registry, district, report)      # before anything is sent: restore, or refuse to push
        from landdesk.sync.free_grants import confirm_free_grants  # (it imports this module)
        confirm_free_grants(cache, registry, report)      # settled before the push, which sends the outcome
        _push(cache, registry, district, report, progress, cancelled)
        _pull(cache, registry, district, report, progress, cancelled)
        reconcile(cache, registry, district, report)      # what was sent and received joins the anchor
        report.open_conflicts = len(open_conflicts(cache))
        report.pending = pending_operations(cache)
        with cache.applying_remote() as connection:
            set_state(connection, "last_sync_at", _now())
    return report


def _push(cache: Cache, registry: Registry, district: str, report: SyncReport,
          progress: Callable[[str, int, int], None] | None, cancelled: Callable[[], bool] | None) -> None:
    rounds = 0
    while True:
        waiting = frozen_changesets(cache)
        if not waiting:
            if freeze(cache, district) is None:
                return
            _crash_point("after-freeze")
            waiting = frozen_changesets(cache)
        for changeset_id, payload in waiting:
            if cancelled is not None and cancelled():
                raise SyncCancelled()
            if progress:
                progress(tr("Sending your changes"), report.pushed_changesets, report.pushed_changesets + len(waiting))
            try:
                answer = registry.post("/sync/changesets", payload, {"x-payload-sha256": sha256_hex(payload) or ""})
            except SyncError as err:
                record_attempt(cache, changeset_id, str(err))
                if not _set_aside(cache, changeset_id, err, report):
                    raise
                break                                  # freeze again without what was set aside
            _crash_point("after-response")
            conflicts = apply_ack(cache, changeset_id, answer)
            _crash_point("after-ack")
            report.pushed_changesets += 1
            report.pushed_rows += sum(len(g.get("versions", {})) for g in answer.get("groups", []))
            report.conflicts += len(conflicts)
        rounds += 1
        if rounds > 100:                               # a defect, not a loop forever
            return


def _pull(cache: Cache, registry: Registry, district: str, report: SyncReport,
          progress: Callable[[str, int, int], None] | None, cancelled: Callable[[], bool] | None) -> None:
    while True:
        if cancelled is not None and cancelled():
            raise SyncCancelled()
        cursor = int(state(cache, "pull_cursor") or 0)
        page = registry.get(f"/sync/changes?district={district}&since={cursor}&limit={PAGE}")
        rows = page["rows"]
        _crash_point("before-page")
        result = apply_pull_page(cache, rows if isinstance(rows, list) else [], int(page["next_cursor"]))
        _crash_point("after-page")
        report.pulled_rows += result.applied
        report.rebased_rows += result.rebased
        report.conflicts += result.conflicts
        report.held = result.held
        report.cursor = int(page["next_cursor"])
        if progress:
            progress(tr("Receiving the registry's changes"), report.pulled_rows, report.pulled_rows)
        if not page.get("more"):
            return


ROW_REFUSED = tr("{tbl} {uid} was set aside, the registry cannot keep it: {field}: {detail}")
BASE_REBASED = tr("The registry state kept for {tbl} {uid} could not be read; it was taken again from the registry.")


def _set_aside(cache: Cache, changeset_id: str, err: SyncError, report: SyncReport) -> bool:
    """A push refused whole because of what a row holds (422 invalid_row, or a 400 about a value): the row is set
    aside with the reason and the rest goes on. Any other refusal (role, district, upgrade) stops the sync."""
    status = getattr(err, "status", None)
    code = getattr(err, "error", "")
    if not (status == 422 and code == "invalid_row") and not (status == 400 and code in ("bad_request",
                                                                                         "non_finite_number")):
        return False
    params = getattr(err, "refusal_params", {}) or {}
    field = str(params.get("field", ""))
    detail = str(params.get("detail") or err.params.get("message") or err)
    if not set_aside_refused(cache, changeset_id, params.get("tbl"), params.get("uid"), field, detail):
        return False
    report.set_aside += 1
    report.messages.append(str(Text(ROW_REFUSED, (("tbl", params.get("tbl", "?")), ("uid", params.get("uid", "?")),
                                                  ("field", field), ("detail", detail)))))
    return True


def _rebase_unreadable(cache: Cache, registry: Registry, report: SyncReport) -> None:
    """Rows with pending work whose kept registry state cannot be read (a clone made by an older LandDesk from a
    registry that held NaN or Infinity): their base is taken again from the registry, the local row and its
    pending work stay, and the report names each row."""
    with cache.reading() as connection:
        broken = unreadable_bases(connection)
    if not broken:
        return
    fresh: dict[tuple[str, str], RowState] = {}
    for start in range(0, len(broken), ROWS_PER_ASK):        # the registry answers at most 10,000 keys at once
        answer = registry.post("/sync/rows", json.dumps({"keys": [list(k) for k in
                                                                  broken[start:start + ROWS_PER_ASK]]}).encode())
        fresh.update({(r.tbl, r.uid): r for r in (RowState.from_json(raw) for raw in answer.get("rows", []))})
    with cache.applying_remote() as connection:
        for tbl, uid in broken:
            row = fresh.get((tbl, uid))
            if row is not None:
                write_base(connection, row)
            else:                       # the registry never had it: the local row is what will be sent
                connection.execute("DELETE FROM sync_base WHERE tbl = ? AND uid = ?", (tbl, uid))
            local = read_row(connection, tbl, uid)
            log.warning("re-based %s %s from the registry (its kept state was unreadable; local row %s)", tbl, uid,
                        "kept" if local else "absent")
            report.messages.append(str(Text(BASE_REBASED, (("tbl", tbl), ("uid", uid)))))
            report.rebased_bases += 1


def clone(url: str, district: str, out: Path, user: str, password: str,
          progress: Callable[[str, int, int], None] | None = None) -> int:
    """Download the district's snapshot (resumable, checked) and build a cache from it; returns its row count."""
    registry = Registry(url, user, password)
    snapshot = out.with_name(out.name + ".snapshot")
    registry.download(f"/sync/snapshot?district={district}", snapshot, progress)
    try:
        count = cache_from_snapshot(snapshot, out, registry.url, user)
    except SnapshotBroken as err:
        raise SyncError(message=str(err), what_to_do=Text(tr("Run the clone again."))) from err
    snapshot.unlink()
    from landdesk.sync.anchor import anchor_clone
    anchor_clone(out, registry, district)
    return count


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
