"""Every document kind as a Word file, from ``ita render KIND --format docx`` on the example office
with an emblem and two report pictures, read back with python-docx: its sections (orientation,
page numbers restarting or going on, none on a first page), every text of its content, its
tables with their repeated header rows, and its pictures (emblem, report pictures, charts)."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from ita_desktop.cli import main
from ita_desktop.documents import KINDS, DocumentOptions, content_of, prepare
from ita_desktop.documents import content as c
from ita_desktop.storage import open_database

from .conftest import squash

YEARS = {"analysis": 2568}
P, L = "portrait", "landscape"
SECTIONS = {  # (orientation, numbers start at 1, first page unnumbered) per section
    "memo-measures": [(P, True, True)],
    "memo-results": [(P, True, True)],
    "analysis": [(P, True, True)],
    "measures": [(L, True, True)],
    "results": [(L, True, True)],
    "analysis-measures": [(P, True, True), (L, False, False)],
    "memo-measures-attached": [(P, True, True), (P, True, True), (L, False, False)],
    "memo-results-attached": [(P, True, True), (L, True, True)],
}


@pytest.fixture(scope="module")
def word_files(pictures_path, tmp_path_factory):
    """kind → (its content as ita render builds it, the .docx ita render wrote)."""
    folder = tmp_path_factory.mktemp("เอกสาร word")
    store = open_database(pictures_path, read_only=True)
    made = {}
    try:
        for kind in KINDS:
            year = YEARS.get(kind, 2569)
            out = folder / f"{kind}.docx"
            assert main(["render", kind, "--db", str(pictures_path), "--fiscal-year", str(year),
                         "--out", str(out), "--format", "docx"]) == 0
            options = DocumentOptions()
            made[kind] = (content_of(prepare(kind, store, fiscal_year=year, options=options),
                                     options), docx.Document(str(out)))
    finally:
        store.close()
    return made


def test_every_kind_is_written():
    assert set(SECTIONS) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_sections_and_their_page_numbers(word_files, kind):
    _, word = word_files[kind]
    found = []
    for section in word.sections:
        sect = section._sectPr
        numbering = sect.find(qn("w:pgNumType"))
        assert numbering.get(qn("w:fmt")) == "thaiNumbers"
        header = section.header._element
        assert [t.text for t in header.iter(qn("w:instrText"))] == [" PAGE "]
        found.append(("landscape" if section.page_width > section.page_height else "portrait",
                      numbering.get(qn("w:start")) == "1", sect.find(qn("w:titlePg")) is not None))
        if found[-1][2]:
            assert not "".join(t.text for t in section.first_page_header._element.iter(qn("w:t")))
    assert found == SECTIONS[kind]


def _word_text(word) -> str:
    body = word.element.body
    return squash("".join(t.text or "" for t in body.iter(qn("w:t")))).replace("☐", "")


@pytest.mark.parametrize("kind", KINDS)
def test_every_text_of_the_content_is_in_the_word_file(word_files, kind):
    document, word = word_files[kind]
    text = _word_text(word)
    wanted = [squash(line) for block in c.texts(document) for line in block.split("\n")]
    wanted = [w.lstrip("-๑๒๓๔๕๖๗๘๙๐.") for w in wanted if w]  # list markers sit before a tab
    assert len(wanted) > 10
    missing = [w for w in wanted if w not in text]
    assert not missing


def _blocks(document: c.Document, kind) -> list:
    return [b for section in document.sections for b in c.walk(section.blocks)
            if isinstance(b, kind)]


@pytest.mark.parametrize("kind", KINDS)
def test_tables_keep_their_rows_and_repeat_their_headers(word_files, kind):
    document, word = word_files[kind]
    tables = _blocks(document, c.Table)
    assert len(word.tables) == len(tables) > 0
    for block, table in zip(tables, word.tables, strict=True):
        rows = table.rows
        assert len(rows) == len(block.rows) + (block.footer is not None)
        headers = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None
                   for r in rows]
        assert headers == [n < block.header_rows for n in range(len(rows))]
        widths = [int(g.get(qn("w:w"))) / 20 for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert widths == pytest.approx(list(block.widths), abs=0.05)


@pytest.mark.parametrize("kind", KINDS)
def test_pictures_emblem_charts_and_report_pictures(word_files, kind):
    document, word = word_files[kind]
    images = _blocks(document, c.Image)
    charts = _blocks(document, c.Chart)
    emblems = [b for b in _blocks(document, c.MemoTitle) if b.emblem]
    assert len(word.inline_shapes) == len(images) + len(charts) + len(emblems)
    if "analysis" in kind or kind == "memo-measures-attached":
        assert len(charts) == 3 and len(images) == 3  # the cover's emblem and two pictures
        heights = sorted(round(shape.height / 12700, 1) for shape in word.inline_shapes)
        for image in images:
            assert round(image.height, 1) in heights
        text = _word_text(word)
        assert squash("ภาพที่ ๑ การประชุมชี้แจงผลการประเมิน ITA แก่บุคลากร") in text
        assert "ภาพที่๒" in text
    if kind.startswith("memo-"):
        assert len(emblems) == 1


def test_analysis_headings_are_in_the_navigation_pane(word_files):
    _, word = word_files["analysis"]
    outlined = {p.text: int(p._p.pPr.find(qn("w:outlineLvl")).get(qn("w:val")))
                for p in word.paragraphs
                if p._p.pPr is not None and p._p.pPr.find(qn("w:outlineLvl")) is not None}
    assert outlined["คำนำ"] == 0 and outlined["๑. หลักการและวิธีการประเมิน"] == 0
    assert outlined["๑.๑ เครื่องมือการประเมินและน้ำหนัก"] == 1
    assert outlined["๖. ข้อเสนอแนะ"] == 0
    assert sum(1 for level in outlined.values() if level == 0) >= 7
