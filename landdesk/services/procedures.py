"""The procedures of the tracks, for the use cases: read by `landdesk.rules.procedures` (the registry reads them
there too)."""

from __future__ import annotations

from landdesk.rules.procedures import procedure

__all__ = ["procedure"]
