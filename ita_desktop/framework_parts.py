"""The parts of a framework document, each validated and built (framework.framework_from_document
calls them in turn). Every function gets ``fail(message)``, which raises FrameworkError naming the
file; the messages are those of docs/framework-schema.md."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from ita_desktop.framework_model import (
    SCALES,
    Indicator,
    Issue,
    Item,
    RatingLevel,
    SubIndicator,
    Tool,
    ToolPart,
)


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
