"""Importing plan zones, red lines and parcels from the GIS files officers receive, through GDAL (pyogrio):
GeoPackage, Shapefile (with its .prj and cp1251 or UTF-8 attributes), GeoJSON, DXF (closed polylines as
polygons, layers chosen by name) and CSV coordinate catalogues (point number, X, Y).

The source CRS comes from the file or is given; coordinates are reprojected with pyproj into the district's
CRS. Every feature is validated; a bad feature is reported with its source row and reason and the rest are
imported. The whole import is one operation (one transaction, journaled for sync): cancelled or failed, it
leaves the cache as it was.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pyogrio
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from landdesk.domain.errors import LandDeskError
from landdesk.domain.labels import label
from landdesk.domain.text import Text, tr
from landdesk.services.import_catalogue import read_catalogue
from landdesk.services.import_checks import check_parcel, degrees_problems, load_cadastre
from landdesk.services.import_rows import COLUMNS, TABLE, rules_problem, validate
from landdesk.services.import_source import (
    PREVIEW_ROWS,
    ImportFailed,
    Source,
    gdal_failure,
    missing,
    only_dxf_layer,
    read_vector,
    readable,
)
from landdesk.storage.district import load_district
from landdesk.storage.importing import district_boundary, insert_rows, plan_uid_for
from landdesk.storage.sql import utc_now
from landdesk.storage.synced_rows import district_extent

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from landdesk.services.import_encoding import EncodingGuess
    from landdesk.storage.connection import Cache

__all__ = ["ImportCancelled", "ImportFailed", "ImportReport", "ImportRequest", "Rejected", "describe_source",
           "import_features", "read_source"]

TARGETS = ("zones", "red_lines", "parcels")
DISTRICT_MARGIN_M = 1000.0
# Source CRS presets (issue 6): WGS 84, UTM 38N–45N, Pulkovo 1942 Gauss–Krüger zones 8–15; QazTRF-23 is
# offered only when the PROJ database knows it.
CRS_PRESETS: dict[str, int] = {"WGS 84": 4326, **{f"WGS 84 / UTM zone {z}N": 32600 + z for z in range(38, 46)},
                               **{f"Pulkovo 1942 / Gauss-Kruger zone {z}": 28400 + z for z in range(8, 16)}}
TARGET_FIELDS: dict[str, tuple[str, ...]] = {
    "zones": ("zone_code", "name", "zone_type", "zone_subtype", "permitted_purposes"),
    "red_lines": ("kind", "street"),
    "parcels": ("cadastral_number", "category", "purpose", "purpose_text", "right_type", "right_holder",
                "holder_iin", "area_official_m2", "address", "status", "registered_on"),
}


class ImportCancelled(LandDeskError):
    code = "import.cancelled"
    what = tr("The import was cancelled.")
    todo = tr("Nothing was imported; the cache is as it was.")


@dataclass(frozen=True)
class Rejected:
    row: int            # the feature as the officer finds it: a GeoPackage's FID, else its position from 1 (a
                        # catalogue: the line its outline starts on)
    reason: Text        # why it was refused (str() gives English, the window the officer's language)


@dataclass
class ImportReport:
    file: str
    target: str
    source_crs: str
    read: int = 0
    imported: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[Text] = field(default_factory=list)      # guesses and repairs made while reading the file
    encoding: EncodingGuess | None = None                   # the attributes' encoding, when it was guessed


def source_crs(found: str | None, given: str | None, file: Path) -> CRS:
    """The CRS to read the file in: the one given (it wins, with a clear error if unknown), else the file's."""
    text = given or found
    if not text:
        presets = ", ".join(f"EPSG:{code} ({name})" for name, code in CRS_PRESETS.items())
        raise ImportFailed(file=str(file), reason=Text(tr("it declares no coordinate reference system")),
                           todo=Text(tr("Choose the file's CRS (in the command line: --crs EPSG:N), for example one "
                                        "of: {presets}."), (("presets", presets),)))
    try:
        return CRS.from_user_input(text)
    except CRSError as err:
        raise ImportFailed(file=str(file), reason=Text(tr("the CRS «{crs}» is unknown ({error})"),
                                                       (("crs", text), ("error", str(err)))),
                           todo=Text(tr("Give an EPSG code, e.g. --crs EPSG:28409 for Pulkovo 1942 Gauss-Krüger "
                                        "zone 9."))) \
            from err


