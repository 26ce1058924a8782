"""Thin operations joining storage, framework, scoring and analysis.

This is what the ``ita`` CLI and the Qt interface call: keyword-only, plain values in and out.
Each write is one transaction in the storage layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from ita_desktop import report_texts
from ita_desktop.analysis import Analysis, analyse
from ita_desktop.framework import Framework, FrameworkError, framework_from_document, load_framework
from ita_desktop.guidance import load_guidance
from ita_desktop.scoring import (
    Discrepancy,
    ScoreResult,
    compare_official,
    compute,
    parse_entries,
    published,
)
from ita_desktop.storage import Store, analysis_texts, assessments, profile

_framework_cache: dict[str, Framework] = {}


def framework_of(store: Store, fiscal_year: int) -> Framework:
    """The framework stored with a fiscal year's assessment (the copy in the file, not the
    shipped one). Raises FrameworkError when the year has no assessment or the copy is invalid."""
    try:
        document = assessments.framework_for(store, fiscal_year)
    except LookupError as exc:
        raise FrameworkError(
            f"{store.path.name if store.path else 'database'}: "
            f"no assessment for fiscal year {fiscal_year}"
        ) from exc
    key = repr(sorted(document.items()))
    if key not in _framework_cache:
        origin = f"framework {fiscal_year} stored in {store.path.name if store.path else 'database'}"
        _framework_cache[key] = framework_from_document(document, origin=origin)
    return _framework_cache[key]


def start_assessment(store: Store, *, fiscal_year: int,
                     framework: Framework | None = None) -> Framework:
    """Create a fiscal year's assessment with a copy of its framework (the shipped one unless
    given). Raises FrameworkError when no framework exists for the year. Idempotent."""
    if fiscal_year in assessments.list_fiscal_years(store):
        return framework_of(store, fiscal_year)
    framework = framework or load_framework(fiscal_year)
    with store.atomic():
        framework_id = assessments.store_framework(
            store, document=dict(framework.document), source=framework.source)
        assessments.create_assessment(store, fiscal_year=fiscal_year, framework_id=framework_id)
    return framework


def enter_scores(store: Store, *, fiscal_year: int, pairs: Iterable[tuple[str, str]],
                 official: bool = False) -> dict[str, Decimal]:
    """Validate typed (code, score) pairs against the year's framework and store them together.

    Raises scoring.EntryError listing every bad pair; nothing is written then.
    """
    framework = framework_of(store, fiscal_year)
    entries = parse_entries(framework, pairs)
    assessments.set_scores(store, fiscal_year=fiscal_year, scores=entries, official=official)
    return entries


def result_of(store: Store, fiscal_year: int) -> ScoreResult:
    """Every level computed from the office's entered scores, with discrepancies against the
    official NACC figures appended (kind "official")."""
    framework = framework_of(store, fiscal_year)
    result = compute(framework, assessments.get_scores(store, fiscal_year=fiscal_year))
    result.discrepancies.extend(official_discrepancies(store, fiscal_year, result=result))
    return result


def published_of(store: Store, fiscal_year: int) -> ScoreResult:
    """The figures every document prints for a stored year (scoring.published): the NACC's
    published total, tools, parts, indicators, sub-indicators and rating where the office entered
    them, the office's computed figures elsewhere. ``discrepancies`` lists where the office's
    own computation differs from what was published (kind "official"), so a document or screen
    can say so; the printed figure is the published one."""
    framework = framework_of(store, fiscal_year)
    entries = assessments.get_scores(store, fiscal_year=fiscal_year)
    official = assessments.get_scores(store, fiscal_year=fiscal_year, official=True)
    rating = assessments.get_assessment(store, fiscal_year).get("official_rating")
    result = published(framework, entries, official, official_rating=rating)
    if official or rating:
        result.discrepancies.extend(compare_official(compute(framework, entries), official,
                                                     official_rating=rating))
    return result


def official_discrepancies(store: Store, fiscal_year: int, *,
                           result: ScoreResult | None = None) -> list[Discrepancy]:
    """Where computed figures and the official ones entered by the office differ by > 0.01."""
    if result is None:
        result = compute(framework_of(store, fiscal_year),
                         assessments.get_scores(store, fiscal_year=fiscal_year))
    official = assessments.get_scores(store, fiscal_year=fiscal_year, official=True)
    rating = assessments.get_assessment(store, fiscal_year).get("official_rating")
    if not official and not rating:
        return []
    return compare_official(result, official, official_rating=rating)


def previous_fiscal_year(store: Store, fiscal_year: int) -> int | None:
    """The latest stored fiscal year before this one, or None."""
    earlier = [y for y in assessments.list_fiscal_years(store) if y < fiscal_year]
    return max(earlier) if earlier else None


def plan_years(store: Store) -> list[int]:
    """Fiscal years (BE, ascending) the office plans measures for: every year with measures,
    OIT readiness or a memo, and the year after the latest stored assessment."""
    years = {row[0] for row in store.db.execute(
        "SELECT fiscal_year FROM measures UNION SELECT fiscal_year FROM oit_readiness "
        "UNION SELECT fiscal_year FROM memos")}
    assessed = assessments.list_fiscal_years(store)
    if assessed:
        years.add(max(assessed) + 1)
    return sorted(years)


def analysis_of(store: Store, fiscal_year: int) -> Analysis:
    """The full analysis of a stored fiscal year's published figures (published_of: the NACC's
    where entered, computed elsewhere), compared with the previous stored year's."""
    framework = framework_of(store, fiscal_year)
    before = previous_fiscal_year(store, fiscal_year)
    previous = published_of(store, before) if before else None
    return analyse(framework, published_of(store, fiscal_year), load_guidance(fiscal_year),
                   previous=previous)


