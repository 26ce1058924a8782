"""Where each glyph lands on the page, read back from the PDF as a reader places it."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from pdf_glyphs import glyphs
from reportlab.pdfgen import canvas

from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font, canvas_kwargs, pt, shape
from ita_desktop.printing.drawing import draw_glyphs

TEXT = "กตัญญู ที่ปั้นน้ำ ปฏิบัติหน้าที่ ญาติ ฐานข้อมูล ผู้บริหารท้องถิ่น ITA (OIT) ๒๕๖๘ " * 6


def _draw(tmp_path, alignment: str, text: str = TEXT, width: float = 300.0):
    pdf = tmp_path / f"{alignment}.pdf"
    c = canvas.Canvas(str(pdf), pageCompression=0, **canvas_kwargs())
    para = ThaiParagraph(text, ThaiStyle(alignment=alignment))
    para.wrap(width, 2000)
    para.drawOn(c, 50, 100)
    c.save()
    return glyphs(pdf)


def _expected(run, start: int, stop: int, x0: float, size: float, gap: float, space: float,
              last_gap: bool) -> tuple[list[float], float]:
    """Each glyph's x, by the rule: HarfBuzz's pen and offset, plus ``gap`` after the last glyph
    of every cluster followed by a grapheme start, ``space`` after every space (not after the
    last glyph drawn, unless ``last_gap``); and the advance."""
    xs, pen = [], 0.0
    for i in range(start, stop):
        xs.append(x0 + pen + run.x_off[i] * size / 1000)
        pen += run.x_adv[i] * size / 1000
        c = run.clusters[i]
        nxt = run.clusters[i + 1] if i + 1 < len(run.clusters) else len(run.text)
        if nxt != c:
            starts_next = nxt == len(run.text) or run.starts[nxt]
            if starts_next and (i < stop - 1 or last_gap):
                pen += gap
            if run.text[c] == " ":
                pen += space
    return xs, pen


WORDS = "ที่ปั้นน้ำ ญาติ ฐาน ITA ๒๕๖๘ ผู้ใหญ่ กำกับ"


@pytest.mark.parametrize(("gap", "space", "part"), [
    (0.0, 0.0, (0, None)), (0.37, 0.0, (0, None)), (0.21, 1.7, (0, None)), (0.0, 2.5, (0, None)),
    (0.3, 1.1, (3, 20)), (0.3, 1.1, (7, None)),
])
def test_a_run_is_drawn_where_harfbuzz_and_the_spread_put_it(tmp_path, gap, space, part):
    """Letters first, then the marks; each at HarfBuzz's pen plus the distributed spread.
    ``part``: the characters drawn (a line starts and ends between grapheme clusters)."""
    size = pt(16)
    run = shape(WORDS, active_font().font_name())
    start = bisect_left(run.clusters, part[0])
    stop = len(run.codes) if part[1] is None else bisect_left(run.clusters, part[1])
    pdf = tmp_path / "run.pdf"
    c = canvas.Canvas(str(pdf), pageCompression=0, **canvas_kwargs())
    advance = draw_glyphs(c, run, 72.0, 500.0, size, start=start, stop=stop, gap=gap,
                          space=space, last_gap=part[1] is not None)
    c.save()
    xs, pen = _expected(run, start, stop, 72.0, size, gap, space, part[1] is not None)
    front = [i for i in range(start, stop) if run.front[i]]
    order = front + [i for i in range(start, stop) if not run.front[i]]
    drawn = glyphs(pdf)
    assert len(drawn) == len(order)
    assert {g.tc for g in drawn[len(front):]} <= {0.0}  # marks: no character spacing
    for glyph, i in zip(drawn, order, strict=True):
        assert glyph.x == pytest.approx(xs[i - start], abs=0.001), i
        assert glyph.y == pytest.approx(500.0 + run.y_off[i] * size / 1000, abs=0.001)
    assert advance == pytest.approx(pen, abs=0.001)


def test_marks_are_never_drawn_with_character_spacing(tmp_path):
    """Distributed lines put the gap between clusters as Tc for the letters only: the marks
    (which extract as nothing) are drawn with no character spacing, so they stay on their
    letter."""
    drawn = _draw(tmp_path, "distributed")
    marks = [g for g in drawn if g.text == ""]
    assert marks and any(g.tc for g in drawn)
    assert all(g.tc == 0 for g in marks)


def test_one_paragraph_drawn_into_two_documents(tmp_path):
    """Each document numbers its own codes (ReportLab's subsets): a paragraph drawn into a
    second document after a first, which drew other text before it, extracts and sits the same."""
    para = ThaiParagraph(TEXT, ThaiStyle(alignment="distributed"))
    para.wrap(300, 2000)
    out = []
    for name, before in (("a.pdf", ""), ("b.pdf", "ข้อความอื่นก่อน ฎีกา ฑีฆายุ")):
        pdf = tmp_path / name
        c = canvas.Canvas(str(pdf), pageCompression=0, **canvas_kwargs())
        if before:
            other = ThaiParagraph(before)
            other.wrap(300, 100)
            other.drawOn(c, 50, 700)
        para.drawOn(c, 50, 100)
        c.save()
        out.append([g for g in glyphs(pdf) if g.y < 650])
    first, second = out
    assert [g.text for g in first] == [g.text for g in second]
    assert [g.x for g in first] == pytest.approx([g.x for g in second], abs=0.001)
