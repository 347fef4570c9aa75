"""What a row of a synced table may hold: one set of rules for the desktop and the registry (issue 15).

Each synced table's columns with their kind (text, integer, real, flag, JSON), whether they are required, the
values a coded column allows, and the formats of cadastral numbers and IINs; the geometry the table holds
(type, two dimensions, finite coordinates, a vertex limit, within reach of the district). The desktop checks a
row when an operation writes it and when an import brings it; the registry checks every row of a changeset
before it applies any; a pulled row is checked before the cache stores it. The same rules in all three
places, so a row the registry would refuse never waits in an officer's outbox, and a row a cache cannot store
never reaches the registry.

`tests/storage/test_row_rules.py` holds these tables against the cache's own schema, so they cannot drift.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import shapely

from landdesk.domain.application import (
    ApplicationStatus,
    BuiltFor,
    DecisionKind,
    Party,
    ProcedureTrack,
    StepState,
)
from landdesk.domain.cadastral_number import is_valid_cadastral_number
from landdesk.domain.iin import is_valid_iin_bin
from landdesk.domain.land import EncumbranceKind, LandCategory, ParcelStatus, Purpose, RightType
from landdesk.domain.planning import PlanKind, PlanStatus, ZoneSubtype, ZoneType
from landdesk.domain.text import Text, tr

if TYPE_CHECKING:
    from collections.abc import Mapping
    from enum import StrEnum

Kind = Literal["text", "integer", "real", "flag", "json"]
Format = Literal["cadastral_number", "iin"]

MAX_TEXT = 20_000            # characters in one text value
MAX_WKB = 4_000_000          # bytes of one geometry
MAX_VERTICES = 100_000       # points of one geometry: a surveyed parcel has tens, a large zone thousands
REACH_M = 100_000.0          # how far outside the district's bounds a feature may lie (a wrong CRS lies far)
MAX_NESTING = 16             # collections within collections in one WKB (GEOS reads them by recursion)


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    required: bool = False                     # NOT NULL with no default: the row must give it
    nullable: bool = True                      # False: NOT NULL with a default (absent is fine, null is not)
    choices: frozenset[str] | None = None
    format: Format | None = None


@dataclass(frozen=True, slots=True)
class TableRules:
    name: str
    columns: tuple[Column, ...]
    geometry: Literal["MULTIPOLYGON", "LINESTRING"] | None = "MULTIPOLYGON"
    geometry_required: bool = False
    valid_geometry: bool = False               # must be valid (OGC): registered legal boundaries
    in_district: bool = True                   # must lie within reach of the district (not requested plots:
                                               # their wrong coordinates are what the pre-checks explain)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong with a row: the field (or "geom"), a stable code and a sentence with its facts."""
    tbl: str
    uid: str
    field: str
    code: str
    text: Text

    def __str__(self) -> str:
        return f"{self.tbl} {self.uid}, {self.field}: {self.text}"

    def params(self) -> dict[str, str]:
        return {"tbl": self.tbl, "uid": self.uid, "field": self.field, "problem": self.code,
                "detail": str(self.text)}


