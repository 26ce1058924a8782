"""Hostile text in every text field of every document, through the real render path.

Staff paste from Word and web pages: stray Thai combining marks, zero-width and control
characters, emoji, right-to-left text, markup and entities, very long words, 20,000-character
cells. Whatever they paste, every document must still print: a valid PDF (read back by pypdf),
no exception, no row lost, and each field's text present in the PDF except the characters the font
cannot draw, which print as printing.printable.REPLACEMENT and are listed in a warning.

Runs in CI with a fixed example budget (``ITA_FUZZ_EXAMPLES``, default 6); for a long local run:
``ITA_FUZZ_EXAMPLES=300 .venv/bin/python -m pytest tests/core/documents/test_fuzz.py -m slow``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlite_utils import Database

from ita_desktop.documents import KINDS, DocumentOptions, render
from ita_desktop.printing import comparable
from ita_desktop.printing.printable import REPLACEMENT, printable
from ita_desktop.storage import Store, analysis_texts, followups, measures, memos, profile
from ita_desktop.storage.database import SCHEMA_VERSION

EXAMPLES = int(os.environ.get("ITA_FUZZ_EXAMPLES", "6"))
PLAN, ASSESSED = 2569, 2568

THAI_BASE = [chr(c) for c in range(0x0E01, 0x0E2F)] + list("ะาำเแโใไๅๆฯ฿")
THAI_MARKS = [chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F))]
PIECES = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # zero-width, soft hyphen
    "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f", "\t", "\r\n", "\n\n",
    "😀", "🙏🏽", "❤️", "🇹🇭", "👨‍👩‍👧", "\U0001f9ea",  # emoji, joiners, selectors, flags
    "שלום", "مرحبا", "\u202e", "\u202b", "\u200f", "\u061c",  # right to left, bidi controls
    "<p>", "</p>", "<li>", "</li>", '<ul style="list-style-type: none">', "<b>", "<br/>",
    "&amp;", "&nbsp;", "&#x1F600;", "&lt;", "<![CDATA[", "%PDF-1.4", "(", ")", "\\", "\\n",
    "๑.", "- ", "• ", "1)", "(๓)", "๑.๑ ", "94,95", "ฯลฯ", "ๆ", "\u0e4d\u0e32",  # lists, numbers
    "https://www.example.go.th/ita/o34?x=1&y=2", "ftp://bad", "a" * 40,
]


THAI_WORD = st.lists(st.sampled_from(THAI_BASE + THAI_MARKS), min_size=1, max_size=12).map(
    "".join)


@st.composite
def hostile_text(draw) -> str:
    """Mostly short mixed fragments; sometimes a very long word or a 20,000-character cell."""
    shape = draw(st.sampled_from(["mixed"] * 6 + ["long word", "huge", "unicode"]))
    if shape == "long word":  # no break opportunity for a few hundred characters
        return "".join(draw(st.lists(st.sampled_from(THAI_BASE), min_size=300, max_size=900)))
    if shape == "huge":
        piece = draw(st.sampled_from(["ทดสอบการตัดคำภาษาไทย ", "กขคงจ", "😀ก\u200b", "<li>ข้อ</li>",
                                      "๑. ขั้นตอน\n", "x"]))
        return (piece * (20000 // len(piece) + 1))[:20000]
    if shape == "unicode":  # anything printable in the Basic Multilingual Plane and beyond
        return draw(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
    parts = draw(st.lists(st.one_of(
        st.sampled_from(PIECES), THAI_WORD,
        st.sampled_from(THAI_MARKS),  # a stray mark with no base letter
        st.text(string.ascii_letters + string.digits + " .,-/", max_size=12)),
        min_size=1, max_size=25))
    return "".join(parts)


# field -> (how it is stored, the documents that print it)
FIELDS = {
    "office": ("profile:name", set(KINDS)),
    "unit": ("profile:unit_name", {"memo-measures", "memo-results"}),
    "title": ("measure:title", {"measures", "results"}),
    "analysis": ("measure:analysis", {"measures"}),
    "steps": ("measure:steps", {"measures", "results"}),
    "unit_name": ("measure:units", {"measures", "results"}),
    "results": ("followup:results", {"results"}),
    "outcome": ("followup:outcome", {"results"}),
    "suggestions": ("followup:suggestions", {"results"}),
    "evidence": ("evidence:title", {"results"}),
    "subject": ("memo:subject", {"memo-measures"}),
    "body": ("memo:body", {"memo-measures"}),
    "to_whom": ("memo:to_whom", {"memo-measures"}),
    "signer": ("memo:signer_name", {"memo-measures"}),
    "results_body": ("memo-results:body", {"memo-results"}),
    "cause": ("text:issue/1/cause", {"analysis"}),
    "summary": ("text:overall/summary/text", {"analysis"}),
}
TAGS = {name: f"Q{chr(65 + n)}" for n, name in enumerate(FIELDS)}  # QA, QB …: letters survive


def _in_memory_copy(path: Path) -> Store:
    source = sqlite3.connect(path)
    target = sqlite3.connect(":memory:")
    source.backup(target)
    source.close()
    db = Database(target)
    db.execute("PRAGMA foreign_keys=ON")
    return Store(db, path=None, schema_version=SCHEMA_VERSION)


def _store_field(store: Store, where: str, value: str, ids: dict) -> None:
    kind, _, name = where.partition(":")
    if kind == "profile":
        profile.save_profile(store, **{name: value})
    elif kind == "measure":
        fields = {"units": [value]} if name == "units" else {name: value}
        measures.update_measure(store, ids["measure"], **fields)
    elif kind == "followup":
        current = next(r for r in followups.list_followups(store, fiscal_year=PLAN)
                       if r["id"] == ids["followup"])
        texts = {k: current[k] for k in ("results", "outcome", "suggestions")} | {name: value}
        followups.set_followup(store, measure_id=ids["measure"], period=current["period"],
                               status=current["status"], **texts)
    elif kind == "evidence":
        followups.add_evidence(store, followup_id=ids["followup"], title=value)
    elif kind in ("memo", "memo-results"):
        memos.save_memo(store, fiscal_year=PLAN, kind="measures" if kind == "memo" else "results",
                        **{name: value})
    else:
        scope, key, field = name.split("/")
        analysis_texts.edit_text(store, fiscal_year=ASSESSED, scope=scope, key=key, field=field,
                                 text=value)


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(char in it for char in needle)


_STRAY_MARKS = re.compile("(^|\\s)[" + "".join(THAI_MARKS) + "]+")


def _expected(value: str, options: DocumentOptions) -> str:
    """What must be readable in the PDF: stripped as stored, digits as chosen, unprintable
    characters replaced, white space and invisible characters ignored. A Thai mark with no
    letter under it (after a space or at the start) is printed but cannot be copied out on its
    own: its text rides on the space's glyph, whose mapping is shared (docs/thai-printing.md)."""
    text = printable(options.digits(value.strip()))
    return comparable(_STRAY_MARKS.sub(r"\1", text))


