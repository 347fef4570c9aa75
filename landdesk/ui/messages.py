"""What the officer reads when something goes wrong: the error's own words in their language, or "internal
error" with the log file's path (HOUSE_STYLE §7)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.text import Text
from landdesk.ui.i18n import render, tr

if TYPE_CHECKING:
    from landdesk.domain.errors import LandDeskError


def error_text(error: LandDeskError) -> str:
    """"What happened" and "what to do", translated, with the error's parameters filled in."""
    params = tuple(error.params.items())
    return tr("{what}\n\nWhat to do: {todo}").format(what=render(Text(error.what, params)),
                                                     todo=render(Text(error.todo, params)))


def internal_error_text(error: BaseException, log_file: str = "") -> str:
    from landdesk.diagnostics import log_path

    return tr("Internal error: {error}\n\nLandDesk wrote the details to {log}. Nothing saved was lost; send that "
              "file to support.").format(error=repr(error), log=log_file or log_path())
