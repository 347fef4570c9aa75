"""The once-in-a-lifetime free grant (Art. 50 p.2), asked of the registry by IIN (issue 16): a cache holds one
district, the registry every district, so only it can say whether the applicant was granted a plot free before.

`GET /registry/free-grants?iin=…` answers with the approved free grants to that IIN in any district; the
desk's sync asks it for each application whose check it marked "to confirm at sync".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from landdesk.domain.errors import InvalidIin
from landdesk.domain.iin import validate_iin_bin
from landdesk.registry.refused import Refused

if TYPE_CHECKING:
    from landdesk.registry.store import Store, User

ASKING_ROLES = frozenset({"officer", "head"})


def free_grants(store: Store, user: User, iin: str) -> dict[str, Any]:
    if user.role not in ASKING_ROLES:
        raise Refused(403, "cannot_ask_free_grants", f"The role {user.role} does not check applicants' free grants.",
                      "An officer's sync asks this for the applications it registers.")
    try:
        digits = validate_iin_bin(iin)
    except InvalidIin as error:
        raise Refused(400, "bad_iin", f"«{iin[:20]}» is not a valid IIN or BIN.", "Send the applicant's 12 digits.",
                      value=iin[:20]) from error
    grants = []
    for uid, district, attrs, _wkb in store.find_rows(None, "applications", "applicant_iin", digits):
        if attrs.get("free_grant") in (1, True) and attrs.get("status") == "APPROVED":
            grants.append({"uid": uid, "district": district, "number": attrs.get("number"),
                           "purpose": attrs.get("requested_purpose"), "received_on": attrs.get("received_on")})
    return {"iin": digits, "grants": grants}
