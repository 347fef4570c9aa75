"""Legal references as a lawyer writes them in Russian and Kazakh: "Art. 44-1 p.8" → "ст. 44-1 п. 8",
"44-1-бап 8-т.". Documents and the window use the same forms, so no English reference reaches an act."""

from __future__ import annotations

import re

_ARTICLE = {"ru": (r"ст. \1", r"п. \1", r"пп. \1"), "kk": (r"\1-бап", r"\1-т.", r"\1-тт.")}
_PATTERNS = (r"Art\. ?([\w.\-–]+)", r"\bp\. ?([\w.\-–()]+)", r"\bsub\. ?([\w.\-–]+)")

_CODE = {"ru": "ЗК РК ", "kk": "ҚР ЖК "}             # the Land Code of the Republic of Kazakhstan

# References that are not articles of the Land Code, in each document language.
OTHER_ACTS = {
    "public-service rules (MoA Order No 301)": {
        "ru": "Правила оказания государственной услуги (приказ МСХ РК № 301)",
        "kk": "Мемлекеттік қызмет көрсету қағидалары (ҚР АШМ № 301 бұйрығы)",
    },
    "Water Code: water-protection zones": {
        "ru": "Водный кодекс Республики Казахстан (режим водоохранных зон)",
        "kk": "Қазақстан Республикасының Су кодексі (су қорғау аймақтарының режимі)",
    },
    "Water Code: water-protection strips": {
        "ru": "Водный кодекс Республики Казахстан (режим водоохранных полос)",
        "kk": "Қазақстан Республикасының Су кодексі (су қорғау белдеулерінің режимі)",
    },
}


class Article(str):
    """A reference inside a sentence for the officer ("Art. 50 p.2"): the UI writes it in the officer's language
    (ui/i18n), str() keeps it as it is for logs and the command line."""

    __slots__ = ()


def legal_ref_in(reference: str, language: str) -> str | None:
    """The reference in `language` ("ru" or "kk"); None for a language without its own forms (English), or for a
    reference that is neither an article nor a known act."""
    if reference in OTHER_ACTS:
        return OTHER_ACTS[reference].get(language)
    forms = _ARTICLE.get(language)
    if forms is None or ("Art." not in reference and " p." not in reference):
        return None
    reference = reference.replace("Land Code ", _CODE[language])
    for pattern, form in zip(_PATTERNS, forms, strict=True):
        reference = re.sub(pattern, form, reference)
    return reference
