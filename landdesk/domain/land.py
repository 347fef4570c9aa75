"""The vocabulary of land: categories, purposes, rights, statuses, encumbrances (DOMAIN.md §2).

Codes are stable strings stored in the cache and sent over the wire; labels are the officer's
English terms (translated in the UI) with the Russian legal term beside them.
"""

from __future__ import annotations

from enum import StrEnum

from landdesk.domain.text import tr


class LandCategory(StrEnum):
    """The 7 categories of land (Land Code Art. 1 p.1)."""

    AGRI = "AGRI"
    SETTLEMENT = "SETTLEMENT"
    INDUSTRY = "INDUSTRY"
    PROTECTED = "PROTECTED"
    FOREST = "FOREST"
    WATER = "WATER"
    RESERVE = "RESERVE"


CATEGORY_LABELS: dict[LandCategory, tuple[str, str]] = {
    LandCategory.AGRI: (tr("Agricultural land"), "земли сельскохозяйственного назначения"),
    LandCategory.SETTLEMENT: (tr("Settlement land"), "земли населенных пунктов"),
    LandCategory.INDUSTRY: (
        tr("Industry, transport, communications, defence and other non-agricultural land"),
        "земли промышленности, транспорта, связи, обороны и иного несельскохозяйственного назначения",
    ),
    LandCategory.PROTECTED: (
        tr("Protected, recreational and heritage land"),
        "земли особо охраняемых природных территорий, оздоровительного, рекреационного и "
        "историко-культурного назначения",
    ),
    LandCategory.FOREST: (tr("Forest fund"), "земли лесного фонда"),
    LandCategory.WATER: (tr("Water fund"), "земли водного фонда"),
    LandCategory.RESERVE: (tr("Reserve land"), "земли запаса"),
}


class Purpose(StrEnum):
    """Intended use (целевое назначение), the codes LandDesk's rules reason about (DOMAIN.md §2.3)."""

    IZHS = "IZHS"                      # individual housing construction
    LPH = "LPH"                        # personal subsidiary farming
    GARDEN = "GARDEN"                  # gardening
    DACHA = "DACHA"                    # dacha construction
    OGOROD = "OGOROD"                  # vegetable growing (temporary use)
    FARM = "FARM"                      # peasant or farm enterprise
    AGRI_PRODUCTION = "AGRI_PRODUCTION"
    MULTI_STOREY = "MULTI_STOREY"      # multi-storey housing
    PUBLIC_BUILDING = "PUBLIC_BUILDING"  # schools, clinics, state and non-commercial objects
    COMMERCIAL = "COMMERCIAL"          # trade, catering, services
    INDUSTRIAL = "INDUSTRIAL"          # production, warehouses
    BUILDING = "BUILDING"              # construction and maintenance of buildings (Art. 44 p.10)
    INFRASTRUCTURE = "INFRASTRUCTURE"  # engineering and transport infrastructure
    COMMON_USE = "COMMON_USE"          # streets, squares, parks, beaches, cemeteries
    RECREATION = "RECREATION"
    SUBSOIL = "SUBSOIL"


PURPOSE_LABELS: dict[Purpose, tuple[str, str]] = {
    Purpose.IZHS: (tr("Individual housing construction"), "индивидуальное жилищное строительство"),
    Purpose.LPH: (tr("Personal subsidiary farming"), "личное подсобное хозяйство"),
    Purpose.GARDEN: (tr("Gardening"), "садоводство"),
    Purpose.DACHA: (tr("Dacha construction"), "дачное строительство"),
    Purpose.OGOROD: (tr("Vegetable growing"), "огородничество"),
    Purpose.FARM: (tr("Peasant or farm enterprise"), "крестьянское или фермерское хозяйство"),
    Purpose.AGRI_PRODUCTION: (tr("Agricultural production"), "сельскохозяйственное производство"),
    Purpose.MULTI_STOREY: (tr("Multi-storey housing"), "многоэтажная жилая застройка"),
    Purpose.PUBLIC_BUILDING: (tr("Public and social buildings"), "объекты социального назначения"),
    Purpose.COMMERCIAL: (tr("Trade and services"), "объекты торговли и услуг"),
    Purpose.INDUSTRIAL: (tr("Industry and warehouses"), "производственные и складские объекты"),
    Purpose.BUILDING: (
        tr("Construction and maintenance of buildings"),
        "строительство и обслуживание зданий, строений, сооружений",
    ),
    Purpose.INFRASTRUCTURE: (tr("Engineering and transport infrastructure"),
                             "инженерная и транспортная инфраструктура"),
    Purpose.COMMON_USE: (tr("Common use"), "объекты общего пользования"),
    Purpose.RECREATION: (tr("Recreation"), "рекреация"),
    Purpose.SUBSOIL: (tr("Subsoil use"), "недропользование"),
}

