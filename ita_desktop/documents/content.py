"""The content of a document as plain data: the one model both the PDF and the Word file come from.

A document module (memo, analysis, measures, results) describes *what* a document holds and how
it is styled with these dataclasses; ``documents.pdf_render`` draws it with the Thai print engine
and ``documents.docx_render`` writes it as a .docx, so the wording and the layout rules exist once.
Nothing here imports ReportLab or python-docx.

The blocks mirror the print engine's own vocabulary (ThaiParagraph/ThaiStyle, typed cell text,
thai_table with its spans and cell styles, KeepTogether, CondPageBreak …) so that a document
reads the same whichever way it is drawn:

- :class:`Paragraph` (runs of bold/italic text, a :class:`TextStyle`, an optional bullet),
  :class:`Typed` (text as staff typed it: paragraphs, ``๑.``/``-`` list items with hanging
  indents, by the rules of ``printing.celltext``), :class:`Spacer`, :class:`PageBreak`,
  :class:`CondPageBreak`, :class:`Keep` (kept on one page if it fits), :class:`Unbreakable`
  (never split), :class:`Image`, :class:`Chart`, :class:`Table`;
- the memo's own blocks: :class:`MemoTitle` (emblem and "บันทึกข้อความ"), :class:`MemoFields` (a
  row of labelled fields with dotted leaders), :class:`DottedLines`, :class:`TickBoxes`;
- :class:`Section` (blocks on one page geometry with its page-number rule) and :class:`Document`.

Units: text sizes are TH SarabunPSK points (the PDF converts them by the font's metrics, the
.docx names TH SarabunPSK and uses them as they are); lengths are points (``CM`` = 1 cm);
colours are ``"#RRGGBB"``. Table cell ranges follow ReportLab's convention: ``(column, row)``,
negative numbers count from the end, both ends included. Text is final: digits are already Thai
or Arabic as the reader chose (``DocumentOptions.digits``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

CM = 72 / 2.54
"""One centimetre in points."""
A4 = (21 * CM, 29.7 * CM)
"""A4 portrait (width, height) in points."""
ALIGNMENTS = ("left", "centre", "right", "distributed")
"""Paragraph alignments; "distributed" is Word's Thai Distributed (Thai government documents)."""
HEADER_FILL = "#E6E6E6"
"""The fill of table header rows."""
FORMAT_KINDS = ("fill", "valign", "keep_rows", "pad_left", "pad_right", "pad_top", "pad_bottom")
CHART_KINDS = ("tools", "indicators", "years")


# ---------------------------------------------------------------- text


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph looks: the fields of ``printing.ThaiStyle`` without a font object.

    ``size`` in TH SarabunPSK points; indents and spacing in points. ``alignment`` one of
    ALIGNMENTS (distributed: the last line and lines ending at a kept line break stay left).
    ``line_spacing`` multiplies the font's single line height unless ``leading`` (points) is set.
    A bulleted paragraph draws its bullet at ``bullet_indent`` and its text from ``left_indent``
    (a hanging indent). Raises ValueError for an unknown alignment or a size ≤ 0.
    """

    size: float = 16.0
    bold: bool = False
    italic: bool = False
    alignment: str = "left"
    line_spacing: float = 1.0
    leading: float | None = None
    first_line_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    bullet_indent: float = 0.0
    bullet_gap: float = 3.0
    space_before: float = 0.0
    space_after: float = 0.0
    colour: str = "#000000"

    def __post_init__(self) -> None:
        if self.alignment == "center":
            object.__setattr__(self, "alignment", "centre")
        if self.alignment not in ALIGNMENTS:
            raise ValueError(f"unknown alignment {self.alignment!r}; use one of {ALIGNMENTS}")
        if self.size <= 0:
            raise ValueError("size must be positive")

    def derive(self, **changes) -> TextStyle:
        """A copy with some fields changed."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Styles:
    """The house styles (TH SarabunPSK points): body 16 (distributed), headings 18 bold, titles 20
    bold centred, small 14, table cells 14 (header cells bold, centred)."""

    body: TextStyle
    body_indented: TextStyle
    plain: TextStyle
    centre: TextStyle
    heading: TextStyle
    title: TextStyle
    small: TextStyle
    cell: TextStyle
    cell_centre: TextStyle
    header_cell: TextStyle


BODY_INDENT = 2.5 * CM
"""First-line indent of memo and report paragraphs (ระเบียบงานสารบรรณ: ๒.๕ ซม.)."""


