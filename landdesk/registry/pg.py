"""The production backend: PostgreSQL + PostGIS through psycopg 3."""

from __future__ import annotations

from typing import Any

import psycopg

from landdesk.registry.store import Store


class PostgisStore(Store):
    placeholder = "%s"
    serial = "BIGSERIAL"
    blob = "BYTEA"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def _connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url, autocommit=True)

    def _begin(self, connection: Any) -> None:
        connection.execute("BEGIN")

    def _create_geometry(self, connection: Any) -> None:
        connection.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        connection.execute("ALTER TABLE features ADD COLUMN IF NOT EXISTS geom_wgs84 geometry(Geometry, 4326)")
        connection.execute("CREATE INDEX IF NOT EXISTS features_geom_wgs84 ON features USING gist (geom_wgs84)")

    def _geom_from_wkb(self) -> str:
        return "ST_GeomFromWKB(%s, 4326)"

    def _as_wkb(self) -> str:
        return "ST_AsBinary(geom_wgs84)"

    def _json_text(self, field: str) -> str:
        return f"(attrs::jsonb ->> '{field}')"

    def _bbox_filter(self) -> str:
        return "geom_wgs84 && ST_MakeEnvelope(%s, %s, %s, %s, 4326)"

    def sql(self, text: str) -> str:
        # `?` placeholders of the shared SQL become psycopg's; the backend's own fragments already use %s
        return text.replace("?", "%s")
