"""Cadastral numbers of land plots: RR-DDD-QQQ-NNN[N] (DOMAIN.md §1).

RR is the region's cadastral code (not KATO), DDD the district, QQQ the accounting quarter
(учетный квартал, LC Art. 155) and NNN[N] the plot inside the quarter. Separators seen in practice
are `-` and `:`; officers also type spaces or nothing at all. The stored form is normalised with `-`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from landdesk.domain.errors import InvalidCadastralNumber
from landdesk.domain.text import Text, tr

PARTS = {"region": tr("region"), "district": tr("district"), "quarter": tr("quarter"), "plot": tr("plot")}
_SEPARATED = re.compile(r"^(\d{2})[-:](\d{3})[-:](\d{3})[-:](\d{3,4})$")
_JUNK = re.compile(r"[\s\-:./]+")


@dataclass(frozen=True, order=True, slots=True)
class CadastralNumber:
    region: str
    district: str
    quarter: str
    plot: str

    def __post_init__(self) -> None:
        for name, width in (("region", (2,)), ("district", (3,)), ("quarter", (3,)), ("plot", (3, 4))):
            value = getattr(self, name)
            if not (value.isascii() and value.isdigit() and len(value) in width):
                raise InvalidCadastralNumber(value=str(self), reason=Text(tr("the {part} part must be digits"),
                                                                          (("part", Text(PARTS[name])),)))

    def __str__(self) -> str:
        return f"{self.region}-{self.district}-{self.quarter}-{self.plot}"

    @property
    def quarter_key(self) -> str:
        """The accounting quarter this plot belongs to, e.g. `18-045-012`."""
        return f"{self.region}-{self.district}-{self.quarter}"


def parse_cadastral_number(text: str) -> CadastralNumber:
    """Parse a land plot's cadastral number, tolerant of `-`, `:`, spaces and no separators.

    Raises:
        InvalidCadastralNumber: with the reason, when the text is not a plot number.
    """
    value = text.strip()
    if not value:
        raise InvalidCadastralNumber(value=text, reason=Text(tr("it is empty")))
    match = _SEPARATED.match(value)
    if match is None:
        parts = [p for p in _JUNK.split(value) if p]
        if len(parts) == 4 and all(p.isascii() and p.isdigit() for p in parts):
            value = "-".join(parts)
        elif len(parts) == 1 and parts[0].isascii() and parts[0].isdigit():
            digits = parts[0]
            if len(digits) not in (11, 12):
                raise InvalidCadastralNumber(
                    value=text, reason=Text(tr("it has {count} digits, a plot number has 11 or 12"),
                                            (("count", len(digits)),))
                )
            value = f"{digits[:2]}-{digits[2:5]}-{digits[5:8]}-{digits[8:]}"
        else:
            raise InvalidCadastralNumber(value=text, reason=_explain(value))
        match = _SEPARATED.match(value)
        if match is None:
            raise InvalidCadastralNumber(value=text, reason=_explain(value))
    region, district, quarter, plot = match.groups()
    return CadastralNumber(region, district, quarter, plot)


def normalise_cadastral_number(text: str) -> str:
    """The stored form (`RR-DDD-QQQ-NNN[N]`) of a cadastral number typed any tolerated way."""
    return str(parse_cadastral_number(text))


def is_valid_cadastral_number(text: str) -> bool:
    try:
        parse_cadastral_number(text)
    except InvalidCadastralNumber:
        return False
    return True


def _explain(value: str) -> str:
    if any(not (c.isascii() and c.isdigit()) and c not in "-: " for c in value):
        return "it contains characters other than digits and separators"
    parts = [p for p in _JUNK.split(value) if p]
    if len(parts) != 4:
        return f"it has {len(parts)} parts, a plot number has 4 (region, district, quarter, plot)"
    return "the parts must have 2, 3, 3 and 3–4 digits"
