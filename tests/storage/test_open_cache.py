"""The storage door against bad files: every failure says what happened and what to do, and changes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from landdesk.spatialite import SpatialiteUnavailable
from landdesk.storage import create_cache, open_cache
from landdesk.storage.district import check_integrity
from landdesk.storage.errors import (
    CacheCorrupt,
    CacheExists,
    CacheLocked,
    CacheNotFound,
    CacheTooNew,
    DiskFull,
    NotACache,
)
from landdesk.storage.migrations import LATEST_VERSION
from tests.conftest import TEST_DISTRICT

if TYPE_CHECKING:
    from collections.abc import Iterator

REPO = Path(__file__).resolve().parents[2]


def test_a_fresh_cache_is_configured_for_field_laptops(empty_cache_file: Path) -> None:
    with open_cache(empty_cache_file) as cache:
        connection = cache.connection
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert cache.srid == 32642
        assert cache.schema_version == LATEST_VERSION


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(CacheNotFound) as caught:
        open_cache(tmp_path / "nope.sqlite")
    assert "landdesk demo" in caught.value.what_to_do()
    assert not (tmp_path / "nope.sqlite").exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"PK\x03\x04 a zip file, not a database" * 10, "not a SQLite database"),
     (b"SQLite format 3" + b"\x01" * 200, "not a SQLite database")],
)
def test_files_that_are_not_databases(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotACache) as caught:
        open_cache(path)
    assert reason in caught.value.what_happened()
    assert path.read_bytes() == content


def test_a_folder_is_not_a_cache(tmp_path: Path) -> None:
    with pytest.raises(NotACache, match="folder"):
        open_cache(tmp_path)


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(NotACache, match="not a LandDesk cache"):
        open_cache(path)
    assert path.read_bytes() == before


def test_truncated_copy_is_reported_as_damaged(demo_cache_file: Path) -> None:
    size = demo_cache_file.stat().st_size
    with demo_cache_file.open("r+b") as stream:
        stream.truncate(size // 2)
    with pytest.raises(CacheCorrupt) as caught:
        open_cache(demo_cache_file)
    assert "truncated" in caught.value.what_happened()
    assert "Do not delete" in caught.value.what_to_do()


def test_damaged_pages_surface_as_corrupt_not_as_a_traceback(demo_cache_file: Path) -> None:
    size = demo_cache_file.stat().st_size
    with demo_cache_file.open("r+b") as stream:
        for offset in range(size // 3, 2 * size // 3, 4096 * 7):
            stream.seek(offset)
            stream.write(b"\xde\xad\xbe\xef" * 1024)
    with pytest.raises((CacheCorrupt, NotACache)), open_cache(demo_cache_file) as cache:
        check_integrity(cache)


def test_a_cache_from_a_newer_landdesk_is_refused_untouched(empty_cache_file: Path) -> None:
    raw = sqlite3.connect(empty_cache_file)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    before = empty_cache_file.read_bytes()
    with pytest.raises(CacheTooNew) as caught:
        open_cache(empty_cache_file)
    assert caught.value.params["found"] == 99
    assert "Update LandDesk" in caught.value.what_to_do()
    assert empty_cache_file.read_bytes() == before


def test_creating_over_an_existing_file_is_refused(empty_cache_file: Path) -> None:
    with pytest.raises(CacheExists):
        create_cache(empty_cache_file, TEST_DISTRICT)


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder an unprivileged child can reach (pytest's own temp folders are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="landdesk-perm-"))
    path.chmod(0o755)
    yield path
    for child in path.rglob("*"):
        child.chmod(0o755 if child.is_dir() else 0o644)
    shutil.rmtree(path)


def _run_as_unprivileged(code: str) -> subprocess.CompletedProcess[str]:
    """Root ignores file permissions, so permission tests run the check in a child as `nobody`."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def drop() -> None:
        if os.geteuid() == 0:
            os.setgid(65534)
            os.setuid(65534)

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          preexec_fn=drop, timeout=60, check=False)


def test_read_only_folder_says_where_to_copy_the_cache(empty_cache_file: Path, shared_dir: Path) -> None:
    folder = shared_dir / "readonly"
    folder.mkdir()
    target = folder / "cache.sqlite"
    shutil.copyfile(empty_cache_file, target)
    target.chmod(0o666)
    folder.chmod(0o555)
    try:
        code = (
            "from landdesk.storage import open_cache\n"
            "from landdesk.storage.errors import CacheReadOnly\n"
            f"try:\n    open_cache({str(target)!r})\n"
            "except CacheReadOnly as e:\n    print('READONLY', e.what_happened(), '|', e.what_to_do())\n"
        )
        result = _run_as_unprivileged(code)
    finally:
        folder.chmod(0o755)
    assert "READONLY" in result.stdout, result.stderr
    assert "folder is read-only" in result.stdout
    assert "Copy the cache to a folder you can write to" in result.stdout


