"""The sync wire format and the three-way merge: pure Python, shared by LandDesk and the registry.

A changeset is frozen once (its canonical JSON bytes and their sha256 never change, SYNC-24) and holds
groups of row changes; a group is applied all-or-nothing. A row change carries, per changed field, the
value it was based on (`old`) and the officer's value (`new`), the new geometry as ISO WKB with the hash
of the geometry it replaced, and the registry version it was based on. `merge_row` decides, against the
registry's current row, what applies and what is a conflict (SYNC-04/05/06); the same function rebases a
locally edited row on a pulled one.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from landdesk.domain.row_rules import MAX_TEXT, MAX_WKB, RowProblem, row_problems

SCHEMA_VERSION = 3                 # the cache schema this LandDesk writes; the registry refuses older pushes
MAX_FIELDS = 100
MAX_INT64 = 2**63 - 1             # the largest whole number both backends' BIGINT columns (and SQLite) hold
MAX_SCHEMA_VERSION = 2**31 - 1
_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")                       # whole strings only (fullmatch): no "\n" tail
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

Action = Literal["insert", "update", "delete"]
ConflictKind = Literal["same_field", "geometry", "update_delete", "topology", "already_decided", "rejected"]


class ProtocolError(ValueError):
    """A malformed changeset or row: says which part and why (the registry answers it with a 400 and `code`)."""

    def __init__(self, message: str, code: str = "bad_request") -> None:
        super().__init__(message)
        self.code = code


def canonical(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8; floats as the shortest text that reads back to the same double (17
    significant digits when needed), and never NaN or Infinity, which JSON cannot hold."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _no_constants(name: str) -> Any:
    raise ProtocolError(f"{name} is not a number the registry can store; send a finite number or null",
                        "non_finite_number")


def loads(data: bytes | str) -> Any:
    """Strict JSON: NaN, Infinity and -Infinity are refused (Python's json would read them; nothing else can)."""
    return json.loads(data, parse_constant=_no_constants)


def read_request(body: bytes) -> Any:
    """A request body as the registry reads it: UTF-8 JSON (no other encoding Python's json would guess), not
    nested beyond what the parser can follow, no NaN/Infinity, and no text that is not Unicode (a lone
    surrogate from a `\\ud800` escape, which no database or UTF-8 answer can hold). Anything else is a
    ProtocolError, so the registry answers it with a 400 instead of failing later."""
    try:
        data = loads(body.decode("utf-8"))
    except ProtocolError:
        raise
    except UnicodeDecodeError as err:
        raise ProtocolError("the body is not UTF-8 text") from err
    except RecursionError as err:
        raise ProtocolError("the body is nested too deeply to be read") from err
    except ValueError as err:
        raise ProtocolError(f"the body is not JSON ({err})") from err
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as err:
        raise ProtocolError("the body holds text that is not valid Unicode (a lone surrogate escape)") from err
    except (RecursionError, ValueError) as err:
        raise ProtocolError("the body is nested too deeply to be read") from err
    return data


def sha256_hex(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class RowState:
    """A row as the registry (or a cache) holds it: typed attributes and ISO WKB in the district's CRS."""
    tbl: str
    uid: str
    version: int | None
    deleted: bool
    attrs: dict[str, Any]
    wkb: bytes | None

    def to_json(self) -> dict[str, Any]:
        return {"tbl": self.tbl, "uid": self.uid, "version": self.version, "deleted": self.deleted,
                "attrs": self.attrs, "wkb": None if self.wkb is None else self.wkb.hex()}

    @classmethod
    def from_json(cls, data: Any) -> RowState:
        _require(isinstance(data, dict), "a row must be an object")
        wkb = data.get("wkb")
        return cls(tbl=_name(data.get("tbl"), "tbl"), uid=_uid(data.get("uid")), version=data.get("version"),
                   deleted=bool(data.get("deleted")), attrs=_attrs(data.get("attrs", {})),
                   wkb=None if wkb is None else _hex(wkb))


@dataclass(frozen=True)
class RowChange:
    tbl: str
    uid: str
    action: Action
    base_version: int | None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)    # name -> (old, new)
    geom_changed: bool = False
    geom_base_sha256: str | None = None
    geom_new: bytes | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"tbl": self.tbl, "uid": self.uid, "action": self.action,
                               "base_version": self.base_version,
                               "fields": {k: {"old": o, "new": n} for k, (o, n) in sorted(self.fields.items())}}
        if self.geom_changed:
            out["geom"] = {"base_sha256": self.geom_base_sha256,
                           "new_wkb": None if self.geom_new is None else self.geom_new.hex()}
        return out

    @classmethod
    def from_json(cls, data: Any) -> RowChange:
        _require(isinstance(data, dict), "a row change must be an object")
        action = data.get("action")
        _require(isinstance(action, str) and action in ("insert", "update", "delete"),
                 f"action must be insert, update or delete, not {action!r:.80}")
        base = data.get("base_version")
        _require(base is None or (type(base) is int and 1 <= base <= MAX_INT64),
                 f"base_version must be a whole number from 1 to {MAX_INT64}")
        _require(action == "insert" or base is not None, f"a row {action} needs its base_version")
        raw = data.get("fields", {})
        _require(isinstance(raw, dict) and len(raw) <= MAX_FIELDS, "fields must be an object of at most "
                 f"{MAX_FIELDS} fields")
        fields = {}
        for name, pair in raw.items():
            _require(isinstance(pair, dict) and set(pair) <= {"old", "new"}, f"field {name!r} needs old and new")
            fields[_name(name, "field")] = (_scalar(pair.get("old"), name), _scalar(pair.get("new"), name))
        geom = data.get("geom")
        changed = geom is not None
        if changed:
            _require(isinstance(geom, dict), "geom must be an object")
            base_hash = geom.get("base_sha256")
            _require(base_hash is None or (isinstance(base_hash, str) and bool(_SHA256.fullmatch(base_hash))),
                     "geom.base_sha256 must be null or the lower-case hex sha256 of the geometry replaced")
        new_wkb = geom.get("new_wkb") if changed else None
        return cls(tbl=_name(data.get("tbl"), "tbl"), uid=_uid(data.get("uid")), action=action, base_version=base,
                   fields=fields, geom_changed=changed,
                   geom_base_sha256=geom.get("base_sha256") if changed else None,
                   geom_new=None if new_wkb is None else _hex(new_wkb))


