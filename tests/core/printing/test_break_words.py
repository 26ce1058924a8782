"""The break dictionary: curated keep-whole words, the office's names, nlpo3's dictionary file."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from itertools import accumulate
from pathlib import Path

import pytest

from ita_desktop import paths, thainlp
from ita_desktop.printing import ThaiParagraph, ThaiStyle, pt, text_width
from ita_desktop.printing.breakwords import (
    MAX_WORD_CHARS,
    BreakWords,
    curated_words,
    current_words,
    office_names,
    office_words,
)
from ita_desktop.printing.linebreak import break_opportunities

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT.parent / "shared" / "examples"
WORDS = thainlp.keep_whole_words()
CONTEXTS = ["และ{}การดำเนินงาน", "ของ{}ทางการ", "ไม่{}ตามที่กำหนด", "ทุก{}ต้องมีผล", "{}ภายใน"]


def breaks_of(text: str, words: BreakWords | None = None) -> list[int]:
    starts = bytearray([1] * (len(text) + 1))
    return break_opportunities(text, starts, words)


def our_documents_text() -> str:
    """The text our documents are made of: the examples, guidance, frameworks, document code."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for folder in (paths.GUIDANCE, paths.FRAMEWORKS):
        parts += [json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False)
                  for p in sorted(folder.glob("*.json"))]
    parts += [p.read_text(encoding="utf-8") for p in (ROOT / "ita_desktop").rglob("*.py")]
    return "\n".join(parts)


def test_the_curated_list_has_the_words_named_in_the_issue_and_no_duplicates():
    text = thainlp.KEEP_WHOLE_FILE.read_text(encoding="utf-8")
    listed = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(listed) == len(set(listed)) == len(WORDS) >= 100
    assert {"แนวทาง", "ช่องทาง", "ติดตาม", "ถูกต้อง", "ประชาสัมพันธ์"} <= set(WORDS)


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="shared examples not here")
def test_every_curated_word_occurs_in_our_documents_or_the_examples():
    corpus = our_documents_text()
    missing = [w for w in WORDS if w not in corpus.replace("keep-whole.txt", "")]
    assert not missing


@pytest.mark.parametrize("word", WORDS)
def test_no_break_inside_a_curated_word(word):
    for context in CONTEXTS:
        text = context.format(word)
        at = text.index(word)
        inside = [b for b in breaks_of(text) if at < b < at + len(word)]
        assert not inside, (text, inside)
    # a line as wide as the word and half of "ก่อน": greedy filling by letters would cut the word
    text = f"ก่อน{word}หลัง"
    size = pt(16)
    width = text_width(word, size) + text_width("ก่อน", size) / 2
    lines = ThaiParagraph(text, ThaiStyle()).layout(width)
    ends = [line.end for line in lines[:-1]]
    assert all(not (4 < e < 4 + len(word)) for e in ends), [text[a.start:a.end] for a in lines]


def test_without_the_curated_words_newmm_does_split_some_of_them():
    # the reason for the list: plain segmentation cuts these in context
    none = BreakWords([])
    for text, word in [("ช่องทางการติดต่อ", "ช่องทาง"), ("แนวทางในการกำหนด", "แนวทาง"),
                       ("ข้อมูลที่ไม่ถูกต้องตามรูปแบบ", "ถูกต้อง"), ("หัวหน้างานติดตามเรื่อง", "ติดตาม"),
                       ("หน่วยงานดำเนินการป้องกันการ", "ดำเนินการ")]:
        at = text.index(word)
        assert [b for b in breaks_of(text, none) if at < b < at + len(word)], text
        assert not [b for b in breaks_of(text) if at < b < at + len(word)], text


def test_a_word_becomes_its_own_token_where_that_adds_no_words():
    assert 6 in breaks_of("แนวทางการดำเนินงาน")  # แนวทาง|การ rather than แนวทางการ
    assert 7 in breaks_of("ช่องทางการติดต่อ")


