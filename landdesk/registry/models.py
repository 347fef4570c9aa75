"""What the registry accepts at its edge, as typed models (msgspec): every request body and query parameter is
decoded into one of these before a handler sees it, with types, ranges, lengths and patterns, so nothing
unbounded reaches the database (a 10^23 cursor, a JSON object where text belongs, a 100,000-level nesting).

A body or parameter that does not fit is refused with 400 and a stable code (`bad_request` for a body,
`bad_parameter` for a query parameter) and `params.at`, the place that does not fit (`$.groups[0].rows[2].uid`,
`limit`). The changeset's finer checks (one change per row, finite numbers, the row rules) stay in
sync/protocol.py and registry/validate.py, shared with the desktop. docs/decisions.md says why msgspec.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, TypeVar

import msgspec

from landdesk.domain.row_rules import MAX_TEXT, MAX_WKB
from landdesk.registry.refused import Refused
from landdesk.sync.protocol import MAX_FIELDS, MAX_INT64, MAX_SCHEMA_VERSION, ProtocolError, read_request

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

MAX_PAGE = 10_000         # rows in one page of /sync/changes, /sync/decisions and OGC items
DEFAULT_PAGE = 1_000
MAX_KEYS = 10_000         # (table, uid) pairs one /sync/rows asks for

# `\A…\Z`: Python's `$` would let a trailing newline through
Uuid = Annotated[str, msgspec.Meta(pattern=r"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")]
Name = Annotated[str, msgspec.Meta(pattern=r"\A[a-z][a-z0-9_]{0,62}\Z")]
ShortText = Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=r"\A[^\x00]*\Z")]
LongText = Annotated[str, msgspec.Meta(max_length=MAX_TEXT, pattern=r"\A[^\x00]*\Z")]
Sha256 = Annotated[str, msgspec.Meta(pattern=r"\A[0-9a-f]{64}\Z")]
HexWkb = Annotated[str, msgspec.Meta(max_length=2 * MAX_WKB, pattern=r"\A(?:[0-9a-fA-F]{2})*\Z")]
Scalar = Annotated[str, msgspec.Meta(max_length=MAX_TEXT)] | int | float | bool | None
Whole = Annotated[int, msgspec.Meta(ge=0, le=MAX_INT64)]
PageSize = Annotated[int, msgspec.Meta(ge=1, le=MAX_PAGE)]
District = Annotated[str, msgspec.Meta(min_length=1, max_length=40, pattern=r"\A[^\x00]*\Z")]


class SignIn(msgspec.Struct):
    """POST /auth/token."""
    user: Annotated[str, msgspec.Meta(min_length=1, max_length=200, pattern=r"\A[^\x00]*\Z")]
    password: Annotated[str, msgspec.Meta(max_length=1024)]


class RowsRequest(msgspec.Struct):
    """POST /sync/rows: [table, uid] pairs."""
    keys: Annotated[list[tuple[Annotated[str, msgspec.Meta(max_length=200)],
                               Annotated[str, msgspec.Meta(max_length=200)]]], msgspec.Meta(max_length=MAX_KEYS)]


class FieldChange(msgspec.Struct, forbid_unknown_fields=True):
    old: Scalar = None
    new: Scalar = None


class GeometryChange(msgspec.Struct, forbid_unknown_fields=True):
    base_sha256: Sha256 | None = None
    new_wkb: HexWkb | None = None


class RowChange(msgspec.Struct, forbid_unknown_fields=True):
    tbl: Name
    uid: Uuid
    action: Annotated[str, msgspec.Meta(pattern=r"\A(?:insert|update|delete)\Z")]
    base_version: Annotated[int, msgspec.Meta(ge=1, le=MAX_INT64)] | None = None
    fields: Annotated[dict[Name, FieldChange], msgspec.Meta(max_length=MAX_FIELDS)] = {}
    geom: GeometryChange | None = None


class Operation(msgspec.Struct, forbid_unknown_fields=True):
    op_id: Uuid
    kind: ShortText
    user_id: ShortText
    created_at: ShortText
    reason: LongText | None = None


class Group(msgspec.Struct, forbid_unknown_fields=True):
    group_id: Uuid
    rows: Annotated[list[RowChange], msgspec.Meta(min_length=1)]
    ops: list[Operation] = []


class Changeset(msgspec.Struct, forbid_unknown_fields=True):
    """POST /sync/changesets (the same shape as `components.schemas.Changeset` of /api)."""
    changeset_id: Uuid
    device_id: Uuid
    district: District
    schema_version: Annotated[int, msgspec.Meta(ge=0, le=MAX_SCHEMA_VERSION)]
    groups: Annotated[list[Group], msgspec.Meta(min_length=1)]


class ChangesQuery(msgspec.Struct):
    """GET /sync/changes."""
    district: District | None = None
    since: Whole = 0
    limit: PageSize = 500


class DecisionsQuery(msgspec.Struct):
    """GET /sync/decisions."""
    district: District | None = None
    after: Whole = 0
    limit: PageSize = DEFAULT_PAGE
    rows: Annotated[str, msgspec.Meta(pattern=r"\A[01]\Z")] = "0"


class ItemsQuery(msgspec.Struct):
    """GET /collections/{name}/items. A limit beyond MAX_PAGE is served MAX_PAGE, as OGC API – Features expects
    (opengeospatial/ogcapi-features#640: 'ask for 50000, get up to 10000 and a next link')."""
    limit: Annotated[int, msgspec.Meta(ge=1, le=MAX_INT64)] = DEFAULT_PAGE
    after: Whole = 0
    bbox: str | None = None


class SnapshotQuery(msgspec.Struct):
    """GET/HEAD /sync/snapshot."""
    district: District | None = None


Model = TypeVar("Model", bound=msgspec.Struct)
_WHOLE = re.compile(r"-?[0-9]{1,20}")
_WHOLE_PARAMS = frozenset({"since", "after", "limit"})
_AT = re.compile(r" - at `([^`]*)`$")


def body(payload: bytes, model: type[Model], precise: Callable[[bytes], object] = read_request) -> Model:
    """A request body decoded into `model`. When it does not fit, the model's message names the place; the
    protocol's own reading (`precise`) is told instead when it has a finer code (`non_finite_number` for NaN or
    1e400) or the model no place (not UTF-8, not JSON, a lone surrogate)."""
    try:
        return msgspec.json.decode(payload, type=model)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError) as err:
        problem, at = _where(str(err))
        try:
            precise(payload)
        except ProtocolError as found:
            if found.code != "bad_request" or not at:
                raise Refused(400, found.code, f"The body cannot be read: {found}.",
                              "Fix the request; nothing was changed.") from err
        raise Refused(400, "bad_request", f"The body does not fit the API definition: {problem}"
                      f"{f' at {at}' if at else ''}.", "Fix the request (see /api); nothing was changed.",
                      at=at or "$") from err


def query(params: Mapping[str, str], model: type[Model]) -> Model:
    """Query parameters decoded into `model`; a whole number only in plain ASCII digits (no 1e3, +1 or 1_0)."""
    wanted = {name: params[name] for name in model.__struct_fields__ if name in params}
    for name, value in wanted.items():
        if name in _WHOLE_PARAMS and not _WHOLE.fullmatch(value):
            raise Refused(400, "bad_parameter", f"{name} must be a whole number, not {value[:40]!r}.",
                          "Fix the request (see /api).", at=name)
    try:
        return msgspec.convert(wanted, model, strict=False)
    except msgspec.ValidationError as err:
        problem, at = _where(str(err))
        name = at.removeprefix("$.") if at else "the query"
        raise Refused(400, "bad_parameter", f"{name}: {problem}.", "Fix the request (see /api).", at=name) from err


def _where(message: str) -> tuple[str, str]:
    """msgspec's 'Expected `int` <= 10000 - at `$.limit`' as ('Expected `int` <= 10000', '$.limit')."""
    found = _AT.search(message)
    return (message[:found.start()], found.group(1)) if found else (message, "")
