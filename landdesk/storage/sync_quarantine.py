"""Pulled rows the cache could not apply yet (waiting for a parent) or at all (quarantined), kept with the reason.

The sync goes on without them; a later page or a later version brings them in, and the window and `landdesk
info` name them meanwhile (schema v4, issue 15).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from landdesk.domain.row_rules import row_problems
from landdesk.domain.text import Text
from landdesk.storage.sql import utc_now

if TYPE_CHECKING:
    import sqlite3

    from landdesk.storage.connection import Cache


@dataclass(frozen=True, slots=True)
class HeldRow:
    tbl: str
    uid: str
    version: int | None
    state: str            # waiting | quarantined
    reason: str
    params: dict[str, Any]
    created_at: str
    row: dict[str, Any] = field(default_factory=dict)     # the registry JSON kept (RowState.to_json() shape)


def hold(connection: sqlite3.Connection, tbl: str, uid: str, version: int | None, row: dict[str, Any], state: str,
         reason: str, params: dict[str, Any] | None = None) -> None:
    """Keep a pulled row (its registry JSON) aside; a newer state of the same row replaces an older one."""
    connection.execute(
        "INSERT INTO sync_quarantine (tbl, uid, version, state, row, reason, params, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, uid) DO UPDATE SET version = excluded.version, "
        "state = excluded.state, row = excluded.row, reason = excluded.reason, params = excluded.params",
        (tbl, uid, version, state, json.dumps(row, ensure_ascii=False, default=str), reason,
         json.dumps(params or {}, ensure_ascii=False, default=str), utc_now()))


def release(connection: sqlite3.Connection, tbl: str, uid: str) -> None:
    connection.execute("DELETE FROM sync_quarantine WHERE tbl = ? AND uid = ?", (tbl, uid))


def waiting(connection: sqlite3.Connection) -> list[dict[str, Any]]:
    """The registry JSON of rows waiting for a parent, oldest first."""
    return [json.loads(r[0]) for r in connection.execute(
        "SELECT row FROM sync_quarantine WHERE state = 'waiting' ORDER BY created_at, rowid")]


def held_rows(cache: Cache) -> list[HeldRow]:
    with cache.reading() as connection:
        rows = connection.execute("SELECT tbl, uid, version, state, reason, params, created_at, row "
                                  "FROM sync_quarantine ORDER BY state DESC, tbl, uid").fetchall()
    return [HeldRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5] or "{}"), r[6], _kept(r[7])) for r in rows]


def held_count(cache: Cache) -> int:
    with cache.reading() as connection:
        return int(connection.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0])


def _kept(text: str | None) -> dict[str, Any]:
    try:
        kept = json.loads(text or "{}")
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


# The field that names a row to an officer, in the order tried: a parcel's cadastral number, an application's
# number, a plan's, zone's or water body's name, a zone's code, a red line's street, a step's title.
LABEL_FIELDS = ("cadastral_number", "number", "name", "zone_code", "street", "title", "act_number")


def label(row: dict[str, Any]) -> str:
    """How the officer knows a kept row (its cadastral number, number or name), or "" when it has none."""
    attrs = row.get("attrs")
    if not isinstance(attrs, dict):
        return ""
    return next((str(attrs[name]) for name in LABEL_FIELDS if isinstance(attrs.get(name), str | int)
                 and not isinstance(attrs.get(name), bool) and str(attrs[name]).strip()), "")


def reason_text(held: HeldRow, extent: tuple[float, float, float, float] | None = None) -> Text:
    """Why the row is held, as a sentence to render in the officer's language.

    A row that broke the row rules keeps its problem as English `detail`; the rules are asked again about the kept
    row, so the detail comes back as the rules' own sentence (translated) when it is still the same problem."""
    params = dict(held.params)
    if "problem" in params and "field" in params and "detail" in params:
        again = told_again(held.tbl, held.uid, held.row, (str(params["field"]),), str(params["detail"]), extent,
                           code=str(params["problem"]))
        if again is not None:
            params["detail"] = again
    return Text(held.reason, tuple(params.items()))


def told_again(tbl: str, uid: str, row: dict[str, Any], fields: tuple[str, ...], detail: str,
               extent: tuple[float, float, float, float] | None = None, *, code: str | None = None) -> Text | None:
    """The row rules' sentence (with its facts) for a problem kept only as its English text, found again in the
    kept row ({"attrs", "wkb"} as JSON holds them); None when the rules no longer find that problem there."""
    attrs, wkb = row.get("attrs"), row.get("wkb")
    if not isinstance(attrs, dict):
        return None
    try:
        geometry = None if wkb is None else bytes.fromhex(str(wkb))
    except ValueError:
        return None
    for problem in row_problems(tbl, uid, attrs, geometry, extent=extent):
        if problem.field in fields and (code is None or problem.code == code) and str(problem.text) == detail:
            return problem.text
    return None

def parents(connection: sqlite3.Connection, tbl: str) -> list[tuple[str, str]]:
    """(column, parent table) of each foreign key of a table."""
    return [(r[3], r[2]) for r in connection.execute(f'PRAGMA foreign_key_list("{tbl}")')]


def exists(connection: sqlite3.Connection, tbl: str, uid: str) -> bool:
    return connection.execute(f'SELECT 1 FROM "{tbl}" WHERE uid = ?', (uid,)).fetchone() is not None
