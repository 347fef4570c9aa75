"""The district row of a cache and a summary of what the cache holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from landdesk.domain.district import District
from landdesk.domain.text import Text, tr
from landdesk.spatialite import extension_path
from landdesk.storage.errors import CacheCorrupt

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache

COUNTED_TABLES = ("district", "settlements", "parcels", "encumbrances", "plans", "plan_zones", "red_lines",
                  "water_bodies", "applications", "application_steps", "decisions", "audit_log", "cadastral_codes")


@dataclass(frozen=True, slots=True)
class CacheInfo:
    path: str
    district: District
    schema_version: int
    created_by: str | None
    counts: dict[str, int]
    extent: tuple[float, float, float, float] | None
    spatialite: str = ""        # SpatiaLite's version and the library it was loaded from


def cache_district_uid(cache: Cache) -> str:
    with cache.reading() as connection:
        return str(connection.execute("SELECT uid FROM district WHERE is_deleted = 0 LIMIT 1").fetchone()[0])


def load_district(cache: Cache) -> District:
    with cache.reading() as connection:
        row = connection.execute(
            "SELECT uid, name, region_code, district_code, srid, crs_name, name_kk, name_ru, kato "
            "FROM district WHERE is_deleted = 0 LIMIT 1"
        ).fetchone()
    return District(*row)


def check_integrity(cache: Cache) -> None:
    """SQLite's quick_check over every page (seconds for a large district), raising CacheCorrupt on damage."""
    with cache.reading() as connection:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        raise CacheCorrupt(path=str(cache.path), reason="; ".join(problems))


def cache_problems(cache: Cache) -> tuple[Text, ...]:
    """What `quick_check` and SpatiaLite's `CheckSpatialIndex` find wrong (nothing: an empty tuple); the check
    after an unclean shutdown."""
    with cache.reading() as connection:
        problems = [str(r[0]) for r in connection.execute("PRAGMA quick_check(5)")]
        broken = [str(r[0]) for r in connection.execute(
            "SELECT f_table_name FROM geometry_columns WHERE spatial_index_enabled = 1 AND "
            "CheckSpatialIndex(f_table_name, f_geometry_column) = 0")]
    found = [Text(p) for p in problems if p != "ok"]          # SQLite's own words
    found += [Text(tr("the spatial index of {table} does not match its rows"), (("table", table),))
              for table in broken]
    return tuple(found)


def cache_info(cache: Cache) -> CacheInfo:
    """Everything `landdesk info` prints."""
    with cache.reading() as connection:
        counts = {t: int(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in COUNTED_TABLES}
        created = connection.execute("SELECT value FROM cache_meta WHERE key = 'created_by'").fetchone()
        extent_row = connection.execute(
            "SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM district LIMIT 1"
        ).fetchone()
        version = connection.execute("SELECT spatialite_version()").fetchone()[0]
    extent = None
    if extent_row and extent_row[0] is not None:
        extent = (extent_row[0], extent_row[1], extent_row[2], extent_row[3])
    return CacheInfo(str(cache.path), load_district(cache), cache.schema_version,
                     created[0] if created else None, counts, extent, f"{version} ({extension_path()})")

