"""Which tables travel between a cache and the registry, and which of their columns stay on the device.

Shared by the cache's journal (storage), the sync client and the registry, so all three agree.
"""

from __future__ import annotations

# Parents before children: the order rows are applied in.
SYNCED_TABLES: tuple[str, ...] = (
    "settlements", "parcels", "encumbrances", "plans", "plan_zones", "red_lines", "water_bodies",
    "applications", "application_steps", "decisions",
)
# Never travel: the local rowid, identity and sync bookkeeping, the device's clock, the geometry (it travels
# as WKB on its own), and each cache's own hash chain over its decisions.
LOCAL_COLUMNS: frozenset[str] = frozenset({"fid", "uid", "row_version", "is_deleted", "updated_at", "geom"})
LOCAL_COLUMNS_BY_TABLE: dict[str, frozenset[str]] = {
    "decisions": LOCAL_COLUMNS | {"seq", "prev_hash", "content_hash"},
}
# Layers the registry serves to other GIS tools (OGC API – Features collection id → table).
PUBLISHED_LAYERS: dict[str, str] = {"parcels": "parcels", "plan_zones": "plan_zones", "red_lines": "red_lines"}
# Who may write what: a decision is taken only by an officer or the head of the land department.
DECIDING_ROLES = frozenset({"officer", "head"})
WRITING_ROLES = frozenset({"officer", "head", "architect"})
ROLES = ("officer", "head", "architect", "auditor", "portal")   # portal: the e-government portal, intake only
PLANNING_TABLES = frozenset({"plans", "plan_zones", "red_lines", "settlements", "water_bodies"})


def local_columns(table: str) -> frozenset[str]:
    return LOCAL_COLUMNS_BY_TABLE.get(table, LOCAL_COLUMNS)
