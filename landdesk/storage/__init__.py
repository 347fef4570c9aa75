"""The only SQL in LandDesk: the SpatiaLite cache, its schema, migrations and queries."""

from landdesk.storage.connection import Cache, create_cache, open_cache

__all__ = ["Cache", "create_cache", "open_cache"]
