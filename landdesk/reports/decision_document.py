"""The decision as a document (PDF, Kazakh or Russian): the akimat's decision or its motivated refusal,
with a plan of the plot and its neighbours and the catalogue of boundary points. Templates are data
(`resources/templates/`); Qt's text engine lays them out and writes the PDF, so no extra library is needed.
"""

from __future__ import annotations

import html
import json
from string import Template
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.land import CATEGORY_LABELS, PURPOSE_LABELS, RIGHT_LABELS, LandCategory, Purpose, RightType
from landdesk.domain.legal_ref import legal_ref_in
from landdesk.domain.planning import ZONE_TYPE_LABELS, ZoneType
from landdesk.domain.refusal import GROUND_BY_CODE
from landdesk.reports.pdf import (
    LANGUAGES,
    DocumentError,
    catalogue,
    map_extract,
    officer_date,
    terms_kk,
    write_pdf,
)
from landdesk.resources import resource_path
from landdesk.storage.decisions import decision_context

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage.connection import Cache


TEMPLATE_BY_KIND = {"APPROVE": "approval", "REFUSE": "refusal", "CANCEL": "cancellation"}


def write_decision_document(cache: Cache, decision_uid: str, language: str, out: Path) -> Path:
    """Write the decision's document as a PDF in `language` ("ru" or "kk"); returns the path."""
    if language not in LANGUAGES:
        raise DocumentError(f"documents are made in {', '.join(LANGUAGES)}, not {language!r}")
    context, body = decision_html(cache, decision_uid, language)
    plot = shapely.from_wkb(context["wkb"]) if context["wkb"] else None
    kind = TEMPLATE_BY_KIND[context["kind"]]
    images = {"map-extract": map_extract(cache, plot, context.get("cadastral_number"))} if plot is not None else {}
    return write_pdf(body, f"{context['number']} — {kind}", images, out)


def decision_html(cache: Cache, decision_uid: str, language: str) -> tuple[dict[str, Any], str]:
    """The decision's context and its document as HTML, filled from the template for `language`."""
    context = decision_context(cache, decision_uid)
    if context is None:
        raise DocumentError(f"no decision {decision_uid}")
    plot = shapely.from_wkb(context["wkb"]) if context["wkb"] else None
    kind = TEMPLATE_BY_KIND[context["kind"]]
    template = Template(resource_path("templates", f"{kind}_{language}.html").read_text(encoding="utf-8"))
    return context, template.safe_substitute(_fields(context, language, plot))


def _fields(context: dict[str, Any], language: str, plot: shapely.Geometry | None) -> dict[str, str]:
    kk = terms_kk()
    purpose, right = Purpose(context["requested_purpose"]), RightType(context["requested_right"])
    category = LandCategory(context["category"]) if context["category"] else None
    area = plot.area if plot is not None else float(context["requested_area_m2"])
    grounds = json.loads(context["grounds"])
    items = []
    for code in grounds:
        ground = GROUND_BY_CODE[code]
        title = ground.title_ru if language == "ru" else kk["grounds"].get(code, ground.title_ru)
        reference = legal_ref_in(ground.legal_ref, language) or ground.legal_ref
        items.append(f"<li>{html.escape(title)} ({html.escape(reference)})</li>")
    details = json.loads(context.get("details") or "{}")
    override = context["override_reason"]
    override_text = ""
    if override and context["kind"] == "APPROVE":
        label = "Основание решения вопреки автоматической проверке" if language == "ru" else \
            "Автоматты тексеруге қарамастан шешім негізі"
        override_text = f"<p><b>{label}:</b> {html.escape(override)}</p>"
    escape = html.escape
    return {
        "district_ru": escape(context["name_ru"] or context["district_name"]),
        "district_kk": escape(context["name_kk"] or context["district_name"]),
        "act_number": escape((context["act_number"] or "—").removeprefix("№").strip()),
        "decided_on": officer_date(context["decided_on"]),
        "number": escape(context["number"]),
        "received": officer_date(context["received_on"]),
        "applicant": escape(context["applicant_name"]),
        "iin": escape(context["applicant_iin"]),
        "purpose_ru": escape(PURPOSE_LABELS[purpose][1]),
        "purpose_kk": escape(kk["purposes"].get(purpose.value, PURPOSE_LABELS[purpose][1])),
        "right_ru": escape(RIGHT_LABELS[right][1]),
        "right_kk": escape(kk["rights"].get(right.value, RIGHT_LABELS[right][1])),
        "category_ru": escape(CATEGORY_LABELS[category][1]) if category else "—",
        "category_kk": escape(kk["categories"].get(category.value, CATEGORY_LABELS[category][1])) if category
        else "—",
        "area": f"{area:,.1f}".replace(",", " "),
        "area_ha": f"{area / 10000:.4f}",
        "location": escape(context["address"] or context["location_text"] or "—"),
        "cadastral_number": escape(context["cadastral_number"] or "—"),
        "encumbrances": escape("; ".join(context["encumbrances"]) or ("нет" if language == "ru" else "жоқ")),
        "divisible_ru": "делимый" if context["divisible"] else "неделимый",
        "divisible_kk": "бөлінетін" if context["divisible"] else "бөлінбейтін",
        "grounds": f"<ol>{''.join(items)}</ol>",
        "motivation": escape(details.get("motivation", {}).get(language) or context["motivation"] or ""),
        "override": override_text,
        "catalogue": catalogue(plot, language),
        "crs": escape(f"EPSG:{context['srid']}, {context['crs_name']}"),
        "officer": escape(_signer(details, language) or context["officer"]),
        **_approval_rows(details, language),
        "seq": str(context["seq"]),
        "hash": str(context["content_hash"])[:16],
    }




