"""A content.Document written as a Word file (.docx) with python-docx, for offices that edit the
final wording in Word.

What Word gets, block by block: paragraphs with the PDF's sizes (TH SarabunPSK points, named for
Thai as the complex-script font, ``w:cs``/``w:szCs``), indents, spacing and alignment (the PDF's
distributed is Word's Thai Distributed, ``w:jc="thaiDistribute"``); typed text as paragraphs with
the hanging indents the print engine computes (``printing.cell_flowables``); tables with fixed
column widths, header rows that repeat (``w:tblHeader``), spans, fills and a borderless footer row
kept with the last row; the memo's header as tab stops with dotted underlines and leaders;
pictures (the emblem at its printed height) and charts as PNG pictures of the very drawing the PDF
has (ReportLab draws it into a one-page PDF, pdfium turns it into pixels); each section on its own
page geometry with "- ๒ -" at the top from page 2 (a PAGE field in the section's number format,
``thaiNumbers`` for Thai digits).

Left to Word: where pages break. Spacers become space before the next paragraph, CondPageBreak
keeps the paragraph after it (a heading) with the next one, Keep and Unbreakable keep their
paragraphs with the next and their lines together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ita_desktop.documents import content as c
from ita_desktop.documents import docx_ooxml as ox
from ita_desktop.documents.docx_memo import MemoBlocks, add_picture
from ita_desktop.documents.options import RenderReport, writable

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "centre": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "distributed": WD_ALIGN_PARAGRAPH.THAI_JUSTIFY}
_VALIGN = {"top": WD_CELL_VERTICAL_ALIGNMENT.TOP, "middle": WD_CELL_VERTICAL_ALIGNMENT.CENTER,
           "bottom": WD_CELL_VERTICAL_ALIGNMENT.BOTTOM}
CHART_DPI = 200


@dataclass(frozen=True)
class WordFont:
    """The font the .docx names and how its points relate to the documents' TH SarabunPSK points
    (``scale`` real points per PSK point: 1.0 for TH SarabunPSK, TH SarabunIT๙ and TH Sarabun
    New, which Word on office PCs has; printing.fonts measures others). ``symbol`` is the font
    for the tick boxes (☐), which the Thai faces lack."""

    family: str = "TH SarabunPSK"
    scale: float = 1.0
    symbol: str = "Segoe UI Symbol"


WORD_FAMILY_PREFIX = "TH Sarabun"


def word_font() -> tuple[WordFont, str | None]:
    """The font a .docx names for the active printing font (printing.fonts), and a warning when
    it is not that font.

    An office's own TH Sarabun face (``--font``: TH SarabunIT๙, TH SarabunPSK, TH Sarabun New …,
    by the family name in the file) is named as it is, with its measured scale (1.0 for those
    faces). Any other face, the bundled Sarabun included, leaves TH SarabunPSK: the documents'
    sizes are TH SarabunPSK points and Word on an office PC has that face, while a family named
    from another file shows in Word only where that font is installed; the warning says so for
    a face the user chose."""
    from ita_desktop.printing.fonts import BUNDLED_FAMILY, active_font

    spec = active_font()
    family = font_family(spec.regular)
    if family and family.replace(" ", "").upper().startswith(
            WORD_FAMILY_PREFIX.replace(" ", "").upper()):
        return WordFont(family=family, scale=spec.scale), None
    if spec.family == BUNDLED_FAMILY:
        return WordFont(), None
    return WordFont(), (f"ไฟล์ Word ใช้ฟอนต์ {WordFont().family} แทน {family or spec.family} "
                        "ที่เลือกไว้ (Word แสดงฟอนต์อื่นได้เฉพาะในเครื่องที่ติดตั้งฟอนต์นั้น "
                        f"ส่วนฟอนต์ตระกูล {WORD_FAMILY_PREFIX} มีในเครื่องของหน่วยงานราชการทั่วไป)")


def font_family(path: str | Path) -> str | None:
    """The family name a font file gives itself (typographic family, else family), or None."""
    import uharfbuzz as hb

    try:
        face = hb.Face(hb.Blob.from_file_path(str(path)))
    except Exception:  # an unreadable file: printing.fonts has refused it already
        return None
    for name_id in (hb.OTNameIdPredefined.TYPOGRAPHIC_FAMILY, hb.OTNameIdPredefined.FONT_FAMILY):
        name = face.get_name(name_id)
        if name and name.strip():
            return name.strip()
    return None


def render_docx(document: c.Document, out: str | Path, *,
                font: WordFont = WordFont()) -> RenderReport:
    """Write ``document`` to the Word file ``out``. ``pages`` of the report is 0 (Word lays the
    pages out); a warning lists characters that cannot be in a Word file (control characters),
    which are written as ■. Raises DocumentError when ``out`` cannot be written, ValueError for a
    document without sections."""
    from ita_desktop.printing.printable import unprintable_warning

    if not document.sections:
        raise ValueError("a document needs at least one section")
    out = Path(out)
    writable(out)
    word = docx.Document()
    ox.document_defaults(word, font=font.family, size=16 * font.scale)
    word.core_properties.title = document.title
    word.core_properties.author = document.author
    word.core_properties.comments = "ITA Desktop"
    writer = _Writer(font)
    for n, section in enumerate(document.sections):
        sect = word.sections[0] if n == 0 else word.add_section(WD_SECTION.NEW_PAGE)
        writer.set_up(sect, section, thai_digits=document.thai_digits, first=n == 0)
        writer.write(section.blocks, ox.Target(word, section.page.frame_width))
        writer.pending_space, writer.pending_break, writer.pending_keep = 0.0, False, False
    word.save(str(out))
    report = RenderReport(path=out, pages=0)
    warning = unprintable_warning(writer.replaced)
    if warning:
        report.warnings.append(warning)
        report.unprintable = dict(writer.replaced)
    return report


@lru_cache(maxsize=256)
def _from_thai(style) -> c.TextStyle:
    """A content style from a printing.ThaiStyle (for the paragraphs cell_flowables lays out)."""
    r, g, b = (round(v * 255) for v in style.colour.rgb())
    return c.TextStyle(
        size=style.size, bold=style.bold, italic=style.italic, alignment=style.alignment,
        line_spacing=style.line_spacing, leading=style.leading,
        first_line_indent=style.first_line_indent, left_indent=style.left_indent,
        right_indent=style.right_indent, bullet_indent=style.bullet_indent,
        bullet_gap=style.bullet_gap, space_before=style.space_before,
        space_after=style.space_after, colour=f"#{r:02X}{g:02X}{b:02X}")


class _Writer(MemoBlocks):
    def __init__(self, font: WordFont) -> None:
        self.font = font
        self.replaced: Counter = Counter()
        self.pending_space = 0.0
        self.pending_break = False
        self.pending_keep = False
        self.paragraphs: list = []  # every paragraph written, in order (for Keep)

    # -- sections --------------------------------------------------------------------------------
    def set_up(self, sect, section: c.Section, *, thai_digits: bool, first: bool) -> None:
        page = section.page
        sect.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
        sect.page_width, sect.page_height = Pt(page.width), Pt(page.height)
        sect.left_margin, sect.right_margin = Pt(page.left), Pt(page.right)
        sect.top_margin, sect.bottom_margin = Pt(page.top), Pt(page.bottom)
        sect.header_distance = Pt(0.9 * c.CM)  # the PDF's number has its baseline 1.3 cm down
        sect.footer_distance = Pt(0.8 * c.CM)
        header = sect.header
        header.is_linked_to_previous = False
        sect.first_page_header.is_linked_to_previous = False
        p = header.paragraphs[0]
        for run in list(p.runs):
            run._r.getparent().remove(run._r)
        p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if section.page_numbers:
            rpr = self._rpr(14)
            ox.add_run(p, "- ", rpr)
            ox.add_page_field(p, rpr, "๒" if thai_digits else "2")
            ox.add_run(p, " -", rpr)
        ox.page_numbering(sect, number_format="thaiNumbers" if thai_digits else "decimal",
                          title_page=section.page_numbers and not section.numbers_first_page,
                          restart=section.restart_numbers or first)

    # -- blocks ----------------------------------------------------------------------------------
    def write(self, blocks: Sequence[c.Block], target: ox.Target) -> None:
        for block in blocks:
            self.block(block, target)

    def block(self, block: c.Block, target: ox.Target) -> None:  # noqa: C901 - one case per kind
        if isinstance(block, c.Paragraph):
            self.paragraph(target, block.runs(), block.style, bullet=block.bullet,
                           keep_with_next=block.keep_with_next, outline=block.outline)
        elif isinstance(block, c.Typed):
            self.typed(target, block.text, block.style)
        elif isinstance(block, c.Spacer):
            self.pending_space += block.height
        elif isinstance(block, c.PageBreak):
            self.pending_break = True
        elif isinstance(block, c.CondPageBreak):
            self.pending_keep = True  # Word decides page breaks: what follows keeps together
        elif isinstance(block, c.Keep | c.Unbreakable):
            previous = target.last_paragraph
            start = len(self.paragraphs)
            self.write(block.blocks, target)
            group = self.paragraphs[start:]
            if isinstance(block, c.Keep) and block.with_previous and previous is not None:
                group.insert(0, previous)
            for p in group:
                p.paragraph_format.keep_together = True
            for p in group[:-1]:
                p.paragraph_format.keep_with_next = True
        elif isinstance(block, c.Image):
            self.picture(target, block.data, height=block.height, align=block.align)
        elif isinstance(block, c.Chart):
            png, width = chart_picture(block)
            self.picture(target, png, width=width, align="centre")
        elif isinstance(block, c.Table):
            self.table(block, target)
        elif isinstance(block, c.MemoTitle):
            self.memo_title(block, target)
        elif isinstance(block, c.MemoFields):
            self.memo_fields(block, target)
        elif isinstance(block, c.DottedLines):
            self.dotted_lines(block, target)
        elif isinstance(block, c.TickBoxes):
            self.tick_boxes(block, target)
        else:
            raise TypeError(f"not a content block: {block!r}")

    def _rpr(self, size: float, *, bold: bool = False, italic: bool = False,
             colour: str = "#000000", underline: str | None = None, symbol: bool = False):
        return ox.run_properties(font=self.font.family, size=size * self.font.scale, bold=bold,
                                 italic=italic, colour=colour, underline=underline,
                                 symbol_font=self.font.symbol if symbol else None)

    def _run(self, p, text: str, rpr) -> None:
        self.replaced.update(ox.add_run(p, text, rpr))

    def new_paragraph(self, target: ox.Target, style: c.TextStyle):
        """A paragraph formatted as ``style`` (size of its mark, indents, spacing, alignment),
        taking any space and page break pending from the blocks before it."""
        p = target.paragraph()
        self.paragraphs.append(p)
        pf = p.paragraph_format
        pf.alignment = _ALIGN[style.alignment]
        if style.left_indent:
            pf.left_indent = Pt(style.left_indent)
        if style.first_line_indent:
            pf.first_line_indent = Pt(style.first_line_indent)
        if style.right_indent:
            pf.right_indent = Pt(style.right_indent)
        before = style.space_before + self.pending_space
        self.pending_space = 0.0
        if before:
            pf.space_before = Pt(before)
        if style.space_after:
            pf.space_after = Pt(style.space_after)
        if style.leading is not None:
            pf.line_spacing = Pt(style.leading / self.font.scale if self.font.scale else 1)
        elif style.line_spacing != 1.0:
            pf.line_spacing = style.line_spacing
        if self.pending_break:
            pf.page_break_before = True
            self.pending_break = False
        if self.pending_keep:
            pf.keep_with_next = True
            self.pending_keep = False
        mark = self._rpr(style.size, bold=style.bold)
        ppr = p._p.get_or_add_pPr()
        ox.put(ppr, mark, _PPR_TAIL)
        return p

    def paragraph(self, target: ox.Target, runs: Sequence[c.Run], style: c.TextStyle, *,
                  bullet: str | None = None, keep_with_next: bool = False,
                  outline: int | None = None):
        p = self.new_paragraph(target, style)
        pf = p.paragraph_format
        if bullet:
            pf.left_indent = Pt(style.left_indent)
            pf.first_line_indent = Pt(style.bullet_indent - style.left_indent)
            pf.tab_stops.add_tab_stop(Pt(style.left_indent))
            self._run(p, bullet + "\t", self._rpr(style.size, bold=style.bold,
                                                  italic=style.italic, colour=style.colour))
        for run in runs:
            if run.text:
                self._run(p, run.text, self._rpr(style.size, bold=run.bold, italic=run.italic,
                                                 colour=style.colour))
        if keep_with_next:
            pf.keep_with_next = True
        if outline is not None:
            ox.outline_level(p, outline)
        return p

    def typed(self, target: ox.Target, text: str, style: c.TextStyle) -> None:
        """Typed text as the print engine lays it out: one Word paragraph per paragraph or list
        item, with cell_flowables' indents (its bullet hangs in front of a tab)."""
        from ita_desktop.documents.pdf_styles import thai_style
        from ita_desktop.printing.celltext import cell_flowables, parse_cell_text

        blocks = parse_cell_text(text)
        laid = cell_flowables(text, thai_style(style))
        for block, flowable in zip(blocks, laid, strict=True):
            body = "\n".join(block.lines)
            self.paragraph(target, [c.Run(body, style.bold, style.italic)],
                           _from_thai(flowable.style), bullet=block.marker)

    def picture(self, target: ox.Target, data: bytes, *, height: float | None = None,
                width: float | None = None, align: str = "centre") -> None:
        p = self.new_paragraph(target, c.TextStyle(alignment=align if align in _ALIGN
                                                   else "centre"))
        add_picture(p.add_run(), data, height=Pt(height) if height else None,
                     width=Pt(width) if width else None)

    # -- tables ----------------------------------------------------------------------------------
    def table(self, block: c.Table, target: ox.Target) -> None:
        if target.last_table or self.pending_break or self.pending_space:
            # Word joins adjacent tables, and a table cannot carry space or a page break before
            # it: a paragraph one point high takes them
            spacer = self.new_paragraph(target, c.TextStyle(size=1))
            spacer.paragraph_format.line_spacing = Pt(1)
        ncols = len(block.widths)
        footer_row = len(block.rows)
        table = target.table(footer_row + (block.footer is not None), ncols)
        widths = list(block.widths)
        ox.table_geometry(table, widths, padding=block.padding, centred=block.align == "centre")
        ox.table_borders(table, block.grid)
        body_style, header_style = block.cell_styles()
        covered: set[tuple[int, int]] = set()
        for start, end in block.spans:
            cells = list(block.cell_range(start, end))
            (c0, r0), (c1, r1) = cells[0], cells[-1]
            if (c0, r0) != (c1, r1):
                table.cell(r0, c0).merge(table.cell(r1, c1))
            covered.update(cells[1:])
        if block.footer is not None:
            table.cell(footer_row, 0).merge(table.cell(footer_row, ncols - 1))
        _cell_widths(table, widths)
        row_paragraphs: list[list] = []
        for r, row in enumerate(block.rows):
            start = len(self.paragraphs)
            style = header_style if r < block.header_rows else body_style
            for col, value in enumerate(row):
                if (col, r) in covered:
                    continue
                cell = table.cell(r, col)
                self._cell(cell, value, style, _inner_width(block, col, r))
            row_paragraphs.append(self.paragraphs[start:])
            if r < block.header_rows:
                ox.row_flags(table.rows[r], header=True)
                if block.header_fill:
                    for col in range(ncols):
                        if (col, r) not in covered:
                            ox.cell_fill(table.cell(r, col), block.header_fill)
        for f in block.formats:
            self._format(table, block, f, covered, row_paragraphs)
        if block.footer is not None:
            cell = table.cell(footer_row, 0)
            self._cell(cell, [block.footer], body_style, sum(widths) - 2 * block.padding)
            ox.cell_no_borders(cell)
            ox.row_flags(table.rows[footer_row], cant_split=True)
            for p in row_paragraphs[-1] if row_paragraphs else []:
                p.paragraph_format.keep_with_next = True
        for r, row in enumerate(block.rows):
            if any(isinstance(v, Sequence) and not isinstance(v, str)
                   and any(isinstance(b, c.Unbreakable) for b in v) for v in row):
                ox.row_flags(table.rows[r], cant_split=True)

    def _cell(self, cell, value: c.Cell, style: c.TextStyle, width: float) -> None:
        target = ox.Target(cell, width, first=cell.paragraphs[0])
        if value is None or value == "":
            self.new_paragraph(target, style)
        elif isinstance(value, str):
            self.typed(target, value, style)
        elif isinstance(value, c.Paragraph):
            self.block(value, target)
        else:
            self.write(value, target)
            if target._first is not None:  # nothing but spacers
                self.new_paragraph(target, style)

    def _format(self, table, block: c.Table, f: c.CellFormat, covered, row_paragraphs) -> None:
        cells = [(col, r) for col, r in block.cell_range(f.start, f.end) if (col, r) not in covered]
        if f.kind == "keep_rows":
            rows = sorted({r for _, r in cells})
            for r in rows[:-1]:
                for p in row_paragraphs[r]:
                    p.paragraph_format.keep_with_next = True
            return
        for col, r in cells:
            cell = table.cell(r, col)
            if f.kind == "fill":
                ox.cell_fill(cell, str(f.value))
            elif f.kind == "valign":
                cell.vertical_alignment = _VALIGN[str(f.value)]
            else:
                ox.cell_margin(cell, f.kind.removeprefix("pad_"), float(f.value or 0))


