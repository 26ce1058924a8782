"""Table model: the indicators of one fiscal year with score, rank, gap to 85 and change."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ita_desktop.analysis import Analysis, IndicatorAnalysis
from ita_desktop.numbers import format_score
from ui.models.rows_model import RowsModel

COL_NUMBER, COL_TITLE, COL_TOOL, COL_SCORE, COL_RANK, COL_GAP, COL_CHANGE = range(7)
ScoreRole = Qt.ItemDataRole.UserRole + 1  # the Decimal score, None when not scored


class IndicatorTableModel(RowsModel):
    """Rows: indicators 1..n of an Analysis. Scores shown at 2 places; "Not scored" when
    not scored."""

    HEADERS = (QT_TRANSLATE_NOOP("IndicatorTableModel", "No."),
               QT_TRANSLATE_NOOP("IndicatorTableModel", "Indicator"),
               QT_TRANSLATE_NOOP("IndicatorTableModel", "Tool"),
               QT_TRANSLATE_NOOP("IndicatorTableModel", "Score"),
               QT_TRANSLATE_NOOP("IndicatorTableModel", "Rank"),
               QT_TRANSLATE_NOOP("IndicatorTableModel", "Below 85"),
               QT_TRANSLATE_NOOP("IndicatorTableModel", "Change"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[IndicatorAnalysis] = []

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        self._rows = list(analysis.indicators) if analysis else []
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ScoreRole:
            return row.score
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SCORE, COL_RANK, COL_GAP,
                                                                     COL_CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_NUMBER:
            return str(row.number)
        if column == COL_TITLE:
            return row.title
        if column == COL_TOOL:
            return row.tool
        if column == COL_SCORE:
            return format_score(row.score, missing=self.tr("Not scored"))
        if column == COL_RANK:
            return "" if row.rank is None else str(row.rank)
        if column == COL_GAP:
            return format_score(row.gap_to_pass, missing="") if row.gap_to_pass else ""
        if column == COL_CHANGE:
            if row.change is None:
                return ""
            text = format_score(row.change)
            return text if text.startswith("-") else f"+{text}"
        return None
