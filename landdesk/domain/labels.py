"""The officer's words for the codes the core stores (statuses, purposes, checks, parties…), in English;
the UI translates them. `label(code)` gives a Text for sentences, `LABELS` the plain sources."""

from __future__ import annotations

from landdesk.domain.land import CATEGORY_LABELS, ENCUMBRANCE_LABELS, PURPOSE_LABELS, RIGHT_LABELS
from landdesk.domain.text import Text, tr

LABELS: dict[str, str] = {
    # application statuses
    "RECEIVED": tr("received"), "ARCHITECTURE_CHECK": tr("architecture check"),
    "ALLOTMENT_SCHEME": tr("allotment scheme"), "APPROVALS": tr("approvals"),
    "APPLICANT_APPROVAL": tr("applicant approval"), "DECISION": tr("decision"), "APPROVED": tr("approved"),
    "REFUSED": tr("refused"), "CANCELLED": tr("cancelled"), "WITHDRAWN": tr("withdrawn"),
    # purposes
    "IZHS": tr("IZhS"), "LPH": tr("LPH"), "GARDEN": tr("gardening"), "DACHA": tr("dacha"),
    "OGOROD": tr("vegetable plot"), "FARM": tr("farm"), "AGRI_PRODUCTION": tr("agricultural production"),
    "MULTI_STOREY": tr("multi-storey housing"), "PUBLIC_BUILDING": tr("public building"),
    "COMMERCIAL": tr("commercial"), "INDUSTRIAL": tr("industrial"), "BUILDING": tr("building"),
    "INFRASTRUCTURE": tr("infrastructure"), "COMMON_USE": tr("common use"), "RECREATION": tr("recreation"),
    "SUBSOIL": tr("subsoil use"),
    # land categories
    "AGRI": tr("agricultural land"), "SETTLEMENT": tr("settlement land"), "INDUSTRY": tr("industry and transport"),
    "PROTECTED": tr("protected areas"), "FOREST": tr("forest fund"), "WATER": tr("water fund"),
    "RESERVE": tr("reserve"),
    # parcel statuses
    "REGISTERED": tr("registered"), "FREE": tr("free"), "RESERVED": tr("reserved"),
    "UNDER_APPLICATION": tr("under application"), "SEIZED": tr("seized"), "RETIRED": tr("retired"),
    # rights
    "PRIVATE_OWNERSHIP": tr("private ownership"), "PERMANENT_USE": tr("permanent use"),
    "LEASE_SHORT": tr("short-term lease"), "LEASE_LONG": tr("long-term lease"), "FREE_USE": tr("free use"),
    "SERVICE_ALLOTMENT": tr("service allotment"), "STATE": tr("state land"),
    # encumbrances
    "PRIVATE_SERVITUDE": tr("private servitude"), "PUBLIC_SERVITUDE": tr("public servitude"),
    "PLEDGE": tr("pledge"), "PROTECTION_ZONE": tr("protection zone"),
    # parties and step states
    "AKIMAT": tr("Akimat"), "APPROVER": tr("Approving body"), "UTILITY": tr("Utility"),
    "APPLICANT": tr("Applicant"), "GOSCORP": tr("State Corporation"),
    "OPEN": tr("open"), "DONE": tr("done"), "NEGATIVE": tr("negative"), "SKIPPED": tr("skipped"),
    # decisions
    "APPROVE": tr("approve"), "REFUSE": tr("refuse"), "CANCEL": tr("cancel"),
    # plans and zones
    "GENERAL_PLAN": tr("general plan"), "DPP": tr("DPP"), "DEVELOPMENT_SCHEME": tr("development scheme"),
    "BUILDING_PROJECT": tr("building project"), "DRAFT": tr("draft"), "EXPIRED": tr("expired"),
    "SUPERSEDED": tr("superseded"), "RESIDENTIAL": tr("residential"), "SOCIAL": tr("social"), "OTHER": tr("other"),
    "INDIVIDUAL_HOUSING": tr("individual housing"), "PUBLIC_BUSINESS": tr("public and business"),
    "TRADE_SERVICES": tr("trade and services"), "AGRICULTURAL": tr("agricultural"), "SPECIAL": tr("special"),
    "DEFENCE": tr("defence"),
    # layers
    "parcels": tr("parcels"), "plan_zones": tr("plan zones"), "red_lines": tr("red lines"),
    "settlements": tr("settlement boundaries"), "zones": tr("plan zones"), "applications": tr("requested plots"),
    # pre-checks and their outcomes
    "geometry_valid": tr("geometry valid"), "coordinates_plausible": tr("coordinates plausible"),
    "inside_settlement": tr("inside settlement"), "no_overlap": tr("no overlap"), "plan_covers": tr("plan covers"),
    "zone_permits": tr("zone permits"), "no_red_lines": tr("no red lines"), "size_norm": tr("size norm"),
    "water_500m": tr("water 500 m"), "no_competing": tr("no competing"),
    "water_protection": tr("water protection"), "applicant_of_age": tr("applicant of age"),
    "applicant_citizenship": tr("applicant citizenship"),
    "free_grant_once": tr("free grant once in a lifetime"),
    "izhs_queue": tr("IZhS special register"),
    "pass": tr("pass"), "fail": tr("fail"), "warning": tr("warning"), "not run": tr("not run"),
}


# The Land Code's terms (English source, official Russian) by code; the codes of the four kinds do not overlap.
_TERMS = {str(code): english for labels in (PURPOSE_LABELS, ENCUMBRANCE_LABELS, CATEGORY_LABELS, RIGHT_LABELS)
          for code, (english, _russian) in labels.items()}


def official_term(code: str) -> Text:
    """The Land Code's term for a purpose, land category, right or encumbrance code (domain.land's labels)."""
    return Text(_TERMS[code]) if code in _TERMS else label(code)


def label(code: object) -> Text:
    """The officer's word for a stored code (the code itself when it has none, such as a cadastral number)."""
    return Text(LABELS.get(str(code), str(code)))
