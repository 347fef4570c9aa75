"""The client's side of the decision anchor (docs/sync.md, "The decision anchor").

The registry's district chain (`registry.chain`, `domain.district_chain`) is the anchor of every cache's
decisions. Each sync compares the cache with it before anything is sent and again after the pull:

- a decision the registry holds and the cache has lost (removed behind LandDesk's back) is restored from the
  registry, audited, and counted in the report;
- any other divergence (a decision's content rewritten, a decision the registry never had) makes the sync refuse
  before it sends anything, with the divergence in the audit log and in the officer's words;
- the links the cache holds unchanged, and the head they reach, are recorded in the cache, so that
  `landdesk decisions verify` checks against them without a registry.

Most syncs fetch only the links after the recorded head; when anything below it looks wrong the whole chain is
fetched and compared, so the divergence named is always the first.
"""

from __future__ import annotations

import logging
import urllib.parse
from typing import TYPE_CHECKING, Any, NoReturn

from landdesk.domain.district_chain import (
    ChainLink,
    Comparison,
    Divergence,
    RegistryChain,
    RegistryLink,
    advanced_head,
    check_anchor,
    compare_with_registry,
)
from landdesk.domain.text import Text, tr
from landdesk.storage.audit import write_audit
from landdesk.storage.connection import open_cache
from landdesk.storage.decision_anchor import (
    anchor_head,
    anchored_links,
    local_decisions,
    record_anchor,
    waiting_decisions,
)
from landdesk.storage.district import load_district
from landdesk.storage.sql import utc_now
from landdesk.sync.client import RegistryUnreachable, SyncError, SyncReport
from landdesk.sync.journal import state, write_base, write_row
from landdesk.sync.protocol import ProtocolError, RowState

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage.connection import Cache
    from landdesk.sync.client import Registry

log = logging.getLogger(__name__)
PAGE = 5_000


class DecisionChainDiverged(SyncError):
    code = "sync.decisions_diverged"
    what = tr("This cache's decisions do not match the registry's: {divergence}.")
    todo = tr("Nothing was sent to the registry. Tell the administrator: decisions in this cache were changed "
              "outside LandDesk. Clone the district again from the registry and work in the new cache; keep this "
              "file for the inquiry.")
    divergence: Divergence | None = None


class DecisionChainUnavailable(SyncError):
    code = "sync.no_decision_chain"
    what = tr("The registry at {url} does not serve the district's decision chain, so the decisions cannot be "
              "compared with it.")
    todo = tr("Ask the administrator to update the registry.")


# --- reading the registry's chain -----------------------------------------------------------------------------

def fetch_chain(registry: Registry, district: str, after: int, *,
                rows: bool = False) -> tuple[RegistryChain, dict[int, RowState]]:
    """The registry's links after position `after` (all pages), and with `rows` each decision's row."""
    links: list[RegistryLink] = []
    found: dict[int, RowState] = {}
    first: dict[str, Any] | None = None
    position = after
    while True:
        query = urllib.parse.urlencode({"district": district, "after": position, "limit": PAGE,
                                        **({"rows": 1} if rows else {})})
        page = _get(registry, f"/sync/decisions?{query}")
        try:
            if first is None:
                first = page
            for raw in page["links"]:
                link = ChainLink(int(raw["position"]), str(raw["uid"]), str(raw["content_hash"]),
                                 str(raw["link_hash"]))
                links.append(RegistryLink(link, int(raw["seq"])))
                if rows and raw.get("row") is not None:
                    found[link.position] = RowState.from_json(raw["row"])
            more = bool(page.get("more")) and bool(page["links"])
        except (KeyError, TypeError, ValueError, ProtocolError) as err:
            raise SyncError(message=f"The registry's answer about the district's decisions is malformed ({err}).",
                            what_to_do=Text(tr("Nothing was lost; see the message."))) from err
        if not more:
            break
        position = links[-1].link.position
    assert first is not None
    previous = first.get("previous")
    return RegistryChain(after, None if previous is None else str(previous), int(first.get("count") or 0),
                         links), found


def _get(registry: Registry, path: str) -> Any:
    try:
        return registry.get(path)
    except RegistryUnreachable:
        raise
    except SyncError as err:
        if getattr(err, "status", None) == 404 and not getattr(err, "error", ""):    # a registry before the chain
            raise DecisionChainUnavailable(url=registry.url) from err
        raise


# --- comparing --------------------------------------------------------------------------------------------

