"""File → Import… in the real window: choose the target and plan, import with progress, read the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyogrio
import shapely

from landdesk.storage import open_cache

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from landdesk.ui.main_window import MainWindow


def test_import_zones_from_the_file_menu(open_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window()
    with open_cache(window.cache_path, read_only=True) as cache:
        wkb = cache.connection.execute("SELECT AsBinary(geom) FROM parcels ORDER BY fid LIMIT 1").fetchone()[0]
    good = shapely.affinity.translate(shapely.from_wkb(wkb), 0, -3000)
    bad = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    file = tmp_path / "zones.gpkg"
    pyogrio.raw.write(file, geometry=np.array([shapely.to_wkb(good), shapely.to_wkb(shapely.multipolygons([bad]))],
                                              dtype=object),
                      field_data=[np.array(["Ж7-01", "Ж7-02"], dtype=object),
                                  np.array(["IZHS", "IZHS"], dtype=object)],
                      fields=["zone_code", "purposes"], geometry_type="MultiPolygon", crs="EPSG:32642", driver="GPKG")
    window.open_import(file)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None, timeout=10000)
    dialog = window.import_dialog
    dialog.target.setCurrentIndex(dialog.target.findData("zones"))
    assert not dialog.ok.isEnabled()                                     # zones need their plan
    assert "choose it" in dialog.hint.text()
    dialog.plan.setCurrentIndex(dialog.plan.findText("ПДП микрорайона Самал-3 (approved)"))
    assert dialog.ok.isEnabled()
    dialog.fields.cellWidget(1, 1).setCurrentText("permitted_purposes")   # "purposes" -> permitted_purposes
    assert dialog.mapping() == {"zone_code": "zone_code", "purposes": "permitted_purposes"}
    with qtbot.waitSignal(window.imported, timeout=30000) as imported:
        dialog.accept()
    report, impact = imported.args
    assert (report.read, report.imported) == (2, 1)
    text = window.import_summary.text()
    assert "1 of 2 features imported as zones" in text
    assert "its geometry is invalid" in text
    assert ("Pre-checks changed" in text) == bool(impact)
    with open_cache(window.cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT permitted_purposes FROM plan_zones WHERE zone_code = 'Ж7-01'"
                                        ).fetchone()[0] == '["IZHS"]'


def test_the_dialog_previews_a_guessed_encoding(open_window: Callable[[], MainWindow], qtbot: QtBot,
                                                tmp_path: Path) -> None:
    window = open_window()
    with open_cache(window.cache_path, read_only=True) as cache:
        wkb = cache.connection.execute("SELECT AsBinary(geom) FROM parcels WHERE status = 'REGISTERED' ORDER BY fid "
                                       "LIMIT 1").fetchone()[0]
    outline = shapely.affinity.translate(shapely.from_wkb(wkb), -4000, -2000)       # open land in the district
    file = tmp_path / "old.shp"
    pyogrio.raw.write(file, geometry=np.array([shapely.to_wkb(outline)], dtype=object),
                      field_data=[np.array(["19-245-990-001"], dtype=object), np.array(["IZHS"], dtype=object),
                                  np.array(["Иванов Иван"], dtype=object)],
                      fields=["cadastral_", "purpose", "right_hold"], geometry_type="MultiPolygon",
                      crs="EPSG:32642", driver="ESRI Shapefile", encoding="cp1251")
    file.with_suffix(".cpg").unlink()
    window.open_import(file)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None, timeout=10000)
    dialog = window.import_dialog
    assert dialog.encoding.currentData() == "cp1251"
    assert "«Иванов Иван»" in dialog.preview.text()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp866"))
    assert "«Иванов Иван»" not in dialog.preview.text()                  # the officer sees what a wrong choice does
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    dialog.target.setCurrentIndex(dialog.target.findData("parcels"))
    dialog.fields.cellWidget(0, 1).setCurrentText("cadastral_number")
    dialog.fields.cellWidget(2, 1).setCurrentText("right_holder")
    with qtbot.waitSignal(window.imported, timeout=30000) as imported:
        dialog.accept()
    report, _impact = imported.args
    assert (report.imported, report.rejected) == (1, [])
    assert report.warnings == []                    # the officer chose the encoding, seeing its preview: no guess
    with open_cache(window.cache_path, read_only=True) as cache:
        assert cache.connection.execute("SELECT right_holder FROM parcels WHERE cadastral_number = '19-245-990-001'"
                                        ).fetchone()[0] == "Иванов Иван"
