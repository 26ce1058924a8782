"""The analysis of one fiscal year's results, computed on the device, with Thai drafts.

Per indicator: score, rank among the indicators, gap to the pass (85) and excellent (95) lines,
change from the previous stored fiscal year, the lowest items. Per analysis issue: its scored items
and, for the part of the issue that has only indicator scores (most offices have only those), its
indicators; the lowest entry, a drafted cause and guideline from the guidance library. Items
without a score are left out (never listed as "not assessed"). Overall: strengths and weaknesses.
Drafts use Arabic digits; documents convert them when printing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ita_desktop.framework import Framework
from ita_desktop.guidance import Guidance, GuidanceLibrary
from ita_desktop.numbers import format_score, round2
from ita_desktop.scoring import ScoreResult

LOWEST_ITEMS = 3

DraftKey = tuple[str, str, str]  # (scope, key, field), as stored in analysis_texts


ITEM = "item"
INDICATOR = "indicator"


@dataclass(frozen=True)
class ScoredEntry:
    """An item (``level`` ITEM, code "e1") or an indicator (INDICATOR, code "6", title
    "ตัวชี้วัดที่ 6 …") with its score; None = not scored."""

    code: str
    title: str
    score: Decimal | None
    level: str = ITEM


@dataclass
class IndicatorAnalysis:
    """One indicator. Scores 0–100 Decimal; gaps ≥ 0 (0 when at or above the line); rank 1 = best
    (ties share a rank); change = score − previous year's (None when either is missing)."""

    number: int
    title: str
    tool: str
    score: Decimal | None
    rank: int | None = None
    gap_to_pass: Decimal | None = None
    gap_to_excellent: Decimal | None = None
    change: Decimal | None = None
    previous: Decimal | None = None
    lowest_items: list[ScoredEntry] = field(default_factory=list)


@dataclass
class IssueAnalysis:
    """One analysis issue: its scored entries (items, then indicators scored only as a whole),
    the lowest one and drafted texts (Thai; "" when the issue has no score at all)."""

    number: int
    title: str
    entries: list[ScoredEntry]
    lowest: ScoredEntry | None
    cause: str
    guideline: str
    evidence: tuple[str, ...] = ()


@dataclass
class Analysis:
    """The whole analysis of one fiscal year."""

    fiscal_year: int
    result: ScoreResult
    previous_fiscal_year: int | None
    indicators: list[IndicatorAnalysis]
    issues: list[IssueAnalysis]
    strengths: list[IndicatorAnalysis]
    weaknesses: list[IndicatorAnalysis]

    def drafts(self) -> dict[DraftKey, str]:
        """Draft texts keyed (scope, key, field), ready for storage.analysis_texts.save_draft."""
        texts: dict[DraftKey, str] = {}
        for ind in self.indicators:
            texts[("indicator", str(ind.number), "text")] = indicator_text(ind)
        for issue in self.issues:
            texts[("issue", str(issue.number), "cause")] = issue.cause
            texts[("issue", str(issue.number), "guideline")] = issue.guideline
        texts[("overall", "summary", "text")] = summary_text(self)
        texts[("overall", "strengths", "text")] = _list_text(self.strengths, strong=True)
        texts[("overall", "weaknesses", "text")] = _list_text(self.weaknesses, strong=False)
        return texts


def _ranks(scores: dict[int, Decimal]) -> dict[int, int]:
    ordered = sorted(scores.items(), key=lambda kv: -round2(kv[1]))
    ranks: dict[int, int] = {}
    for position, (number, value) in enumerate(ordered, start=1):
        tied = [n for n, v in ordered[: position - 1] if round2(v) == round2(value)]
        ranks[number] = ranks[tied[0]] if tied else position
    return ranks


def _gap(line: Decimal, score: Decimal | None) -> Decimal | None:
    if score is None:
        return None
    return max(Decimal(0), round2(line) - round2(score))


