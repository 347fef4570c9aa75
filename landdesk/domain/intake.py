"""What an incoming application must hold, checked the same way whichever way it came in (issue 16).

The e-government portal's POST, the "Register application" dialog and `landdesk lodge FILE.json` all hand this
module one JSON object, the same one `landdesk application PATH NUMBER --json` prints. It answers with a typed
`Lodgement` or with `IntakeInvalid`, which names every field that is wrong and why, so the officer or the
portal can correct them all at once. What the procedure adds later (state, due dates, steps, pre-checks,
allowed actions) is ignored here: a printed application lodges again as a new one once its number is removed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError
from shapely.geometry import shape

from landdesk.domain.application import ProcedureTrack
from landdesk.domain.cadastral_number import is_valid_cadastral_number
from landdesk.domain.errors import InvalidIin, LandDeskError
from landdesk.domain.iin import is_individual, validate_iin_bin
from landdesk.domain.land import Purpose, RightType
from landdesk.domain.text import Text, joined, text, tr

if TYPE_CHECKING:
    from collections.abc import Mapping

MAX_AREA_M2 = 100_000_000.0          # 10,000 ha: no single request is larger
AREA_TOLERANCE = 0.10                # the area stated and the plot drawn may differ by this share
MAX_TEXT = 2_000
LEASE_RIGHTS = frozenset({RightType.LEASE_SHORT, RightType.LEASE_LONG, RightType.FREE_USE})
FREE_RIGHTS = frozenset({RightType.PRIVATE_OWNERSHIP, RightType.FREE_USE, RightType.PERMANENT_USE})


class IntakeInvalid(LandDeskError):
    """An application that cannot be registered as it is; nothing was saved."""

    code = "intake.invalid"
    what = tr("The application was not registered: {problems}.")
    todo = tr("Correct the fields named and register it again; nothing was saved.")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems=joined([text(tr("{field}: {reason}"), field=p.field, reason=p.reason)
                                          for p in problems]))


@dataclass(frozen=True)
class Problem:
    field: str
    reason: Text


@dataclass(frozen=True)
class Lodgement:
    """A valid incoming application, before it has a number."""

    track: ProcedureTrack
    applicant_name: str
    applicant_iin: str
    applicant_kind: str                  # PERSON or ENTITY, from the IIN/BIN itself
    applicant_citizen: bool
    purpose: Purpose
    right: RightType
    free_grant: bool
    irrigated: bool
    area_m2: float
    plot: shapely.Geometry | None        # in the CRS named by `plot_crs` (None: the district's)
    plot_crs: str | None
    parcel: str | None                   # a cadastral number, when the plot is an existing parcel
    received_on: date
    location: str = ""
    settlement: str = ""
    queue_number: str | None = None
    has_other_plot: bool = False
    lease_years: int | None = None
    documents: tuple[str, ...] = ()
    portal_id: str | None = None


def read_lodgement(data: Any, today: date) -> Lodgement:
    """The typed application, or IntakeInvalid naming every wrong field."""
    if not isinstance(data, dict):
        raise IntakeInvalid([Problem("application", Text(tr("it must be a JSON object")))])
    checker = _Checker(data)
    if data.get("number") not in (None, ""):
        checker.problem("number", Text(tr("LandDesk gives the number at registration; remove it")))
    track = checker.choice("track", ProcedureTrack)
    applicant = data.get("applicant")
    name, iin, kind, citizen = "", "", "PERSON", True
    if not isinstance(applicant, dict):
        checker.problem("applicant", Text(tr("an object with the applicant's name and IIN or BIN is required")))
    else:
        sub = _Checker(applicant, prefix="applicant.", problems=checker.problems)
        name = sub.text("name", required=True)
        iin = sub.iin()
        kind = "PERSON" if (not iin or is_individual(iin)) else "ENTITY"
        stated = applicant.get("kind")
        if stated not in (None, kind):
            sub.problem("kind", text(tr("the number {iin} is {kind}'s"), iin=iin,
                                     kind=Text(tr("a person")) if kind == "PERSON" else Text(tr("an organisation"))))
        citizen = sub.flag("citizen", default=True)
    purpose = checker.choice("purpose", Purpose)
    right = checker.choice("right", RightType)
    if right == RightType.STATE:
        checker.problem("right", Text(tr("state land is not a right that can be granted")))
    free_grant = checker.flag("free_grant", default=False)
    if free_grant and right is not None and right not in FREE_RIGHTS:
        checker.problem("free_grant", text(tr("a free grant cannot be {right}"), right=str(right)))
    irrigated = checker.flag("irrigated", default=False)
    area = checker.number("area_m2")
    plot, plot_crs = checker.geometry()
    parcel = checker.text("parcel") or None
    if parcel is not None and not is_valid_cadastral_number(parcel):
        checker.problem("parcel", text(tr("«{value}» is not a cadastral number"), value=parcel))
    if plot is None and parcel is None and "geometry" not in checker.failed:
        checker.problem("geometry", Text(tr("draw the plot or give its parcel's cadastral number")))
    received = checker.day("received_on", today)
    lease = checker.integer("lease_years", 1, 49)
    if lease is not None and right is not None and right not in LEASE_RIGHTS:
        checker.problem("lease_years", text(tr("a term is only for a lease or temporary use, not {right}"),
                                            right=str(right)))
    documents = checker.texts("documents")
    result = Lodgement(
        track=track or ProcedureTrack.C, applicant_name=name, applicant_iin=iin, applicant_kind=kind,
        applicant_citizen=citizen, purpose=purpose or Purpose.IZHS, right=right or RightType.LEASE_SHORT,
        free_grant=free_grant, irrigated=irrigated, area_m2=area or 0.0, plot=plot, plot_crs=plot_crs, parcel=parcel,
        received_on=received or today, location=checker.text("location"), settlement=checker.text("settlement"),
        queue_number=checker.text("queue_number") or None, has_other_plot=checker.flag("has_other_plot", default=False),
        lease_years=lease, documents=documents, portal_id=checker.text("portal_id") or None)
    if checker.problems:
        raise IntakeInvalid(checker.problems)
    return result


class _Checker:
    def __init__(self, data: Mapping[str, Any], prefix: str = "", problems: list[Problem] | None = None) -> None:
        self.data, self.prefix = data, prefix
        self.problems: list[Problem] = [] if problems is None else problems
        self.failed: set[str] = set()

    def problem(self, name: str, reason: Text) -> None:
        self.failed.add(name)
        self.problems.append(Problem(self.prefix + name, reason))

    def text(self, name: str, *, required: bool = False) -> str:
        value = self.data.get(name)
        if value is None or value == "":
            if required:
                self.problem(name, Text(tr("it is required")))
            return ""
        if not isinstance(value, str):
            self.problem(name, Text(tr("it must be text")))
            return ""
        if len(value) > MAX_TEXT:
            self.problem(name, text(tr("it is longer than {limit} characters"), limit=MAX_TEXT))
            return ""
        return value.strip()

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and 0 < len(v) <= MAX_TEXT for v in value):
            self.problem(name, Text(tr("it must be a list of document names")))
            return ()
        return tuple(v.strip() for v in value)

    def flag(self, name: str, *, default: bool) -> bool:
        value = self.data.get(name, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(name, Text(tr("it must be true or false")))
            return default
        return value

    def choice(self, name: str, enum: Any) -> Any:
        value = self.data.get(name)
        allowed = [str(member) for member in enum]
        if value not in allowed:
            self.problem(name, text(tr("«{value}» is not one of {allowed}"), value=str(value),
                                    allowed=", ".join(allowed)))
            return None
        return enum(value)

    def number(self, name: str) -> float | None:
        value = self.data.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.problem(name, Text(tr("it must be a number")))
            return None
        if not 0 < value <= MAX_AREA_M2:
            self.problem(name, text(tr("{value} is outside 0 to {limit}"), value=value, limit=MAX_AREA_M2))
            return None
        return float(value)

    def integer(self, name: str, low: int, high: int) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.problem(name, text(tr("it must be a whole number from {low} to {high}"), low=low, high=high))
            return None
        return value

    def day(self, name: str, today: date) -> date | None:
        value = self.data.get(name)
        if value is None or value == "":
            return today
        try:
            found = date.fromisoformat(str(value))
        except ValueError:
            self.problem(name, text(tr("«{value}» is not a date (YYYY-MM-DD)"), value=str(value)))
            return None
        if found > today:
            self.problem(name, text(tr("{day} is in the future"), day=found.isoformat()))
            return None
        return found

    def iin(self) -> str:
        raw = self.data.get("iin") or self.data.get("bin")
        name = "iin" if self.data.get("iin") else "bin"
        if not isinstance(raw, str | int):
            self.problem("iin", Text(tr("the applicant's IIN (a person) or BIN (an organisation) is required")))
            return ""
        try:
            return validate_iin_bin(str(raw))
        except InvalidIin as error:
            reason = error.params.get("reason")
            self.problem(name, reason if isinstance(reason, Text) else Text(tr("it is not a valid IIN/BIN")))
            return ""

    def geometry(self) -> tuple[shapely.Geometry | None, str | None]:
        raw = self.data.get("geometry")
        crs = self.data.get("geometry_crs")
        if crs is not None and not (isinstance(crs, str) and crs.upper().startswith("EPSG:")
                                    and crs[5:].isdigit()):
            self.problem("geometry_crs", text(tr("«{value}» is not a CRS like EPSG:32643"), value=str(crs)))
            crs = None
        if raw is None:
            return None, None
        try:
            if not isinstance(raw, dict):
                raise TypeError
            plot = shape(raw)
        except Exception:  # noqa: BLE001 - shapely raises many kinds for a malformed GeoJSON
            self.problem("geometry", Text(tr("it is not a GeoJSON polygon")))
            return None, None
        if plot.geom_type not in ("Polygon", "MultiPolygon") or plot.is_empty:
            self.problem("geometry", text(tr("it is a {kind}, not a polygon"), kind=plot.geom_type))
            return None, None
        if not all(math.isfinite(c) for c in shapely.get_coordinates(plot).ravel()):
            self.problem("geometry", Text(tr("a coordinate is not a finite number")))
            return None, None
        if not plot.is_valid:
            self.problem("geometry", text(tr("the boundary is not valid ({why})"),
                                          why=shapely.is_valid_reason(plot)))
            return None, None
        return shapely.force_2d(plot), (crs.upper() if isinstance(crs, str) else None)


def area_mismatch(stated: float, drawn: float) -> Problem | None:
    """The area stated and the plot drawn (in the district's CRS) disagree by more than the tolerance."""
    if drawn > 0 and abs(drawn - stated) > AREA_TOLERANCE * stated:
        return Problem("area_m2", text(tr("{stated} m² is stated, but the plot drawn is {drawn} m²"),
                                       stated=round(stated), drawn=round(drawn)))
    return None


def plot_in_district(found: Lodgement, srid: int) -> bytes | None:
    """The plot as WKB of a multipolygon in the district's CRS (EPSG:`srid`), reprojected from the CRS the request
    names; IntakeInvalid when that CRS is unknown, the boundary breaks in the move, or the area stated disagrees."""
    if found.plot is None:
        return None
    plot = found.plot
    if found.plot_crs is not None and found.plot_crs != f"EPSG:{srid}":
        try:
            transformer = Transformer.from_crs(CRS.from_user_input(found.plot_crs), CRS.from_epsg(srid),
                                               always_xy=True)
        except CRSError as error:
            raise IntakeInvalid([Problem("geometry_crs", text(tr("«{value}» is not a CRS LandDesk knows"),
                                                              value=found.plot_crs))]) from error
        plot = shapely.transform(plot, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))
        if not shapely.is_valid(plot):
            raise IntakeInvalid([Problem("geometry", Text(tr("the boundary is not valid in the district's CRS")))])
    mismatch = area_mismatch(found.area_m2, float(shapely.area(plot)))
    if mismatch is not None:
        raise IntakeInvalid([mismatch])
    if plot.geom_type == "Polygon":            # the applications table holds multipolygons, as the cadastre does
        plot = shapely.MultiPolygon([plot])
    return bytes(shapely.to_wkb(plot))


def reasons(error: IntakeInvalid) -> dict[str, Text]:
    """Field → reason, for a dialog that marks each field."""
    return {p.field: p.reason for p in error.problems}
