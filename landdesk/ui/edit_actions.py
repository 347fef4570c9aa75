"""Editing plan zones on the map: the Edit vertices tool (V) selects a zone and drags its vertices with snapping
to the vertices and edges of nearby zones and parcels; every edit is stored at once as an undoable operation
(QUndoStack: Ctrl+Z, Ctrl+Shift+Z); Save edits marks the session, Abandon edits undoes back to it. After each
edit the plan is checked again (when it was checked before) and the pre-checks it changed are listed."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack

from landdesk.domain.editing import (
    EditRefused,
    VertexRef,
    move_vertex,
    nearest_vertex,
    snap,
)
from landdesk.services.editing import (
    apply,
    edit_geometry,
    feature,
    zone_at,
)
from landdesk.services.impact import with_impact
from landdesk.ui.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Callable

    from landdesk.services.editing import Edit
    from landdesk.services.impact import ImpactRow

GRAB_PX = 10.0            # how close to a vertex a drag must start to move it
SNAP_PX = 8.0             # snapping tolerance on screen
ZONE_LAYERS = ("plan_zones",)       # the data layer behind the GP and DPP zone layers


class EditCommand(QUndoCommand):
    """An edit already stored; undo stores its inverse, redo stores it again."""

    def __init__(self, actions: EditActions, edit: Edit) -> None:
        super().__init__(edit.kind)
        self.actions, self.edit, self._stored = actions, edit, True

    def redo(self) -> None:
        if self._stored:                      # pushed right after it was stored: nothing to do the first time
            self._stored = False
            return
        self.actions.store_edit(self.edit)

    def undo(self) -> None:
        self.actions.store_edit(self.edit.inverse())


class EditActions:
    """Needs from the window: tasks, canvas, statusBar(), _action(), _show_error(), reload_map(), plan_dock,
    check_plan(), the signal edited."""

    tasks: Any
    canvas: Any
    edited: Any
    plan_dock: Any
    # the gestures in ui/edit_gestures.py (mixed into the same window)
    _snapped: Callable[[float, float], tuple[float, float]]
    _finish_split: Callable[[], None]
    _finish_drawing: Callable[[], None]
    _choose_for_merge: Callable[[float, float], None]
    _on_double_clicked: Callable[[float, float], None]
    open_attributes: Callable[[], None]
    open_attributes_of: Callable[[str, str], None]
    delete_selected_vertex: Callable[[], None]
    delete_edited_zone: Callable[[], None]
    start_split: Callable[..., None]
    start_drawing: Callable[[str], None]
    merge_chosen: Callable[[], None]

    def _build_editing(self) -> None:
        window: Any = self
        self.undo_stack = QUndoStack(window)
        self.undo_action = self.undo_stack.createUndoAction(window, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(window, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        self.save_edits_action = window._action(tr("Sa&ve edits"), self.save_edits, "Ctrl+S",
                                                tr("Mark the edits as the session's result (each is already stored)"))
        self.abandon_edits_action = window._action(tr("A&bandon edits"), self.abandon_edits, None,
                                                   tr("Undo every edit since the edits were last saved"))
        self.delete_vertex_action = window._action(tr("&Delete vertex"), self.delete_selected_vertex, "Del",
                                                   tr("Delete the chosen vertex of the zone being edited"))
        self.delete_zone_action = window._action(tr("Delete &zone"), self.delete_edited_zone, None,
                                                 tr("Delete the zone being edited (undo brings it back)"))
        self.reshape_action = window._action(tr("&Reshape boundary"), lambda: self.start_split(reshaping=True), None,
                                             tr("Draw a line from the boundary to the boundary: outside adds, inside "
                                             "cuts off; right-click applies"))
        self.edit_lines_action = window._action(tr("Edit red &lines"), lambda: self.set_edit_layer("red_lines"), None,
                                                tr("The edit tool picks red lines"))
        self.edit_settlements_action = window._action(tr("Edit settlement &boundaries"),
                                                      lambda: self.set_edit_layer("settlements"), None,
                                                      tr("The edit tool picks settlement boundaries"))
        self.reshaping = False
        self.split_action = window._action(tr("S&plit zone by line"), self.start_split, None,
                                           tr("Click the cutting line's points across the zone; right-click cuts"))
        self.attributes_action = window._action(tr("Edit &attributes…"), self.open_attributes, "F2",
                                                tr("Edit the zone's type, permitted purposes and code"))
        self.merge_action = window._action(tr("&Merge zones"), self.merge_chosen, None,
                                           tr("Merge the zone being edited with the zones Shift-clicked next to it"))
        self.edit_layer = "plan_zones"
        self.edit_zones_action = window._action(tr("Edit plan &zones"), lambda: self.set_edit_layer("plan_zones"), None,
                                                tr("The edit tool picks plan zones"))
        self.edit_parcels_action = window._action(tr("Edit &parcels"), lambda: self.set_edit_layer("parcels"), None,
                                                  tr("The edit tool picks parcels (a boundary correction is audited)"))
        self.draw_zone_action = window._action(tr("Draw new &zone"), lambda: self.start_drawing("plan_zones"), None,
                                               tr("Click the corners of a new zone of the plan chosen in Plan quality; "
                                               "right-click closes it"))
        self.draw_line_action = window._action(tr("Draw new red &line"), lambda: self.start_drawing("red_lines"), None,
                                               tr("Click the points of a red line of the plan chosen in Plan quality; "
                                               "right-click ends it"))
        self.drawing: tuple[str, list[tuple[float, float]]] | None = None
        self.editing: tuple[str, str, shapely.Geometry] | None = None      # (table, uid, geometry)
        self._grabbed: VertexRef | None = None
        self.chosen_vertex: VertexRef | None = None
        self.merge_with: list[str] = []
        self.split_line: list[tuple[float, float]] | None = None
        self.last_impact: list[ImpactRow] = []
        self.canvas.edit_dragged.connect(self._on_edit_dragged)
        self.canvas.double_clicked.connect(self._on_double_clicked)
        window.inspector.edit_requested.connect(lambda uid: self.open_attributes_of("parcels", uid))

    # -- selecting and dragging ----------------------------------------------------------------------------
    def edit_click(self, x: float, y: float, *, add: bool = False, finish: bool = False) -> None:
        """A click with the edit tool: a point of a cutting line, a vertex to choose, or a zone to edit
        (with Shift: a zone to merge into the one being edited)."""
        if self.drawing is not None:
            if finish:
                self._finish_drawing()
            else:
                self.drawing[1].append(self._snapped(x, y))
                self.canvas.show_measure(self.drawing[1], closed=self.drawing[0] in ("plan_zones", "applications"))
            return
        if self.split_line is not None:
            if finish:
                self._finish_split()
            else:
                self.split_line.append((x, y))
                self.canvas.show_measure(self.split_line, closed=False)
            return
        if self.editing is not None and not add:
            ref, distance = nearest_vertex(self.editing[2], x, y)
            if distance <= GRAB_PX * self.canvas.resolution():
                self.chosen_vertex = ref
                self.canvas.show_snap((*self._vertex_xy(ref), "vertex"))
                return
        if add and self.editing is not None:
            self._choose_for_merge(x, y)
            return
        if self.editing is not None and self.editing[2].distance(shapely.Point(x, y)) <= \
                GRAB_PX * self.canvas.resolution():
            return                       # on or next to the zone being edited (its edge is its neighbour's too)
        self.select_for_edit(x, y)

    def _vertex_xy(self, ref: VertexRef) -> tuple[float, float]:
        assert self.editing is not None
        part = shapely.get_parts(self.editing[2])[ref.part]
        ring = part.exterior if ref.ring == 0 else part.interiors[ref.ring - 1]
        x, y = ring.coords[ref.index]
        return float(x), float(y)

    def select_for_edit(self, x: float, y: float) -> None:
        layers = self.canvas.layers
        layer = self.edit_layer
        reach = GRAB_PX * self.canvas.resolution() if layer == "red_lines" else 0.0   # a line has no inside
        hits = layers.identify(layer, x, y, reach)
        if hits:
            # where a DPP zone lies over a general-plan zone, the smaller (more detailed) one is meant
            best = min(hits, key=lambda i: layers.geometry(layer, i).area)
            fid = layers.fid_at(layer, best)
            self.tasks.read(lambda cache, f=fid: zone_at(cache, f, layer), self._on_zone_for_edit)
            return
        self._set_editing(None)

    def set_edit_layer(self, layer: str) -> None:
        """What the edit tool picks: plan zones (default) or parcels."""
        self.edit_layer = layer
        self._set_editing(None)

    def _on_zone_for_edit(self, state: Any) -> None:
        if state is None:
            self._set_editing(None)
            return
        self._set_editing((state.tbl, state.uid, shapely.from_wkb(state.wkb)))
        window: Any = self
        label = state.attrs.get("zone_code") or state.attrs.get("cadastral_number") or state.uid[:8]
        window.statusBar().showMessage(tr("Editing {label}: drag a vertex, double-click an edge to add one, F2 for "
                                          "attributes; Ctrl+Z undoes.").format(label=label), 10000)

    def _set_editing(self, editing: tuple[str, str, shapely.Geometry] | None) -> None:
        if editing is None or self.editing is None or editing[1] != self.editing[1]:
            self.merge_with = []
        self.editing = editing
        self._grabbed = None
        self.chosen_vertex = None
        self.canvas.show_snap(None)
        if editing is None:
            self.canvas.show_vertices([])
            self.canvas.show_highlight(np.empty(0, dtype=object))
            return
        geometry = editing[2]
        self.canvas.show_vertices([tuple(c) for c in shapely.get_coordinates(geometry)])
        self.canvas.show_highlight(np.array([geometry], dtype=object))

    def _on_edit_dragged(self, x0: float, y0: float, x: float, y: float, finished: bool) -> None:
        if self.editing is None:
            return
        tbl, uid, geometry = self.editing
        pixel = self.canvas.resolution()
        if self._grabbed is None:
            ref, distance = nearest_vertex(geometry, x0, y0)
            if distance > GRAB_PX * pixel:
                return                                   # the drag did not start on a vertex
            self._grabbed = ref
        snapped = snap(x, y, self._snap_candidates(x, y, pixel * SNAP_PX * 4), SNAP_PX * pixel)
        self.canvas.show_snap(snapped)
        tx, ty = (snapped[0], snapped[1]) if snapped else (x, y)
        try:
            moved = move_vertex(geometry, self._grabbed, tx, ty)
        except EditRefused as refused:
            if finished:
                self._grabbed = None
                self.canvas.show_snap(None)
                self._set_editing(self.editing)
                window: Any = self
                window._show_error(refused)
            return
        self.canvas.show_vertices([tuple(c) for c in shapely.get_coordinates(moved)])
        if finished:
            self._grabbed = None
            self.canvas.show_snap(None)
            officer = getpass.getuser()
            self.tasks.write(lambda cache: with_impact(cache, lambda c: edit_geometry(c, tbl, uid, moved, officer,
                                                                                      "move vertex")),
                             lambda result: self._after_edit(result, push=True))

    def _snap_candidates(self, x: float, y: float, reach: float) -> list[shapely.Geometry]:
        layers = self.canvas.layers
        bbox = (x - reach, y - reach, x + reach, y + reach)
        found = []
        for layer in (*ZONE_LAYERS, "parcels"):
            for index in layers.within(layer, bbox):
                geometry = layers.geometry(layer, index)
                if self.editing is None or not geometry.equals(self.editing[2]):
                    found.append(geometry)
        return found

    # -- storing, undo and redo ----------------------------------------------------------------------------
    def store_edit(self, edit: Edit) -> None:
        officer = getpass.getuser()
        self.tasks.write(lambda cache: with_impact(cache, lambda c: apply(c, edit, officer)),
                         lambda result: self._after_edit(result, push=False))

    def _after_edit(self, result: tuple[Edit, list[ImpactRow]], *, push: bool) -> None:
        window: Any = self
        edit, impact = result
        if push:
            self.undo_stack.push(EditCommand(self, edit))
        row = edit.rows[0]
        if self.editing is not None and self.editing[1] == row.uid:
            if row.after is None:
                self._set_editing(None)
            else:
                self.tasks.read(lambda cache: feature(cache, row.tbl, row.uid),
                                lambda state: self._set_editing((row.tbl, state.uid, shapely.from_wkb(state.wkb))))
        window.reload_map(_bounds(edit))          # only the tiles the edit touched are painted again
        self.last_impact = impact
        self.plan_dock.show_impact(impact)
        if getattr(window, "last_checked_plan", False) is not False:
            window.check_plan(window.last_checked_plan)
        window.statusBar().showMessage(tr("Edit stored; pre-check results changed: {count}.").format(count=len(impact)),
                                       10000)
        self.edited.emit(edit, impact)

    def save_edits(self) -> None:
        self.undo_stack.setClean()
        window: Any = self
        window.statusBar().showMessage(
            tr("Edits saved: each was stored as it was made; this is now the session's start."), 10000)

    def abandon_edits(self) -> None:
        self.undo_stack.setIndex(self.undo_stack.cleanIndex())


def _bounds(edit: Edit) -> tuple[float, float, float, float] | None:
    """The rectangle covering every before and after geometry of an edit."""
    wkbs = [state.wkb for row in edit.rows for state in (row.before, row.after) if state is not None and state.wkb]
    if not wkbs:
        return None
    x0, y0, x1, y1 = shapely.total_bounds(shapely.from_wkb(wkbs))
    return float(x0), float(y0), float(x1), float(y1)
