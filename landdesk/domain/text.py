"""Sentences for the officer that the UI translates: an English source text with named parameters.

The core is Qt-free, so it cannot translate; it hands the UI `Text(source, params)` and the UI looks the source up
in Qt's translations (ui/i18n.render) and fills the parameters with numbers and dates in the officer's locale.
`tr()` here only marks a literal for `pyside6-lupdate`, which collects every `tr("…")` into resources/translations.
`str(text)` is the English sentence, for logs and the command line.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable


def tr(source: str) -> str:
    """Mark a literal for translation (collected by lupdate); returns it unchanged."""
    return source


@dataclass(frozen=True, slots=True)
class Text:
    source: str                                  # the English source text with {named} fields
    params: tuple[tuple[str, Any], ...] = ()     # values: numbers, strings, dates or other Texts

    def __str__(self) -> str:
        return fill(self.source, dict(self.params), _english)

    def __contains__(self, part: str) -> bool:      # "Self-intersection" in result.explanation, as with str
        return part in str(self)


def text(source: str, **params: Any) -> Text:
    return Text(source, tuple(params.items()))


def _english(value: Any, spec: str) -> str:
    return str(value) if isinstance(value, Text) else format(value, spec)


class _Filler(string.Formatter):
    def __init__(self, format_value: Callable[[Any, str], str]) -> None:
        self.format_value = format_value

    def format_field(self, value: Any, format_spec: str) -> str:
        return self.format_value(value, format_spec)


def fill(source: str, params: dict[str, Any], format_value: Callable[[Any, str], str]) -> str:
    """Fill `source`'s {fields} with `params`, each turned into text by `format_value(value, spec)`."""
    return _Filler(format_value).vformat(source, (), params)


def joined(items: list[Text] | list[str], *, more: bool = False) -> Text:
    """"a, b, c" (with " …" when `more` were left out), each item rendered in the officer's language."""
    params = tuple((f"i{k}", item) for k, item in enumerate(items))
    return Text(", ".join(f"{{i{k}}}" for k in range(len(items))) + (" …" if more else ""), params)
