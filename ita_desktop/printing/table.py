"""Tables whose cells are shaped Thai flowables, with repeated headers and rows that split.

ReportLab draws plain strings in Table cells unshaped (and in Helvetica), so every cell is turned
into a list of flowables: a string through :func:`~.celltext.cell_flowables` (numbered steps,
dashed bullets, kept line breaks), a Flowable as is. Rows taller than a page are split inside the
row (ReportLab ≥ 4's ``splitInRow``; our ThaiParagraph splits between lines), and the header rows
repeat on every page. Widths are points (use ``reportlab.lib.units.cm``).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import LongTable, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ita_desktop.printing.celltext import cell_flowables
from ita_desktop.printing.paragraph import ThaiStyle

Cell = str | Flowable | Sequence[Flowable] | None
HEADER_FILL = colors.HexColor("#E6E6E6")


class _KeepAlignment:
    """ReportLab's in-row split builds the pieces without ``hAlign`` (they come out centred)."""

    def onSplit(self, T, byRow=1):  # noqa: N802, N803 - ReportLab's names
        T.hAlign, T.vAlign = self.hAlign, self.vAlign


class ThaiTable(_KeepAlignment, Table):
    """Table whose split pieces keep the table's alignment."""


class ThaiLongTable(_KeepAlignment, LongTable):
    """LongTable whose split pieces keep the table's alignment."""


def cell(value: Cell, style: ThaiStyle, *, marker_digits: str | None = None) -> list[Flowable]:
    """Flowables for one cell value: None/"" → [], str → typed-text flowables, Flowable → [it]."""
    if value is None:
        return []
    if isinstance(value, str):
        return list(cell_flowables(value, style, marker_digits=marker_digits))
    if isinstance(value, Flowable):
        return [value]
    return list(value)


def thai_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    style: ThaiStyle | None = None,
    header_style: ThaiStyle | None = None,
    padding: float = 4.0,
    grid: float = 0.5,
    header_fill: colors.Color | None = HEADER_FILL,
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
    marker_digits: str | None = None,
    long: bool | None = None,
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A Table of ThaiParagraph cells: ``rows[0:header_rows]`` repeat on each page.

    ``col_widths`` in points must sum to at most the frame width. ``style`` is the body cell
    style, ``header_style`` the header's (default: body style, bold, centred). ``padding`` and
    ``grid`` (line width, 0 for none) in points; ``spans`` are ReportLab SPAN ranges
    ``((col0, row0), (col1, row1))``. ``long`` forces LongTable (default: when over 50 rows).
    Rows taller than a page split inside the row, so no LayoutError for long cells.
    Raises ValueError if a row's length differs from ``col_widths``.
    """
    style = style or ThaiStyle()
    header_style = header_style or style.derive(bold=True, alignment="centre")
    ncols = len(col_widths)
    data = []
    for r, row in enumerate(rows):
        if len(row) != ncols:
            raise ValueError(f"row {r} has {len(row)} cells, expected {ncols}")
        cell_style = header_style if r < header_rows else style
        data.append([cell(v, cell_style, marker_digits=marker_digits) for v in row])
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        ("FONT", (0, 0), (-1, -1), style.spec().font_name(), style.real_size()),
    ]
    if header_rows:
        commands.append(("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"))
        if header_fill is not None:
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_fill))
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), grid, colors.black))
    commands.extend(("SPAN", a, b) for a, b in spans)
    commands.extend(extra_style)
    cls = ThaiLongTable if (long if long is not None else len(rows) > 50) else ThaiTable
    return cls(data, colWidths=list(col_widths), repeatRows=header_rows, splitInRow=1,
               style=TableStyle(commands), hAlign="LEFT")
