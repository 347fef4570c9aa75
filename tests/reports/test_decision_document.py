"""Decision documents: what they state, in Russian and Kazakh, and that a PDF comes out."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from landdesk.reports.decision_document import decision_html, write_decision_document
from landdesk.reports.pdf import DocumentError
from landdesk.storage import open_cache

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


def _decision(path: Path, kind: str) -> str:
    with open_cache(path, read_only=True) as cache:
        return str(cache.connection.execute(
            "SELECT d.uid FROM decisions d JOIN applications a ON a.uid = d.application_uid WHERE d.kind = ? "
            "AND a.geom IS NOT NULL ORDER BY d.seq LIMIT 1", (kind,)).fetchone()[0])


def test_a_refusal_states_its_grounds_articles_and_the_catalogue(demo_template_readonly: Path) -> None:
    uid = _decision(demo_template_readonly, "REFUSE")
    with open_cache(demo_template_readonly, read_only=True) as cache:
        context, russian = decision_html(cache, uid, "ru")
        _context, kazakh = decision_html(cache, uid, "kk")
    assert "МОТИВИРОВАННЫЙ ОТКАЗ" in russian
    assert context["number"] in russian
    grounds = json.loads(context["grounds"])
    assert grounds
    for code in grounds:                      # grounds by their titles and articles, never internal codes
        assert code not in russian
        assert code not in kazakh
    assert "Art." not in russian
    assert "ст. " in russian
    assert "-бап" in kazakh
    assert "<th>№ точки</th>" in russian
    assert "<th>Нүкте №</th>" in kazakh
    assert "ДӘЛЕЛДІ БАС ТАРТУ" in kazakh
    assert "бас тартады" in kazakh
    assert "$" not in russian, "every placeholder is filled"
    assert "$" not in kazakh


def test_an_approval_states_the_parcel(demo_template_readonly: Path) -> None:
    uid = _decision(demo_template_readonly, "APPROVE")
    with open_cache(demo_template_readonly, read_only=True) as cache:
        context, russian = decision_html(cache, uid, "ru")
    assert "РЕШЕНИЕ" in russian
    assert (context["cadastral_number"] or "—") in russian
    assert "Целевое назначение" in russian
    assert "Вид права" in russian


def test_the_pdf_is_written_in_both_languages(demo_template_readonly: Path, tmp_path: Path, qtbot: QtBot) -> None:
    uid = _decision(demo_template_readonly, "REFUSE")
    with open_cache(demo_template_readonly, read_only=True) as cache:
        for language in ("ru", "kk"):
            out = write_decision_document(cache, uid, language, tmp_path / f"refusal_{language}.pdf")
            data = out.read_bytes()
            assert data.startswith(b"%PDF")
            assert len(data) > 20_000, "text, a map extract and a table"
        with pytest.raises(DocumentError, match="not 'en'"):
            write_decision_document(cache, uid, "en", tmp_path / "x.pdf")
