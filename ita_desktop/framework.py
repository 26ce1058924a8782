"""The ITA framework of one fiscal year, loaded from data and validated.

A framework lists the tools (IIT/EIT/OIT) and their weights, the indicators, OIT sub-indicators,
question items, the analysis issues (ประเด็นการวิเคราะห์) and the rating rules. The NACC changes them
every year, so they live in ``resources/frameworks/<fiscal_year>.json`` (schema:
``docs/framework-schema.md``) and, once used, in the database file — never in code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import Path
from typing import Any

from ita_desktop import paths

SCHEMA = 1
LEVELS = ("item", "indicator")
SCALES = ("6-level", "yes-no", "has-or-not")
MISSING_TOOL_RULES = ("reweight", "no-total")


class FrameworkError(ValueError):
    """A framework document is missing or malformed; the message names the file and the fault."""


@dataclass(frozen=True)
class ToolPart:
    """A separately weighted part of a tool (EIT ส่วนที่ 1/2 from 2567). weight: percent."""

    code: str
    title: str
    weight: Decimal


@dataclass(frozen=True)
class Tool:
    """An assessment tool: IIT, EIT or OIT. weight: percent of the total, Decimal."""

    code: str
    title: str
    weight: Decimal
    parts: tuple[ToolPart, ...] = ()


@dataclass(frozen=True)
class Indicator:
    """Indicator 1..n of one tool; scored from its items or from its sub-indicators."""

    number: int
    tool: str
    title: str
    description: str = ""
    items: tuple[str, ...] = ()
    sub_indicators: tuple[str, ...] = ()
    code: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", str(self.number))  # the score code, e.g. "6"


@dataclass(frozen=True)
class SubIndicator:
    """An OIT sub-indicator such as "9.1"; the mean of its items."""

    code: str
    indicator: int
    title: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Item:
    """A question item (i1, e3, o12). ``indicator`` is the number it counts towards."""

    code: str
    title: str
    scale: str
    indicator: int
    sub_indicator: str | None = None


@dataclass(frozen=True)
class Issue:
    """An analysis issue with the items (or, at indicator level, indicators) it groups."""

    number: int
    title: str
    items: tuple[str, ...] = ()
    indicators: tuple[int, ...] = ()


@dataclass(frozen=True)
class RatingLevel:
    """A rating band: total ≥ min_total and, if set, every tool ≥ min_each_tool (2 places)."""

    label: str
    min_total: Decimal
    min_each_tool: Decimal | None = None


@dataclass(frozen=True)
class Framework:
    """A validated framework. ``document`` is the JSON document it was built from."""

    fiscal_year: int
    title: str
    source: str
    verified: bool
    notes: str
    level: str
    tools: tuple[Tool, ...]
    indicators: tuple[Indicator, ...]
    sub_indicators: tuple[SubIndicator, ...]
    items: tuple[Item, ...]
    issues: tuple[Issue, ...]
    thresholds: Mapping[str, Decimal]
    missing_tool: str
    rating: tuple[RatingLevel, ...]
    document: Mapping[str, Any] = field(repr=False, compare=False, default_factory=dict)
    each_tool: tuple[str, ...] = ()
    """The scores ``min_each_tool`` is checked on (``rating.each_tool`` in the file); empty means
    the default: every tool, and a tool with parts by its parts (2567+: IIT, EIT1, EIT2, OIT)."""

    def tool(self, code: str) -> Tool:
        """The tool with this code; raises KeyError."""
        for tool in self.tools:
            if tool.code == code:
                return tool
        raise KeyError(code)

    def indicator(self, number: int) -> Indicator:
        """The indicator with this number; raises KeyError."""
        for indicator in self.indicators:
            if indicator.number == number:
                return indicator
        raise KeyError(number)

    def item(self, code: str) -> Item:
        """The item with this code; raises KeyError."""
        for item in self.items:
            if item.code == code:
                return item
        raise KeyError(code)

    def item_codes(self) -> list[str]:
        return [item.code for item in self.items]

    def tool_of(self, code: str) -> str:
        """Tool code (IIT/EIT/OIT) an item, sub-indicator or indicator code belongs to."""
        if code.isdigit():
            return self.indicator(int(code)).tool
        for sub in self.sub_indicators:
            if sub.code == code:
                return self.indicator(sub.indicator).tool
        return self.indicator(self.item(code).indicator).tool

    @cached_property
    def code_index(self) -> dict[str, str]:
        """Every accepted spelling of a code (upper-cased) -> its canonical form: tools and parts,
        indicator numbers, sub-indicator codes, item codes."""
        index: dict[str, str] = {}
        for tool in self.tools:
            index[tool.code.upper()] = tool.code
            for part in tool.parts:
                index[part.code.upper()] = part.code
        for ind in self.indicators:
            index[ind.code] = ind.code
        for sub in self.sub_indicators:
            index[sub.code.upper()] = sub.code
        for item in self.items:
            index[item.code.upper()] = item.code
        return index

    @cached_property
    def descendants(self) -> dict[int, tuple[str, ...]]:
        """Indicator number -> codes of its items and sub-indicators, and their items."""
        result: dict[int, tuple[str, ...]] = {}
        for ind in self.indicators:
            codes = list(ind.items) + list(ind.sub_indicators)
            for sub in self.sub_indicators:
                if sub.indicator == ind.number:
                    codes += sub.items
            result[ind.number] = tuple(codes)
        return result

    @cached_property
    def rated_codes(self) -> tuple[str, ...]:
        """The tool and part codes the per-tool rating condition applies to, in order: the
        framework's ``rating.each_tool`` when given, else every tool with a tool that has parts
        replaced by its parts (the NACC checks EIT ส่วนที่ 1 and 2 separately from 2567)."""
        if self.each_tool:
            return self.each_tool
        codes: list[str] = []
        for tool in self.tools:
            codes += [part.code for part in tool.parts] if tool.parts else [tool.code]
        return tuple(codes)

    def part_of(self, code: str) -> Tool | None:
        """The tool that has ``code`` as one of its parts, or None."""
        for tool in self.tools:
            if any(part.code == code for part in tool.parts):
                return tool
        return None

    def threshold(self, name: str) -> Decimal:
        """A reference line such as "pass" (85) or "excellent" (95); score 0–100."""
        return self.thresholds[name]

    def rate(self, total: Decimal | None, tool_scores: Mapping[str, Decimal]) -> str | None:
        """Rating label for a total and the scored tools (compared at 2 places).

        None when there is no total. Tools that were not scored are left out of the per-tool
        condition. Source: the framework's ``rating.levels``, first match wins.
        """
        from ita_desktop.numbers import round2

        if total is None:
            return None
        rounded = round2(total)
        tools = [round2(score) for score in tool_scores.values()]
        for level in self.rating:
            if rounded < level.min_total:
                continue
            if level.min_each_tool is not None and any(t < level.min_each_tool for t in tools):
                continue
            return level.label
        return self.rating[-1].label


def _decimal(value: Any, what: str, fail) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        fail(f"{what} must be a decimal string, got {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        fail(f"{what} is not a decimal: {value!r}")
    if not number.is_finite():
        fail(f"{what} is not a decimal: {value!r}")
    return number


def framework_from_document(document: Mapping[str, Any], *, origin: str = "<document>") -> Framework:
    """Validate a framework document (parsed JSON) and build a Framework.

    Raises FrameworkError("<origin>: <fault>") on the first fault: see docs/framework-schema.md.
    """

    def fail(message: str):
        raise FrameworkError(f"{origin}: {message}")

    if not isinstance(document, Mapping):
        fail("the framework must be a JSON object")
    for key in ("schema", "fiscal_year", "tools", "indicators", "rating"):
        if key not in document:
            fail(f"missing key '{key}'")
    if document["schema"] != SCHEMA:
        fail(f"unknown schema {document['schema']!r} (this version reads schema {SCHEMA})")
    fiscal_year = document["fiscal_year"]
    if not isinstance(fiscal_year, int) or not 2500 <= fiscal_year <= 2700:
        fail(f"fiscal_year must be a Buddhist-era year, got {fiscal_year!r}")
    level = document.get("level", "item")
    if level not in LEVELS:
        fail(f"level must be one of {LEVELS}, got {level!r}")

    tools = _tools(document["tools"], fail)
    tool_codes = {tool.code for tool in tools}
    indicators = _indicators(document["indicators"], tool_codes, level, fail)
    sub_indicators, items = _items(document, indicators, level, fail)
    issues = _issues(document.get("issues", []), {i.code for i in items},
                     {i.number for i in indicators}, fail)
    rating = _rating(document["rating"], fail)
    each_tool = _each_tool(document["rating"], tools, fail)

    thresholds_doc = document.get("thresholds", {"pass": "85", "excellent": "95"})
    if not isinstance(thresholds_doc, Mapping):
        fail("thresholds must be an object")
    thresholds = {name: _decimal(v, f"threshold '{name}'", fail) for name, v in thresholds_doc.items()}
    for name in ("pass", "excellent"):
        thresholds.setdefault(name, Decimal(85 if name == "pass" else 95))
    for name, value in thresholds.items():
        if not 0 <= value <= 100:
            fail(f"threshold '{name}' {value} is outside 0–100")
    missing_tool = document.get("missing_tool", "reweight")
    if missing_tool not in MISSING_TOOL_RULES:
        fail(f"missing_tool must be one of {MISSING_TOOL_RULES}, got {missing_tool!r}")

    return Framework(
        fiscal_year=fiscal_year,
        title=str(document.get("title", f"ITA {fiscal_year}")),
        source=str(document.get("source", "")),
        verified=bool(document.get("verified", False)),
        notes=str(document.get("notes", "")),
        level=level,
        tools=tools,
        indicators=indicators,
        sub_indicators=sub_indicators,
        items=items,
        issues=issues,
        thresholds=thresholds,
        missing_tool=missing_tool,
        rating=rating,
        document=document,
        each_tool=each_tool,
    )


def _tools(raw: Any, fail) -> tuple[Tool, ...]:
    if not isinstance(raw, list) or not raw:
        fail("tools must be a non-empty list")
    tools: list[Tool] = []
    seen: set[str] = set()
    for entry in raw:
        code = str(entry.get("code", "")).strip()
        if not code:
            fail("a tool has no code")
        if code in seen:
            fail(f"duplicate tool code '{code}'")
        seen.add(code)
        weight = _decimal(entry.get("weight"), f"weight of tool {code}", fail)
        parts: list[ToolPart] = []
        for part in entry.get("parts", []) or []:
            part_code = str(part.get("code", "")).strip()
            if not part_code or part_code in seen:
                fail(f"duplicate or empty tool part code '{part_code}' in tool {code}")
            seen.add(part_code)
            parts.append(ToolPart(part_code, str(part.get("title", part_code)),
                                  _decimal(part.get("weight"), f"weight of {part_code}", fail)))
        if parts and sum(p.weight for p in parts) != weight:
            fail(f"the parts of tool {code} weigh {sum(p.weight for p in parts)}, not {weight}")
        tools.append(Tool(code, str(entry.get("title", code)), weight, tuple(parts)))
    total = sum(tool.weight for tool in tools)
    if total != 100:
        fail(f"tool weights sum to {total}, not 100")
    return tuple(tools)


def _indicators(raw: Any, tool_codes: set[str], level: str, fail) -> tuple[Indicator, ...]:
    if not isinstance(raw, list) or not raw:
        fail("indicators must be a non-empty list")
    result: list[Indicator] = []
    for entry in raw:
        number = entry.get("number")
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            fail(f"indicator number must be a positive integer, got {number!r}")
        if any(i.number == number for i in result):
            fail(f"duplicate indicator number {number}")
        if entry.get("tool") not in tool_codes:
            fail(f"indicator {number} names unknown tool {entry.get('tool')!r}")
        items = tuple(entry.get("items", []) or [])
        subs = tuple(entry.get("sub_indicators", []) or [])
        if items and subs:
            fail(f"indicator {number} has both items and sub_indicators")
        if level == "item" and not items and not subs:
            fail(f"indicator {number} has no items or sub_indicators")
        if level == "indicator" and (items or subs):
            fail(f"indicator {number} lists items but the framework is indicator-level")
        result.append(Indicator(number, entry["tool"], str(entry.get("title", "")),
                                str(entry.get("description", "")), items, subs))
    used_tools = {i.tool for i in result}
    for code in tool_codes - used_tools:
        fail(f"tool {code} has no indicators")
    return tuple(result)


def _items(document, indicators, level, fail) -> tuple[tuple[SubIndicator, ...], tuple[Item, ...]]:
    raw_subs = document.get("sub_indicators", []) or []
    raw_items = document.get("items", []) or []
    if level == "indicator":
        if raw_subs or raw_items:
            fail("an indicator-level framework lists no items or sub_indicators")
        return (), ()
    parent_of: dict[str, tuple[int, str | None]] = {}

    def claim(code: str, indicator: int, sub: str | None):
        if code in parent_of:
            fail(f"item '{code}' is listed under two parents")
        parent_of[code] = (indicator, sub)

    declared_subs: dict[str, int] = {}
    for ind in indicators:
        for code in ind.items:
            claim(code, ind.number, None)
        for sub in ind.sub_indicators:
            if sub in declared_subs:
                fail(f"sub-indicator '{sub}' is listed under two indicators")
            declared_subs[sub] = ind.number
    subs: list[SubIndicator] = []
    for entry in raw_subs:
        code = str(entry.get("code", ""))
        if any(s.code == code for s in subs):
            fail(f"duplicate sub-indicator code '{code}'")
        if code not in declared_subs:
            fail(f"sub-indicator '{code}' is not listed by any indicator")
        if entry.get("indicator") != declared_subs[code]:
            fail(f"sub-indicator '{code}' names indicator {entry.get('indicator')!r}, "
                 f"but is listed under {declared_subs[code]}")
        sub_items = tuple(entry.get("items", []) or [])
        if not sub_items:
            fail(f"sub-indicator '{code}' has no items")
        for item in sub_items:
            claim(item, declared_subs[code], code)
        subs.append(SubIndicator(code, declared_subs[code], str(entry.get("title", "")), sub_items))
    for code in declared_subs:
        if not any(s.code == code for s in subs):
            fail(f"indicator {declared_subs[code]} lists unknown sub-indicator '{code}'")
    items: list[Item] = []
    seen: set[str] = set()
    for entry in raw_items:
        code = str(entry.get("code", ""))
        if code in seen:
            fail(f"duplicate item code '{code}'")
        seen.add(code)
        if code not in parent_of:
            fail(f"item '{code}' belongs to no indicator or sub-indicator")
        scale = entry.get("scale", "6-level")
        if scale not in SCALES:
            fail(f"item '{code}' has unknown scale {scale!r}")
        indicator, sub = parent_of[code]
        items.append(Item(code, str(entry.get("title", "")), scale, indicator, sub))
    for code in parent_of:
        if code not in seen:
            fail(f"item '{code}' is listed by an indicator but not defined in items")
    return tuple(subs), tuple(items)


def _issues(raw, item_codes: set[str], indicator_numbers: set[int], fail) -> tuple[Issue, ...]:
    issues: list[Issue] = []
    for entry in raw:
        number = entry.get("number")
        if not isinstance(number, int) or any(i.number == number for i in issues):
            fail(f"issue number {number!r} is missing or duplicated")
        items = tuple(entry.get("items", []) or [])
        for code in items:
            if code not in item_codes:
                fail(f"issue {number} names unknown item '{code}'")
        inds = tuple(entry.get("indicators", []) or [])
        for ind in inds:
            if ind not in indicator_numbers:
                fail(f"issue {number} names unknown indicator {ind!r}")
        issues.append(Issue(number, str(entry.get("title", "")), items, inds))
    return tuple(issues)


def _rating(raw, fail) -> tuple[RatingLevel, ...]:
    levels_raw = raw.get("levels") if isinstance(raw, Mapping) else None
    if not levels_raw:
        fail("rating has no levels")
    levels: list[RatingLevel] = []
    for entry in levels_raw:
        label = str(entry.get("label", "")).strip()
        if not label:
            fail("a rating level has no label")
        min_total = _decimal(entry.get("min_total"), f"min_total of rating '{label}'", fail)
        each = entry.get("min_each_tool")
        min_each = None if each is None else _decimal(each, f"min_each_tool of '{label}'", fail)
        for value in (min_total, min_each):
            if value is not None and not 0 <= value <= 100:
                fail(f"rating '{label}' threshold {value} is outside 0–100")
        levels.append(RatingLevel(label, min_total, min_each))
    if levels[-1].min_total != 0 or levels[-1].min_each_tool is not None:
        fail("the last rating level must start at 0 with no per-tool condition")
    return tuple(levels)


def _each_tool(raw, tools: tuple[Tool, ...], fail) -> tuple[str, ...]:
    codes = raw.get("each_tool") if isinstance(raw, Mapping) else None
    if codes is None:
        return ()
    if not isinstance(codes, list) or not codes:
        fail("rating.each_tool must be a non-empty list of tool or part codes")
    known = {t.code for t in tools} | {p.code for t in tools for p in t.parts}
    for code in codes:
        if code not in known:
            fail(f"rating.each_tool names unknown tool or part {code!r}")
    if len(set(codes)) != len(codes):
        fail("rating.each_tool lists a code twice")
    return tuple(str(c) for c in codes)


def load_framework_file(path: str | Path) -> Framework:
    """Load and validate one framework file; raises FrameworkError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FrameworkError(f"{path.name}: cannot read the file ({exc.strerror})") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkError(f"{path.name}: not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    return framework_from_document(document, origin=path.name)


def available_fiscal_years(folder: Path | None = None) -> list[int]:
    """Fiscal years (BE) with a shipped framework file, ascending."""
    folder = folder or paths.FRAMEWORKS
    return sorted(int(p.stem) for p in folder.glob("*.json") if p.stem.isdigit())


def load_framework(fiscal_year: int, folder: Path | None = None) -> Framework:
    """The shipped framework of a fiscal year (BE).

    Raises FrameworkError when no file exists for that year (listing the years that do) or the
    file is malformed.
    """
    folder = folder or paths.FRAMEWORKS
    path = folder / f"{fiscal_year}.json"
    if not path.exists():
        years = ", ".join(str(y) for y in available_fiscal_years(folder)) or "none"
        raise FrameworkError(
            f"{path.name}: no framework for fiscal year {fiscal_year} (available: {years})"
        )
    framework = load_framework_file(path)
    if framework.fiscal_year != fiscal_year:
        raise FrameworkError(
            f"{path.name}: the file says fiscal_year {framework.fiscal_year}, not {fiscal_year}"
        )
    return framework
