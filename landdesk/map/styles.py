"""How each map layer is drawn: the display layers, their classes, colours, order and level of detail."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from landdesk.domain.application import ApplicationStatus
from landdesk.domain.land import LandCategory, ParcelStatus
from landdesk.domain.planning import PlanKind, ZoneType
from landdesk.domain.text import tr

RGBA = tuple[int, int, int, int]

BACKGROUND = (248, 248, 244)
RED_LINE = (220, 30, 30)
SELECTION = (0, 200, 255)
WATER_FILL = (150, 200, 240, 255)
WATER_OUTLINE = (60, 120, 190, 255)
LABEL_COLOUR = (40, 40, 40, 255)


@dataclass(frozen=True)
class ClassStyle:
    """One legend entry: the fill (None = not filled) and the outline (None = no outline)."""

    label: str
    fill: RGBA | None
    outline: RGBA | None
    width: float = 1.0


@dataclass(frozen=True)
class LayerStyle:
    """A display layer: which data layer it draws, which features, and how.

    `classify_by` names the class column styles are keyed on; `classifications` offers the officer
    other columns (parcels by status, category or functional zone).
    """

    key: str
    title: str
    data: str                                            # the data layer (render copy) it draws
    classify_by: str | None
    classes: dict[str | None, ClassStyle]
    default: ClassStyle
    visible: bool = True
    opacity: float = 1.0
    winding: bool = False                                # overlapping polygons: fill each one
    label_px: float = 0.0                                # label features at least this wide on screen; 0 = never
    max_resolution: float = float("inf")                 # hidden when zoomed out beyond this many metres per pixel
    label_dy: float = 0.0                                # labels this many pixels below the label point
    only: tuple[str, tuple[str, ...]] | None = None      # (class column, values) this layer keeps
    classifications: dict[str, dict[str | None, ClassStyle]] = field(default_factory=dict)

    def style_for(self, value: str | None) -> ClassStyle:
        return self.classes.get(value, self.default)

    def with_classification(self, column: str) -> LayerStyle:
        return replace(self, classify_by=column, classes=self.classifications[column])


def _solid(label: str, fill: tuple[int, int, int], outline: tuple[int, int, int], alpha: int = 255) -> ClassStyle:
    return ClassStyle(label, (*fill, alpha), (*outline, 255))


PARCEL_BY_STATUS: dict[str | None, ClassStyle] = {
    ParcelStatus.REGISTERED: _solid(tr("Registered"), (236, 226, 198), (120, 110, 90)),
    ParcelStatus.FREE: _solid(tr("Free"), (170, 220, 160), (60, 130, 60)),
    ParcelStatus.RESERVED: _solid(tr("Reserved"), (200, 190, 240), (100, 90, 160)),
    ParcelStatus.UNDER_APPLICATION: _solid(tr("Under application"), (250, 200, 120), (190, 120, 20)),
    ParcelStatus.SEIZED: _solid(tr("Seized"), (230, 150, 150), (160, 60, 60)),
    ParcelStatus.RETIRED: _solid(tr("Retired"), (210, 210, 210), (150, 150, 150)),
}

PARCEL_BY_CATEGORY: dict[str | None, ClassStyle] = {
    LandCategory.AGRI: _solid(tr("Agricultural"), (230, 220, 150), (140, 130, 60)),
    LandCategory.SETTLEMENT: _solid(tr("Settlements"), (240, 200, 190), (150, 100, 90)),
    LandCategory.INDUSTRY: _solid(tr("Industry, transport"), (200, 200, 210), (110, 110, 130)),
    LandCategory.PROTECTED: _solid(tr("Protected"), (170, 210, 170), (70, 120, 70)),
    LandCategory.FOREST: _solid(tr("Forest fund"), (120, 180, 120), (50, 100, 50)),
    LandCategory.WATER: _solid(tr("Water fund"), (160, 200, 235), (60, 110, 170)),
    LandCategory.RESERVE: _solid(tr("Reserve"), (225, 225, 225), (140, 140, 140)),
}

_ZONE_COLOURS: dict[str, tuple[str, tuple[int, int, int]]] = {
    ZoneType.RESIDENTIAL: (tr("Residential"), (240, 170, 60)),
    ZoneType.SOCIAL: (tr("Social and business"), (220, 80, 120)),
    ZoneType.COMMERCIAL: (tr("Commercial"), (160, 80, 200)),
    ZoneType.OTHER: (tr("Other"), (120, 150, 150)),
}


def _zones(alpha: int) -> dict[str | None, ClassStyle]:
    return {zone: ClassStyle(label, (*colour, alpha), (*colour, 255), 1.0)
            for zone, (label, colour) in _ZONE_COLOURS.items()}


PARCEL_BY_ZONE: dict[str | None, ClassStyle] = {
    **{zone: _solid(label, tuple(int(c + (255 - c) * 0.45) for c in colour), colour)  # type: ignore[arg-type]
       for zone, (label, colour) in _ZONE_COLOURS.items()},
    None: _solid(tr("No zone"), (230, 230, 230), (150, 150, 150)),
}

APPLICATION_COLOURS: dict[str, tuple[str, tuple[int, int, int]]] = {
    ApplicationStatus.RECEIVED: (tr("Received"), (30, 120, 220)),
    ApplicationStatus.ARCHITECTURE_CHECK: (tr("Architecture check"), (30, 120, 220)),
    ApplicationStatus.ALLOTMENT_SCHEME: (tr("Allotment scheme"), (30, 150, 200)),
    ApplicationStatus.APPROVALS: (tr("Approvals"), (30, 150, 200)),
    ApplicationStatus.APPLICANT_APPROVAL: (tr("Applicant approval"), (30, 170, 170)),
    ApplicationStatus.DECISION: (tr("Decision"), (200, 60, 200)),
    ApplicationStatus.APPROVED: (tr("Approved"), (20, 150, 60)),
    ApplicationStatus.REFUSED: (tr("Refused"), (200, 30, 30)),
    ApplicationStatus.CANCELLED: (tr("Cancelled"), (130, 130, 130)),
    ApplicationStatus.WITHDRAWN: (tr("Withdrawn"), (130, 130, 130)),
}

_NONE = ClassStyle(tr("Other"), (200, 200, 200, 255), (120, 120, 120, 255))


def default_layers() -> list[LayerStyle]:
    """Display layers, bottom to top."""
    return [
        LayerStyle("district", tr("District boundary"), "district", None, {},
                   ClassStyle(tr("District"), None, (90, 90, 90, 255), 2.0)),
        LayerStyle("water", tr("Water bodies"), "water_bodies", None, {},
                   ClassStyle(tr("Water"), WATER_FILL, WATER_OUTLINE)),
        LayerStyle("parcels", tr("Parcels"), "parcels", "status", PARCEL_BY_STATUS, _NONE, label_px=40,
                   classifications={"status": PARCEL_BY_STATUS, "category": PARCEL_BY_CATEGORY,
                                    "functional_zone": PARCEL_BY_ZONE}),
        LayerStyle("encumbrances", tr("Encumbrances"), "encumbrances", None, {},
                   ClassStyle(tr("Encumbrance"), (120, 60, 160, 50), (120, 60, 160, 255)), visible=False),
        LayerStyle("gp_zones", tr("General plan zones"), "plan_zones", "zone_type", _zones(36),
                   ClassStyle(tr("Zone without type"), (120, 120, 120, 36), (80, 80, 80, 255), 1.5), winding=True,
                   only=("plan_kind", (PlanKind.GENERAL_PLAN, PlanKind.DEVELOPMENT_SCHEME))),
        LayerStyle("dpp_zones", tr("DPP zones"), "plan_zones", "zone_type", _zones(44),
                   ClassStyle(tr("Zone without type"), (120, 120, 120, 44), (80, 80, 80, 255), 2.0), winding=True,
                   only=("plan_kind", (PlanKind.DPP,))),
        LayerStyle("red_lines", tr("Red lines"), "red_lines", None, {},
                   ClassStyle(tr("Red line"), None, (*RED_LINE, 255), 1.0), max_resolution=3.0),
        LayerStyle("settlements", tr("Settlement boundaries"), "settlements", None, {},
                   ClassStyle(tr("Settlement boundary"), None, (40, 40, 40, 255), 2.5)),
        LayerStyle("applications", tr("Requested plots"), "applications", "status",
                   {status: ClassStyle(label, (*colour, 70), (*colour, 255), 2.5)
                    for status, (label, colour) in APPLICATION_COLOURS.items()}, _NONE, label_px=60, label_dy=11),
    ]