def test_read_only_file(empty_cache_file: Path, shared_dir: Path) -> None:
    target = shared_dir / "cache.sqlite"
    shutil.copyfile(empty_cache_file, target)
    target.chmod(0o444)
    shared_dir.chmod(0o777)
    code = (
        "from landdesk.storage import open_cache\n"
        "from landdesk.storage.errors import CacheReadOnly\n"
        f"try:\n    open_cache({str(target)!r})\n"
        "except CacheReadOnly as e:\n    print('READONLY', e.what_happened())\n"
    )
    result = _run_as_unprivileged(code)
    assert "READONLY" in result.stdout, result.stderr
    assert "the file is read-only" in result.stdout


def test_unreadable_file(empty_cache_file: Path, shared_dir: Path) -> None:
    target = shared_dir / "cache.sqlite"
    shutil.copyfile(empty_cache_file, target)
    target.chmod(0o600)
    code = (
        "from landdesk.storage import open_cache\n"
        "from landdesk.storage.errors import CacheNoAccess\n"
        f"try:\n    open_cache({str(target)!r})\n"
        "except CacheNoAccess as e:\n    print('NOACCESS', e.what_to_do())\n"
    )
    result = _run_as_unprivileged(code)
    assert "NOACCESS" in result.stdout, result.stderr


def test_missing_spatialite_names_the_package_to_install(empty_cache_file: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANDDESK_SPATIALITE", "/nonexistent/mod_spatialite")
    with pytest.raises(SpatialiteUnavailable) as caught:
        open_cache(empty_cache_file)
    assert "apt-get install libsqlite3-mod-spatialite" in caught.value.what_to_do()


def _python_without_extension_loading() -> str | None:
    for candidate in (shutil.which("python3"), "/root/.pyenv/shims/python3", shutil.which("python3.12")):
        if not candidate or not os.path.exists(candidate):
            continue
        probe = subprocess.run([candidate, "-c", "import sqlite3; print(hasattr(sqlite3.Connection, "
                                "'enable_load_extension'))"], capture_output=True, text=True, check=False)
        if probe.stdout.strip() == "False":
            return candidate
    return None


def test_a_python_that_cannot_load_extensions_gets_told_the_fix() -> None:
    python = _python_without_extension_loading()
    if python is None:
        pytest.skip("no Python without SQLite extension loading on this machine")
    code = ("import sqlite3\nfrom landdesk.spatialite import load_spatialite, SpatialiteUnavailable\n"
            "try:\n    load_spatialite(sqlite3.connect(':memory:'))\n"
            "except SpatialiteUnavailable as e:\n    print(e)\n")
    result = subprocess.run([python, "-c", code], capture_output=True, text=True, check=False,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert "built without SQLite extension loading" in result.stdout, result.stderr
    assert "/usr/bin/python3" in result.stdout


def test_a_writer_elsewhere_makes_the_cache_busy_not_broken(empty_cache_file: Path) -> None:
    other = sqlite3.connect(empty_cache_file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with open_cache(empty_cache_file, busy_timeout_ms=100) as cache:
            with pytest.raises(CacheLocked) as caught, cache.transaction() as tx:
                tx.execute("INSERT INTO cache_meta (key, value) VALUES ('x', 'y')")
            assert "Nothing was lost" in caught.value.what_to_do()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_disk_full_rolls_back_and_says_so(empty_cache_file: Path) -> None:
    with open_cache(empty_cache_file) as cache:
        pages = cache.connection.execute("PRAGMA page_count").fetchone()[0]
        cache.connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(DiskFull), cache.transaction() as tx:
            tx.executemany("INSERT INTO cache_meta (key, value) VALUES (?, ?)",
                           ((f"k{i}", "x" * 2000) for i in range(500)))
        assert cache.connection.execute("SELECT count(*) FROM cache_meta WHERE key LIKE 'k%'").fetchone()[0] == 0


def test_a_cache_in_a_folder_with_cyrillic_spaces_and_signs_opens(demo_cache_file: Path, tmp_path: Path) -> None:
    """Officers keep caches in folders such as «Мои документы/Район #2 (100%)»: the file URI escapes them."""
    folder = tmp_path / "Мои документы" / "Район #2 (100%) ?"
    folder.mkdir(parents=True)
    target = folder / "кэш района.sqlite"
    shutil.copyfile(demo_cache_file, target)
    with open_cache(target) as cache:
        count = cache.connection.execute("SELECT count(*) FROM parcels").fetchone()[0]
        assert cache.path == target
    assert count > 1000
    assert not (tmp_path / "Мои документы" / "Район #2 (100").exists()     # no file made at a cut-off name