PROFILE = {
    "name": "เทศบาลตำบลโพธิ์ชัย", "office_type": "เทศบาลตำบล", "district": "อำเภอเมืองทุ่ง",
    "province": "จังหวัดสุวรรณบุรี", "unit_name": "สำนักปลัด เทศบาลตำบลโพธิ์ชัย",
    "chief_name": "นายสมศักดิ์ ใจดีงาม", "chief_position": "นายกเทศมนตรีตำบลโพธิ์ชัย",
    "deputy_name": "", "deputy_position": "", "reporter_name": "นางสาวพรทิพย์ มั่นคงดี",
    "reporter_position": "นักวิเคราะห์นโยบายและแผนชำนาญการ", "address": "หมู่ที่ ๓",
}


def test_office_names_come_from_the_profile_with_and_without_prefixes():
    names = office_names(PROFILE, people=["นางวันเพ็ญ สุขประเสริฐ"], others=["กองช่าง", None])
    for name in ["เทศบาลตำบลโพธิ์ชัย", "โพธิ์ชัย", "อำเภอเมืองทุ่ง", "เมืองทุ่ง", "สุวรรณบุรี",
                 "นายกเทศมนตรีตำบลโพธิ์ชัย", "นายสมศักดิ์ ใจดีงาม", "สมศักดิ์ ใจดีงาม", "ใจดีงาม",
                 "พรทิพย์ มั่นคงดี", "วันเพ็ญ สุขประเสริฐ", "กองช่าง"]:
        assert name in names
    assert "หมู่ที่" not in names and "๓" not in names  # the address is not a name
    assert len(names) == len(set(names))


def test_office_names_are_kept_whole_inside_office_words_only():
    text = "ตามที่องค์การบริหารส่วนตำบลดอนแก้วทองมีแนวทางการพัฒนาอำเภอเมืองทุ่ง"
    name_at = text.index("ดอนแก้วทอง")
    outside = [b for b in breaks_of(text) if name_at < b < name_at + 10]
    assert outside  # ดอน|แก้ว|ทอง: nlpo3 does not know the name
    with office_words(office_names({"name": "องค์การบริหารส่วนตำบลดอนแก้วทอง",
                                    "district": "เมืองทุ่ง"})) as words:
        assert "ดอนแก้วทอง" in words and "แนวทาง" in words
        para = ThaiParagraph(text)  # takes the words in force when made
        breaks = para._p.segments[0].breaks
    assert current_words() is curated_words()
    assert not [b for b in breaks if name_at < b < name_at + 10]
    assert text.index("องค์การ") in breaks and name_at + 10 in breaks  # …|the office|มี…
    town = text.index("เมืองทุ่ง")
    assert not [b for b in breaks if town < b < town + 9]


def test_a_person_keeps_name_and_surname_on_one_line():
    text = "ลงนามโดย นายสมศักดิ์ ใจดีงาม ผู้อำนวยการกอง"
    with office_words(office_names(PROFILE)):
        para = ThaiParagraph(text)
    space = text.index(" ใจดีงาม")
    assert space not in para._p.segments[0].breaks
    assert space + 1 not in para._p.segments[0].breaks


def test_a_keep_whole_word_wider_than_the_line_breaks_at_its_inner_words():
    text = "หน่วยตรวจสอบภายใน"
    width = text_width(text, pt(14)) * 0.8
    lines = ThaiParagraph(text, ThaiStyle(size=14)).layout(width)
    assert [text[ln.start:ln.end] for ln in lines] == ["หน่วย", "ตรวจสอบภายใน"]
    name = "นายกองค์การบริหารส่วนตำบลดอนแก้วทอง"
    with office_words([name]):
        para = ThaiParagraph(name, ThaiStyle(size=14))
    pieces = [name[ln.start:ln.end] for ln in para.layout(text_width(name, pt(14)) * 0.6)]
    assert "".join(pieces) == name and len(pieces) > 1
    assert all(p in {"นายก", "องค์การบริหารส่วนตำบล", "ดอนแก้วทอง", "นายกองค์การบริหารส่วนตำบล",
                     "องค์การบริหารส่วนตำบลดอนแก้วทอง"} for p in pieces), pieces


