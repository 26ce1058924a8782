"""Compute every level of an ITA result from whatever scores the office has.

Rule (NACC ITA 2567 published computation, docs/framework-schema.md): a sub-indicator is the mean
of its scored items, an indicator the mean of its scored items or sub-indicators, a tool the mean
of its scored indicators, and the total Σ tool × weight / 100. A score entered at a level wins over
the one computed from below. Full-precision Decimal; shown and compared at 2 places half up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from ita_desktop.framework import Framework
from ita_desktop.numbers import ScoreError, parse_score, round2, to_arabic_digits

TOTAL = "TOTAL"
TOLERANCE = Decimal("0.01")


class EntryError(ValueError):
    """One or more score entries were refused; ``problems`` lists a Thai message per entry."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Discrepancy:
    """Where two figures for one code differ by more than 0.01 (compared at 2 places).

    kind: "official" (computed vs NACC's published figure) or "entered" (a score typed at a level
    vs the one computed from its children). Scores 0–100, Decimal.
    """

    code: str
    kind: str
    computed: Decimal | str | None
    other: Decimal | str | None

    @property
    def difference(self) -> Decimal | None:
        if isinstance(self.computed, Decimal) and isinstance(self.other, Decimal):
            return round2(self.computed) - round2(self.other)
        return None


@dataclass
class ScoreResult:
    """Every level of one assessment. Scores are Decimal 0–100 at full precision; a code absent
    from a mapping (or None) was not scored, which is distinct from 0.

    tools: IIT/EIT/OIT, plus EIT1/EIT2 when parts were entered. counted_tools: the tool scores that
    entered the total (parts replace their tool). sources: code -> "entered" or "computed".
    partial: codes computed from only some of their children.
    """

    fiscal_year: int
    items: dict[str, Decimal] = field(default_factory=dict)
    sub_indicators: dict[str, Decimal] = field(default_factory=dict)
    indicators: dict[int, Decimal] = field(default_factory=dict)
    tools: dict[str, Decimal] = field(default_factory=dict)
    counted_tools: dict[str, Decimal] = field(default_factory=dict)
    total: Decimal | None = None
    rating: str | None = None
    not_scored: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    discrepancies: list[Discrepancy] = field(default_factory=list)


def normalise_code(framework: Framework, code: str) -> str:
    """Canonical form of a score code: item "i1", sub-indicator "9.1", indicator "1", tool "IIT"
    (tool parts "EIT1"), or "TOTAL". Accepts Thai digits and any letter case.

    Raises KeyError with a Thai message when the framework has no such code.
    """
    text = to_arabic_digits(str(code)).strip().upper()
    if text == TOTAL:
        return TOTAL
    if text.isdigit():
        text = str(int(text))
    canonical = framework.code_index.get(text)
    if canonical is not None:
        return canonical
    raise KeyError(f"ไม่รู้จักรหัส “{code}” ในกรอบการประเมินปี {framework.fiscal_year}")


def parse_entries(framework: Framework, pairs: Iterable[tuple[str, str]]) -> dict[str, Decimal]:
    """Turn typed (code, score) pairs into canonical codes and Decimal scores.

    Every pair is checked before anything is returned; raises EntryError listing each unknown or
    duplicate code and each refused score (see numbers.parse_score).
    """
    problems: list[str] = []
    entries: dict[str, Decimal] = {}
    seen: set[str] = set()
    for code, text in pairs:
        try:
            canonical = normalise_code(framework, code)
        except KeyError as exc:
            problems.append(str(exc.args[0]))
            continue
        if canonical in seen:
            problems.append(f"รหัส “{code}” ซ้ำ")
            continue
        seen.add(canonical)
        try:
            entries[canonical] = parse_score(text, label=canonical)
        except ScoreError as exc:
            problems.append(str(exc))
    if problems:
        raise EntryError(problems)
    return entries


