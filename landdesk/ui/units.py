"""Areas and lengths in the units the officer chose in Settings (m² or ha; m or km), in the locale's format."""

from __future__ import annotations

from landdesk.ui.i18n import number, tr

_chosen = {"area": "m2", "length": "m"}


def set_units(area_unit: str, length_unit: str) -> None:
    _chosen["area"] = area_unit if area_unit in ("m2", "ha") else "m2"
    _chosen["length"] = length_unit if length_unit in ("m", "km") else "m"


def area_unit() -> str:
    return tr("ha") if _chosen["area"] == "ha" else tr("m²")


def area(m2: float) -> str:
    """1 500 (m²) or 0,1500 (ha): the number alone; the unit is in the column or label."""
    return number(m2 / 10_000, 4) if _chosen["area"] == "ha" else number(m2, 0)


def length_with_unit(metres: float) -> str:
    if _chosen["length"] == "km":
        return tr("{n} km").format(n=number(metres / 1000, 3))
    return tr("{n} m").format(n=number(metres, 2))
