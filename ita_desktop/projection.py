"""OIT readiness for the next assessment: which framework's OIT items apply, and the OIT score and
total the office can expect from what is on its website now.

Projection rule (this project's, not the NACC's): an OIT item marked "published" scores 100, any
other item — "needs_update", "missing" or not yet marked — scores 0, because assessors give no
credit for information that does not meet the item. ``*_if_updated`` also counts "needs_update" as
100: what the office gets once the items it has started are brought up to date. The other tools
(IIT, EIT and its parts) are held at the scores of the latest stored assessment before the
readiness year that has any of them (``basis_year``), as the issue asks: "if the office's other
scores hold"; without one, only the OIT score is projected.
Scores are Decimal 0–100 at full precision; the tool, the total and the rating come from
``scoring.compute`` on the readiness framework, so they follow that year's weights and rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ita_desktop import workbook
from ita_desktop.framework import Framework, FrameworkError, available_fiscal_years, load_framework
from ita_desktop.scoring import compute, normalise_code
from ita_desktop.storage import Store, assessments, readiness

READINESS_TOOL = "OIT"
"""The tool whose items are published information on the office's website."""
SCORE_PUBLISHED = Decimal(100)
SCORE_NOT_PUBLISHED = Decimal(0)


@dataclass
class OitItemReadiness:
    """One OIT item of the readiness framework with its stored readiness (status None = not
    marked yet) and the fiscal year's measures that link to it ([{id, title}])."""

    code: str
    title: str
    indicator: int
    sub_indicator: str | None
    status: str | None = None
    url: str | None = None
    unit_id: int | None = None
    unit_name: str | None = None
    due_date: str | None = None
    note: str = ""
    measures: list[dict] = field(default_factory=list)


@dataclass
class OitProjection:
    """The projected result of the next assessment.

    ``framework_year``: the fiscal year of the framework used. ``basis_year``: the assessment whose
    other tool scores are held (None: no earlier assessment has an IIT or EIT score, so only the
    OIT score is projected and the total is None). ``counts``: items per status ("published",
    "needs_update", "missing", "unmarked"). Scores 0–100 Decimal or None. ``held``: the other tools' scores held from the
    basis year, by the readiness framework's codes ({} without a basis year).
    """

    fiscal_year: int
    framework_year: int
    basis_year: int | None
    items: list[OitItemReadiness]
    counts: dict[str, int]
    oit: Decimal | None
    total: Decimal | None
    rating: str | None  # None also when the rules leave it open (e.g. EIT part 1 and 2 unknown)
    oit_if_updated: Decimal | None
    total_if_updated: Decimal | None
    rating_if_updated: str | None
    held: dict[str, Decimal] = field(default_factory=dict)


def readiness_framework(store: Store, fiscal_year: int) -> Framework:
    """The framework whose OIT items the office prepares during ``fiscal_year`` (BE): the one
    stored with that year's assessment; else the one of the latest stored assessment before it
    (carried in the file, so a shared copy gives the same list); else the shipped framework of
    that year or the nearest earlier one. Raises FrameworkError when none exists."""
    years = assessments.list_fiscal_years(store)
    if fiscal_year in years:
        return workbook.framework_of(store, fiscal_year)
    earlier = [y for y in years if y < fiscal_year]
    if earlier:
        return workbook.framework_of(store, max(earlier))
    shipped = [y for y in available_fiscal_years() if y <= fiscal_year]
    if not shipped:
        raise FrameworkError(f"no framework for fiscal year {fiscal_year} or before")
    return load_framework(max(shipped))


