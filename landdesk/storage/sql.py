"""Small SQL helpers shared inside storage."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator


def statements(script: str) -> Iterator[str]:
    """Split a script into complete statements (trigger bodies included).

    `Connection.executescript` would COMMIT an open transaction first, which breaks the rule that a
    migration is all-or-nothing, so scripts run statement by statement.
    """
    buffer: list[str] = []
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer.append(line)
        candidate = "".join(buffer)
        if sqlite3.complete_statement(candidate):
            yield candidate.strip()
            buffer.clear()
    rest = "".join(buffer).strip()
    if rest:
        raise ValueError(f"incomplete SQL statement at the end of a script: {rest[:80]!r}")


def execute_script(connection: sqlite3.Connection, script: str) -> None:
    for statement in statements(script):
        connection.execute(statement)


def iso_utc(moment: datetime) -> str:
    """Timestamps stored in the cache: ISO 8601, UTC, millisecond precision, `Z` suffix."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def utc_now() -> str:
    return iso_utc(datetime.now(UTC))
