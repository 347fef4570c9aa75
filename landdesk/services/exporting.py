"""Exporting a layer, or the selected features, to GeoPackage or GeoJSON in the district's CRS (GDAL through
pyogrio), and a parcel's catalogue of boundary points to CSV (point, X north, Y east, side), the survey
convention the import reads back."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING

import numpy as np
import pyogrio
import shapely

from landdesk.domain.cadastral_number import parse_cadastral_number
from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import Text, tr
from landdesk.services.parcels import boundary_points
from landdesk.storage.importing import export_rows, live_parcel_uid

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from landdesk.storage.connection import Cache

class ExportFailed(LandDeskError):
    code = "export.failed"
    what = tr("{file} was not written: {reason}.")
    todo = tr("{todo}")


LAYERS = {"parcels": ("parcels", "MultiPolygon"), "zones": ("plan_zones", "MultiPolygon"),
          "red_lines": ("red_lines", "LineString"), "applications": ("applications", "MultiPolygon")}
DRIVERS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON"}


def export_layer(cache: Cache, layer: str, out: Path, uids: Sequence[str] | None = None,
                 fids: Sequence[int] | None = None) -> int:
    """Write the layer's live features (or only `uids`, or the map's selection `fids`) with every attribute;
    returns how many."""
    if layer not in LAYERS:
        raise ExportFailed(file=str(out), reason=Text(tr("there is no layer «{layer}» to export"), (("layer", layer),)),
                           todo=Text(tr("Choose one of: {layers}."), (("layers", ", ".join(LAYERS)),)))
    driver = DRIVERS.get(out.suffix.lower())
    if driver is None:
        raise ExportFailed(file=str(out), reason=Text(tr("LandDesk writes GeoPackage (.gpkg) and GeoJSON (.geojson)")),
                           todo=Text(tr("Name the file .gpkg or .geojson.")))
    table, geometry_type = LAYERS[layer]
    with cache.reading() as connection:
        columns, rows = export_rows(connection, table, uids, fids)
    geometry = np.array([row[-1] for row in rows], dtype=object)
    fields = [np.array([row[k] for row in rows], dtype=object) for k in range(len(columns))]
    out.unlink(missing_ok=True)
    pyogrio.raw.write(out, geometry=geometry, field_data=fields, fields=columns, geometry_type=geometry_type,
                      crs=f"EPSG:{cache.srid}", driver=driver, layer=layer)
    return len(rows)


def export_catalogue(cache: Cache, cadastral_number: str, out: Path) -> int:
    """The parcel's boundary points as CSV: point, X (north), Y (east), side to the next point in metres."""
    number = str(parse_cadastral_number(cadastral_number))
    with cache.reading() as connection:
        found = live_parcel_uid(connection, number)
        if found is None:
            raise ExportFailed(file=str(out), reason=Text(tr("there is no parcel {number}"), (("number", number),)),
                               todo=Text(tr("Check the number.")))
        _columns, rows = export_rows(connection, "parcels", [found])
    points = boundary_points(shapely.from_wkb(rows[0][-1]))
    with out.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["point", "X", "Y", "side_m", "cadastral_number"])
        for point in points:
            writer.writerow([point.number, f"{point.y:.3f}", f"{point.x:.3f}", f"{point.side_m:.2f}", number])
    return len(points)
