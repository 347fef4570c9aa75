"""The three-way merge as a table: (base, mine, theirs) -> applied row or conflict kind (SYNC-04/05/06)."""

from __future__ import annotations

from typing import Any

import pytest

from landdesk.sync.protocol import Changeset, ProtocolError, RowChange, RowState, merge_row, sha256_hex

UID = "0b7c1f1e-1111-4c4c-8888-000000000001"
A, B, C = b"\x01geom-a", b"\x01geom-b", b"\x01geom-c"


def _theirs(version: int, deleted: bool = False, wkb: bytes | None = A, **attrs: Any) -> RowState:
    return RowState("parcels", UID, version, deleted, {"address": "x", "area": 10.0, **attrs}, wkb)


def _update(base_version: int = 1, geom: bytes | None = None, **fields: tuple[Any, Any]) -> RowChange:
    return RowChange("parcels", UID, "update", base_version, dict(fields), geom_changed=geom is not None,
                     geom_base_sha256=sha256_hex(A), geom_new=geom)


CASES = [
    # name, change, theirs, expected: dict of applied fields, or a conflict kind
    ("own version: applied", _update(address=("x", "y")), _theirs(1), {"address": "y"}),
    ("disjoint fields merge", _update(address=("x", "y")), _theirs(2, area=12.0), {"address": "y", "area": 12.0}),
    ("same field, same value", _update(address=("x", "y")), _theirs(2, address="y"), {"address": "y"}),
    ("same field, different values", _update(address=("x", "y")), _theirs(2, address="z"), "same_field"),
    ("null is a value", _update(holder=(None, "Ахметов")), _theirs(2, holder="Сериков"), "same_field"),
    ("their null over my base", _update(holder=("Ахметов", "Сериков")), _theirs(2, holder=None), "same_field"),
    ("int and float are one number", _update(area=(10, 11)), _theirs(2, area=10.0), {"area": 11}),
    ("true is not 1", _update(divisible=(1, 0)), _theirs(2, divisible=True), "same_field"),
    ("geometry only mine", _update(geom=B), _theirs(2, area=12.0), {"area": 12.0}),
    ("geometry both", _update(geom=B), _theirs(2, wkb=C), "geometry"),
    ("geometry both, identical", _update(geom=B), _theirs(2, wkb=B), {}),
    ("update meets tombstone", _update(address=("x", "y")), _theirs(2, deleted=True), "update_delete"),
    ("update of a row the registry never had", _update(address=("x", "y")), None, "update_delete"),
]


@pytest.mark.parametrize(("change", "theirs", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_merge_table(change: RowChange, theirs: RowState | None, expected: Any) -> None:
    merged = merge_row(change, theirs)
    if isinstance(expected, str):
        assert [c.kind for c in merged.conflicts] == [expected]
        conflict = merged.conflicts[0]
        assert conflict.mine is not None  # base, mine and theirs are all kept
        assert conflict.base is not None
        assert conflict.theirs == (None if theirs is None else theirs.to_json())
    else:
        assert merged.conflicts == ()
        assert theirs is not None
        assert merged.attrs == {**theirs.attrs, **expected}
        assert merged.wkb == (change.geom_new if change.geom_changed else theirs.wkb)


def test_delete_against_a_changed_row_is_a_conflict_and_against_its_own_version_a_tombstone() -> None:
    delete = RowChange("parcels", UID, "delete", 1)
    assert merge_row(delete, _theirs(1)).deleted
    assert [c.kind for c in merge_row(delete, _theirs(2)).conflicts] == ["update_delete"]
    assert merge_row(delete, _theirs(2, deleted=True)).noop


def test_an_insert_replayed_is_a_no_op_and_a_different_row_under_its_uid_is_rejected() -> None:
    insert = RowChange("parcels", UID, "insert", None, {"address": (None, "x"), "area": (None, 10.0)},
                       geom_changed=True, geom_new=A)
    assert merge_row(insert, None).attrs == {"address": "x", "area": 10.0}
    assert merge_row(insert, _theirs(1)).noop
    assert [c.kind for c in merge_row(insert, _theirs(1, address="other")).conflicts] == ["rejected"]


@pytest.mark.parametrize(("body", "message"), [
    (b"not json", "not JSON"),
    (b"[]", "JSON object"),
    (b'{"schema_version": 3, "district": "19-245", "groups": []}', "non-empty"),
    (b'{"schema_version": 3, "district": "d", "changeset_id": "x", "groups": [{"group_id": "x", "rows": [1]}]}',
     "UUID"),
])
def test_a_malformed_changeset_says_what_is_wrong(body: bytes, message: str) -> None:
    with pytest.raises(ProtocolError, match=message):
        Changeset.from_payload(body)


def test_a_frozen_payload_is_canonical() -> None:
    change = RowChange("parcels", UID, "update", 1, {"b": (1, 2), "a": ("x", "y")})
    one = Changeset(UID, UID, "19-245", 3, ()).payload()
    assert one == Changeset(UID, UID, "19-245", 3, ()).payload()
    assert change.to_json()["fields"] == {"a": {"old": "x", "new": "y"}, "b": {"old": 1, "new": 2}}
    assert RowChange.from_json(change.to_json()) == change
