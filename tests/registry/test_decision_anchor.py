"""The decision anchor (issue 15, case 5): the registry's copy of the district's decision chain is what every
cache's decisions are compared with. `landdesk decisions verify --registry` names the first divergence; the
anchor a sync keeps in the cache catches what it can offline; a sync restores decisions a cache lost and refuses
to push a chain that diverges. Against the real registry process, on both backends."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest

from landdesk.domain.application import DecisionKind
from landdesk.domain.decision import GENESIS_HASH, DecisionRecord, chain_hash
from landdesk.domain.district_chain import decision_content_hash, link_hash
from landdesk.registry.backends import open_store
from landdesk.services.decisions import RefuseApplication, refuse, verify, verify_with_registry
from landdesk.spatialite import load_spatialite
from landdesk.storage.connection import open_cache
from landdesk.sync.anchor import DecisionChainDiverged
from landdesk.sync.protocol import SCHEMA_VERSION, Changeset, Group, Operation, RowChange, sha256_hex
from tests.registry.conftest import PASSWORD
from tests.registry.helpers import DISTRICT, a_parcel, cloned, edit, http, run_sync, token, value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow
    from tests.registry.conftest import RunningRegistry

DECISIONS = 30                  # in the demo district the registry is seeded with
_COLUMNS = ("uid", "seq", "application_uid", "kind", "decided_on", "decided_at", "officer", "act_number", "grounds",
            "motivation", "override_reason")


def _landdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landdesk", *args], capture_output=True, text=True, check=False,
                          env={**os.environ, "LANDDESK_PASSWORD": PASSWORD}, timeout=120)


def _verify_cli(path: Path, registry: RunningRegistry | None = None) -> subprocess.CompletedProcess[str]:
    where = ["--registry", registry.url, "--user", "aida"] if registry else []
    return _landdesk("decisions", "verify", str(path), *where)


# --- an attacker with plain sqlite3 ---------------------------------------------------------------------------

@contextmanager
def tampered(path: Path) -> Iterator[sqlite3.Connection]:
    """The cache opened behind LandDesk's back: the append-only triggers dropped (and put back afterwards, so
    nothing looks odd), the journal told a remote write is under way so it records nothing."""
    raw = sqlite3.connect(path)
    load_spatialite(raw)
    guards = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                         "'decisions_append_only_%'").fetchall()
    for name, _sql in guards:
        raw.execute(f'DROP TRIGGER "{name}"')
    raw.execute("UPDATE sync_state SET value = '1' WHERE key = 'applying_remote'")
    try:
        yield raw
        raw.execute("UPDATE sync_state SET value = '0' WHERE key = 'applying_remote'")
        for _name, sql in guards:
            raw.execute(sql)
        raw.commit()
    finally:
        raw.close()


def _record(row: tuple[Any, ...]) -> DecisionRecord:
    values = dict(zip(_COLUMNS, row, strict=True))
    values["kind"] = DecisionKind(values["kind"])
    values["grounds"] = tuple(json.loads(values["grounds"]))
    return DecisionRecord(**values)


def _rehash(raw: sqlite3.Connection, from_seq: int) -> None:
    """Recompute the cache's own chain from `from_seq` on, as a careful attacker does after a change."""
    previous = raw.execute("SELECT content_hash FROM decisions WHERE seq = ?", (from_seq - 1,)).fetchone()
    previous = previous[0] if previous else GENESIS_HASH
    for row in raw.execute(f"SELECT {', '.join(_COLUMNS)} FROM decisions WHERE seq >= ? ORDER BY seq",
                           (from_seq,)).fetchall():
        record = _record(row)
        content = chain_hash(previous, record)
        raw.execute("UPDATE decisions SET prev_hash = ?, content_hash = ? WHERE uid = ?", (previous, content,
                                                                                          record.uid))
        previous = content


def _uid_at(path: Path, seq: int) -> str:
    return str(value(path, "SELECT uid FROM decisions WHERE seq = ?", (seq,)))


