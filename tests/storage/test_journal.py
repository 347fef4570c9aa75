"""The sync journal: every edit is recorded with its operation in the same transaction (SYNC-02, SYNC-20)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from landdesk.storage.connection import open_cache
from landdesk.storage.errors import JournalMissing

if TYPE_CHECKING:
    from pathlib import Path


def _a_parcel(path: Path) -> str:
    with open_cache(path, read_only=True) as cache:
        return str(cache.connection.execute("SELECT uid FROM parcels ORDER BY fid LIMIT 1").fetchone()[0])


def test_an_operation_records_the_rows_it_touched_with_its_user(demo_cache_file: Path) -> None:
    uid = _a_parcel(demo_cache_file)
    with open_cache(demo_cache_file) as cache:
        with cache.operation("parcel.edit", "Оспанов Е. С.", reason="survey") as tx:
            tx.execute("UPDATE parcels SET address = 'ул. Абая, 1' WHERE uid = ?", (uid,))
        ops = cache.connection.execute("SELECT o.kind, o.user_id, o.reason, r.tbl, r.uid FROM sync_op o "
                                       "JOIN sync_op_row r USING (op_id)").fetchall()
        assert ops == [("parcel.edit", "Оспанов Е. С.", "survey", "parcels", uid)]
        assert cache.connection.execute("SELECT value FROM sync_state WHERE key = 'current_op'").fetchone()[0] is None


def test_an_operation_that_changes_nothing_leaves_no_trace(demo_cache_file: Path) -> None:
    with open_cache(demo_cache_file) as cache:
        with cache.operation("nothing", "tester") as tx:
            tx.execute("UPDATE parcels SET address = 'x' WHERE uid = 'no such'")
        assert cache.connection.execute("SELECT count(*) FROM sync_op").fetchone()[0] == 0


def test_a_change_outside_an_operation_is_refused(demo_cache_file: Path) -> None:
    uid = _a_parcel(demo_cache_file)
    with open_cache(demo_cache_file) as cache:
        with pytest.raises(sqlite3.IntegrityError, match="outside an operation"), cache.transaction() as tx:
            tx.execute("UPDATE parcels SET address = 'x' WHERE uid = ?", (uid,))
        with pytest.raises(sqlite3.IntegrityError, match="uid never changes"), \
                cache.operation("test", "tester") as tx:
            tx.execute("UPDATE parcels SET uid = 'other' WHERE uid = ?", (uid,))
        assert cache.connection.execute("SELECT count(*) FROM parcels WHERE uid = ?", (uid,)).fetchone()[0] == 1


def test_a_cache_whose_journal_triggers_are_gone_is_not_opened_for_editing(demo_cache_file: Path) -> None:
    raw = sqlite3.connect(demo_cache_file)
    raw.execute("DROP TRIGGER ld_sync_journal_update_parcels")    # a table rebuilt by another tool (SYNC-20)
    raw.commit()
    raw.close()
    with pytest.raises(JournalMissing) as caught:
        open_cache(demo_cache_file)
    assert "ld_sync_journal_update_parcels" in str(caught.value)
    assert "clone the district again" in str(caught.value)
    open_cache(demo_cache_file, read_only=True).close()          # it can still be read (and its work recovered)


_EDIT = """
import os, sys
from landdesk.storage.connection import open_cache
cache = open_cache(sys.argv[1])
with cache.operation("parcel.edit", "tester") as tx:
    tx.execute("UPDATE parcels SET address = 'killed' WHERE uid = ?", (sys.argv[2],))
    if sys.argv[3] == "before-commit":
        print("ready", flush=True); sys.stdin.readline()
print("ready", flush=True); sys.stdin.readline()
"""


@pytest.mark.parametrize("moment", ["before-commit", "after-commit"])
def test_kill_9_during_an_edit_leaves_the_row_and_its_journal_both_or_neither(demo_cache_file: Path,
                                                                               moment: str) -> None:
    uid = _a_parcel(demo_cache_file)
    child = subprocess.Popen([sys.executable, "-c", _EDIT, str(demo_cache_file), uid, moment],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with open_cache(demo_cache_file) as cache:
        address = cache.connection.execute("SELECT address FROM parcels WHERE uid = ?", (uid,)).fetchone()[0]
        journaled = cache.connection.execute("SELECT count(*) FROM sync_op_row WHERE uid = ?", (uid,)).fetchone()[0]
        assert cache.connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    if moment == "before-commit":
        assert (address == "killed", journaled) == (False, 0)
    else:
        assert (address, journaled) == ("killed", 1)
