"""The memo's chain of comment blocks (ความเห็น) before the chief executive's: one row per
reviewer (ปลัด, รองปลัด, รองนายก … as the office's chain has them) with the name, the position
and the comment typed in advance (e.g. "เพื่อโปรดทราบ"; empty: dotted lines to write on).

The editor only shows and reports: ``changed(reviewers)`` with the whole list (each
{"name", "position", "text"}) after the user edited a cell, added or removed a row; the memo
form stores it with the memo (undoable) and shows what is stored with ``set_reviewers``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.documents.memo_draft import MAX_REVIEWERS

KEYS = ("position", "name", "text")
"""The columns, in order."""


class ReviewersEditor(QWidget):
    """``table`` (one row per reviewer, columns KEYS), ``add_button`` and ``remove_button``."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(KEYS))
        self.table.setObjectName("memo-reviewers")
        self.table.setHorizontalHeaderLabels([self.tr("Position"), self.tr("Name"),
                                              self.tr("Comment")])
        self.table.setToolTip(self.tr("A comment left empty prints dotted lines to write on"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit(self.reviewers()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add Comment Block"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_reviewers(self, reviewers: list[dict]) -> None:
        """Show the stored chain (does not report ``changed``); a cell being edited is kept."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(reviewers))
        for row, reviewer in enumerate(reviewers):
            for column, key in enumerate(KEYS):
                self.table.setItem(row, column, QTableWidgetItem(str(reviewer.get(key) or "")))
        self.table.blockSignals(False)
        rows = max(len(reviewers), 1)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + rows * self.table.verticalHeader().defaultSectionSize())
        self._update_buttons()

    def reviewers(self) -> list[dict]:
        """The chain as shown: [{"name", "position", "text"}] in order."""
        out = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, key in enumerate(KEYS):
                item = self.table.item(row, column)
                values[key] = item.text().strip() if item is not None else ""
            out.append(values)
        return out

    def add_row(self) -> None:
        if self.table.rowCount() >= MAX_REVIEWERS:
            return
        self.changed.emit([*self.reviewers(), {"name": "", "position": "", "text": ""}])

    def remove_row(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.table.rowCount() - 1
        if row < 0:
            return
        reviewers = self.reviewers()
        del reviewers[row]
        self.changed.emit(reviewers)

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else QAbstractItemView.EditTrigger.AllEditTriggers)
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not getattr(self, "_read_only", False)
        self.add_button.setEnabled(writable and self.table.rowCount() < MAX_REVIEWERS)
        self.remove_button.setEnabled(writable and self.table.rowCount() > 0)
