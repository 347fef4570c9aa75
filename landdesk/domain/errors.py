"""Errors the officer can act on: a stable code plus parameters, never a ready-made sentence."""

from __future__ import annotations

from typing import ClassVar

from landdesk.domain.text import tr


class LandDeskError(Exception):
    """Something the officer can act on.

    `code` is stable; the UI maps it to a translated "what happened" / "what to do" pair that
    `params` fill. `str(err)` gives an English fallback for logs and the command line.
    """

    code: ClassVar[str] = "error.unknown"
    what: ClassVar[str] = "Something went wrong."
    todo: ClassVar[str] = "See the log file for details."

    def __init__(self, **params: object) -> None:
        super().__init__(self.code, params)
        self.params = params

    def what_happened(self) -> str:
        return self.what.format(**self.params)

    def what_to_do(self) -> str:
        return self.todo.format(**self.params)

    def __str__(self) -> str:
        return f"{self.what_happened()} {self.what_to_do()}"


class InvalidCadastralNumber(LandDeskError):
    code = "cadastral_number.invalid"
    what = tr("«{value}» is not a valid cadastral number: {reason}.")
    todo = tr("Enter it as RR-DDD-QQQ-NNN or RR-DDD-QQQ-NNNN (region, district, quarter, plot).")


class InvalidIin(LandDeskError):
    code = "iin.invalid"
    what = tr("«{value}» is not a valid IIN/BIN: {reason}.")
    todo = tr("Check the 12 digits against the applicant's identity document.")
