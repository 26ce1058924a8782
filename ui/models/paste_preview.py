"""A pasted column of scores matched to consecutive items, and the table model that previews it.

``plan_paste`` reads clipboard text (one score per line, Thai or Arabic digits; from Excel the last
non-empty cell of each row) and pairs each line with a score code: pasted on an indicator (its
field, the indicator list, the page of all indicator scores) with that indicator and the ones
after it, all tools through, since the NACC's summary lists the ten indicators in one column;
pasted on an item with the next items of the same tool. Each row carries the parsed score or the
core's message for a refused line, and the score stored there now.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ita_desktop.framework import Framework
from ita_desktop.numbers import ScoreError, format_score, parse_score
from ui.models.rows_model import RowsModel

COL_CODE, COL_TITLE, COL_TEXT, COL_CURRENT, COL_VALUE = range(5)
ValueRole = Qt.ItemDataRole.UserRole + 1  # the Decimal to store, None when the line is refused
ErrorRole = Qt.ItemDataRole.UserRole + 2  # the message for a refused line, '' when accepted


@dataclass(frozen=True)
class PasteRow:
    """One pasted line: the score code it goes to (an item "i4", an indicator "4"; '' when there
    is none left), its title, what was pasted, the score it gives (None if refused), the message
    when refused and the score stored there now (None: not entered yet)."""

    code: str
    title: str
    text: str
    value: Decimal | None
    error: str = ""
    current: Decimal | None = None

    @property
    def is_indicator(self) -> bool:
        return self.code.isdigit()


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


def _targets(framework: Framework, start_code: str) -> tuple[list[tuple[str, str]], str]:
    """The (code, title) pairs a paste at ``start_code`` fills, in order, and the message for a
    line beyond the last of them."""
    if start_code.isdigit():  # an indicator: the indicators from it on, every tool
        numbers = [i.number for i in framework.indicators]
        return ([(i.code, i.title) for i in framework.indicators[numbers.index(int(start_code)):]],
                QCoreApplication.translate("PastePreview",
                                           "More lines than there are indicators from here"))
    tool = framework.tool_of(start_code)
    codes = [item.code for item in framework.items if framework.tool_of(item.code) == tool]
    if start_code not in codes:  # pasted into a sub-indicator field: its first item
        below = next(s.items for s in framework.sub_indicators if s.code == start_code)
        start_code = next(code for code in below if code in codes)
    return ([(code, framework.item(code).title) for code in codes[codes.index(start_code):]],
            QCoreApplication.translate("PastePreview", "More lines than this tool has items"))


def plan_paste(framework: Framework, start_code: str, text: str, *,
               current: Mapping[str, Decimal] | None = None) -> list[PasteRow]:
    """Pair pasted lines with score codes from ``start_code`` on: from an indicator ("1"–"10"),
    that indicator and the following ones (never their items); from an item, the following items
    of the same tool (IIT, EIT or OIT); from a sub-indicator, its first item on. A line beyond
    the last code, or a refused score, is a row with ``error``. ``current``: the stored scores
    by code, shown beside what replaces them."""
    targets, beyond = _targets(framework, start_code)
    current = current or {}
    rows = []
    for index, line in enumerate(split_column(text)):
        if index >= len(targets):
            rows.append(PasteRow("", "", line, None, beyond))
            continue
        code, title = targets[index]
        try:
            rows.append(PasteRow(code, title, line, parse_score(line), current=current.get(code)))
        except ScoreError as exc:
            rows.append(PasteRow(code, title, line, None, str(exc), current=current.get(code)))
    return rows


def describe_targets(rows: list[PasteRow]) -> str:
    """Where the accepted rows go, in words: "ตัวชี้วัดที่ 1–10" / "ข้อ i2–i5" (Thai interface)."""
    codes = [row.code for row in rows if row.code]
    if not codes:
        return ""
    span = codes[0] if len(codes) == 1 else f"{codes[0]}–{codes[-1]}"
    if rows[0].is_indicator:
        return QCoreApplication.translate("PastePreview", "indicators %1").replace("%1", span)
    return QCoreApplication.translate("PastePreview", "items %1").replace("%1", span)


class PastePreviewModel(RowsModel):
    """Rows: PasteRow. Columns: where it goes ("ตัวชี้วัดที่ 4" or the item code), its title, the
    pasted text, the score there now, the score to save (or the message)."""

    HEADERS = (QT_TRANSLATE_NOOP("PastePreviewModel", "Goes to"),
               QT_TRANSLATE_NOOP("PastePreviewModel", "Title"),
               QT_TRANSLATE_NOOP("PastePreviewModel", "Pasted"),
               QT_TRANSLATE_NOOP("PastePreviewModel", "Now"),
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_TEXT, COL_CURRENT,
                                                                     COL_VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_CODE:
            if row.is_indicator:
                return self.tr("Indicator %1").replace("%1", row.code)
            return row.code or "–"
        if column == COL_TITLE:
            return row.title
        if column == COL_TEXT:
            return row.text
        if column == COL_CURRENT:
            return format_score(row.current, missing=self.tr("Not entered yet")) \
                if row.code else ""
        if column == COL_VALUE:
            return row.error if row.error else format_score(row.value)
        return None
