"""The memo's own blocks in a Word file (content.MemoTitle, MemoFields, DottedLines, TickBoxes),
for docx_render's writer: the title line with the emblem and a centre tab, header rows as tab
stops with dotted underlines, dotted lines to write on and tick boxes (☐ in a symbol font);
and add_picture, which the writer uses for every picture.
Lengths are points, sizes TH SarabunPSK points (the writer scales them for its font).
"""

from __future__ import annotations

from io import BytesIO

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt

from ita_desktop.documents import content as c
from ita_desktop.documents.docx_ooxml import Target

MEMO_LABEL_GAP = 0.2 * c.CM  # as pdf_blocks.FieldRow
MEMO_CELL_GAP = 0.3 * c.CM
WIDTH_MARGIN = 1.08  # text measured with Sarabun; leave room for TH SarabunPSK's own widths


def add_picture(run, data: bytes, **size) -> None:
    """The picture in ``run``; one python-docx cannot read (a JPEG with markers it does not know,
    which the print engine reads) goes in as the PNG Pillow makes of it."""
    from docx.image.exceptions import UnrecognizedImageError

    try:
        run.add_picture(BytesIO(data), **size)
    except (UnrecognizedImageError, ValueError, KeyError, IndexError):
        from PIL import Image as PILImage

        png = BytesIO()
        PILImage.open(BytesIO(data)).save(png, format="PNG")
        run.add_picture(BytesIO(png.getvalue()), **size)


class MemoBlocks:
    """The memo's blocks, mixed into docx_render's writer (which provides ``paragraph``,
    ``new_paragraph``, ``_rpr`` and ``_run``)."""

    def memo_title(self, block: c.MemoTitle, target: Target) -> None:
        if not block.emblem:
            self.paragraph(target, [c.Run(block.title, True)],
                           c.TextStyle(size=block.size, bold=True, alignment="centre"))
            return
        p = self.new_paragraph(target, c.TextStyle(size=block.size, bold=True))
        p.paragraph_format.tab_stops.add_tab_stop(Pt(target.width / 2), WD_TAB_ALIGNMENT.CENTER)
        add_picture(p.add_run(), block.emblem, height=Pt(block.emblem_height))
        self._run(p, "\t" + block.title, self._rpr(block.size, bold=True))

    def memo_fields(self, block: c.MemoFields, target: Target) -> None:
        """Label, tab, the value over a dotted underline, an underlined tab to the field's end;
        a long value wraps under itself (a hanging indent at the first value)."""
        from ita_desktop.printing import pt, text_width

        width = target.width
        p = self.new_paragraph(target, c.TextStyle(size=block.value_size))
        pf = p.paragraph_format
        stops = pf.tab_stops
        label = self._rpr(block.label_size, bold=True)
        value = self._rpr(block.value_size, underline="dotted")
        for n, f in enumerate(block.fields):
            x0 = f.start * width
            x1 = f.end * width - (MEMO_CELL_GAP if n < len(block.fields) - 1 else 0)
            label_w = text_width(f.label, pt(block.label_size), bold=True) * WIDTH_MARGIN
            vx = x0 + label_w + MEMO_LABEL_GAP
            if n == 0:
                pf.left_indent = Pt(vx)
                pf.first_line_indent = Pt(x0 - vx)
            else:
                stops.add_tab_stop(Pt(x0))
                self._run(p, "\t", self._rpr(block.value_size))
            stops.add_tab_stop(Pt(vx))
            stops.add_tab_stop(Pt(x1), WD_TAB_ALIGNMENT.RIGHT)
            self._run(p, f.label + "\t", label)
            self._run(p, " ".join(f.value.split("\n")) + "\t", value)

    def dotted_lines(self, block: c.DottedLines, target: Target) -> None:
        """Each line a tab with a dotted underline to a right tab stop (the look of the memo's
        fields; LibreOffice draws no leader dots for a tab that ends a paragraph)."""
        width = min(block.width or target.width, target.width)
        x0 = (target.width - width) / 2 if block.centred else 0.0
        for _ in range(block.count):
            p = self.new_paragraph(target, c.TextStyle(size=block.size, left_indent=x0,
                                                       line_spacing=1.3))
            p.paragraph_format.tab_stops.add_tab_stop(Pt(x0 + width - 1), WD_TAB_ALIGNMENT.RIGHT)
            self._run(p, "\t\u200b", self._rpr(block.size, underline="dotted"))

    def tick_boxes(self, block: c.TickBoxes, target: Target) -> None:
        from ita_desktop.printing import pt, text_width

        p = self.new_paragraph(target, c.TextStyle(size=block.size, left_indent=0.3 * c.CM,
                                                   line_spacing=1.3))
        size = pt(block.size)
        x = 0.3 * c.CM
        for n, label in enumerate(block.labels):
            if n:
                p.paragraph_format.tab_stops.add_tab_stop(Pt(x))
                self._run(p, "\t", self._rpr(block.size))
            self._run(p, "☐", self._rpr(block.size, symbol=True))
            self._run(p, " " + label, self._rpr(block.size))
            x += (0.62 * size + 0.2 * c.CM + text_width(label, size)) * WIDTH_MARGIN + 0.8 * c.CM
