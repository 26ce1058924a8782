"""Draft measures for fiscal year N from the weak points of the assessment before it.

``suggest_measures(store, fiscal_year=N)`` reads the latest stored assessment before N (or N itself
when only that exists) and drafts one measure per analysis issue that has weak items (item-level
results), or per weak indicator (indicator-level results, as most published reports give). Weak
means below the framework's "excellent" line (95 in 2567); when nothing is below it, the items or
indicators below 100 are used, so an office at 99 still gets drafts to keep its level. The
wording comes from the guidance library (``resources/guidance``) and from the office's own edited
causes and guidelines, which win over the drafts. Drafts use Arabic digits, like every draft;
documents convert them when printing. Staff accept, edit or discard each one; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ita_desktop import periods, workbook
from ita_desktop.analysis import ITEM, ScoredEntry
from ita_desktop.framework import Framework
from ita_desktop.guidance import Guidance, load_guidance
from ita_desktop.numbers import format_score, round2
from ita_desktop.storage import Store, analysis_texts, assessments, measures

FOLLOW_UP_STEP = "ติดตามความก้าวหน้าและรายงานผลการดำเนินการต่อผู้บริหารทุกไตรมาส"


@dataclass
class SuggestedMeasure:
    """A drafted measure, shaped for ``storage.measures.add_measure`` (see ``as_fields``).

    ``source`` says what it answers ("ประเด็นที่ 2 …: e9 52.10"); ``exists`` is True when the
    fiscal year already has a measure with this title. Dates are CE (the whole fiscal year)."""

    title: str
    analysis: str
    steps: str
    links: dict[str, list[str]]
    start_date: date
    end_date: date
    source: str
    kind: str = "มาตรการ"
    exists: bool = False
    scores: list[ScoredEntry] = field(default_factory=list)

    def as_fields(self) -> dict:
        """Keyword arguments for add_measure (without fiscal_year)."""
        return {"title": self.title, "kind": self.kind, "analysis": self.analysis,
                "steps": self.steps, "links": self.links, "start_date": self.start_date,
                "end_date": self.end_date}


def basis_year(store: Store, fiscal_year: int) -> int | None:
    """The assessment year measures of ``fiscal_year`` answer: the latest stored before it, else
    ``fiscal_year`` itself when stored, else None."""
    years = assessments.list_fiscal_years(store)
    earlier = [y for y in years if y < fiscal_year]
    return max(earlier) if earlier else (fiscal_year if fiscal_year in years else None)


def office_texts(store: Store, fiscal_year: int) -> dict[tuple[str, str, str], str]:
    """The analysis texts the office wrote itself (edited), by (scope, key, field). Texts left
    as drafted are not taken: a draft stored before the scores changed may name another item,
    so the drafts come fresh from the analysis instead."""
    stored = analysis_texts.get_texts(store, fiscal_year=fiscal_year)
    return {key: row["text"] for key, row in stored.items()
            if row["edited"] and row["text"].strip()}


def _weak(entries: list[ScoredEntry], excellent: Decimal) -> list[ScoredEntry]:
    scored = sorted((e for e in entries if e.score is not None), key=lambda e: e.score)
    below = [e for e in scored if round2(e.score) < excellent]
    return below or [e for e in scored if round2(e.score) < 100]


def _steps(guideline: str, evidence: tuple[str, ...]) -> str:
    steps = [guideline.strip()] if guideline.strip() else []
    if evidence:
        steps.append("เผยแพร่ผลการดำเนินการและเอกสารหลักฐานบนเว็บไซต์ของหน่วยงาน "
                     f"(ข้อ {', '.join(evidence)})")
    steps.append(FOLLOW_UP_STEP)
    return "\n".join(f"{n}. {text}" for n, text in enumerate(steps, start=1))


def _scores_text(entries: list[ScoredEntry]) -> str:
    return ", ".join(f"{e.code} {format_score(e.score)}" for e in entries)


def _item_suggestions(framework: Framework, analysis, edited, guidance, excellent) -> list:
    drafts = []
    for issue in analysis.issues:
        weak = _weak([e for e in issue.entries if e.level == ITEM], excellent)
        if not weak:
            continue
        lowest = weak[0]
        advice = guidance.for_item(lowest.code) or Guidance()
        key = str(issue.number)
        cause = edited.get(("issue", key, "cause")) or issue.cause
        if edited.get(("issue", key, "guideline")):
            guideline = edited[("issue", key, "guideline")]
        elif round2(lowest.score) < excellent:
            guideline = advice.guideline or issue.guideline
        else:  # every item is excellent already: drafts to keep the level
            guideline = advice.keep or issue.guideline
        indicators = sorted({framework.item(e.code).indicator for e in weak})
        items = [e.code for e in weak] + [c for c in advice.evidence
                                          if c not in {e.code for e in weak}]
        analysis_text = cause.strip()
        if len(weak) > 1:
            analysis_text = f"ข้อที่ควรพัฒนาในประเด็นนี้: {_scores_text(weak)} คะแนน {analysis_text}"
        drafts.append(dict(
            title=advice.measure or f"มาตรการยกระดับ{issue.title}", analysis=analysis_text,
            steps=_steps(guideline, advice.evidence),
            links={"indicator": [str(n) for n in indicators], "issue": [str(issue.number)],
                   "item": items},
            source=f"ประเด็นที่ {issue.number} {issue.title}: {_scores_text(weak)}", scores=weak))
    return drafts


def _indicator_suggestions(framework: Framework, analysis, edited, guidance,
                           excellent) -> list:
    entries = [ScoredEntry(str(i.number), i.title, i.score) for i in analysis.indicators]
    drafts = []
    for entry in sorted(_weak(entries, excellent), key=lambda e: int(e.code)):
        number = int(entry.code)
        advice = guidance.for_indicator(number) or Guidance()
        text = (edited.get(("indicator", entry.code, "text"))
                or analysis.drafts().get(("indicator", entry.code, "text")) or "")
        below = round2(entry.score) < excellent
        guideline = advice.guideline if below else (advice.keep or advice.guideline)
        issues = [str(issue.number) for issue in framework.issues if number in issue.indicators
                  or any(framework.item(c).indicator == number for c in issue.items)]
        drafts.append(dict(
            title=advice.measure or f"มาตรการยกระดับตัวชี้วัดที่ {number} {entry.title}",
            analysis=(text or f"ตัวชี้วัดที่ {number} {entry.title} ได้ "
                      f"{format_score(entry.score)} คะแนน") + (
                f" สาเหตุที่เป็นไปได้: {advice.weak_cause}" if below and advice.weak_cause
                else ""),
            steps=_steps(guideline, advice.evidence),
            links={"indicator": [entry.code], "issue": issues, "item": list(advice.evidence)},
            source=f"ตัวชี้วัดที่ {number} {entry.title}: {format_score(entry.score)}",
            scores=[entry]))
    return drafts


def suggest_measures(store: Store, *, fiscal_year: int) -> list[SuggestedMeasure]:
    """Drafted measures for ``fiscal_year`` (BE), weakest issue or indicator first in framework
    order; [] when the file has no assessment to draft from. Raises FrameworkError when the
    stored framework of the basis year cannot be read."""
    year = basis_year(store, fiscal_year)
    if year is None:
        return []
    framework = workbook.framework_of(store, year)
    analysis = workbook.analysis_of(store, year)
    edited = office_texts(store, year)
    guidance = load_guidance(year)
    excellent = framework.threshold("excellent")
    # Item drafts need item scores; most published reports give indicator scores only.
    make = _item_suggestions if analysis.result.items else _indicator_suggestions
    start, end = periods.fiscal_year_bounds(fiscal_year)
    existing = {m["title"].strip() for m in measures.list_measures(store, fiscal_year=fiscal_year)}
    return [SuggestedMeasure(start_date=start, end_date=end, exists=draft["title"] in existing,
                             **draft)
            for draft in make(framework, analysis, edited, guidance, excellent)]
