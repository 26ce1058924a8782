"""ThaiParagraph: literal text, splitting across pages, indents and alignments on the page."""

from __future__ import annotations

import pytest
from printing_helpers import embedded_fonts, needs_poppler, page_count, word_boxes
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from ita_desktop.printing import Span, ThaiParagraph, ThaiStyle, comparable, pdftotext

TEXT = ("การปรับปรุงพัฒนาการบริหารงานภาครัฐให้เป็นไปตามหลักธรรมาภิบาล ตามประกาศสำนักงาน ป.ป.ช. "
        "เรื่อง ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ") * 4
LEFT = 3 * cm + 6  # the render fixture: 3 cm margin + the Frame's 6 pt padding
FRAME = A4[0] - 5 * cm - 12


@needs_poppler
def test_user_text_prints_literally(render):
    typed = "<b>x</b> & < ไม่ใช่ <i>ตัวเอียง</i> &amp; <br/>"
    path = render([ThaiParagraph(typed)])
    out = pdftotext(path)
    assert typed in out
    assert "Helvetica" not in " ".join(embedded_fonts(path))


def test_wrap_height_is_lines_times_leading():
    para = ThaiParagraph(TEXT)
    _, h = para.wrap(300, 1000)
    assert h == pytest.approx(len(para.layout(300)) * para.style.line_leading())


def test_split_keeps_every_line_once():
    para = ThaiParagraph(TEXT, ThaiStyle(first_line_indent=40))
    lines = para.layout(250)
    leading = para.style.line_leading()
    parts = para.split(250, leading * 3.5)
    assert len(parts) == 2
    head, tail = parts
    assert len(head.layout(250)) == 3
    again = head.layout(250) + tail.layout(250)
    assert [(ln.start, ln.end) for ln in again] == [(ln.start, ln.end) for ln in lines]
    assert head.layout(250)[0].x == 40 and tail.layout(250)[0].x == 0  # no indent after a split
    assert para.split(250, leading * 0.5) == []
    assert para.split(250, 10_000) == [para]


@needs_poppler
def test_long_paragraph_flows_over_pages_without_loss(render):
    path = render([ThaiParagraph(TEXT * 12, ThaiStyle(alignment="distributed"))])
    assert page_count(path) >= 2
    assert comparable(pdftotext(path)) == comparable(TEXT * 12)


@needs_poppler
def test_distributed_lines_fill_the_measure_and_last_line_is_left(render):
    path = render([ThaiParagraph(TEXT, ThaiStyle(alignment="distributed"))])
    left, right = LEFT, LEFT + FRAME
    rows: dict[float, list] = {}
    for box in word_boxes(path):
        rows.setdefault(round(box[3]), []).append(box)
    ys = sorted(rows)
    assert len(ys) >= 3
    for y in ys[:-1]:
        assert min(b[0] for b in rows[y]) == pytest.approx(left, abs=0.6)
        assert max(b[2] for b in rows[y]) == pytest.approx(right, abs=1.0)
    assert max(b[2] for b in rows[ys[-1]]) < right - 20


@needs_poppler
@pytest.mark.parametrize("alignment", ["right", "centre"])
def test_right_and_centre(render, alignment):
    path = render([ThaiParagraph("ลงชื่อ นายทองปน วรรณพันธ์", ThaiStyle(alignment=alignment))])
    boxes = word_boxes(path)
    x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
    left, right = LEFT, LEFT + FRAME
    if alignment == "right":
        assert x1 == pytest.approx(right, abs=1.0)
    else:
        assert (x0 - left) == pytest.approx(right - x1, abs=1.5)


@needs_poppler
def test_first_line_indent_in_cm(render):
    path = render([ThaiParagraph(TEXT, ThaiStyle(first_line_indent=2.5 * cm))])
    rows: dict[int, float] = {}
    for b in word_boxes(path):
        rows[round(b[3])] = min(rows.get(round(b[3]), 1e9), b[0])
    firsts = [rows[y] for y in sorted(rows)]
    assert firsts[0] == pytest.approx(LEFT + 2.5 * cm, abs=0.6)
    assert all(x == pytest.approx(LEFT, abs=0.6) for x in firsts[1:])


@needs_poppler
def test_kept_line_breaks_and_bold_span(render):
    path = render([ThaiParagraph([Span("เรื่อง", bold=True), Span("  ทดสอบ\nบรรทัดที่สอง")])])
    lines = [ln for ln in pdftotext(path).splitlines() if ln.strip()]
    assert lines == ["เรื่อง ทดสอบ", "บรรทัดที่สอง"]
    assert any("Sarabun-Bold" in f for f in embedded_fonts(path))


def test_bad_style_values():
    with pytest.raises(ValueError):
        ThaiStyle(alignment="middle")
    with pytest.raises(ValueError):
        ThaiStyle(size=0)


def test_min_width_is_the_widest_word():
    para = ThaiParagraph("ก ข กตัญญูกตเวที")
    assert 0 < para.minWidth() < para.layout(10_000)[0].width


def test_a_paragraph_moved_to_the_next_page_still_splits_over_more_pages(render):
    """Found by the fuzz suite: the piece that did not fit at the foot of page 1 is moved to
    page 2 (ReportLab marks it "_postponed"); its own pieces must not inherit that mark, or the
    third page raised LayoutError. A heading fills page 1 nearly to its foot first."""
    from reportlab.platypus import Spacer

    text = ("ทดสอบการตัดคำภาษาไทย " * 1000)[:20000]
    path = render([Spacer(1, 24.9 * cm), ThaiParagraph(text, ThaiStyle(alignment="distributed"))])
    assert page_count(path) >= 4
    assert comparable(text) in comparable(pdftotext(path))
