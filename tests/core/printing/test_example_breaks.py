"""Every example document's text laid out and printed by our engine: no line starts or ends inside
a word of the break dictionary (the keep-whole words and the example office's names), and no
break that newmm (pythainlp, the engine before nlpo3) would not have made except at the edge of
such a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_helpers import needs_poppler, split_across_lines
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from ita_desktop.printing import ThaiParagraph, ThaiStyle, canvas_kwargs, pdftotext, text_width
from ita_desktop.printing.breakwords import office_names, office_words

EXAMPLES = Path(__file__).resolve().parents[4] / "shared" / "examples"
OFFICES = {  # the names each example is about, as its office's profile would give them
    "memo-and-measures-phochai-2568.txt": dict(
        profile={"name": "เทศบาลตำบลโพธิ์ชัย", "district": "อำเภอเมืองหนองคาย",
                 "province": "จังหวัดหนองคาย", "unit_name": "หน่วยตรวจสอบภายใน",
                 "chief_position": "นายกเทศมนตรีตำบลโพธิ์ชัย",
                 "deputy_position": "ปลัดเทศบาลตำบลโพธิ์ชัย"},
        people=["นายทองปน วรรณพันธ์", "นางกนกอร พรมรส"]),
    "results-report-krut-2566.txt": dict(
        profile={"name": "เทศบาลตำบลกรูด", "district": "อำเภอกาญจนดิษฐ์",
                 "province": "จังหวัดสุราษฎร์ธานี"}, people=[]),
    "results-report-nawanghin-2567.txt": dict(
        profile={"name": "องค์การบริหารส่วนตำบลนาวังหิน", "district": "อำเภอพนัสนิคม",
                 "province": "จังหวัดชลบุรี"}, people=[]),
}
pytestmark = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="shared examples not here")


def paragraphs(name: str) -> list[tuple[str, float]]:
    """(text, width in points): each line of the example at 16 cm, each table cell (the
    tab-separated pieces) at 5 cm, as the documents print them."""
    out = []
    for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cells) == 1:
            out.append((cells[0], 16 * cm))
        else:
            out += [(cell, 5 * cm) for cell in cells]
    return out


def names_of(name: str) -> list[str]:
    office = OFFICES[name]
    return office_names(office["profile"], people=office["people"])


def laid_out(name: str, alignment: str):
    """(paragraph, its lines, width) for every paragraph of the example, made inside the office's
    office_words block as a document does."""
    with office_words(names_of(name)):
        made = [(ThaiParagraph(text, ThaiStyle(alignment=alignment)), width)
                for text, width in paragraphs(name)]
    return [(para, para.layout(width), width) for para, width in made]


@pytest.mark.parametrize("name", sorted(OFFICES))
@pytest.mark.parametrize("alignment", ["left", "distributed"])
def test_no_line_starts_or_ends_inside_a_dictionary_word(name, alignment):
    bad, lines_seen = [], 0
    for para, lines, _width in laid_out(name, alignment):
        words = para._p.words
        for line, nxt in zip(lines, lines[1:], strict=False):
            if line.hard:
                continue
            seg = para._p.segments[line.segment]
            lines_seen += 1
            for a, b in words.occurrences(seg.text):
                too_wide = seg.prefix[b] - seg.prefix[a] > line.width
                if not too_wide and (a < line.end < b or a < nxt.start < b):
                    bad.append((seg.text[a:b], seg.text[line.start:line.end]))
            # and the line ends at a word boundary of the break dictionary's segmentation, or
            # in a piece without one that is wider than the line (a long URL)
            if nxt.start not in seg.breaks and nxt.start not in seg.inner:
                after = min([b for b in seg.breaks if b > nxt.start] + [len(seg.text)])
                if seg.prefix[after] - seg.prefix[line.start] <= line.width:
                    bad.append(("(not a word boundary)", seg.text[line.start:line.end]))
    assert lines_seen > 100
    assert len(bad) == 0, bad[:10]


@pytest.mark.parametrize("name", sorted(OFFICES))
def test_breaks_newmm_would_not_make_are_only_at_the_edges_of_kept_words(name):
    from pythainlp.tokenize import word_tokenize as newmm

    from ita_desktop.printing.linebreak import _URL, break_opportunities

    checked = 0
    for para, _lines, _width in laid_out(name, "left"):
        for seg in para._p.segments:
            old = set()
            pos = 0
            for token in newmm(seg.text, engine="newmm", keep_whitespace=True)[:-1]:
                pos += len(token)
                old.add(pos)
            old |= {i + 1 for m in _URL.finditer(seg.text) for i in range(*m.span())
                    if seg.text[i] == "/"}  # the engine before broke URLs after "/" too
            edges = {e for span in para._p.words.occurrences(seg.text) for e in span}
            new = [b for b in seg.breaks if b not in old and b not in edges]
            assert not new, [seg.text[max(0, b - 10):b] + "|" + seg.text[b:b + 10] for b in new]
            checked += len(seg.breaks)
            # and where newmm had a break inside a kept word, we have none
            inside = {p for a, b in para._p.words.occurrences(seg.text) for p in range(a + 1, b)}
            assert not inside.intersection(break_opportunities(seg.text, seg.starts,
                                                               para._p.words))
    assert checked > 500


@needs_poppler
@pytest.mark.parametrize("name", sorted(OFFICES))
def test_printed_examples_split_no_dictionary_word_across_lines(name, tmp_path):
    path = tmp_path / "example.pdf"
    doc = BaseDocTemplate(str(path), leftMargin=3 * cm, rightMargin=2 * cm, **canvas_kwargs())
    frames = [Frame(3 * cm, 2 * cm, 16 * cm, 25 * cm, id="wide", leftPadding=0, rightPadding=0),
              Frame(3 * cm, 2 * cm, 5 * cm, 25 * cm, id="cell", leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate("wide", [frames[0]]), PageTemplate("cell", [frames[1]])])
    with office_words(names_of(name)) as words:
        wide = [ThaiParagraph(t, ThaiStyle(alignment="distributed", space_after=6))
                for t, w in paragraphs(name) if w > 10 * cm]
        cells = [ThaiParagraph(t, ThaiStyle(size=14, space_after=6))
                 for t, w in paragraphs(name) if w < 10 * cm]
    from reportlab.platypus import NextPageTemplate, PageBreak

    doc.build([*wide, NextPageTemplate("cell"), PageBreak(), *cells])
    lines = [ln for ln in pdftotext(path).splitlines() if ln.strip()]
    assert len(lines) > 200
    kept = [w for w in words.words if text_width(w, 10.6) < 5 * cm - 10]  # fit a cell line
    assert split_across_lines(lines, kept) == []
