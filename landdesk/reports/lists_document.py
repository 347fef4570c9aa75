"""The published lists as PDF or CSV, wholly in Kazakh or Russian (Art. 44 p.6, Art. 43 p.14)."""

from __future__ import annotations

import csv
import html
from typing import TYPE_CHECKING, Any

from landdesk.domain.land import PURPOSE_LABELS, RIGHT_LABELS, Purpose, RightType
from landdesk.domain.legal_ref import legal_ref_in
from landdesk.reports.pdf import officer_date, terms_kk, write_pdf
from landdesk.services.published_lists import LEGAL_REF
from landdesk.storage.district import load_district

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.services.published_lists import PublishedList
    from landdesk.storage.connection import Cache

TITLES = {
    "queue": {"ru": "Список очередников на получение земельных участков для индивидуального жилищного строительства",
              "kk": "Жеке тұрғын үй құрылысы үшін жер учаскелерін алу кезегінде тұрғандардың тізімі"},
    "sites": {"ru": "Список подготовленных площадок (земельных участков) для индивидуального жилищного строительства",
              "kk": "Жеке тұрғын үй құрылысы үшін дайындалған алаңдардың (жер учаскелерінің) тізімі"},
    "grants": {"ru": "Список лиц, которым предоставлены земельные участки",
               "kk": "Жер учаскелері берілген тұлғалардың тізімі"},
}
COLUMNS = {
    "queue": [("position", {"ru": "№ в очереди", "kk": "Кезектегі №"}),
              ("queue_number", {"ru": "Учётный номер", "kk": "Есептік нөмірі"}),
              ("applicant_name", {"ru": "Ф. И. О. заявителя", "kk": "Өтініш берушінің аты-жөні"}),
              ("entered_on", {"ru": "Дата постановки", "kk": "Кезекке қойылған күні"}),
              ("settlement", {"ru": "Населённый пункт", "kk": "Елді мекен"})],
    "sites": [("cadastral_number", {"ru": "Кадастровый номер", "kk": "Кадастрлық нөмірі"}),
              ("location", {"ru": "Местоположение", "kk": "Орналасқан жері"}),
              ("area_m2", {"ru": "Площадь, м²", "kk": "Ауданы, м²"}),
              ("status", {"ru": "Состояние", "kk": "Жай-күйі"})],
    "grants": [("applicant_name", {"ru": "Ф. И. О. (наименование)", "kk": "Аты-жөні (атауы)"}),
               ("basis", {"ru": "Основание (решение)", "kk": "Негіздеме (шешім)"}),
               ("requested_purpose", {"ru": "Целевое назначение", "kk": "Нысаналы мақсаты"}),
               ("area_m2", {"ru": "Площадь, м²", "kk": "Ауданы, м²"}),
               ("location", {"ru": "Местоположение", "kk": "Орналасқан жері"}),
               ("requested_right", {"ru": "Вид права", "kk": "Құқық түрі"}),
               ("lease_years", {"ru": "Срок аренды, лет", "kk": "Жалға алу мерзімі, жыл"})],
}
STATUS = {"FREE": {"ru": "свободен", "kk": "бос"},
          "UNDER_APPLICATION": {"ru": "по нему подано заявление", "kk": "өтініш берілген"}}
WORDS = {"ru": {"period": "Период", "as_of": "по состоянию на", "none": "Записей нет.", "akimat": "АКИМАТ",
                "decision": "решение № {act} от {on}", "count": "Всего записей"},
         "kk": {"period": "Кезең", "as_of": "жағдай бойынша", "none": "Жазбалар жоқ.", "akimat": "ӘКІМДІГІ",
                "decision": "{on} жылғы № {act} шешім", "count": "Барлық жазба"}}


def cells(found: PublishedList, language: str) -> tuple[list[str], list[list[str]]]:
    """The header and the rows as the document shows them, every code in the document's language."""
    kk = terms_kk()
    header = [names[language] for _key, names in COLUMNS[found.kind]]
    rows = []
    for row in found.rows:
        values = []
        for key, _names in COLUMNS[found.kind]:
            values.append(_cell(key, row, language, kk))
        rows.append(values)
    return header, rows


def _cell(key: str, row: dict[str, Any], language: str, kk: dict[str, dict[str, str]]) -> str:
    value = row.get(key)
    if key == "basis":
        return WORDS[language]["decision"].format(act=(row.get("act_number") or "—").removeprefix("№").strip(),
                                                  on=officer_date(str(row["decided_on"])))
    if key == "requested_purpose" and value in set(Purpose):
        russian = PURPOSE_LABELS[Purpose(value)][1]
        return russian if language == "ru" else kk["purposes"].get(str(value), russian)
    if key == "requested_right" and value in set(RightType):
        russian = RIGHT_LABELS[RightType(value)][1]
        return russian if language == "ru" else kk["rights"].get(str(value), russian)
    if key == "status":
        return STATUS.get(str(value), {}).get(language, "—")
    if key == "entered_on" and value:
        return officer_date(str(value))
    if key == "area_m2" and value is not None:
        return f"{float(value):,.0f}".replace(",", " ")
    return "—" if value in (None, "") else str(value)


def write_list(cache: Cache, found: PublishedList, language: str, out: Path) -> Path:
    """A PDF or, for `.csv`, a table a spreadsheet opens (UTF-8 with its mark, as Excel on Windows expects)."""
    header, rows = cells(found, language)
    if out.suffix.lower() == ".csv":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            writer.writerows(rows)
        return out
    district = load_district(cache)
    words = WORDS[language]
    name = (district.name_ru if language == "ru" else district.name_kk) or district.name
    akimat = f"АКИМАТ {name}" if language == "ru" else f"{name} ӘКІМДІГІ"
    code = "Земельного кодекса Республики Казахстан" if language == "ru" else "Қазақстан Республикасы Жер кодексі"
    reference = f"{legal_ref_in(LEGAL_REF[found.kind], language) or ''} {code}"
    span = (f"{officer_date(found.period.first.isoformat())} — {officer_date(found.period.last.isoformat())}")
    escape = html.escape
    table = ("<table border='1' cellpadding='2' cellspacing='0' width='100%' style='font-size: 8pt'><tr>"
             + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>"
             + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
             + "</table>") if rows else f"<p>{words['none']}</p>"
    body = (f"<p align='center'><b>{escape(akimat)}</b></p>"
            f"<h2 align='center'>{escape(TITLES[found.kind][language])}</h2>"
            f"<p align='center'>{escape(reference)}</p>"
            f"<p>{words['period']}: {span}; {words['count']}: {len(rows)}.</p>{table}")
    return write_pdf(body, TITLES[found.kind][language], {}, out)
