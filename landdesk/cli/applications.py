"""`landdesk lodge | application | step | decide | cancel`: an application's life from the command line (issue 16).

Exit codes: 0 done, 2 bad input (a field named), 3 the procedure does not allow the action yet (nothing changed;
the sentence names what it still waits for).
"""

from __future__ import annotations

from typing import Any

EXIT_NOT_ALLOWED = 3


def add_commands(commands: Any) -> None:
    """Filled in by the procedure work of issue 16."""
    del commands
