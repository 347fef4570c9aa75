"""The district's decision chain: one hash chain over the district's decisions in the order the registry
accepted them, which the registry and every cache compute identically (issue 15, docs/sync.md "The decision
anchor").

Each cache also keeps its own chain (`domain.decision`: `seq`, `prev_hash`, `content_hash`), but that one differs
from cache to cache, since pulled decisions are appended locally in the order they arrive. The district chain
does not depend on `seq`: its links are

    content_hash = sha256(canonical JSON of the decision's uid and DECISION_FIELDS)
    link_hash    = sha256(previous link_hash, position, uid, content_hash)     (genesis: 64 zeros)

so the registry's copy is the anchor every cache is compared with. Pure functions here; the registry
(`registry.chain`) and the client (`sync.anchor`) do the reading and writing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from landdesk.domain.decision import GENESIS_HASH
from landdesk.domain.text import Text, tr

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# The decision's own content, as it travels (replication: every column but the local bookkeeping and the cache's
# own chain). A fixed list, so a cache and the registry agree whatever other columns either side has.
DECISION_FIELDS: tuple[str, ...] = ("application_uid", "kind", "decided_on", "decided_at", "officer", "act_number",
                                    "grounds", "motivation", "override_reason", "details")


def decision_content_hash(uid: str, attrs: Mapping[str, Any]) -> str:
    """The seq-independent hash of one decision: its uid and its fields, canonical JSON (sorted keys, no spaces,
    UTF-8). `grounds` counts as the list it holds (a cache stores it as JSON text), in its own order."""
    data: dict[str, Any] = {"uid": uid}
    for name in DECISION_FIELDS:
        value = attrs.get(name)
        if name == "grounds":
            value = _grounds(value)
        if name == "details":                     # schema v6; part of the hash only when it holds something
            value = _details(value)
            if not value:
                continue
        data[name] = value
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _details(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value or "{}")
        except ValueError:
            return value
    return value or {}


def _grounds(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return [] if value is None else list(value)


def link_hash(previous: str, position: int, uid: str, content_hash: str) -> str:
    return hashlib.sha256(f"{previous}\n{position}\n{uid}\n{content_hash}".encode("ascii")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainLink:
    position: int              # 1, 2, … in the order the registry accepted the district's decisions
    uid: str
    content_hash: str
    link_hash: str


@dataclass(frozen=True, slots=True)
class RegistryLink:
    link: ChainLink
    seq: int                   # the registry's change sequence of the decision's row (pulled when ≤ the cursor)


@dataclass(frozen=True, slots=True)
class Head:
    """The last position of the district chain a cache has checked against the registry, and its link hash."""
    position: int
    link_hash: str


@dataclass(frozen=True, slots=True)
class LocalDecision:
    uid: str
    seq: int                   # in the cache's own chain
    content_hash: str          # `decision_content_hash` of the row as the cache holds it now
    acknowledged: bool         # it has a registry version (row_version is set)
    pending: bool              # an operation that recorded it waits to be sent
    withdrawn: bool            # tombstoned after the registry refused it (a resolved conflict names it)


@dataclass(frozen=True, slots=True)
class Divergence:
    kind: str                  # see KINDS
    uid: str | None
    position: int | None       # in the district chain
    seq: int | None            # in the cache's own chain
    message: Text

    @property
    def restorable(self) -> bool:
        """The registry holds it and the cache lost it: a sync brings it back."""
        return self.kind == "missing"


KINDS = ("missing", "changed", "extra", "unaccounted", "anchor", "registry_behind", "registry_broken")


@dataclass
class Comparison:
    divergences: list[Divergence] = field(default_factory=list)
    agreed: list[ChainLink] = field(default_factory=list)       # registry links this cache holds, identical
    checked: int = 0              # district chain positions compared
    pending: int = 0              # local decisions still to be sent (not compared)
    not_pulled: int = 0           # registry decisions this cache has not pulled yet
    waiting: int = 0              # registry decisions pulled but waiting for their application
    unanchored: int = 0           # offline only: acknowledged decisions the anchor does not cover yet
    needs_full: bool = False      # incremental comparison found something: compare the whole chain instead

    @property
    def first(self) -> Divergence | None:
        return self.divergences[0] if self.divergences else None

    @property
    def blocking(self) -> list[Divergence]:
        return [d for d in self.divergences if not d.restorable]

    @property
    def missing(self) -> list[Divergence]:
        return [d for d in self.divergences if d.restorable]


def relinked(entries: Iterable[tuple[str, str]], previous: str = GENESIS_HASH, first: int = 1) -> list[ChainLink]:
    """The chain links of (uid, content hash) pairs at positions first, first + 1, …"""
    links = []
    for position, (uid, content) in enumerate(entries, start=first):
        previous = link_hash(previous, position, uid, content)
        links.append(ChainLink(position, uid, content, previous))
    return links


# --- the words (the window translates them; the command line prints the English) -------------------------

def _missing(uid: str, position: int) -> Divergence:
    return Divergence("missing", uid, position, None, Text(tr(
        "decision {uid} (district chain position {position}) is missing from this cache"),
        (("uid", uid), ("position", position))))


def _changed(mine: LocalDecision, position: int) -> Divergence:
    return Divergence("changed", mine.uid, position, mine.seq, Text(tr(
        "decision {seq} ({uid}, district chain position {position}) was changed: its content is not what the "
        "registry accepted"), (("seq", mine.seq), ("uid", mine.uid), ("position", position))))


def _extra(mine: LocalDecision) -> Divergence:
    return Divergence("extra", mine.uid, None, mine.seq, Text(tr(
        "decision {seq} ({uid}) is marked as accepted by the registry, but the registry never had it"),
        (("seq", mine.seq), ("uid", mine.uid))))


def _unaccounted(mine: LocalDecision) -> Divergence:
    return Divergence("unaccounted", mine.uid, None, mine.seq, Text(tr(
        "decision {seq} ({uid}) was added behind LandDesk's back: the registry never had it and no operation "
        "recorded it"), (("seq", mine.seq), ("uid", mine.uid))))


def _anchor(position: int) -> Divergence:
    return Divergence("anchor", None, position, None, Text(tr(
        "this cache's record of the registry's chain was altered at district chain position {position}"),
        (("position", position),)))


def _order(divergence: Divergence) -> tuple[int, int]:
    if divergence.position is not None:
        return (0, divergence.position)
    return (1, divergence.seq or 0)


# --- offline: the cache against its own anchor ---------------------------------------------------------------

def check_anchor(local: Iterable[LocalDecision], anchored: Iterable[ChainLink], head: Head | None) -> Comparison:
    """The cache's decisions against the last head the registry acknowledged and the links recorded with it.

    Catches, below the head: a decision removed (a cut tail too), a decision's content rewritten (even with its
    own chain recomputed), and the anchor's links altered; and anywhere: a decision that is neither accepted
    by the registry nor recorded by an operation. Without a head (a cache never anchored) there is nothing to
    compare."""
    result = Comparison()
    if head is None:
        return result
    decisions = {d.uid: d for d in local}
    links = sorted(anchored, key=lambda a: a.position)
    by_position = {a.position: a for a in links}
    previous = GENESIS_HASH
    for position in range(1, head.position + 1):
        link = by_position.get(position)
        if link is None or link_hash(previous, position, link.uid, link.content_hash) != link.link_hash:
            result.divergences.append(_anchor(position))
            return result
        previous = link.link_hash
    if previous != head.link_hash:
        result.divergences.append(_anchor(head.position))
        return result
    for link in links:
        result.checked += 1
        mine = decisions.get(link.uid)
        if mine is None:
            result.divergences.append(_missing(link.uid, link.position))
        elif mine.content_hash != link.content_hash:
            result.divergences.append(_changed(mine, link.position))
    known = {a.uid for a in links}
    for mine in sorted(decisions.values(), key=lambda d: d.seq):
        if mine.uid in known:
            continue
        if mine.acknowledged:
            result.unanchored += 1        # accepted after the last anchoring, or claimed: only the registry knows
        elif mine.pending or mine.withdrawn:
            result.pending += 1
        else:
            result.divergences.append(_unaccounted(mine))
    result.divergences.sort(key=_order)
    return result


# --- with the registry ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RegistryChain:
    """What the registry served: its links after position `after`, the link hash at `after` (None when its chain
    is shorter than that), and its chain's length."""
    after: int
    previous: str | None
    count: int
    links: list[RegistryLink]


