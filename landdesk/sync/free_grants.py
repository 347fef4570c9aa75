"""The once-in-a-lifetime free grant, confirmed at sync (issue 16; Art. 50 p.2, ground R-REPEAT-FREE).

A cache holds one district, so an application for a free grant is registered with its check "to confirm at
sync". Each sync asks the registry, which sees every district, for the approved free grants to the applicant's
IIN: none besides this application confirms it; another fails it, naming the earlier grant, and the pre-checks
then propose the refusal on R-REPEAT-FREE. A registry that cannot answer leaves the check waiting.
"""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

from landdesk.storage.intake import free_grants_to_confirm, record_free_grant_check
from landdesk.sync.client import SyncError

if TYPE_CHECKING:
    from landdesk.storage.connection import Cache
    from landdesk.sync.client import Registry, SyncReport


def confirm_free_grants(cache: Cache, registry: Registry, report: SyncReport) -> int:
    """Ask the registry for every check that waits; returns how many were settled."""
    settled = 0
    for uid, number, iin in free_grants_to_confirm(cache):
        try:
            answer = registry.get("/registry/free-grants?" + urllib.parse.urlencode({"iin": iin}))
        except SyncError as error:
            report.messages.append(f"The free-grant check of {number} waits: {error.what_happened()}")
            return settled
        earlier = [g for g in answer.get("grants", []) if g.get("uid") != uid]
        if earlier:
            first = earlier[0]
            note = f"{first.get('number')} ({first.get('district')})"     # the pre-check says it in the language
            record_free_grant_check(cache, uid, "FAILED", note, registry.user)
            report.messages.append(f"{number}: a plot was granted free before to this IIN, application {note} "
                                   "(R-REPEAT-FREE, Art. 50 p.2)")
        else:
            record_free_grant_check(cache, uid, "CONFIRMED", "", registry.user)
        settled += 1
    return settled
