"""A request the registry will not carry out, as the JSON error every endpoint answers with."""

from __future__ import annotations

from typing import Any


class Refused(Exception):
    """A request the registry will not carry out: HTTP status, a code, what was wrong and what to do, and the
    facts behind it as `params`, so a client can say it in the officer's language."""

    def __init__(self, status: int, code: str, message: str, what_to_do: str, **params: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.what_to_do = status, code, message, what_to_do
        self.params = params

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.code, "message": self.message, "what_to_do": self.what_to_do}
        if self.params:
            body["params"] = self.params
        return body
