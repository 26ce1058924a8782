"""Paragraphs and list items from text staff typed into a cell or a text box.

Rules (measures documents are full of numbered steps and dashed bullets):

- A blank line separates paragraphs (one gap however many blank lines).
- A line starting with a list marker starts a list item with a hanging indent: ``๑.`` ``1.`` ``1)``
  ``(๑)``, ``๑.๑`` (followed by a space, and only after a numbered item, so "1.5 ล้านบาท" stays
  text), ``-`` ``–`` ``•`` ``*`` (not followed by a digit, so "-5" stays text). Markers print as typed, or with Thai/Arabic digits if asked.
- Any other line break is kept as typed: a line without a marker continues the item or paragraph
  above it on a new line.
- Bullet items right after a numbered item are nested under its text; leading spaces (3 per
  level, a tab counts 4) nest further.

Everything is printed literally: ``<b>`` or ``&`` are text, never markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ita_desktop.printing.drawing import text_width
from ita_desktop.printing.paragraph import ThaiParagraph, ThaiStyle
from ita_desktop.printing.thaidate import digits

_MARKER = re.compile(
    r"^(?P<indent>[ \t]*)"
    r"(?P<marker>\d+(?:\.\d+)+(?=\s)|\d+[.)](?!\d)|\(\d+\)|[-–•●▪*](?!\d))"
    r"[ \t]*(?P<rest>.*)$"
)
_MAX_LEVEL = 3


@dataclass
class _Block:
    marker: str | None
    level: int
    lines: list[str] = field(default_factory=list)
    gap_before: bool = False

    @property
    def numbered(self) -> bool:
        return self.marker is not None and self.marker[-1:] not in "-–•●▪*"


def _indent_width(indent: str) -> int:
    return indent.count(" ") + 4 * indent.count("\t")


def parse_cell_text(text: str) -> list[_Block]:
    """Split typed text into blocks (paragraphs / list items) following the module's rules."""
    blocks: list[_Block] = []
    gap = False
    in_numbered = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            gap = bool(blocks)
            in_numbered = False
            continue
        m = _MARKER.match(line)
        if m and "." in m.group("marker")[:-1] and not any(b.numbered for b in blocks):
            m = None  # "1.5 ล้านบาท": a sub-number like ๑.๑ only counts inside a numbered list
        if m:
            block = _Block(m.group("marker"), min(_indent_width(m.group("indent")) // 3, _MAX_LEVEL),
                           [m.group("rest")], gap)
            if block.numbered:
                in_numbered = True
            elif in_numbered:
                block.level = min(block.level + 1, _MAX_LEVEL)
            blocks.append(block)
        elif blocks and not gap:
            blocks[-1].lines.append(line.strip() if blocks[-1].marker else line)
        else:
            blocks.append(_Block(None, 0, [line], gap))
            in_numbered = False
        gap = False
    return blocks


def cell_flowables(text: str, style: ThaiStyle | None = None, *, marker_digits: str | None = None,
                   paragraph_gap: float | None = None) -> list[ThaiParagraph]:
    """Flowables for typed ``text``: ThaiParagraphs, list items with hanging indents.

    ``style`` is the base paragraph style (its ``left_indent`` is the list's left edge);
    ``marker_digits`` "thai"/"arabic" converts the digits of list numbers (None: as typed);
    ``paragraph_gap`` (points) is the space a blank line makes, by default half a line.
    Empty text gives an empty list. Raises ValueError for another ``marker_digits``.
    """
    if marker_digits not in (None, "thai", "arabic"):
        raise ValueError("marker_digits must be None, 'thai' or 'arabic'")
    style = style or ThaiStyle()
    blocks = parse_cell_text(text)
    if not blocks:
        return []
    spec = style.spec()
    size = spec.pt(style.size)
    gap = style.line_leading() * 0.5 if paragraph_gap is None else paragraph_gap
    space = size * 0.3
    for b in blocks:
        if b.marker and marker_digits:
            b.marker = digits(b.marker, thai=marker_digits == "thai")

    def column(level: int, numbered: bool) -> float:
        widths = [text_width(b.marker, size, bold=style.bold, font=spec) for b in blocks
                  if b.marker and b.level == level and b.numbered == numbered]
        return (max(widths) if widths else 0.0) + space

    columns: dict[tuple[int, bool], float] = {}
    starts = [style.left_indent]  # x where the text of each level starts
    for level in range(_MAX_LEVEL + 1):
        kinds = {b.numbered for b in blocks if b.marker and b.level == level}
        for numbered in kinds:
            columns[level, numbered] = column(level, numbered)
        widest = max((columns[level, k] for k in kinds), default=0.0)
        starts.append(starts[-1] + widest)

    out: list[ThaiParagraph] = []
    for n, b in enumerate(blocks):
        before = gap if (b.gap_before and n) else 0.0
        body = "\n".join(b.lines)
        if b.marker is None:
            out.append(ThaiParagraph(body, style.derive(space_before=before)))
            continue
        x0 = starts[b.level]
        item_style = style.derive(
            bullet_indent=x0,
            left_indent=x0 + columns[b.level, b.numbered],
            first_line_indent=0.0,
            bullet_gap=space * 0.5,
            space_before=before,
        )
        out.append(ThaiParagraph(body, item_style, bullet=b.marker))
    return out
