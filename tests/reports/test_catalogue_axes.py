"""Boundary point catalogues follow the survey convention of Kazakh cadastral documents: X north, Y east."""

from __future__ import annotations

import re

import shapely

from landdesk.reports.pdf import catalogue


def test_the_pdf_catalogue_gives_the_northing_as_x() -> None:
    plot = shapely.box(530_000, 4_716_000, 530_020, 4_716_030)
    html = catalogue(plot, "ru")
    first = re.search(r"<tr><td>1</td><td>([\d.]+)</td><td>([\d.]+)</td>", html)
    assert first is not None
    x, y = float(first.group(1)), float(first.group(2))
    assert x > 4_000_000 > y
