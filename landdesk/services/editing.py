"""Edits of plan zones, red lines, settlement boundaries and parcels, each one journaled, audited operation with
the exact before and after of every row it touched, so it can be undone and redone (the window keeps these in
a QUndoStack). Abandoning an edit session is undoing back to where it was saved."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import shapely

from landdesk.domain.cadastral_number import parse_cadastral_number
from landdesk.domain.editing import EditRefused, merge_polygons, split_polygon
from landdesk.domain.errors import InvalidCadastralNumber
from landdesk.domain.labels import label
from landdesk.domain.land import Purpose
from landdesk.domain.planning import ZoneType
from landdesk.domain.text import Text, joined, tr
from landdesk.storage.audit import write_audit
from landdesk.storage.plans import zone_uid
from landdesk.storage.sql import utc_now
from landdesk.sync.journal import read_row, write_row
from landdesk.sync.protocol import RowState

if TYPE_CHECKING:
    from collections.abc import Sequence

    from landdesk.storage.connection import Cache

EDITABLE = ("plan_zones", "red_lines", "settlements", "parcels")
SPLITTABLE = ("plan_zones",)          # a parcel split needs new cadastral numbers from GosCorp: not here


@dataclass(frozen=True)
class RowEdit:
    tbl: str
    uid: str
    before: RowState | None           # None: the edit created the row
    after: RowState | None            # None: the edit removed it


@dataclass(frozen=True)
class Edit:
    kind: str                         # "move vertex", "split zone", "attributes"
    rows: tuple[RowEdit, ...]

    def inverse(self) -> Edit:
        return Edit(f"undo {self.kind}", tuple(RowEdit(r.tbl, r.uid, r.after, r.before) for r in reversed(self.rows)))


def zone_at(cache: Cache, fid: int, tbl: str = "plan_zones") -> RowState | None:
    """The live zone (or parcel) whose local rowid the map shows, for the edit tool."""
    uid = zone_uid(cache, fid, tbl)
    return None if uid is None else feature(cache, tbl, uid)


def feature(cache: Cache, tbl: str, uid: str) -> RowState:
    _editable(tbl)
    with cache.reading() as connection:
        found = read_row(connection, tbl, uid)
    if found is None or found.deleted:
        raise EditRefused(reason=Text(tr("there is no such feature in {layer}"), (("layer", label(tbl)),)),
                           todo=Text(tr("Select the feature again.")))
    return found


def apply(cache: Cache, edit: Edit, officer: str) -> Edit:
    """Store the edit's `after` states in one operation with its audit entry; returns the edit."""
    for row in edit.rows:
        if row.after is not None:
            _validate(row.after)
    with cache.operation(f"edit.{edit.kind}", officer) as connection:
        for row in edit.rows:
            current = read_row(connection, row.tbl, row.uid)
            if row.after is None:
                if current is not None and not current.deleted:
                    write_row(connection, replace(current, deleted=True), cache.srid)
                continue
            version = current.version if current is not None else None
            write_row(connection, replace(row.after, version=version, deleted=False), cache.srid)
        write_audit(connection, at=utc_now(), user=officer, action=f"edit.{edit.kind}", entity=edit.rows[0].tbl,
                    entity_uid=edit.rows[0].uid, details={"rows": [f"{r.tbl}/{r.uid}" for r in edit.rows]})
    return edit


def undo(cache: Cache, edit: Edit, officer: str) -> Edit:
    return apply(cache, edit.inverse(), officer)


def edit_geometry(cache: Cache, tbl: str, uid: str, geometry: shapely.Geometry, officer: str,
                  kind: str = "geometry") -> Edit:
    before = feature(cache, tbl, uid)
    after = replace(before, wkb=_wkb(tbl, geometry))
    return apply(cache, Edit(kind, (RowEdit(tbl, uid, before, after),)), officer)


def edit_attributes(cache: Cache, tbl: str, uid: str, changes: dict[str, Any], officer: str) -> Edit:
    before = feature(cache, tbl, uid)
    unknown = set(changes) - set(before.attrs)
    if unknown:
        raise EditRefused(reason=Text(tr("{layer} have no field {fields}"),
                                      (("layer", label(tbl)), ("fields", ", ".join(sorted(unknown))))),
                          todo=Text(tr("Check the field names.")))
    after = replace(before, attrs={**before.attrs, **changes})
    return apply(cache, Edit("attributes", (RowEdit(tbl, uid, before, after),)), officer)


def create_feature(cache: Cache, tbl: str, plan: str, geometry: shapely.Geometry, officer: str,
                   attrs: dict[str, Any] | None = None) -> Edit:
    """A new plan zone or red line drawn on the map, in `plan` (a zone starts without type or purposes, which
    the plan check reports until they are set)."""
    if tbl not in ("plan_zones", "red_lines"):
        raise EditRefused(reason=Text(tr("new {layer} are not drawn on the map"), (("layer", label(tbl)),)),
                          todo=Text(tr("Draw plan zones and red lines; parcels come from surveys (File → Import).")))
    uid = str(uuid.uuid4())
    defaults = {"plan_uid": plan, "zone_code": None, "name": None, "zone_type": None, "zone_subtype": None,
                "permitted_purposes": "[]"} if tbl == "plan_zones" else {"plan_uid": plan, "kind": "RED",
                                                                          "street": None}
    state = RowState(tbl, uid, None, False, {**defaults, **(attrs or {})}, _wkb(tbl, geometry))
    return apply(cache, Edit("draw", (RowEdit(tbl, uid, None, state),)), officer)