def house_styles() -> Styles:
    """The styles every document uses (see :class:`Styles`)."""
    body = TextStyle(size=16, alignment="distributed")
    return Styles(
        body=body,
        body_indented=body.derive(first_line_indent=BODY_INDENT),
        plain=TextStyle(size=16),
        centre=TextStyle(size=16, alignment="centre"),
        heading=TextStyle(size=18, bold=True, space_before=6, space_after=3),
        title=TextStyle(size=20, bold=True, alignment="centre", space_after=6),
        small=TextStyle(size=14),
        cell=TextStyle(size=14),
        cell_centre=TextStyle(size=14, alignment="centre"),
        header_cell=TextStyle(size=14, bold=True, alignment="centre"),
    )


class Run(NamedTuple):
    """A piece of a paragraph with its own weight and slant (``printing.Span``)."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One paragraph printed literally (``<b>`` and ``&`` are text). ``text`` is a string (in the
    style's weight) or runs; ``"\\n"`` is a kept line break. ``bullet`` (e.g. ``"๑."``) hangs at
    ``style.bullet_indent``. ``keep_with_next``: never the last thing on a page (headings);
    ``outline``: a heading's level (0 = top) for Word's navigation pane, None for body text."""

    text: str | tuple[Run, ...]
    style: TextStyle = TextStyle()
    bullet: str | None = None
    keep_with_next: bool = False
    outline: int | None = None

    def runs(self) -> tuple[Run, ...]:
        """The text as runs (a plain string becomes one run in the style's weight)."""
        if isinstance(self.text, str):
            return (Run(self.text, self.style.bold, self.style.italic),)
        return tuple(self.text)

    def plain_text(self) -> str:
        return "".join(run.text for run in self.runs())


@dataclass(frozen=True)
class Typed:
    """Text as the office typed it, in ``style``: a blank line separates paragraphs, lines
    starting ``๑.`` ``1)`` ``(๑)`` ``-`` ``•`` … are list items with hanging indents, other line
    breaks are kept (the rules of ``printing.celltext.parse_cell_text``)."""

    text: str
    style: TextStyle = TextStyle()


# ---------------------------------------------------------------- flow


@dataclass(frozen=True)
class Spacer:
    """Vertical space of ``height`` points."""

    height: float


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page."""


@dataclass(frozen=True)
class CondPageBreak:
    """A new page unless ``height`` points are left on this one (PDF only: a Word file relies on
    its headings being kept with the next paragraph instead)."""

    height: float


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page when they fit on one (ReportLab's KeepTogether; in Word every
    paragraph of the group is kept with the next)."""

    blocks: Sequence[Block]


@dataclass(frozen=True)
class Unbreakable:
    """Blocks that never split across pages, e.g. a signature with the line above it; in a table
    cell it stops the row from splitting."""

    blocks: Sequence[Block]


@dataclass(frozen=True)
class Image:
    """A picture (PNG/JPEG bytes) ``height`` points high, its width by its aspect ratio."""

    data: bytes
    height: float
    align: str = "centre"


@dataclass(frozen=True)
class Chart:
    """A chart described by its data: ReportLab's charts draw it in the PDF; the Word file gets
    the same drawing as a picture. ``kind``: "tools" (horizontal bars, ``points`` (label, score)),
    "indicators" (vertical bars, (label, score)) or "years" (a line, (fiscal year, total));
    a score None is "not scored" (no bar, a gap), never 0. Sizes in points; ``reference`` is the
    pass line drawn across (None: none). Raises ValueError for another kind."""

    kind: str
    points: tuple[tuple[str | int, float | None], ...]
    width: float = 450.0
    height: float | None = None
    label_width: float | None = None
    reference: float | None = 85.0
    thai_digits: bool = True

    def __post_init__(self) -> None:
        if self.kind not in CHART_KINDS:
            raise ValueError(f"unknown chart {self.kind!r}; use one of {CHART_KINDS}")


# ---------------------------------------------------------------- tables

Cell = str | Paragraph | Sequence["Block"] | None
"""A cell: typed text (a str, in the row's style), one paragraph, blocks, or None (empty or
covered by a span)."""


