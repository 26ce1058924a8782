"""Typed cell text: numbered steps and dashed bullets become hanging-indent list items."""

from __future__ import annotations

import pytest
from printing_helpers import needs_poppler, word_boxes

from ita_desktop.printing import ThaiParagraph, cell_flowables, parse_cell_text, pdftotext

TYPED = (
    "๑. จัดทำคู่มือการปฏิบัติหน้าที่และขั้นตอนการปฏิบัติหน้าที่ให้ชัดเจนและประชาสัมพันธ์ทาง Line, "
    "Facebook เว็บไซต์หลักของหน่วยงาน หรือบอร์ดประชาสัมพันธ์\n"
    "- ปรับปรุงพัฒนาการปฏิบัติหน้าที่ของเจ้าหน้าที่เพื่อทำให้บริการที่มีคุณภาพมากขึ้นและทั่วถึง\n"
    "-จัดทำแผน\n"
    "๒. ประชาสัมพันธ์\n"
    "บรรทัดต่อของข้อสอง\n"
    "\n"
    "\n"
    "ย่อหน้าใหม่ <b>ไม่หนา</b> & <"
)


def test_parse_markers_levels_and_paragraphs():
    blocks = parse_cell_text(TYPED)
    assert [b.marker for b in blocks] == ["๑.", "-", "-", "๒.", None]
    assert [b.level for b in blocks] == [0, 1, 1, 0, 0]
    assert blocks[1].lines[0].startswith("ปรับปรุง") and blocks[2].lines == ["จัดทำแผน"]
    assert blocks[3].lines == ["ประชาสัมพันธ์", "บรรทัดต่อของข้อสอง"]
    assert blocks[4].gap_before and not blocks[3].gap_before


@pytest.mark.parametrize("line,marker", [
    ("1. ข้อ", "1."), ("1) ข้อ", "1)"), ("(๓) ข้อ", "(๓)"), ("๑.๑ ข้อย่อย", None),
    ("• ข้อ", "•"), ("– ข้อ", "–"), ("๑.กระบวนการ", "๑."),
    ("-5 คะแนน", None), ("1.5 ล้านบาท", None), ("2568 เป็นปี", None), ("ข้อความ", None),
])
def test_what_counts_as_a_marker(line, marker):
    assert parse_cell_text(line)[0].marker == marker


def test_sub_numbers_inside_a_numbered_list():
    blocks = parse_cell_text("๑. ข้อ\n๑.๑ ข้อย่อย\n๑.๒ ข้อย่อย")
    assert [b.marker for b in blocks] == ["๑.", "๑.๑", "๑.๒"]


def test_items_have_hanging_indents():
    flows = cell_flowables(TYPED)
    assert len(flows) == 5
    first, dash, _, second, para = flows
    for item in (first, dash, second):
        assert item.style.left_indent > item.style.bullet_indent
        lines = item.layout(250)
        assert all(ln.x == item.style.left_indent for ln in lines)  # text aligned under line 1
    assert dash.style.bullet_indent == pytest.approx(first.style.left_indent)  # nested
    assert para.style.left_indent == 0 and para.spaceBefore > 0
    assert isinstance(para, ThaiParagraph)


@needs_poppler
def test_hanging_indent_on_the_page(render):
    path = render(cell_flowables(TYPED))
    rows: dict[int, list] = {}
    for b in word_boxes(path):
        rows.setdefault(round(b[3]), []).append(b)
    starts = [sorted(rows[y])[0] for y in sorted(rows)]
    assert starts[0][4] == "๑."
    text_x = sorted(rows[sorted(rows)[0]])[1][0]  # x of the first word after "๑."
    assert starts[1][0] == pytest.approx(text_x, abs=0.6)  # wrapped line under the text
    assert starts[0][0] < text_x - 5
    out = pdftotext(path)
    assert "<b>ไม่หนา</b> & <" in out


def test_marker_digits_option():
    thai = cell_flowables("1. ข้อ\n2) ข้อ", marker_digits="thai")
    assert [f._p.bullet for f in thai] == ["๑.", "๒)"]
    arabic = cell_flowables("๑. ข้อ", marker_digits="arabic")
    assert arabic[0]._p.bullet == "1."
    assert cell_flowables("๑. ข้อ")[0]._p.bullet == "๑."
    with pytest.raises(ValueError):
        cell_flowables("x", marker_digits="roman")


def test_empty_text_gives_nothing():
    assert cell_flowables("") == [] and cell_flowables(" \n\n ") == []
