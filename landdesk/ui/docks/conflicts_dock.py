"""Conflicts dock: what the registry and this cache changed differently, side by side, and the three ways
to settle it (accept the registry's, keep mine with a reason, edit a merged version); below, the rows the sync
received but holds back (waiting for their parent, or quarantined), each named with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from landdesk.ui.i18n import number, render, tr
from landdesk.ui.qt import ok_cancel

if TYPE_CHECKING:
    from landdesk.domain.text import Text
    from landdesk.services.sync import ConflictRow, HeldBack

def kind_labels() -> dict[str, str]:
    return {"same_field": tr("Same field changed"), "geometry": tr("Boundary changed on both sides"),
            "update_delete": tr("Changed here, deleted there"), "already_decided": tr("Already decided"),
            "topology": tr("Boundary overlaps a neighbour"), "rejected": tr("Refused by the registry")}


def table_labels() -> dict[str, str]:
    return {"parcels": tr("Parcel"), "applications": tr("Application"), "decisions": tr("Decision"),
            "plan_zones": tr("Plan zone"), "red_lines": tr("Red line"), "application_steps": tr("Step"),
            "plans": tr("Plan"), "settlements": tr("Settlement"), "encumbrances": tr("Encumbrance"),
            "water_bodies": tr("Water body")}


DIFFERS = QColor(255, 226, 150)
NAME_FIELDS = ("cadastral_number", "number", "zone_code", "name", "step_code", "kind")


def label_of(conflict: ConflictRow) -> str:
    for side in (conflict.mine, conflict.theirs, conflict.base):
        attrs = (side or {}).get("attrs") or {}
        for name in NAME_FIELDS:
            if attrs.get(name):
                return str(attrs[name])
    return conflict.uid[:8]


class ConflictsDock(QDockWidget):
    conflict_chosen = Signal(object)                 # ConflictRow
    resolve_requested = Signal(object, str, object, object)   # ConflictRow, resolution, reason, merged fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Conflicts"), parent)
        self.setObjectName("ConflictsDock")
        self.conflicts: list[ConflictRow] = []
        self.held: list[HeldBack] = []
        self.reasons: dict[str, Text] = {}         # conflict id -> the rules' sentence for a `rejected` conflict
        self.current: ConflictRow | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(tr("No conflicts."), body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # above, the conflicts and how to settle the chosen one; below, the rows the sync holds back (when any)
        sections = QSplitter(Qt.Orientation.Vertical, body)
        conflict_box = QWidget(sections)
        conflict_layout = QVBoxLayout(conflict_box)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, conflict_box)
        self.list = QTableWidget(0, 3, splitter)
        self.list.setHorizontalHeaderLabels([tr("Conflict"), tr("Feature"), tr("Fields")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._on_selected)
        self.detail = QTableWidget(0, 4, splitter)
        self.detail.setHorizontalHeaderLabels([tr("Field"), tr("Base"), tr("Mine"), tr("Registry")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([120, 240])
        conflict_layout.addWidget(splitter, 1)
        self.message = QLabel("", conflict_box)
        self.message.setWordWrap(True)
        conflict_layout.addWidget(self.message)
        self.legend = QLabel(tr("Map: <span style='color:#5a5a5a'>- - base</span> · "
                             "<span style='color:#1e64e6'>■ mine</span> · "
                             "<span style='color:#dc2828'>■ registry</span>"), conflict_box)
        conflict_layout.addWidget(self.legend)
        buttons = QHBoxLayout()
        self.theirs_button = QPushButton(tr("Accept registry's"), conflict_box)
        self.theirs_button.setToolTip(tr("Drop my change to this feature and take the registry's version"))
        self.mine_button = QPushButton(tr("Keep mine…"), conflict_box)
        self.mine_button.setToolTip(tr("Send my version again over the registry's; a reason is required and audited"))
        self.merge_button = QPushButton(tr("Edit merged…"), conflict_box)
        self.merge_button.setToolTip(tr("Start from the registry's version and set the differing fields by hand"))
        for button in (self.theirs_button, self.mine_button, self.merge_button):
            buttons.addWidget(button)
        conflict_layout.addLayout(buttons)
        self.held_box = QWidget(sections)
        held_layout = QVBoxLayout(self.held_box)
        held_layout.setContentsMargins(0, 6, 0, 0)
        self.held_heading = QLabel("<b>" + tr("Received but held back by the sync") + "</b>", self.held_box)
        held_layout.addWidget(self.held_heading)
        self.held_table = QTableWidget(0, 3, self.held_box)
        self.held_table.setObjectName("held_rows")
        self.held_table.setHorizontalHeaderLabels([tr("State"), tr("Feature"), tr("Reason")])
        self.held_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_table.setWordWrap(False)                 # one line a row; the whole reason is in the tooltip
        self.held_table.verticalHeader().hide()
        self.held_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.held_table.horizontalHeader().setStretchLastSection(True)
        held_layout.addWidget(self.held_table, 1)
        self.held_box.hide()
        sections.addWidget(conflict_box)
        sections.addWidget(self.held_box)
        sections.setSizes([400, 160])
        layout.addWidget(sections, 1)
        self.theirs_button.clicked.connect(lambda: self._request("theirs"))
        self.mine_button.clicked.connect(self._ask_reason)
        self.merge_button.clicked.connect(self._ask_merge)
        self.setWidget(body)
        self.dialog: QDialog | None = None
        self._enable()

    def show_conflicts(self, conflicts: list[ConflictRow], held: list[HeldBack] | None = None,
                       reasons: dict[str, Text] | None = None) -> None:
        """The open conflicts and, when given, the rows held back and the rules' reasons for refused rows."""
        keep = self.current.conflict_id if self.current else None
        self.conflicts = conflicts
        if reasons is not None:
            self.reasons = reasons
        if held is not None:
            self._show_held(held)
        self.list.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = (kind_labels().get(conflict.kind, conflict.kind),
                     f"{table_labels().get(conflict.tbl, conflict.tbl)} {label_of(conflict)}",
                     ", ".join(conflict.fields))
            for column, text in enumerate(cells):
                self.list.setItem(row, column, QTableWidgetItem(text))
        self._summarise()
        chosen = next((i for i, c in enumerate(conflicts) if c.conflict_id == keep), 0 if conflicts else None)
        if chosen is None:
            self.current = None
            self.detail.setRowCount(0)
            self.message.clear()
            self._enable()
        else:
            self.list.selectRow(chosen)
            self._on_selected()

    def _summarise(self) -> None:
        parts = []
        if self.conflicts:
            parts.append(tr("Changes here and in the registry that disagree: {count}. Nothing was overwritten; "
                            "choose for each which version stands.").format(count=len(self.conflicts)))
        if self.held:
            parts.append(tr("Rows received from the registry and held back: {count}. The sync goes on without them; "
                            "each comes in when its parent arrives or the registry sends a corrected version."
                            ).format(count=number(len(self.held))))
        self.summary.setText(" ".join(parts) or tr("No conflicts."))

    def _show_held(self, held: list[HeldBack]) -> None:
        self.held = held
        self.held_table.setRowCount(len(held))
        for row, kept in enumerate(held):
            cells = (render(kept.state_text), f"{table_labels().get(kept.tbl, kept.tbl)} {kept.label or kept.uid[:8]}",
                     render(kept.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tr("Row {uid} of {table}, registry version {version}").format(
                    uid=kept.uid, table=kept.tbl, version="?" if kept.version is None else kept.version)
                    + ("\n" + text if column == 2 else ""))
                self.held_table.setItem(row, column, item)
        self.held_box.setVisible(bool(held))

    def _on_selected(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return
        self.current = self.conflicts[rows[0].row()]
        self._show_detail(self.current)
        self._enable()
        self.conflict_chosen.emit(self.current)

    def _show_detail(self, conflict: ConflictRow) -> None:
        base = (conflict.base or {}).get("attrs") or {}
        mine = (conflict.mine or {}).get("attrs") or {}
        theirs = (conflict.theirs or {}).get("attrs") or {}
        same_row = not conflict.theirs or conflict.theirs.get("uid") in (None, conflict.uid)
        candidates = set(mine) | set(conflict.fields) | ({*theirs} if same_row else set())
        # the fields in conflict first, then any other field the three versions disagree on
        def disagree(n: str) -> bool:
            return len({repr(base.get(n)), repr(mine.get(n, base.get(n))), repr(theirs.get(n, base.get(n)))}) > 1
        names = sorted((n for n in candidates if n and (n in conflict.fields or (n != "geom" and disagree(n)))),
                       key=lambda n: (n not in conflict.fields, n))
        if not same_row:                          # another row (the decision already taken): show it whole
            names = sorted(set(mine) | set(theirs))
        if any(side and side.get("wkb") for side in (conflict.mine, conflict.theirs)):
            names.append("geometry")
        self.detail.setRowCount(len(names))
        for row, name in enumerate(names):
            if name == "geometry":
                values = [_geometry_note(side) for side in (conflict.base, conflict.mine, conflict.theirs)]
            else:
                values = [_text(base.get(name)), _text(mine.get(name, base.get(name))),
                          _text(theirs.get(name)) if conflict.theirs else tr("(deleted)") if conflict.kind ==
                          "update_delete" else ""]
            for column, text in enumerate([name, *values]):
                item = QTableWidgetItem(text)
                if column > 0 and (name in conflict.fields or name == "geometry" or values[1] != values[2]):
                    item.setBackground(QBrush(DIFFERS))
                self.detail.setItem(row, column, item)
        self.message.setText(self._refusal(conflict) if conflict.kind == "rejected" else conflict.message)

    def _refusal(self, conflict: ConflictRow) -> str:
        """Why a `rejected` row was set aside: the field and the rules' (or the registry's) reason, and what to do."""
        reason = self.reasons.get(conflict.conflict_id)
        said = render(reason) if reason is not None else render(conflict.message)
        field = ", ".join(f for f in conflict.fields if f)
        return tr("The registry cannot keep this row, so it was set aside and not sent: {field}: {reason}. Correct "
                  "it and sync again, or accept the registry's version.").format(field=field or "—",
                                                                                 reason=said or "—")

    def _enable(self) -> None:
        chosen = self.current is not None
        decided = chosen and self.current is not None and self.current.kind in ("already_decided", "topology")
        refused = chosen and self.current is not None and self.current.kind == "rejected"
        self.theirs_button.setEnabled(chosen)
        self.mine_button.setEnabled(chosen and not decided and not refused)   # sent again, it is refused again
        self.merge_button.setEnabled(chosen and not decided and self.current is not None
                                     and bool(self.current.theirs) and self.current.kind != "update_delete")

    def _request(self, resolution: str, reason: str | None = None, merged: dict[str, Any] | None = None) -> None:
        if self.current is not None:
            self.resolve_requested.emit(self.current, resolution, reason, merged)

    def _ask_reason(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Keep my version"))
        form = QVBoxLayout(dialog)
        form.addWidget(QLabel(tr("Why does your version stand over the registry's? This is kept in the audit log."),
                              dialog))
        reason = QPlainTextEdit(dialog)
        reason.setObjectName("reason")
        form.addWidget(reason)
        buttons = ok_cancel(dialog)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        reason.textChanged.connect(lambda: ok.setEnabled(bool(reason.toPlainText().strip())))
        form.addWidget(buttons)
        dialog.accepted.connect(lambda: self._request("mine", reason.toPlainText().strip()))
        self.dialog = dialog
        dialog.open()

    def _ask_merge(self) -> None:
        conflict = self.current
        if conflict is None or not conflict.theirs:
            return
        theirs = conflict.theirs.get("attrs") or {}
        mine = (conflict.mine or {}).get("attrs") or {}
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Edit the merged version"))
        form = QFormLayout(dialog)
        form.addRow(QLabel(tr("Starting from the registry's version; set each field as it should stand."), dialog))
        edits: dict[str, QLineEdit] = {}
        for name in conflict.fields or tuple(mine):
            if name == "geom":
                continue
            edit = QLineEdit(_text(mine.get(name, theirs.get(name))), dialog)
            edit.setObjectName(f"merged_{name}")
            edit.setPlaceholderText(tr("registry: {value}").format(value=_text(theirs.get(name))))
            edits[name] = edit
            form.addRow(name, edit)
        form.addRow(ok_cancel(dialog))

        def merged() -> dict[str, Any]:
            return {name: _typed(edit.text(), theirs.get(name, mine.get(name))) for name, edit in edits.items()}
        dialog.accepted.connect(lambda: self._request("merged", None, merged()))
        self.dialog = dialog
        dialog.open()


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _typed(text: str, like: Any) -> Any:
    if text == "":
        return None
    if isinstance(like, bool):
        return text.lower() in ("1", "true", "yes")
    if isinstance(like, int):
        try:
            return int(text)
        except ValueError:
            return text
    if isinstance(like, float):
        try:
            return float(text)
        except ValueError:
            return text
    return text


def _geometry_note(side: dict[str, Any] | None) -> str:
    if not side or not side.get("wkb"):
        return ""
    import shapely
    geometry = shapely.from_wkb(bytes.fromhex(side["wkb"]))
    return tr("{area} m², {count} vertices").format(area=number(geometry.area, 1),
                                                   count=shapely.get_num_coordinates(geometry))
