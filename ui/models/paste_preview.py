"""A pasted column of scores matched to consecutive items, and the table model that previews it.

``plan_paste`` reads clipboard text (one score per line, Thai or Arabic digits; from Excel the last
non-empty cell of each row) and pairs each line with the next item of the same tool, starting at
the focused one. Each row carries the parsed score or the core's message for a refused line.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ita_desktop.framework import Framework
from ita_desktop.numbers import ScoreError, format_score, parse_score
from ui.models.rows_model import RowsModel

COL_CODE, COL_TITLE, COL_TEXT, COL_VALUE = range(4)
ValueRole = Qt.ItemDataRole.UserRole + 1  # the Decimal to store, None when the line is refused
ErrorRole = Qt.ItemDataRole.UserRole + 2  # the message for a refused line, '' when accepted


@dataclass(frozen=True)
class PasteRow:
    """One pasted line: the item it goes to ('' when there is none left), what was pasted, the
    score it gives (None if refused) and the message when refused."""

    code: str
    title: str
    text: str
    value: Decimal | None
    error: str = ""


def split_column(text: str) -> list[str]:
    """Lines of a pasted column, surrounding blank lines dropped; from a spreadsheet row
    (tab-separated) the last non-empty cell is the score."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cells = []
    for line in lines:
        parts = [part.strip() for part in line.split("\t") if part.strip()]
        cells.append(parts[-1] if parts else "")
    while cells and not cells[-1]:
        cells.pop()
    while cells and not cells[0]:
        cells.pop(0)
    return cells


def plan_paste(framework: Framework, start_code: str, text: str) -> list[PasteRow]:
    """Pair pasted lines with the items from ``start_code`` on, within the same tool (IIT, EIT or
    OIT); from an indicator or sub-indicator code, start at its first item. A line beyond the tool's last item, or a refused score, is a row with ``error``."""
    tool = framework.tool_of(start_code)
    codes = [item.code for item in framework.items if framework.tool_of(item.code) == tool]
    if start_code not in codes:  # pasted into an indicator or sub-indicator field: its first item
        below = (framework.descendants[int(start_code)] if start_code.isdigit() else
                 next(s.items for s in framework.sub_indicators if s.code == start_code))
        start_code = next(code for code in below if code in codes)
    codes = codes[codes.index(start_code):]
    rows = []
    for index, line in enumerate(split_column(text)):
        code = codes[index] if index < len(codes) else ""
        title = framework.item(code).title if code else ""
        if not code:
            rows.append(PasteRow("", "", line, None, QCoreApplication.translate(
                "PastePreview", "More lines than this tool has items")))
            continue
        try:
            rows.append(PasteRow(code, title, line, parse_score(line)))
        except ScoreError as exc:
            rows.append(PasteRow(code, title, line, None, str(exc)))
    return rows


class PastePreviewModel(RowsModel):
    """Rows: PasteRow. Columns: item code, item title, pasted text, score or message."""

    HEADERS = (QT_TRANSLATE_NOOP("PastePreviewModel", "Item"),
               QT_TRANSLATE_NOOP("PastePreviewModel", "Item title"),
               QT_TRANSLATE_NOOP("PastePreviewModel", "Pasted"),
               QT_TRANSLATE_NOOP("PastePreviewModel", "Score to save"))

    def __init__(self, rows: list[PasteRow] | None = None, parent=None):
        super().__init__(parent)
        self._rows = list(rows or [])

    def set_rows(self, rows: list[PasteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PasteRow]:
        return list(self._rows)

    def has_errors(self) -> bool:
        return any(row.error for row in self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ValueRole:
            return row.value
        if role == ErrorRole:
            return row.error
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_VALUE and row.error:
            from PySide6.QtGui import QColor

            return QColor("#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TEXT, COL_VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_CODE:
            return row.code or "–"
        if column == COL_TITLE:
            return row.title
        if column == COL_TEXT:
            return row.text
        if column == COL_VALUE:
            return row.error if row.error else format_score(row.value)
        return None
