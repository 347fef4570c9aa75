"""The law is cited where it is applied (issue 21, item 4): every procedure step, every refusal ground and every
size norm LandDesk ships names the article it comes from, and every standard motivation cites it in its language."""

from __future__ import annotations

import json
import re

import pytest

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.refusal import GROUNDS
from landdesk.resources import shipped_path

ARTICLE = re.compile(r"Art\. ?\d|Water Code|Order No|rules")


@pytest.mark.parametrize("track", list(ProcedureTrack))
def test_every_procedure_step_names_its_article(track: ProcedureTrack) -> None:
    data = json.loads(shipped_path("procedures", f"{track.value}.json").read_text(encoding="utf-8"))
    assert ARTICLE.search(data["legal_ref"]), data["legal_ref"]
    steps = [*data["steps"], *data.get("after_decision", ()), *([data["refusal_step"]] if data.get("refusal_step")
                                                                  else [])]
    without = [s["code"] for s in steps if not ARTICLE.search(str(s.get("ref", "")))
               and not str(s.get("ref", "")).startswith("p.")]
    assert not without, f"{track}: steps without an article: {without}"


def test_every_refusal_ground_names_its_article() -> None:
    without = [g.code for g in GROUNDS if not ARTICLE.search(str(g.legal_ref)) and "public-service" not in g.legal_ref]
    assert not without


def test_every_size_norm_file_names_its_source() -> None:
    data = json.loads(shipped_path("rules", "size_norms.json").read_text(encoding="utf-8"))
    assert "Art. 50" in json.dumps(data, ensure_ascii=False)


def test_every_standard_motivation_cites_the_law_in_its_language() -> None:
    texts = json.loads(shipped_path("rules", "motivation_texts.json").read_text(encoding="utf-8"))
    assert set(texts["grounds"]) == {g.code for g in GROUNDS}, "a ground without its standard texts"
    for code, both in texts["grounds"].items():
        assert "ст." in both["ru"] or "Правила" in both["ru"] or "Водный кодекс" in both["ru"], code
        assert "бап" in both["kk"] or "қағидалары" in both["kk"] or "Су кодексі" in both["kk"], code
