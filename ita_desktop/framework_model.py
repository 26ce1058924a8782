"""The ITA framework's data types: tools (IIT/EIT/OIT) and their parts, indicators, OIT
sub-indicators, items, analysis issues, rating levels and the Framework of one fiscal year with
its scoring rules. Built from data by ita_desktop.framework (which re-exports every name here);
this module imports neither it nor framework_parts, so the arrows run one way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

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
