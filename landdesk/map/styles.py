"""How each layer and state is drawn: fill and outline colours."""

from __future__ import annotations

from landdesk.domain.land import ParcelStatus

# (fill RGBA, outline RGB)
PARCEL_STATUS_STYLE: dict[str, tuple[tuple[int, int, int, int], tuple[int, int, int]]] = {
    ParcelStatus.REGISTERED: ((236, 226, 198, 255), (120, 110, 90)),
    ParcelStatus.FREE: ((170, 220, 160, 255), (60, 130, 60)),
    ParcelStatus.RESERVED: ((200, 190, 240, 255), (100, 90, 160)),
    ParcelStatus.UNDER_APPLICATION: ((250, 200, 120, 255), (190, 120, 20)),
    ParcelStatus.SEIZED: ((230, 150, 150, 255), (160, 60, 60)),
    ParcelStatus.RETIRED: ((210, 210, 210, 255), (150, 150, 150)),
}
BACKGROUND = (248, 248, 244)
RED_LINE = (220, 30, 30)
WATER_FILL = (150, 200, 240, 255)
WATER_OUTLINE = (60, 120, 190)
SETTLEMENT_OUTLINE = (40, 40, 40)
