"""A new fiscal year's memo starts from last year's (addressee, signer, comment blocks), and the
two-step rendering API: ``prepare`` (the store, cheap, no ReportLab) then ``render_prepared``
(no store: it may run on another thread)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from ita_desktop.documents import (
    DocumentError,
    DocumentOptions,
    EmptyDocumentError,
    prepare,
    render,
    render_prepared,
)
from ita_desktop.documents.memo_draft import memo_fields
from ita_desktop.storage import memos

from .conftest import pdftotext, squash

EXTRA = {"closing": "จึงเรียนมาเพื่อโปรดพิจารณา", "deputy_block": False, "chief_block": True,
         "deputy_name": "นายรอง ทดสอบ", "deputy_position": "รองปลัด",
         "chief_name": "นายนายก ทดสอบ", "chief_position": "นายกทดสอบ"}


def fields(store, year, kind="memo-measures"):
    return memo_fields(prepare(kind, store, fiscal_year=year,
                               options=DocumentOptions(allow_empty=True)))


def test_a_year_without_a_memo_starts_from_last_years(example_store):
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", to_whom="เรียนท่านนายก",
                    signer_name="นางสาวลงนาม ใหม่", signer_position="หัวหน้าสำนักปลัด",
                    number="สบ ๗๒๔๐๑/๙๙๙", extra=EXTRA)
    assert memos.get_memo(example_store, fiscal_year=2570, kind="measures") is None
    new = fields(example_store, 2570)
    assert new["to_whom"] == "เรียนท่านนายก"
    assert (new["signer_name"], new["signer_position"]) == ("นางสาวลงนาม ใหม่",
                                                            "หัวหน้าสำนักปลัด")
    assert new["closing"] == EXTRA["closing"]
    assert new["deputy_block"] is False and new["chief_block"] is True
    for key in ("deputy_name", "deputy_position", "chief_name", "chief_position"):
        assert new[key] == EXTRA[key]
    # The year's own details are drafted, not copied: number prefix, subject and body of 2570.
    assert new["number"] != "สบ ๗๒๔๐๑/๙๙๙"
    assert "2570" in new["subject"] and "2570" in new["body"]
    # The other kind of memo does not borrow from this one.
    assert fields(example_store, 2570, "memo-results")["signer_name"] != "นางสาวลงนาม ใหม่"


def test_the_years_own_fields_win_field_by_field(example_store):
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", to_whom="ผู้รับปีก่อน",
                    signer_name="ผู้ลงนามปีก่อน", extra=EXTRA)
    memos.save_memo(example_store, fiscal_year=2570, kind="measures", signer_name="ผู้ลงนามปีนี้")
    new = fields(example_store, 2570)
    assert new["signer_name"] == "ผู้ลงนามปีนี้"
    assert new["to_whom"] == "ผู้รับปีก่อน"  # still carried: not set for 2570
    assert new["deputy_name"] == EXTRA["deputy_name"]  # 2570 has no comment blocks of its own
    memos.save_memo(example_store, fiscal_year=2570, kind="measures",
                    extra={"deputy_block": True, "deputy_name": "รองคนใหม่"})
    new = fields(example_store, 2570)
    assert new["deputy_block"] is True and new["deputy_name"] == "รองคนใหม่"
    assert new["closing"] != EXTRA["closing"]  # the year's own extra replaces last year's


def test_the_carried_memo_prints(example_store, tmp_path):
    memos.save_memo(example_store, fiscal_year=2569, kind="measures",
                    signer_name="นางสาวลงนาม ใหม่", extra=EXTRA)
    out = render("memo-measures", example_store, fiscal_year=2570, out=tmp_path / "memo.pdf",
                 options=DocumentOptions(allow_empty=True))
    text = squash(pdftotext(out.path))
    assert squash("(นางสาวลงนาม ใหม่)") in text
    assert squash(EXTRA["closing"]) in text and squash("(นายนายก ทดสอบ)") in text
    assert "ความเห็น" not in text  # the deputy's block was turned off last year


def test_prepare_then_render_prepared_without_the_store(example_store, tmp_path):
    options = DocumentOptions(thai_digits=False)
    context = prepare("measures", example_store, fiscal_year=2569, options=options)
    assert context.measures and context.assessment_year == 2568
    whole = render("measures", example_store, fiscal_year=2569, out=tmp_path / "whole.pdf",
                   options=options)
    example_store.close()  # the layout step needs no store
    results = []
    worker = threading.Thread(target=lambda: results.append(
        render_prepared(context, tmp_path / "split.pdf", options)))
    worker.start()
    worker.join(60)
    split = results[0]
    assert split.pages == whole.pages
    assert squash(pdftotext(split.path)) == squash(pdftotext(whole.path))
    assert "2569" in pdftotext(split.path)  # Arabic digits as chosen


def test_render_prepared_twice_keeps_the_context_and_its_warnings(example_store, tmp_path):
    context = prepare("memo-measures", example_store, fiscal_year=2569)
    before = list(context.warnings)
    first = render_prepared(context, tmp_path / "a.pdf")
    second = render_prepared(context, tmp_path / "b.pdf")
    assert first.warnings == second.warnings  # no warning added twice
    assert context.warnings == before
    assert any("ตราสัญลักษณ์" in w for w in second.warnings)  # the example has no emblem


def test_prepare_refuses_like_render(example_store):
    with pytest.raises(DocumentError, match="ไม่รู้จักเอกสาร"):
        prepare("letter", example_store, fiscal_year=2569)
    with pytest.raises(EmptyDocumentError):
        prepare("measures", example_store, fiscal_year=2570)
    with pytest.raises(DocumentError, match="ไม่มีผลการประเมิน"):
        prepare("analysis", example_store, fiscal_year=2569)
    empty = prepare("measures", example_store, fiscal_year=2570,
                    options=DocumentOptions(allow_empty=True))
    assert empty.measures == []


def test_prepare_loads_no_reportlab(example_path):
    code = ("import sys\n"
            "from ita_desktop.storage import open_database\n"
            "from ita_desktop.documents import prepare\n"
            "from ita_desktop.documents.memo_draft import memo_fields\n"
            f"store = open_database({str(example_path)!r}, read_only=True)\n"
            "for kind in ('memo-measures', 'measures', 'results', 'memo-results'):\n"
            "    context = prepare(kind, store, fiscal_year=2569)\n"
            "memo_fields(prepare('memo-results', store, fiscal_year=2569))\n"
            "prepare('analysis', store, fiscal_year=2568)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('reportlab', 'pythainlp', 'uharfbuzz')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
