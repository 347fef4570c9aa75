"""Coded values as officers write them in their files: «residential», «Жилая», «тұрғын» or RESIDENTIAL.

A code matches without regard to case, and by its label in English, Russian or Kazakh (the labels the window shows,
read from the shipped translation sources, so a code and its label never drift apart). A label two codes of one
list share matches neither.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import TYPE_CHECKING

from landdesk.domain.labels import LABELS
from landdesk.resources import resource_path

if TYPE_CHECKING:
    from collections.abc import Iterable

log = logging.getLogger(__name__)

LANGUAGES = ("ru", "kk")


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").replace("_", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _translations() -> dict[str, list[str]]:
    """English source -> its Russian and Kazakh translations."""
    found: dict[str, list[str]] = {}
    for language in LANGUAGES:
        path = resource_path("translations", f"landdesk_{language}.ts")
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            log.warning("no %s labels for imported codes: cannot read %s", language, path)
            continue
        for message in root.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                found.setdefault(source, []).append(translation)
    return found


@lru_cache(maxsize=32)
def _names(codes: tuple[str, ...]) -> dict[str, str]:
    names: dict[str, str | None] = {}
    for code in codes:
        label = LABELS.get(code)
        for name in {code, *([label] if label else []), *(_translations().get(label, []) if label else [])}:
            key = _key(name)
            names[key] = code if names.get(key, code) == code else None          # shared by two codes: neither
    return {key: code for key, code in names.items() if code is not None}


def match_code(codes: Iterable[str], value: object) -> str | None:
    """The code `value` names (a code in any case, or a label in English, Russian or Kazakh), or None."""
    return _names(tuple(codes)).get(_key(str(value)))
