"""The procedures of the tracks, read from `resources/procedures/` (data an akimat can correct)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from landdesk.domain.procedures import Procedure, procedure_from_data
from landdesk.resources import resource_path

if TYPE_CHECKING:
    from landdesk.domain.application import ProcedureTrack


@lru_cache(maxsize=8)
def procedure(track: ProcedureTrack) -> Procedure:
    path = resource_path("procedures", f"{track.value}.json")
    return procedure_from_data(track.value, json.loads(path.read_text(encoding="utf-8")))
