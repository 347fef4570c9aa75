"""Imported parcels checked against the cadastre and against each other, before any of them is written.

A survey file may hold a copy of a registered parcel under a new number, or an outline drawn at the wrong scale
that covers half the district. The import asks the question the pre-checks ask of a requested plot (the same
rule and tolerance, domain.prechecks.overlapping) of every live parcel in the cache and of the parcels earlier
in the same file, and refuses each offender naming the parcels it overlaps. The registry refuses such a
boundary too, so it must never wait in the outbox. A cadastral number repeated inside the file is named as that,
with both rows, rather than as "already in the cache".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import shapely

from landdesk.domain.labels import label
from landdesk.domain.land import ParcelStatus
from landdesk.domain.prechecks import OVERLAP_M2, overlapping
from landdesk.domain.text import Text, joined, tr
from landdesk.services.import_source import ImportFailed
from landdesk.storage.importing import cadastral_numbers
from landdesk.storage.render_copy import load_layer

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence
    from pathlib import Path

    from numpy.typing import NDArray
    from pyproj import CRS

    from landdesk.storage.connection import Cache

NAMED = 5                                   # overlapped parcels named in a refusal; the rest are counted


@dataclass
class Cadastre:
    """The live parcels an imported one may not overlap, and what the file has brought so far."""

    tree: shapely.STRtree
    numbers: list[str]
    statuses: list[str]
    taken: set[str]                                             # every cadastral number in the cache
    seen: dict[str, int] = field(default_factory=dict)          # number -> row of the file that brought it
    accepted: list[tuple[int, str, shapely.Geometry]] = field(default_factory=list)
    bounds: NDArray[np.float64] = field(default_factory=lambda: np.empty((0, 4)))   # of `accepted`, grown in steps


def load_cadastre(cache: Cache) -> Cadastre:
    """The cache's live parcels (all but retired ones: those are history), from the map's packed copy."""
    parcels = load_layer(cache, "parcels")
    codes = parcels.class_values["status"]
    status = [str(codes[k]) for k in parcels.classes["status"]] if len(parcels) else []
    live = [i for i, s in enumerate(status) if s != ParcelStatus.RETIRED]
    geometries = parcels.geometries()[live] if live else np.empty(0, dtype=object)
    return Cadastre(shapely.STRtree(geometries), [parcels.labels[i] for i in live], [status[i] for i in live],
                    set())


def check_parcel(cadastre: Cadastre, connection: sqlite3.Connection, row: int, number: str,
                 geometry: shapely.Geometry) -> Text | None:
    """Why this parcel of the file may not be imported, or None (then it counts as imported for the next)."""
    if not cadastre.taken:
        cadastre.taken = cadastral_numbers(connection) | {""}
    if number in cadastre.seen:
        return Text(tr("cadastral number {number} is repeated in the file, at rows {first} and {second}"),
                    (("number", number), ("first", cadastre.seen[number]), ("second", row)))
    cadastre.seen[number] = row
    if number in cadastre.taken:
        return Text(tr("parcel {number} is already in the cache"), (("number", number),))
    problem = _against_cache(cadastre, geometry) or _against_file(cadastre, geometry)
    if problem is None:
        _accept(cadastre, row, number, geometry)
    return problem


def _against_cache(cadastre: Cadastre, geometry: shapely.Geometry) -> Text | None:
    hits = overlapping(geometry, cadastre.tree)
    if not hits:
        return None
    for index, _shared in hits:
        if shapely.symmetric_difference(geometry, cadastre.tree.geometries[index]).area <= OVERLAP_M2:
            return Text(tr("its boundary is that of parcel {number} ({status}), already in the cache, under another "
                           "number"), (("number", cadastre.numbers[index]),
                                       ("status", label(ParcelStatus(cadastre.statuses[index])))))
    hits.sort(key=lambda hit: -hit[1].area)
    names = [Text(tr("{number} ({status}, {area:,.1f} m²)"),
                  (("number", cadastre.numbers[i]), ("status", label(ParcelStatus(cadastre.statuses[i]))),
                   ("area", shared.area))) for i, shared in hits[:NAMED]]
    return Text(tr("it overlaps {count} parcel(s) of the cache by {total:,.1f} m² in all: {names}"),
                (("count", len(hits)), ("total", sum(shared.area for _i, shared in hits)),
                 ("names", joined(names, more=len(hits) > NAMED))))


def _against_file(cadastre: Cadastre, geometry: shapely.Geometry) -> Text | None:
    """Overlaps with the parcels accepted earlier from the same file: their bounds filter the candidates (a
    file of thousands of parcels must not cost a tree per parcel), the shared rule decides."""
    count = len(cadastre.accepted)
    if count == 0:
        return None
    minx, miny, maxx, maxy = shapely.bounds(geometry)
    bounds = cadastre.bounds[:count]
    near = np.flatnonzero((bounds[:, 0] <= maxx) & (bounds[:, 2] >= minx) & (bounds[:, 1] <= maxy) &
                          (bounds[:, 3] >= miny))
    if not len(near):
        return None
    hits = overlapping(geometry, shapely.STRtree([cadastre.accepted[k][2] for k in near]))
    if not hits:
        return None
    index, shared = max(hits, key=lambda hit: hit[1].area)
    row, number, _geometry = cadastre.accepted[int(near[index])]
    return Text(tr("it overlaps parcel {number} at row {row} of this file by {area:,.1f} m²"),
                (("number", number), ("row", row), ("area", shared.area)))


def _accept(cadastre: Cadastre, row: int, number: str, geometry: shapely.Geometry) -> None:
    count = len(cadastre.accepted)
    if count == len(cadastre.bounds):
        cadastre.bounds = np.concatenate([cadastre.bounds, np.empty((max(count, 64), 4))])
    cadastre.bounds[count] = shapely.bounds(geometry)
    cadastre.accepted.append((row, number, geometry))


def degrees_problems(geometries: Sequence[shapely.Geometry | None], crs: CRS, file: Path) -> list[Text | None]:
    """Coordinates read as degrees that cannot be degrees (beyond ±180° or ±90°): metres from a file that does
    not say its CRS, as a GeoJSON without one is read as WGS 84. When every feature is so, the file's CRS is
    asked for; otherwise each such feature is refused with its coordinates."""
    found: list[Text | None] = [None] * len(geometries)
    if not crs.is_geographic:
        return found
    present = [i for i, g in enumerate(geometries) if g is not None and not g.is_empty]
    for i in present:
        x, y = shapely.get_coordinates(geometries[i])[0]
        if abs(x) > 180 or abs(y) > 90:
            found[i] = Text(tr("its coordinates ({x:.12g}, {y:.12g}) look like metres, not the degrees of {crs}"),
                            (("x", x), ("y", y), ("crs", crs.name)))
    if present and all(found[i] is not None for i in present):
        example = found[present[0]]
        raise ImportFailed(file=str(file), reason=Text(
            tr("{example}; a file that does not say its CRS (a GeoJSON without one, say) is read as WGS 84 degrees"),
            (("example", example),)), todo=Text(tr("Give the file's CRS (in the command line: --crs EPSG:N), for "
                                                   "example EPSG:32642 for UTM zone 42N or EPSG:28412 for Pulkovo "
                                                   "1942 Gauss-Krüger zone 12.")))
    return found