def analyse(framework: Framework, result: ScoreResult, guidance: GuidanceLibrary, *,
            previous: ScoreResult | None = None) -> Analysis:
    """Analyse a ScoreResult against its framework; ``previous`` is the last earlier stored year."""
    pass_line = framework.threshold("pass")
    excellent = framework.threshold("excellent")
    ranks = _ranks(result.indicators)
    indicators: list[IndicatorAnalysis] = []
    for ind in framework.indicators:
        value = result.indicators.get(ind.number)
        before = previous.indicators.get(ind.number) if previous else None
        entries = [ScoredEntry(code, framework.item(code).title, result.items.get(code))
                   for code in _item_codes(framework, ind.number)]
        scored = sorted((e for e in entries if e.score is not None), key=lambda e: e.score)
        indicators.append(IndicatorAnalysis(
            number=ind.number, title=ind.title, tool=ind.tool, score=value,
            rank=ranks.get(ind.number), gap_to_pass=_gap(pass_line, value),
            gap_to_excellent=_gap(excellent, value),
            change=None if value is None or before is None else value - before,
            previous=before, lowest_items=scored[:LOWEST_ITEMS]))
    issues = [_issue(framework, result, guidance, issue, excellent) for issue in framework.issues]
    scored = [i for i in indicators if i.score is not None]
    strengths = sorted((i for i in scored if round2(i.score) >= excellent),
                       key=lambda i: -i.score)
    weaknesses = sorted((i for i in scored if round2(i.score) < excellent), key=lambda i: i.score)
    if not weaknesses and scored:  # all excellent: the lowest ones still need watching
        low = min(round2(i.score) for i in scored)
        weaknesses = [i for i in scored if round2(i.score) == low and low < 100]
    return Analysis(framework.fiscal_year, result,
                    previous.fiscal_year if previous else None,
                    indicators, issues, strengths, weaknesses)


def _item_codes(framework: Framework, number: int) -> list[str]:
    ind = framework.indicator(number)
    codes = list(ind.items)
    for sub in framework.sub_indicators:
        if sub.code in ind.sub_indicators:
            codes += sub.items
    return codes


def issue_indicators(framework: Framework, issue) -> list[int]:
    """The indicators an issue concerns: its own list (an indicator-level framework), else those
    its items belong to, in framework order."""
    if issue.indicators:
        return list(issue.indicators)
    wanted = {framework.item(code).indicator for code in issue.items}
    return [ind.number for ind in framework.indicators if ind.number in wanted]


def issue_entries(framework: Framework, result: ScoreResult, issue) -> list[ScoredEntry]:
    """What an issue is analysed from: its items that have a score, then each of its indicators
    none of whose items in the issue has one but which has an indicator score. Nothing is listed
    without a score."""
    entries = [ScoredEntry(c, framework.item(c).title, result.items[c])
               for c in issue.items if c in result.items]
    with_items = {framework.item(e.code).indicator for e in entries}
    for number in issue_indicators(framework, issue):
        if number in with_items or number not in result.indicators:
            continue
        entries.append(ScoredEntry(str(number), f"ตัวชี้วัดที่ {number} "
                                   f"{framework.indicator(number).title}",
                                   result.indicators[number], INDICATOR))
    return entries