def test_latin_runs_do_not_break_inside():
    text = "ผ่าน e-journal และ (ITA) ใน www.example.go.th/path นะ"
    for b in breaks_of(text):
        assert not (re.match(r"[!-~]", text[b - 1]) and re.match(r"[!-~]", text[b])), text[:b]


# -- the dictionary file --------------------------------------------------------------------
def test_the_dictionary_file_is_the_word_list_plus_ours_written_once(tmp_path):
    folder = tmp_path / "ผู้ใช้ ทดสอบ" / "แคช"  # Thai letters and a space, as in a Windows profile
    path = thainlp.dictionary_file(folder)
    assert path.parent == folder and path.name.startswith("words-")
    lines = path.read_text(encoding="utf-8").splitlines()
    base = thainlp.base_word_file().read_text(encoding="utf-8").splitlines()
    assert lines[: len(base)] == base and lines[len(base):] == list(WORDS)
    stamp = path.stat().st_mtime_ns
    assert thainlp.dictionary_file(folder) == path and path.stat().st_mtime_ns == stamp
    assert not [p for p in folder.iterdir() if p != path]  # no temporary file left behind


def test_nlpo3_loads_the_dictionary_from_a_thai_path(tmp_path):
    folder = tmp_path / "เอกสาร ของฉัน"
    code = ("import sys, nlpo3; from pathlib import Path; from ita_desktop import thainlp; "
            "p = thainlp.dictionary_file(Path(sys.argv[1])); print(nlpo3.load_dict(str(p), 'x')[1]);"
            " print('|'.join(nlpo3.segment('หน่วยตรวจสอบภายในกองคลัง', 'x')))")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True,
                         text=True, check=True, encoding="utf-8").stdout.split()
    assert out == ["True", "หน่วยตรวจสอบภายใน|กองคลัง"]  # our words are in it


def test_an_unwritable_folder_falls_back_to_a_private_one(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    path = thainlp.dictionary_file(blocker / "words")
    assert path.is_file() and blocker not in path.parents


def test_the_break_dictionary_is_loaded_once_and_segments():
    first = thainlp.dictionary()
    assert thainlp.dictionary() is first and first.path.is_file()
    assert "".join(thainlp.word_tokenize("สวัสดี ครับ")) == "สวัสดี ครับ"


# -- shaping word by word --------------------------------------------------------------------
@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="shared examples not here")
@pytest.mark.parametrize("bold", [False, True])
def test_shaping_word_by_word_gives_the_whole_text_shaping(bold):
    from ita_desktop.printing import active_font
    from ita_desktop.printing.shaping import _shape, clear_cache, shape_words

    font = active_font().font_name(bold=bold)
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        cuts = list(accumulate(map(len, thainlp.word_tokenize(text))))
        clear_cache()
        whole, words = _shape(text, font), shape_words(text, font, cuts)
        assert words == whole, path.name
        assert shape_words(text, font, cuts) == whole  # from the cache


def test_a_whole_pasted_text_as_a_name_is_not_kept_whole_and_still_prints():
    # a responsible unit's field holding a 20,000-character paste with no space: no name, and
    # the matcher's pattern for it would nest 20,000 groups (RecursionError in re)
    pasted = ("<li>ข้อ</li>" * 2000)[:20000]
    longest = "ก" * MAX_WORD_CHARS
    with office_words([pasted, longest, "ดอนแก้วทอง"]) as words:
        assert pasted not in words and longest in words and "ดอนแก้วทอง" in words
        para = ThaiParagraph(pasted[:3000])
    assert len(para.layout(200.0)) > 10