def delete_feature(cache: Cache, tbl: str, uid: str, officer: str) -> Edit:
    """Remove a feature (a tombstone: it stays in the history and syncs as a deletion); undo brings it back."""
    before = feature(cache, tbl, uid)
    return apply(cache, Edit("delete", (RowEdit(tbl, uid, before, None),)), officer)


def split_feature(cache: Cache, tbl: str, uid: str, line: shapely.LineString, officer: str) -> Edit:
    """Cut a zone by a line: the largest piece keeps the zone's identity, the others become new zones with its
    attributes (their codes suffixed /2, /3 …)."""
    if tbl not in SPLITTABLE:
        raise EditRefused(reason=Text(tr("{layer} cannot be split here"), (("layer", label(tbl)),)),
                          todo=Text(tr("Split plan zones; a parcel's division gets its new cadastral numbers through "
                                       "GosCorp.")))
    before = feature(cache, tbl, uid)
    pieces = sorted(split_polygon(shapely.from_wkb(before.wkb), line), key=lambda p: -p.area)
    rows = [RowEdit(tbl, uid, before, replace(before, wkb=_wkb(tbl, pieces[0])))]
    for n, piece in enumerate(pieces[1:], start=2):
        code = before.attrs.get("zone_code")
        attrs = {**before.attrs, "zone_code": f"{code}/{n}" if code else None}
        new = str(uuid.uuid4())
        rows.append(RowEdit(tbl, new, None, RowState(tbl, new, None, False, attrs, _wkb(tbl, piece))))
    return apply(cache, Edit("split", tuple(rows)), officer)


def merge_features(cache: Cache, tbl: str, uids: Sequence[str], officer: str) -> Edit:
    """Adjacent features as one: the first keeps its identity and attributes, the others are removed."""
    states = [feature(cache, tbl, uid) for uid in uids]
    merged = merge_polygons([shapely.from_wkb(s.wkb) for s in states])
    rows = [RowEdit(tbl, states[0].uid, states[0], replace(states[0], wkb=_wkb(tbl, merged)))]
    rows += [RowEdit(tbl, s.uid, s, None) for s in states[1:]]
    return apply(cache, Edit("merge", tuple(rows)), officer)


def _editable(tbl: str) -> None:
    if tbl not in EDITABLE:
        raise EditRefused(reason=Text(tr("{layer} cannot be edited on the map"), (("layer", label(tbl)),)),
                          todo=Text(tr("Edit one of: {layers}."), (("layers", joined([label(t) for t in EDITABLE])),)))


def _wkb(tbl: str, geometry: shapely.Geometry) -> bytes:
    if tbl != "red_lines" and geometry.geom_type == "Polygon":
        geometry = shapely.MultiPolygon([geometry])
    return bytes(shapely.to_wkb(geometry))


def _validate(state: RowState) -> None:
    _editable(state.tbl)
    geometry = None if state.wkb is None else shapely.from_wkb(state.wkb)
    if state.tbl == "red_lines" and geometry is not None and geometry.geom_type != "LineString":
        raise EditRefused(reason=Text(tr("a red line is a line")), todo=Text(tr("Draw it with at least two points.")))
    if geometry is None or geometry.is_empty:
        raise EditRefused(reason=Text(tr("the feature would have no geometry")),
                          todo=Text(tr("Delete the feature instead.")))
    if not geometry.is_valid:
        raise EditRefused(reason=Text(tr("the geometry would be invalid ({why})"),
                                      (("why", shapely.is_valid_reason(geometry)),)),
                          todo=Text(tr("Correct the outline so that it does not cross itself.")))
    attrs = state.attrs
    if state.tbl == "plan_zones":
        if attrs.get("zone_type") not in (None, *ZoneType.__members__):
            raise EditRefused(reason=Text(tr("«{value}» is not a zone type"), (("value", attrs.get("zone_type")),)),
                              todo=Text(tr("Choose one of: {types}."),
                                        (("types", joined([label(z) for z in ZoneType])),)))
        try:
            purposes = json.loads(attrs.get("permitted_purposes") or "[]")
        except ValueError as err:
            raise EditRefused(reason=Text(tr("the permitted purposes are not a list")),
                              todo=Text(tr("Choose them from the list."))) \
                from err
        unknown = [p for p in purposes if p not in Purpose.__members__]
        if unknown:
            raise EditRefused(reason=Text(tr("unknown permitted purposes: {purposes}"),
                                          (("purposes", ", ".join(unknown)),)),
                              todo=Text(tr("Choose them from the list.")))
    if state.tbl == "parcels":
        try:
            parse_cadastral_number(str(attrs.get("cadastral_number") or ""))
        except InvalidCadastralNumber as err:
            raise EditRefused(reason=err.what_happened(), todo=err.what_to_do()) from err
