"""The registry's copy of each district's decision chain (`domain.district_chain`; docs/sync.md, "The decision
anchor").

A decision gets its position when the registry accepts it: inside the same transaction that writes it (a push,
a seeding load, or the catch-up of a registry older than the chain), after the district's counter row is locked,
so positions follow commit order and never have gaps. A decision is append-only here as in the caches: a push
that would change an accepted decision's content is refused as a whole. `GET /sync/decisions` serves the chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn

from landdesk.domain.decision import GENESIS_HASH
from landdesk.domain.district_chain import decision_content_hash, link_hash
from landdesk.registry.refused import Refused
from landdesk.registry.store import now_iso, read_attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

    from landdesk.registry.store import Store
    from landdesk.sync.protocol import RowState

_TABLE = """
CREATE TABLE IF NOT EXISTS decision_chain (district TEXT NOT NULL, position BIGINT NOT NULL, uid TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL, link_hash TEXT NOT NULL, accepted_seq BIGINT NOT NULL, accepted_at TEXT NOT NULL,
    PRIMARY KEY (district, position))
"""


def create_chain(store: Store, connection: Any) -> None:
    """The chain table, and (for a registry that held decisions before it) the decisions it lacks, appended in
    the order the registry wrote them."""
    connection.execute(_TABLE)
    rows = store.execute(connection, "SELECT f.district, f.uid, f.attrs, f.seq FROM features f WHERE f.tbl = "
                         "'decisions' AND NOT EXISTS (SELECT 1 FROM decision_chain c WHERE c.uid = f.uid) "
                         "ORDER BY f.district, f.seq, f.fid").fetchall()
    by_district: dict[str, list[tuple[str, dict[str, Any], int]]] = {}
    for district, uid, attrs, seq in rows:
        by_district.setdefault(district, []).append((uid, read_attrs(attrs), int(seq)))
    for district, decisions in by_district.items():
        store.next_seq(connection, district, 0)          # the district's lock, as a push takes it
        _append(store, connection, district, decisions)


def append_decisions(store: Store, connection: Any, district: str, rows: Sequence[RowState], first_seq: int) -> None:
    """Inside the transaction that writes `rows` at sequence numbers first_seq, first_seq + 1, …: every
    decision among them that the chain does not hold yet is appended. Refused (the whole transaction rolls
    back) when one would change a decision the registry has accepted."""
    decisions = [(row.uid, row.attrs, first_seq + offset) for offset, row in enumerate(rows) if row.tbl == "decisions"]
    if decisions:
        _append(store, connection, district, decisions)


def _append(store: Store, connection: Any, district: str, decisions: list[tuple[str, dict[str, Any], int]]) -> None:
    accepted: dict[str, str] = {}
    uids = [decision[0] for decision in decisions]
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        accepted.update(store.execute(connection, "SELECT uid, content_hash FROM decision_chain WHERE uid IN "
                                      f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    last = store.execute(connection, "SELECT position, link_hash FROM decision_chain WHERE district = ? ORDER BY "
                         "position DESC LIMIT 1", (district,)).fetchone()
    position, previous = (0, GENESIS_HASH) if last is None else (int(last[0]), str(last[1]))
    now = now_iso()
    new = []
    for uid, attrs, seq in decisions:
        content = decision_content_hash(uid, attrs)
        if uid in accepted:
            if accepted[uid] != content:
                _refuse_change(uid)
            continue
        position += 1
        previous = link_hash(previous, position, uid, content)
        accepted[uid] = content
        new.append((district, position, uid, content, previous, seq, now))
    if new:
        connection.cursor().executemany(store.sql(
            "INSERT INTO decision_chain (district, position, uid, content_hash, link_hash, accepted_seq, accepted_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"), new)


def _refuse_change(uid: str) -> NoReturn:
    raise Refused(409, "decision_append_only", f"Decision {uid} was accepted before with other content; a recorded "
                  "decision never changes.", "Nothing was changed. Report it to the administrator with the cache "
                  "file: the cache's decisions were altered.", uid=uid)


def chain_page(store: Store, district: str, after: int, limit: int, with_rows: bool) -> dict[str, Any]:
    """The district chain after position `after`: `previous` is the link hash at `after` (the genesis hash for 0,
    null when the chain is shorter), `count` and `head` describe the whole chain, each link has the registry's
    current change sequence of its decision (`seq`) and, with `with_rows`, the decision's row as a pull sends it."""
    if store.district(district) is None:
        raise Refused(404, "unknown_district", f"The registry holds no district {district}.",
                      "Ask the administrator to load the district.", district=district)
    connection = store.connection()
    try:
        last = store.execute(connection, "SELECT position, link_hash FROM decision_chain WHERE district = ? "
                             "ORDER BY position DESC LIMIT 1", (district,)).fetchone()
        if after == 0:
            previous: str | None = GENESIS_HASH
        else:
            found = store.execute(connection, "SELECT link_hash FROM decision_chain WHERE district = ? AND "
                                  "position = ?", (district, after)).fetchone()
            previous = None if found is None else str(found[0])
        rows = store.execute(connection, "SELECT c.position, c.uid, c.content_hash, c.link_hash, f.seq, f.version, "
                             "f.deleted, f.attrs FROM decision_chain c JOIN features f ON f.tbl = 'decisions' AND "
                             "f.uid = c.uid WHERE c.district = ? AND c.position > ? ORDER BY c.position LIMIT ?",
                             (district, after, limit)).fetchall()
    finally:
        store._end_read()
    links = []
    for position, uid, content, link, seq, version, deleted, attrs in rows:
        entry: dict[str, Any] = {"position": int(position), "uid": uid, "content_hash": content, "link_hash": link,
                                 "seq": int(seq)}
        if with_rows:
            entry["row"] = {"tbl": "decisions", "uid": uid, "version": int(version), "deleted": bool(deleted),
                            "attrs": read_attrs(attrs), "wkb": None}
        links.append(entry)
    count = 0 if last is None else int(last[0])
    return {"district": district, "after": after, "previous": previous, "count": count,
            "head": None if last is None else {"position": count, "link_hash": last[1]},
            "links": links, "more": bool(links) and links[-1]["position"] < count}
