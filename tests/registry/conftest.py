"""A real registry process on 127.0.0.1 for each test, on the embedded SpatiaLite backend and on PostGIS.

PostGIS tests need a server whose user may create databases: `LANDDESK_TEST_PG`, or the cluster that
`scripts/setup.sh --dev` starts with `scripts/postgres.sh` (its URL is kept in `.venv/landdesk-test-pg`).
Without it they skip on a laptop, and fail under CI (`CI` set), so CI never passes by skipping them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from landdesk.registry.auth import hash_password
from landdesk.registry.backends import open_store
from landdesk.registry.cli import load_cache

if TYPE_CHECKING:
    from collections.abc import Iterator

PASSWORD = "correct horse battery"
USERS = {  # name: (role, district)
    "aida": ("officer", "19-245"), "bolat": ("officer", "19-245"), "dana": ("head", "19-245"),
    "erlan": ("architect", "19-245"), "gulnar": ("auditor", "19-245"), "other": ("officer", "19-246"),
    "egov": ("portal", "19-245"),
}
PG_ENV = "LANDDESK_TEST_PG"
# The sign-in throttle stays on in every test, with its limits, but answers wrong passwords after hundredths of a
# second rather than seconds (tests/registry/test_sign_in_throttle.py sets its own)
QUICK_THROTTLE = {"LANDDESK_REGISTRY_THROTTLE_DELAY_S": "0.01", "LANDDESK_REGISTRY_THROTTLE_MAX_DELAY_S": "0.05"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningRegistry:
    data: Path
    database: str | None
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=lambda: dict(QUICK_THROTTLE))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def args(self) -> list[str]:
        where = ["--database", self.database] if self.database else ["--data", str(self.data)]
        return [sys.executable, "-m", "landdesk.registry", "serve", *where, "--port", str(self.port),
                "--snapshots", str(self.data.parent / "snapshots")]

    def start(self, log: Path | None = None, **env: str) -> None:
        """Start the registry (with `env` beside the fixture's); its log (stderr) goes to `log` when given."""
        errors = log.open("ab") if log is not None else None
        try:
            self.process = subprocess.Popen(self.args(), env={**os.environ, **self.env, **env}, stderr=errors)
        finally:
            if errors is not None:
                errors.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"the registry exited with {self.process.returncode}")
            time.sleep(0.05)
        raise RuntimeError("the registry did not start")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def _postgres_database(request: pytest.FixtureRequest) -> str:
    started = Path(__file__).parents[2] / ".venv" / "landdesk-test-pg"     # written by scripts/setup.sh --dev
    base = os.environ.get(PG_ENV) or (started.read_text().strip() if started.exists() else "")
    if not base:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostGIS tests (.ci/run starts PostgreSQL)")
        pytest.skip(f"no PostgreSQL here ({PG_ENV} not set)")
    import psycopg

    name = f"ld_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")

    def drop() -> None:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    request.addfinalizer(drop)
    return base.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["spatialite", "postgis"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str | None]:
    database = _postgres_database(request) if request.param == "postgis" else None
    return tmp_path / "registry.sqlite", database


@pytest.fixture
def seeded(backend: tuple[Path, str | None], demo_template_readonly: Path) -> tuple[Path, str | None]:
    data, database = backend
    store = open_store(str(data), database)
    load_cache(store, demo_template_readonly)
    digest = hash_password(PASSWORD)
    for name, (role, district) in USERS.items():
        store.add_user(name, digest, role, district)
    store.close()
    return data, database


@pytest.fixture
def registry(seeded: tuple[Path, str | None]) -> Iterator[RunningRegistry]:
    running = RunningRegistry(*seeded)
    running.start()
    yield running
    running.stop()
