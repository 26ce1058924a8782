"""The form of one indicator, generated from the fiscal year's framework: the indicator score
(typed when item scores are not known) right under the heading, at the same place in every form
whatever the length of the description below it, then each question item (OIT: grouped under its
sub-indicators) with its Thai title and a score field."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.framework import Framework, Indicator
from ita_desktop.numbers import format_score
from ita_desktop.scoring import ScoreResult
from ui.views.score_field import ScoreField

COL_CODE, COL_TITLE, COL_FIELD = range(3)


def _label(text: str, *, bold: bool = False, wrap: bool = True, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if style:
        label.setStyleSheet(style)
    return label


class IndicatorForm(QScrollArea):
    """``submitted(code, value)``, ``column_pasted(code, text)`` and ``advanced(code)`` (Return
    pressed on an accepted score) come from its score fields. ``fields`` maps score codes
    (indicator "6", sub-indicator "9.1", item "e1") to fields."""

    submitted = Signal(str, object)
    column_pasted = Signal(str, str)
    advanced = Signal(str)

    def __init__(self, framework: Framework, indicator: Indicator, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.indicator = indicator
        self.fields: dict[str, ScoreField] = {}
        self.item_codes: list[str] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = _label(self.tr("Indicator %1 %2").replace("%1", str(indicator.number))
                         .replace("%2", indicator.title), bold=True)
        font: QFont = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        layout.addWidget(heading)
        top = QGridLayout()
        top.addWidget(_label(self.tr("Indicator score"), bold=True, wrap=False), 0, 0)
        top.addWidget(self._field(indicator.code, self.tr("Score of indicator %1")
                                  .replace("%1", indicator.code)), 0, 1)
        top.addWidget(_label(self.tr("Fill this in when only the indicator score is "
                                     "known (leave it empty to compute it from the item scores)"),
                             style="color: #6b6b6b;"), 1, 0, 1, 2)
        top.setColumnStretch(1, 1)
        layout.addLayout(top)
        tool = framework.tool(indicator.tool)
        layout.addWidget(_label(f"{tool.code} — {tool.title}", style="color: #444;"))
        if indicator.description:
            layout.addWidget(_label(indicator.description, style="color: #6b6b6b;"))

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(_label(self.tr("Items (paste a whole column of scores with Ctrl+V)"), bold=True))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(COL_TITLE, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(8)
        for code in indicator.items:
            self._add_item(code)
        for sub_code in indicator.sub_indicators:
            sub = next(s for s in framework.sub_indicators if s.code == sub_code)
            row = self.grid.rowCount()
            self.grid.addWidget(_label(sub.code, bold=True, wrap=False), row, COL_CODE,
                                Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(_label(sub.title, bold=True), row, COL_TITLE,
                                Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self._field(sub.code, sub.title), row, COL_FIELD,
                                Qt.AlignmentFlag.AlignTop)
            for code in sub.items:
                self._add_item(code, indent=True)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.setWidget(body)

    def _field(self, code: str, label: str) -> ScoreField:
        field = ScoreField(code, label=label)
        field.setMinimumWidth(260)
        field.submitted.connect(self.submitted)
        field.column_pasted.connect(self.column_pasted)
        field.advanced.connect(self.advanced)
        self.fields[code] = field
        return field

    def _add_item(self, code: str, *, indent: bool = False) -> None:
        item = self.framework.item(code)
        row = self.grid.rowCount()
        code_label = _label(("    " if indent else "") + item.code, wrap=False)
        self.grid.addWidget(code_label, row, COL_CODE, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(_label(item.title), row, COL_TITLE, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(self._field(code, f"{item.code} {item.title}"), row, COL_FIELD,
                            Qt.AlignmentFlag.AlignTop)
        self.item_codes.append(code)

    def refresh(self, result: ScoreResult, entered: dict[str, Decimal]) -> None:
        """Show the stored scores; an empty indicator or sub-indicator field says what was
        computed from below, an empty item under a typed indicator says it is not needed."""
        for code, field in self.fields.items():
            value = entered.get(code)
            note = ""
            if code == self.indicator.code:
                computed = result.indicators.get(self.indicator.number)
                if value is None and computed is not None:
                    note = self.tr("Computed from the items: %1").replace("%1", format_score(computed))
            elif code in result.sub_indicators or code in (s.code for s in
                                                           self.framework.sub_indicators):
                computed = result.sub_indicators.get(code)
                if value is None and computed is not None:
                    note = self.tr("Computed: %1").replace("%1", format_score(computed))
            elif value is None and code not in result.not_scored:
                note = self.tr("Items not scored (the indicator score is used)")
            field.set_value(value, note=note)

    def discard_errors(self) -> None:
        for field in self.fields.values():
            if field.has_error:
                field.discard_error()
