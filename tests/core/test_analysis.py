"""Analysis: ranks, gaps, change from last year, lowest items, issue drafts, strengths."""

from __future__ import annotations

from decimal import Decimal

from ita_desktop.analysis import analyse
from ita_desktop.framework import load_framework
from ita_desktop.guidance import GuidanceLibrary, load_guidance
from ita_desktop.scoring import score

FW = load_framework(2567)
PHOCHAI_2567 = {"1": "100", "2": "100", "3": "100", "4": "100", "5": "100",
                "6": "97.34", "7": "98.12", "8": "96.16", "9": "100", "10": "100"}


def item_scores(low: dict[str, str]) -> dict[str, str]:
    scores = {item.code: "100" for item in FW.items}
    scores.update(low)
    return scores


def test_ranks_gaps_and_change_from_previous_year():
    before = score(FW, {**PHOCHAI_2567, "6": "90"}.items())
    now = score(FW, {**PHOCHAI_2567, "7": "80"}.items())
    result = analyse(FW, now, GuidanceLibrary(None, {}, {}), previous=before)
    by_number = {i.number: i for i in result.indicators}
    assert by_number[1].rank == 1 and by_number[9].rank == 1  # ties share the top rank
    assert by_number[7].rank == 10
    assert by_number[8].rank == 9 and by_number[6].rank == 8
    assert by_number[7].gap_to_pass == Decimal("5.00")
    assert by_number[7].gap_to_excellent == Decimal("15.00")
    assert by_number[1].gap_to_pass == 0
    assert by_number[6].change == Decimal("7.34")
    assert by_number[7].change == Decimal("-18.12")
    assert [w.number for w in result.weaknesses] == [7]  # 8 (96.16) is already ≥ 95
    assert 1 in [s.number for s in result.strengths]


def test_issue_names_its_lowest_item_and_drafts_from_guidance():
    result = analyse(FW, score(FW, item_scores({"e1": "71.5", "e9": "80"}).items()),
                     load_guidance(2567))
    issue2 = result.issues[1]
    assert issue2.lowest.code == "e1" and issue2.lowest.score == Decimal("71.5")
    assert "e1" in issue2.cause and "71.50" in issue2.cause
    assert issue2.guideline, "a weak item gets a guideline from the library"
    assert set(issue2.evidence) & {"o10", "o11"}, "weak e1 is evidenced by the manuals"
    ind6 = result.indicators[5]
    assert [e.code for e in ind6.lowest_items][:1] == ["e1"]
    drafts = result.drafts()
    assert drafts[("issue", "2", "cause")] == issue2.cause
    assert "ตัวชี้วัดที่ 6" in drafts[("indicator", "6", "text")]
    assert ("overall", "summary", "text") in drafts


def test_not_scored_indicator_is_said_so_not_zero():
    result = analyse(FW, score(FW, {"1": "90"}.items()), GuidanceLibrary(None, {}, {}))
    ind2 = result.indicators[1]
    assert ind2.score is None and ind2.rank is None and ind2.gap_to_pass is None
    assert "ไม่ได้รับการประเมิน" in result.drafts()[("indicator", "2", "text")]


def test_indicator_level_framework_analyses_issues_by_indicator():
    fw = load_framework(2566)
    result = analyse(fw, score(fw, {**PHOCHAI_2567, "3": "60"}.items()), load_guidance(2566))
    issue6 = next(i for i in result.issues if i.number == 6)
    assert issue6.lowest.code == "3"


def test_indicator_scores_only_analyse_each_issue_by_its_indicators():
    result = analyse(FW, score(FW, PHOCHAI_2567.items()), load_guidance(2567))
    by_number = {issue.number: issue for issue in result.issues}
    assert [e.code for e in by_number[2].entries] == ["6", "8", "9"]  # e1–e3, e7–e9, o11–o13, o25
    assert [e.code for e in by_number[4].entries] == ["4"]
    for issue in result.issues:
        assert issue.entries and all(e.score is not None and e.level == "indicator"
                                     for e in issue.entries)
        assert "ยังไม่มีคะแนน" not in issue.cause and "ตัวชี้วัด" in issue.cause
    assert by_number[2].lowest.code == "8" and "96.16" in by_number[2].cause


def test_partly_entered_items_list_only_what_has_a_score():
    entries = {**PHOCHAI_2567, "e1": "90.5", "e2": "99"}  # two EIT items of indicator 6 only
    result = analyse(FW, score(FW, entries.items()), load_guidance(2567))
    issue2 = result.issues[1]
    assert [(e.code, e.level) for e in issue2.entries] == [
        ("e1", "item"), ("e2", "item"), ("8", "indicator"), ("9", "indicator")]
    assert issue2.lowest.code == "e1"
    assert all(e.score is not None for issue in result.issues for e in issue.entries)
