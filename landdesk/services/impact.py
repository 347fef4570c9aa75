"""The impact of a plan correction: the pre-checks of the pending applications, before and after the change,
and which results changed ("application 2026-0113: zone permits purpose now passes")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from landdesk.domain.labels import label
from landdesk.domain.text import Text, text, tr
from landdesk.services.prechecks import run_prechecks

if TYPE_CHECKING:
    from collections.abc import Callable

    from landdesk.storage.connection import Cache

T = TypeVar("T")


@dataclass(frozen=True)
class ImpactRow:
    number: str
    check: str
    before: str          # outcome before the change, or "—" when the check did not run
    after: str
    explanation: Text    # the new explanation

    def sentence(self) -> Text:
        return text(tr("application {number}: {check} is now {after} (was {before})"), number=self.number,
                    check=label(self.check), after=label(self.after), before=label(self.before))


def _outcomes(cache: Cache) -> dict[tuple[str, str], tuple[str, Text]]:
    return {(a.number, str(r.check)): (str(r.outcome), r.explanation)
            for a in run_prechecks(cache) for r in a.results}


def with_impact(cache: Cache, change: Callable[[Cache], T]) -> tuple[T, list[ImpactRow]]:
    """Run `change` (an import, a plan edit) and report every pending application's check whose result changed.
    The pre-checks see the change at once: their picture of the district is keyed by the layers' generations."""
    before = _outcomes(cache)
    result = change(cache)
    after = _outcomes(cache)
    was = {key: outcome for key, (outcome, _explanation) in before.items()}
    rows = [ImpactRow(number, check, was.get(key, "—"), outcome, explanation)
            for key, (outcome, explanation) in sorted(after.items(), key=lambda item: item[0])
            for number, check in (key,) if was.get(key, "—") != outcome]
    return result, rows
