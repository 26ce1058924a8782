"""Column widths of the measures and results tables (points, across the landscape frame): from
the columns' weights, or fitted to what the rows hold (documents.tables re-exports them)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from ita_desktop.printing import text_width


@dataclass(frozen=True)
class Column:
    """A table column: ``key``, the header text and a relative width (about cm on A4 landscape)."""

    key: str
    header: str
    weight: float


MIN_COLUMN = 1.7 * cm
HEADER_LINE = 4.2 * cm  # a header up to this wide keeps to one line
_NUMBERISH = re.compile(r"[0-9๐-๙.]")
_BREAKS = re.compile(r"[ \t\n]+")  # not the no-break space of "มี.ค.\u00a0๒๕๖๙"
MAX_SHARE = 0.42  # no column takes more of the width than this


def cell_text(value: Any) -> str:
    """The printed text of a cell value: a string, a content block (documents.content: a
    paragraph or typed text as the print engine prints it, without bullets or list markers), a
    flowable, or a list of them."""
    from ita_desktop.documents import content as c

    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, c.Paragraph):
        return _printed(value.plain_text())
    if isinstance(value, c.Typed):
        from ita_desktop.printing.celltext import parse_cell_text

        return "\n".join(_printed("\n".join(block.lines)) for block in parse_cell_text(value.text))
    if isinstance(value, Flowable):
        return value.getPlainText() if hasattr(value, "getPlainText") else ""
    if isinstance(value, Sequence):
        return "\n".join(cell_text(v) for v in value)
    return ""


def _printed(text: str) -> str:
    """``text`` as the print engine draws it (printing.printable; it counts what it replaces
    once per text, so measuring here adds nothing to the warning)."""
    from ita_desktop.printing.printable import printable

    return printable(text)


def _spacing_chars(text: str) -> int:
    """Characters that take room on a line (Thai marks above and below do not)."""
    return sum(1 for ch in text if not unicodedata.combining(ch) and not ch.isspace())


def _unbroken(text: str) -> set[str]:
    """Short runs a line should not break inside: a number or date with the words just before
    it while the run stays short ("– มี.ค. ๒๕๖๙", "ตลอดปีงบประมาณ ๒๕๖๙", "ข้อ o24")."""
    words = _BREAKS.split(text)
    runs = set()
    for n, word in enumerate(words):
        if len(word) > 14 or not _NUMBERISH.search(word):
            continue
        run, k = word, n - 1
        while (k >= 0 and len(run) + len(words[k]) < 22
               and not any(ch.isdigit() for ch in words[k])):
            run = f"{words[k]} {run}"
            k -= 1
        runs.add(run)
    return runs


def content_widths(columns: Sequence[Column], rows: Sequence[Sequence[Any]],
                   total: float) -> list[float]:
    """Column widths (points, summing to ``total``) that fit what the rows hold: every column
    gets at least room for its header on one line (up to HEADER_LINE; a longer header breaks at
    its words) and MIN_COLUMN; the rest is shared in
    proportion to how much text the column holds across the rows, so the analysis and the steps
    get room and a column left empty (or "-") keeps only its minimum; "how much" is the
    root of the sum of the squared cell lengths, so a few long cells count more than many short
    ones (a row is as tall as its fullest cell). No column takes more than
    MAX_SHARE of ``total``. Without any text the columns' weights share the width."""
    from ita_desktop.documents import content as c
    from ita_desktop.documents.pdf_styles import thai_style

    cell = thai_style(c.house_styles().header_cell)
    size, pad = cell.real_size(), 2 * 4.0 + 2
    minimum = []
    for column in columns:
        words = column.header.replace("/", "/ ").split() or [column.header]
        widest = max(text_width(w, size, bold=True) for w in words)
        whole = min(text_width(column.header, size, bold=True), HEADER_LINE)
        minimum.append(max(MIN_COLUMN, widest + pad, whole + pad))
    demand = [0.0] * len(columns)
    tokens: list[set[str]] = [set() for _ in columns]
    for row in rows:
        for k, value in enumerate(row):
            text = cell_text(value).strip()
            if text and text != "-":
                demand[k] += _spacing_chars(text) ** 2
                tokens[k].update(_unbroken(text))
    for k, found in enumerate(tokens):  # numbers and dates do not break: "๒๕๖๙", "มี.ค."
        if found:
            widest = max(text_width(t, cell.real_size()) for t in found)
            minimum[k] = max(minimum[k], min(widest + pad, HEADER_LINE))
    # a row is as tall as its fullest cell: long cells weigh more than many short ones
    demand = [d ** 0.5 for d in demand]
    if not any(demand) or sum(minimum) >= total:
        return list(c.fit_widths([column.weight for column in columns], total))
    widths = list(minimum)
    open_columns = [k for k in range(len(columns)) if demand[k]]
    slack = total - sum(widths)
    while slack > 0.5 and open_columns:
        share = sum(demand[k] for k in open_columns)
        capped = []
        for k in open_columns:
            extra = slack * demand[k] / share
            if widths[k] + extra > MAX_SHARE * total:
                extra = max(0.0, MAX_SHARE * total - widths[k])
                capped.append(k)
            widths[k] += extra
        slack = total - sum(widths)
        if not capped:
            break
        open_columns = [k for k in open_columns if k not in capped]
    if slack > 0.5:  # every column with text is capped: the rest goes to all, evenly
        widths = [w + slack / len(widths) for w in widths]
    widths[-1] = total - sum(widths[:-1])
    return widths
