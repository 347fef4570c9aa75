"""Keep the interface translations in step with the code, and compile them.

    .venv/bin/python scripts/translations.py update    # lupdate: collect every tr("…") into resources/translations/*.ts
    .venv/bin/python scripts/translations.py release   # lrelease: compile the .ts files into .qm (setup.sh, the bundle)
    .venv/bin/python scripts/translations.py check     # exit 1 when a .ts is out of date or has untranslated entries
    .venv/bin/python scripts/translations.py fill F.json  # {"kk": {source: text}, "ru": {…}} into the .ts files
    .venv/bin/python scripts/translations.py todo      # the untranslated sources as that JSON, to fill in

Besides `tr("…")` in the code, the titles in resources/procedures/*.json are collected (they are shown in the
window), through a generated Python file that lupdate reads like any other.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")           # English is the source language


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials in this Python")
    return found


def _resource_strings(folder: Path) -> Path:
    """A Python file of tr("…") calls for the strings data files show in the window: the procedures' titles, as
    LandDesk itself reads them (services.procedures)."""
    from landdesk.domain.application import ProcedureTrack
    from landdesk.services.procedures import procedure

    titles: list[str] = []
    for track in ProcedureTrack:
        titles += [procedure(track).title, *(step.title for step in procedure(track).steps)]
    out = folder / "resource_strings.py"
    out.write_text("".join(f"tr({json.dumps(t, ensure_ascii=False)})\n" for t in dict.fromkeys(titles)),
                   encoding="utf-8")
    return out


def update(ts_dir: Path = TS_DIR) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "landdesk").rglob("*.py") if "registry" not in p.parts)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        sources.append(str(_resource_strings(Path(tmp))))
        for language in LANGUAGES:
            ts = ts_dir / f"landdesk_{language}.ts"
            subprocess.run([_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                            "-target-language", language, *sources, "-ts", str(ts)], check=True)
            written.append(ts)
    return written


def release(ts_dir: Path = TS_DIR) -> list[Path]:
    written = []
    for language in LANGUAGES:
        ts = ts_dir / f"landdesk_{language}.ts"
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def untranslated(ts: Path) -> list[str]:
    """Source texts of `ts` with no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
        elif not (translation.text or "").strip() and not any((f.text or "").strip()
                                                             for f in translation.iter("numerusform")):
            missing.append(source)
    return missing


def sources(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")}


def check() -> int:
    """Out of date (the code has strings the .ts lacks, or the reverse) or untranslated entries: exit 1."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for fresh in update(Path(tmp)):
            committed = TS_DIR / fresh.name
            if not committed.exists():
                problems.append(f"{committed.name} is missing")
                continue
            new, gone = sources(fresh) - sources(committed), sources(committed) - sources(fresh)
            problems += [f"{committed.name}: not collected yet: {s!r}" for s in sorted(new)]
            problems += [f"{committed.name}: no longer in the code: {s!r}" for s in sorted(gone)]
            problems += [f"{committed.name}: untranslated: {s!r}" for s in untranslated(committed)]
    for problem in problems:
        print(problem)
    if problems:
        print("Run scripts/translations.py update, translate the new entries (pyside6-linguist), and commit.")
    return 1 if problems else 0


def fill(translations: dict[str, dict[str, str]], ts_dir: Path = TS_DIR) -> int:
    """Write finished translations for the given sources; returns how many entries were filled."""
    filled = 0
    for language, texts in translations.items():
        ts = ts_dir / f"landdesk_{language}.ts"
        tree = ET.parse(ts)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source in texts and translation is not None:
                translation.text = texts[source]
                translation.attrib.pop("type", None)
                filled += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled


def todo() -> dict[str, dict[str, str]]:
    return {language: {s: "" for s in untranslated(TS_DIR / f"landdesk_{language}.ts")} for language in LANGUAGES}


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print("\n".join(str(p) for p in update()))
    elif command == "release":
        print("\n".join(str(p) for p in release()))
    elif command == "check":
        sys.exit(check())
    elif command == "fill" and len(sys.argv) == 3:
        print(fill(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "entries filled")
        update()                    # back into lupdate's own layout, so the diff shows only what changed
    elif command == "todo":
        print(json.dumps(todo(), ensure_ascii=False, indent=1))
    else:
        sys.exit(__doc__)
