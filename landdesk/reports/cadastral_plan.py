"""The land-cadastral plan of a parcel (земельно-кадастровый план, LC Art. 44-1 p.7; DOMAIN.md §6), in Russian
or Kazakh: its number, location, plan among its neighbours, area, right, purpose and functional zone,
restrictions, divisibility, the adjacent owners and land users along the boundary, and the point catalogue.
The cadastral value is not kept in the cache, and the plan says so rather than invent one.
"""

from __future__ import annotations

import html
from datetime import date
from string import Template
from typing import TYPE_CHECKING, Any

from landdesk.domain.land import (
    CATEGORY_LABELS,
    ENCUMBRANCE_LABELS,
    PURPOSE_LABELS,
    RIGHT_LABELS,
    EncumbranceKind,
    LandCategory,
    Purpose,
    RightType,
)
from landdesk.domain.planning import ZONE_TYPE_LABELS, ZoneType
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
from landdesk.services.parcels import adjacency, parcel_details
from landdesk.storage.district import load_district
from landdesk.storage.parcels import parcel_fid_by_number, parcel_row

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.services.parcels import Adjacency, ParcelDetails
    from landdesk.storage.connection import Cache

COMMON_LAND = {"ru": "земли общего пользования и неразграниченные земли населённого пункта",
               "kk": "ортақ пайдаланудағы және межеленбеген елді мекен жерлері"}
STATE_HOLDER = {"ru": "государство (участок не предоставлен)", "kk": "мемлекет (учаске берілмеген)"}


def write_cadastral_plan(cache: Cache, cadastral_number: str, language: str, out: Path,
                         today: date | None = None) -> Path:
    if language not in LANGUAGES:
        raise DocumentError(f"documents are made in {', '.join(LANGUAGES)}, not {language!r}")
    context, body = cadastral_plan_html(cache, cadastral_number, language, today)
    images = {"map-extract": map_extract(cache, context["geometry"], cadastral_number)}
    return write_pdf(body, f"{cadastral_number} — land-cadastral plan", images, out)


def cadastral_plan_html(cache: Cache, cadastral_number: str, language: str,
                        today: date | None = None) -> tuple[dict[str, Any], str]:
    fid = parcel_fid_by_number(cache, cadastral_number)
    details = parcel_details(cache, fid) if fid is not None else None
    row = parcel_row(cache, fid) if fid is not None else None
    if details is None or row is None or fid is None:
        raise DocumentError(f"there is no parcel {cadastral_number} in this cache")
    context = {"geometry": details.geometry, "row": row}
    template = Template(resource_path("templates", f"cadastral_plan_{language}.html").read_text(encoding="utf-8"))
    fields = _fields(cache, row, details, adjacency(cache, fid, details.geometry), today or date.today(), language)
    return context, template.safe_substitute(fields)


def _fields(cache: Cache, row: dict[str, Any], details: ParcelDetails, runs: list[Adjacency], today: date,
            language: str) -> dict[str, str]:
    kk = terms_kk()
    escape = html.escape
    district = load_district(cache)
    purpose, right, category = Purpose(row["purpose"]), RightType(row["right_type"]), LandCategory(row["category"])
    official = row["area_official_m2"]
    area = float(official) if official else details.area_computed_m2
    note = {"ru": "", "kk": ""}
    if official and details.area_difference is not None and abs(details.area_difference) > 0.01:
        computed = f"{details.area_computed_m2:,.1f}".replace(",", " ")
        note = {"ru": f"; по координатам {computed} м²", "kk": f"; координаттар бойынша {computed} м²"}
    term = f", {row['right_term_years']} лет" if row["right_term_years"] else ""
    term_kk = f", {row['right_term_years']} жыл" if row["right_term_years"] else ""
    holder = row["right_holder"]
    zone = details.zones[0] if details.zones else None           # the zone covering most of the parcel
    labels = ZONE_TYPE_LABELS.get(ZoneType(zone.zone_type)) if zone and zone.zone_type in set(ZoneType) else None
    zone_ru = escape(f"{labels[1] if labels else zone.zone_type} ({zone.code}, {zone.plan})") if zone else "—"
    zone_kk = escape(f"{labels[2] if labels else zone.zone_type} ({zone.code}, {zone.plan})") if zone else "—"
    encumbrances = "; ".join(f"{ENCUMBRANCE_LABELS[EncumbranceKind(kind)][1]}: {text}"
                             for kind, text, _basis in details.encumbrances)
    return {
        "district_ru": escape(district.name_ru or district.name),
        "district_kk": escape(district.name_kk or district.name),
        "cadastral_number": escape(str(row["cadastral_number"])),
        "location": escape(str(row["address"] or "—")),
        "area": f"{area:,.1f}".replace(",", " "),
        "area_ha": f"{area / 10000:.4f}",
        "area_note_ru": note["ru"],
        "area_note_kk": note["kk"],
        "right_ru": escape(RIGHT_LABELS[right][1] + term),
        "right_kk": escape(kk["rights"].get(right.value, RIGHT_LABELS[right][1]) + term_kk),
        "holder_ru": escape(holder) if holder else STATE_HOLDER["ru"],
        "holder_kk": escape(holder) if holder else STATE_HOLDER["kk"],
        "category_ru": escape(CATEGORY_LABELS[category][1]),
        "category_kk": escape(kk["categories"].get(category.value, CATEGORY_LABELS[category][1])),
        "purpose_ru": escape(PURPOSE_LABELS[purpose][1]),
        "purpose_kk": escape(kk["purposes"].get(purpose.value, PURPOSE_LABELS[purpose][1])),
        "zone_ru": zone_ru,
        "zone_kk": zone_kk,
        "encumbrances_ru": escape(encumbrances or "нет"),
        "encumbrances_kk": escape(encumbrances or "жоқ"),
        "divisible_ru": "делимый" if row["divisible"] else "неделимый",
        "divisible_kk": "бөлінетін" if row["divisible"] else "бөлінбейтін",
        "adjacency_ru": _adjacency(runs, "ru"),
        "adjacency_kk": _adjacency(runs, "kk"),
        "catalogue": catalogue(details.geometry, language),
        "crs": escape(f"EPSG:{district.srid}, {district.crs_name}"),
        "made_on": officer_date(today.isoformat()),
    }


def _adjacency(runs: list[Adjacency], language: str) -> str:
    head = ("От точки", "До точки", "Смежный участок", "Правообладатель") if language == "ru" else \
        ("Нүктеден", "Нүктеге дейін", "Шектес учаске", "Құқық иеленуші")
    header = "".join(f"<th>{h}</th>" for h in head)
    rows = []
    for run in runs:
        if run.cadastral_number is None:
            neighbour, holder = COMMON_LAND[language], "—"
        else:
            neighbour = run.cadastral_number
            holder = run.holder or STATE_HOLDER[language]
        rows.append(f"<tr><td>{run.from_point}</td><td>{run.to_point}</td><td>{html.escape(neighbour)}</td>"
                    f"<td>{html.escape(holder)}</td></tr>")
    return f'<table border="1" cellpadding="3" cellspacing="0"><tr>{header}</tr>{"".join(rows)}</table>'
