from __future__ import annotations

from dataclasses import replace

from landdesk.domain.application import DecisionKind
from landdesk.domain.decision import GENESIS_HASH, DecisionRecord, canonical_content, chain_hash

RECORD = DecisionRecord(uid="d1", seq=1, application_uid="a1", kind=DecisionKind.REFUSE, decided_on="2026-11-02",
                        decided_at="2026-11-02T10:00:00.000Z", officer="Оспанов Е. С.", act_number="№ 12",
                        grounds=("R-ZONING", "R-OCCUPIED"), motivation="Зона П-01 не допускает ИЖС.",
                        override_reason=None)


def test_the_hash_covers_every_field_and_the_previous_link() -> None:
    base = chain_hash(GENESIS_HASH, RECORD)
    assert len(base) == 64
    assert chain_hash(GENESIS_HASH, RECORD) == base
    for change in ({"motivation": "Иное."}, {"grounds": ("R-ZONING",)}, {"officer": "X"}, {"seq": 2},
                   {"kind": DecisionKind.APPROVE}, {"decided_on": "2026-11-03"}):
        assert chain_hash(GENESIS_HASH, replace(RECORD, **change)) != base  # type: ignore[arg-type]
    assert chain_hash("f" * 64, RECORD) != base


def test_ground_order_does_not_matter_and_text_stays_readable() -> None:
    assert canonical_content(RECORD) == canonical_content(replace(RECORD, grounds=("R-OCCUPIED", "R-ZONING")))
    assert "Зона П-01".encode() in canonical_content(RECORD)
