"""`landdesk clone` and `landdesk sync` as an administrator scripts them: messages and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from tests.registry.conftest import PASSWORD
from tests.registry.helpers import a_parcel, edit

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry


def _landdesk(*args: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landdesk", *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "LANDDESK_PASSWORD": password}, timeout=120)


def test_clone_then_sync_from_the_command_line(registry: RunningRegistry, tmp_path: Path) -> None:
    cache = tmp_path / "office.sqlite"
    done = _landdesk("clone", registry.url, "--district", "19-245", "--out", str(cache), "--user", "aida")
    assert done.returncode == 0, done.stderr
    assert "rows cloned into" in done.stdout
    edit(cache, "UPDATE parcels SET address = 'cli' WHERE uid = ?", (a_parcel(cache),))
    done = _landdesk("sync", str(cache), "--registry", registry.url, "--user", "aida")
    assert done.returncode == 0, done.stderr
    assert "Sent 1 changed rows in 1 changesets" in done.stdout
    info = _landdesk("info", str(cache))
    assert f"Registry:  {registry.url} as aida" in info.stdout
    assert "Sync:      0 operations to send, 0 conflicts to resolve" in info.stdout


def test_the_command_line_says_what_went_wrong_and_keeps_the_work(registry: RunningRegistry, tmp_path: Path) -> None:
    done = _landdesk("clone", registry.url, "--district", "19-245", "--out", str(tmp_path / "x.sqlite"),
                     "--user", "aida", password="wrong password")
    assert done.returncode == 2
    assert "does not accept this user name and password" in done.stderr
    assert not (tmp_path / "x.sqlite").exists()
    cache = tmp_path / "office.sqlite"
    assert _landdesk("clone", registry.url, "--district", "19-245", "--out", str(cache), "--user", "aida"
                     ).returncode == 0
    edit(cache, "UPDATE parcels SET address = 'offline' WHERE uid = ?", (a_parcel(cache),))
    registry.stop()
    done = _landdesk("sync", str(cache), "--registry", registry.url, "--user", "aida")
    assert done.returncode == 2
    assert "cannot be reached" in done.stderr
    assert "Work on offline; everything is kept" in done.stderr
    assert "Sync:      1 operations to send" in _landdesk("info", str(cache)).stdout


def test_the_registry_tool_says_when_its_database_cannot_be_used(tmp_path: Path) -> None:
    for where in (["--database", "postgresql://nobody@127.0.0.1:1/none"], ["--data", str(tmp_path / "no" / "x")]):
        done = subprocess.run([sys.executable, "-m", "landdesk.registry", "init", *where], capture_output=True,
                              text=True, check=False, timeout=60)
        assert done.returncode == 2
        assert "What to do: check" in done.stderr
        assert "Traceback" not in done.stderr