def truncate_tail(path: Path, count: int = 3) -> None:
    with tampered(path) as raw:
        raw.execute("DELETE FROM decisions WHERE seq > ?", (DECISIONS - count,))


def append_decision(path: Path, *, acknowledged: bool = False) -> None:
    """A decision nobody took, with a valid link onto the cache's own chain."""
    with tampered(path) as raw:
        last = raw.execute(f"SELECT {', '.join(_COLUMNS)}, content_hash FROM decisions ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
        model = _record(last[:-1])
        record = DecisionRecord(str(uuid.uuid4()), model.seq + 1, model.application_uid, DecisionKind.APPROVE,
                                model.decided_on, model.decided_at, "intruder", "№ 999", (), None, None)
        raw.execute(f"INSERT INTO decisions ({', '.join(_COLUMNS)}, prev_hash, content_hash, row_version, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', NULL, NULL, ?, ?, ?, ?)",
                    (record.uid, record.seq, record.application_uid, str(record.kind), record.decided_on,
                     record.decided_at, record.officer, record.act_number, last[-1],
                     chain_hash(last[-1], record), 1 if acknowledged else None, record.decided_at))


def rewrite(path: Path, seq: int, *, rehash: bool) -> None:
    with tampered(path) as raw:
        raw.execute("UPDATE decisions SET motivation = 'rewritten afterwards', officer = 'someone else' "
                    "WHERE seq = ?", (seq,))
        if rehash:
            _rehash(raw, seq)


# --- the five ways to alter a chain, each caught --------------------------------------------------------------

CASES: dict[str, tuple[Callable[[Path], None], str, str, bool]] = {
    # name: (tamper, kind of the first divergence, seq/position it names, caught offline too)
    "truncated tail": (truncate_tail, "missing", f"position {DECISIONS - 2}", True),
    "appended with a valid link": (append_decision, "unaccounted", f"decision {DECISIONS + 1}", True),
    "rewritten last decision": (lambda p: rewrite(p, DECISIONS, rehash=True), "changed", f"position {DECISIONS}",
                                True),
    "consistently recomputed tail": (lambda p: rewrite(p, 20, rehash=True), "changed", "position 20", True),
    "changed middle": (lambda p: rewrite(p, 12, rehash=False), "changed", "position 12", True),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_alteration_is_named_by_verify_against_the_registry(registry: RunningRegistry, tmp_path: Path,
                                                                 case: str) -> None:
    tamper, kind, named, offline = CASES[case]
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    uids = {seq: _uid_at(cache, seq) for seq in range(1, DECISIONS + 1)}
    tamper(cache)
    with open_cache(cache, read_only=True) as opened:
        compared = verify_with_registry(opened, registry.url, "aida", PASSWORD)
        own = verify(opened)
    first = compared.first
    assert first is not None
    assert first.kind == kind
    assert named in str(first.message)
    if kind != "unaccounted":             # positions follow the registry's order, which is the demo's here
        assert first.uid == uids[int(named.split()[-1])]
    assert own.intact is not offline
    done = _verify_cli(cache, registry)
    assert done.returncode == 1, done.stdout
    assert "diverge from the registry's district chain" in done.stderr
    assert named in done.stderr
    assert "What to do" in done.stderr
    alone = _verify_cli(cache)
    assert alone.returncode == (1 if offline else 0), alone.stdout


def test_an_untouched_cache_agrees_with_the_registry(registry: RunningRegistry, tmp_path: Path) -> None:
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    assert value(cache, "SELECT position FROM decision_anchor_head") == DECISIONS    # anchored when cloned
    done = _verify_cli(cache, registry)
    assert done.returncode == 0, done.stderr
    assert "Decision chain intact" in done.stdout
    assert f"The registry agrees: {DECISIONS} decisions of its district chain" in done.stdout
    alone = _verify_cli(cache)
    assert alone.returncode == 0, alone.stderr
    assert f"the {DECISIONS} the registry confirmed at the last sync still match it" in alone.stdout


def test_an_acknowledged_looking_decision_is_caught_by_the_registry_only(registry: RunningRegistry,
                                                                         tmp_path: Path) -> None:
    """What the offline anchor cannot tell: a decision marked as accepted after the last anchoring."""
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    append_decision(cache, acknowledged=True)
    alone = _verify_cli(cache)
    assert alone.returncode == 0, alone.stderr
    assert "1 accepted by the registry since are not anchored yet" in alone.stdout
    done = _verify_cli(cache, registry)
    assert done.returncode == 1
    assert f"decision {DECISIONS + 1}" in done.stderr
    assert "the registry never had it" in done.stderr


def test_the_anchor_itself_rewritten_is_caught(registry: RunningRegistry, tmp_path: Path) -> None:
    """An attacker who also lowers the head below a cut tail: offline nothing is left to compare (docs/sync.md
    says so); the registry still has every decision."""
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    truncate_tail(cache)
    with tampered(cache) as raw:
        for name in ("decision_anchor_append_only_delete", "decision_anchor_head_forward"):
            raw.execute(f"DROP TRIGGER {name}")
        raw.execute("DELETE FROM decision_anchor WHERE position > ?", (DECISIONS - 3,))
        link = raw.execute("SELECT link_hash FROM decision_anchor WHERE position = ?", (DECISIONS - 3,)).fetchone()[0]
        raw.execute("UPDATE decision_anchor_head SET position = ?, link_hash = ?", (DECISIONS - 3, link))
    assert _verify_cli(cache).returncode == 0                   # the limit of an anchor kept in the same file
    done = _verify_cli(cache, registry)
    assert done.returncode == 1
    assert f"position {DECISIONS - 2}) is missing from this cache" in done.stderr


# --- sync ---------------------------------------------------------------------------------------------------

def test_a_sync_restores_a_truncated_tail(registry: RunningRegistry, tmp_path: Path) -> None:
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    lost = [_uid_at(cache, seq) for seq in range(DECISIONS - 2, DECISIONS + 1)]
    truncate_tail(cache)
    assert value(cache, "SELECT count(*) FROM decisions") == DECISIONS - 3
    report = run_sync(cache, registry.url)
    assert report.restored_decisions == 3
    assert "3 decisions missing from this cache were restored from the registry." in report.messages
    assert value(cache, "SELECT count(*) FROM decisions") == DECISIONS
    assert value(cache, "SELECT count(*) FROM decisions WHERE row_version IS NOT NULL") == DECISIONS
    with open_cache(cache) as opened:
        assert verify(opened).intact
        audited = opened.connection.execute("SELECT entity_uid, user_name, details FROM audit_log WHERE action = "
                                            "'decision.restore' ORDER BY fid").fetchall()
    assert [a[0] for a in audited] == lost
    assert {a[1] for a in audited} == {"aida"}
    assert [json.loads(a[2])["position"] for a in audited] == [DECISIONS - 2, DECISIONS - 1, DECISIONS]
    assert _verify_cli(cache, registry).returncode == 0
    assert run_sync(cache, registry.url).restored_decisions == 0          # once is enough


def test_the_command_line_sync_says_it_restored(registry: RunningRegistry, tmp_path: Path) -> None:
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    truncate_tail(cache, 1)
    done = _landdesk("sync", str(cache), "--registry", registry.url, "--user", "aida")
    assert done.returncode == 0, done.stderr
    assert "Restored 1 decisions this cache had lost, from the registry" in done.stdout


def test_a_diverging_chain_makes_sync_refuse_and_nothing_is_pushed(registry: RunningRegistry, tmp_path: Path) -> None:
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    edit(cache, "UPDATE parcels SET address = 'waits' WHERE uid = ?", (a_parcel(cache),))
    rewrite(cache, 20, rehash=True)
    with pytest.raises(DecisionChainDiverged) as refused:
        run_sync(cache, registry.url)
    assert refused.value.divergence is not None
    assert refused.value.divergence.kind == "changed"
    done = _landdesk("sync", str(cache), "--registry", registry.url, "--user", "aida")
    assert done.returncode == 2
    assert "This cache's decisions do not match the registry's: decision 20" in done.stderr
    assert "Nothing was sent to the registry" in done.stderr
    audited = value(cache, "SELECT count(*) FROM audit_log WHERE action = 'decision.chain_diverged'")
    assert audited == 2
    details = json.loads(value(cache, "SELECT details FROM audit_log WHERE action = 'decision.chain_diverged' "
                                      "ORDER BY fid DESC LIMIT 1"))
    assert (details["kind"], details["position"], details["seq"]) == ("changed", 20, 20)
    assert value(cache, "SELECT count(*) FROM sync_op") == 1                 # the edit still waits
    assert value(cache, "SELECT count(*) FROM sync_outbox") == 0             # nothing was even frozen
    fresh = cloned(registry.url, tmp_path / "check.sqlite")
    assert value(fresh, "SELECT count(*) FROM parcels WHERE address = 'waits'") == 0
    assert value(fresh, "SELECT count(*) FROM decisions WHERE officer = 'someone else'") == 0


def test_a_decision_taken_on_one_cache_joins_every_anchor(registry: RunningRegistry, tmp_path: Path) -> None:
    a = cloned(registry.url, tmp_path / "a.sqlite")
    b = cloned(registry.url, tmp_path / "b.sqlite", "bolat")
    number = value(a, "SELECT number FROM applications WHERE status = 'RECEIVED' ORDER BY number LIMIT 1")
    with open_cache(a) as cache:
        decided = refuse(cache, RefuseApplication(number, ("R-INCOMPLETE",), "incomplete", "aida", date(2026, 11, 20),
                                                  justification="the documents are incomplete"))
        assert verify(cache).intact                          # pending: not compared, not a divergence
    run_sync(a, registry.url)
    run_sync(b, registry.url, "bolat")
    for path in (a, b):
        assert value(path, "SELECT position FROM decision_anchor_head") == DECISIONS + 1
        assert value(path, "SELECT position FROM decision_anchor WHERE uid = ?", (decided.uid,)) == DECISIONS + 1
        assert _verify_cli(path, registry).returncode == 0
    status, page = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&after={DECISIONS}",
                        token=token(registry.url))
    assert status == 200
    [link] = page["links"]
    assert link["uid"] == decided.uid
    with open_cache(b, read_only=True) as cache:
        columns = (*_COLUMNS[2:], "details")                # the signer and both languages' motivation too
        attrs = dict(zip(columns, cache.connection.execute(
            f"SELECT {', '.join(columns)} FROM decisions WHERE uid = ?", (decided.uid,)).fetchone(), strict=True))
    previous = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&after={DECISIONS - 1}&limit=1",
                    token=token(registry.url))[1]["links"][0]["link_hash"]
    assert link["content_hash"] == decision_content_hash(decided.uid, attrs)          # both sides compute it alike
    assert link["link_hash"] == link_hash(previous, DECISIONS + 1, decided.uid, link["content_hash"])