@dataclass(frozen=True)
class CellFormat:
    """A format over the cells ``start``–``end`` ((column, row), ReportLab's convention):
    "fill" (value "#RRGGBB"), "valign" ("top", "middle", "bottom"), "keep_rows" (those rows stay
    on one page; no value), "pad_left"/"pad_right"/"pad_top"/"pad_bottom" (points)."""

    kind: str
    start: tuple[int, int]
    end: tuple[int, int]
    value: str | float | None = None

    def __post_init__(self) -> None:
        if self.kind not in FORMAT_KINDS:
            raise ValueError(f"unknown cell format {self.kind!r}; use one of {FORMAT_KINDS}")


@dataclass(frozen=True)
class Table:
    """A table of Thai cells whose first ``header_rows`` rows repeat on every page and whose rows
    may split across pages (``printing.thai_table``).

    ``widths`` are the column widths in points (see :func:`fit_widths` for weights). ``style``
    and ``header_style`` style str cells (defaults: the house cell and header cell styles).
    ``padding`` and ``grid`` (line width; 0 for none) in points. ``spans`` are
    ((col0, row0), (col1, row1)) ranges drawn as one cell. ``footer`` is put in a last,
    borderless row across all columns that stays on the page of the last row (a signature that
    never stands alone); ``tidy`` applies the measures tables' page-break rules
    (``documents.tables``); ``align`` "left" or "centre". Raises ValueError when a row's length
    differs from ``widths``.
    """

    rows: Sequence[Sequence[Cell]]
    widths: Sequence[float]
    header_rows: int = 1
    style: TextStyle | None = None
    header_style: TextStyle | None = None
    padding: float = 4.0
    grid: float = 0.5
    header_fill: str | None = HEADER_FILL
    spans: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()
    formats: tuple[CellFormat, ...] = ()
    footer: Block | None = None
    tidy: bool = False
    align: str = "left"

    def __post_init__(self) -> None:
        for r, row in enumerate(self.rows):
            if len(row) != len(self.widths):
                raise ValueError(f"row {r} has {len(row)} cells, expected {len(self.widths)}")
        if self.align not in ("left", "centre"):
            raise ValueError("align must be 'left' or 'centre'")

    def cell_styles(self) -> tuple[TextStyle, TextStyle]:
        """(body, header) styles of the str cells: with a footer or ``tidy`` the house cell and
        header cell styles (as documents.tables.footed_table), else ``style`` (default
        TextStyle()) and ``header_style`` (default: the body style, bold and centred), as
        printing.thai_table."""
        if self.footer is not None or self.tidy:
            house = house_styles()
            return house.cell, house.header_cell
        body = self.style or TextStyle()
        return body, self.header_style or body.derive(bold=True, alignment="centre")

    def cell_range(self, start: tuple[int, int], end: tuple[int, int]
                   ) -> Iterator[tuple[int, int]]:
        """(column, row) of every cell in a range given by ReportLab's convention."""
        ncols, nrows = len(self.widths), len(self.rows)
        c0, r0 = (start[0] % ncols, start[1] % nrows) if nrows else (0, 0)
        c1, r1 = (end[0] % ncols, end[1] % nrows) if nrows else (-1, -1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                yield c, r


def fit_widths(weights: Sequence[float], total: float) -> tuple[float, ...]:
    """Widths in points proportional to ``weights`` that sum exactly to ``total``.
    Raises ValueError when the weights do not sum to a positive number."""
    whole = sum(weights)
    if whole <= 0:
        raise ValueError("column weights must be positive")
    widths = [total * w / whole for w in weights]
    widths[-1] = total - sum(widths[:-1])  # no rounding drift past the frame
    return tuple(widths)


# ---------------------------------------------------------------- the memo's blocks


@dataclass(frozen=True)
class MemoTitle:
    """The memo's first line: the emblem (``emblem`` image bytes, ``emblem_height`` points high,
    at the left margin; None prints none) and ``title`` centred, bold, ``size`` PSK points."""

    title: str = "บันทึกข้อความ"
    emblem: bytes | None = None
    emblem_height: float = 1.5 * CM
    size: float = 29.0


@dataclass(frozen=True)
class MemoField:
    """One labelled field of a memo header row: the bold label, then the value over a dotted
    line that runs to the field's right end; ``start`` and ``end`` are fractions of the width."""

    label: str
    value: str
    start: float = 0.0
    end: float = 1.0


@dataclass(frozen=True)
class MemoFields:
    """A row of memo header fields (ส่วนราชการ; ที่ + วันที่; เรื่อง): labels ``label_size``, values
    ``value_size`` PSK points; a long value wraps under itself and may split across pages."""

    fields: tuple[MemoField, ...]
    label_size: float = 20.0
    value_size: float = 16.0


@dataclass(frozen=True)
class DottedLines:
    """``count`` dotted lines to write on by hand, ``width`` points long (None: the full width),
    centred or at the left."""

    count: int
    width: float | None = None
    centred: bool = False
    size: float = 16.0


@dataclass(frozen=True)
class TickBoxes:
    """Empty boxes to tick, each followed by its label ("☐ อนุมัติ   ☐ ไม่อนุมัติ")."""

    labels: tuple[str, ...]
    size: float = 16.0


Block = (Paragraph | Typed | Spacer | PageBreak | CondPageBreak | Keep | Unbreakable | Image
         | Chart | Table | MemoTitle | MemoFields | DottedLines | TickBoxes)


# ---------------------------------------------------------------- pages and documents


@dataclass(frozen=True)
class Page:
    """Page size and margins in points."""

    width: float = A4[0]
    height: float = A4[1]
    left: float = 3 * CM
    right: float = 2 * CM
    top: float = 2.5 * CM
    bottom: float = 2 * CM

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def frame_width(self) -> float:
        """The width text may use, in points."""
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


PORTRAIT = Page()
"""A4 portrait, left 3 cm and right 2 cm as ระเบียบงานสารบรรณ asks of memos."""
MEMO_PAGE = Page(top=2 * CM)
"""The memo: as PORTRAIT with 2 cm at the top, so the emblem sits high like the printed form."""
LANDSCAPE = Page(width=A4[1], height=A4[0], left=1.5 * CM, right=1.5 * CM, top=2 * CM,
                 bottom=1.5 * CM)
"""A4 landscape for the measures and results tables."""


@dataclass(frozen=True)
class Section:
    """Blocks laid out on one page geometry. Page numbers ("- ๒ -", the document's digits) are
    printed at the top centre when ``page_numbers``, from the section's second page unless
    ``first_page_number``; each section counts its pages from 1."""

    blocks: Sequence[Block]
    page: Page = PORTRAIT
    page_numbers: bool = True
    first_page_number: bool = False


@dataclass(frozen=True)
class Document:
    """A whole document: its sections in order, the title and author of its properties, and
    whether its page numbers use Thai digits."""

    sections: tuple[Section, ...]
    title: str = ""
    author: str = ""
    thai_digits: bool = True


# ---------------------------------------------------------------- reading a document


def children(block: Block) -> Iterator[Block]:
    """The blocks directly inside ``block`` (groups, table cells, a table's footer)."""
    if isinstance(block, Keep | Unbreakable):
        yield from block.blocks
    elif isinstance(block, Table):
        for row in block.rows:
            for cell in row:
                if isinstance(cell, str):
                    yield Typed(cell)
                elif isinstance(cell, Paragraph):
                    yield cell
                elif cell is not None:
                    yield from cell
        if block.footer is not None:
            yield block.footer


def walk(blocks: Sequence[Block]) -> Iterator[Block]:
    """Every block, depth first in reading order (a group before what it holds)."""
    for block in blocks:
        yield block
        yield from walk(tuple(children(block)))


def texts(document: Document) -> Iterator[str]:
    """Every text a reader sees, in reading order (paragraphs, typed text, memo fields, tick-box
    labels; chart labels are left out: in a Word file the chart is a picture)."""
    for section in document.sections:
        for block in walk(section.blocks):
            if isinstance(block, Paragraph):
                yield (block.bullet + " " if block.bullet else "") + block.plain_text()
            elif isinstance(block, Typed):
                yield block.text
            elif isinstance(block, MemoTitle):
                yield block.title
            elif isinstance(block, MemoFields):
                for f in block.fields:
                    yield f"{f.label} {f.value}"
            elif isinstance(block, TickBoxes):
                yield " ".join(block.labels)


__all__ = [
    "A4", "ALIGNMENTS", "BODY_INDENT", "CM", "HEADER_FILL", "LANDSCAPE", "MEMO_PAGE", "PORTRAIT",
    "Block", "Cell", "CellFormat", "Chart", "CondPageBreak", "Document", "DottedLines", "Image",
    "Keep", "MemoField", "MemoFields", "MemoTitle", "Page", "PageBreak", "Paragraph", "Run",
    "Section", "Spacer", "Styles", "Table", "TextStyle", "TickBoxes", "Typed", "Unbreakable",
    "children", "fit_widths", "house_styles", "texts", "walk",
]
