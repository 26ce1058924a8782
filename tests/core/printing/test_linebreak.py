"""Line breaking: only at pythainlp word boundaries, never inside a grapheme cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from ita_desktop.printing import ThaiParagraph, ThaiStyle, word_tokenize
from ita_desktop.printing.linebreak import Line, fill_lines

EXAMPLE = Path("/work/shared/examples/memo-and-measures-phochai-2568.txt")
BODY = (
    "จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (Integrity and "
    "Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ของเทศบาลตำบลโพธิ์ชัยข้างต้น "
    "จึงได้ทำการวิเคราะห์ผลการประเมิน ITA ของหน่วยงาน เพื่อกำหนดประเด็นในการวิเคราะห์ข้อมูล"
    "ที่เกี่ยวข้อง โดยจะต้องรักษาระดับมาตรฐานหรือปรับปรุงและพัฒนาให้ดียิ่งขึ้น ซึ่งจะต้องมีความ"
    "สอดคล้องกับผลการประเมินฯ ทั้งนี้ การวิเคราะห์ผลในประเด็นต่าง ๆ มีรายละเอียดปรากฏตาม"
    "เอกสารที่ส่งมาด้วยพร้อมนี้ ประชาสัมพันธ์ทาง Line, Facebook เว็บไซต์หลักของหน่วยงาน"
)


def token_boundaries(text: str) -> set[int]:
    out, pos = {0}, 0
    for tok in word_tokenize(text):
        pos += len(tok)
        out.add(pos)
    return out


@pytest.mark.parametrize("width", [120.0, 180.0, 260.0, 400.0])
@pytest.mark.parametrize("alignment", ["left", "distributed"])
def test_no_line_starts_or_ends_inside_a_word(width, alignment):
    para = ThaiParagraph(BODY, ThaiStyle(alignment=alignment, first_line_indent=20))
    lines = para.layout(width)
    assert len(lines) > 3
    bounds = token_boundaries(BODY)
    for line in lines:
        assert line.start in bounds, BODY[line.start : line.start + 10]
        assert line.end in bounds, BODY[line.end - 10 : line.end]
    # every character is on some line, in order (spaces at a wrap may be dropped)
    rebuilt = "".join(BODY[ln.start : ln.end] for ln in lines)
    assert rebuilt.replace(" ", "") == BODY.replace(" ", "")


def test_lines_fit_their_width():
    para = ThaiParagraph(BODY)
    seg = para._p.segments[0]
    for line in para.layout(200.0):
        assert seg.prefix[line.end] - seg.prefix[line.start] <= line.width + 1e-6


@pytest.mark.skipif(not EXAMPLE.is_file(), reason="shared examples not present")
def test_long_example_paragraphs_break_only_between_words():
    text = max(EXAMPLE.read_text(encoding="utf-8").split("\n"), key=len)[:3000]
    para = ThaiParagraph(text)
    bounds = token_boundaries(text)
    for line in para.layout(300.0):
        assert line.start in bounds and line.end in bounds


def test_typographic_rules():
    text = "ตามประกาศลงวันที่ ๓๐ กรกฎาคม พ.ศ. ๒๕๖๗ เรื่องต่าง ๆ ของหน่วยงาน (ITA) ฯลฯ " * 6
    para = ThaiParagraph(text)
    for width in (90.0, 110.0, 150.0, 170.0):
        for line in para.layout(width):
            drawn = text[line.start : line.end]
            assert not drawn.startswith(("ๆ", ")", ".", ","))
            assert not drawn.endswith("(")
            assert not drawn.rstrip().endswith("พ.ศ.")  # "พ.ศ. ๒๕๖๗" stays together


def test_word_longer_than_the_line_is_cut_between_graphemes():
    word = "กตัญญูปั้นน้ำฝั่ง" * 6
    para = ThaiParagraph(word)
    seg = para._p.segments[0]
    lines = para.layout(40.0)
    assert len(lines) > 3
    for line in lines:
        assert seg.starts[line.start] and seg.starts[line.end]
        assert line.end > line.start


def test_fill_lines_trims_spaces_and_handles_empty_text():
    assert fill_lines("", [0.0], [], bytearray(b"\x01"), 100, 100) == [Line(0, 0, 0, True)]
    text = "aa bb"
    prefix = [0, 10, 20, 25, 35, 45]
    lines = fill_lines(text, prefix, [3], bytearray(b"\x01" * 6), 22, 22)
    assert [(ln.start, ln.end) for ln in lines] == [(0, 2), (3, 5)]
    assert lines[-1].hard


def test_item_codes_and_urls_are_not_cut_inside():
    from ita_desktop.printing.linebreak import break_opportunities

    text = "ดูหลักฐานที่ https://www.example.go.th/ita/manual/o10 และข้อ o๑๐ กับ EIT1"
    breaks = break_opportunities(text, bytearray([1] * (len(text) + 1)))
    code = text.index("o๑๐")
    assert code + 1 not in breaks  # never "o" | "๑๐"
    assert text.index("EIT1") + 3 not in breaks
    url = text.index("https://")
    inside = [b for b in breaks if url < b < url + len("https://www.example.go.th/ita/manual/o10")]
    assert inside and all(text[b - 1] == "/" for b in inside)
