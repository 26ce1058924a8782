"""The ITA framework of one fiscal year, loaded from data and validated.

A framework lists the tools (IIT/EIT/OIT) and their weights, the indicators, OIT sub-indicators,
question items, the analysis issues (ประเด็นการวิเคราะห์) and the rating rules. The NACC changes them
every year, so they live in ``resources/frameworks/<fiscal_year>.json`` (schema:
``docs/framework-schema.md``) and, once used, in the database file — never in code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from ita_desktop import paths
from ita_desktop.framework_model import (  # noqa: F401 - the data types, re-exported
    LEVELS,
    MISSING_TOOL_RULES,
    SCALES,
    SCHEMA,
    Framework,
    FrameworkError,
    Indicator,
    Issue,
    Item,
    RatingLevel,
    SubIndicator,
    Tool,
    ToolPart,
)
from ita_desktop.framework_parts import (
    _decimal,
    _each_tool,
    _indicators,
    _issues,
    _items,
    _rating,
    _tools,
)


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
