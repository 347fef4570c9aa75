"""Applications from the e-government portal and the once-in-a-lifetime free grant (issue 16), against the real
registry process on both backends. The portal's side is this test: it sends what the portal would."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from landdesk.services.application_facts import application_facts
from landdesk.services.intake import lodge
from landdesk.storage import open_cache
from tests.registry.helpers import cloned, edit, http, run_sync, token, value

if TYPE_CHECKING:
    from pathlib import Path

    from tests.registry.conftest import RunningRegistry

TODAY = date.today()


def _portal_request(path: Path) -> dict[str, Any]:
    """A clean application of the cache as the portal would send it: no number, the portal's own id."""
    with open_cache(path, read_only=True) as cache:
        number = str(cache.connection.execute("SELECT number FROM applications WHERE built_for = 'PASS' AND "
                                              "status = 'RECEIVED' ORDER BY number LIMIT 1").fetchone()[0])
        facts = application_facts(cache, number, TODAY)
    for key in ("number", "portal_id", "state", "due_on", "steps", "prechecks", "allowed", "not_allowed",
                "proposed_grounds", "queue_position", "queue_entered_on", "free_grant_check", "free_grant_note"):
        facts.pop(key, None)
    facts["received_on"] = TODAY.isoformat()
    facts["portal_id"] = "EGOV-2026-000777"
    return facts


def test_the_portal_submits_once_and_every_cache_pulls_the_application(registry: RunningRegistry,
                                                                       tmp_path: Path) -> None:
    desk = cloned(registry.url, tmp_path / "desk.sqlite")
    request = _portal_request(desk)
    portal = token(registry.url, "egov")
    status, first = http("POST", registry.url + "/intake/applications", request, portal)
    assert status == 201, first
    assert first["steps"]
    assert first["due_on"] >= TODAY.isoformat()
    status, again = http("POST", registry.url + "/intake/applications", request, portal)
    assert (status, again["number"], again["replayed"]) == (200, first["number"], True)
    run_sync(desk, registry.url)
    with open_cache(desk, read_only=True) as cache:
        facts = application_facts(cache, first["number"], TODAY)
    assert facts["state"] == "RECEIVED"
    assert facts["portal_id"] == "EGOV-2026-000777"
    assert [s["code"] for s in facts["steps"]] == [s["code"] for s in first["steps"]]
    assert "approve" not in facts["allowed"]
    assert value(desk, "SELECT count(*) FROM applications WHERE portal_id = 'EGOV-2026-000777'") == 1


def test_the_portal_may_do_nothing_else_and_a_bad_field_is_named(registry: RunningRegistry, tmp_path: Path) -> None:
    desk = cloned(registry.url, tmp_path / "desk.sqlite")
    request = _portal_request(desk)
    portal, officer = token(registry.url, "egov"), token(registry.url, "aida")
    status, answer = http("GET", registry.url + "/sync/changes?since=0", token=portal)
    assert (status, answer["error"]) == (403, "portal_only")
    status, answer = http("POST", registry.url + "/intake/applications", request, officer)
    assert (status, answer["error"]) == (403, "portal_only")
    bad = {**request, "area_m2": -5, "applicant": {"name": "Ким", "iin": "123"}}
    status, answer = http("POST", registry.url + "/intake/applications", bad, portal)
    assert (status, answer["error"]) == (422, "invalid_application")
    assert "area_m2" in answer["params"]["fields"]
    assert "applicant.iin" in answer["params"]["fields"]
    status, answer = http("POST", registry.url + "/intake/applications", b"{not json", portal)
    assert status == 400


