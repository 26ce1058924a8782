"""Document choices, kinds and errors: plain values, no ReportLab (cheap to import)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ita_desktop.numbers import to_arabic_digits, to_thai_digits

KINDS = ("memo-measures", "memo-results", "analysis", "measures", "results",
         "analysis-measures", "memo-measures-attached", "memo-results-attached")
"""The documents: the five separate ones, then those filed together in one PDF
(documents.combined)."""
MEMO_OF = {"memo-measures": "measures", "memo-results": "results",
           "memo-measures-attached": "measures", "memo-results-attached": "results"}
"""Kinds that print a memo → the stored memo's kind (storage.memos.KINDS)."""
MEMO_DOCUMENT = {"memo-measures-attached": "memo-measures",
                 "memo-results-attached": "memo-results"}
"""A memo with its attachments → the memo's own kind (its fields and draft)."""
TABLE_OF = {"measures": "measures", "results": "results", "analysis-measures": "measures",
            "memo-measures-attached": "measures", "memo-results-attached": "results"}
"""Kinds that print a table of measures → which one ("measures" or "results"): what the
``group_by`` and ``columns`` options apply to; other kinds have neither."""
RESULT_COLUMNS = ("measure", "steps", "units", "period", "results", "outcome", "suggestions")
GROUPS = ("indicator", "issue", "tool", "number")
MEASURE_COLUMNS = ("indicator", "measure", "analysis", "steps", "units", "period", "target")
_KEPT = re.compile(r"https?://\S+|(?<![A-Za-z0-9])[A-Za-z]+[0-9]+(?![0-9])")
"""Text whose digits stay Arabic with Thai digits chosen: URLs, and codes of Latin letters and
digits (item codes o10, i1, e3; EIT1): the NACC writes them so, and "o๑๐" reads as "๐๑๐"."""
_CODE_THAI = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+[0-9๐-๙]+(?![0-9๐-๙])")  # "o๑๐" → "o10"


class DocumentError(Exception):
    """A document cannot be made; the message (Thai) says why, for the user."""


class EmptyDocumentError(DocumentError):
    """There is nothing to print (e.g. no measures for the fiscal year)."""


@dataclass(frozen=True)
class DocumentOptions:
    """Choices for one rendering.

    thai_digits: Thai digits everywhere (default) or Arabic. group_by: "indicator" | "issue"
    (measures) or "tool" | "number" (results). columns: measure columns in order, from
    MEASURE_COLUMNS (None = all but target). allow_empty: print a notice page instead of raising
    EmptyDocumentError.
    """

    thai_digits: bool = True
    group_by: str = "indicator"
    columns: tuple[str, ...] | None = None
    allow_empty: bool = False

    def digits(self, text: object) -> str:
        """``text`` with digits as chosen; URLs and codes such as o10 or EIT1 keep Arabic digits
        (a code typed with Thai digits, "o๑๐", is printed "o10" too)."""
        text = "" if text is None else str(text)
        if not self.thai_digits:
            return to_arabic_digits(text)
        text = _CODE_THAI.sub(lambda m: to_arabic_digits(m.group()), text)
        parts, last = [], 0
        for match in _KEPT.finditer(text):
            parts.append(to_thai_digits(text[last:match.start()]) if match.start() > last else "")
            parts.append(match.group())
            last = match.end()
        parts.append(to_thai_digits(text[last:]) if last < len(text) else "")
        return "".join(parts)


@dataclass
class RenderReport:
    """What a rendering produced: the PDF path, its page count, warnings for the user, and the
    characters that could not be printed (char → count; printed as printing.printable's mark)."""

    path: Path
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    unprintable: dict[str, int] = field(default_factory=dict)


