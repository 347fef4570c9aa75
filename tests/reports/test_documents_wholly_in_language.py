"""Documents wholly in the document's language (issue 16): the text of each PDF, read back as a viewer shows
it, holds no Latin word outside a short list and every field its kind needs; a cancellation is not a grant."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from landdesk.reports.decision_document import write_decision_document
from landdesk.services.application_facts import application_facts
from landdesk.services.decision_details import Signer
from landdesk.services.decisions import (
    ApproveApplication,
    CancelDecision,
    RefuseApplication,
    approve,
    cancel,
    refuse,
)
from landdesk.services.intake import lodge
from landdesk.services.lifecycle import application_state, withdraw
from landdesk.storage import open_cache
from tests.procedure_walk import OFFICER, walk_to_decision

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

TODAY = date(2026, 11, 20)
SIGNER = Signer(OFFICER, "Главный специалист отдела земельных отношений", "Жер қатынастары бөлімінің бас маманы")
ALLOWED_LATIN = {"EPSG", "UTM", "WGS", "zone",  # the CRS by its EPSG name
                 "N", "X", "Y", "GK", "ИИН", "БИН"}
FIELDS = {
    "APPROVE": {"ru": ["РЕШЕНИЕ", "Кадастровый номер", "Целевое назначение", "Площадь", "Вид права",
                       "Делимость", "Ограничения", "Функциональная зона", "Срок аренды (пользования) 10 лет",
                       "Срок подписания договора до", SIGNER.position_ru],
                "kk": ["ШЕШІМ", "Кадастрлық нөмір", "Нысаналы мақсаты", "Ауданы", "Құқық түрі", "Функционалдық аймақ",
                       "Жалға алу (пайдалану) мерзімі 10 жыл", "Шартқа қол қою мерзімі", SIGNER.position_kk]},
    "REFUSE": {"ru": ["МОТИВИРОВАННЫЙ ОТКАЗ", "отказывает", "Мотивировка", "ст. ", "Участок не обеспечен",
                      SIGNER.position_ru],
               "kk": ["ДӘЛЕЛДІ БАС ТАРТУ", "бас тартады", "Дәлелдеме", "-бап", "бас жоспармен", SIGNER.position_kk]},
    "CANCEL": {"ru": ["об отмене решения", "решил отменить", "ст. 44-2 п. 16", "Основание отмены",
                      "Договор не подписан в срок"],
               "kk": ["күшін жою", "44-2-бабының 16-тармағы", "Күшін жою негізі", "қол қоймады"]},
}


def _latin_words(text: str, check_sum: str) -> set[str]:
    text = text.replace(check_sum, "")                      # the decision's check sum is hexadecimal
    text = re.sub(r"(сумма|сомасы)[0-9a-f\s]+", "", text)    # also where the PDF's text runs split it
    return {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED_LATIN}


def _decided(path: Path) -> dict[str, str]:
    """One decision of each kind, made through the real procedure."""
    made: dict[str, str] = {}
    with open_cache(path) as cache:
        numbers = [str(r[0]) for r in cache.connection.execute(
            "SELECT number FROM applications WHERE status = 'RECEIVED' AND built_for = 'PASS' ORDER BY number "
            "LIMIT 3")]
        refused = refuse(cache, RefuseApplication(numbers[0], ("R-NO-PLAN", "R-DOC-FALSE"),
                                                  "Участок не обеспечен утверждённым ПДП.", OFFICER, TODAY,
                                                  act_number="№ 17", justification="письмо отдела архитектуры",
                                                  signer=SIGNER))
        made["REFUSE"] = refused.uid
        with cache.operation("test.lease", OFFICER) as tx:      # a lease asked for ten years
            tx.execute("UPDATE applications SET lease_years = 10, requested_right = 'LEASE_LONG' WHERE number = ?",
                       (numbers[1],))
        walk_to_decision(cache, numbers[1], TODAY)
        made["APPROVE"] = approve(cache, ApproveApplication(numbers[1], OFFICER, TODAY, act_number="№ 18",
                                                            signer=SIGNER)).uid
        walk_to_decision(cache, numbers[2], TODAY)
        approve(cache, ApproveApplication(numbers[2], OFFICER, TODAY))
        state = application_state(cache, numbers[2], TODAY)
        due = next(s.due for s in state.steps if s.state == "OPEN")
        assert due is not None
        made["CANCEL"] = cancel(cache, CancelDecision(numbers[2], "Договор не подписан в срок.", OFFICER,
                                                      due + timedelta(days=1), act_number="№ 19")).uid
    return made


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_each_document_is_wholly_in_its_language_with_every_field(demo_cache_file: Path, tmp_path: Path,
                                                                   qtbot: QtBot, language: str) -> None:
    del qtbot                                             # the PDF is laid out by Qt's text engine
    decided = _decided(demo_cache_file)
    with open_cache(demo_cache_file, read_only=True) as cache:
        for kind, uid in decided.items():
            out = write_decision_document(cache, uid, language, tmp_path / f"{kind}-{language}.pdf")
            text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(out).pages).split())
            check_sum = str(cache.connection.execute("SELECT content_hash FROM decisions WHERE uid = ?",
                                                     (uid,)).fetchone()[0])[:16]
            found = _latin_words(text, check_sum)
            assert not found, f"{kind}/{language}: {found} in {text}"
            for field in FIELDS[kind][language]:
                assert field in text, f"{kind}/{language} lacks «{field}»"
            if kind == "CANCEL":
                assert "решил предоставить" not in text
            assert "R-" not in text


def test_a_track_a_approval_cites_the_commission_protocol_and_the_project(demo_cache_file: Path, tmp_path: Path,
                                                                          qtbot: QtBot) -> None:
    """Art. 43 p.7-1: the decision on track A names the land commission's protocol and the project's approval."""
    del qtbot
    with open_cache(demo_cache_file) as cache:
        original = str(cache.connection.execute("SELECT number FROM applications WHERE status = 'RECEIVED' AND "
                                                "built_for = 'PASS' ORDER BY number LIMIT 1").fetchone()[0])
        data = application_facts(cache, original, TODAY)
        withdraw(cache, original, OFFICER, "the applicant asked", TODAY)
        for key in ("number", "portal_id"):
            data.pop(key)
        data["track"] = "A"
        number = lodge(cache, data, OFFICER, TODAY).number
        walk_to_decision(cache, number, TODAY, force=True, notes={"A3": "протокол № 12", "A5": "приказ № 34"})
        uid = approve(cache, ApproveApplication(number, OFFICER, TODAY, act_number="№ 21", signer=SIGNER,
                                                override_reason="test")).uid
        for language, words in (("ru", ["Протокол земельной комиссии", "протокол № 12",
                                        "Землеустроительный проект утверждён", "приказ № 34"]),
                                ("kk", ["Жер комиссиясының хаттамасы", "Жерге орналастыру жобасы бекітілді"])):
            out = write_decision_document(cache, uid, language, tmp_path / f"a-{language}.pdf")
            text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(out).pages).split())
            for word in words:
                assert word in text, f"{language} lacks «{word}»"
