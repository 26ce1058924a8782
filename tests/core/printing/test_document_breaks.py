"""Every document, read back with pdftotext: the words named in issue 15 and the office's names
never break across lines."""

from __future__ import annotations

from itertools import accumulate

import pytest
from printing_helpers import needs_poppler, split_across_lines

from ita_desktop import documents
from ita_desktop.demo import build_demo
from ita_desktop.printing import breakwords as bw
from ita_desktop.printing import pdftotext
from ita_desktop.storage import analysis_texts, measures, memos, open_database, profile

NAMED = ["แนวทาง", "ช่องทาง", "ติดตาม", "ถูกต้อง", "ประชาสัมพันธ์", "เทศบาลตำบลโพธิ์ชัย",
         "โพธิ์ชัย", "เมืองทุ่ง", "ดอนแก้วทอง", "นายสมศักดิ์ ใจดีงาม"]
SENTENCE = ("เทศบาลตำบลโพธิ์ชัยร่วมกับบ้านดอนแก้วทองกำหนดแนวทางการประชาสัมพันธ์และช่องทางการ"
            "ติดต่อ เพื่อติดตามผลให้ถูกต้องตามระเบียบของอำเภอเมืองทุ่ง")
FILLERS = ["", "ทั้งนี้", "โดยเฉพาะ", "ดังนั้นจึง", "ซึ่งหน่วยงาน", "เพื่อให้ประชาชน", "สำนักปลัดได้"]
YEARS = {"analysis": 2568, "memo-measures": 2569, "memo-results": 2569, "measures": 2569,
         "results": 2569}


def long_text() -> str:
    """The sentence many times, each time after a filler of another length, so that line ends
    fall at many places in and around the words."""
    return " ".join(f + SENTENCE for f in FILLERS * 2)


@pytest.fixture(scope="module")
def office_store(tmp_path_factory):
    path = build_demo(tmp_path_factory.mktemp("breaks") / "office.db")
    store = open_database(path)
    profile.save_profile(store, name="เทศบาลตำบลโพธิ์ชัย", office_type="เทศบาลตำบล",
                         district="เมืองทุ่ง", chief_position="นายกเทศมนตรีตำบลโพธิ์ชัย")
    text = long_text()
    for row in measures.list_measures(store, fiscal_year=2569)[:2]:
        measures.update_measure(store, row["id"], analysis=text, steps=text)
    measures.add_measure(store, fiscal_year=2569, title=text[:300], analysis=text,
                         steps=text, target=text[:200], units=["กองคลัง"])
    for kind in ("measures", "results"):
        memos.save_memo(store, fiscal_year=2569, kind=kind, body=f"{text}\n\n{text}")
    for key in list(analysis_texts.get_texts(store, fiscal_year=2568))[:4]:
        scope, key_, field = key
        analysis_texts.edit_text(store, fiscal_year=2568, scope=scope, key=key_, field=field,
                                 text=text)
    yield store
    store.close()


def printed_lines(store, kind: str, out) -> list[str]:
    documents.render(kind, store, fiscal_year=YEARS[kind], out=out)
    return [line for line in pdftotext(out).splitlines() if line.strip()]


@needs_poppler
@pytest.mark.parametrize("kind", sorted(YEARS))
def test_named_words_and_office_names_never_break_inside(office_store, kind, tmp_path):
    lines = printed_lines(office_store, kind, tmp_path / f"{kind}.pdf")
    text = "".join("".join(lines).split())
    assert text.count("โพธิ์ชัย") >= 10 and "เมืองทุ่ง" in text  # the material is there
    assert split_across_lines(lines, NAMED) == []


class _Unkept(bw.BreakWords):
    """The words without their effect: the breaks of plain segmentation."""

    def boundaries(self, text, tokens=None):
        from ita_desktop.thainlp import word_tokenize

        return list(accumulate(map(len, tokens or word_tokenize(text))))[:-1], [], {}


@needs_poppler
def test_the_same_documents_do_break_inside_them_without_keep_whole_words(
        office_store, tmp_path, monkeypatch):
    # the check above can fail: plain segmentation puts line ends inside these words
    monkeypatch.setattr(bw, "_with_names", lambda names: _Unkept([*names]))
    found = []
    for kind in ("measures", "memo-measures", "analysis"):
        found += split_across_lines(printed_lines(office_store, kind, tmp_path / "x.pdf"), NAMED)
    assert {word for word, _, _ in found} & {"โพธิ์ชัย", "เทศบาลตำบลโพธิ์ชัย", "ดอนแก้วทอง"}
