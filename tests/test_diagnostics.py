"""Logs, the internal-error hook, and the check after an unclean shutdown: a kill -9 during editing, then a
restart: the saved edit is there and the cache passes its checks."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

from landdesk import diagnostics
from landdesk.diagnostics import begin_session, end_session, install
from landdesk.storage import open_cache
from landdesk.sync.journal import pending_operations

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_uncaught_errors_are_logged_and_reported_with_the_log_path(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnostics, "_fault_file", None)        # as in a fresh process
    reported: list[tuple[BaseException, Path]] = []
    saved_hook, root = sys.excepthook, logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = install(tmp_path, report=lambda error, log: reported.append((error, log)))
        try:
            raise ValueError("something internal")
        except ValueError as error:
            sys.excepthook(ValueError, error, error.__traceback__)
    finally:
        sys.excepthook = saved_hook
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert path == tmp_path / "landdesk.log"
    assert "internal error" in path.read_text(encoding="utf-8")
    assert "ValueError: something internal" in path.read_text(encoding="utf-8")
    assert isinstance(reported[0][0], ValueError)
    assert reported[0][1] == path
    assert (tmp_path / "crash.log").exists()                            # faulthandler's file


def test_a_clean_session_leaves_nothing_to_check(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        assert not begin_session(cache).unclean
        end_session(cache.path)
        assert not begin_session(cache).unclean


_EDITOR = """
import sys, time
from landdesk.diagnostics import begin_session
from landdesk.storage import open_cache
cache = open_cache(sys.argv[1])
begin_session(cache)
with cache.operation("parcel.edit", "tester") as tx:
    tx.execute("UPDATE parcels SET address = 'saved before the crash' WHERE fid = 1")
print("saved", flush=True)
with cache.operation("parcel.edit", "tester") as tx:            # the next edit, killed half-way
    tx.execute("UPDATE parcels SET address = 'half-made edit' WHERE fid BETWEEN 2 AND 500")
    print("editing", flush=True)
    time.sleep(60)
"""


def test_kill_9_while_editing_then_restart_finds_the_edit_and_a_sound_cache(demo_cache_file: Path) -> None:
    editor = subprocess.Popen([sys.executable, "-c", _EDITOR, str(demo_cache_file)], stdout=subprocess.PIPE,
                              text=True)
    assert editor.stdout is not None
    assert editor.stdout.readline().strip() == "saved"
    assert editor.stdout.readline().strip() == "editing"              # inside the second edit's transaction
    os.kill(editor.pid, signal.SIGKILL)
    editor.wait()
    with open_cache(demo_cache_file) as cache:
        check = begin_session(cache)
        address = cache.connection.execute("SELECT address FROM parcels WHERE fid = 1").fetchone()[0]
        half = cache.connection.execute("SELECT count(*) FROM parcels WHERE address = 'half-made edit'").fetchone()
        journaled = pending_operations(cache)
    assert check.unclean
    assert check.problems == ()
    assert "everything saved is there" in str(check.message())
    assert address == "saved before the crash"                          # the saved edit is there
    assert half[0] == 0                                                 # the unfinished one left no trace
    assert journaled == 1                                               # and only the saved one waits to be sent


def test_a_damaged_spatial_index_is_reported_after_an_unclean_shutdown(demo_cache_file: Path) -> None:
    (demo_cache_file.with_name(demo_cache_file.name + ".open")).write_text("999999999")   # a dead process
    raw = sqlite3.connect(demo_cache_file)
    gone = [r[0] for r in raw.execute("SELECT pkid FROM idx_parcels_geom LIMIT 5").fetchall()]
    raw.executemany("DELETE FROM idx_parcels_geom WHERE pkid = ?", [(pkid,) for pkid in gone])
    raw.commit()
    raw.close()
    with open_cache(demo_cache_file) as cache:
        check = begin_session(cache)
    assert check.unclean
    assert any("spatial index of parcels" in p for p in check.problems)
    assert "Restore the cache from a backup" in str(check.message())


def test_the_windows_only_and_posix_only_modules_are_imported_only_where_they_exist() -> None:
    """On Windows there is no fcntl (the sync lock) and `os.kill(pid, 0)` would kill: the client and the
    diagnostics must import without fcntl, and the liveness test must not call os.kill there."""
    probe = ("import sys; sys.modules['fcntl'] = None; sys.platform = 'win32'\n"
             "import landdesk.sync.client, landdesk.diagnostics, os\n"
             "os.kill = lambda *a: (_ for _ in ()).throw(AssertionError('os.kill on Windows'))\n"
             "landdesk.diagnostics._alive_on_windows = lambda pid: 'asked windows'\n"
             "print(landdesk.diagnostics._alive(12345))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "asked windows"
