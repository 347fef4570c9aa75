"""Guard against PySide6 6.12.0's bug: every void Qt method call dropped None's reference count (aborts on 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_leave_none_refcount_alone() -> None:
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(100_000):
        point.setX(1.0)
    after = sys.getrefcount(None)
    # A healthy binding changes nothing; 6.12.0 lowered it by one per call (100,000 here).
    assert after >= before - 10, f"None's refcount fell by {before - after} over 100,000 void calls"