# --- the registry's side --------------------------------------------------------------------------------------

def test_the_chain_endpoint_is_authenticated_district_scoped_and_stable(registry: RunningRegistry) -> None:
    status, body = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}")
    assert status == 401
    assert set(body) >= {"error", "message", "what_to_do"}
    status, body = http("GET", f"{registry.url}/sync/decisions?district=19-246", token=token(registry.url))
    assert (status, body["error"]) == (403, "wrong_district")
    status, body = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&after=-1",
                        token=token(registry.url))
    assert (status, body["error"]) == (400, "bad_parameter")
    status, body = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&after=x",
                        token=token(registry.url))
    assert (status, body["error"]) == (400, "bad_parameter")
    status, page = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&limit=10",
                        token=token(registry.url, "gulnar"))            # an auditor may read it
    assert status == 200
    assert set(page) == {"district", "after", "previous", "count", "head", "links", "more"}
    assert (page["count"], page["previous"], page["more"], len(page["links"])) == (DECISIONS, GENESIS_HASH, True, 10)
    assert set(page["links"][0]) == {"position", "uid", "content_hash", "link_hash", "seq"}
    previous = GENESIS_HASH
    for link in page["links"]:
        previous = link_hash(previous, link["position"], link["uid"], link["content_hash"])
        assert previous == link["link_hash"]
    status, tail = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&after=20&rows=1",
                        token=token(registry.url))
    assert [link["position"] for link in tail["links"]] == list(range(21, DECISIONS + 1))
    assert tail["head"] == {"position": DECISIONS, "link_hash": tail["links"][-1]["link_hash"]}
    assert tail["links"][0]["row"]["tbl"] == "decisions"
    status, beyond = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}&after=99",
                          token=token(registry.url))
    assert (status, beyond["previous"], beyond["links"]) == (200, None, [])


