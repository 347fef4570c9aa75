"""The default backend: one SpatiaLite file, loaded the way the officer's cache loads it (`landdesk.spatialite`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from landdesk.registry.store import Store
from landdesk.spatialite import load_spatialite


class SpatialiteStore(Store):
    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.url = str(self.path)

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        load_spatialite(connection)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA busy_timeout = 30000")
        return connection

    def _begin(self, connection: Any) -> None:
        connection.execute("BEGIN IMMEDIATE")

    def _create_geometry(self, connection: Any) -> None:
        if connection.execute("SELECT count(*) FROM geometry_columns WHERE f_table_name = 'features'").fetchone()[0]:
            return
        connection.execute("SELECT AddGeometryColumn('features', 'geom_wgs84', 4326, 'GEOMETRY', 'XY')")
        connection.execute("SELECT CreateSpatialIndex('features', 'geom_wgs84')")

    def prepare(self) -> None:
        connection = self.connection()
        if not connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'spatial_ref_sys'").fetchone()[0]:
            connection.execute("SELECT InitSpatialMetadata(1)")

    def _geom_from_wkb(self) -> str:
        return "GeomFromWKB(?, 4326)"

    def _as_wkb(self) -> str:
        return "AsBinary(geom_wgs84)"

    def _json_text(self, field: str) -> str:
        return f"CAST(json_extract(attrs, '$.{field}') AS TEXT)"

    def _bbox_filter(self) -> str:
        return ("fid IN (SELECT pkid FROM idx_features_geom_wgs84 WHERE xmax >= ? AND ymax >= ? AND xmin <= ? "
                "AND ymin <= ?)")
