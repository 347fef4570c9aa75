"""The Application queue: sortable, filterable, with the working days left coloured by urgency."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from landdesk.domain.application import ApplicationStatus
from landdesk.domain.labels import label
from landdesk.ui import units
from landdesk.ui.i18n import date_text, number, render, tr
from landdesk.ui.qt import signals_blocked

if TYPE_CHECKING:
    from landdesk.services.queue import QueueRow

Index = QModelIndex | QPersistentModelIndex
COLUMN_COUNT = 9
DEADLINE_COLUMN = 5
DAYS_LEFT_COLUMN = 6
URGENCY_COLOURS = {"overdue": QColor(244, 180, 180), "due_soon": QColor(255, 224, 150),
                   "on_time": QColor(200, 235, 200)}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def column_titles() -> tuple[str, ...]:
    return (tr("Number"), tr("Applicant"), tr("Purpose"), tr("Area, {unit}").format(unit=units.area_unit()),
            tr("Received"), tr("Deadline"), tr("Working days left"), tr("Status"), tr("Officer"))


class QueueModel(QAbstractTableModel):
    """The rows and, made once when they arrive, their texts in the officer's language: painting, sorting and
    filtering read those instead of translating and formatting a cell at every call."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QueueRow] = []
        self.shown: list[tuple[str, ...]] = []
        self.titles = column_titles()

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.shown = [_display(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown[index.row()][column]
        if role == SORT_ROLE:
            return _sort_key(row, column, self.shown[index.row()])
        if role == Qt.ItemDataRole.BackgroundRole and column == DAYS_LEFT_COLUMN:
            return URGENCY_COLOURS.get(row.urgency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, DAYS_LEFT_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


def _display(row: QueueRow) -> tuple[str, ...]:
    if row.days_left is None:
        days = "—"
    else:
        days = number(row.days_left) if row.days_left >= 0 else tr("{days} overdue").format(days=number(-row.days_left))
    return (row.number, row.applicant, render(label(row.purpose)), units.area(row.area_m2), date_text(row.received),
            date_text(row.deadline) if row.deadline else "—", days, render(label(row.status)), row.officer)


def _sort_key(row: QueueRow, column: int, shown: tuple[str, ...]) -> Any:
    keys: dict[int, Any] = {
        3: row.area_m2,
        4: row.received.isoformat(),
        DEADLINE_COLUMN: row.deadline.isoformat() if row.deadline else "9999",
        DAYS_LEFT_COLUMN: row.days_left if row.days_left is not None else 10**6,
    }
    return keys.get(column, shown[column])


class QueueFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.status: str | None = None
        self.overdue_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def update(self, *, status: str | None, overdue_only: bool, text: str) -> None:
        if hasattr(self, "beginFilterChange"):      # Qt ≥ 6.10 deprecates invalidateFilter()
            self.beginFilterChange()
            self.status, self.overdue_only, self.text = status, overdue_only, text.strip().lower()
            self.endFilterChange()
        else:
            self.status, self.overdue_only, self.text = status, overdue_only, text.strip().lower()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, QueueModel)
        row = model.rows[source_row]
        if self.status and row.status != self.status:
            return False
        if self.overdue_only and row.urgency != "overdue":
            return False
        if self.text:
            shown = model.shown[source_row]           # number, applicant, purpose, status and officer, as shown
            haystack = " ".join((row.purpose, row.status, *(shown[k] for k in (0, 1, 2, 7, 8)))).lower()
            return self.text in haystack
        return True


class ApplicationQueueDock(QDockWidget):
    application_selected = Signal(object)     # QueueRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Application queue"), parent)
        self.setObjectName("ApplicationQueueDock")
        self.model = QueueModel()
        self.proxy = QueueFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(DAYS_LEFT_COLUMN, Qt.SortOrder.AscendingOrder)   # most urgent first
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for status in ApplicationStatus:
            self.status.addItem(render(label(status)), status.value)
        self.overdue = QCheckBox(tr("Overdue only"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Filter: number, applicant, purpose, officer…"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.overdue)
        filters.addWidget(self.search, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.status.currentIndexChanged.connect(self._on_filter_changed)
        self.overdue.toggled.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        overdue = sum(1 for r in rows if r.urgency == "overdue")
        self.setWindowTitle(tr("Application queue — {count} applications, {overdue} overdue").format(
            count=number(len(rows)), overdue=number(overdue)))

    def visible_rows(self) -> list[QueueRow]:
        return [self.proxy.data(self.proxy.index(r, 0), Qt.ItemDataRole.UserRole)
                for r in range(self.proxy.rowCount())]

    def select_number(self, number: str) -> None:
        """Show an application as selected without announcing it (the caller already shows it on the map)."""
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data() == number:
                with signals_blocked(self.table.selectionModel()):
                    self.table.selectRow(r)
                self.table.viewport().update()
                self.table.scrollTo(self.proxy.index(r, 0))
                return

    def _on_filter_changed(self, *_args: object) -> None:
        self.proxy.update(status=self.status.currentData(), overdue_only=self.overdue.isChecked(),
                          text=self.search.text())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.application_selected.emit(self.proxy.data(current, Qt.ItemDataRole.UserRole))