def test_the_registry_refuses_a_push_that_changes_an_accepted_decision(registry: RunningRegistry,
                                                                       tmp_path: Path) -> None:
    """Defence in depth: a client other than LandDesk (whose own sync refuses first) sends a rewritten decision."""
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    uid = _uid_at(cache, 5)
    old = value(cache, "SELECT motivation FROM decisions WHERE uid = ?", (uid,))
    change = RowChange("decisions", uid, "update", 1, {"motivation": (old, "rewritten at the registry")})
    operation = Operation(str(uuid.uuid4()), "decision.rewrite", "aida", "2026-11-20T10:00:00Z")
    payload = Changeset(str(uuid.uuid4()), str(uuid.uuid4()), DISTRICT, SCHEMA_VERSION,
                        (Group(str(uuid.uuid4()), (operation,), (change,)),)).payload()
    status, body = http("POST", f"{registry.url}/sync/changesets", payload, token(registry.url),
                        {"x-payload-sha256": sha256_hex(payload) or ""})
    assert (status, body["error"]) == (409, "decision_append_only")
    assert set(body) >= {"message", "what_to_do"}
    fresh = cloned(registry.url, tmp_path / "check.sqlite")
    assert value(fresh, "SELECT motivation FROM decisions WHERE uid = ?", (uid,)) == old


