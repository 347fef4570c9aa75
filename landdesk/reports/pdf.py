"""What every LandDesk document shares: an HTML template laid out by Qt's text engine into an A4 PDF, the
map extract of a plot among its neighbours, the catalogue of boundary points, dates as officers write them.
No extra library: Qt's QTextDocument and QPdfWriter do the layout and the PDF.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

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

from landdesk.resources import resource_path
from landdesk.services.parcels import boundary_points
from landdesk.storage.features import read_features

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from landdesk.storage.connection import Cache

LANGUAGES = ("ru", "kk")
MAP_SIZE = (1120, 720)


class DocumentError(LookupError):
    pass


def documents_folder(cache_path: Path) -> Path:
    """Where a cache's documents go: a folder beside it (`district.sqlite` → `district-documents/`)."""
    return cache_path.with_name(f"{cache_path.stem}-documents")


def terms_kk() -> dict[str, dict[str, str]]:
    """The Kazakh wording of grounds, purposes, rights and categories (data an akimat's lawyer can correct)."""
    data: dict[str, dict[str, str]] = json.loads(
        resource_path("templates", "terms_kk.json").read_text(encoding="utf-8"))
    return data


def write_pdf(body: str, title: str, images: Mapping[str, QImage], out: Path) -> Path:
    """Lay `body` (HTML) out on A4 pages and write it as a PDF; `images` are referenced by name in <img src>."""
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setDefaultStyleSheet("h2 { font-size: 15pt; } h4 { margin-top: 10px; } td { padding: 2px; }")
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(body)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("LandDesk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document.print_(writer)          # lays the text out on the writer's pages at its resolution
    return out


def officer_date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{day}.{month}.{year}"


def catalogue(plot: shapely.Geometry | None, language: str) -> str:
    if plot is None or not shapely.is_valid(plot):
        return "<p>—</p>"
    head = ("№ точки", "X, м", "Y, м", "Длина линии, м") if language == "ru" else \
        ("Нүкте №", "X, м", "Y, м", "Сызық ұзындығы, м")
    # the survey convention of Kazakh cadastral documents: X is the northing, Y the easting (DOMAIN.md §9)
    rows = "".join(f"<tr><td>{p.number}</td><td>{p.y:.2f}</td><td>{p.x:.2f}</td><td>{p.side_m:.2f}</td></tr>"
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
