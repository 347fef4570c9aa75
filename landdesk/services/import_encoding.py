"""Guessing the encoding of attribute text that does not declare one: a shapefile's .dbf without its .cpg, a CSV.

Files reach an akimat from Russian Windows (cp1251), from DOS-era survey software (cp866) and from anything
modern (UTF-8), usually without saying which. Strict UTF-8 is tried first: text in a code page is almost never
valid UTF-8 by chance. Otherwise each code page decodes the bytes and is scored by how much of the result reads
as Russian or Kazakh words; the best one is taken and the officer is told, with a few decoded values to judge.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from landdesk.domain.text import Text, tr

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

CODE_PAGES = ("cp1251", "cp866", "kz1048")     # kz1048: Kazakh Windows, cp1251 with ә ғ қ ң ө ұ ү һ
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
PREVIEW = 4                 # decoded values shown to the officer
SAMPLE_BYTES = 200_000      # enough text to decide; a large table is not decoded twice over


@dataclass(frozen=True)
class EncodingGuess:
    encoding: str                   # a Python codec name: utf-8, cp1251, cp866
    reason: Text                    # why this one, in the officer's words
    samples: tuple[bytes, ...]      # a few raw non-ASCII values, to preview in any encoding

    def preview(self, encoding: str | None = None) -> list[str]:
        return [value.decode(encoding or self.encoding, errors="replace") for value in self.samples]


def score(decoded: str) -> float:
    """How much `decoded` reads as Cyrillic text: letters count, Kazakh letters a little more (they only come out
    of the right code page), and box-drawing, control or stray symbols count against it."""
    total = 0.0
    for char in decoded:
        if char.isascii():
            continue
        if char in KAZAKH_LETTERS:
            total += 1.5
        elif "CYRILLIC" in unicodedata.name(char, ""):
            total += 1.0 if char.isalpha() and ("А" <= char <= "я" or char in "Ёё") else 0.2
        elif char in "«»№–—…":
            total += 0.5
        else:
            total -= 2.0
    return total


def guess_encoding(values: Iterable[bytes]) -> EncodingGuess | None:
    """The encoding of these raw text values, or None when they are plain ASCII (any encoding reads them)."""
    raw: list[bytes] = []
    size = 0
    for value in values:
        if value and not value.isascii():
            raw.append(value)
            size += len(value)
            if size > SAMPLE_BYTES:
                break
    if not raw:
        return None
    samples = tuple(dict.fromkeys(raw))[:PREVIEW]
    blob = b"\n".join(raw)
    try:
        blob.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return EncodingGuess("utf-8", Text(tr("the text is valid UTF-8")), samples)
    scores = {page: score(blob.decode(page, errors="replace")) for page in CODE_PAGES}
    best = max(CODE_PAGES, key=lambda page: scores[page])
    others = ", ".join(f"{page} {scores[page]:.0f}" for page in CODE_PAGES if page != best)
    return EncodingGuess(best, Text(tr("it is not UTF-8, and {encoding} reads it as Russian or Kazakh text best "
                                       "(score {score:.0f}; {others})"),
                                    (("encoding", best), ("score", scores[best]), ("others", others))), samples)


def declared_dbf_encoding(file: Path) -> bool:
    """Whether a shapefile says its attributes' encoding: a .cpg beside it, or a code page in the .dbf header
    (byte 29, the language driver id). GDAL reads anything else as ISO-8859-1."""
    if any(file.with_suffix(suffix).exists() for suffix in (".cpg", ".CPG")):
        return True
    for suffix in (".dbf", ".DBF"):
        dbf = file.with_suffix(suffix)
        if dbf.exists():
            with dbf.open("rb") as stream:
                header = stream.read(32)
            return len(header) > 29 and header[29] != 0
    return True                     # no .dbf: nothing to decode


def decode_text(value: str, encoding: str) -> str:
    """A value GDAL read as ISO-8859-1 (byte for byte), decoded in the guessed encoding."""
    return value.encode("latin-1").decode(encoding, errors="replace")