def compare_with_registry(local: Iterable[LocalDecision], anchored: Iterable[ChainLink], head: Head | None,
                          chain: RegistryChain, cursor: int, waiting: set[str]) -> Comparison:
    """The cache's decisions against the registry's district chain.

    With `chain.after == 0` the whole chain is compared. With `chain.after == head.position` only what follows
    the head is fetched: the registry's link at the head must be the cache's head, and positions up to it are
    checked against the cache's anchor (which adds up to that head). Anything odd there sets `needs_full`.
    A registry decision the cache lacks is `missing` (restorable) once the cache has pulled past it; a local
    decision still waiting to be sent is pending and not compared."""
    decisions = {d.uid: d for d in local}
    links = sorted(anchored, key=lambda a: a.position)
    result = Comparison()
    if chain.previous is None or (head is not None and chain.count < head.position):
        position = head.position if head is not None else chain.after
        result.divergences.append(Divergence("registry_behind", None, position, None, Text(tr(
            "the registry holds {count} decisions of the district, but this cache had checked {position} of them "
            "with it"), (("count", chain.count), ("position", position)))))
        return result
    known: set[str] = set()
    if chain.after:
        if head is None or head.position != chain.after or chain.previous != head.link_hash:
            result.needs_full = True
            return result
        below = [a for a in links if a.position <= chain.after]
        offline = check_anchor([d for d in decisions.values() if d.uid in {a.uid for a in below}], below, head)
        if offline.divergences:
            result.needs_full = True
            return result
        result.checked = offline.checked
        known = {a.uid for a in below}
    anchored_at = {a.position: a for a in links}
    anchored_uid = {a.uid: a for a in links}
    previous = chain.previous
    for entry in chain.links:
        link = entry.link
        if link_hash(previous, link.position, link.uid, link.content_hash) != link.link_hash:
            result.divergences = [Divergence("registry_broken", None, link.position, None, Text(tr(
                "the registry's own chain does not add up at district chain position {position}"),
                (("position", link.position),)))]
            return result
        previous = link.link_hash
        known.add(link.uid)
        result.checked += 1
        recorded = anchored_at.get(link.position) or anchored_uid.get(link.uid)
        if recorded is not None and recorded != link:
            result.divergences.append(_anchor(link.position))
            continue
        if head is not None and link.position == head.position and head.link_hash != link.link_hash:
            result.divergences.append(_anchor(link.position))
            continue
        mine = decisions.get(link.uid)
        if mine is None:
            if link.uid in waiting:
                result.waiting += 1
            elif entry.seq > cursor and link.uid not in anchored_uid:     # what the cache once held is missing
                result.not_pulled += 1
            else:
                result.divergences.append(_missing(link.uid, link.position))
            continue
        if mine.content_hash != link.content_hash:
            result.divergences.append(_changed(mine, link.position))
            continue
        result.agreed.append(link)
    for mine in sorted(decisions.values(), key=lambda d: d.seq):
        if mine.uid in known:
            continue
        if mine.acknowledged:
            result.divergences.append(_extra(mine))
        elif mine.pending or mine.withdrawn:
            result.pending += 1
        else:
            result.divergences.append(_unaccounted(mine))
    result.divergences.sort(key=_order)
    return result


def advanced_head(head: Head | None, agreed: Iterable[ChainLink]) -> Head | None:
    """The head moved over the positions right after it that the cache holds unchanged (never backwards)."""
    by_position = {a.position: a for a in agreed}
    current = head
    position = head.position if head is not None else 0
    while (link := by_position.get(position + 1)) is not None:
        position += 1
        current = Head(position, link.link_hash)
    return current
