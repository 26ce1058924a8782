"""The figures the NACC published for a fiscal year: total, tool scores, rating and rank.

They are stored apart from the office's own scores (``official=True``) so the window can warn
where a computed figure and the published one disagree.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.framework import Framework
from ita_desktop.numbers import to_arabic_digits
from ita_desktop.scoring import TOTAL
from ui.views.score_field import ERROR_STYLE, ScoreField
from ui.widgets.plain_paste import PlainPasteLineEdit


class OfficialForm(QWidget):
    """``submitted(code, value)``: an official score (TOTAL or a tool code; None clears).
    ``result_edited(rating, rank, rank_of)``: the published rating and rank."""

    submitted = Signal(str, object)
    result_edited = Signal(object, object, object)

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields: dict[str, ScoreField] = {}
        heading = QLabel(self.tr("Results published by the NACC"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        intro = QLabel(self.tr("Enter the figures as published in the ITAS system, so the program can check them against the computed scores."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #6b6b6b;")
        form = QFormLayout()
        form.addRow(self.tr("Total score"), self._field(TOTAL, self.tr("Total score")))
        for tool in framework.tools:
            form.addRow(f"{tool.code} {tool.title}", self._field(tool.code, tool.title))
            for part in tool.parts:
                form.addRow(f"    {part.title}", self._field(part.code, part.title))
        self.rating = QComboBox()
        self.rating.setEditable(True)
        self.rating.addItem("")
        self.rating.addItems([level.label for level in framework.rating])
        self.rating.setObjectName("official-rating")
        form.addRow(self.tr("Rating"), self.rating)
        self.rank = PlainPasteLineEdit()
        self.rank.setObjectName("official-rank")
        self.rank.setMaximumWidth(96)
        self.rank_error = QLabel()
        self.rank_error.setStyleSheet(ERROR_STYLE)
        self.rank_error.hide()
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow("", self.rank_error)
        self.rank_of = PlainPasteLineEdit()
        self.rank_of.setObjectName("official-rank-of")
        self.rank_of.setPlaceholderText(self.tr("e.g. เทศบาลตำบล"))
        form.addRow(self.tr("Among offices of type"), self.rank_of)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.rating.lineEdit().editingFinished.connect(self._result_edited)
        self.rating.activated.connect(self._result_edited)
        self.rank.editingFinished.connect(self._result_edited)
        self.rank_of.editingFinished.connect(self._result_edited)

    def _field(self, code: str, label: str) -> ScoreField:
        field = ScoreField(code, label=label)
        field.submitted.connect(self.submitted)
        self.fields[code] = field
        return field

    def refresh(self, official: dict[str, Decimal], rating: str | None, rank: int | None,
                rank_of: str | None) -> None:
        for code, field in self.fields.items():
            field.set_value(official.get(code), note="" if official.get(code) is not None
                            else self.tr("Not entered"))
        self.rating.setCurrentText(rating or "")
        if self.rank_error.isHidden():
            self.rank.setText("" if rank is None else str(rank))
        self.rank_of.setText(rank_of or "")

    def _result_edited(self, *_args) -> None:
        text = to_arabic_digits(self.rank.text()).strip()
        rank: int | None = None
        if text:
            if not text.isdigit() or int(text) < 1:
                self.rank_error.setText(self.tr("The rank must be a whole number of 1 or more"))
                self.rank_error.show()
                return
            rank = int(text)
        self.rank_error.hide()
        self.result_edited.emit(self.rating.currentText().strip() or None, rank,
                                self.rank_of.text().strip() or None)