@pytest.fixture(scope="module")
def base_file(tmp_path_factory) -> Path:
    from ita_desktop.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("fuzz") / "example.db")


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 10,
          # shrinking a 20,000-character example costs minutes: only on request
          phases=[Phase.explicit, Phase.reuse, Phase.generate]
          + ([Phase.shrink] if os.environ.get("ITA_FUZZ_SHRINK") else []),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(values=st.dictionaries(st.sampled_from(sorted(FIELDS)), hostile_text(), min_size=1,
                              max_size=len(FIELDS)),
       thai_digits=st.booleans())
def test_every_document_prints_whatever_is_pasted(base_file, tmp_path, values, thai_digits):
    store = _in_memory_copy(base_file)
    first = measures.list_measures(store, fiscal_year=PLAN)[0]
    report_of_first = next(r for r in followups.list_followups(store, fiscal_year=PLAN)
                           if r["measure_id"] == first["id"])
    ids = {"measure": first["id"], "followup": report_of_first["id"]}
    tagged = {name: f"{TAGS[name]}X{value}X{TAGS[name]}" for name, value in values.items()}
    for name, value in tagged.items():
        _store_field(store, FIELDS[name][0], value, ids)
    titles = [m["title"] for m in measures.list_measures(store, fiscal_year=PLAN)]
    options = DocumentOptions(thai_digits=thai_digits)
    for kind in KINDS:
        year = ASSESSED if kind == "analysis" else PLAN
        out = tmp_path / f"{kind}.pdf"
        report = render(kind, store, fiscal_year=year, out=out, options=options)
        reader = PdfReader(out)  # a valid PDF, read back
        assert len(reader.pages) == report.pages >= 1
        text = comparable("".join(page.extract_text() for page in reader.pages))
        for name, value in tagged.items():
            if kind not in FIELDS[name][1]:
                continue
            tag = comparable(options.digits(TAGS[name]))
            start = text.find(f"{tag}X")
            end = text.rfind(f"X{tag}")
            assert 0 <= start < end, (kind, name, "field missing from the PDF")
            # A long cell splits over pages and columns: its text stays in order between tags.
            assert _is_subsequence(_expected(value, options), text[start:end + len(tag) + 1]), \
                (kind, name)
        if kind in ("measures", "results"):  # no row lost
            for title in titles:
                assert _is_subsequence(_expected(title, options), text), (kind, title[:40])
        replaced = sum(report.unprintable.values())
        if replaced:
            assert REPLACEMENT in text and any(REPLACEMENT in w for w in report.warnings)
    store.close()
