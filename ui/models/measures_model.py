"""Table model: the measures of one fiscal year in document order (number, title, kind,
responsible units, period, links), with drag-and-drop reordering.

The model never writes. A drop hands ``(measure_id, to_position)`` to the ``move`` callback
(the view passes it on to ``document.measures.move``), or several dragged rows ``(ids,
before_row)`` to ``move_block``; the document's change signal then brings
the new order back through ``set_measures``. ``set_measures`` keeps the rows when only fields or
the order changed (dataChanged of the rows that changed only: a move redraws the rows it
shifted, the view keeps its scroll position, the selection stays on the same row numbers, so
the view chooses the moved measures again) and resets the model only when measures were added
or deleted; ``update_measure`` changes one row; ``reordered`` gives the shown rows in a new
order without reading them again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
    Qt,
)

from ita_desktop import periods
from ui.models.rows_model import RowsModel

COL_NUMBER, COL_TITLE, COL_KIND, COL_UNITS, COL_PERIOD, COL_LINKS = range(6)
IdRole = Qt.ItemDataRole.UserRole + 1  # the measure's id (int)
MIME_TYPE = "application/x-ita-measure-ids"

Move = Callable[[int, int], object]
MoveBlock = Callable[[list[int], int], object]  # (ids in row order, before row)


def links_text(links: dict[str, list[str]]) -> str:
    """A measure's links in the interface language, e.g. "ตัวชี้วัด 6 · ประเด็น 2 · e3, o26"."""
    parts = []
    if links.get("indicator"):
        parts.append(QCoreApplication.translate("MeasuresModel", "Indicator %1")
                     .replace("%1", ", ".join(links["indicator"])))
    if links.get("issue"):
        parts.append(QCoreApplication.translate("MeasuresModel", "Issue %1")
                     .replace("%1", ", ".join(links["issue"])))
    if links.get("item"):
        parts.append(", ".join(links["item"]))
    return " · ".join(parts)


