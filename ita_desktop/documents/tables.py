"""What the measures document and the results report share: periods as Thai dates, grouping of
measures (by indicator, analysis issue or tool), column widths, the office's place line, and the
print engine's side of their tables (content.Table with ``tidy`` or a footer, drawn by
pdf_render): the page-break rules and the block that never splits. Their content (title block,
signature, grouped table) is in content_tables.

Measures are the dicts of ``storage.measures.list_measures``; the framework is the one of the
assessment the measures answer (``DocumentContext.framework``, may be None). Lengths are points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from ita_desktop import periods
from ita_desktop.documents import content as c
from ita_desktop.documents.content import fit_widths  # noqa: F401 - re-exported
from ita_desktop.documents.options import DocumentError, DocumentOptions
from ita_desktop.documents.widths import (  # noqa: F401 - re-exported
    Column,
    cell_text,
    content_widths,
)
from ita_desktop.framework import Framework, Item
from ita_desktop.periods import FULL_YEAR, as_date, fiscal_year_bounds  # noqa: F401 - re-exported
from ita_desktop.printing import draw_text, pt, thai_table
from ita_desktop.printing.table import ThaiLongTable, ThaiTable

OTHER_GROUP = "อื่น ๆ"
TOOL_TITLES = {  # used when the framework is unknown or lacks the tool
    "IIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
    "EIT": "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
    "OIT": "แบบวัดการเปิดเผยข้อมูลสาธารณะ",
}
_TOOL_BY_PREFIX = {"i": "IIT", "e": "EIT", "o": "OIT"}


# ---------------------------------------------------------------- dates and periods


def period_text(start: dt.date | str | None, end: dt.date | str | None,
                options: DocumentOptions) -> str:
    """A measure's period in Thai with the chosen digits (``ita_desktop.periods.period_text``)."""
    return periods.period_text(start, end, thai_digits=options.thai_digits)


# ---------------------------------------------------------------- what a measure answers


def framework_item(framework: Framework | None, code: str) -> Item | None:
    """The framework's item for a code in any spelling ("O12", "o12"); None when unknown."""
    if framework is None:
        return None
    canonical = framework.code_index.get(str(code).strip().upper())
    try:
        return framework.item(canonical) if canonical else None
    except KeyError:
        return None


def indicator_title(framework: Framework | None, number: str) -> str:
    try:
        return framework.indicator(int(number)).title if framework else ""
    except (KeyError, ValueError):
        return ""


def issue_title(framework: Framework | None, number: str) -> str:
    for issue in framework.issues if framework else ():
        if str(issue.number) == str(number):
            return issue.title
    return ""


def indicator_of(measure: dict[str, Any], framework: Framework | None) -> str | None:
    """The indicator a measure is filed under: its first linked indicator, else the indicator of
    its first linked item the framework knows; None when neither."""
    links = measure.get("links") or {}
    if links.get("indicator"):
        return str(links["indicator"][0])
    for code in links.get("item", ()):
        item = framework_item(framework, code)
        if item is not None:
            return str(item.indicator)
    return None


def issue_of(measure: dict[str, Any], framework: Framework | None) -> str | None:
    """The analysis issue a measure is filed under: its first linked issue, else the issue that
    groups its first linked item (or indicator) in the framework; None when neither."""
    links = measure.get("links") or {}
    if links.get("issue"):
        return str(links["issue"][0])
    if framework is None:
        return None
    for code in links.get("item", ()):
        item = framework_item(framework, code)
        for issue in framework.issues:
            if item is not None and item.code in issue.items:
                return str(issue.number)
    for number in links.get("indicator", ()):
        issue = indicator_issue(framework, number)
        if issue is not None:
            return issue
    return None


def indicator_issue(framework: Framework, number: object) -> str | None:
    """The analysis issue an indicator belongs to: the issue that lists it (an indicator-level
    framework), else the one holding most of its items (the first such issue on a tie); None
    when no issue concerns it. Indicator 4 (i10–i12) is issue 4 in 2567."""
    if not str(number).isdigit():
        return None
    number = int(number)
    counts: dict[int, int] = {}
    for issue in framework.issues:
        if number in issue.indicators:
            return str(issue.number)
        held = sum(1 for code in issue.items
                   if (item := framework_item(framework, code)) and item.indicator == number)
        if held:
            counts[issue.number] = held
    if not counts:
        return None
    return str(max(counts, key=lambda n: (counts[n], -n)))


