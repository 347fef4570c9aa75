"""Conflicts dock: what the registry and this cache changed differently, side by side, and the three ways
to settle it (accept the registry's, keep mine with a reason, edit a merged version)."""

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

from landdesk.ui.i18n import number, tr
from landdesk.ui.qt import ok_cancel

if TYPE_CHECKING:
    from landdesk.services.sync import ConflictRow

def kind_labels() -> dict[str, str]:
    return {"same_field": tr("Same field changed"), "geometry": tr("Boundary changed on both sides"),
            "update_delete": tr("Changed here, deleted there"), "already_decided": tr("Already decided"),
            "topology": tr("Boundary overlaps a neighbour"), "rejected": tr("Refused by the registry")}


def table_labels() -> dict[str, str]:
    return {"parcels": tr("Parcel"), "applications": tr("Application"), "decisions": tr("Decision"),
            "plan_zones": tr("Plan zone"), "red_lines": tr("Red line"), "application_steps": tr("Step")}
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
        self.current: ConflictRow | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(tr("No conflicts."), body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical, body)
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
        layout.addWidget(splitter, 1)
        self.message = QLabel("", body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.legend = QLabel(tr("Map: <span style='color:#5a5a5a'>- - base</span> · "
                             "<span style='color:#1e64e6'>■ mine</span> · "
                             "<span style='color:#dc2828'>■ registry</span>"), body)
        layout.addWidget(self.legend)
        buttons = QHBoxLayout()
        self.theirs_button = QPushButton(tr("Accept registry's"), body)
        self.theirs_button.setToolTip(tr("Drop my change to this feature and take the registry's version"))
        self.mine_button = QPushButton(tr("Keep mine…"), body)
        self.mine_button.setToolTip(tr("Send my version again over the registry's; a reason is required and audited"))
        self.merge_button = QPushButton(tr("Edit merged…"), body)
        self.merge_button.setToolTip(tr("Start from the registry's version and set the differing fields by hand"))
        for button in (self.theirs_button, self.mine_button, self.merge_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.theirs_button.clicked.connect(lambda: self._request("theirs"))
        self.mine_button.clicked.connect(self._ask_reason)
        self.merge_button.clicked.connect(self._ask_merge)
        self.setWidget(body)
        self.dialog: QDialog | None = None
        self._enable()

    def show_conflicts(self, conflicts: list[ConflictRow]) -> None:
        keep = self.current.conflict_id if self.current else None
        self.conflicts = conflicts
        self.list.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = (kind_labels().get(conflict.kind, conflict.kind),
                     f"{table_labels().get(conflict.tbl, conflict.tbl)} {label_of(conflict)}",
                     ", ".join(conflict.fields))
            for column, text in enumerate(cells):
                self.list.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(tr("No conflicts.") if not conflicts else
                             tr("Changes here and in the registry that disagree: {count}. Nothing was overwritten; "
                                "choose for each which version stands.").format(count=len(conflicts)))
        chosen = next((i for i, c in enumerate(conflicts) if c.conflict_id == keep), 0 if conflicts else None)
        if chosen is None:
            self.current = None
            self.detail.setRowCount(0)
            self.message.clear()
            self._enable()
        else:
            self.list.selectRow(chosen)
            self._on_selected()

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
        names = sorted((n for n in candidates if n in conflict.fields or (n != "geom" and disagree(n))),
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
        self.message.setText(conflict.message)

    def _enable(self) -> None:
        chosen = self.current is not None
        decided = chosen and self.current is not None and self.current.kind in ("already_decided", "topology")
        self.theirs_button.setEnabled(chosen)
        self.mine_button.setEnabled(chosen and not decided)
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
