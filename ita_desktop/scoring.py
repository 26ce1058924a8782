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

OFFICIAL = "official"
COMPUTED = "computed"
UNDETERMINED = "undetermined"
NO_TOTAL = "no-total"
RATING_STATUSES = (OFFICIAL, COMPUTED, UNDETERMINED, NO_TOTAL)


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


@dataclass(frozen=True)
class RatingOutcome:
    """What is known of a result's rating.

    status: OFFICIAL (the rating the NACC published, entered by the office), COMPUTED (settled by
    the year's rating rules from the scores there are), UNDETERMINED (the rules give different
    levels depending on scores nobody entered: ``candidates`` lists them best first, ``needs``
    the tool or part codes whose scores would settle it, e.g. ("EIT1", "EIT2")) or NO_TOTAL.
    ``label`` is the rating when known (OFFICIAL, COMPUTED), else None: a document prints a
    blank for it, never one of the candidates.
    """

    status: str
    label: str | None = None
    candidates: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.label is not None


@dataclass
class ScoreResult:
    """Every level of one assessment. Scores are Decimal 0–100 at full precision; a code absent
    from a mapping (or None) was not scored, which is distinct from 0.

    tools: IIT/EIT/OIT, plus EIT1/EIT2 when parts were entered. counted_tools: the tool scores that
    entered the total (parts replace their tool when all were entered). sources: code ->
    "entered", "computed" or (see :func:`published`) "official". partial: codes computed from
    only some of their children. rating: the label when known, else None; rating_outcome says
    which (official, computed, undetermined and what would settle it, or no total).
    """

    fiscal_year: int
    items: dict[str, Decimal] = field(default_factory=dict)
    sub_indicators: dict[str, Decimal] = field(default_factory=dict)
    indicators: dict[int, Decimal] = field(default_factory=dict)
    tools: dict[str, Decimal] = field(default_factory=dict)
    counted_tools: dict[str, Decimal] = field(default_factory=dict)
    total: Decimal | None = None
    rating: str | None = None
    rating_outcome: RatingOutcome = field(default_factory=lambda: RatingOutcome(NO_TOTAL))
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
        for code, value in parts.items():
            result.tools[code] = value
            result.sources[code] = "entered"
        if tool.parts and len(parts) == len(tool.parts):
            # every part known: they count with their own weights (the tool is their mean)
            combined = sum((parts[p.code] * p.weight for p in tool.parts), Decimal(0)) / tool.weight
            value = settle(tool.code, entries.get(tool.code), [combined])
            result.tools[tool.code] = value
            for part in tool.parts:
                result.counted_tools[part.code] = parts[part.code]
                weights[part.code] = part.weight
            continue
        if parts and tool.code not in entries and not any(c is not None for c in children):
            # some parts only, nothing else of the tool: count what is known with its weight
            for part in tool.parts:
                if part.code in parts:
                    result.counted_tools[part.code] = parts[part.code]
                else:
                    result.not_scored.append(part.code)
                weights[part.code] = part.weight
            continue
        value = settle(tool.code, entries.get(tool.code), children)
        weights[tool.code] = tool.weight
        if value is not None:
            result.tools[tool.code] = value
            result.counted_tools[tool.code] = value

    total = _total(framework, result.counted_tools, weights)
    if TOTAL in entries:
        result.sources[TOTAL] = "entered"
        if total is not None and abs(round2(total) - round2(entries[TOTAL])) > TOLERANCE:
            result.discrepancies.append(Discrepancy(TOTAL, "entered", total, entries[TOTAL]))
        total = entries[TOTAL]
    result.total = total
    if result.total is None:
        result.not_scored.append(TOTAL)
    result.rating_outcome = rating_outcome(framework, result)
    result.rating = result.rating_outcome.label
    return result


HALF_CENT = Decimal("0.005")


def _at_least(framework: Framework, line: Decimal, tools: Mapping[str, Decimal]) -> bool | None:
    """Whether every rated score (framework.rated_codes) is ≥ ``line`` at 2 places: True, False,
    or None when that depends on scores nobody entered. A part not entered lies anywhere its
    tool's score (the weighted mean of its parts) and its other parts allow; a rated score with
    no tool score to bound it could be anything from 0 to 100."""
    verdicts: list[bool | None] = []
    settled: set[str] = set()
    for code in framework.rated_codes:
        if code in tools:
            verdicts.append(round2(tools[code]) >= line)
            continue
        tool = framework.part_of(code)
        if tool is None or tool.code not in tools:
            verdicts.append(True if line <= 0 else None)
            continue
        if tool.code in settled:
            continue
        settled.add(tool.code)
        unknown = [p for p in tool.parts if p.code not in tools]
        rest = tools[tool.code] * tool.weight - sum(
            (tools[p.code] * p.weight for p in tool.parts if p.code in tools), Decimal(0))
        weight = sum((p.weight for p in unknown), Decimal(0))
        if rest / weight < line - HALF_CENT:
            verdicts.append(False)  # their mean is under the line, so one of them is
            continue
        lowest = [(rest - (weight - p.weight) * 100) / p.weight for p in unknown]
        verdicts.append(True if all(v >= line - HALF_CENT for v in lowest) else None)
    if False in verdicts:
        return False
    return True if all(v is True for v in verdicts) else None


