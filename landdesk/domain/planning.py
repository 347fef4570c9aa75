"""Urban-planning documents and their functional zones (LC Art. 107, 109; DOMAIN.md §2.2, §4)."""

from __future__ import annotations

from enum import StrEnum

from landdesk.domain.land import Purpose


class PlanKind(StrEnum):
    GENERAL_PLAN = "GENERAL_PLAN"          # генеральный план
    DPP = "DPP"                            # проект детальной планировки
    DEVELOPMENT_SCHEME = "DEVELOPMENT_SCHEME"  # схема развития и застройки (settlements ≤ 5 000)
    BUILDING_PROJECT = "BUILDING_PROJECT"  # проект застройки


class PlanStatus(StrEnum):
    DRAFT = "DRAFT"
    APPROVED = "APPROVED"
    EXPIRED = "EXPIRED"
    SUPERSEDED = "SUPERSEDED"


class ZoneType(StrEnum):
    """The four functional zones of settlement land (LC Art. 107 p.3)."""

    RESIDENTIAL = "RESIDENTIAL"    # жилищная
    SOCIAL = "SOCIAL"              # социальная
    COMMERCIAL = "COMMERCIAL"      # коммерческая
    OTHER = "OTHER"                # иная


# (English, Russian, Kazakh — the Kazakh unverified, as the terms in resources/templates/terms_kk.json)
ZONE_TYPE_LABELS: dict[ZoneType, tuple[str, str, str]] = {
    ZoneType.RESIDENTIAL: ("Residential", "жилищная зона", "тұрғын үй аймағы"),
    ZoneType.SOCIAL: ("Social", "социальная зона", "әлеуметтік аймақ"),
    ZoneType.COMMERCIAL: ("Commercial", "коммерческая зона", "коммерциялық аймақ"),
    ZoneType.OTHER: ("Other", "иная зона", "өзге аймақ"),
}


class ZoneSubtype(StrEnum):
    INDIVIDUAL_HOUSING = "INDIVIDUAL_HOUSING"
    MULTI_STOREY = "MULTI_STOREY"
    PUBLIC_BUSINESS = "PUBLIC_BUSINESS"
    INDUSTRIAL = "INDUSTRIAL"
    TRADE_SERVICES = "TRADE_SERVICES"
    INFRASTRUCTURE = "INFRASTRUCTURE"
    COMMON_USE = "COMMON_USE"      # streets, squares, parks, boulevards, beaches, cemeteries
    RECREATION = "RECREATION"
    WATER = "WATER"
    AGRICULTURAL = "AGRICULTURAL"
    RESERVE = "RESERVE"            # reserve for settlement development
    SPECIAL = "SPECIAL"            # landfills, cattle burial pits, crematoria
    DEFENCE = "DEFENCE"


ZONE_TYPE_OF: dict[ZoneSubtype, ZoneType] = {
    ZoneSubtype.INDIVIDUAL_HOUSING: ZoneType.RESIDENTIAL,
    ZoneSubtype.MULTI_STOREY: ZoneType.RESIDENTIAL,
    ZoneSubtype.PUBLIC_BUSINESS: ZoneType.SOCIAL,
    ZoneSubtype.INDUSTRIAL: ZoneType.COMMERCIAL,
    ZoneSubtype.TRADE_SERVICES: ZoneType.COMMERCIAL,
    ZoneSubtype.INFRASTRUCTURE: ZoneType.COMMERCIAL,
    ZoneSubtype.COMMON_USE: ZoneType.OTHER,
    ZoneSubtype.RECREATION: ZoneType.OTHER,
    ZoneSubtype.WATER: ZoneType.OTHER,
    ZoneSubtype.AGRICULTURAL: ZoneType.OTHER,
    ZoneSubtype.RESERVE: ZoneType.OTHER,
    ZoneSubtype.SPECIAL: ZoneType.OTHER,
    ZoneSubtype.DEFENCE: ZoneType.OTHER,
}

# What a plan usually permits in each zone; a plan's own zones carry their own list, this is the
# starting point for new zones and for the demo.
TYPICAL_PURPOSES: dict[ZoneSubtype, tuple[Purpose, ...]] = {
    ZoneSubtype.INDIVIDUAL_HOUSING: (Purpose.IZHS, Purpose.LPH, Purpose.OGOROD),
    ZoneSubtype.MULTI_STOREY: (Purpose.MULTI_STOREY, Purpose.PUBLIC_BUILDING, Purpose.COMMERCIAL),
    ZoneSubtype.PUBLIC_BUSINESS: (Purpose.PUBLIC_BUILDING, Purpose.COMMERCIAL, Purpose.BUILDING),
    ZoneSubtype.INDUSTRIAL: (Purpose.INDUSTRIAL, Purpose.BUILDING, Purpose.INFRASTRUCTURE),
    ZoneSubtype.TRADE_SERVICES: (Purpose.COMMERCIAL, Purpose.BUILDING),
    ZoneSubtype.INFRASTRUCTURE: (Purpose.INFRASTRUCTURE,),
    ZoneSubtype.COMMON_USE: (Purpose.COMMON_USE,),
    ZoneSubtype.RECREATION: (Purpose.RECREATION, Purpose.COMMON_USE),
    ZoneSubtype.WATER: (Purpose.COMMON_USE,),
    ZoneSubtype.AGRICULTURAL: (Purpose.AGRI_PRODUCTION, Purpose.FARM, Purpose.GARDEN, Purpose.OGOROD),
    ZoneSubtype.RESERVE: (Purpose.OGOROD,),
    ZoneSubtype.SPECIAL: (Purpose.INFRASTRUCTURE,),
    ZoneSubtype.DEFENCE: (),
}
