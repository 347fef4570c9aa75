"""The audit log: one helper every write uses, inside the writer's transaction."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3


def write_audit(connection: sqlite3.Connection, *, at: str, user: str, action: str, entity_uid: str,
                details: dict[str, Any], entity: str = "applications") -> None:
    connection.execute(
        "INSERT INTO audit_log (uid, at, user_name, action, entity, entity_uid, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), at, user, action, entity, entity_uid, json.dumps(details, ensure_ascii=False)))