def drafts_of(store: Store, fiscal_year: int, *,
              analysis: Analysis | None = None) -> dict[tuple, str]:
    """Every draft text of a stored year, keyed (scope, key, field): the analysis texts
    (Analysis.drafts), the report's preface, limitations and recommendations per tool
    (report_texts.drafts), where the preface and limitations the office wrote for the previous
    stored year replace the drafts, moved on to this year (report_texts.carried)."""
    analysis = analysis or analysis_of(store, fiscal_year)
    drafts = dict(analysis.drafts())
    drafts.update(report_texts.drafts(analysis, framework_of(store, fiscal_year),
                                      load_guidance(fiscal_year), profile.get_profile(store)))
    before = previous_fiscal_year(store, fiscal_year)
    if before is not None:
        drafts.update(report_texts.carried(
            analysis_texts.get_texts(store, fiscal_year=before), from_year=before,
            to_year=fiscal_year))
    return drafts


def redraft(store: Store, *, fiscal_year: int, replace_edited: bool = False) -> list[tuple]:
    """Store fresh drafts for a fiscal year (drafts_of). Texts the office edited are kept unless
    ``replace_edited``; returns the (scope, key, field) keys that were kept for that reason."""
    return analysis_texts.save_draft(store, fiscal_year=fiscal_year,
                                     drafts=drafts_of(store, fiscal_year),
                                     replace_edited=replace_edited)


def texts_of(store: Store, fiscal_year: int, *,
             analysis: Analysis | None = None) -> Mapping[tuple, str]:
    """The analysis texts to print: the office's own text (stored and edited), else the current
    draft. A stored draft the office left as it was is not taken when a fresh one exists: it
    was drafted from the scores of its day, which may have changed (or been published)."""
    stored = analysis_texts.get_texts(store, fiscal_year=fiscal_year)
    texts = drafts_of(store, fiscal_year, analysis=analysis)
    texts.update({key: value["text"] for key, value in stored.items()
                  if value["edited"] or key not in texts})
    return texts



def stale_texts(store: Store, fiscal_year: int, *,
                analysis: Analysis | None = None) -> list[tuple]:
    """The stored analysis texts of a year whose last draft (``drafted``) is no longer what the
    data gives (drafts_of): the scores, the published result or the previous year changed since
    they were drafted, e.g. by an import. [(scope, key, field)], empty when none were drafted or
    all still match. Redrafting (``redraft``) brings them in line again."""
    stored = analysis_texts.get_texts(store, fiscal_year=fiscal_year)
    if not stored:
        return []
    drafts = drafts_of(store, fiscal_year, analysis=analysis)
    return [key for key, row in stored.items() if key in drafts and row["drafted"] != drafts[key]]


def stale_analyses(store: Store, *, since: int | None = None) -> list[int]:
    """The stored fiscal years (from ``since`` on, else all) whose analysis texts were drafted
    from data that changed since (stale_texts), in order. A year's drafts also use the year
    before, so a change in year N can make N + 1 stale too."""
    return [year for year in assessments.list_fiscal_years(store)
            if (since is None or year >= since) and stale_texts(store, year)]


def stale_after_import(store: Store, score_years: Iterable[int]) -> list[int]:
    """The years an import left with stale analysis texts (stale_analyses) among those whose
    scores it wrote (ImportCounts.score_years) and the years after them; [] when it wrote no
    scores."""
    years = list(score_years)
    return stale_analyses(store, since=min(years)) if years else []


def stale_message(years: Iterable[int]) -> str:
    """The Thai line that says which years' analysis needs a re-draft ('' for none)."""
    years = sorted(years)
    if not years:
        return ""
    return (f"ข้อความวิเคราะห์ปีงบประมาณ {', '.join(map(str, years))} ร่างไว้จากคะแนนก่อนนำเข้า "
            "กรุณาเปิดหน้าการวิเคราะห์ของปีนั้นแล้วกด “ร่างข้อความใหม่”")
