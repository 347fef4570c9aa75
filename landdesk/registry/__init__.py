"""The central registry, a separate program (ASGI app + SpatiaLite/PostGIS backends)."""
