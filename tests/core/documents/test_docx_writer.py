"""The Word writer (documents.docx_render) on synthetic content, read back with python-docx."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Emu

from ita_desktop.documents import content as c
from ita_desktop.documents.docx_render import render_docx

from .docx_helpers import sample_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "ตัวอย่าง เอกสาร.docx"  # Thai and a space in the name
    report = render_docx(sample_document(), out)
    return docx.Document(str(out)), report


def _cm(length) -> float:
    return Emu(length).cm


def test_sections_have_the_page_geometry_of_the_pdf(written):
    word, _ = written
    memo, measures, charts = word.sections
    assert (round(_cm(memo.page_width), 2), round(_cm(memo.page_height), 2)) == (21.0, 29.7)
    assert [round(_cm(m), 2) for m in (memo.left_margin, memo.right_margin, memo.top_margin)] \
        == [3.0, 2.0, 2.0]
    assert measures.orientation == 1  # WD_ORIENT.LANDSCAPE
    assert (round(_cm(measures.page_width), 2), round(_cm(measures.page_height), 2)) == (29.7, 21.0)
    assert round(_cm(measures.left_margin), 2) == 1.5
    assert charts.orientation == 0 and round(_cm(charts.top_margin), 2) == 2.5


def test_thai_text_names_th_sarabunpsk_as_complex_script_font_with_its_size(written):
    word, _ = written
    defaults = word.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    fonts = defaults.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:cs")) == "TH SarabunPSK" and fonts.get(qn("w:ascii")) == "TH SarabunPSK"
    assert not [a for a in fonts.attrib if "Theme" in a or "theme" in a]
    runs = [r for r in word.element.body.iter(qn("w:r")) if r.find(qn("w:t")) is not None]
    assert len(runs) > 50
    sizes = set()
    for run in runs:
        rpr = run.find(qn("w:rPr"))
        assert rpr.find(qn("w:rFonts")).get(qn("w:cs")) in ("TH SarabunPSK", "Segoe UI Symbol")
        sz, szcs = rpr.find(qn("w:sz")).get(qn("w:val")), rpr.find(qn("w:szCs")).get(qn("w:val"))
        assert sz == szcs
        sizes.add(int(sz) / 2)
        if rpr.find(qn("w:b")) is not None:
            assert rpr.find(qn("w:bCs")) is not None
    assert {16, 20, 29, 14} <= sizes  # body, memo labels and heading, memo title, table cells


def test_distributed_paragraphs_are_thai_distributed(written):
    word, _ = written
    body = [p for p in word.paragraphs if p.text.startswith(("ตามที่", "สำนักปลัดได้"))]
    assert len(body) == 2
    for p in body:
        assert p._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "thaiDistribute"
        assert round(Emu(p.paragraph_format.first_line_indent).cm, 2) == 2.5
    compat = word.settings.element.find(qn("w:compat"))
    assert compat.find(qn("w:doNotExpandShiftReturn")) is not None


def test_memo_header_has_emblem_title_and_dotted_fields(written):
    word, _ = written
    first = word.paragraphs[0]
    extent = first._p.find(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    assert round(Emu(int(extent.get("cy"))).cm, 2) == 1.5
    assert round(Emu(int(extent.get("cx"))).cm, 2) == round(1.5 * 300 / 340, 2)
    assert first.text.strip() == "บันทึกข้อความ"
    fields = [p for p in word.paragraphs if p.text.startswith(("ส่วนราชการ", "ที่", "เรื่อง"))]
    assert [p.text.split("\t")[0] for p in fields] == ["ส่วนราชการ", "ที่", "เรื่อง"]
    date_row = fields[1]
    assert "วันที่" in date_row.text and "๒๐ ตุลาคม ๒๕๖๘" in date_row.text
    dotted = [r for r in date_row._p.iter(qn("w:r"))
              if r.find(f"{W}rPr/{W}u") is not None]
    assert {r.find(f"{W}rPr/{W}u").get(qn("w:val")) for r in dotted} == {"dotted"}
    assert any("สบ ๗๒๔๐๑/๑๒๓" in "".join(t.text for t in r.iter(qn("w:t"))) for r in dotted)


def test_measures_table_repeats_its_header_and_keeps_the_signature_row(written):
    word, _ = written
    table = next(t for t in word.tables if len(t.columns) == 5)
    rows = table.rows
    assert len(rows) == 1 + 1 + 6 + 1
    flags = [(r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None)
             for r in rows]
    assert flags == [True] + [False] * 8
    assert [c.text for c in rows[0].cells][:2] == ["ตัวชี้วัด/ประเด็น", "มาตรการ/โครงการ/กิจกรรม"]
    group = rows[1]._tr.tc_lst
    assert len(group) == 1 and group[0].grid_span == 5
    assert group[0].tcPr.find(qn("w:shd")).get(qn("w:fill")) == "F2F2F2"
    footer = rows[-1]
    assert footer._tr.trPr.find(qn("w:cantSplit")) is not None
    assert footer._tr.tc_lst[0].grid_span == 5 and "ผู้อนุมัติ" in footer.cells[0].text
    last_data = rows[-2].cells[0].paragraphs
    assert all(p.paragraph_format.keep_with_next for p in last_data)
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))
    assert layout.get(qn("w:type")) == "fixed"
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert abs(sum(widths) / 20 - c.LANDSCAPE.frame_width) < 1


def test_typed_steps_become_hanging_list_items(written):
    word, _ = written
    table = next(t for t in word.tables if len(t.columns) == 5)
    items = table.rows[2].cells[2].paragraphs
    assert [p.text.split("\t")[0] for p in items] == ["๑.", "๒.", "-", "๓."]
    for p in items:
        pf = p.paragraph_format
        assert pf.first_line_indent < 0  # hanging: the number stands out to the left
        assert pf.left_indent > 0
    assert items[2].paragraph_format.left_indent > items[1].paragraph_format.left_indent


def test_page_numbers_in_thai_digits_from_page_two(written):
    word, _ = written
    for section in word.sections:
        sect = section._sectPr
        numbering = sect.find(qn("w:pgNumType"))
        assert numbering.get(qn("w:fmt")) == "thaiNumbers" and numbering.get(qn("w:start")) == "1"
        assert sect.find(qn("w:titlePg")) is not None
        header = section.header._element
        assert [t.text for t in header.iter(qn("w:instrText"))] == [" PAGE "]
        assert "".join(t.text for t in header.iter(qn("w:t"))) == "- ๒ -"
        assert not "".join(t.text for t in section.first_page_header._element.iter(qn("w:t")))


def test_charts_are_pictures_and_headings_are_outlined(written):
    word, report = written
    pictures = word.inline_shapes
    assert len(pictures) == 3  # the emblem and two charts
    assert round(Emu(pictures[1].width).pt) == round(16 * c.CM - 20)
    heading = next(p for p in word.paragraphs if p.text == "๒. ผลการประเมิน")
    assert heading.paragraph_format.keep_with_next
    assert heading._p.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"
    assert report.pages == 0 and report.warnings == []


def test_arabic_digits_control_characters_and_adjacent_tables(tmp_path):
    s = c.house_styles()
    table = c.Table(rows=[["ก", "ข"], ["1", "2"]], widths=(100, 100))
    document = c.Document(thai_digits=False, sections=(c.Section(
        first_page_number=True,
        blocks=(c.Paragraph("ข้อความ\x07มีอักษรควบคุม\x00", s.body), table, table)),))
    out = tmp_path / "a.docx"
    report = render_docx(document, out)
    word = docx.Document(str(out))
    sect = word.sections[0]._sectPr
    assert sect.find(qn("w:pgNumType")).get(qn("w:fmt")) == "decimal"
    assert sect.find(qn("w:titlePg")) is None
    assert word.paragraphs[0].text == "ข้อความ■มีอักษรควบคุม■"
    assert report.unprintable == {"\x07": 1, "\x00": 1} and "■" in report.warnings[0]
    body = [child.tag.rsplit("}", 1)[1] for child in word.element.body]
    assert body[:4] == ["p", "tbl", "p", "tbl"]  # Word would join two adjacent tables


def test_unwritable_path_is_refused_with_a_message(tmp_path):
    from ita_desktop.documents import DocumentError

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DocumentError, match="บันทึกไฟล์"):
        render_docx(sample_document(charts=False), blocker / "out.docx")
