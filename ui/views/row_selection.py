"""Choosing several rows of a table view (ExtendedSelection, whole rows): which rows are chosen,
and choosing a given set again after the model changed (e.g. after an undo reset the rows)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView


def chosen_rows(table: QTableView) -> list[int]:
    """The rows chosen in ``table``, ascending."""
    return sorted(index.row() for index in table.selectionModel().selectedRows())


def choose_rows(table: QTableView, rows: list[int], current: int, column: int = 0) -> None:
    """Choose exactly ``rows`` (whole rows) with the keyboard on row ``current``."""
    model, selection = table.model(), table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    chosen = QItemSelection()
    for row in rows:
        chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    selection.setCurrentIndex(model.index(current, column), flags.NoUpdate)
    selection.select(chosen, flags.ClearAndSelect | flags.Rows)