def test_a_second_free_grant_fails_at_sync_and_a_first_is_confirmed(registry: RunningRegistry,
                                                                    tmp_path: Path) -> None:
    desk = cloned(registry.url, tmp_path / "desk.sqlite")
    earlier_number = value(desk, "SELECT number FROM applications WHERE status = 'APPROVED' ORDER BY number LIMIT 1")
    iin = value(desk, "SELECT applicant_iin FROM applications WHERE number = ?", (earlier_number,))
    edit(desk, "UPDATE applications SET free_grant = 1 WHERE number = ?", (earlier_number,))
    run_sync(desk, registry.url)                           # the registry knows the earlier free grant now
    request = _portal_request(desk)
    request.pop("portal_id")
    request.update(free_grant=True, right="PRIVATE_OWNERSHIP", lease_years=None)
    with open_cache(desk) as cache:
        again = lodge(cache, {**request, "applicant": {**request["applicant"], "iin": iin}}, "aida", TODAY).number
        first = lodge(cache, request, "aida", TODAY).number
    checks = {n: value(desk, "SELECT free_grant_check FROM applications WHERE number = ?", (n,))
              for n in (again, first)}
    assert checks == {again: "TO_CONFIRM", first: "TO_CONFIRM"}
    report = run_sync(desk, registry.url)
    assert value(desk, "SELECT free_grant_check FROM applications WHERE number = ?", (again,)) == "FAILED"
    note = value(desk, "SELECT free_grant_note FROM applications WHERE number = ?", (again,))
    assert earlier_number in note
    assert value(desk, "SELECT free_grant_check FROM applications WHERE number = ?", (first,)) == "CONFIRMED"
    assert any(again in message for message in report.messages)
    with open_cache(desk, read_only=True) as cache:                        # the pre-checks propose the ground
        assert "R-REPEAT-FREE" in application_facts(cache, again, TODAY)["proposed_grounds"]
        assert "R-REPEAT-FREE" not in application_facts(cache, first, TODAY)["proposed_grounds"]
    other = cloned(registry.url, tmp_path / "other.sqlite", "bolat")         # the outcome syncs to colleagues
    assert value(other, "SELECT free_grant_check FROM applications WHERE number = ?", (again,)) == "FAILED"


def test_a_portal_application_runs_its_whole_track_on_the_desk(registry: RunningRegistry, tmp_path: Path) -> None:
    """From the portal to the cancelled contract: pulled, its steps recorded, approved and cancelled from the
    command line, and the decisions synced back."""
    import os
    import subprocess
    import sys
    from datetime import timedelta

    from tests.procedure_walk import OFFICER, walk_to_decision

    desk = cloned(registry.url, tmp_path / "desk.sqlite")
    request = _portal_request(desk)
    with open_cache(desk) as cache:                              # its plot free again: the original withdrawn
        original = str(cache.connection.execute("SELECT number FROM applications WHERE built_for = 'PASS' AND "
                                                "status = 'RECEIVED' ORDER BY number LIMIT 1").fetchone()[0])
        from landdesk.services.lifecycle import withdraw

        withdraw(cache, original, OFFICER, "the applicant asked", TODAY)
    status, lodged = http("POST", registry.url + "/intake/applications", request, token(registry.url, "egov"))
    assert status == 201, lodged
    run_sync(desk, registry.url)
    number = lodged["number"]
    with open_cache(desk) as cache:
        assert walk_to_decision(cache, number, TODAY) == "DECISION"
    env = {**os.environ, "LANDDESK_CONFIG_DIR": str(tmp_path / "config")}

    def landdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "landdesk", *args, "--officer", OFFICER], capture_output=True,
                              text=True, check=False, timeout=120, env=env)

    done = landdesk("decide", str(desk), number, "--approve", "--act", "№ 5", "--on", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    contract = value(desk, "SELECT s.due_on FROM application_steps s JOIN applications a ON a.uid = "
                           "s.application_uid WHERE a.number = ? AND s.state = 'OPEN' ORDER BY s.due_on LIMIT 1",
                     (number,))
    later = (date.fromisoformat(contract) + timedelta(days=1)).isoformat()
    done = landdesk("cancel", str(desk), number, "--reason", "Договор не подписан в срок", "--on", later)
    assert done.returncode == 0, done.stderr
    run_sync(desk, registry.url)
    colleague = cloned(registry.url, tmp_path / "colleague.sqlite", "bolat")
    assert value(colleague, "SELECT status FROM applications WHERE number = ?", (number,)) == "CANCELLED"
    assert value(colleague, "SELECT count(*) FROM decisions d JOIN applications a ON a.uid = d.application_uid "
                            "WHERE a.number = ?", (number,)) == 2