@dataclass(frozen=True)
class SourceInfo:
    fields: tuple[str, ...]
    crs: str | None
    features: int
    layers: tuple[str, ...]
    encoding: EncodingGuess | None = None       # guessed from the first rows, for the dialog's preview
    notes: tuple[Text, ...] = ()


def describe_source(file: Path, layer: str | None = None) -> SourceInfo:
    """What the import dialog shows before reading a file: its fields, declared CRS, size, layers, and the
    encoding guessed for its attributes (with a preview)."""
    if file.suffix.lower() == ".csv":
        catalogue = read_catalogue(file, None)
        return SourceInfo(catalogue.fields, None, len(catalogue.ids), (file.stem,), catalogue.encoding,
                          tuple(catalogue.notes))
    if not file.exists():
        raise missing(file)
    notes: list[Text] = []
    try:
        with readable(file, notes) as path:
            layers = tuple(str(name) for name, _kind in pyogrio.list_layers(path))
            info = pyogrio.read_info(path, layer=layer)
    except Exception as err:  # GDAL's errors are many; each becomes "cannot be read, because…"
        raise gdal_failure(file, err) from err
    guessed = None
    if file.suffix.lower() in (".shp", ".dbf"):                # only a .dbf may not say its encoding
        first = read_vector(file, layer=layer, max_features=PREVIEW_ROWS)
        guessed, notes = first.encoding, first.notes
    return SourceInfo(tuple(str(f) for f in info["fields"]), info.get("crs"), int(info.get("features") or 0), layers,
                      guessed, tuple(notes))


def read_source(file: Path, *, layer: str | None = None, dxf_layer: str | None = None,
                encoding: str | None = None) -> Source:
    """The features of a vector file or a CSV coordinate catalogue, numbered as the file numbers them."""
    if file.suffix.lower() == ".csv":
        return read_catalogue(file, encoding)
    source = read_vector(file, layer=layer, encoding=encoding)
    return only_dxf_layer(source, dxf_layer) if file.suffix.lower() == ".dxf" else source


@dataclass(frozen=True)
class ImportRequest:
    file: Path
    target: str                          # zones | red_lines | parcels
    crs: str | None = None               # overrides the file's
    fields: dict[str, str] = field(default_factory=dict)     # source name -> LandDesk field
    plan: str | None = None              # zones (and optionally red lines) belong to a plan: uid or name
    layer: str | None = None
    dxf_layer: str | None = None
    encoding: str | None = None
    officer: str = "import"


