"""Table model: offices side by side for one fiscal year (ita_desktop.compare.OfficeResult rows)
with total, rating, the IIT/EIT/OIT tools and indicators 1–10."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ita_desktop.compare import INDICATORS, TOOLS, OfficeResult
from ita_desktop.numbers import format_score

COL_OFFICE, COL_FILE, COL_TOTAL, COL_RATING, COL_IIT, COL_EIT, COL_OIT = range(7)
COL_INDICATOR = 7
"""Indicator n (1–10) is column COL_INDICATOR + n - 1."""
TOOL_COLUMNS = dict(zip((COL_IIT, COL_EIT, COL_OIT), TOOLS, strict=True))
SortRole = Qt.ItemDataRole.UserRole + 1  # a float for scores (-1 when not scored), else text
ScoreRole = Qt.ItemDataRole.UserRole + 2  # the Decimal score, None when not scored
PathRole = Qt.ItemDataRole.UserRole + 3  # the file's Path (every column)
PASS_MARK = Decimal(85)
"""Scores below the national master plan's pass target are shown in red."""


class CompareModel(QAbstractTableModel):
    """Rows: OfficeResult, in the order set. Scores at 2 places; "–" when not scored."""

    HEADERS = (QT_TRANSLATE_NOOP("CompareModel", "Office"),
               QT_TRANSLATE_NOOP("CompareModel", "File"),
               QT_TRANSLATE_NOOP("CompareModel", "Total"),
               QT_TRANSLATE_NOOP("CompareModel", "Rating"))
    INDICATOR_TIP = QT_TRANSLATE_NOOP("CompareModel", "Indicator %1")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OfficeResult] = []

    def set_offices(self, offices: list[OfficeResult]) -> None:
        self.beginResetModel()
        self._rows = list(offices)
        self.endResetModel()

    def offices(self) -> list[OfficeResult]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else COL_INDICATOR + len(INDICATORS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(self.HEADERS):
                return QCoreApplication.translate("CompareModel", self.HEADERS[section])
            if section in TOOL_COLUMNS:
                return TOOL_COLUMNS[section]
            return str(section - COL_INDICATOR + 1)
        if role == Qt.ItemDataRole.ToolTipRole and section >= COL_INDICATOR:
            return QCoreApplication.translate("CompareModel", self.INDICATOR_TIP).replace(
                "%1", str(section - COL_INDICATOR + 1))
        return None

    def score(self, row: OfficeResult, column: int) -> Decimal | None:
        if column == COL_TOTAL:
            return row.total
        if column in TOOL_COLUMNS:
            return row.tools.get(TOOL_COLUMNS[column])
        if column >= COL_INDICATOR:
            return row.indicators.get(column - COL_INDICATOR + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        scored = column == COL_TOTAL or column in TOOL_COLUMNS or column >= COL_INDICATOR
        value = self.score(row, column) if scored else None
        if role == PathRole:
            return row.path
        if role == ScoreRole:
            return value
        if role == SortRole:
            if scored:
                return -1.0 if value is None else float(value)
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and scored:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and value is not None and value < PASS_MARK:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_OFFICE, COL_FILE):
            return str(row.path)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_score(value, missing="–") if scored else self._text(row, column)
        return None

    def _text(self, row: OfficeResult, column: int) -> str:
        if column == COL_OFFICE:
            return row.name or QCoreApplication.translate("CompareModel", "(office not named)")
        if column == COL_FILE:
            return row.path.name
        if column == COL_RATING:
            return row.rating or "–"
        return ""