def tool_of(measure: dict[str, Any], framework: Framework | None) -> str | None:
    """IIT/EIT/OIT of a measure: from its first linked item (the framework's tool of the item, or
    the code's letter i/e/o), else its first linked indicator's tool; None when unlinked."""
    links = measure.get("links") or {}
    for code in links.get("item", ()):
        item = framework_item(framework, code)
        if item is not None:
            return framework.indicator(item.indicator).tool
        tool = _TOOL_BY_PREFIX.get(str(code).strip()[:1].lower())
        if tool:
            return tool
    for number in links.get("indicator", ()):
        try:
            return framework.indicator(int(number)).tool if framework else None
        except (KeyError, ValueError):
            continue
    return None


def tool_title(code: str, framework: Framework | None) -> str:
    """ "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"."""
    title = TOOL_TITLES.get(code, "")
    known = {tool.code: tool.title for tool in framework.tools} if framework else {}
    title = known.get(code) or title
    return f"{title} ({code})" if title else code


# ---------------------------------------------------------------- grouping


@dataclass
class Group:
    """Measures printed under one group header; ``title`` "" prints no header row."""

    key: str
    title: str
    measures: list[dict[str, Any]] = field(default_factory=list)


def group_measures(measures: Sequence[dict[str, Any]], by: str,
                   framework: Framework | None) -> list[Group]:
    """Measures in groups for ``by`` = "indicator" | "issue" | "tool" | "number" (one untitled
    group). Groups follow the framework's order (unknown codes after, numerically), measures keep
    their document order inside a group, and measures that answer nothing come last under
    "อื่น ๆ". Raises DocumentError for another ``by``."""
    if by == "number":
        return [Group("", "", list(measures))]
    keyers: dict[str, Callable[[dict[str, Any], Framework | None], str | None]] = {
        "indicator": indicator_of, "issue": issue_of, "tool": tool_of}
    if by not in keyers:
        raise DocumentError(f"จัดกลุ่มตาม “{by}” ไม่ได้ (ใช้ได้: indicator, issue, tool, number)")
    groups: dict[str, Group] = {}
    for measure in measures:
        key = keyers[by](measure, framework) or ""
        if key not in groups:
            groups[key] = Group(key, _group_title(by, key, framework))
        groups[key].measures.append(measure)
    return sorted(groups.values(), key=lambda g: _group_order(by, g.key, framework))


def _group_title(by: str, key: str, framework: Framework | None) -> str:
    if not key:
        return OTHER_GROUP
    if by == "tool":
        return tool_title(key, framework)
    if by == "indicator":
        return f"ตัวชี้วัดที่ {key} {indicator_title(framework, key)}".strip()
    return f"ประเด็นที่ {key} {issue_title(framework, key)}".strip()


def _group_order(by: str, key: str, framework: Framework | None) -> tuple:
    if not key:
        return (2, 0, "")
    if by == "tool":
        known = [t.code for t in framework.tools] if framework else list(TOOL_TITLES)
        return (0, known.index(key), "") if key in known else (1, 0, key)
    return (0, int(key), "") if key.isdigit() else (1, 0, key)


# ---------------------------------------------------------------- table


MIN_PIECE_LINES = 3
FILL_FROM = 0.25  # split a row inside rather than leave this much of the frame empty
CONTINUED = "(ต่อ)"


class _TidySplit:
    """Page-break rules for our tables, on top of ReportLab 5.1's Table splitting.

    1. A group header is kept with the row below it (NOSPLIT), but ReportLab also honours NOSPLIT
       when it picks the row to split *inside*: it then "splits" the group header row itself,
       printing it alone at the foot of the page with an empty row on the next page, over and
       over (the layout never ends). Here NOSPLIT only stops splits between rows.
    2. A row is split inside only when at least MIN_PIECE_LINES lines of body text fit on the
       page, so no sliver of a row is left at the foot of a page.
    3. When the row that does not fit would leave a quarter of the frame or more empty, it is
       split inside at once (the first lines on this page, the rest under the repeated header
       on the next) instead of moving to the next page.
    4. The second piece of a split is never split again on the page of the first: ReportLab
       would print the header row a second time in the middle of that page.
    5. A row split inside leaves at least MIN_PIECE_LINES lines for the next page too (no
       single line of a cell alone at the top of a page): fewer lines stay on this page, or
       the row moves whole.
    6. Every piece after the first is marked "(ต่อ)" just above its top right corner.
    """

    frame_height: float = c.LANDSCAPE.frame_height

    def _getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=0):  # noqa: N802, N803
        if not ignoreSpans or not self._nosplitCmds:
            return super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        kept, self._nosplitCmds = self._nosplitCmds, []
        try:
            return super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        finally:
            self._nosplitCmds = kept

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        beside = self.__dict__.pop("_beside_first_piece", False)
        if beside and availHeight < self.frame_height - 1:
            return []  # rule 4: go to the next page (at the top of a page, split as usual)
        pieces = super().split(availWidth, availHeight)
        if len(pieces) > 1:
            pieces[-1]._beside_first_piece = True
            if getattr(self, "_continued", False):
                pieces[0]._continued = True
            for piece in pieces[1:]:
                piece._continued = True  # rule 6
        return pieces

    def draw(self) -> None:
        super().draw()
        if getattr(self, "_continued", False):
            draw_text(self.canv, self._width, self._height + 3, CONTINUED, pt(14),
                      align="right")

    def _in_row(self, availHeight, n: int):  # noqa: N803
        """Split row ``n`` inside (rule 5: leave MIN_PIECE_LINES for the next page), or []."""
        room = availHeight - sum(self._rowHeights[:n])
        least = _min_piece()
        while room >= least:
            pieces = super()._splitRows(availHeight, doInRowSplit=1)
            if len(pieces) < 2:
                return pieces
            rest = pieces[1]
            rest.wrap(self._width, 1e9)
            row = self.repeatRows if isinstance(self.repeatRows, int) else 0
            left = rest._rowHeights[row] if len(rest._rowHeights) > row else least
            if left >= least:
                return pieces
            availHeight -= least - left
            room -= least - left
        return []

    def _splitRows(self, availHeight, doInRowSplit=0):  # noqa: N802, N803
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if n >= len(self._rowHeights):
            return super()._splitRows(availHeight, doInRowSplit)
        room = availHeight - sum(self._rowHeights[:n])
        if doInRowSplit:
            return self._in_row(availHeight, n)
        if n >= self.repeatRows and room >= max(_min_piece(), FILL_FROM * self.frame_height):
            pieces = self._in_row(availHeight, n)  # rule 3
            if pieces:
                return pieces
        return super()._splitRows(availHeight, doInRowSplit)


