"""`landdesk lists`: the lists the Land Code requires the akimat to publish (Art. 44 p.6, Art. 43 p.14)."""

from __future__ import annotations

from typing import Any


def add_commands(commands: Any) -> None:
    """Filled in by the IZhS queue work of issue 16."""
    del commands
