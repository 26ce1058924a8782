"""Drafted measures for fiscal year N (ita_desktop.suggestions): one per weak analysis issue on
item-level results (the example file), one per weak indicator on indicator-level results (a real
office, ทต.โพธิ์ชัย 2567); titles, steps and links from resources/guidance; the office's own
edited texts win over the drafts; stale drafts do not; nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop import workbook
from ita_desktop.demo import build_demo
from ita_desktop.guidance import load_guidance
from ita_desktop.storage import analysis_texts, measures, open_database, open_memory
from ita_desktop.suggestions import FOLLOW_UP_STEP, basis_year, suggest_measures
from tests.ui.phochai_2567 import INDICATORS as PHOCHAI_2567


@pytest.fixture
def demo(tmp_path):
    with open_database(build_demo(tmp_path / "example.db")) as store:
        yield store


@pytest.fixture
def phochai():
    """An indicator-level office: the published 2567 results of ทต.โพธิ์ชัย."""
    store = open_memory()
    workbook.start_assessment(store, fiscal_year=2567)
    workbook.enter_scores(store, fiscal_year=2567, pairs=PHOCHAI_2567.items())
    yield store
    store.close()


def steps_of(draft) -> list[str]:
    lines = draft.steps.split("\n")
    assert [line.split(". ", 1)[0] for line in lines] == [str(n) for n in
                                                         range(1, len(lines) + 1)]
    return [line.split(". ", 1)[1] for line in lines]


def test_item_level_one_draft_per_weak_issue_from_the_guidance(demo):
    drafts = suggest_measures(demo, fiscal_year=2569)
    assert basis_year(demo, 2569) == 2568
    assert [d.links["issue"] for d in drafts] == [[str(n)] for n in range(1, 8)]
    guidance = load_guidance(2568)
    framework = workbook.framework_of(demo, 2568)
    scores = workbook.result_of(demo, 2568).items
    for draft in drafts:
        lowest = draft.scores[0]
        assert lowest.score == min(s.score for s in draft.scores)  # weakest first
        advice = guidance.for_item(lowest.code)
        assert draft.title == advice.measure
        steps = steps_of(draft)
        assert steps[-1] == FOLLOW_UP_STEP
        weak = [s.code for s in draft.scores]
        assert draft.links["item"][:len(weak)] == weak
        assert draft.links["item"][len(weak):] == [c for c in advice.evidence if c not in weak]
        assert draft.links["indicator"] == sorted(
            {str(framework.item(c).indicator) for c in weak}, key=int)
        assert all(scores[c] == s.score for c, s in zip(weak, draft.scores, strict=True))
        assert (draft.start_date, draft.end_date) == (date(2025, 10, 1), date(2026, 9, 30))
        assert draft.kind == "มาตรการ" and not draft.exists
        assert draft.source.startswith(f"ประเด็นที่ {draft.links['issue'][0]} ")
    # Issue 4 (i10–i12): i12 79.45 is the lowest; its guidance and its evidence items.
    issue4 = drafts[3]
    assert [s.code for s in issue4.scores] == ["i12", "i10", "i11"]
    advice = guidance.for_item("i12")
    assert steps_of(issue4)[0] == advice.guideline
    assert steps_of(issue4)[1].endswith(f"(ข้อ {', '.join(advice.evidence)})")
    assert "i12" in issue4.analysis and "79.45" in issue4.analysis
    assert advice.weak_cause in issue4.analysis


def test_the_offices_edited_cause_and_guideline_win(demo):
    # The example office wrote its own cause for issue 2 (e-service).
    own_cause = analysis_texts.get_texts(demo, fiscal_year=2568)[("issue", "2", "cause")]
    assert own_cause["edited"]
    guideline = "จัดอบรมการใช้ E-Service ให้ผู้สูงอายุทุกหมู่บ้าน"
    analysis_texts.edit_text(demo, fiscal_year=2568, scope="issue", key="4", field="guideline",
                             text=guideline)
    drafts = suggest_measures(demo, fiscal_year=2569)
    assert drafts[1].analysis.endswith(own_cause["text"])
    assert steps_of(drafts[3])[0] == guideline
    # Issues the office did not edit keep the guidance wording.
    assert steps_of(drafts[4])[0] == load_guidance(2568).for_item("i6").guideline


def test_stale_drafts_do_not_win_over_the_current_scores(demo):
    # The texts were drafted when i12 was the lowest of issue 4; now i10 is, with no redraft.
    workbook.enter_scores(demo, fiscal_year=2568, pairs=[("i10", "50")])
    issue4 = suggest_measures(demo, fiscal_year=2569)[3]
    assert issue4.scores[0].code == "i10"
    assert "คือ i10" in issue4.analysis and "คือ i12" not in issue4.analysis
    advice = load_guidance(2568).for_item("i10")
    assert issue4.title == advice.measure and steps_of(issue4)[0] == advice.guideline


def test_a_title_the_year_already_has_is_marked(demo):
    first = suggest_measures(demo, fiscal_year=2569)[0]
    measures.add_measure(demo, fiscal_year=2569, title=f"  {first.title} ")
    again = suggest_measures(demo, fiscal_year=2569)
    assert again[0].exists and not any(d.exists for d in again[1:])


def test_fields_are_what_add_measure_takes_and_nothing_is_written(demo):
    count = len(measures.list_measures(demo, fiscal_year=2570))
    drafts = suggest_measures(demo, fiscal_year=2570)
    assert len(measures.list_measures(demo, fiscal_year=2570)) == count == 0
    new = measures.add_measure(demo, fiscal_year=2570, **drafts[0].as_fields())
    stored = measures.get_measure(demo, new)
    assert stored["title"] == drafts[0].title and stored["steps"] == drafts[0].steps
    assert stored["links"] == drafts[0].links
    assert (stored["start_date"], stored["end_date"]) == ("2026-10-01", "2027-09-30")


def test_indicator_level_office_keeps_its_excellent_level(phochai):
    # Every indicator is ≥ 95: the drafts take the ones below 100 (6, 7, 8) and keep the level.
    drafts = suggest_measures(phochai, fiscal_year=2568)
    assert [d.links["indicator"] for d in drafts] == [["6"], ["7"], ["8"]]
    guidance = load_guidance(2567)
    for draft in drafts:
        advice = guidance.for_indicator(int(draft.links["indicator"][0]))
        assert draft.title == advice.measure
        assert steps_of(draft)[0] == advice.keep
        assert draft.links["item"] == list(advice.evidence)
        assert "สาเหตุที่เป็นไปได้" not in draft.analysis  # not weak: no cause offered
    assert drafts[0].source == "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน: 97.34"
    assert drafts[0].links["issue"] == ["2"]  # e1–e3 are in issue 2
    assert (drafts[0].start_date, drafts[0].end_date) == (date(2024, 10, 1), date(2025, 9, 30))


def test_indicator_level_weak_indicators_get_causes_and_the_offices_text(phochai):
    workbook.enter_scores(phochai, fiscal_year=2567, pairs=[("8", "80.00")])
    drafts = suggest_measures(phochai, fiscal_year=2568)
    eight = next(d for d in drafts if d.links["indicator"] == ["8"])
    advice = load_guidance(2567).for_indicator(8)
    assert steps_of(eight)[0] == advice.guideline
    assert eight.analysis.endswith(f"สาเหตุที่เป็นไปได้: {advice.weak_cause}")
    assert [d.links["indicator"] for d in drafts] == [["8"]]  # only 8 is below 95 now
    own = "ประชาชนยังไม่ทราบช่องทางเสนอความคิดเห็นต่อการปรับปรุงงาน"
    analysis_texts.save_draft(phochai, fiscal_year=2567,
                              drafts=workbook.analysis_of(phochai, 2567).drafts())
    analysis_texts.edit_text(phochai, fiscal_year=2567, scope="indicator", key="8",
                             field="text", text=own)
    eight = suggest_measures(phochai, fiscal_year=2568)[0]
    assert eight.analysis.startswith(own)


def test_basis_year_and_nothing_to_suggest(phochai):
    assert basis_year(phochai, 2568) == 2567
    assert basis_year(phochai, 2567) == 2567  # only that year is stored: itself
    assert basis_year(phochai, 2566) is None
    assert suggest_measures(phochai, fiscal_year=2566) == []
    empty = open_memory()
    try:
        assert suggest_measures(empty, fiscal_year=2569) == []
    finally:
        empty.close()
