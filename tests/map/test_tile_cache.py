"""The tile cache: renders wanted tiles in a worker, drops the ones the view has left, and reuses tiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shapely
from PySide6.QtWidgets import QApplication

from landdesk.map.items import TileCache
from landdesk.map.styles import PARCEL_BY_STATUS, ClassStyle, LayerStyle
from landdesk.map.tiles import DrawLayer, RenderState
from landdesk.storage.render_copy import SOURCES, pack_rows

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def _state(generation: int) -> RenderState:
    rows = [(k + 1, "FREE", "SETTLEMENT", None, f"19-245-001-{k + 1:03d}",
             shapely.to_wkb(shapely.box(k * 30, 0, k * 30 + 25, 25))) for k in range(200)]
    arrays = pack_rows(SOURCES["parcels"], 1, rows)
    style = LayerStyle("parcels", "Parcels", "parcels", "status", PARCEL_BY_STATUS, ClassStyle("x", None, None))
    return RenderState(generation, (DrawLayer.of(style, arrays),))


def test_a_view_is_painted_first_then_its_edge_tiles_whole_and_then_served_from_the_cache(qtbot: QtBot) -> None:
    cache = TileCache()
    cache.set_state(_state(1))
    view = (100.0, 100.0, 1900.0, 900.0)
    keys = cache.request(view, 2.0)
    qtbot.waitUntil(cache.is_idle, timeout=10000)
    assert cache.rendered >= len(keys)
    cache.wait_idle()                                   # the worker completes the edge tiles after the view
    qtbot.waitUntil(lambda: all(t.valid is None for _k, t in cache.tiles_for(view, 2.0)), timeout=10000)
    rendered = cache.rendered
    cache.request((0, 0, 2000, 1000), 2.0)              # a small pan inside the completed tiles
    assert cache.is_idle()
    cache.wait_idle()
    QApplication.processEvents()
    assert cache.rendered == rendered, "nothing was painted again"
    exact = [key for key, _tile in cache.tiles_for(view, 2.0) if key in set(keys)]
    assert set(exact) == set(keys)
    cache.shutdown()


def test_tiles_the_view_has_left_are_dropped_not_rendered(qtbot: QtBot) -> None:
    cache = TileCache()
    cache.set_state(_state(1))
    first = cache.request((0, 0, 6000, 4000), 0.5)       # many tiles queued…
    last = cache.request((0, 0, 200, 200), 0.5)          # …then the officer zooms somewhere else at once
    qtbot.waitUntil(cache.is_idle, timeout=20000)
    qtbot.waitUntil(lambda: cache.rendered + cache.dropped >= len(set(first) | set(last)) - 1, timeout=20000)
    assert cache.dropped > 0
    assert cache.rendered < len(first)
    cache.shutdown()


def test_a_style_change_shows_old_tiles_until_new_ones_arrive(qtbot: QtBot) -> None:
    cache = TileCache()
    cache.set_state(_state(1))
    cache.request((0, 0, 1000, 500), 2.0)
    qtbot.waitUntil(cache.is_idle, timeout=10000)
    cache.set_state(_state(2))
    cache.request((0, 0, 1000, 500), 2.0)
    shown = cache.tiles_for((0, 0, 1000, 500), 2.0)
    assert shown, "the previous style's tiles stand in meanwhile"
    qtbot.waitUntil(cache.is_idle, timeout=10000)
    assert cache.tiles_for((0, 0, 1000, 500), 2.0)[-1][0].style == 2   # exact, new tiles on top
    cache.shutdown()


def test_synchronous_mode_paints_in_the_callers_thread_and_completes_on_demand() -> None:
    cache = TileCache(synchronous=True)
    cache.set_state(_state(1))
    view = (100.0, 100.0, 1900.0, 900.0)
    keys = cache.request(view, 2.0)
    assert cache.is_idle(), "painted before request returned"
    tiles = cache.tiles_for(view, 2.0)
    assert [k for k, _t in tiles] == keys
    assert any(t.valid is not None for _k, t in tiles), "edge tiles wait for completion"
    cache.complete_now()
    assert all(t.valid is None for _k, t in cache.tiles_for(view, 2.0))
    cache.shutdown()