class MeasuresModel(RowsModel):
    """Rows: measure dicts as ``storage.measures.list_measures`` gives them."""

    HEADERS = (QT_TRANSLATE_NOOP("MeasuresModel", "No."),
               QT_TRANSLATE_NOOP("MeasuresModel", "Measure / project / activity"),
               QT_TRANSLATE_NOOP("MeasuresModel", "Kind"),
               QT_TRANSLATE_NOOP("MeasuresModel", "Responsible units"),
               QT_TRANSLATE_NOOP("MeasuresModel", "Period"),
               QT_TRANSLATE_NOOP("MeasuresModel", "Links"))

    def __init__(self, move: Move | None = None, parent=None, *,
                 move_block: MoveBlock | None = None):
        super().__init__(parent)
        self._move = move
        self._move_block = move_block
        self._rows: list[dict] = []
        self._cells: list[tuple[str, ...]] = []
        self.movable = True

    # Rows ---------------------------------------------------------------------------------

    def set_measures(self, measures: list[dict]) -> None:
        """Show these measures (in this order). The same measures (by id), in the same or
        another order: the rows that show something else are updated in place (dataChanged
        of each run of changed rows, so a move redraws only the rows it shifted, and the view
        keeps its scroll position); measures added or deleted: the model is reset."""
        known = {row["id"]: (row, cells) for row, cells in zip(self._rows, self._cells,
                                                               strict=True)}
        if len(measures) != len(self._rows) or any(m["id"] not in known for m in measures):
            self.beginResetModel()
            self._rows = list(measures)
            self._cells = [self._texts(m) for m in measures]
            self.endResetModel()
            return
        cells = []
        for measure in measures:
            row, texts = known[measure["id"]]
            cells.append(texts if row == measure else self._texts(measure))
        changed = [r for r, (measure, texts) in enumerate(zip(measures, cells, strict=True))
                   if measure["id"] != self._rows[r]["id"] or texts != self._cells[r]]
        self._rows, self._cells = list(measures), cells
        last_column = len(self.HEADERS) - 1
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def update_measure(self, measure: dict) -> bool:
        """Show new fields of one measure (found by id); False when it is not shown."""
        row = self.row_of(measure["id"])
        if row is None:
            return False
        self._set_row(row, measure)
        return True

    def _set_row(self, row: int, measure: dict) -> None:
        if measure == self._rows[row]:
            return
        cells = self._texts(measure)
        self._rows[row] = measure
        if cells != self._cells[row]:
            changed = [c for c, (a, b) in enumerate(zip(cells, self._cells[row], strict=True))
                       if a != b]
            self._cells[row] = cells
            self.dataChanged.emit(self.index(row, min(changed)), self.index(row, max(changed)))

    def row_of(self, measure_id: int) -> int | None:
        for row, measure in enumerate(self._rows):
            if measure["id"] == measure_id:
                return row
        return None

    def measure(self, row: int) -> dict:
        return self._rows[row]

    def measure_ids(self) -> list[int]:
        return [row["id"] for row in self._rows]

    def reordered(self, order: list[int]) -> list[dict] | None:
        """The shown measures in ``order`` (their ids), each ``position`` its place there; None
        when ``order`` is not the shown measures (e.g. one was added meanwhile)."""
        shown = {row["id"]: row for row in self._rows}
        if len(order) != len(shown) or any(i not in shown for i in order):
            return None
        return [shown[i] if shown[i]["position"] == n else dict(shown[i], position=n)
                for n, i in enumerate(order)]

    def rows_text(self, rows: list[int]) -> str:
        """The table's header and ``rows`` (in the order given) as tab-separated lines, the
        cells as shown (tabs and line breaks inside a cell become spaces): what Excel and Word
        take from the clipboard as a table."""
        def line(cells) -> str:
            return "\t".join(" ".join(str(cell).split()) for cell in cells)

        header = [self.headerData(c, Qt.Orientation.Horizontal) for c in range(len(self.HEADERS))]
        return "\n".join([line(header)] + [line(self._cells[r]) for r in rows]) + "\n"

    @staticmethod
    def _texts(measure: dict) -> tuple[str, ...]:
        return (str(measure["position"] + 1), measure["title"], measure["kind"],
                ", ".join(measure["units"]),
                periods.period_text(measure["start_date"], measure["end_date"],
                                    thai_digits=False),
                links_text(measure["links"]))

    # Qt's model interface -------------------------------------------------------------------

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == IdRole:
            return self._rows[index.row()]["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cells[index.row()][index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if index.column() in (COL_TITLE, COL_UNITS, COL_LINKS) else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # Drag and drop (InternalMove) -------------------------------------------------------------

    def supportedDropActions(self):  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt override
        """The ids of the dragged rows (each once, in row order), as text "12,7"."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(str(self._rows[r]["id"]) for r in rows)
                                           .encode("ascii")))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return (self.movable and action == Qt.DropAction.MoveAction
                and data is not None and data.hasFormat(MIME_TYPE))

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Hand the move to the callback: the dragged measure goes before ``row`` (the end
        when -1; dropped onto a row: before that row). Returns False, so the view removes
        nothing itself: the new order comes back from the document."""
        if not self.canDropMimeData(data, action, row, column, parent) or self._move is None:
            return False
        ids = [int(i) for i in bytes(data.data(MIME_TYPE).data()).decode("ascii").split(",")
               if i]
        if not ids or any(self.row_of(i) is None for i in ids):
            return False
        before = parent.row() if row < 0 and parent.isValid() else row
        if len(ids) == 1:
            self._move(ids[0], self.drop_position(ids[0], before))
        elif self._move_block is not None:
            self._move_block(ids, before)
        return False

    def drop_position(self, measure_id: int, before: int) -> int:
        """The position a measure takes when dropped before row ``before`` (-1: at the end)."""
        source = self.row_of(measure_id)
        count = len(self._rows)
        if before < 0 or before > count:
            before = count
        return before - 1 if before > source else before


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending ``rows`` as runs of consecutive rows [(first, last)]: [2, 3, 4, 7] -> [(2, 4),
    (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
