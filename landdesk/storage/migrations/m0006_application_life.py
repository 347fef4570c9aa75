"""Schema v6: what an application's whole life needs (issue 16).

Applications gain what intake records and the law checks: whether the grant is free (Art. 50 norms apply only
then), irrigated land (the 0.15 ha LPH norm), the applicant's citizenship, the settlement (the IZhS queue is kept
per settlement), the date of entry on the IZhS register, the documents attached, the lease term asked for, the
e-government portal's own id (intake is idempotent on it) and the once-in-a-lifetime free-grant check, which a
cache offline can only mark "to confirm at sync".

Decisions gain `details`: the content a decision's document needs beyond the chained fields (the signer's full
name and position, the motivation in the other language, the commission protocol and the land-management
project's approval for track A, the functional zone, the lease term, the contract deadline, the head's override).
It is part of the decision's hash when it is not empty, so every decision recorded before keeps its hash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.storage.sql import execute_script

if TYPE_CHECKING:
    import sqlite3

_SQL = """
ALTER TABLE applications ADD COLUMN free_grant INTEGER NOT NULL DEFAULT 0 CHECK (free_grant IN (0, 1));
ALTER TABLE applications ADD COLUMN irrigated INTEGER NOT NULL DEFAULT 0 CHECK (irrigated IN (0, 1));
ALTER TABLE applications ADD COLUMN applicant_citizen INTEGER NOT NULL DEFAULT 1 CHECK (applicant_citizen IN (0, 1));
ALTER TABLE applications ADD COLUMN settlement TEXT;
ALTER TABLE applications ADD COLUMN queue_entered_on TEXT;
ALTER TABLE applications ADD COLUMN documents TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents));
ALTER TABLE applications ADD COLUMN lease_years INTEGER;
ALTER TABLE applications ADD COLUMN portal_id TEXT;
ALTER TABLE applications ADD COLUMN free_grant_check TEXT
    CHECK (free_grant_check IS NULL OR free_grant_check IN ('TO_CONFIRM', 'CONFIRMED', 'FAILED'));
ALTER TABLE applications ADD COLUMN free_grant_note TEXT;
CREATE UNIQUE INDEX applications_portal_id ON applications (portal_id) WHERE portal_id IS NOT NULL;
CREATE INDEX applications_applicant ON applications (applicant_iin);
ALTER TABLE decisions ADD COLUMN details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details));
CREATE TRIGGER decisions_details_append_only BEFORE UPDATE OF details ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
"""


def apply(connection: sqlite3.Connection, _srid: int) -> None:
    execute_script(connection, _SQL)
