"""Drafted analysis texts never overwrite what the office wrote, unless asked."""

from __future__ import annotations

import pytest

from ita_desktop.storage import InvalidRecordError, RecordNotFoundError, Store, analysis_texts

SUMMARY = ("overall", "", "summary")
IND1 = ("indicator", "1", "strengths")


def test_drafts_are_stored(assessed: Store):
    skipped = analysis_texts.save_draft(
        assessed, fiscal_year=2567, drafts={SUMMARY: "ร่างสรุป", IND1: "ร่างจุดแข็ง"}
    )
    assert skipped == []
    texts = analysis_texts.get_texts(assessed, fiscal_year=2567)
    assert texts[SUMMARY]["text"] == texts[SUMMARY]["drafted"] == "ร่างสรุป"
    assert texts[SUMMARY]["edited"] is False
    assert set(texts) == {SUMMARY, IND1}


def test_edited_text_survives_a_new_draft(assessed: Store):
    analysis_texts.save_draft(assessed, fiscal_year=2567, drafts={SUMMARY: "ร่าง 1", IND1: "ร่าง 1"})
    analysis_texts.edit_text(assessed, fiscal_year=2567, scope="overall", key="", field="summary",
                             text="ข้อความของหน่วยงาน")  # fmt: skip
    assert analysis_texts.get_texts(assessed, fiscal_year=2567)[SUMMARY]["edited"] is True

    skipped = analysis_texts.save_draft(
        assessed, fiscal_year=2567, drafts={SUMMARY: "ร่าง 2", IND1: "ร่าง 2"}
    )
    assert skipped == [SUMMARY]
    texts = analysis_texts.get_texts(assessed, fiscal_year=2567)
    assert texts[SUMMARY]["text"] == "ข้อความของหน่วยงาน"
    assert texts[SUMMARY]["drafted"] == "ร่าง 2", "the new draft is still offered"
    assert texts[IND1]["text"] == "ร่าง 2", "unedited text follows the draft"

    skipped = analysis_texts.save_draft(
        assessed, fiscal_year=2567, drafts={SUMMARY: "ร่าง 3"}, replace_edited=True
    )
    assert skipped == []
    texts = analysis_texts.get_texts(assessed, fiscal_year=2567)
    assert (texts[SUMMARY]["text"], texts[SUMMARY]["edited"]) == ("ร่าง 3", False)


def test_editing_back_to_the_draft_clears_edited(assessed: Store):
    analysis_texts.save_draft(assessed, fiscal_year=2567, drafts={IND1: "ร่าง"})
    analysis_texts.edit_text(assessed, fiscal_year=2567, scope="indicator", key="1",
                             field="strengths", text="แก้")  # fmt: skip
    analysis_texts.edit_text(assessed, fiscal_year=2567, scope="indicator", key="1",
                             field="strengths", text="ร่าง")  # fmt: skip
    assert analysis_texts.get_texts(assessed, fiscal_year=2567)[IND1]["edited"] is False


def test_text_written_without_a_draft_counts_as_edited(assessed: Store):
    analysis_texts.edit_text(assessed, fiscal_year=2567, scope="issue", key="3", field="cause",
                             text="เว็บไซต์ไม่ได้ปรับปรุง")  # fmt: skip
    text = analysis_texts.get_texts(assessed, fiscal_year=2567)[("issue", "3", "cause")]
    assert (text["drafted"], text["edited"]) == ("", True)


def test_bad_addresses_and_years(assessed: Store, dump):
    before = dump(assessed)
    with pytest.raises(InvalidRecordError, match="chapter"):
        analysis_texts.save_draft(assessed, fiscal_year=2567, drafts={("chapter", "1", "x"): "t"})
    with pytest.raises(InvalidRecordError):
        analysis_texts.save_draft(assessed, fiscal_year=2567, drafts={("overall", "", " "): "t"})
    with pytest.raises(RecordNotFoundError):
        analysis_texts.save_draft(assessed, fiscal_year=2599, drafts={SUMMARY: "t"})
    assert dump(assessed) == before
