"""The registry's audit of sign-ins: wrong passwords, throttling, and accounts changed or removed, kept in the
registry's database (table `audit`) beside its log, so an administrator can see who was locked out and why."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from landdesk.registry.store import Store

_TABLE = """CREATE TABLE IF NOT EXISTS audit (at TEXT NOT NULL, event TEXT NOT NULL, user_name TEXT NOT NULL,
    client TEXT NOT NULL, detail TEXT NOT NULL)"""


def create_audit(store: Store, connection: Any) -> None:
    connection.execute(_TABLE)


def record(store: Store, event: str, user: str, client: str, detail: str) -> None:
    """One audit row, in its own transaction (a sign-in writes nothing else)."""
    with store.transaction() as connection:
        store.execute(connection, "INSERT INTO audit (at, event, user_name, client, detail) VALUES (?, ?, ?, ?, ?)",
                      (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), event,
                       user.replace("\x00", "\\0")[:200], client, detail))


def events(store: Store, event: str | None = None) -> list[tuple[str, str, str, str, str]]:
    """The audit rows, oldest first (tests and administrators)."""
    where, params = (" WHERE event = ?", (event,)) if event else ("", ())
    rows = store.execute(store.connection(), f"SELECT at, event, user_name, client, detail FROM audit{where} "
                         "ORDER BY at", params).fetchall()
    return [tuple(r) for r in rows]