def test_a_registry_older_than_the_chain_builds_it_at_start(registry: RunningRegistry, tmp_path: Path) -> None:
    status, before = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}", token=token(registry.url))
    assert status == 200
    registry.stop()
    store = open_store(str(registry.data), registry.database)
    with store.transaction() as connection:
        connection.execute("DROP TABLE decision_chain")
    store.close()
    registry.start()                                           # `serve` runs init, which catches the chain up
    status, after = http("GET", f"{registry.url}/sync/decisions?district={DISTRICT}", token=token(registry.url))
    assert status == 200
    assert [link["uid"] for link in after["links"]] == [link["uid"] for link in before["links"]]
    assert after["head"] == before["head"]


# --- the window -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("backend", ["spatialite"], indirect=True)        # the window is backend-blind
def test_the_window_says_the_decisions_diverge(registry: RunningRegistry, tmp_path: Path, qtbot: QtBot,
                                               window_on: Callable[[Path], MainWindow],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from landdesk.ui.messages import error_text

    monkeypatch.setenv("LANDDESK_PASSWORD", PASSWORD)
    cache = cloned(registry.url, tmp_path / "office.sqlite")
    rewrite(cache, DECISIONS, rehash=True)
    window = window_on(cache)
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=10000)
    with qtbot.waitSignal(window.sync.failed, timeout=30000):
        window.sync_action.trigger()
    error = window.last_error
    assert isinstance(error, DecisionChainDiverged)
    shown = error_text(error)
    assert f"This cache's decisions do not match the registry's: decision {DECISIONS}" in shown
    assert "Nothing was sent to the registry" in shown
