"""What one source feature becomes: the checks of its geometry and attributes, and the rows it is written as.

Coded values match without regard to case and by their Russian and Kazakh labels (import_codes); every row is
then held to the shared row rules, as the registry will hold it.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import numpy as np
import shapely

from landdesk.domain.cadastral_number import parse_cadastral_number
from landdesk.domain.errors import InvalidCadastralNumber
from landdesk.domain.land import LandCategory, ParcelStatus, Purpose, RightType
from landdesk.domain.planning import ZoneSubtype, ZoneType
from landdesk.domain.row_rules import row_problems
from landdesk.domain.text import Text, tr
from landdesk.services.import_codes import match_code

TABLE = {"zones": "plan_zones", "red_lines": "red_lines", "parcels": "parcels"}
COLUMNS = {
    "zones": ("uid", "plan_uid", "zone_code", "name", "zone_type", "zone_subtype", "permitted_purposes",
              "updated_at", "geom"),
    "red_lines": ("uid", "plan_uid", "kind", "street", "updated_at", "geom"),
    "parcels": ("uid", "cadastral_number", "region_code", "district_code", "quarter_code", "plot_no", "category",
                "purpose", "purpose_text", "right_type", "right_holder", "holder_iin", "area_official_m2",
                "area_computed_m2", "address", "status", "registered_on", "updated_at", "geom"),
}


def _geometry_problem(target: str, geometry: shapely.Geometry | None, area: shapely.Geometry | None) -> Text | None:
    if geometry is None or geometry.is_empty:
        return Text(tr("it has no geometry"))
    polygonal = target in ("zones", "parcels")
    if polygonal and geometry.geom_type == "LineString" and not geometry.is_closed:
        gap = shapely.distance(shapely.get_point(geometry, 0), shapely.get_point(geometry, -1))
        return Text(tr("the polyline is not closed (gap of {gap:,.2f} m between its first and last points)"),
                    (("gap", gap),))
    kinds = ("Polygon", "MultiPolygon") if polygonal else ("LineString", "MultiLineString")
    if geometry.geom_type not in kinds:
        return (Text(tr("its geometry is a {kind}, not a polygon"), (("kind", geometry.geom_type),)) if polygonal
                else Text(tr("its geometry is a {kind}, not a line"), (("kind", geometry.geom_type),)))
    if not np.isfinite(shapely.get_coordinates(geometry)).all():
        return Text(tr("its coordinates cannot be reprojected into the district's CRS (they lie outside the area "
                       "the source CRS covers): check the source CRS"))
    with np.errstate(all="ignore"):          # 1e300 overflows in GEOS's check: numpy's warning must not leak
        valid, why = shapely.is_valid(geometry), shapely.is_valid_reason(geometry)
    if not valid:
        return Text(tr("its geometry is invalid: {why}"), (("why", why),))
    if area is not None and not area.contains(geometry):
        return Text(tr("after reprojection it lies outside the district: check the source CRS (and X/Y order)"))
    return None


def validate(target: str, row: dict[str, Any], values: dict[str, Any], geometry: shapely.Geometry | None,
              area: shapely.Geometry | None, plan_uid: str | None,
              now: str) -> tuple[Text | None, list[tuple[Any, ...]]]:
    """(why the feature is refused, or None, and the rows it becomes)."""
    if "__error__" in row:
        return row["__error__"], []
    problem = _geometry_problem(target, geometry, area)
    if problem is not None or geometry is None:
        return problem, []
    if target == "zones":
        return _zone(values, geometry, plan_uid, now)
    if target == "red_lines":
        kind = (values.get("kind") or "RED").upper()
        if kind not in ("RED", "BUILDING", "YELLOW"):
            return Text(tr("line kind «{value}» is not RED, BUILDING or YELLOW"), (("value", kind),)), []
        return None, [(str(uuid.uuid4()), plan_uid, kind, values.get("street"), now, shapely.to_wkb(part))
                      for part in shapely.get_parts(geometry)]
    try:
        number = parse_cadastral_number(str(values.get("cadastral_number") or ""))
    except InvalidCadastralNumber as err:
        return Text(err.what, tuple(err.params.items())), []
    checks = (("category", LandCategory, "SETTLEMENT"), ("purpose", Purpose, None),
              ("right_type", RightType, "STATE"), ("status", ParcelStatus, "REGISTERED"))
    chosen: dict[str, str] = {}
    for name, enum, default in checks:
        value = values.get(name) or default
        if value is None:
            return Text(tr("it has no value in the field {field}"), (("field", name),)), []
        code = match_code(enum.__members__, value)
        if code is None:
            return Text(tr("{field} «{value}» is not one of {allowed}"),
                        (("field", name), ("value", value), ("allowed", ", ".join(enum)))), []
        chosen[name] = code
    return None, [(str(uuid.uuid4()), str(number), number.region, number.district, number.quarter, number.plot,
                   chosen["category"], chosen["purpose"], values.get("purpose_text"), chosen["right_type"],
                   values.get("right_holder"), values.get("holder_iin"), _float(values.get("area_official_m2")),
                   float(geometry.area), values.get("address"), chosen["status"], values.get("registered_on"), now,
                   shapely.to_wkb(shapely.multipolygons(shapely.get_parts(geometry))))]


def _zone(values: dict[str, Any], geometry: shapely.Geometry, plan_uid: str | None,
          now: str) -> tuple[Text | None, list[tuple[Any, ...]]]:
    zone_type, subtype = values.get("zone_type"), values.get("zone_subtype")
    if zone_type not in (None, ""):
        zone_type = match_code(ZoneType.__members__, zone_type) or Text(
            tr("zone type «{value}» is not one of {allowed}"), (("value", zone_type), ("allowed", ", ".join(ZoneType))))
    if subtype not in (None, ""):
        subtype = match_code(ZoneSubtype.__members__, subtype) or Text(
            tr("zone subtype «{value}» is not one of {allowed}"),
            (("value", subtype), ("allowed", ", ".join(ZoneSubtype))))
    for problem in (zone_type, subtype):
        if isinstance(problem, Text):
            return problem, []
    given = _purposes(values.get("permitted_purposes"))
    purposes = [match_code(Purpose.__members__, p) for p in given]
    unknown = [p for p, code in zip(given, purposes, strict=True) if code is None]
    if unknown:
        return Text(tr("unknown permitted purposes: {purposes}"), (("purposes", ", ".join(unknown)),)), []
    return None, [(str(uuid.uuid4()), plan_uid, values.get("zone_code"), values.get("name"), zone_type or None,
                   subtype or None, json.dumps(purposes), now, shapely.to_wkb(shapely.multipolygons(
                       shapely.get_parts(geometry))))]


def rules_problem(target: str, records: list[tuple[Any, ...]], extent: Any) -> Text | None:
    """The shared row rules (domain/row_rules), as the registry will apply them: a feature the registry would
    refuse is refused here, at import, and never waits in the outbox (issue 15)."""
    table, columns = TABLE[target], COLUMNS[target]
    for record in records:
        values = dict(zip(columns, record, strict=True))
        wkb = values.pop("geom")
        attrs = {k: v for k, v in values.items() if k not in ("uid", "updated_at")}
        problems = row_problems(table, str(values["uid"]), attrs, None if wkb is None else bytes(wkb),
                                extent=extent)
        problems = [p for p in problems if p.code != "unknown_field"]
        if problems:
            return Text(tr("{field}: {detail}"), (("field", problems[0].field), ("detail", problems[0].text)))
    return None


def _purposes(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    text = str(value).strip()
    if text.startswith("["):
        try:
            return [str(v) for v in json.loads(text)]
        except ValueError:
            pass
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def _float(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None
