"""Searchable output: text extracted from the PDF is the text we printed."""

from __future__ import annotations

import pytest
from printing_helpers import HARD_WORDS, SENTENCE, needs_poppler
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from ita_desktop.printing import Span, ThaiParagraph, ThaiStyle, comparable, pdftotext
from ita_desktop.printing.extract import glyph_name_text, tounicode_cmap

pytestmark = needs_poppler

LONG = (
    "ตามที่ เทศบาลตำบลโพธิ์ชัย เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
    "ภาครัฐ ในปี พ.ศ. ๒๕๖๗ สำนักงาน ป.ป.ช. ได้เผยแพร่ประกาศผลการประเมิน ITA ประจำปีงบประมาณ "
    "พ.ศ. ๒๕๖๗ เพื่อให้หน่วยงานภาครัฐทั่วประเทศนำไปใช้ประกอบการปรับปรุงพัฒนาการบริหารงานภาครัฐ"
    "ให้เป็นไปตามหลักธรรมาภิบาล ข้างต้น จึงได้ทำการวิเคราะห์ผลการประเมินฯ ทั้งนี้ ในประเด็นต่าง ๆ "
    "มีรายละเอียดปรากฏตามเอกสารที่ส่งมาด้วยพร้อมนี้ ค่ำคืนนี้น้ำขึ้น ปั้นน้ำเป็นตัว ฝั่งโน้น กตัญญูกตเวที"
)


def test_pdftotext_gives_back_the_hard_words(render):
    path = render([ThaiParagraph(SENTENCE), ThaiParagraph(" ".join(HARD_WORDS))])
    out = pdftotext(path)
    assert SENTENCE in out
    assert " ".join(HARD_WORDS) in out


def test_pypdf_gives_back_the_hard_words(render):
    path = render([ThaiParagraph(SENTENCE, ThaiStyle(size=20, bold=True))])
    text = PdfReader(str(path)).pages[0].extract_text()
    assert comparable(text) == comparable(SENTENCE)


@pytest.mark.parametrize("alignment", ["left", "distributed", "centre", "right"])
def test_every_line_extracts_exactly(render, alignment):
    """Line by line, pdftotext returns exactly the characters drawn — no spaces inserted inside
    words by distributed spacing, no marks lost, sara am intact."""
    para = ThaiParagraph(LONG, ThaiStyle(alignment=alignment, first_line_indent=2.5 * cm))
    path = render([para])
    width = A4[0] - 5 * cm - 12  # frame width minus its 6 pt paddings
    expected = [LONG[ln.start : ln.end] for ln in para.layout(width)]
    got = [line for line in pdftotext(path).splitlines() if line.strip()]
    assert got == expected


def test_bold_and_italic_spans_extract(render):
    spans = [Span("เรื่อง ", bold=True), Span("รายงานผลการวิเคราะห์ "), Span("ที่น้ำ", italic=True)]
    path = render([ThaiParagraph(spans)])
    assert comparable(pdftotext(path)) == comparable("เรื่อง รายงานผลการวิเคราะห์ ที่น้ำ")


def test_glyph_names_map_back_to_text():
    assert glyph_name_text("uni0E48.small") == "\u0e48"
    assert glyph_name_text("uni0E4D0E49") == "\u0e4d\u0e49"
    assert glyph_name_text("yoYingthai.less") == "ญ"
    assert glyph_name_text("f_i") == "fi"
    assert glyph_name_text("u1F600") == "\U0001F600"
    assert glyph_name_text("notaname") is None


def test_tounicode_cmap_allows_several_or_no_characters():
    cmap = tounicode_cmap("X", ["A", "ที่", ""])
    assert "<00> <0041>" in cmap
    assert "<01> <0E170E350E48>" in cmap
    assert "<02> <>" in cmap


def test_reportlab_own_shaping_with_our_font_has_no_private_use_text(render):
    """If someone uses ReportLab's Paragraph(shaping=1) with our fonts, its private-use codes are
    repaired from glyph names (sara am and spacing stay imperfect there, see the docs)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from ita_desktop.printing import active_font

    style = ParagraphStyle("x", fontName=active_font().font_name(), fontSize=12, shaping=1)
    out = pdftotext(render([Paragraph(" ".join(HARD_WORDS), style)]))
    assert not [c for c in out if 0xE000 <= ord(c) <= 0xF8FF]
    assert "ที่" in out and "กตัญญู" in out
