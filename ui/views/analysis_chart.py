"""The indicator chart of การวิเคราะห์: one horizontal bar per indicator on a 0–100 scale, a
dashed line at the pass score (85), the previous fiscal year's score as a marker and the change
written at the end of the row. An indicator that was not scored is an empty dashed slot with a
label, never a bar of 0. Painted with QPainter (no QtCharts)."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ita_desktop.analysis import IndicatorAnalysis
from ita_desktop.numbers import format_score

PASS_LINE = Decimal(85)  # NACC ITA: 85 points or more passes
GRID = (0, 25, 50, 75, 100)
PASSED = QColor("#3a8f5c")
BELOW = QColor("#d9822b")
MARKER = QColor("#303030")
LINE = QColor("#c0392b")


class Bar(NamedTuple):
    """What one row of the chart shows; score/previous None = not scored."""

    number: int
    label: str
    score: Decimal | None
    previous: Decimal | None
    change: Decimal | None


class AnalysisChart(QWidget):
    """Set with ``set_indicators``; ``bars()`` returns exactly what is drawn."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._fiscal_year: int | None = None
        self._previous_year: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Indicator score chart"))

    def set_indicators(self, indicators: list[IndicatorAnalysis], *, fiscal_year: int | None,
                       previous_year: int | None) -> None:
        self._bars = [Bar(i.number, f"{i.number}. {i.title}", i.score, i.previous, i.change)
                      for i in indicators]
        self._fiscal_year, self._previous_year = fiscal_year, previous_year
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    # Geometry ------------------------------------------------------------------------------

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.7)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        height = len(self._bars) * self._row_height() + int(metrics.height() * 3.2)
        return QSize(640, max(height, metrics.height() * 4))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(360, self.sizeHint().height())

    def _columns(self) -> tuple[float, float, float]:
        """x of the bar area's left (0) and right (100) ends, and the change column's width."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        label_width = min(widest + 12, self.width() * 0.32)
        change_width = metrics.horizontalAdvance("100.00  -100.00") + 12
        return label_width, self.width() - change_width, change_width

    def _x(self, score: Decimal, left: float, right: float) -> float:
        return left + (right - left) * float(min(max(score, Decimal(0)), Decimal(100))) / 100

    # Painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        left, right, change_width = self._columns()
        row = self._row_height()
        top = metrics.height() // 2
        bottom = top + row * len(self._bars)
        self._paint_grid(painter, metrics, left, right, top, bottom, text_colour)
        for index, bar in enumerate(self._bars):
            y = top + index * row
            self._paint_row(painter, metrics, bar, QRectF(0, y, self.width(), row), left, right,
                            change_width, text_colour)
        self._paint_pass_line(painter, metrics, left, right, top, bottom)
        for index, bar in enumerate(self._bars):
            if bar.score is None:  # labelled on top of the pass line
                self._paint_not_scored(painter, metrics, QRectF(left, top + index * row,
                                                                right - left, row), text_colour)
        self._paint_legend(painter, metrics, bottom + metrics.height() * 2.1, text_colour)
        painter.end()

    def _paint_grid(self, painter, metrics, left, right, top, bottom, text_colour) -> None:
        grid = QColor(text_colour)
        grid.setAlpha(50)
        painter.setPen(QPen(grid, 1))
        for value in GRID:
            x = self._x(Decimal(value), left, right)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(text_colour)
            text = str(value)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2,
                                     bottom + metrics.ascent() + 2), text)
            painter.setPen(QPen(grid, 1))

    def _paint_pass_line(self, painter, metrics, left, right, top, bottom) -> None:
        x = self._x(PASS_LINE, left, right)
        painter.setPen(QPen(LINE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
        painter.setPen(LINE)
        text = format_score(PASS_LINE)[:-3]
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2,
                                 bottom + metrics.ascent() + 2), text)

    def _paint_row(self, painter, metrics, bar: Bar, rect: QRectF, left, right, change_width,
                   text_colour) -> None:
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(left - 12))
        painter.setPen(text_colour)
        painter.drawText(QRectF(4, rect.top(), left - 8, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        slot = QRectF(left, rect.top() + rect.height() * 0.18, right - left,
                      rect.height() * 0.64)
        if bar.score is None:
            painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(slot)
        else:
            filled = QRectF(slot.left(), slot.top(), self._x(bar.score, left, right) - left,
                            slot.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PASSED if bar.score >= PASS_LINE else BELOW)
            painter.drawRect(filled)
        if bar.previous is not None:
            self._paint_marker(painter, self._x(bar.previous, left, right), slot)
        value = format_score(bar.score, missing="–")
        change = "" if bar.change is None else format_score(bar.change)
        if change and not change.startswith("-"):
            change = f"+{change}"
        column = QRectF(right + 8, rect.top(), change_width - 8, rect.height())
        painter.setPen(text_colour)
        painter.drawText(column, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         value)
        if change:
            painter.setPen(PASSED if not change.startswith("-") else LINE)
            painter.drawText(column, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             change)

    def _paint_not_scored(self, painter, metrics, slot: QRectF, text_colour) -> None:
        text = self.tr("Not scored")
        width = metrics.horizontalAdvance(text) + 12
        label = QRectF(slot.center().x() - width / 2, slot.top() + slot.height() * 0.22, width,
                       slot.height() * 0.56)
        painter.fillRect(label, self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(text_colour)
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_marker(self, painter, x: float, slot: QRectF) -> None:
        """The previous year's score: a vertical tick with a diamond on top."""
        painter.setPen(QPen(MARKER, 2))
        painter.drawLine(QPointF(x, slot.top() - 2), QPointF(x, slot.bottom() + 2))
        size = slot.height() * 0.28
        painter.setBrush(MARKER)
        painter.drawPolygon(QPolygonF([QPointF(x, slot.top() - 2 - size),
                                       QPointF(x + size, slot.top() - 2),
                                       QPointF(x, slot.top() - 2 + size),
                                       QPointF(x - size, slot.top() - 2)]))

    def _paint_legend(self, painter, metrics: QFontMetrics, y: float, text_colour) -> None:
        swatch = metrics.height() * 0.8
        x = 4.0
        entries = [(PASSED, self.tr("85 or more")), (BELOW, self.tr("Below 85"))]
        for colour, text in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y - swatch / 2, swatch, swatch))
            x += swatch + 6
            x = self._legend_text(painter, metrics, x, y, text, text_colour)
        if self._previous_year is not None:
            self._paint_marker(painter, x + swatch / 2,
                               QRectF(x, y - swatch / 4, swatch, swatch / 2))
            x = self._legend_text(painter, metrics, x + swatch + 6, y,
                                  self.tr("Score %1").replace("%1", str(self._previous_year)),
                                  text_colour)
        painter.setPen(QPen(LINE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y), QPointF(x + swatch * 1.5, y))
        self._legend_text(painter, metrics, x + swatch * 1.5 + 6, y, self.tr("Pass mark 85"),
                          text_colour)

    @staticmethod
    def _legend_text(painter, metrics, x: float, y: float, text: str, colour) -> float:
        painter.setPen(colour)
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), text)
        return x + metrics.horizontalAdvance(text) + 18
