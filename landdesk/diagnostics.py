"""Logs, crash reports and the check after an unclean shutdown (issue 7, part 4).

- A rotating log file in the user data directory; `faulthandler` writes a hard crash's stacks next to it.
- `sys.excepthook` logs any uncaught exception and tells the officer "internal error" with the log's path.
- A marker beside the cache while a window has it open: found at the next start with its process gone, it
  means LandDesk did not close properly (crash, kill, power loss), and the cache is checked before use.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from landdesk.domain.text import Text, joined, text, tr
from landdesk.storage.district import cache_problems

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

    from landdesk.storage.connection import Cache

LOG_NAME = "landdesk.log"
LOG_BYTES, LOG_COPIES = 2_000_000, 5
log = logging.getLogger(__name__)
_fault_file: Any = None


def log_path() -> Path:
    return data_dir() / LOG_NAME


def data_dir() -> Path:
    """Where LandDesk keeps its logs: %LOCALAPPDATA%\\LandDesk, or $XDG_DATA_HOME/LandDesk (~/.local/share)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "LandDesk"


def install(folder: Path | None = None, *, report: Callable[[BaseException, Path], None] | None = None) -> Path:
    """Start logging to a rotating file, enable faulthandler, and route uncaught exceptions to the log and to
    `report` (the window's "internal error" box). Returns the log file's path."""
    global _fault_file
    folder = folder or data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path
               for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_COPIES,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        if root.level > logging.INFO or root.level == logging.NOTSET:
            for other in root.handlers:          # the console keeps its level; only the file hears INFO
                if other.level == logging.NOTSET:
                    other.setLevel(root.level or logging.WARNING)
            root.setLevel(logging.INFO)
        root.addHandler(handler)
    if _fault_file is None:
        _fault_file = (folder / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(file=_fault_file, all_threads=True)

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.critical("internal error", exc_info=(kind, error, trace))
        if report is not None and not issubclass(kind, KeyboardInterrupt):
            report(error, path)
    sys.excepthook = hook
    log.info("LandDesk started (pid %d)", os.getpid())
    return path


@dataclass(frozen=True)
class RecoveryCheck:
    unclean: bool             # the previous session did not close properly
    problems: tuple[Text, ...]

    def message(self) -> Text:
        if not self.unclean:
            return text("")
        if not self.problems:
            return text(tr("LandDesk was not closed properly last time (a crash, a kill or a power cut). The cache was "
                           "checked: the database and its spatial indexes are intact, and everything saved is there."))
        return text(tr("LandDesk was not closed properly last time, and the check found: {problems}. Nothing was "
                       "changed. Restore the cache from a backup or clone the district again; send the log to your "
                       "administrator."), problems=joined(list(self.problems)))


def _marker(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.name + ".open")


def _alive(pid: int) -> bool:
    """Whether a process still runs. Windows needs its own test: there `os.kill(pid, 0)` *terminates* it."""
    if sys.platform == "win32":
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _alive_on_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == 5)      # access denied: it exists, owned by someone else
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)


def begin_session(cache: Cache) -> RecoveryCheck:
    """Before a window uses the cache: if the last session left its marker behind, check the cache
    (`quick_check` and SpatiaLite's `CheckSpatialIndex`); then leave this session's marker."""
    marker = _marker(cache.path)
    unclean = False
    if marker.exists():
        try:
            unclean = not _alive(int(marker.read_text().strip() or 0))
        except ValueError:
            unclean = True
    problems: tuple[Text, ...] = ()
    if unclean:
        problems = cache_problems(cache)
        log.warning("unclean shutdown of %s detected; check: %s", cache.path, problems or "ok")
    marker.write_text(str(os.getpid()))
    return RecoveryCheck(unclean, problems)


def end_session(cache_path: Path) -> None:
    _marker(cache_path).unlink(missing_ok=True)


