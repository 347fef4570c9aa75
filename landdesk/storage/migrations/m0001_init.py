"""Schema v1 (DOMAIN.md §9): every table has a local `fid` for SpatiaLite and QGIS and a stable UUID `uid`.

Synced tables carry `row_version` (the registry revision the row is based on; NULL = born here and
not yet pushed), `is_deleted` (tombstones: synced rows are never hard-deleted) and `updated_at`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from landdesk.domain.application import (
    ApplicationStatus,
    BuiltFor,
    DecisionKind,
    Party,
    ProcedureTrack,
    StepState,
)
from landdesk.domain.land import EncumbranceKind, LandCategory, ParcelStatus, Purpose, RightType
from landdesk.domain.planning import PlanKind, PlanStatus, ZoneSubtype, ZoneType
from landdesk.storage.sql import execute_script

if TYPE_CHECKING:
    import sqlite3
    from enum import StrEnum

SYNC_COLUMNS = """
    row_version INTEGER,
    is_deleted INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
    updated_at TEXT NOT NULL"""


def _in(enum: type[StrEnum]) -> str:
    return "(" + ", ".join(f"'{member.value}'" for member in enum) + ")"


def _tables() -> str:
    return f"""
CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE district (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_kk TEXT, name_ru TEXT,
    region_code TEXT NOT NULL CHECK (length(region_code) = 2),
    district_code TEXT NOT NULL CHECK (length(district_code) = 3),
    kato TEXT,
    srid INTEGER NOT NULL,
    crs_name TEXT NOT NULL,{SYNC_COLUMNS}
);

CREATE TABLE settlements (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('CITY', 'TOWN', 'VILLAGE')),
    population INTEGER,
    track TEXT NOT NULL CHECK (track IN {_in(ProcedureTrack)}),
    boundary_act TEXT,{SYNC_COLUMNS}
);

CREATE TABLE parcels (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    cadastral_number TEXT NOT NULL UNIQUE,
    region_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    quarter_code TEXT NOT NULL,
    plot_no TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN {_in(LandCategory)}),
    purpose TEXT NOT NULL CHECK (purpose IN {_in(Purpose)}),
    purpose_text TEXT,
    functional_zone TEXT CHECK (functional_zone IS NULL OR functional_zone IN {_in(ZoneType)}),
    right_type TEXT NOT NULL CHECK (right_type IN {_in(RightType)}),
    right_term_years INTEGER,
    right_holder TEXT,
    holder_iin TEXT,
    divisible INTEGER NOT NULL DEFAULT 1 CHECK (divisible IN (0, 1)),
    area_official_m2 REAL,
    area_computed_m2 REAL,
    address TEXT,
    status TEXT NOT NULL CHECK (status IN {_in(ParcelStatus)}),
    registered_on TEXT,{SYNC_COLUMNS}
);
CREATE INDEX parcels_quarter ON parcels (region_code, district_code, quarter_code);
CREATE INDEX parcels_status ON parcels (status);

CREATE TABLE encumbrances (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    parcel_uid TEXT NOT NULL REFERENCES parcels (uid) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN {_in(EncumbranceKind)}),
    description TEXT NOT NULL,
    beneficiary TEXT,
    legal_basis TEXT,
    starts_on TEXT,
    ends_on TEXT,{SYNC_COLUMNS}
);
CREATE INDEX encumbrances_parcel ON encumbrances (parcel_uid);

CREATE TABLE plans (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN {_in(PlanKind)}),
    name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN {_in(PlanStatus)}),
    approval_act_number TEXT,
    approval_act_date TEXT,
    approved_by TEXT,
    valid_until TEXT,
    settlement_uid TEXT REFERENCES settlements (uid) DEFERRABLE INITIALLY DEFERRED,{SYNC_COLUMNS}
);

CREATE TABLE plan_zones (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    plan_uid TEXT NOT NULL REFERENCES plans (uid) DEFERRABLE INITIALLY DEFERRED,
    zone_code TEXT,
    name TEXT,
    zone_type TEXT CHECK (zone_type IS NULL OR zone_type IN {_in(ZoneType)}),
    zone_subtype TEXT CHECK (zone_subtype IS NULL OR zone_subtype IN {_in(ZoneSubtype)}),
    permitted_purposes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(permitted_purposes)),{SYNC_COLUMNS}
);
CREATE INDEX plan_zones_plan ON plan_zones (plan_uid);

CREATE TABLE red_lines (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    plan_uid TEXT REFERENCES plans (uid) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL DEFAULT 'RED' CHECK (kind IN ('RED', 'BUILDING', 'YELLOW')),
    street TEXT,{SYNC_COLUMNS}
);