def check_offline(cache: Cache) -> Comparison:
    """The cache's decisions against the anchor it keeps (no registry needed)."""
    return check_anchor(local_decisions(cache), anchored_links(cache), anchor_head(cache))


def compare(cache: Cache, registry: Registry, district: str | None = None, *, full: bool = False) -> Comparison:
    """The cache's decisions against the registry's district chain; `full` fetches the whole chain at once.
    Reads only (a read-only cache will do)."""
    district = district or state(cache, "district") or load_district(cache).code
    head = anchor_head(cache)
    local = local_decisions(cache)
    anchored = anchored_links(cache)
    cursor = int(state(cache, "pull_cursor") or 0)
    waiting = waiting_decisions(cache)
    if head is not None and not full:
        chain, _rows = fetch_chain(registry, district, head.position)
        result = compare_with_registry(local, anchored, head, chain, cursor, waiting)
        if not result.needs_full:
            return result
    chain, _rows = fetch_chain(registry, district, 0)
    return compare_with_registry(local, anchored, head, chain, cursor, waiting)


# --- during a sync ----------------------------------------------------------------------------------------

def reconcile(cache: Cache, registry: Registry, district: str, report: SyncReport) -> None:
    """Compare with the registry; restore what the cache lost; refuse (DecisionChainDiverged, audited) on any
    other divergence; record what agrees as the cache's anchor."""
    try:
        result = compare(cache, registry, district)
    except DecisionChainUnavailable:
        log.warning("the registry %s serves no decision chain; the decisions were not compared", registry.url)
        report.messages.append("The registry does not serve the district's decision chain: the decisions were not "
                               "compared with it.")
        return
    if result.blocking:
        _refuse(cache, registry, result)
    if result.missing:
        restored = _restore(cache, registry, district, result.missing)
        report.restored_decisions += restored
        report.messages.append(str(Text(RESTORED, (("count", restored),))))
        result = compare(cache, registry, district)
        if result.divergences:
            _refuse(cache, registry, result)
    head = anchor_head(cache)
    moved = advanced_head(head, result.agreed)
    known = {link.uid for link in anchored_links(cache)}
    new = [link for link in result.agreed if link.uid not in known]
    if new or moved != head:
        with cache.transaction() as connection:
            record_anchor(connection, new, moved)


RESTORED = tr("{count} decisions missing from this cache were restored from the registry.")


def _restore(cache: Cache, registry: Registry, district: str, missing: list[Divergence]) -> int:
    """The registry's rows of the decisions the cache lost, written as pulled rows are (each appended to the
    cache's own chain), each with an audit entry, in one transaction."""
    positions = sorted(d.position for d in missing if d.position is not None)
    wanted = set(positions)
    _chain, rows = fetch_chain(registry, district, positions[0] - 1, rows=True)
    absent = wanted - set(rows)
    if absent:
        raise SyncError(message=f"The registry did not send the decisions at positions {sorted(absent)} of the "
                        "district chain.", what_to_do=Text(tr("Nothing was lost; see the message.")))
    now = utc_now()
    with cache.applying_remote() as connection:
        for position in positions:
            row = rows[position]
            write_row(connection, row, cache.srid)
            write_base(connection, row)
            write_audit(connection, at=now, user=registry.user, action="decision.restore", entity="decisions",
                        entity_uid=row.uid, details={"position": position, "registry": registry.url,
                                                     "application": row.attrs.get("application_uid"),
                                                     "reason": "missing from this cache"})
    log.warning("restored %d decisions the cache had lost from the registry %s", len(positions), registry.url)
    return len(positions)


def _refuse(cache: Cache, registry: Registry, result: Comparison) -> NoReturn:
    first = (result.blocking or result.divergences)[0]
    with cache.transaction() as connection:
        write_audit(connection, at=utc_now(), user=registry.user, action="decision.chain_diverged",
                    entity="decisions", entity_uid=first.uid or "",
                    details={"kind": first.kind, "position": first.position, "seq": first.seq,
                             "message": str(first.message), "divergences": len(result.divergences),
                             "registry": registry.url})
    error = DecisionChainDiverged(divergence=first.message)
    error.divergence = first
    raise error


def anchor_clone(path: Path, registry: Registry, district: str) -> None:
    """A new cache is anchored at once: its decisions checked with the registry's chain, the head recorded. When
    the registry cannot be reached now, the first sync does it."""
    with open_cache(path) as cache:
        try:
            reconcile(cache, registry, district, SyncReport())
        except RegistryUnreachable as err:
            log.warning("the new cache %s was not anchored yet: %s", path, err)