def import_features(cache: Cache, request: ImportRequest,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportReport:
    if request.target not in TARGETS:
        raise ImportFailed(file=str(request.file), reason=Text(tr("the target «{target}» is unknown"),
                                                               (("target", request.target),)),
                           todo=Text(tr("Choose one of: {targets}."), (("targets", ", ".join(TARGETS)),)))
    source = read_source(request.file, layer=request.layer, dxf_layer=request.dxf_layer, encoding=request.encoding)
    crs = source_crs(source.crs, request.crs, request.file)
    district = load_district(cache)
    report = ImportReport(str(request.file), request.target, crs.to_string(), read=len(source.ids),
                          warnings=list(source.notes), encoding=source.encoding)
    mapping = _mapping(source.fields, request.fields, request.target, request.file)
    # heights (a Z of 0 in many officers' files) are dropped: the cache and the registry keep plan coordinates
    flat = [None if w is None else shapely.force_2d(shapely.from_wkb(w)) for w in source.wkbs]
    misplaced = degrees_problems(flat, crs, request.file)
    geometries = _reproject(flat, Transformer.from_crs(crs, CRS.from_epsg(district.srid), always_xy=True))
    cadastre = load_cadastre(cache) if request.target == "parcels" else None
    now = utc_now()
    accepted: list[tuple[Any, ...]] = []
    with cache.operation(f"import.{request.target}", request.officer,
                         reason=f"imported from {request.file.name}", check_rules=False) as connection:
        plan_uid = _plan(connection, request)
        boundary = district_boundary(connection)
        area = None if boundary is None else shapely.buffer(shapely.from_wkb(boundary), DISTRICT_MARGIN_M)
        extent = district_extent(connection)
        for index, (row_id, geometry, row) in enumerate(zip(source.ids, geometries, source.rows, strict=True)):
            if cancelled is not None and index % 200 == 0 and cancelled():
                raise ImportCancelled()
            if progress is not None and index % 500 == 0:
                progress(index, len(source.ids))
            values = {target: row.get(name) for name, target in mapping.items()}
            problem = misplaced[index]
            record: list[tuple[Any, ...]] = []
            if problem is None:
                problem, record = validate(request.target, row, values, geometry, area, plan_uid, now)
            problem = problem or rules_problem(request.target, record, extent)
            if not problem and cadastre is not None:
                problem = check_parcel(cadastre, connection, row_id, str(record[0][1]), geometry)
            if problem:
                report.rejected.append(Rejected(row_id, problem))
            else:
                accepted.extend(record)
        insert_rows(connection, TABLE[request.target], COLUMNS[request.target], accepted, district.srid)
        report.imported = len(accepted)
    if progress is not None:
        progress(len(source.ids), len(source.ids))
    return report


def _plan(connection: sqlite3.Connection, request: ImportRequest) -> str | None:
    plan_uid = plan_uid_for(connection, request.plan) if request.plan else None
    if request.target == "zones" and plan_uid is None:
        raise ImportFailed(file=str(request.file),
                           reason=Text(tr("zones belong to a plan and none was given")) if not request.plan
                           else Text(tr("there is no plan «{plan}»"), (("plan", request.plan),)),
                           todo=Text(tr("Choose the plan (in the command line: --plan with its uid or full "
                                        "name; `landdesk check-plan PATH` lists them).")))
    return plan_uid


def _mapping(fields: Sequence[str], given: dict[str, str], target: str, file: Path) -> dict[str, str]:
    """Source field -> LandDesk field: the ones given, plus same-named fields (case-insensitive)."""
    known = TARGET_FIELDS[target]
    for source, dest in given.items():
        if dest not in known:
            raise ImportFailed(file=str(file), reason=Text(tr("«{field}» is not a field of {target}"),
                                                           (("field", dest), ("target", label(target)))),
                               todo=Text(tr("Map to one of: {fields}."), (("fields", ", ".join(known)),)))
        if source not in fields:
            raise ImportFailed(file=str(file), reason=Text(tr("the file has no field «{field}»"), (("field", source),)),
                               todo=Text(tr("Its fields are: {fields}."), (("fields", ", ".join(sorted(fields))),))
                               if fields else Text(tr("It has no fields to map: a coordinate catalogue's point number, "
                                                      "X and Y make the outline, and other columns (for example "
                                                      "cadastral_number, purpose) fill the fields of the same "
                                                      "name.")))
    mapping = dict(given)
    taken = set(given.values())
    for source in fields:
        if source not in mapping and source.lower() in known and source.lower() not in taken:
            mapping[source] = source.lower()
    return mapping


def _reproject(geometries: list[shapely.Geometry | None], transformer: Transformer) -> list[shapely.Geometry | None]:
    present = [i for i, g in enumerate(geometries) if g is not None]
    if not present:
        return geometries

    def project(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    with np.errstate(all="ignore"), warnings.catch_warnings():
        # coordinates outside the source CRS's domain come back as inf; _geometry_problem names them, and numpy's
        # RuntimeWarning (with a site-packages path) must not reach the officer's terminal
        warnings.simplefilter("ignore", RuntimeWarning)
        moved = shapely.transform(np.array([geometries[i] for i in present], dtype=object), project)
    out = list(geometries)
    for i, geometry in zip(present, moved, strict=True):
        out[i] = geometry
    return out
