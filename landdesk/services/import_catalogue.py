"""Reading a CSV coordinate catalogue: rows of point number, X, Y (X northing, Y easting, the survey convention),
optionally grouped into several outlines by a cadastral number or object column.

Catalogues come from Excel: on Russian Windows with `;` between values and a decimal comma, in cp1251; elsewhere
with `,` and a decimal point, in UTF-8. Both are read. A point number listed twice in one outline is refused,
naming the points (a closing repeat of the first point is the usual way to close the ring and is fine); a value
that is not a number names the point, the column and the value.
"""

from __future__ import annotations

import codecs
import csv
import math
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.text import Text, joined, tr
from landdesk.services.import_encoding import guess_encoding
from landdesk.services.import_source import ImportFailed, Source, missing

if TYPE_CHECKING:
    from pathlib import Path

X_NAMES = ("x", "х")                          # the second is Cyrillic, as Russian Excel users type it
Y_NAMES = ("y", "у")
POINT_NAMES = ("point", "point_no", "no", "n", "№", "номер", "точка", "№ точки", "нүкте")
GROUP_NAMES = ("cadastral_number", "object", "parcel", "zone_code")


def read_catalogue(file: Path, encoding: str | None) -> Source:
    if not file.exists():
        raise missing(file)
    data = file.read_bytes()
    notes: list[Text] = []
    guess = None
    if encoding is None and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif encoding is None:
        guess = guess_encoding(data.splitlines())
        encoding = guess.encoding if guess is not None else "utf-8"
        if guess is not None and guess.encoding != "utf-8":
            notes.append(Text(tr("the catalogue does not say its encoding; read as {encoding}, because {why} — for "
                                 "example «{example}»; if that is wrong, give --encoding"),
                              (("encoding", guess.encoding), ("why", guess.reason), ("example", guess.preview()[0]))))
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise ImportFailed(file=str(file), reason=Text(tr("it cannot be read as {encoding} text"),
                                                       (("encoding", encoding),)),
                           todo=Text(tr("Give the catalogue's encoding with --encoding (utf-8, cp1251 or cp866)."))) \
            from err
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ImportFailed(file=str(file), reason=Text(tr("it is empty")),
                           todo=Text(tr("Save the catalogue as CSV with a header row: point, X, Y.")))
    header = lines[0]
    delimiter = ";" if ";" in header else "\t" if "\t" in header else ","
    table = list(csv.reader(lines, delimiter=delimiter))
    names = [name.strip() for name in table[0]]
    source = _outlines(file, names, table[1:])
    source.notes[:0] = notes
    source.encoding = guess
    return source


def _column(names: list[str], wanted: tuple[str, ...]) -> int | None:
    lower = [name.lower() for name in names]
    return next((lower.index(name) for name in wanted if name in lower), None)


def _outlines(file: Path, names: list[str], body: list[list[str]]) -> Source:
    x, y = _column(names, X_NAMES), _column(names, Y_NAMES)
    point, group = _column(names, POINT_NAMES), _column(names, GROUP_NAMES)
    if x is None or y is None:
        raise ImportFailed(file=str(file), reason=Text(tr("it has no X and Y columns (it has {columns})"),
                                                       (("columns", ", ".join(names)),)),
                           todo=Text(tr("Name the coordinate columns X and Y (X northing, Y easting).")))
    attributes = [k for k in range(len(names)) if k not in (x, y, point)]
    groups: dict[str, list[int]] = {}
    for i, cells in enumerate(body):
        groups.setdefault(_cell(cells, group).strip() if group is not None else "1", []).append(i)
    source = Source(None, tuple(names[k] for k in attributes), [], [], [])
    for members in groups.values():
        line = members[0] + 2                                  # as a text editor numbers it, the header is 1
        row = {names[k]: _cell(body[members[0]], k) for k in attributes}
        problem, geometry = _outline(names, body, members, x, y, point)
        source.ids.append(line)
        source.wkbs.append(None if geometry is None else bytes(shapely.to_wkb(geometry)))
        source.rows.append(row if problem is None else {**row, "__error__": problem})
    return source


def _outline(names: list[str], body: list[list[str]], members: list[int], x: int, y: int,
             point: int | None) -> tuple[Text | None, shapely.Geometry | None]:
    """(why the outline is refused, or None, and the polygon) of one group of catalogue rows."""
    labels = [_cell(body[i], point).strip() if point is not None else str(n)
              for n, i in enumerate(members, start=1)]
    if point is not None and len(members) > 2 and labels[0] == labels[-1]:
        members, labels = members[:-1], labels[:-1]             # the ring closed by repeating its first point
    seen: dict[str, int] = {}
    repeated: list[Text] = []
    for i, name in zip(members, labels, strict=True):
        if name in seen and seen[name] >= 0:
            repeated.append(Text(tr("{point} (lines {first} and {second})"),
                                 (("point", name), ("first", seen[name] + 2), ("second", i + 2))))
            seen[name] = -1
        elif name not in seen:
            seen[name] = i
    if repeated:
        return Text(tr("a point number is listed twice in one outline: {points}"), (("points", joined(repeated)),)), \
            None
    coordinates = []
    for i, name in zip(members, labels, strict=True):
        northing = _coordinate(_cell(body[i], x))
        easting = _coordinate(_cell(body[i], y))
        if northing is None or easting is None:
            column, value = (x, _cell(body[i], x)) if northing is None else (y, _cell(body[i], y))
            return Text(tr("point {point}: the {column} value «{value}» is not a number"),
                        (("point", name), ("column", names[column]), ("value", value))), None
        coordinates.append((easting, northing))
    if point is not None:
        order = sorted(range(len(labels)), key=lambda k: _number(labels[k]))
        coordinates = [coordinates[k] for k in order]
    if len(coordinates) < 3:
        return None, None
    return None, shapely.Polygon([*coordinates, coordinates[0]])


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""


def _coordinate(value: str) -> float | None:
    """A coordinate as Excel writes it: "4712345.67", "4712345,67" or "4 712 345,67" (spaces group digits)."""
    cleaned = value.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _number(value: Any) -> float:
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return math.inf