def oit_items(store: Store, fiscal_year: int) -> list[OitItemReadiness]:
    """Every OIT item of the readiness framework, in framework order, with its stored readiness
    and linked measures. Readiness rows for codes the framework lacks are left out."""
    framework = readiness_framework(store, fiscal_year)
    stored = {row["item_code"].lower(): row
              for row in readiness.list_readiness(store, fiscal_year=fiscal_year)}
    linked = readiness.linked_measures(store, fiscal_year=fiscal_year)
    items = []
    for item in framework.items:
        if framework.indicator(item.indicator).tool != READINESS_TOOL:
            continue
        row = stored.get(item.code.lower(), {})
        items.append(OitItemReadiness(
            code=item.code, title=item.title, indicator=item.indicator,
            sub_indicator=item.sub_indicator, status=row.get("status"), url=row.get("url"),
            unit_id=row.get("unit_id"), unit_name=row.get("unit_name"),
            due_date=row.get("due_date"), note=row.get("note") or "",
            measures=linked.get(item.code.lower(), [])))
    return items


def _basis(store: Store, fiscal_year: int) -> int | None:
    """The latest stored assessment before ``fiscal_year`` with a score for some tool other than
    OIT (a year just started, with no results typed yet, holds nothing)."""
    for year in sorted((y for y in assessments.list_fiscal_years(store) if y < fiscal_year),
                       reverse=True):
        if any(code != READINESS_TOOL for code in workbook.result_of(store, year).counted_tools):
            return year
    return None


def _held_scores(store: Store, basis_year: int | None, framework: Framework) -> dict[str, Decimal]:
    """The basis assessment's counted scores of every tool but OIT, in ``framework``'s codes.

    A tool part the readiness framework lacks (EIT1/EIT2 scored in the basis year, a framework
    with one EIT) is held as its whole tool's score when the basis year has it; a tool the
    readiness framework lacks altogether is left out."""
    if basis_year is None:
        return {}
    basis = workbook.result_of(store, basis_year)
    parent = {part.code: tool.code for tool in workbook.framework_of(store, basis_year).tools
              for part in tool.parts}
    held: dict[str, Decimal] = {}
    for code, value in basis.counted_tools.items():
        if code == READINESS_TOOL or parent.get(code) == READINESS_TOOL:
            continue
        try:
            held[normalise_code(framework, code)] = value
        except KeyError:
            whole = parent.get(code)
            if whole is None or whole not in basis.tools:
                continue  # a tool the readiness framework no longer has
            try:
                held[normalise_code(framework, whole)] = basis.tools[whole]
            except KeyError:
                continue
    return held


def project(store: Store, *, fiscal_year: int) -> OitProjection:
    """The OIT readiness of ``fiscal_year`` and the scores it projects (see the module rule).

    Raises FrameworkError when no framework applies.
    """
    framework = readiness_framework(store, fiscal_year)
    items = oit_items(store, fiscal_year)
    counts = {"published": 0, "needs_update": 0, "missing": 0, "unmarked": 0}
    for item in items:
        counts[item.status or "unmarked"] += 1
    basis_year = _basis(store, fiscal_year)
    held = _held_scores(store, basis_year, framework)

    def outcome(credited: tuple[str, ...]):
        if not items:
            return None, None, None
        entries = dict(held)
        entries.update({item.code: SCORE_PUBLISHED if item.status in credited
                        else SCORE_NOT_PUBLISHED for item in items})
        result = compute(framework, entries)
        oit = result.tools.get(READINESS_TOOL)
        if basis_year is None or not held:
            return oit, None, None
        return oit, result.total, result.rating

    oit, total, rating = outcome(("published",))
    oit_up, total_up, rating_up = outcome(("published", "needs_update"))
    return OitProjection(fiscal_year=fiscal_year, framework_year=framework.fiscal_year,
                         basis_year=basis_year, items=items, counts=counts, oit=oit, total=total,
                         rating=rating, oit_if_updated=oit_up, total_if_updated=total_up,
                         rating_if_updated=rating_up, held=held)


def overdue_items(projection: OitProjection, *, today) -> list[OitItemReadiness]:
    """Items not yet published whose due date (CE ISO) is before ``today`` (a date)."""
    cutoff = today.isoformat()
    return [item for item in projection.items
            if item.status != "published" and item.due_date and item.due_date < cutoff]
