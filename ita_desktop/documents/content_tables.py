"""The shared pieces of the measures document and the results report as content blocks (see
documents.content): the title block, a centred notice, the signature block that never splits and
the grouped measures table with its page-break rules. Lengths are points, sizes TH SarabunPSK
points; text is printed with the digits of ``options``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ita_desktop.documents import content as c
from ita_desktop.documents.options import DocumentOptions
from ita_desktop.documents.tables import Group, place_text

GROUP_FILL = "#F2F2F2"


def para(text: object, style: c.TextStyle, options: DocumentOptions, **kw) -> c.Paragraph:
    """A paragraph of ``text`` (printed literally) with the chosen digits."""
    return c.Paragraph(options.digits(text), style, **kw)


def title_block(title_lines: Sequence[str], profile: dict[str, Any],
                options: DocumentOptions) -> list[c.Block]:
    """The centred title lines (bold), then the office and its district/province."""
    s = c.house_styles()
    out: list[c.Block] = [para(line, s.title.derive(space_after=0), options)
                          for line in title_lines]
    office = (profile.get("name") or "").strip()
    for line in (office, place_text(profile)):
        if line:
            out.append(para(line, s.centre, options))
    out.append(c.Spacer(0.4 * c.CM))
    return out


def notice(text: str, options: DocumentOptions) -> c.Paragraph:
    """A centred notice (e.g. no measures for the year), set off from the title."""
    return para(text, c.house_styles().centre.derive(space_before=1.5 * c.CM), options)


def signed(label: str, name: str | None, position: str | None, options: DocumentOptions, *,
           indent: float = 15 * c.CM) -> c.Unbreakable:
    """A signature block right of centre that never splits: "ลงชื่อ ……… <label>" to sign on,
    "(name)" (a blank to fill in by hand when there is no name) and the position."""
    style = c.house_styles().centre.derive(left_indent=indent)
    lines = [f"ลงชื่อ{'.' * 45}{label}", f"({(name or '').strip() or ' ' * 40})"]
    if (position or "").strip():
        lines.append(position.strip())
    return c.Unbreakable((c.Spacer(1.2 * c.CM), *(para(line, style, options) for line in lines)))


def signature_lines(name: str, position: str, options: DocumentOptions, *,
                    lines: Sequence[str] = (), indent: float = 7 * c.CM,
                    space_before: float = 1.2 * c.CM) -> list[c.Block]:
    """The signature right of centre: a gap to sign in, "(name)" (a blank when there is none),
    the position and any further lines (e.g. "ผู้จัดทำรายงาน"), centred ``indent`` points from
    the left; to be put in a Keep with what must stay with it."""
    style = c.house_styles().centre.derive(left_indent=indent)
    parts: list[c.Block] = [c.Spacer(space_before)]
    parts.append(para(f"({name.strip() or ' ' * 40})", style, options))
    for line in (position, *lines):
        if line:
            parts.append(para(line, style, options))
    return parts


def grouped_table(header: Sequence[str], groups: Sequence[Group],
                  row: Callable[[int, dict[str, Any]], Sequence[c.Cell]],
                  widths: Sequence[float], options: DocumentOptions, *,
                  footer: c.Block | None = None) -> c.Table:
    """One table: the header row (repeated on every page), then per group a shaded header row
    spanning all columns (none for an untitled group) kept with its first measure, and
    ``row(number, measure)`` for each measure, numbered 1.. across groups, then the ``footer``
    in a borderless last row kept with the row above it (documents.tables.footed_table)."""
    group_style = c.house_styles().cell.derive(bold=True)
    ncols = len(widths)
    rows: list[Sequence[c.Cell]] = [[options.digits(h) for h in header]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    formats: list[c.CellFormat] = []
    number = 0
    for group in groups:
        if group.title:
            r = len(rows)
            rows.append([para(group.title, group_style, options), *([None] * (ncols - 1))])
            spans.append(((0, r), (ncols - 1, r)))
            formats.append(c.CellFormat("fill", (0, r), (-1, r), GROUP_FILL))
            if group.measures:
                formats.append(c.CellFormat("keep_rows", (0, r), (-1, r + 1)))
        for measure in group.measures:
            number += 1
            rows.append(row(number, measure))
    return c.Table(rows=rows, widths=tuple(widths), spans=tuple(spans), formats=tuple(formats),
                   footer=footer, tidy=True)
