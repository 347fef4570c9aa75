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
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from landdesk.domain.land import CATEGORY_LABELS, PURPOSE_LABELS, RIGHT_LABELS, LandCategory, Purpose, RightType
from landdesk.domain.refusal import GROUND_BY_CODE
from landdesk.resources import resource_path
from landdesk.services.parcels import boundary_points
from landdesk.storage.decisions import decision_context
from landdesk.storage.features import read_features

if TYPE_CHECKING:
    from pathlib import Path

    from landdesk.storage.connection import Cache

LANGUAGES = ("ru", "kk")
MAP_SIZE = (1120, 720)


class DocumentError(LookupError):
    pass


def documents_folder(cache_path: Path) -> Path:
    """Where a cache's decision documents go: a folder beside it (`district.sqlite` → `district-documents/`)."""
    return cache_path.with_name(f"{cache_path.stem}-documents")


def write_decision_document(cache: Cache, decision_uid: str, language: str, out: Path) -> Path:
    """Write the decision's document as a PDF in `language` ("ru" or "kk"); returns the path."""
    if language not in LANGUAGES:
        raise DocumentError(f"documents are made in {', '.join(LANGUAGES)}, not {language!r}")
    context, body = decision_html(cache, decision_uid, language)
    plot = shapely.from_wkb(context["wkb"]) if context["wkb"] else None
    kind = "refusal" if context["kind"] == "REFUSE" else "approval"
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setDefaultStyleSheet("h2 { font-size: 15pt; } h4 { margin-top: 10px; } td { padding: 2px; }")
    if plot is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("map-extract"),
                             map_extract(cache, plot, context.get("cadastral_number")))
    document.setHtml(body)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setResolution(150)
    writer.setTitle(f"{context['number']} — {kind}")
    writer.setCreator("LandDesk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document.print_(writer)          # lays the text out on the writer's pages at its resolution
    return out


def decision_html(cache: Cache, decision_uid: str, language: str) -> tuple[dict[str, Any], str]:
    """The decision's context and its document as HTML, filled from the template for `language`."""
    context = decision_context(cache, decision_uid)
    if context is None:
        raise DocumentError(f"no decision {decision_uid}")
    plot = shapely.from_wkb(context["wkb"]) if context["wkb"] else None
    kind = "refusal" if context["kind"] == "REFUSE" else "approval"
    template = Template(resource_path("templates", f"{kind}_{language}.html").read_text(encoding="utf-8"))
    return context, template.safe_substitute(_fields(context, language, plot))


def _terms_kk() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        resource_path("templates", "terms_kk.json").read_text(encoding="utf-8"))
    return data


def _fields(context: dict[str, Any], language: str, plot: shapely.Geometry | None) -> dict[str, str]:
    kk = _terms_kk()
    purpose, right = Purpose(context["requested_purpose"]), RightType(context["requested_right"])
    category = LandCategory(context["category"]) if context["category"] else None
    area = plot.area if plot is not None else float(context["requested_area_m2"])
    grounds = json.loads(context["grounds"])
    items = []
    for code in grounds:
        ground = GROUND_BY_CODE[code]
        title = ground.title_ru if language == "ru" else kk["grounds"].get(code, ground.title_ru)
        items.append(f"<li>{html.escape(title)} ({html.escape(ground.legal_ref)}; {code})</li>")
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
        "decided_on": _date(context["decided_on"]),
        "number": escape(context["number"]),
        "received": _date(context["received_on"]),
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
        "motivation": escape(context["motivation"] or ""),
        "override": override_text,
        "catalogue": _catalogue(plot, language),
        "crs": escape(f"EPSG:{context['srid']}, {context['crs_name']}"),
        "officer": escape(context["officer"]),
        "seq": str(context["seq"]),
        "hash": str(context["content_hash"])[:16],
    }


def _date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{day}.{month}.{year}"


def _catalogue(plot: shapely.Geometry | None, language: str) -> str:
    if plot is None or not shapely.is_valid(plot):
        return "<p>—</p>"
    head = ("№ точки", "X, м", "Y, м", "Длина линии, м") if language == "ru" else \
        ("Нүкте №", "X, м", "Y, м", "Сызық ұзындығы, м")
    rows = "".join(f"<tr><td>{p.number}</td><td>{p.x:.2f}</td><td>{p.y:.2f}</td><td>{p.side_m:.2f}</td></tr>"
                   for p in boundary_points(plot))
    header = "".join(f"<th>{h}</th>" for h in head)
    return f'<table border="1" cellpadding="3" cellspacing="0"><tr>{header}</tr>{rows}</table>'


def map_extract(cache: Cache, plot: shapely.Geometry, cadastral_number: str | None) -> QImage:
    """The plot (red) among its neighbours with their numbers, its points numbered, a scale and north."""
    width, height = MAP_SIZE
    x0, y0, x1, y1 = plot.bounds
    size = max(x1 - x0, y1 - y0, 20.0) * 2.2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    scale = min(width, height) / size
    bbox = (cx - width / scale / 2, cy - height / scale / 2, cx + width / scale / 2, cy + height / scale / 2)

    def to_px(x: float, y: float) -> QPointF:
        return QPointF((x - bbox[0]) * scale, (bbox[3] - y) * scale)

    def path_of(geometry: shapely.Geometry) -> QPainterPath:
        path = QPainterPath()
        for part in shapely.get_parts(geometry):
            for ring in (part.exterior, *part.interiors):
                coords = list(ring.coords)
                path.moveTo(to_px(*coords[0]))
                for x, y in coords[1:]:
                    path.lineTo(to_px(x, y))
                path.closeSubpath()
        return path

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(QFont("DejaVu Sans", 9))
    near = read_features(cache, "parcels", bbox=bbox, columns=("cadastral_number",))
    for number, neighbour in zip(near.columns["cadastral_number"], near.geometries, strict=True):
        if number == cadastral_number:
            continue
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.setBrush(QColor(240, 236, 224))
        painter.drawPath(path_of(neighbour))
        label = shapely.point_on_surface(neighbour)
        painter.setPen(QColor(90, 90, 90))
        painter.drawText(QRectF(to_px(label.x, label.y) - QPointF(60, 8), QSizeF(120, 16)),
                         Qt.AlignmentFlag.AlignCenter, str(number)[-7:])
    painter.setPen(QPen(QColor(200, 20, 20), 3))
    painter.setBrush(QColor(255, 120, 120, 60))
    painter.drawPath(path_of(plot))
    painter.setPen(QColor(150, 0, 0))
    for point in boundary_points(plot):
        at = to_px(point.x, point.y)
        painter.drawEllipse(at, 3, 3)
        painter.drawText(at + QPointF(5, -5), str(point.number))
    bar = 10 ** int(len(str(int(size / 4))) - 1) * max(1, int(size / 4 / 10 ** (len(str(int(size / 4))) - 1)))
    painter.setPen(QPen(QColor(0, 0, 0), 2))
    painter.drawLine(QPointF(20, height - 20), QPointF(20 + bar * scale, height - 20))
    painter.drawText(QPointF(20, height - 28), f"{bar} m")
    painter.drawText(QPointF(width - 30, 30), "N ↑")
    painter.end()
    return image
