"""Charts with ReportLab's own graphics, labelled in shaped Thai.

ReportLab draws chart strings unshaped (and in Helvetica by default), so every chart label —
axis numbers, category names, values, the 85 reference — is hidden in the ReportLab chart and
drawn by :class:`ThaiDrawing` with our shaper when the drawing is drawn in a PDF. (Rendering the
same Drawing to PNG/SVG with renderPM/renderSVG shows the chart without its labels.)

A score of None means "not scored": no bar / a gap in the line, never 0. Scores are 0–100;
sizes are PSK points, lengths points. Digits are Thai unless ``thai_digits=False``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isAnything

from ita_desktop.printing.drawing import draw_text, text_width
from ita_desktop.printing.fonts import active_font
from ita_desktop.printing.paragraph import ThaiParagraph, ThaiStyle
from ita_desktop.printing.thaidate import digits, format_number

BAR = colors.HexColor("#2F5597")
REFERENCE = colors.HexColor("#C00000")
GRID = colors.HexColor("#D0D0D0")
LABEL_PSK = 12.0
PASS_MARK = 85.0


@dataclass(frozen=True)
class ChartLabel:
    """Text drawn on a ThaiDrawing at (x, y) in drawing points. ``width`` > 0 wraps the text in a
    box of that width whose top is at y; otherwise one line with its baseline at y."""

    x: float
    y: float
    text: str
    size: float = LABEL_PSK
    align: str = "centre"
    width: float = 0.0
    bold: bool = False
    colour: colors.Color = colors.black
    backdrop: colors.Color | None = None  # fill behind a one-line label, to stay readable on lines


class ThaiDrawing(Drawing):
    """A Drawing flowable that draws its :class:`ChartLabel` list shaped, on top of the shapes."""

    _attrMap = AttrMap(BASE=Drawing, labels=AttrMapValue(isAnything, desc="ChartLabel list"))

    def __init__(self, width: float, height: float, *nodes, **kw) -> None:
        super().__init__(width, height, *nodes, **kw)
        self.labels: list[ChartLabel] = []
        self.initialFontName = active_font().font_name()  # else renderPDF selects Helvetica
        self.initialFontSize = active_font().pt(LABEL_PSK)

    def add_label(self, *args, **kw) -> ChartLabel:
        label = ChartLabel(*args, **kw)
        self.labels.append(label)
        return label

    def draw(self, *args, **kw) -> None:
        super().draw(*args, **kw)
        canv = self.canv
        for lab in self.labels:
            canv.saveState()
            canv.setFillColor(lab.colour)
            if lab.width > 0:
                para = _wrapped(lab.text, lab.size, lab.width, lab.align, lab.bold)
                _, h = para.wrap(lab.width, 10_000)
                x0 = {"left": lab.x, "right": lab.x - lab.width}.get(lab.align, lab.x - lab.width / 2)
                para.drawOn(canv, x0, lab.y - h)
            else:
                size = active_font().pt(lab.size)
                if lab.backdrop is not None:
                    w = text_width(lab.text, size, bold=lab.bold)
                    x0 = {"left": lab.x, "right": lab.x - w}.get(lab.align, lab.x - w / 2)
                    canv.setFillColor(lab.backdrop)
                    canv.rect(x0 - 1, lab.y - size * 0.3, w + 2, size * 1.1, stroke=0, fill=1)
                    canv.setFillColor(lab.colour)
                draw_text(canv, lab.x, lab.y, lab.text, size, bold=lab.bold, align=lab.align)
            canv.restoreState()


def _wrapped(text: str, size: float, width: float, align: str = "centre",
             bold: bool = False) -> ThaiParagraph:
    para = ThaiParagraph(text, ThaiStyle(size=size, alignment=align, bold=bold, line_spacing=0.9))
    para.wrap(width, 10_000)
    return para


def _fitting_size(labels: Sequence[str], width: float, smallest: float = 8.0) -> float:
    """The largest label size (PSK points, ≤ LABEL_PSK) at which no word of any label is wider
    than ``width`` points, so labels wrap between words; ``smallest`` at worst."""
    size = LABEL_PSK
    while size > smallest and any(_wrapped(t, size, width).minWidth() > width for t in labels):
        size -= 1
    return size


def _score_text(score: float | None, thai_digits: bool) -> str:
    return "–" if score is None else format_number(score, places=2, thai_digits=thai_digits)


def _value_axis_labels(d: ThaiDrawing, axis_x: float, y0: float, length: float,
                       thai_digits: bool, *, horizontal: bool = False) -> None:
    size = active_font().pt(LABEL_PSK)
    for v in range(0, 101, 20):
        pos = y0 + v / 100 * length
        if horizontal:
            d.add_label(pos, axis_x - size * 1.1, digits(v, thai=thai_digits))
        else:
            d.add_label(axis_x - 4, pos - size * 0.3, digits(v, thai=thai_digits), align="right")


def _setup_value_axis(axis) -> None:
    axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
    axis.visibleLabels = 0
    axis.visibleGrid = 1
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.4


def indicator_chart(items: Sequence[tuple[str, float | None]], *, width: float = 450,
                    height: float = 260, reference: float | None = PASS_MARK,
                    thai_digits: bool = True) -> ThaiDrawing:
    """Vertical bars of indicator scores (0–100) with a dashed reference line (85 by default).

    ``items`` are (label, score or None) in print order; labels wrap under their bar. Returns a
    Drawing flowable ``width`` × ``height`` points. Raises ValueError when ``items`` is empty.
    """
    if not items:
        raise ValueError("no indicators to chart")
    n = len(items)
    left, right, top = 34.0, 24.0, 16.0
    slot = (width - left - right) / n
    label_w = slot * 0.96
    label_size = _fitting_size([lab for lab, _ in items], label_w)
    bottom = max(_wrapped(lab, label_size, label_w).height for lab, _ in items) + 8
    d = ThaiDrawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = left, bottom, width - left - right, height - bottom - top
    chart.data = [[s for _, s in items]]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0, slot * 0.35
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.visibleTicks = 0
    _setup_value_axis(chart.valueAxis)
    d.add(chart)
    _value_axis_labels(d, chart.x, chart.y, chart.height, thai_digits)
    size = active_font().pt(LABEL_PSK)
    for i, (label, score) in enumerate(items):
        cx = chart.x + (i + 0.5) * slot
        d.add_label(cx, chart.y - 4, label, size=label_size, width=label_w)
        y = chart.y + (score or 0) / 100 * chart.height + size * 0.35
        d.add_label(cx, y, _score_text(score, thai_digits), backdrop=colors.white)
    if reference is not None:
        _reference_line(d, chart.x, chart.x + chart.width, chart.y + reference / 100 * chart.height,
                        reference, thai_digits)
    return d


def _reference_line(d: ThaiDrawing, x0: float, x1: float, y: float, value: float,
                    thai_digits: bool) -> None:
    d.add(Line(x0, y, x1, y, strokeColor=REFERENCE, strokeWidth=1, strokeDashArray=[4, 3]))
    size = active_font().pt(LABEL_PSK)
    d.add_label(x1 + 2, y - size * 0.3, digits(f"{value:g}", thai=thai_digits), align="left",
                colour=REFERENCE)


def tool_chart(items: Sequence[tuple[str, float | None]], *, width: float = 450,
               label_width: float = 110, bar_height: float = 26,
               reference: float | None = PASS_MARK, thai_digits: bool = True) -> ThaiDrawing:
    """Horizontal bars of tool scores (IIT, EIT, OIT, …) with a vertical reference line at 85.

    ``items`` are (label, score or None), drawn top to bottom; labels wrap in ``label_width``
    points left of the bars. Raises ValueError when ``items`` is empty.
    """
    if not items:
        raise ValueError("no tools to chart")
    n = len(items)
    size = active_font().pt(LABEL_PSK)
    bottom, top, right = size * 2.2, 8.0, 40.0
    height = bottom + top + n * bar_height
    d = ThaiDrawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 8, bottom
    chart.width, chart.height = width - chart.x - right, n * bar_height
    chart.data = [[s for _, s in reversed(items)]]  # ReportLab draws the first category at the bottom
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0, bar_height * 0.35
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.visibleTicks = 0
    _setup_value_axis(chart.valueAxis)
    d.add(chart)
    _value_axis_labels(d, chart.y, chart.x, chart.width, thai_digits, horizontal=True)
    for i, (label, score) in enumerate(items):
        cy = chart.y + chart.height - (i + 0.5) * bar_height
        para = _wrapped(label, LABEL_PSK, label_width, "right")
        d.add_label(chart.x - 6, cy + para.height / 2, label, width=label_width, align="right")
        x = chart.x + (score or 0) / 100 * chart.width + 3
        d.add_label(x, cy - size * 0.3, _score_text(score, thai_digits), align="left",
                    backdrop=colors.white)
    if reference is not None:
        x = chart.x + reference / 100 * chart.width
        d.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=REFERENCE, strokeWidth=1,
                   strokeDashArray=[4, 3]))
        d.add_label(x, chart.y + chart.height + 1, digits(f"{reference:g}", thai=thai_digits),
                    colour=REFERENCE)
    return d


def years_chart(points: Sequence[tuple[int, float | None]], *, width: float = 450,
                height: float = 220, reference: float | None = PASS_MARK,
                thai_digits: bool = True) -> ThaiDrawing:
    """The total score across fiscal years (BE) as a line with markers; None leaves a gap.

    ``points`` are (fiscal year, total or None), in any order. Raises ValueError when empty.
    """
    if not points:
        raise ValueError("no years to chart")
    points = sorted(points)
    years = [y for y, _ in points]
    size = active_font().pt(LABEL_PSK)
    left, right, top, bottom = 34.0, 24.0, 16.0, size * 2.2
    d = ThaiDrawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = left, bottom, width - left - right, height - bottom - top
    runs: list[list[tuple[float, float]]] = [[]]
    for year, total in points:
        if total is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((year, total))
    runs = [r for r in runs if r]
    plot.data = runs or [[(float(years[0]), 0.0)]]  # nothing scored: one invisible point
    for i in range(len(runs)):
        plot.lines[i].strokeColor = BAR
        plot.lines[i].strokeWidth = 1.5
        plot.lines[i].symbol = makeMarker("FilledCircle", size=5, fillColor=BAR, strokeColor=BAR)
    if not runs:
        plot.lines[0].strokeColor = None
        plot.lines[0].symbol = None
    lo, hi = years[0] - 0.5, years[-1] + 0.5
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax, plot.xValueAxis.valueStep = lo, hi, 1
    plot.xValueAxis.visibleLabels = 0
    plot.xValueAxis.visibleTicks = 0
    _setup_value_axis(plot.yValueAxis)
    d.add(plot)
    _value_axis_labels(d, plot.x, plot.y, plot.height, thai_digits)
    for year, total in points:
        cx = plot.x + (year - lo) / (hi - lo) * plot.width
        d.add_label(cx, plot.y - size * 1.1, digits(year, thai=thai_digits))
        if total is not None:
            d.add_label(cx, plot.y + total / 100 * plot.height + size * 0.5,
                        _score_text(total, thai_digits), backdrop=colors.white)
    if all(t is None for _, t in points):
        d.add_label(plot.x + plot.width / 2, plot.y + plot.height / 2, "ยังไม่มีผลคะแนน")
    if reference is not None:
        _reference_line(d, plot.x, plot.x + plot.width, plot.y + reference / 100 * plot.height,
                        reference, thai_digits)
    return d