@dataclass(frozen=True)
class Operation:
    op_id: str
    kind: str
    user_id: str
    created_at: str
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"op_id": self.op_id, "kind": self.kind, "user_id": self.user_id, "created_at": self.created_at,
                "reason": self.reason}


@dataclass(frozen=True)
class Group:
    group_id: str
    ops: tuple[Operation, ...]
    rows: tuple[RowChange, ...]

    def to_json(self) -> dict[str, Any]:
        return {"group_id": self.group_id, "ops": [o.to_json() for o in self.ops],
                "rows": [r.to_json() for r in self.rows]}


@dataclass(frozen=True)
class Changeset:
    changeset_id: str
    device_id: str
    district: str
    schema_version: int
    groups: tuple[Group, ...]

    def payload(self) -> bytes:
        return canonical({"changeset_id": self.changeset_id, "device_id": self.device_id, "district": self.district,
                          "schema_version": self.schema_version, "groups": [g.to_json() for g in self.groups]})

    @classmethod
    def from_payload(cls, payload: bytes) -> Changeset:
        data = read_request(payload)
        _require(isinstance(data, dict), "a changeset must be a JSON object")
        _require(type(data.get("schema_version")) is int and 0 <= data["schema_version"] <= MAX_SCHEMA_VERSION,
                 f"schema_version must be a whole number from 0 to {MAX_SCHEMA_VERSION}")
        _require(isinstance(data.get("district"), str), "district must be given")
        groups = data.get("groups")
        _require(isinstance(groups, list) and bool(groups), "groups must be a non-empty list")
        parsed = []
        seen: set[tuple[str, str]] = set()
        for group in groups:
            _require(isinstance(group, dict), "a group must be an object")
            ops = group.get("ops", [])
            _require(isinstance(ops, list) and all(isinstance(o, dict) for o in ops), "ops must be a list of objects")
            rows = group.get("rows")
            _require(isinstance(rows, list) and bool(rows), "a group needs rows")
            group_id = _uid(group.get("group_id"))
            operations = tuple(Operation(op_id=_uid(o.get("op_id")), kind=_text(o.get("kind"), "kind"),
                                         user_id=_text(o.get("user_id"), "user_id"),
                                         created_at=_text(o.get("created_at"), "created_at"),
                                         reason=_reason(o.get("reason"))) for o in ops)
            changes = tuple(RowChange.from_json(r) for r in rows)
            for change in changes:          # one change per row and changeset, as LandDesk freezes them
                _require((change.tbl, change.uid) not in seen, f"{change.tbl} {change.uid} is changed twice in "
                         "the changeset; send one change per row")
                seen.add((change.tbl, change.uid))
            parsed.append(Group(group_id=group_id, ops=operations, rows=changes))
        return cls(changeset_id=_uid(data.get("changeset_id")), device_id=_uid(data.get("device_id")),
                   district=data["district"], schema_version=data["schema_version"], groups=tuple(parsed))


