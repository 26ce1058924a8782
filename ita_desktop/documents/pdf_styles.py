"""Content styles (documents.content.TextStyle) as the print engine's ThaiStyle: one mapping for the
PDF renderer, the tables' row measures and the Word writer's text widths."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors

from ita_desktop.documents import content as c
from ita_desktop.printing import ThaiStyle


@lru_cache(maxsize=256)
def thai_style(style: c.TextStyle) -> ThaiStyle:
    """The print engine's style for a content style (the same fields, the colour as a Color)."""
    return ThaiStyle(
        size=style.size, bold=style.bold, italic=style.italic, alignment=style.alignment,
        line_spacing=style.line_spacing, leading=style.leading,
        first_line_indent=style.first_line_indent, left_indent=style.left_indent,
        right_indent=style.right_indent, bullet_indent=style.bullet_indent,
        bullet_gap=style.bullet_gap, space_before=style.space_before,
        space_after=style.space_after, colour=colour(style.colour))


@lru_cache(maxsize=64)
def colour(value: str) -> colors.Color:
    """A content colour ("#rrggbb" or a name) as a ReportLab Color."""
    return colors.black if value.upper() in ("#000000", "BLACK") else colors.HexColor(value)