def _min_piece() -> float:
    from ita_desktop.documents.pdf_styles import thai_style

    return MIN_PIECE_LINES * thai_style(c.house_styles().cell).line_leading() + 6.0


class _TidyTable(_TidySplit, ThaiTable):
    pass


class _TidyLongTable(_TidySplit, ThaiLongTable):
    pass


def tidy_breaks(table: Table) -> Table:
    """``table`` (from thai_table) with the page-break rules of :class:`_TidySplit`; the pieces
    of a split are built with ``type(table)``, so the rules carry over to them."""
    table.__class__ = _TidyLongTable if isinstance(table, ThaiLongTable) else _TidyTable
    return table


class Unbreakable(Flowable):
    """Flowables drawn as one block that never splits (a signature with what must stay with it):
    in the story it moves to the next page whole; in a table cell it stops the row splitting."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._heights = [p.wrap(availWidth, 1e9)[1] for p in self.parts]
        gaps = sum(p.getSpaceBefore() + p.getSpaceAfter() for p in self.parts)
        self.width, self.height = availWidth, sum(self._heights) + gaps
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= part.getSpaceBefore() + height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


def footed_table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], *,
                 spans: Sequence[tuple] = (), extra: Sequence[tuple] = (),
                 footer: Flowable | None = None) -> Table:
    """thai_table (header row repeated, house cell styles) with the page-break rules of
    :class:`_TidySplit`, and an optional ``footer`` (e.g. the signature) in a last, borderless
    row spanning all columns that stays on the page of the last data row, so a signature never
    stands alone on a page."""
    from ita_desktop.documents.pdf_styles import thai_style

    house = c.house_styles()
    rows, spans, extra = list(rows), list(spans), list(extra)
    grid = 0.5
    if footer is not None:
        last = len(rows)
        rows.append([footer, *([None] * (len(col_widths) - 1))])
        spans.append(((0, last), (len(col_widths) - 1, last)))
        extra += [("GRID", (0, 0), (-1, last - 1), grid, colors.black),
                  ("NOSPLIT", (0, last - 1), (-1, last))]
        grid = 0
    return tidy_breaks(thai_table(rows, col_widths, header_rows=1, style=thai_style(house.cell),
                                  header_style=thai_style(house.header_cell), spans=spans,
                                  extra_style=extra, grid=grid))


# ---------------------------------------------------------------- the office's place


def place_text(profile: dict[str, Any]) -> str:
    """ "อำเภอบ้านไผ่งาม จังหวัดสุวรรณบุรี" from the profile, without doubling a prefix the office
    typed (a Bangkok district is a เขต, and กรุงเทพมหานคร takes no จังหวัด); "" if unknown."""
    parts = []
    for key, prefix in (("district", "อำเภอ"), ("province", "จังหวัด")):
        value = (profile.get(key) or "").strip()
        if value:
            known = (value.startswith((prefix, "เขต")) if key == "district"
                     else value.startswith(prefix) or "กรุงเทพ" in value)
            parts.append(value if known else prefix + value)
    return " ".join(parts)