@dataclass(frozen=True)
class Conflict:
    tbl: str
    uid: str
    kind: ConflictKind
    fields: tuple[str, ...] = ()
    message: str = ""
    base: dict[str, Any] | None = None        # {"attrs", "wkb"} as far as known
    mine: dict[str, Any] | None = None
    theirs: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"tbl": self.tbl, "uid": self.uid, "kind": self.kind, "fields": list(self.fields),
                "message": self.message, "base": self.base, "mine": self.mine, "theirs": self.theirs}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Conflict:
        return cls(tbl=data["tbl"], uid=data["uid"], kind=data["kind"], fields=tuple(data.get("fields", ())),
                   message=data.get("message", ""), base=data.get("base"), mine=data.get("mine"),
                   theirs=data.get("theirs"))


@dataclass(frozen=True)
class Merge:
    """The row after a change is applied on top of `theirs`, or the conflicts that stop it."""
    attrs: dict[str, Any]
    wkb: bytes | None
    deleted: bool
    conflicts: tuple[Conflict, ...] = ()
    noop: bool = False          # nothing to write (a replayed insert, an identical change)


def merge_row(change: RowChange, theirs: RowState | None) -> Merge:
    """Three-way merge of one row change onto the registry's current row (None: the registry never had it).

    - insert: applied; a replay of identical content is a no-op; another row under the same uid is rejected.
    - update: per field, against the value the officer's change was based on (`old`), whatever version the
      client says it saw (a client that claims a base it has not seen cannot overwrite what it never saw):
      changed only by the officer → applied; changed by both to the same value → fine;
      changed by both to different values → same_field. A changed geometry whose base hash is not the
      current geometry's → geometry (no vertex merge). Update or delete against a deleted row, or a delete
      against a changed row → update_delete.
    """
    mine = _mine(change)
    if change.action == "insert":
        new_attrs = {k: n for k, (_o, n) in change.fields.items()}
        if theirs is None:
            return Merge(new_attrs, change.geom_new, False)
        if not theirs.deleted and theirs.attrs == new_attrs and theirs.wkb == change.geom_new:
            return Merge(theirs.attrs, theirs.wkb, False, noop=True)
        return _stop(change, theirs, "rejected", (), "another row already has this uid")
    if theirs is None:
        return _stop(change, None, "update_delete", (), "the registry has no such row")
    if change.action == "delete":
        if theirs.deleted:
            return Merge(theirs.attrs, theirs.wkb, True, noop=True)
        if theirs.version == change.base_version:
            return Merge(theirs.attrs, theirs.wkb, True)
        return _stop(change, theirs, "update_delete", (), "deleted here, changed in the registry meanwhile",
                     mine=mine)
    if theirs.deleted and theirs.version != change.base_version:
        return _stop(change, theirs, "update_delete", tuple(change.fields), "changed here, deleted in the registry",
                     mine=mine)
    attrs = dict(theirs.attrs)
    clashes = []
    for name, (old, new) in change.fields.items():
        current = theirs.attrs.get(name)
        if same_value(current, old):       # by value, whatever version the client says it saw
            attrs[name] = new
        elif not same_value(current, new):
            clashes.append(name)
    wkb = theirs.wkb
    if change.geom_changed:
        current_hash = sha256_hex(theirs.wkb)
        if current_hash == change.geom_base_sha256:
            wkb = change.geom_new
        elif current_hash != sha256_hex(change.geom_new):
            return _stop(change, theirs, "geometry", ("geom", *clashes),
                         "the boundary was changed here and in the registry", mine=mine)
    if clashes:
        return _stop(change, theirs, "same_field", tuple(clashes),
                     "changed here and in the registry to different values", mine=mine)
    # an update based on the tombstone itself brings the row back (an officer kept theirs over a delete)
    return Merge(attrs, wkb, False, noop=attrs == theirs.attrs and wkb == theirs.wkb and not theirs.deleted)


