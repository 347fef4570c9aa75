"""What can go wrong with a cache file, as errors the officer can act on.

Environment problems (not a database, corrupt, locked, read-only, disk full, I/O) become these
classes, following qutebrowser's split of SQLite errors; anything else is a bug and is re-raised.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING

from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import Text, tr

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path



class CacheError(LandDeskError):
    code = "cache.error"


class CacheNotFound(CacheError):
    code = "cache.not_found"
    what = tr("There is no cache file at {path}.")
    todo = tr("Check the path, or build one with `landdesk demo` or clone your district from the registry.")


class CacheExists(CacheError):
    code = "cache.exists"
    what = tr("A file already exists at {path}.")
    todo = tr("Choose another name, or remove the old file first if you are sure it holds nothing you need.")


class NotACache(CacheError):
    code = "cache.not_a_cache"
    what = tr("{path} is not a LandDesk cache: {reason}.")
    todo = tr("Open a cache file made by LandDesk (a .sqlite file), or build a new one.")


class CacheCorrupt(CacheError):
    code = "cache.corrupt"
    what = tr("The cache {path} is damaged: {reason}.")
    todo = tr("Restore it from a backup or clone the district again. "
            "Do not delete the file: unsynced work in it may still be recoverable.")


class JournalMissing(CacheError):
    code = "cache.journal_missing"
    what = tr("The cache {path} has lost {count} of its change-journal triggers (for example {example}); "
            "edits made now would never reach the registry.")
    todo = tr("LandDesk will not edit it. Sync what it holds from a copy made before the damage, or clone the "
            "district again. "
            "Do not delete the file: unsynced work in it may still be recoverable.")


class CacheLocked(CacheError):
    code = "cache.locked"
    what = tr("The cache {path} is busy: another program or LandDesk window is writing to it.")
    todo = tr("Close the other program or wait until it has finished, then try again. Nothing was lost.")


class CacheReadOnly(CacheError):
    code = "cache.read_only"
    what = tr("LandDesk cannot write to {path}: {reason}.")
    todo = tr(
        "Copy the cache to a folder you can write to (for example your Documents folder), "
        "or ask your administrator for write access."
    )


class CacheNoAccess(CacheError):
    code = "cache.no_access"
    what = tr("LandDesk is not allowed to read {path}.")
    todo = tr("Ask your administrator for access to the file, or copy it into a folder of your own.")


class DiskFull(CacheError):
    code = "cache.disk_full"
    what = tr("The disk holding {path} is full; the last change was not saved.")
    todo = tr("Free some space on that disk and save again. Everything saved before is intact.")


class CacheIOError(CacheError):
    code = "cache.io_error"
    what = tr("The disk or network share holding {path} failed to read or write: {reason}.")
    todo = tr("Check that the disk or share is connected and healthy, then try again. "
            "Do not delete the file: unsynced work in it may still be recoverable.")


class CacheTooNew(CacheError):
    code = "cache.too_new"
    what = tr("{path} was made by a newer LandDesk (cache schema {found}; this LandDesk reads up to {supported}).")
    todo = tr("Update LandDesk to open it. The file was not changed.")


class CacheNeedsUpgrade(CacheError):
    code = "cache.needs_upgrade"
    what = tr("{path} uses an older cache schema ({found}; current is {supported}) and was opened read-only.")
    todo = tr("Open it once for writing so LandDesk can upgrade it.")


def classify(err: sqlite3.Error, path: Path) -> CacheError | None:
    """The user-facing error for an environment problem, or None for a bug."""
    name = getattr(err, "sqlite_errorname", "") or ""
    message = str(err)
    where = str(path)
    if name == "SQLITE_NOTADB" or "file is not a database" in message:
        return NotACache(path=where, reason=Text(tr("the file is not a SQLite database")))
    if name.startswith("SQLITE_CORRUPT") or "malformed" in message:
        return CacheCorrupt(path=where, reason=message)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in message:
        return CacheLocked(path=where)
    if name.startswith("SQLITE_READONLY") or "readonly" in message:
        return CacheReadOnly(path=where, reason=_read_only_reason(path))
    if name == "SQLITE_FULL" or "database or disk is full" in message:
        return DiskFull(path=where)
    if name.startswith("SQLITE_CANTOPEN"):
        if path.parent.exists() and not os.access(path.parent, os.W_OK):
            return CacheReadOnly(path=where, reason=_read_only_reason(path))
        return CacheIOError(path=where, reason=message)
    if name.startswith("SQLITE_IOERR"):
        if path.exists() and not _writable(path):
            return CacheReadOnly(path=where, reason=_read_only_reason(path))
        return CacheIOError(path=where, reason=message)
    return None


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite environment errors raised inside the block into CacheError subclasses."""
    try:
        yield
    except sqlite3.Error as err:
        known = classify(err, path)
        if known is None:
            raise
        raise known from err


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _read_only_reason(path: Path) -> str:
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only (LandDesk keeps a write-ahead journal next to the file)"
    return "the file system refused the write"


class RowRefused(LandDeskError):
    """A change that breaks the rules the registry applies (domain/row_rules): nothing was saved."""
    code = "row.refused"
    what = tr("This change cannot be saved: {tbl} {uid}, {field}: {detail}.")
    todo = tr("Correct the value and save again; the registry would refuse it. Nothing was saved.")
