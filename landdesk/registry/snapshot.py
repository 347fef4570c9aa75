"""District snapshots for a clone: built once per change sequence, served with Range, ETag and sha256."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from typing import TYPE_CHECKING, Any

from starlette.responses import Response, StreamingResponse

from landdesk.registry.apply import MIN_SCHEMA_VERSION
from landdesk.registry.refused import Refused
from landdesk.registry.store import read_attrs

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from starlette.requests import Request

    from landdesk.registry.store import Store

SNAPSHOT_FORMAT = 3        # 3: attribute columns a_<name>, so no field name meets the bookkeeping columns


# one range from a byte on, how a download resumes; any other Range (several ranges, a suffix, not bytes) is
# ignored and the whole file served, as RFC 9110 (14.2) allows; one whose last byte is before its first, or that
# starts beyond the file, is refused with 416 (RFC 9110 15.5.17: "rejected due to invalid ranges")
_RANGE = re.compile(r"bytes=([0-9]{1,19})-([0-9]{0,40})")


def ranged_file(request: Request, path: Path, digest: str) -> Response:
    size = path.stat().st_size
    headers = {"accept-ranges": "bytes", "x-content-sha256": digest, "etag": f'"{digest}"',
               "content-type": "application/vnd.sqlite3"}
    start, end = 0, size - 1
    status = 200
    wanted = request.headers.get("range")
    if_range = request.headers.get("if-range")
    match = _RANGE.fullmatch(wanted.strip()) if wanted else None
    if match and (if_range is None or if_range.strip('"') == digest):
        backwards = bool(match.group(2)) and int(match.group(2)) < int(match.group(1))
        if backwards or int(match.group(1)) >= size:
            problem = "ends before it starts" if backwards else f"starts beyond the file's {size} bytes"
            body = b"" if request.method == "HEAD" else json.dumps({
                "error": "bad_range", "message": f"The range {(wanted or '')[:80]!r} {problem}.",
                "what_to_do": "Download the snapshot again from the start (without a Range header)."}).encode()
            return Response(body, status_code=416, media_type="application/json",
                            headers={"content-range": f"bytes */{size}"})
        start = int(match.group(1))
        end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        status = 206
        headers["content-range"] = f"bytes {start}-{end}/{size}"
    headers["content-length"] = str(end - start + 1)
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers)

    def stream() -> Any:
        with path.open("rb") as handle:
            handle.seek(start)
            left = end - start + 1
            while left > 0:
                chunk = handle.read(min(1 << 20, left))
                if not chunk:
                    return
                left -= len(chunk)
                yield chunk

    return StreamingResponse(stream(), status_code=status, headers=headers)


def _write_typed_rows(connection: sqlite3.Connection,
                      rows: Iterator[tuple[str, str, int, int, str, bytes | None]]) -> None:
    """One table per synced table (`t_parcels`…) with a typed column per attribute (`a_<name>`, so no field name
    can meet the bookkeeping columns), so the client loads it with plain INSERT … SELECT (parsing JSON per
    attribute in SQL costs ~0.6 s per column at 200,000 rows). REAL values keep all their bits; the client writes
    them into the base with 17 significant digits (sync/snapshot.py). (Carrying the attribute JSON as well
    doubled the snapshot, 99 → 227 MB at 200,000 parcels.)"""
    columns: dict[str, list[str]] = {}
    batches: dict[str, list[tuple[Any, ...]]] = {}

    def flush(tbl: str) -> None:
        names = columns[tbl]
        marks = ", ".join("?" * (4 + len(names)))
        connection.executemany(f'INSERT INTO "t_{tbl}" VALUES ({marks})', batches.pop(tbl, []))

    for tbl, uid, version, deleted, attrs_json, wkb in rows:
        attrs = read_attrs(attrs_json)
        if tbl not in columns:
            columns[tbl] = sorted(attrs)
            defined = ", ".join(f'"a_{name}"' for name in columns[tbl])
            connection.execute(f'CREATE TABLE "t_{tbl}" (uid TEXT PRIMARY KEY, version INTEGER NOT NULL, '
                               f"deleted INTEGER NOT NULL, wkb BLOB{', ' if defined else ''}{defined})")
        extra = [name for name in attrs if name not in columns[tbl]]
        if extra:                               # a row with fields its table's first row lacked
            flush(tbl)
            for name in extra:
                connection.execute(f'ALTER TABLE "t_{tbl}" ADD COLUMN "a_{name}"')
                columns[tbl].append(name)
        batches.setdefault(tbl, []).append((uid, version, deleted, wkb,
                                            *(_cell(attrs.get(n)) for n in columns[tbl])))
        if len(batches[tbl]) >= 10_000:
            flush(tbl)
    for tbl in list(batches):
        flush(tbl)


def _cell(value: Any) -> Any:
    """A typed column's value. A whole number beyond 64 bits, which SQLite cannot hold (a registry took such
    numbers before the row rules refused them), is null there, as a stored NaN is, not a failed snapshot."""
    return None if isinstance(value, int) and not -2**63 <= value < 2**63 else value


def build_snapshot(store: Store, district: str, folder: Path) -> tuple[Path, str]:
    """A district's rows as a SQLite file stamped with the change sequence it is current to; built once per
    sequence number and kept, so a resumed download gets the very same bytes."""
    found = store.district(district)
    if found is None:
        raise Refused(404, "unknown_district", f"The registry holds no district {district}.",
                      "Ask the administrator to load the district.", district=district)
    srid, facts, cursor = found
    path = folder / f"{district}-{cursor}.sqlite"
    checksum = path.with_suffix(".sha256")
    with _snapshot_lock(path):                 # two clones at once build it once
        if path.exists() and checksum.exists():
            return path, checksum.read_text().strip()
        built = _write_snapshot(store, district, srid, facts, cursor, path)
        for old in sorted(folder.glob(f"{district}-*.sqlite"), key=lambda f: f.stat().st_mtime)[:-2]:
            old.unlink(missing_ok=True)        # the newest two stay, for downloads still resuming
            old.with_suffix(".sha256").unlink(missing_ok=True)
        return path, built


_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _snapshot_lock(path: Path) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(path, threading.Lock())


def _write_snapshot(store: Store, district: str, srid: int, facts: dict[str, Any], cursor: int,
                    path: Path) -> str:
    checksum = path.with_suffix(".sha256")
    partial = path.with_suffix(f".part{os.getpid()}")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
            ("format", str(SNAPSHOT_FORMAT)), ("district", district), ("srid", str(srid)),
            ("district_info", json.dumps(facts, ensure_ascii=False)), ("cursor", str(cursor)),
            ("schema_version", str(MIN_SCHEMA_VERSION))])
        _write_typed_rows(connection, store.all_rows(district))
        connection.commit()
    finally:
        connection.close()
    digest = hashlib.sha256()
    with partial.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    checksum.write_text(digest.hexdigest())
    os.replace(partial, path)                  # the checksum first: a file that exists always has its sha256
    return digest.hexdigest()
