"""การวิเคราะห์ of one fiscal year (first slice): the total and rating, and the indicator table
with rank, gap to 85 and change from the previous stored year."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ita_desktop import workbook
from ita_desktop.numbers import format_score
from ui.document import SCORES, Document
from ui.models.indicator_table import COL_TITLE, IndicatorTableModel


class AnalysisView(QWidget):
    """Shows the analysis of ``fiscal_year`` (set with ``set_year``); follows score edits."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self._stale = True
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("analysis-summary")
        self.summary.setWordWrap(True)
        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        document.changed.connect(self._changed)

    def set_year(self, fiscal_year: int | None) -> None:
        """Show another year; computed now if visible, else when next shown."""
        if fiscal_year != self.fiscal_year:
            self.fiscal_year = fiscal_year
            self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.fiscal_year is None:
            self.model.set_analysis(None)
            self.heading.clear()
            self.summary.clear()
            return
        analysis = workbook.analysis_of(self.document.store, self.fiscal_year)
        result = analysis.result
        self.heading.setText(self.tr("การวิเคราะห์ผลการประเมิน ปีงบประมาณ %1")
                             .replace("%1", str(self.fiscal_year)))
        self.summary.setText(
            self.tr("คะแนนรวม %1  ระดับ %2")
            .replace("%1", format_score(result.total, missing=self.tr("ไม่ได้รับการประเมิน")))
            .replace("%2", result.rating or "–"))
        self.model.set_analysis(analysis)
        self.table.resizeRowsToContents()

    def _changed(self, area: str, fiscal_year: int) -> None:
        # Scores of this year or of the year before (the "change" column) may have moved.
        if area == SCORES and self.fiscal_year is not None and fiscal_year <= self.fiscal_year:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()
