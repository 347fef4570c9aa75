"""Reading a GIS file for import through GDAL (pyogrio), in the officer's words rather than GDAL's.

A shapefile copied without its .shx gets its index rebuilt from the .shp, in a temporary copy (the officer's
files stay as they are), and the officer is told. A .dbf that does not say its encoding has it guessed (see
import_encoding). A GeoJSON feature too large for GDAL's default limit is read up to a bound, and beyond it the
file is called too large, not "OGR_GEOJSON_MAX_OBJ_SIZE". Features are numbered as the officer finds them: by
their FID in a GeoPackage, by their position (from 1) in the other formats.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from landdesk.domain.errors import LandDeskError
from landdesk.domain.text import Text, tr
from landdesk.services.import_encoding import EncodingGuess, declared_dbf_encoding, decode_text, guess_encoding

if TYPE_CHECKING:
    from collections.abc import Iterator

GEOJSON_MAX_MB = 1024           # GDAL refuses a GeoJSON object above 200 MB by default; read up to this
FID_FORMATS = (".gpkg", ".sqlite")  # formats whose features carry a lasting id the officer sees in QGIS
PREVIEW_ROWS = 500              # rows the import dialog reads to guess the encoding


class ImportFailed(LandDeskError):
    code = "import.failed"
    what = tr("{file} cannot be imported: {reason}.")
    todo = tr("{todo}")


@dataclass
class Source:
    """What a file holds, ready for validation: one entry per feature in ids, wkbs and rows."""

    crs: str | None
    fields: tuple[str, ...]
    ids: list[int]                          # the feature's number in the source, as the officer finds it
    wkbs: list[bytes | None]
    rows: list[dict[str, Any]]
    notes: list[Text] = field(default_factory=list)     # what the officer should know: guesses and repairs
    encoding: EncodingGuess | None = None


def missing(file: Path) -> ImportFailed:
    return ImportFailed(file=str(file), reason=Text(tr("there is no such file")), todo=Text(tr("Check the path.")))


def unreadable(file: Path, err: Exception) -> ImportFailed:
    return ImportFailed(file=str(file), reason=Text(tr("GDAL cannot read it ({error})"), (("error", str(err)),)),
                        todo=Text(tr("Check that it is a GeoPackage, Shapefile, GeoJSON, DXF or CSV file, and name "
                                     "the layer with --layer if it has several.")))


@contextlib.contextmanager
def readable(file: Path, notes: list[Text]) -> Iterator[Path]:
    """The file as GDAL can read it: a shapefile without its .shx as a temporary copy with the index rebuilt
    (GDAL's SHAPE_RESTORE_SHX), a GeoJSON with a larger object limit; anything else as it is."""
    import pyogrio

    if file.suffix.lower() == ".geojson" or file.suffix.lower() == ".json":
        with _gdal_options({"OGR_GEOJSON_MAX_OBJ_SIZE": str(GEOJSON_MAX_MB)}):
            yield file
        return
    if file.suffix.lower() != ".shp" or any(file.with_suffix(s).exists() for s in (".shx", ".SHX")):
        yield file
        return
    with tempfile.TemporaryDirectory(prefix="landdesk-shx-") as folder:
        for sibling in file.parent.glob(f"{file.stem}.*"):
            if sibling.suffix.lower() in (".shp", ".dbf", ".prj", ".cpg"):
                shutil.copyfile(sibling, Path(folder) / sibling.name)
        copy = Path(folder) / file.name
        with _gdal_options({"SHAPE_RESTORE_SHX": "YES"}):
            pyogrio.read_info(copy)                     # opening it once writes the .shx beside the copy
        notes.append(Text(tr("the shapefile came without its index (.shx); LandDesk rebuilt it from the .shp for "
                             "this import (your files are unchanged)")))
        yield copy


@contextlib.contextmanager
def _gdal_options(options: dict[str, str]) -> Iterator[None]:
    import pyogrio

    before = {name: pyogrio.get_gdal_config_option(name) for name in options}
    pyogrio.set_gdal_config_options(dict(options))
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options({name: None if value is None else str(value)
                                         for name, value in before.items()})


def gdal_failure(file: Path, err: Exception) -> ImportFailed:
    """GDAL's error in the officer's words where we know what it means."""
    message = str(err)
    if "OGR_GEOJSON_MAX_OBJ_SIZE" in message:
        return ImportFailed(file=str(file), reason=Text(tr("one of its features is larger than {limit} MB, more than "
                                                           "LandDesk reads from a GeoJSON file"),
                                                        (("limit", GEOJSON_MAX_MB),)),
                            todo=Text(tr("Save the layer as a GeoPackage (in QGIS: Export → Save Features As…) and "
                                         "import that, or split the large feature.")))
    return unreadable(file, err)


def read_vector(file: Path, *, layer: str | None = None, encoding: str | None = None,
                max_features: int | None = None) -> Source:
    """The features of a GeoPackage, Shapefile, GeoJSON or DXF file (all of them, or the first `max_features`)."""
    import pyogrio

    if not file.exists():
        raise missing(file)
    notes: list[Text] = []
    guessing = encoding is None and file.suffix.lower() in (".shp", ".dbf") and not declared_dbf_encoding(file)
    try:
        with readable(file, notes) as path:
            meta, fids, geometries, columns = pyogrio.raw.read(
                path, layer=layer, encoding="ISO-8859-1" if guessing else encoding, return_fids=True,
                max_features=max_features)[:4]
    except Exception as err:  # GDAL's errors are many; each becomes "cannot be read, because…"
        raise gdal_failure(file, err) from err
    names = [str(name) for name in meta["fields"]]
    columns = [list(map(_plain, column)) for column in columns]
    guess = None
    if guessing:
        guess = guess_encoding(v.encode("latin-1") for column in columns for v in column if isinstance(v, str))
        columns = [[decode_text(v, guess.encoding if guess else "latin-1") if isinstance(v, str) else v
                    for v in column] for column in columns]
        if guess is not None:
            notes.append(Text(tr("the attributes do not say their encoding (no .cpg file); read as {encoding}, "
                                 "because {why} — for example «{example}»; if that is wrong, give --encoding"),
                              (("encoding", guess.encoding), ("why", guess.reason),
                               ("example", guess.preview()[0]))))
    rows = [{name: column[i] for name, column in zip(names, columns, strict=True)} for i in range(len(fids))]
    by_fid = file.suffix.lower() in FID_FORMATS
    ids = [int(f) if by_fid else position for position, f in enumerate(fids, start=1)]
    return Source(meta.get("crs"), tuple(names), ids, [None if g is None else bytes(g) for g in geometries], rows,
                  notes, guess)


def only_dxf_layer(source: Source, dxf_layer: str | None) -> Source:
    """The entities of one DXF layer, closed polylines read as polygons (outlines of parcels and zones)."""
    keep = [i for i, row in enumerate(source.rows) if dxf_layer is None or row.get("Layer") == dxf_layer]
    return Source(source.crs, source.fields, [source.ids[i] for i in keep],
                  [_closed_as_polygon(source.wkbs[i]) for i in keep], [source.rows[i] for i in keep], source.notes,
                  source.encoding)


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    return value


def _closed_as_polygon(wkb: bytes | None) -> bytes | None:
    if wkb is None:
        return None
    geometry = shapely.from_wkb(wkb)
    if geometry.geom_type == "LineString" and geometry.is_closed and len(geometry.coords) >= 4:
        return bytes(shapely.to_wkb(shapely.Polygon(geometry.coords)))
    return wkb