_PPR_TAIL = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")


def _inner_width(block: c.Table, col: int, row: int) -> float:
    """Width in points left for text in the cell at (col, row): its span less its paddings."""
    left = right = block.padding
    for f in block.formats:
        if f.kind in ("pad_left", "pad_right") and (col, row) in set(block.cell_range(f.start,
                                                                                    f.end)):
            if f.kind == "pad_left":
                left = float(f.value or 0)
            else:
                right = float(f.value or 0)
    return _span_width(block, col, row) - left - right


def _span_width(block: c.Table, col: int, row: int) -> float:
    """Width in points of the cell at (col, row), over the columns its span covers."""
    for start, end in block.spans:
        cells = list(block.cell_range(start, end))
        if cells and cells[0] == (col, row):
            return sum(block.widths[c0] for c0 in range(cells[0][0], cells[-1][0] + 1))
    return block.widths[col]


def _cell_widths(table, widths: list[float]) -> None:
    """Every cell's ``w:tcW`` from the grid columns it spans (Word wants them with fixed
    layout; LibreOffice lays cells out by them)."""
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcpr = tc.get_or_add_tcPr()
            ox.put(tcpr, ox.element("w:tcW", w=ox.twips(sum(widths[col:col + span])),
                                    type="dxa"), ox._TCPR_ORDER)
            col += span


def chart_picture(block: c.Chart, dpi: int = CHART_DPI) -> tuple[bytes, float]:
    """(PNG bytes, width in points) of the chart the PDF draws for ``block``: ReportLab draws it
    on a page of its own size, pdfium renders that page at ``dpi``. A picture keeps the look of the
    PDF in Word; its figures are in the tables beside every chart."""
    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    from ita_desktop.documents.pdf_render import chart
    from ita_desktop.printing import canvas_kwargs

    drawing = chart(block)
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(drawing.width, drawing.height), **canvas_kwargs())
    drawing.drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    pdf = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    png = BytesIO()
    image.save(png, format="PNG", optimize=True)
    return png.getvalue(), drawing.width