def _mean(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def compute(framework: Framework, entries: Mapping[str, Decimal]) -> ScoreResult:
    """Compute every level upward from canonical entries (see parse_entries).

    Returns a ScoreResult; never raises for missing scores (they are listed in ``not_scored``).
    """
    result = ScoreResult(framework.fiscal_year)

    def settle(code: str, entered: Decimal | None, children: list[Decimal | None]) -> Decimal | None:
        scored = [c for c in children if c is not None]
        computed = _mean(scored) if scored else None
        if computed is not None and len(scored) < len(children):
            result.partial.append(code)
        if entered is not None:
            result.sources[code] = "entered"
            if computed is not None and abs(round2(computed) - round2(entered)) > TOLERANCE:
                result.discrepancies.append(Discrepancy(code, "entered", computed, entered))
            return entered
        if computed is not None:
            result.sources[code] = "computed"
            return computed
        result.not_scored.append(code)
        return None

    # Items under an indicator typed directly (with none of its items) are unknown rather than
    # missing: staff entered the level NACC published, so only what is really absent is reported.
    covered = {code for ind in framework.indicators
               if ind.code in entries and not any(c in entries
                                                  for c in framework.descendants[ind.number])
               for code in framework.descendants[ind.number]}
    for item in framework.items:
        if item.code in entries:
            result.items[item.code] = entries[item.code]
            result.sources[item.code] = "entered"
        elif item.code not in covered:
            result.not_scored.append(item.code)
    for sub in framework.sub_indicators:
        if sub.code in covered:
            continue
        value = settle(sub.code, entries.get(sub.code), [result.items.get(c) for c in sub.items])
        if value is not None:
            result.sub_indicators[sub.code] = value
    for ind in framework.indicators:
        children = [result.items.get(c) for c in ind.items]
        children += [result.sub_indicators.get(c) for c in ind.sub_indicators]
        value = settle(ind.code, entries.get(ind.code), children)
        if value is not None:
            result.indicators[ind.number] = value

    weights: dict[str, Decimal] = {}
    for tool in framework.tools:
        children = [result.indicators.get(i.number) for i in framework.indicators
                    if i.tool == tool.code]
        parts = {p.code: entries[p.code] for p in tool.parts if p.code in entries}
        if parts and tool.code not in entries:
            for part in tool.parts:
                if part.code in parts:
                    result.tools[part.code] = parts[part.code]
                    result.counted_tools[part.code] = parts[part.code]
                    result.sources[part.code] = "entered"
                else:
                    result.not_scored.append(part.code)
                weights[part.code] = part.weight
            if len(parts) == len(tool.parts):
                combined = sum((parts[p.code] * p.weight for p in tool.parts), Decimal(0))
                result.tools[tool.code] = combined / tool.weight
                result.sources[tool.code] = "computed"
            continue
        value = settle(tool.code, entries.get(tool.code), children)
        weights[tool.code] = tool.weight
        if value is not None:
            result.tools[tool.code] = value
            result.counted_tools[tool.code] = value

    result.total = _total(framework, result.counted_tools, weights)
    result.rating = framework.rate(result.total, result.counted_tools)
    if result.total is None:
        result.not_scored.append(TOTAL)
    return result


def _total(framework: Framework, scores: Mapping[str, Decimal],
           weights: Mapping[str, Decimal]) -> Decimal | None:
    if not scores:
        return None
    if len(scores) < len(weights) and framework.missing_tool == "no-total":
        return None
    weight = sum((weights[code] for code in scores), Decimal(0))
    return sum((scores[code] * weights[code] for code in scores), Decimal(0)) / weight


def compare_official(result: ScoreResult, official: Mapping[str, Decimal], *,
                     official_rating: str | None = None) -> list[Discrepancy]:
    """Every place where a computed figure and NACC's published one differ by more than 0.01.

    official: canonical code ("TOTAL", tool codes, indicator numbers as strings) -> score. A
    published figure with nothing computed to compare against is reported with computed=None.
    """
    found: list[Discrepancy] = []
    for code, published in official.items():
        if code == TOTAL:
            computed = result.total
        elif code.isdigit():
            computed = result.indicators.get(int(code))
        else:
            computed = result.tools.get(code, result.sub_indicators.get(code,
                                                                         result.items.get(code)))
        if computed is None or abs(round2(computed) - round2(published)) > TOLERANCE:
            found.append(Discrepancy(code, "official", computed, published))
    if official_rating and result.rating and official_rating.strip() != result.rating:
        found.append(Discrepancy("rating", "official", result.rating, official_rating.strip()))
    return found


def score(framework: Framework, pairs: Iterable[tuple[str, str]]) -> ScoreResult:
    """parse_entries then compute: typed pairs in, full result out. Raises EntryError."""
    return compute(framework, parse_entries(framework, pairs))