def _signer(details: dict[str, Any], language: str) -> str:
    """«Главный специалист … Оспанов Ерлан Серикович»: the signer's position in the document's language and name."""
    signer = details.get("signer") or {}
    name = str(signer.get("name") or "")
    position = str(signer.get(f"position_{language}") or "")
    return f"{position} {name}".strip() if name else ""


ROW = "<tr><td>{}</td><td>{}</td></tr>"
ROW_WORDS = {
    "ru": {"zone": "Функциональная зона", "lease": "Срок аренды (пользования)", "years": "лет",
           "contract": "Срок подписания договора", "until": "до", "commission": "Протокол земельной комиссии",
           "project": "Землеустроительный проект утверждён", "of": "от"},
    "kk": {"zone": "Функционалдық аймақ", "lease": "Жалға алу (пайдалану) мерзімі", "years": "жыл",
           "contract": "Шартқа қол қою мерзімі", "until": "дейін", "commission": "Жер комиссиясының хаттамасы",
           "project": "Жерге орналастыру жобасы бекітілді", "of": "күні"},
}


def _approval_rows(details: dict[str, Any], language: str) -> dict[str, str]:
    """The approval's rows the Code requires beyond the parcel (Art. 44-2 p.15; Art. 43 p.7-1 for track A)."""
    words, escape, rows = ROW_WORDS[language], html.escape, []
    zone = details.get("zone")
    if zone:
        labels = ZONE_TYPE_LABELS.get(ZoneType(zone["type"])) if zone.get("type") in set(ZoneType) else None
        name = (labels[1] if language == "ru" else labels[2]) if labels else str(zone.get("type") or "—")
        rows.append(ROW.format(words["zone"], escape(f"{name} ({zone.get('code')}, {zone.get('plan')})")))
    if details.get("lease_years"):
        rows.append(ROW.format(words["lease"], f"{int(details['lease_years'])} {words['years']}"))
    if details.get("contract_due"):
        due = officer_date(str(details["contract_due"]))
        rows.append(ROW.format(words["contract"], f"{words['until']} {due}" if language == "ru"
                               else f"{due} {words['until']}"))
    for key, title in (("commission_protocol", words["commission"]), ("land_management_project", words["project"])):
        found = details.get(key)
        if found:
            on = officer_date(str(found["on"])) if found.get("on") else "—"
            rows.append(ROW.format(title, escape(f"{found.get('note') or '№ —'} {words['of']} {on}")))
    return {"approval_rows": "".join(rows)}
