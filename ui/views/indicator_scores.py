"""คะแนนรายตัวชี้วัด: every indicator of the fiscal year on one page with its score field, for the
offices (most of them) that have only the indicator scores of the NACC's summary page.

Typed in one pass: digits, then Return or Tab moves to the next indicator. A column copied from a
spreadsheet or the NACC's page is pasted with Ctrl+V into any field: the lines go to that
indicator and the ones after it (ResultsView shows the preview first). An indicator whose score is
computed from its items says so beside its empty field.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ita_desktop.framework import Framework
from ita_desktop.numbers import format_score
from ita_desktop.scoring import ScoreResult
from ui.views.score_field import ScoreField

COL_TOOL, COL_NUMBER, COL_TITLE, COL_FIELD = range(4)
HINT_STYLE = "color: #6b6b6b;"


class IndicatorScoresForm(QScrollArea):
    """``fields`` maps indicator codes ("1" … "10") to their ScoreField, in framework order.
    ``submitted(code, value)`` and ``column_pasted(code, text)`` come from the fields."""

    submitted = Signal(str, object)
    column_pasted = Signal(str, str)

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.fields: dict[str, ScoreField] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Indicator scores"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        hint = QLabel(self.tr(
            "Type the %1 indicator scores as the NACC published them: Return or Tab moves to "
            "the next one. Or copy the column of scores and paste it with Ctrl+V into the first "
            "field. Item scores, when known, go in each indicator’s own page.")
            .replace("%1", str(len(framework.indicators))))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(heading)
        layout.addWidget(hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(COL_TITLE, 1)
        for row, indicator in enumerate(framework.indicators):
            tool = QLabel(indicator.tool)
            tool.setStyleSheet(HINT_STYLE)
            number = QLabel(f"{indicator.number}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            title = QLabel(indicator.title)
            title.setWordWrap(True)
            field = ScoreField(indicator.code, label=self.tr("Score of indicator %1")
                               .replace("%1", indicator.code))
            field.submitted.connect(self.submitted)
            field.column_pasted.connect(self.column_pasted)
            field.advanced.connect(self._advance)
            self.fields[indicator.code] = field
            grid.addWidget(tool, row, COL_TOOL, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(number, row, COL_NUMBER, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, row, COL_TITLE, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field, row, COL_FIELD, Qt.AlignmentFlag.AlignTop)
        grid.setColumnMinimumWidth(COL_FIELD, 240)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self, result: ScoreResult, entered: dict[str, Decimal]) -> None:
        """Show the entered indicator scores; an empty one computed from its items says so."""
        for code, field in self.fields.items():
            value = entered.get(code)
            computed = result.indicators.get(int(code))
            note = ""
            if value is None and computed is not None:
                note = self.tr("Computed from the items: %1").replace("%1",
                                                                       format_score(computed))
            field.set_value(value, note=note)

    def first_empty(self) -> ScoreField:
        """The first field with nothing in it (the first field when all are filled)."""
        fields = list(self.fields.values())
        return next((f for f in fields if f.value is None and not f.edit.text().strip()),
                    fields[0])

    def _advance(self, code: str) -> None:
        codes = list(self.fields)
        position = codes.index(code)
        if position + 1 < len(codes):
            self.fields[codes[position + 1]].focus()
            self.ensureWidgetVisible(self.fields[codes[position + 1]])
        else:
            self.fields[code].focus()

    def discard_errors(self) -> None:
        for field in self.fields.values():
            if field.has_error:
                field.discard_error()
