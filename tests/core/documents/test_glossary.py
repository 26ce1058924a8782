"""One set of Thai terms (ita_desktop.glossary) across the window and the documents: every
interface string a term governs is translated to exactly that term, no message of ours uses the
words a term replaces, the memo's warnings send the user to the office page in its own words,
and the memo puts a space between โดย/ตามที่/ซึ่ง and the office's name."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ita_desktop import glossary, paths
from ita_desktop.documents import prepare, render
from ita_desktop.documents.memo_draft import draft_memo
from ita_desktop.storage import profile

TS = paths.I18N / "ita_desktop_th.ts"


def translations() -> dict[tuple[str, str], str]:
    root = ET.parse(TS).getroot()
    return {(context.findtext("name"), message.findtext("source")):
            message.findtext("translation") or ""
            for context in root.iter("context") for message in context.iter("message")}


@pytest.mark.parametrize("term", glossary.TERMS, ids=lambda t: t.thai)
def test_the_interface_says_each_term_in_the_same_words(term):
    found = translations()
    for key in term.interface:
        assert key in found, key
        assert found[key] == term.thai, (key, found[key])


def test_no_interface_text_uses_a_replaced_word():
    replaced = {word for term in glossary.TERMS for word in term.not_}
    bad = [(key, text) for key, text in translations().items()
           if any(word in text for word in replaced)]
    assert not bad


def test_memo_warnings_use_the_office_page_words(example_store, tmp_path):
    profile.save_profile(example_store, reporter_name="")
    with example_store.atomic() as db:  # no stored memo: the signer comes from the profile
        db.execute("DELETE FROM memos")
    report = render("memo-measures", example_store, fiscal_year=2569, out=tmp_path / "m.pdf")
    warnings = " ".join(report.warnings)
    assert glossary.where_set(glossary.EMBLEM) in warnings  # no emblem in the example
    assert glossary.where_set(glossary.REPORT_AUTHOR) in warnings  # no signer
    for term in glossary.TERMS:
        assert not any(word in warnings for word in term.not_), warnings


@pytest.mark.parametrize("kind", ["memo-measures", "memo-results"])
def test_the_office_name_is_spaced_from_the_word_before_it(example_store, kind):
    name = "อบต.ตัวอย่างใหม่"
    profile.save_profile(example_store, name=name, unit_name="")
    body = draft_memo(prepare(kind, example_store, fiscal_year=2569))["body"]
    assert name in body
    for word in ("โดย", "ตามที่", "ซึ่ง", "ของ"):
        assert f"{word}{name}" not in body, word
    if kind == "memo-measures":
        assert f"โดย {name} ได้คะแนน" in body


@pytest.mark.parametrize("name, chief", [
    ("อบต.ตัวอย่างใหม่", "นายกองค์การบริหารส่วนตำบลตัวอย่างใหม่"),
    ("ทต.โพธิ์ชัย", "นายกเทศมนตรีตำบลโพธิ์ชัย"),
    ("เทศบาลตำบลโพธิ์ชัย", "นายกเทศมนตรีตำบลโพธิ์ชัย"),
    ("องค์การบริหารส่วนตำบลดอนแก้วทอง", "นายกองค์การบริหารส่วนตำบลดอนแก้วทอง"),
])
def test_the_memo_is_addressed_to_the_chief_by_the_full_title(name, chief):
    from ita_desktop.documents.memo_draft import chief_title

    assert chief_title({"name": name}) == chief
