"""A keep-whole word wider than its line (a narrow table column) breaks between the words it is
made of, as written in resources/wordlists/keep-whole.txt, and only a part still too wide is cut
between grapheme clusters."""

from __future__ import annotations

from functools import lru_cache

import pytest

from ita_desktop import thainlp
from ita_desktop.printing import ThaiParagraph, ThaiStyle, pt, text_width
from ita_desktop.printing.breakwords import BreakWords, office_words

SIZE = 14
UNIT = "หน่วยตรวจสอบภายใน"


@lru_cache(maxsize=1)
def base_words() -> frozenset[str]:
    """pythainlp's word list alone, without our curated words."""
    text = thainlp.base_word_file().read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


def fewest_parts(word: str) -> int | None:
    """How few words of the base list make up ``word`` without ``word`` itself (None: none)."""
    words = base_words()
    best: list[int | None] = [0] + [None] * len(word)
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(i + 1, len(word) + 1):
            if (i, j) != (0, len(word)) and word[i:j] in words:
                count = best[i] + 1
                if best[j] is None or count < best[j]:
                    best[j] = count
    return best[-1]


def lines_of(text: str, width: float, words: BreakWords | None = None) -> list[str]:
    if words is None:
        para = ThaiParagraph(text, ThaiStyle(size=SIZE))
    else:
        with office_words(words):
            para = ThaiParagraph(text, ThaiStyle(size=SIZE))
    return [text[ln.start:ln.end] for ln in para.layout(width)]


def width_of(text: str) -> float:
    return text_width(text, pt(SIZE))


PARTS = thainlp.keep_whole_parts()


@pytest.mark.parametrize("word", list(PARTS))
def test_each_curated_word_is_written_as_a_fewest_words_split_of_the_base_list(word):
    parts = PARTS[word]
    assert "".join(parts) == word
    fewest = fewest_parts(word)
    if len(parts) == 1:
        assert fewest is None, f"{word} can be written as {fewest} words of the base list"
    else:
        assert not [p for p in parts if p not in base_words()], parts
        assert len(parts) == fewest, (parts, fewest)


def test_the_part_marks_are_not_in_the_words_nlpo3_reads():
    assert "ตรวจสอบภายใน" in thainlp.keep_whole_words()
    assert PARTS["ตรวจสอบภายใน"] == ("ตรวจสอบ", "ภายใน")
    assert not [w for w in thainlp.keep_whole_words() if thainlp.PART_MARK in w]
    assert thainlp.PART_MARK.encode() not in thainlp.dictionary_content()


def test_the_unit_in_a_column_too_narrow_for_its_last_two_words_prints_on_three_lines():
    width = (width_of("ตรวจสอบ") + width_of("ตรวจสอบภายใน")) / 2
    assert width_of("หน่วยตรวจสอบ") > width
    assert lines_of(UNIT, width) == ["หน่วย", "ตรวจสอบ", "ภายใน"]
    assert lines_of("ตรวจสอบภายใน", width) == ["ตรวจสอบ", "ภายใน"]
    # in a sentence the same: the words around it still break where they did
    text = f"ผู้รับผิดชอบ {UNIT} และกองคลัง"
    assert lines_of(text, width) == ["ผู้รับผิดชอบ", "หน่วย", "ตรวจสอบ", "ภายใน และ", "กองคลัง"]


def test_the_words_inside_fewest_keep_whole_words_break_first():
    # หน่วยตรวจสอบ fits too, but ตรวจสอบภายใน is a keep-whole word of its own
    width = (width_of("ตรวจสอบภายใน") + width_of(UNIT)) / 2
    assert width_of("หน่วยตรวจสอบ") < width
    assert lines_of(UNIT, width) == ["หน่วย", "ตรวจสอบภายใน"]


@pytest.mark.parametrize("word", [w for w, parts in PARTS.items() if len(parts) > 1])
def test_a_word_that_fits_the_line_is_never_split(word):
    width = width_of(word) + 0.5
    assert lines_of(word, width) == [word]
    # after a word that leaves too little room it moves whole to the next line
    assert lines_of(f"ก่อน{word}", width) == ["ก่อน", word]


def test_a_part_wider_than_the_line_is_cut_between_graphemes():
    width = width_of("ภายใน") * 0.7
    para = ThaiParagraph(UNIT, ThaiStyle(size=SIZE))
    seg = para._p.segments[0]
    lines = para.layout(width)
    assert "".join(UNIT[ln.start:ln.end] for ln in lines) == UNIT
    assert len(lines) > 3
    ends = [ln.end for ln in lines]
    assert 5 in ends and 12 in ends  # หน่วย | ตรวจสอบ | ภายใน still end lines
    for line in lines:
        assert seg.starts[line.start] and seg.starts[line.end]
        assert seg.prefix[line.end] - seg.prefix[line.start] <= width + 1e-6


def test_a_curated_word_inside_an_office_name_breaks_between_its_parts():
    width = (width_of("ตรวจสอบ") + width_of("ตรวจสอบภายใน")) / 2
    # the example office's unit, kept whole as a name from the profile
    assert lines_of(UNIT, width, [UNIT]) == ["หน่วย", "ตรวจสอบ", "ภายใน"]
    # inside a longer name, and at its start (nlpo3's token ตรวจสอบภายใน, hidden by the name)
    assert lines_of("กลุ่มงานตรวจสอบภายใน", width, ["กลุ่มงานตรวจสอบภายใน"]) == [
        "กลุ่มงาน", "ตรวจสอบ", "ภายใน"]
    assert lines_of("ตรวจสอบภายในอำเภอ", width, ["ตรวจสอบภายในอำเภอ"]) == ["ตรวจสอบ", "ภายในอำเภอ"]


def test_the_depth_of_an_inner_break_counts_the_keep_whole_words_around_it():
    from ita_desktop.printing.breakwords import curated_words

    word = "นายกองค์การบริหารส่วนตำบล"  # นายก|องค์การบริหารส่วนตำบล, องค์การ|บริหาร|ส่วน|ตำบล
    assert curated_words().boundaries(word) == ([], [4, 11, 17, 21], {11: 2, 17: 2, 21: 2})
    name = word + "ดอนแก้วทอง"  # the chief's position, a name: nlpo3 gives word|ดอน|แก้ว|ทอง
    with office_words([name]) as words:
        assert words.boundaries(name) == ([], [4, 11, 17, 21, 25, 28, 32],
                                          {4: 2, 11: 3, 17: 3, 21: 3})
        para = ThaiParagraph(name, ThaiStyle(size=SIZE))
    width = width_of(word) + 1
    assert [name[ln.start:ln.end] for ln in para.layout(width)] == [word, "ดอนแก้วทอง"]
