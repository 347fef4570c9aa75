"""The district a cache holds: its names, cadastral codes and projected CRS."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class District:
    uid: str
    name: str
    region_code: str        # cadastral RR (not KATO)
    district_code: str      # cadastral DDD
    srid: int               # EPSG code of the projected CRS all geometry is stored in
    crs_name: str
    name_kk: str | None = None
    name_ru: str | None = None
    kato: str | None = None

    @property
    def code(self) -> str:
        """The district's code in the registry: cadastral region and district, "19-245"."""
        return f"{self.region_code}-{self.district_code}"
