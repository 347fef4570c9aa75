"""The edit tool's further gestures, mixed into MainWindow beside EditActions: add a vertex (double-click an
edge), delete the chosen vertex (Del), draw new zones and red lines, split a zone by a line, reshape a boundary,
merge Shift-clicked zones, delete a feature, and edit attributes (F2, or the inspector's Edit…)."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any

import shapely
from PySide6.QtCore import Qt

from landdesk.domain.editing import EditRefused, VertexRef, delete_vertex, insert_vertex, reshape, snap
from landdesk.map.canvas import Tool
from landdesk.services.editing import (
    create_feature,
    delete_feature,
    edit_attributes,
    edit_geometry,
    feature,
    merge_features,
    split_feature,
    zone_at,
)
from landdesk.services.impact import with_impact
from landdesk.ui.attribute_dialog import AttributeDialog
from landdesk.ui.edit_actions import GRAB_PX, SNAP_PX
from landdesk.ui.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Callable


class EditGestures:
    """Shares the edit state of EditActions (editing, chosen_vertex, merge_with, split_line, drawing, reshaping)
    and its _after_edit, _snapped and _snap_candidates."""

    tasks: Any
    canvas: Any
    plan_dock: Any
    editing: tuple[str, str, shapely.Geometry] | None
    chosen_vertex: VertexRef | None
    merge_with: list[str]
    split_line: list[tuple[float, float]] | None
    drawing: tuple[str, list[tuple[float, float]]] | None
    reshaping: bool
    edit_layer: str
    _after_edit: Callable[..., None]
    _set_editing: Callable[..., None]
    _snap_candidates: Callable[..., list[shapely.Geometry]]

    def _on_double_clicked(self, x: float, y: float) -> None:
        """Double-click on an edge of the zone being edited: a new vertex there."""
        if self.editing is None or self.canvas.view_box.tool.value != "edit":
            return
        tbl, uid, geometry = self.editing
        best = None
        for part_no, part in enumerate(shapely.get_parts(geometry)):
            for ring_no, ring in enumerate([part.exterior, *part.interiors]):
                coords = list(ring.coords)
                for k in range(len(coords) - 1):
                    edge = shapely.LineString(coords[k:k + 2])
                    distance = edge.distance(shapely.Point(x, y))
                    if best is None or distance < best[0]:
                        on_edge = edge.interpolate(edge.project(shapely.Point(x, y)))   # exactly on the edge
                        best = (distance, part_no, ring_no, k, on_edge.x, on_edge.y)
        if best is None or best[0] > GRAB_PX * self.canvas.resolution():
            return
        ref, at = VertexRef(best[1], best[2], best[3]), (best[4], best[5])
        self._store_new_geometry(tbl, uid, lambda: insert_vertex(geometry, ref, *at), "add vertex")

    def delete_selected_vertex(self) -> None:
        if self.editing is None or self.chosen_vertex is None:
            return
        tbl, uid, geometry = self.editing
        ref = self.chosen_vertex
        self._store_new_geometry(tbl, uid, lambda: delete_vertex(geometry, ref), "delete vertex")

    def delete_edited_zone(self) -> None:
        if self.editing is None:
            return
        tbl, uid, _geometry = self.editing
        officer = getpass.getuser()
        self._set_editing(None)
        self.tasks.write(lambda cache: with_impact(cache, lambda c: delete_feature(c, tbl, uid, officer)),
                         lambda result: self._after_edit(result, push=True))

    def _choose_for_merge(self, x: float, y: float) -> None:
        for layer in (self.edit_layer,):                 # zones, or parcels when the tool edits parcels
            hits = self.canvas.layers.identify(layer, x, y)
            if hits:
                fid = self.canvas.layers.fid_at(layer, hits[0])

                def chosen(state: Any) -> None:
                    if state is not None and self.editing is not None and state.uid != self.editing[1] \
                            and state.uid not in self.merge_with:
                        self.merge_with.append(state.uid)
                        window: Any = self
                        chosen_text = tr("Zones chosen: {count}. Edit → Merge zones joins them.")
                        window.statusBar().showMessage(chosen_text.format(count=len(self.merge_with) + 1), 10000)
                self.tasks.read(lambda cache, f=fid, t=layer: zone_at(cache, f, t), chosen)
                return

    def merge_chosen(self) -> None:
        if self.editing is None or not self.merge_with:
            return
        tbl, uid, _geometry = self.editing
        uids = [uid, *self.merge_with]
        officer = getpass.getuser()
        self.tasks.write(lambda cache: with_impact(cache, lambda c: merge_features(c, tbl, uids, officer)),
                         lambda result: self._after_edit(result, push=True),
                         self._edit_failed)

    def start_drawing(self, tbl: str) -> None:
        window: Any = self
        if tbl != "applications" and self.plan_dock.plan.currentData() is None:
            window._show_error(EditRefused(reason=tr("no plan is chosen for the new feature"),
                                           todo=tr("Choose its plan in the Plan quality dock first.")))
            return
        window.set_tool(Tool.EDIT)
        self._set_editing(None)
        self.drawing = (tbl, [])
        window.statusBar().showMessage(tr("Click the points; right-click finishes, Esc stops."))

    def _snapped(self, x: float, y: float) -> tuple[float, float]:
        pixel = self.canvas.resolution()
        found = snap(x, y, self._snap_candidates(x, y, pixel * SNAP_PX * 4), SNAP_PX * pixel)
        return (found[0], found[1]) if found else (x, y)

    def _finish_drawing(self) -> None:
        assert self.drawing is not None
        (tbl, points), self.drawing = self.drawing, None
        self.canvas.show_measure([], closed=False)
        if tbl == "applications":                # a requested plot for the registration dialog, not an edit
            plot = shapely.Polygon(points) if len(points) >= 3 else None
            window: Any = self
            window.applications.plot_drawn(plot)
            return
        try:
            geometry = shapely.Polygon(points) if tbl == "plan_zones" else shapely.LineString(points)
        except (ValueError, shapely.errors.GEOSException):
            self._edit_failed(EditRefused(reason=tr("too few points"),
                                          todo=tr("A zone needs three corners, a line two.")))
            return
        plan = self.plan_dock.plan.currentData()
        officer = getpass.getuser()
        self.tasks.write(lambda cache: with_impact(cache, lambda c: create_feature(c, tbl, plan, geometry, officer)),
                         lambda result: self._after_edit(result, push=True), self._edit_failed)

    def start_split(self, *, reshaping: bool = False) -> None:
        if self.editing is None:
            return
        self.reshaping = reshaping
        self.split_line = []
        window: Any = self
        window.statusBar().showMessage(tr("Click the line from the boundary to the boundary; right-click applies, Esc "
                                       "stops.") if reshaping else tr("Click the cutting line across the zone; "
                                       "right-click to cut, Esc to stop."))

    def _finish_split(self) -> None:
        line, self.split_line = self.split_line, None
        self.canvas.show_measure([], closed=False)
        if self.editing is None or not line or len(line) < 2:
            return
        tbl, uid, geometry = self.editing
        officer = getpass.getuser()
        cut = shapely.LineString(line)
        if self.reshaping:
            self.reshaping = False
            self._store_new_geometry(tbl, uid, lambda: reshape(geometry, cut), "reshape")
            return
        self.tasks.write(lambda cache: with_impact(cache, lambda c: split_feature(c, tbl, uid, cut, officer)),
                         lambda result: self._after_edit(result, push=True),
                         self._edit_failed)

    def open_attributes(self) -> None:
        if self.editing is not None:
            self.open_attributes_of(self.editing[0], self.editing[1])

    def open_attributes_of(self, tbl: str, uid: str) -> None:
        """The attribute dialog of a feature (the one being edited, or the parcel in the inspector)."""
        window: Any = self

        def ask(state: Any) -> None:
            dialog = AttributeDialog(tbl, state.attrs, window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            officer = getpass.getuser()

            def store() -> None:
                changes = dialog.changes()
                if changes:
                    self.tasks.write(lambda cache: with_impact(cache, lambda c: edit_attributes(c, tbl, uid, changes,
                                                                                                officer)),
                                     lambda result: self._after_edit(result, push=True), self._edit_failed)
            dialog.accepted.connect(store)
            self.attribute_dialog = dialog
            dialog.open()
        self.tasks.read(lambda cache: feature(cache, tbl, uid), ask)

    def _store_new_geometry(self, tbl: str, uid: str, make: Any, kind: str) -> None:
        try:
            geometry = make()
        except EditRefused as refused:
            self._edit_failed(refused)
            return
        officer = getpass.getuser()
        self.tasks.write(lambda cache: with_impact(cache, lambda c: edit_geometry(c, tbl, uid, geometry, officer,
                                                                                  kind)),
                         lambda result: self._after_edit(result, push=True), self._edit_failed)

    def _edit_failed(self, error: BaseException) -> None:
        window: Any = self
        window._show_error(error)

