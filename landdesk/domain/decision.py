"""Decisions are append-only and hash-chained: each holds the hash of its content and of the previous one."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from landdesk.domain.application import DecisionKind

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    uid: str
    seq: int
    application_uid: str
    kind: DecisionKind
    decided_on: str          # ISO date of the act
    decided_at: str          # ISO timestamp it was recorded
    officer: str
    act_number: str | None
    grounds: tuple[str, ...]
    motivation: str | None
    override_reason: str | None
    # What the decision's document needs beyond the fields above (schema v6): signer, the motivation in the other
    # language, track A's protocol and project approval, zone, lease term, contract deadline, the head's override.
    # Hashed only when not empty, so decisions recorded before it existed keep their hashes.
    details: dict[str, Any] = field(default_factory=dict)


def canonical_content(record: DecisionRecord) -> bytes:
    """Stable bytes of a decision's content: sorted keys, no whitespace, UTF-8."""
    data = asdict(record)
    data["kind"] = str(record.kind)
    data["grounds"] = sorted(record.grounds)
    if not record.details:
        del data["details"]
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(prev_hash: str, record: DecisionRecord) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical_content(record)).hexdigest()
