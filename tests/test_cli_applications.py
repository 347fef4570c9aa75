"""An application's whole life through the command line (issue 16): lodge, steps, the refused actions with exit
code 3 and nothing changed, the approval, the contract and the cancellation."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from landdesk.services.application_facts import application_facts
from landdesk.services.lifecycle import withdraw
from landdesk.storage import open_cache
from tests.procedure_walk import OFFICER

if TYPE_CHECKING:
    from pathlib import Path

TODAY = date(2026, 11, 20)


def _landdesk(*args: str, config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "landdesk", *args], capture_output=True, text=True, check=False,
                          timeout=120, env={**__import__("os").environ, "LANDDESK_CONFIG_DIR": str(config)})


def _facts(path: Path, number: str, config: Path, on: date) -> dict[str, Any]:
    done = _landdesk("application", str(path), number, "--json", "--today", on.isoformat(), config=config)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def test_lodge_step_decide_and_cancel_from_the_command_line(demo_cache_file: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    with open_cache(demo_cache_file) as cache:
        original = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' AND "
                                                "built_for = 'PASS' ORDER BY number LIMIT 1").fetchone()[0])
        printed = application_facts(cache, original, TODAY)
        withdraw(cache, original, OFFICER, "the applicant asked", TODAY)
    printed.pop("number")
    printed.pop("portal_id")
    request = tmp_path / "application.json"
    request.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    path = str(demo_cache_file)

    nobody = _landdesk("lodge", path, str(request), "--today", TODAY.isoformat(), config=config)
    assert nobody.returncode == 2
    assert "full name" in nobody.stderr                       # never the OS login
    lodged = _landdesk("lodge", path, str(request), "--today", TODAY.isoformat(), "--officer", OFFICER,
                       config=config)
    assert lodged.returncode == 0, lodged.stderr
    number = lodged.stdout.split("Registered as ")[1].split(",")[0]

    early = _landdesk("decide", path, number, "--approve", "--on", TODAY.isoformat(), "--officer", OFFICER,
                      config=config)
    assert early.returncode == 3, early.stderr
    assert "it waits for" in early.stderr
    assert _facts(demo_cache_file, number, config, TODAY)["state"] == "RECEIVED"

    for _ in range(40):                                       # every step, as the officer records them
        facts = _facts(demo_cache_file, number, config, TODAY)
        if "approve" in facts["allowed"]:
            break
        step = next(s for s in facts["steps"] if s["status"] == "OPEN")
        args = ["step", path, number, "--step", step["code"], "--positive", "--on", TODAY.isoformat(),
                "--officer", OFFICER] + (["--body", step["body"]] if step["body"] else [])
        done = _landdesk(*args, config=config)
        assert done.returncode == 0, done.stderr
    assert facts["state"] == "DECISION"

    approved = _landdesk("decide", path, number, "--approve", "--act", "№ 41", "--on", TODAY.isoformat(),
                         "--officer", OFFICER, config=config)
    assert approved.returncode == 0, approved.stderr
    facts = _facts(demo_cache_file, number, config, TODAY)
    contract = next(s for s in facts["steps"] if s["status"] == "OPEN")
    early_cancel = _landdesk("cancel", path, number, "--reason", "not signed", "--on", TODAY.isoformat(),
                             "--officer", OFFICER, config=config)
    assert early_cancel.returncode == 3
    assert "may be signed until" in early_cancel.stderr
    after = (date.fromisoformat(contract["due_on"]) + timedelta(days=1)).isoformat()
    cancelled = _landdesk("cancel", path, number, "--reason", "The contract was not signed in its term", "--on",
                          after, "--officer", OFFICER, config=config)
    assert cancelled.returncode == 0, cancelled.stderr
    final = _facts(demo_cache_file, number, config, date.fromisoformat(after))
    assert final["state"] == "CANCELLED"
    assert final["allowed"] == []


def test_a_bad_file_is_named_and_nothing_is_lodged(demo_cache_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    done = _landdesk("lodge", str(demo_cache_file), str(broken), "--officer", OFFICER, config=tmp_path)
    assert done.returncode == 2
    assert "cannot be read as JSON" in done.stderr
    assert "Traceback" not in done.stderr
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"track": "C", "applicant": {"name": "Ким", "iin": "1"}}), encoding="utf-8")
    done = _landdesk("lodge", str(demo_cache_file), str(wrong), "--officer", OFFICER, config=tmp_path)
    assert done.returncode == 2
    assert "applicant.iin" in done.stderr
    assert "purpose" in done.stderr
    unknown = _landdesk("application", str(demo_cache_file), "2026-9999", config=tmp_path)
    assert unknown.returncode == 2
    assert "no application 2026-9999" in unknown.stderr


def test_an_akimat_changes_a_term_without_a_release(demo_cache_file: Path, tmp_path: Path) -> None:
    """Terms are data: a procedure file in the overrides folder is read instead of the shipped one."""
    import os

    from landdesk.resources import shipped_path

    with open_cache(demo_cache_file, read_only=True) as cache:
        number = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' AND "
                                              "track = 'C' ORDER BY number LIMIT 1").fetchone()[0])
    shipped = json.loads(shipped_path("procedures", "C.json").read_text(encoding="utf-8"))
    c2 = next(s for s in shipped["steps"] if s["code"] == "C2")
    c2["term"] += 10
    overrides = tmp_path / "overrides"
    (overrides / "procedures").mkdir(parents=True)
    (overrides / "procedures" / "C.json").write_text(json.dumps(shipped), encoding="utf-8")
    args = [sys.executable, "-m", "landdesk", "step", str(demo_cache_file), number, "--step", "C1", "--positive",
            "--on", TODAY.isoformat(), "--officer", OFFICER]
    env = {**os.environ, "LANDDESK_CONFIG_DIR": str(tmp_path / "config"), "LANDDESK_OVERRIDES_DIR": str(overrides)}
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    facts = _facts(demo_cache_file, number, tmp_path / "config", TODAY)
    c2_row = next(s for s in facts["steps"] if s["code"] == "C2")
    from landdesk.domain.calendar import working_days_between
    from landdesk.services.calendar import calendar_around

    started, due = date.fromisoformat(c2_row["started_on"]), date.fromisoformat(c2_row["due_on"])
    assert working_days_between(started, due, calendar_around(2026)) == c2["term"]