CREATE TABLE water_bodies (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('RIVER', 'LAKE', 'RESERVOIR', 'CANAL')),
    protection_zone_set INTEGER NOT NULL DEFAULT 0 CHECK (protection_zone_set IN (0, 1)),
    protection_zone_width_m REAL,
    protection_act TEXT,{SYNC_COLUMNS}
);

CREATE TABLE applications (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL UNIQUE,
    track TEXT NOT NULL CHECK (track IN {_in(ProcedureTrack)}),
    applicant_name TEXT NOT NULL,
    applicant_iin TEXT NOT NULL,
    applicant_kind TEXT NOT NULL CHECK (applicant_kind IN ('PERSON', 'ENTITY')),
    requested_purpose TEXT NOT NULL CHECK (requested_purpose IN {_in(Purpose)}),
    requested_right TEXT NOT NULL CHECK (requested_right IN {_in(RightType)}),
    requested_area_m2 REAL NOT NULL,
    has_other_plot INTEGER NOT NULL DEFAULT 0,
    queue_number TEXT,
    location_text TEXT,
    parcel_uid TEXT REFERENCES parcels (uid) DEFERRABLE INITIALLY DEFERRED,
    received_on TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN {_in(ApplicationStatus)}),
    assigned_officer TEXT,
    built_for TEXT CHECK (built_for IS NULL OR built_for IN {_in(BuiltFor)}),
    built_for_note TEXT,{SYNC_COLUMNS}
);
CREATE INDEX applications_status ON applications (status);

CREATE TABLE application_steps (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    application_uid TEXT NOT NULL REFERENCES applications (uid) DEFERRABLE INITIALLY DEFERRED,
    seq INTEGER NOT NULL,
    step_code TEXT NOT NULL,
    title TEXT NOT NULL,
    party TEXT NOT NULL CHECK (party IN {_in(Party)}),
    body_name TEXT,
    started_on TEXT,
    due_on TEXT,
    completed_on TEXT,
    state TEXT NOT NULL CHECK (state IN {_in(StepState)}),
    note TEXT,{SYNC_COLUMNS},
    UNIQUE (application_uid, seq)
);

-- Append-only and hash-chained: content columns can never change, rows can never go.
CREATE TABLE decisions (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    seq INTEGER NOT NULL UNIQUE,
    application_uid TEXT NOT NULL REFERENCES applications (uid) DEFERRABLE INITIALLY DEFERRED,
    kind TEXT NOT NULL CHECK (kind IN {_in(DecisionKind)}),
    decided_on TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    officer TEXT NOT NULL,
    act_number TEXT,
    grounds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(grounds)),
    motivation TEXT,
    override_reason TEXT,
    prev_hash TEXT NOT NULL,
    content_hash TEXT NOT NULL,{SYNC_COLUMNS}
);
CREATE TRIGGER decisions_append_only_update
BEFORE UPDATE OF uid, seq, application_uid, kind, decided_on, decided_at, officer, act_number, grounds,
    motivation, override_reason, prev_hash, content_hash ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;

CREATE TABLE audit_log (
    fid INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_uid TEXT,
    details TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(details))
);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Cadastral region/district codes: the official list was not found (DOMAIN.md §1.2), so akimats
-- load their own; `verified` says whether a row came from an official source.
CREATE TABLE cadastral_codes (
    region_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_kk TEXT,
    verified INTEGER NOT NULL DEFAULT 0,
    source TEXT,
    PRIMARY KEY (region_code, district_code)
);
"""


# (table, geometry column, geometry type): registered with AddGeometryColumn and spatially indexed.
GEOMETRY_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("district", "geom", "MULTIPOLYGON"),
    ("settlements", "geom", "MULTIPOLYGON"),
    ("parcels", "geom", "MULTIPOLYGON"),
    ("encumbrances", "geom", "MULTIPOLYGON"),
    ("plans", "geom", "MULTIPOLYGON"),
    ("plan_zones", "geom", "MULTIPOLYGON"),
    ("red_lines", "geom", "LINESTRING"),
    ("water_bodies", "geom", "MULTIPOLYGON"),
    ("applications", "geom", "MULTIPOLYGON"),
)


def apply(connection: sqlite3.Connection, srid: int) -> None:
    execute_script(connection, _tables())
    for table, column, geometry_type in GEOMETRY_COLUMNS:
        added = connection.execute(
            "SELECT AddGeometryColumn(?, ?, ?, ?, 'XY')", (table, column, srid, geometry_type)
        ).fetchone()[0]
        indexed = connection.execute("SELECT CreateSpatialIndex(?, ?)", (table, column)).fetchone()[0]
        if added != 1 or indexed != 1:
            raise RuntimeError(f"SpatiaLite refused the geometry column {table}.{column}")
    connection.execute("INSERT INTO cache_meta (key, value) VALUES ('srid', ?)", (str(srid),))