def _issue(framework, result, guidance, issue, excellent) -> IssueAnalysis:
    entries = issue_entries(framework, result, issue)
    lowest = min(entries, key=lambda e: e.score) if entries else None
    if lowest is None:
        return IssueAnalysis(issue.number, issue.title, entries, None, "", "", ())
    item = lowest.level == ITEM
    advice: Guidance | None = (guidance.for_item(lowest.code) if item
                               else guidance.for_indicator(int(lowest.code)))
    advice = advice or Guidance()
    label = f"{lowest.code} {lowest.title}" if item else lowest.title
    what = "ข้อคำถาม" if item else "ตัวชี้วัด"
    score_text = format_score(lowest.score)
    single = len(entries) == 1
    opening = (f"{what}ในประเด็นนี้คือ {label} ได้ {score_text} คะแนน" if single else
               f"{what}ที่ได้คะแนนน้อยที่สุดในประเด็นนี้คือ {label} ได้ {score_text} คะแนน")
    if round2(lowest.score) >= excellent:
        cause = f"{opening} ซึ่งอยู่ในระดับดีเยี่ยมแล้ว"
        guideline = advice.keep or "รักษามาตรฐานการดำเนินงานเดิมและติดตามผลอย่างต่อเนื่อง"
    else:
        cause = opening
        if advice.weak_cause:
            cause += f" สาเหตุที่เป็นไปได้: {advice.weak_cause}"
        guideline = advice.guideline
    if advice.evidence:
        guideline += " (หลักฐานเผยแพร่ตามข้อ " + ", ".join(advice.evidence) + ")"
    return IssueAnalysis(issue.number, issue.title, entries, lowest, cause, guideline.strip(),
                         advice.evidence)


def indicator_text(ind: IndicatorAnalysis) -> str:
    """A one-paragraph Thai draft for an indicator."""
    if ind.score is None:
        return f"ตัวชี้วัดที่ {ind.number} {ind.title} ไม่ได้รับการประเมินในปีนี้"
    text = (f"ตัวชี้วัดที่ {ind.number} {ind.title} ได้ {format_score(ind.score)} คะแนน "
            f"อยู่ในลำดับที่ {ind.rank}")
    if ind.gap_to_pass:
        text += f" ต่ำกว่าเกณฑ์ผ่าน 85 คะแนนอยู่ {format_score(ind.gap_to_pass)} คะแนน"
    elif ind.gap_to_excellent:
        text += f" ผ่านเกณฑ์ 85 คะแนนแล้ว ยังขาดอีก {format_score(ind.gap_to_excellent)} คะแนนจึงถึง 95"
    else:
        text += " อยู่ในระดับดีเยี่ยม ควรรักษามาตรฐานไว้"
    if ind.change is not None:
        change = round2(ind.change)
        if change > 0:
            text += f" เพิ่มขึ้นจากปีก่อน {format_score(change)} คะแนน"
        elif change < 0:
            text += f" ลดลงจากปีก่อน {format_score(-change)} คะแนน"
        else:
            text += " เท่ากับปีก่อน"
    if ind.lowest_items and ind.lowest_items[0].score is not None:
        low = ind.lowest_items[0]
        if round2(low.score) < 100:
            text += f" ข้อที่ได้คะแนนน้อยที่สุดคือ {low.code} ({format_score(low.score)})"
    return text


def summary_text(analysis: Analysis) -> str:
    """The overall Thai summary: total, rating and tools."""
    result = analysis.result
    if result.total is None:
        return f"ปีงบประมาณ พ.ศ. {analysis.fiscal_year} ยังไม่มีคะแนนรวม"
    tools = " ".join(f"{code} {format_score(value)}" for code, value in result.tools.items())
    rating = f" ระดับ {result.rating}" if result.rating else ""  # an open rating is not guessed
    text = (f"ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {analysis.fiscal_year} ได้คะแนนรวม "
            f"{format_score(result.total)} คะแนน{rating} (รายเครื่องมือ: {tools})")
    if result.not_scored and any(c in ("IIT", "EIT", "OIT", "EIT1", "EIT2")
                                 for c in result.not_scored):
        missing = ", ".join(c for c in result.not_scored if c in ("IIT", "EIT", "OIT", "EIT1", "EIT2"))
        text += f" เครื่องมือที่ไม่ได้รับคะแนน: {missing}"
    return text


def _list_text(indicators: list[IndicatorAnalysis], *, strong: bool) -> str:
    if not indicators:
        return "ไม่มีตัวชี้วัดที่อยู่ในกลุ่มนี้" if strong else "ไม่มีตัวชี้วัดที่ต่ำกว่า 95 คะแนน"
    lines = [f"- ตัวชี้วัดที่ {i.number} {i.title} ({format_score(i.score)})" for i in indicators]
    return "\n".join(lines)