def _mine(change: RowChange) -> dict[str, Any]:
    out: dict[str, Any] = {"attrs": {k: n for k, (_o, n) in change.fields.items()}, "deleted":
                           change.action == "delete"}
    if change.geom_changed:
        out["wkb"] = None if change.geom_new is None else change.geom_new.hex()
    return out


def _stop(change: RowChange, theirs: RowState | None, kind: ConflictKind, fields: tuple[str, ...], message: str,
          mine: dict[str, Any] | None = None) -> Merge:
    base = {"attrs": {k: o for k, (o, _n) in change.fields.items()}, "version": change.base_version}
    conflict = Conflict(tbl=change.tbl, uid=change.uid, kind=kind, fields=fields, message=message, base=base,
                        mine=mine or _mine(change), theirs=None if theirs is None else theirs.to_json())
    return Merge({}, None, False, conflicts=(conflict,))


def change_problems(change: RowChange, extent: tuple[float, float, float, float] | None) -> list[RowProblem]:
    """What is wrong with the values a row change brings: an insert's whole row; an update's changed fields and
    its new geometry (a field it leaves alone is not its business)."""
    if change.action == "delete":
        return []
    new = {name: pair[1] for name, pair in change.fields.items()}
    if change.action == "insert":
        return row_problems(change.tbl, change.uid, new, change.geom_new, extent=extent)
    problems = row_problems(change.tbl, change.uid, new, change.geom_new, check_geometry=change.geom_changed,
                            extent=extent)
    return [p for p in problems if p.field in new or p.field in ("geom", "tbl")]


def same_value(a: Any, b: Any) -> bool:
    """Equal as stored values: 1 and 1.0 are one number, but True is not 1."""
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


def _require(ok: bool, message: str, code: str = "bad_request") -> None:
    if not ok:
        raise ProtocolError(message, code)


def _name(value: Any, what: str) -> str:
    _require(isinstance(value, str) and bool(_NAME.fullmatch(value)), f"{what} {value!r:.80} is not a valid name")
    return str(value)


def _uid(value: Any) -> str:
    _require(isinstance(value, str) and bool(_UUID.fullmatch(value)), f"{value!r:.80} is not a lower-case UUID")
    return str(value)


def _text(value: Any, what: str) -> str:
    _require(isinstance(value, str) and 0 < len(value) <= 200 and "\x00" not in value,
             f"{what} must be a short text")
    return str(value)


def _reason(value: Any) -> str | None:
    """An operation's reason: text or null (PostgreSQL text holds no NUL character)."""
    _require(value is None or (isinstance(value, str) and len(value) <= MAX_TEXT and "\x00" not in value),
             f"an operation's reason must be text of at most {MAX_TEXT} characters, or null")
    return None if value is None else str(value)


def _scalar(value: Any, name: str) -> Any:
    _require(value is None or isinstance(value, (str, int, float, bool)),
             f"field {name!r} must hold text, a number or null")
    _require(not isinstance(value, float) or math.isfinite(value),
             f"field {name!r} holds {value}, which is not a number the registry can store", "non_finite_number")
    _require(not isinstance(value, str) or len(value) <= MAX_TEXT, f"field {name!r} is longer than {MAX_TEXT}")
    return value


def _attrs(value: Any) -> dict[str, Any]:
    _require(isinstance(value, dict) and len(value) <= MAX_FIELDS, "attrs must be an object")
    return {_name(k, "field"): _scalar(v, k) for k, v in value.items()}


def _hex(value: Any) -> bytes:
    _require(isinstance(value, str) and len(value) <= 2 * MAX_WKB, "a geometry must be hex WKB within the limit")
    try:
        return bytes.fromhex(value)
    except ValueError as err:
        raise ProtocolError("a geometry is not valid hex WKB") from err
