"""Charts: ReportLab graphics, labels shaped by us, None shown as a gap."""

from __future__ import annotations

import pytest
from printing_helpers import embedded_fonts, needs_poppler
from reportlab.graphics.charts.lineplots import LinePlot

from ita_desktop.printing import comparable, indicator_chart, pdftotext, tool_chart, years_chart

INDICATORS = [("การปฏิบัติหน้าที่", 92.5), ("การใช้งบประมาณ", 78.25), ("การใช้อำนาจ", None),
              ("การใช้ทรัพย์สินของราชการ", 88.0), ("การแก้ไขปัญหาการทุจริต", 95.1)]


@needs_poppler
def test_charts_render_with_shaped_thai_labels_and_our_font_only(render):
    path = render([
        indicator_chart(INDICATORS),
        tool_chart([("IIT", 90.12), ("EIT", None), ("OIT การเปิดเผยข้อมูล", 80.0)]),
        years_chart([(2565, 75.2), (2566, None), (2567, 88.9)], thai_digits=False),
    ])
    text = comparable(pdftotext(path))
    for label, _ in INDICATORS:
        assert comparable(label) in text
    for piece in ("๙๒.๕๐", "๘๕", "OIT", "88.90", "2566", "85"):
        assert piece in text
    assert embedded_fonts(path) == ["AAAAAA+Sarabun-Regular"]


def test_none_is_a_gap_not_zero():
    bars = indicator_chart(INDICATORS)
    chart = bars.contents[0]
    assert chart.data == [[92.5, 78.25, None, 88.0, 95.1]]
    line = years_chart([(2564, 70.0), (2565, 72.0), (2566, None), (2567, 88.0)])
    plot = next(n for n in line.contents if isinstance(n, LinePlot))
    assert plot.data == [[(2564, 70.0), (2565, 72.0)], [(2567, 88.0)]]


def test_reference_line_at_85():
    chart = indicator_chart(INDICATORS)
    bars = chart.contents[0]
    ref = [n for n in chart.contents if n.__class__.__name__ == "Line"]
    assert ref and ref[0].y1 == pytest.approx(bars.y + 0.85 * bars.height)


def test_empty_input_is_an_error():
    for make in (indicator_chart, tool_chart, years_chart):
        with pytest.raises(ValueError):
            make([])
