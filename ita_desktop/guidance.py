"""The guidance library: per item (and per indicator) draft causes, guidelines and evidence.

Files: ``resources/guidance/<fiscal_year>.json`` (Thai, written for this project), each optionally
``extends`` an earlier year, whose entries it inherits with OIT evidence codes renumbered through its
``evidence_map``. Evidence codes are OIT item codes of that year's framework.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ita_desktop import paths


@dataclass(frozen=True)
class Guidance:
    """Draft texts for one item or indicator (Thai). evidence: OIT item codes."""

    weak_cause: str = ""
    guideline: str = ""
    keep: str = ""
    evidence: tuple[str, ...] = ()
    measure: str = ""


@dataclass(frozen=True)
class GuidanceLibrary:
    """Guidance of one fiscal year, with inherited entries already merged."""

    fiscal_year: int | None
    items: dict[str, Guidance]
    indicators: dict[str, Guidance]

    def for_item(self, code: str) -> Guidance | None:
        return self.items.get(code)

    def for_indicator(self, number: int) -> Guidance | None:
        return self.indicators.get(str(number))


def _entries(raw: dict) -> dict[str, Guidance]:
    return {
        code: Guidance(
            weak_cause=entry.get("weak_cause", ""),
            guideline=entry.get("guideline", ""),
            keep=entry.get("keep", ""),
            evidence=tuple(entry.get("evidence", [])),
            measure=entry.get("measure", ""),
        )
        for code, entry in raw.items()
    }


def _remapped(entry: Guidance, remap: dict[str, str | None]) -> Guidance:
    """An inherited entry with its evidence codes renumbered for this year (``evidence_map``:
    old OIT code -> new code, or null when this year has no counterpart)."""
    if not remap:
        return entry
    codes: list[str] = []
    for code in entry.evidence:
        new = remap.get(code, code)
        if new and new not in codes:
            codes.append(new)
    return replace(entry, evidence=tuple(codes))


@lru_cache(maxsize=16)
def load_guidance(fiscal_year: int, folder: Path | None = None) -> GuidanceLibrary:
    """Guidance for a fiscal year: its own file, else the nearest earlier year's, else empty.

    Entries of an ``extends`` year are inherited and overridden by the file's own.
    """
    folder = folder or paths.GUIDANCE
    years = sorted(int(p.stem) for p in folder.glob("*.json") if p.stem.isdigit())
    usable = [y for y in years if y <= fiscal_year] or years[:1]
    if not usable:
        return GuidanceLibrary(None, {}, {})
    year = usable[-1]
    document = json.loads((folder / f"{year}.json").read_text(encoding="utf-8"))
    items: dict[str, Guidance] = {}
    indicators: dict[str, Guidance] = {}
    base = document.get("extends")
    if base and base != year:
        parent = load_guidance(int(base), folder)
        remap = document.get("evidence_map") or {}
        items.update({c: _remapped(g, remap) for c, g in parent.items.items()})
        indicators.update({c: _remapped(g, remap) for c, g in parent.indicators.items()})
    items.update(_entries(document.get("items", {})))
    indicators.update(_entries(document.get("indicators", {})))
    return GuidanceLibrary(year, items, indicators)