# Purposes that mean building something: these need an approved plan (LC Art. 44-1 p.8, 44-2 p.3).
CONSTRUCTION_PURPOSES: frozenset[Purpose] = frozenset(
    {
        Purpose.IZHS, Purpose.DACHA, Purpose.MULTI_STOREY, Purpose.PUBLIC_BUILDING,
        Purpose.COMMERCIAL, Purpose.INDUSTRIAL, Purpose.BUILDING, Purpose.INFRASTRUCTURE,
    }
)


class RightType(StrEnum):
    """Rights to land (Land Code Art. 12, 24–41; DOMAIN.md §2.4)."""

    PRIVATE_OWNERSHIP = "PRIVATE_OWNERSHIP"
    PERMANENT_USE = "PERMANENT_USE"
    LEASE_SHORT = "LEASE_SHORT"        # temporary paid use, up to 5 years
    LEASE_LONG = "LEASE_LONG"          # temporary paid use, 5 to 49 years
    FREE_USE = "FREE_USE"              # temporary free use, up to 5 years
    SERVICE_ALLOTMENT = "SERVICE_ALLOTMENT"
    STATE = "STATE"                    # unallocated state land: no right granted yet


RIGHT_LABELS: dict[RightType, tuple[str, str]] = {
    RightType.PRIVATE_OWNERSHIP: (tr("Private ownership"), "частная собственность"),
    RightType.PERMANENT_USE: (tr("Permanent land use"), "постоянное землепользование"),
    RightType.LEASE_SHORT: (tr("Short-term lease (up to 5 years)"), "краткосрочная аренда"),
    RightType.LEASE_LONG: (tr("Long-term lease (5 to 49 years)"), "долгосрочная аренда"),
    RightType.FREE_USE: (tr("Temporary free use"), "временное безвозмездное землепользование"),
    RightType.SERVICE_ALLOTMENT: (tr("Service allotment"), "служебный земельный надел"),
    RightType.STATE: (tr("State land, not granted"), "земли государственной собственности, не предоставленные"),
}


class ParcelStatus(StrEnum):
    REGISTERED = "REGISTERED"          # a right is registered
    FREE = "FREE"                      # prepared and free to be granted
    RESERVED = "RESERVED"              # reserved under Art. 49-2
    UNDER_APPLICATION = "UNDER_APPLICATION"
    SEIZED = "SEIZED"                  # compulsorily alienated, awaiting re-grant
    RETIRED = "RETIRED"                # replaced by a split or merge; kept for history


STATUS_LABELS: dict[ParcelStatus, str] = {
    ParcelStatus.REGISTERED: tr("Registered"),
    ParcelStatus.FREE: tr("Free"),
    ParcelStatus.RESERVED: tr("Reserved"),
    ParcelStatus.UNDER_APPLICATION: tr("Under application"),
    ParcelStatus.SEIZED: tr("Seized"),
    ParcelStatus.RETIRED: tr("Retired"),
}


class EncumbranceKind(StrEnum):
    PRIVATE_SERVITUDE = "PRIVATE_SERVITUDE"    # Art. 69 p.1–3
    PUBLIC_SERVITUDE = "PUBLIC_SERVITUDE"      # Art. 69 p.4
    PLEDGE = "PLEDGE"
    PROTECTION_ZONE = "PROTECTION_ZONE"        # sanitary, water-protection, utility protection zones
    PRESCRIPTION = "PRESCRIPTION"              # Art. 94 p.2
    RESERVATION = "RESERVATION"                # Art. 49-2
    TRANSACTION_BAN = "TRANSACTION_BAN"        # instalment sale, Art. 47 p.5


ENCUMBRANCE_LABELS: dict[EncumbranceKind, tuple[str, str]] = {
    EncumbranceKind.PRIVATE_SERVITUDE: (tr("Private servitude"), "частный сервитут"),
    EncumbranceKind.PUBLIC_SERVITUDE: (tr("Public servitude"), "публичный сервитут"),
    EncumbranceKind.PLEDGE: (tr("Pledge"), "залог"),
    EncumbranceKind.PROTECTION_ZONE: (tr("Protection zone"), "охранная зона"),
    EncumbranceKind.PRESCRIPTION: (tr("Prescription to remedy a violation"), "предписание"),
    EncumbranceKind.RESERVATION: (tr("Reservation"), "резервирование"),
    EncumbranceKind.TRANSACTION_BAN: (tr("Ban on transactions"), "запрет на совершение сделок"),
}