def rating_outcome(framework: Framework, result: ScoreResult) -> RatingOutcome:
    """The rating the framework's rules (``rating.levels``, first match wins) give ``result``'s
    total and tool scores, or what keeps it open: COMPUTED only when every value the scores
    nobody entered could take gives the same level (see _at_least); else UNDETERMINED with the
    levels still possible and the codes that would settle it."""
    if result.total is None:
        return RatingOutcome(NO_TOTAL)
    total = round2(result.total)
    candidates: list[str] = []
    for level in framework.rating:
        if total < level.min_total:
            continue
        met = True if level.min_each_tool is None else _at_least(
            framework, level.min_each_tool, result.tools)
        if met is False:
            continue
        candidates.append(level.label)
        if met:
            break
    if not candidates:  # the last level starts at 0 (validated), so this is a corrupt file
        candidates = [framework.rating[-1].label]
    if len(candidates) == 1:
        return RatingOutcome(COMPUTED, candidates[0])
    needs = tuple(code for code in framework.rated_codes if code not in result.tools)
    return RatingOutcome(UNDETERMINED, None, tuple(candidates), needs)


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
    rating = (official_rating or "").strip()
    outcome = result.rating_outcome
    if rating and outcome.known and rating != outcome.label:
        found.append(Discrepancy("rating", "official", outcome.label, rating))
    elif rating and outcome.status == UNDETERMINED and rating not in outcome.candidates:
        found.append(Discrepancy("rating", "official", " / ".join(outcome.candidates), rating))
    return found


def published(framework: Framework, entries: Mapping[str, Decimal],
              official: Mapping[str, Decimal], *, official_rating: str | None = None) -> ScoreResult:
    """The figures documents print: every level the NACC published (``official``: canonical
    codes, TOTAL included, as stored with official=True) as published, the rest computed from
    the office's ``entries`` and the published figures below them; the published rating when
    entered, else the rating the rules settle (or UNDETERMINED). Published codes have source
    "official"; differences between published and computed figures are not in
    ``discrepancies`` (see compare_official on the office's own :func:`compute`)."""
    merged = {**dict(entries), **dict(official)}
    result = compute(framework, merged)
    for code in official:
        if code in result.sources or code == TOTAL:
            result.sources[code] = OFFICIAL
    result.discrepancies = [d for d in result.discrepancies if d.code not in official]
    rating = (official_rating or "").strip()
    if rating:
        result.rating_outcome = RatingOutcome(OFFICIAL, rating)
        result.rating = rating
    return result


def code_label(code: str) -> str:
    """A score code as staff read it in Thai: "คะแนนรวม", "ตัวชี้วัดที่ 6", "ระดับผลการประเมิน",
    or the code itself (IIT, EIT1, 9.1, o10)."""
    if code == TOTAL:
        return "คะแนนรวม"
    if code == "rating":
        return "ระดับผลการประเมิน"
    if code.isdigit():
        return f"ตัวชี้วัดที่ {code}"
    return code


def open_rating_text(outcome: RatingOutcome) -> str:
    """Why a rating is open, in Thai: "ยังระบุระดับไม่ได้ อาจเป็น ผ่านดีเยี่ยม หรือ ผ่านดี ขึ้นกับคะแนน
    EIT1, EIT2 ที่ยังไม่ได้กรอก"; "" for a known rating, "ยังไม่มีคะแนนรวม" without a total."""
    if outcome.known:
        return ""
    if outcome.status == NO_TOTAL:
        return "ยังไม่มีคะแนนรวม"
    levels = " หรือ ".join(outcome.candidates)
    needs = ", ".join(outcome.needs)
    return f"ยังระบุระดับไม่ได้ อาจเป็น {levels} ขึ้นกับคะแนน {needs} ที่ยังไม่ได้กรอก"


def score(framework: Framework, pairs: Iterable[tuple[str, str]]) -> ScoreResult:
    """parse_entries then compute: typed pairs in, full result out. Raises EntryError."""
    return compute(framework, parse_entries(framework, pairs))
