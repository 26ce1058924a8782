"""Lines drawn from cached word pieces write the same PDF, byte for byte, as glyph by glyph."""

from __future__ import annotations

import io

import pytest
from printing_helpers import SENTENCE
from reportlab import rl_config
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from ita_desktop.printing import Span, ThaiParagraph, ThaiStyle, canvas_kwargs, draw_text, drawing

# Latin with kerning, digits, brackets and PDF-escaped characters, a stray mark, a long word,
# a bold span (real and synthetic bold), enough distinct glyphs to fill more than one font subset
TEXTS = [
    SENTENCE * 3,
    "ตามประกาศ ป.ป.ช. (ITA) พ.ศ. ๒๕๖๘ ข้อ 1.2 \\ ราคา 1,250 บาท ‘AVAWAY’ https://www.example.go.th/ita",
    "\u0e48ก่อน " + "ประชาสัมพันธ์" * 12,
    "".join(chr(c) for c in range(0x0E01, 0x0E2F)) * 4 + " ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz",
]


def _pdf(story_draw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, **canvas_kwargs())
    story_draw(c)
    c.save()
    return buf.getvalue()


def _paragraphs(c) -> None:
    y = 28 * cm
    for n, text in enumerate(TEXTS):
        for alignment in ("left", "centre", "right"):
            spans = [Span(text), Span(" ตัวหนา bold ", bold=True), Span(text[:40], italic=True)]
            para = ThaiParagraph(spans, ThaiStyle(alignment=alignment, first_line_indent=n * cm))
            _, h = para.wrap(14 * cm - n * cm, 1e6)
            if y - h < 2 * cm:
                c.showPage()
                y = 28 * cm
            para.drawOn(c, 2 * cm, y - h)
            y -= h
    for word in ("ที่", "น้ำ", "(ITA)", "ป่า ฝั่ง"):
        draw_text(c, 3 * cm, 3 * cm, word, 14, bold=True)


@pytest.fixture
def invariant(monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)


def test_word_pieces_write_the_same_pdf_as_glyph_by_glyph(invariant, monkeypatch):
    ours = _pdf(_paragraphs)
    monkeypatch.setattr(drawing, "_whole_words", lambda run, start, stop: None)
    glyph_by_glyph = _pdf(_paragraphs)
    assert ours == glyph_by_glyph


def test_a_second_document_gets_its_own_font_subsets(invariant, monkeypatch):
    """Pieces are kept per document: the second PDF of the process is the same as the first."""
    first = _pdf(_paragraphs)
    assert _pdf(_paragraphs) == first
    monkeypatch.setattr(drawing, "_whole_words", lambda run, start, stop: None)
    assert _pdf(_paragraphs) == first