def _in(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


def _t(name: str, **kw: Any) -> Column:
    return Column(name, "text", **kw)


def _r(name: str, **kw: Any) -> Column:
    return Column(name, "real", **kw)


def _i(name: str, **kw: Any) -> Column:
    return Column(name, "integer", **kw)


def _f(name: str, **kw: Any) -> Column:
    return Column(name, "flag", **kw)


TABLES: dict[str, TableRules] = {rules.name: rules for rules in (
    TableRules("settlements", (
        _t("name", required=True), _t("kind", required=True, choices=frozenset({"CITY", "TOWN", "VILLAGE"})),
        _i("population"), _t("track", required=True, choices=_in(ProcedureTrack)), _t("boundary_act"))),
    TableRules("parcels", (
        _t("cadastral_number", required=True, format="cadastral_number"), _t("region_code", required=True),
        _t("district_code", required=True), _t("quarter_code", required=True), _t("plot_no", required=True),
        _t("category", required=True, choices=_in(LandCategory)), _t("purpose", required=True, choices=_in(Purpose)),
        _t("purpose_text"), _t("functional_zone", choices=_in(ZoneType)),
        _t("right_type", required=True, choices=_in(RightType)), _i("right_term_years"), _t("right_holder"),
        _t("holder_iin", format="iin"), _f("divisible", nullable=False), _r("area_official_m2"), _r("area_computed_m2"),
        _t("address"), _t("status", required=True, choices=_in(ParcelStatus)), _t("registered_on")),
        geometry_required=True, valid_geometry=True),
    TableRules("encumbrances", (
        _t("parcel_uid", required=True), _t("kind", required=True, choices=_in(EncumbranceKind)),
        _t("description", required=True), _t("beneficiary"), _t("legal_basis"), _t("starts_on"), _t("ends_on"))),
    TableRules("plans", (
        _t("kind", required=True, choices=_in(PlanKind)), _t("name", required=True),
        _t("status", required=True, choices=_in(PlanStatus)), _t("approval_act_number"), _t("approval_act_date"),
        _t("approved_by"), _t("valid_until"), _t("settlement_uid"))),
    TableRules("plan_zones", (
        _t("plan_uid", required=True), _t("zone_code"), _t("name"), _t("zone_type", choices=_in(ZoneType)),
        _t("zone_subtype", choices=_in(ZoneSubtype)), Column("permitted_purposes", "json", nullable=False))),
    TableRules("red_lines", (
        _t("plan_uid"), _t("kind", nullable=False, choices=frozenset({"RED", "BUILDING", "YELLOW"})), _t("street")),
        geometry="LINESTRING"),
    TableRules("water_bodies", (
        _t("name", required=True), _t("kind", required=True, choices=frozenset({"RIVER", "LAKE", "RESERVOIR",
                                                                                "CANAL"})),
        _f("protection_zone_set", nullable=False), _r("protection_zone_width_m"), _t("protection_act"))),
    TableRules("applications", (
        _t("number", required=True), _t("track", required=True, choices=_in(ProcedureTrack)),
        _t("applicant_name", required=True), _t("applicant_iin", required=True, format="iin"),
        _t("applicant_kind", required=True, choices=frozenset({"PERSON", "ENTITY"})),
        _t("requested_purpose", required=True, choices=_in(Purpose)),
        _t("requested_right", required=True, choices=_in(RightType)), _r("requested_area_m2", required=True),
        _f("has_other_plot", nullable=False), _t("queue_number"), _t("location_text"), _t("parcel_uid"),
        _t("received_on", required=True), _t("due_on"), _t("status", required=True, choices=_in(ApplicationStatus)),
        _t("assigned_officer"), _t("built_for", choices=_in(BuiltFor)), _t("built_for_note"),
        _f("free_grant", nullable=False), _f("irrigated", nullable=False), _f("applicant_citizen", nullable=False),
        _t("settlement"), _t("queue_entered_on"), Column("documents", "json", nullable=False), _i("lease_years"),
        _t("portal_id"), _t("free_grant_check", choices=frozenset({"TO_CONFIRM", "CONFIRMED", "FAILED"})),
        _t("free_grant_note")),
        in_district=False),
    TableRules("application_steps", (
        _t("application_uid", required=True), _i("seq", required=True), _t("step_code", required=True),
        _t("title", required=True), _t("party", required=True, choices=_in(Party)), _t("body_name"),
        _t("started_on"), _t("due_on"), _t("completed_on"), _t("state", required=True, choices=_in(StepState)),
        _t("note")), geometry=None),
    TableRules("decisions", (
        _t("application_uid", required=True), _t("kind", required=True, choices=_in(DecisionKind)),
        _t("decided_on", required=True), _t("decided_at", required=True), _t("officer", required=True),
        _t("act_number"), Column("grounds", "json", nullable=False), _t("motivation"), _t("override_reason"),
        Column("details", "json", nullable=False)),
        geometry=None),
)}


def finite(value: Any) -> bool:
    """Not NaN and not ±Infinity (a number JSON, SQLite's JSON and PostgreSQL cannot all hold)."""
    return not isinstance(value, float) or math.isfinite(value)


def unknown_fields(tbl: str, names: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    rules = TABLES.get(tbl)
    known = {c.name for c in rules.columns} if rules else set()
    return sorted(n for n in names if n not in known)


def value_problem(column: Column, value: Any) -> Text | None:
    """Why `value` cannot be this column's, or None."""
    if value is None:
        return Text(tr("it is required")) if column.required else None
    if column.kind == "real":
        if isinstance(value, bool) or not isinstance(value, int | float):
            return Text(tr("it must be a number"))
        if not finite(value):
            return Text(tr("it must be a finite number, not {value}"), (("value", str(value)),))
        if isinstance(value, int) and abs(value) >= 2**63:         # no SQLite or PostgreSQL number holds it
            return Text(tr("the number is too large"))
        return None
    if column.kind in ("integer", "flag"):
        if isinstance(value, bool) and column.kind == "flag":
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            return Text(tr("it must be a whole number"))
        if column.kind == "flag" and value not in (0, 1):
            return Text(tr("it must be 0 or 1"))
        if abs(value) >= 2**63:
            return Text(tr("the number is too large"))
        return None
    if not isinstance(value, str):
        return Text(tr("it must be text"))
    if len(value) > MAX_TEXT:
        return Text(tr("it is longer than {limit} characters"), (("limit", MAX_TEXT),))
    if column.kind == "json":
        try:
            json.loads(value, parse_constant=_refuse_constant)
        except (ValueError, RecursionError):
            return Text(tr("it must be a JSON list"))
        return None
    if column.choices is not None and value not in column.choices:
        return Text(tr("«{value}» is not one of the allowed codes"), (("value", value[:80]),))
    if column.format == "cadastral_number" and not is_valid_cadastral_number(value):
        return Text(tr("«{value}» is not a cadastral number RR-DDD-QQQ-NNN"), (("value", value[:80]),))
    if column.format == "iin" and not is_valid_iin_bin(value):
        return Text(tr("«{value}» is not a valid IIN/BIN"), (("value", value[:80]),))
    return None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON can hold")


def geometry_problem(rules: TableRules, wkb: bytes | None,
                     extent: tuple[float, float, float, float] | None = None) -> Text | None:
    """Why this WKB cannot be the table's geometry, or None. `extent`: the district's bounds in its CRS."""
    if rules.geometry is None:
        return None if wkb is None else Text(tr("this table holds no geometry"))
    if wkb is None:
        return Text(tr("a boundary is required")) if rules.geometry_required else None
    if len(wkb) > MAX_WKB:
        return Text(tr("the geometry is larger than {limit} bytes"), (("limit", MAX_WKB),))
    try:
        if not _nesting_within(wkb, MAX_NESTING):
            raise ValueError("collections nest too deeply")
        geometry = shapely.from_wkb(wkb)
    except (shapely.errors.GEOSException, ValueError, TypeError, NotImplementedError):     # curves: not implemented
        return Text(tr("the geometry cannot be read (it is not WKB)"))
    if geometry is None or geometry.is_empty:
        return Text(tr("the geometry is empty")) if rules.geometry_required else None
    wanted = ("Polygon", "MultiPolygon") if rules.geometry == "MULTIPOLYGON" else ("LineString",)
    if geometry.geom_type not in wanted:
        return Text(tr("it is a {found}, this layer holds {wanted}"),
                    (("found", geometry.geom_type), ("wanted", " / ".join(wanted))))
    if shapely.has_z(geometry) or shapely.has_m(geometry):
        return Text(tr("it has heights (Z or M); LandDesk keeps plan coordinates only"))
    vertices = int(shapely.get_num_coordinates(geometry))
    if vertices > MAX_VERTICES:
        return Text(tr("it has {count} vertices, more than the limit of {limit}"),
                    (("count", vertices), ("limit", MAX_VERTICES)))
    coordinates = shapely.get_coordinates(geometry)
    if not bool(np.isfinite(coordinates).all()):
        return Text(tr("it has coordinates that are not finite numbers"))
    if rules.valid_geometry and not geometry.is_valid:
        return Text(tr("the boundary is not valid ({reason})"), (("reason", shapely.is_valid_reason(geometry)),))
    if extent is not None and rules.in_district:
        minx, miny, maxx, maxy = shapely.bounds(geometry)
        if (minx < extent[0] - REACH_M or maxx > extent[2] + REACH_M or miny < extent[1] - REACH_M
                or maxy > extent[3] + REACH_M):
            return Text(tr("it lies {distance} km from the district: the coordinates are not in the district's "
                           "CRS"), (("distance", round(_distance(extent, (minx, miny, maxx, maxy)) / 1000)),))
    return None


def _nesting_within(wkb: bytes, limit: int) -> bool:
    """False when the WKB's collections nest more than `limit` deep. GEOS reads a nested collection by recursion,
    so a few hundred thousand collections one inside the other (a megabyte) overflow its stack and end the
    process; this walks the headers without recursion first. Anything it cannot follow (a truncated buffer, a
    type no table holds) GEOS refuses by itself at no greater depth than this walk reached."""
    pos, left = 0, [1]                     # geometries still to read at each open level
    try:
        while left:
            if left[-1] == 0:
                left.pop()
                continue
            left[-1] -= 1
            order = "<" if wkb[pos] == 1 else ">"
            (code,) = struct.unpack_from(order + "I", wkb, pos + 1)
            pos += 5 + (4 if code & 0x20000000 else 0)         # EWKB: an SRID follows
            iso = code & 0x0FFFFFFF
            dims = 2 + (iso // 1000 in (1, 3) or bool(code & 0x80000000)) + (iso // 1000 in (2, 3) or
                                                                              bool(code & 0x40000000))
            kind = iso % 1000
            if kind in (4, 5, 6, 7):
                if len(left) > limit:
                    return False
                (count,) = struct.unpack_from(order + "I", wkb, pos)
                pos += 4
                left.append(count)
            elif kind == 1:
                pos += 8 * dims
            elif kind == 2:
                (count,) = struct.unpack_from(order + "I", wkb, pos)
                pos += 4 + 8 * dims * count
            elif kind == 3:
                (rings,) = struct.unpack_from(order + "I", wkb, pos)
                pos += 4
                for _ring in range(rings):
                    (count,) = struct.unpack_from(order + "I", wkb, pos)
                    pos += 4 + 8 * dims * count
            else:
                return True
            if pos > len(wkb):
                return True
    except (IndexError, struct.error):
        return True
    return True


def _distance(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    dx = max(a[0] - b[2], b[0] - a[2], 0.0)
    dy = max(a[1] - b[3], b[1] - a[3], 0.0)
    return math.hypot(dx, dy)


def row_problems(tbl: str, uid: str, attrs: Mapping[str, Any], wkb: bytes | None, *, check_geometry: bool = True,
                 extent: tuple[float, float, float, float] | None = None) -> list[RowProblem]:
    """Everything wrong with a whole row of `tbl` (its attributes as the row holds them, its geometry)."""
    rules = TABLES.get(tbl)
    if rules is None:
        return [RowProblem(tbl, uid, "tbl", "unknown_table", Text(tr("{tbl} is not a table the registry keeps"),
                                                                   (("tbl", tbl),)))]
    found = [RowProblem(tbl, uid, name, "unknown_field", Text(tr("{tbl} has no field {field}"),
                                                            (("tbl", tbl), ("field", name))))
             for name in unknown_fields(tbl, list(attrs))]
    for column in rules.columns:
        value = attrs.get(column.name)
        problem = value_problem(column, value)
        if problem is None and value is None and not column.nullable and column.name in attrs:
            problem = Text(tr("it may not be empty"))
        if problem is not None:
            found.append(RowProblem(tbl, uid, column.name, "bad_value", problem))
    if check_geometry:
        problem = geometry_problem(rules, wkb, extent)
        if problem is not None:
            found.append(RowProblem(tbl, uid, "geom", "bad_geometry", problem))
    return found
