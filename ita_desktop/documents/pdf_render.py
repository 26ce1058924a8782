"""A content.Document drawn as a PDF with the Thai print engine.

Each block becomes the flowable the documents have always used: Paragraph → ThaiParagraph,
Typed → ``printing.cell_flowables``, Table → ``printing.thai_table`` (or, with a footer or
``tidy``, ``documents.tables.footed_table`` and its page-break rules), Chart → ``printing.charts``,
the memo's blocks → ``documents.pdf_blocks``; each section gets a page template with its
geometry and its page numbers. No layout rule is restated here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Image as RLImage

from ita_desktop.documents import content as c
from ita_desktop.documents import pdf_blocks
from ita_desktop.documents.options import DocumentOptions, RenderReport, writable
from ita_desktop.documents.pdf_styles import colour, thai_style
from ita_desktop.printing import (
    Span,
    ThaiParagraph,
    canvas_kwargs,
    cell_flowables,
    draw_text,
    pt,
    thai_table,
)

_VALIGN = {"top": "TOP", "middle": "MIDDLE", "bottom": "BOTTOM"}
_PADDING = {"pad_left": "LEFTPADDING", "pad_right": "RIGHTPADDING", "pad_top": "TOPPADDING",
            "pad_bottom": "BOTTOMPADDING"}


def paragraph(block: c.Paragraph) -> ThaiParagraph:
    text = block.text if isinstance(block.text, str) else [Span(*run) for run in block.text]
    p = ThaiParagraph(text, thai_style(block.style), bullet=block.bullet)
    if block.keep_with_next:
        p.keepWithNext = 1
    return p


def flowables(blocks: Sequence[c.Block], width: float) -> list[Flowable]:
    """The flowables of ``blocks`` laid out in a frame ``width`` points wide."""
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, c.Keep) and block.with_previous and out:
            group = [out.pop()]
            while out and getattr(out[-1], "keepWithNext", 0):
                group.insert(0, out.pop())  # a heading goes with the paragraph it heads
            out.append(KeepTogether([*group, *flowables(block.blocks, width)]))
        else:
            out.extend(_flowables(block, width))
    return out


def _flowables(block: c.Block, width: float) -> list[Flowable]:  # noqa: C901 - one case per kind
    if isinstance(block, c.Paragraph):
        return [paragraph(block)]
    if isinstance(block, c.Typed):
        return list(cell_flowables(block.text, thai_style(block.style)))
    if isinstance(block, c.Spacer):
        return [Spacer(1, block.height)]
    if isinstance(block, c.PageBreak):
        return [PageBreak()]
    if isinstance(block, c.CondPageBreak):
        return [CondPageBreak(block.height)]
    if isinstance(block, c.Keep):
        return [KeepTogether(flowables(block.blocks, width))]
    if isinstance(block, c.Unbreakable):
        from ita_desktop.documents.tables import Unbreakable

        return [Unbreakable(flowables(block.blocks, width))]
    if isinstance(block, c.Image):
        w, h = ImageReader(BytesIO(block.data)).getSize()
        image = RLImage(BytesIO(block.data), width=w * block.height / h, height=block.height)
        image.hAlign = {"left": "LEFT", "right": "RIGHT"}.get(block.align, "CENTER")
        return [image]
    if isinstance(block, c.Chart):
        return [chart(block)]
    if isinstance(block, c.Table):
        return [table(block, width)]
    if isinstance(block, c.MemoTitle):
        emblem = ImageReader(BytesIO(block.emblem)) if block.emblem else None
        return [pdf_blocks.TitleBlock(block.title, emblem, emblem_height=block.emblem_height,
                                      size=block.size)]
    if isinstance(block, c.MemoFields):
        return [pdf_blocks.FieldRow([(f.label, f.value, f.start, f.end) for f in block.fields],
                                    label_size=block.label_size, value_size=block.value_size)]
    if isinstance(block, c.DottedLines):
        return [pdf_blocks.Dotted(block.count, block.width, block.centred, block.size)]
    if isinstance(block, c.TickBoxes):
        return [pdf_blocks.TickBoxes(list(block.labels), block.size)]
    raise TypeError(f"not a content block: {block!r}")


def chart(block: c.Chart) -> Flowable:
    """The ReportLab chart of a content.Chart (``printing.charts``, imported here: documents
    without charts do not pay for ReportLab's graphics)."""
    from ita_desktop.printing.charts import indicator_chart, tool_chart, years_chart

    points = list(block.points)
    kw: dict = {"width": block.width, "reference": block.reference,
                "thai_digits": block.thai_digits}
    if block.height is not None:
        kw["height"] = block.height
    if block.kind == "tools":
        kw.pop("height", None)
        if block.label_width is not None:
            kw["label_width"] = block.label_width
        return tool_chart(points, **kw)
    if block.kind == "indicators":
        return indicator_chart(points, **kw)
    return years_chart(points, **kw)


def _cell(value: c.Cell, width: float):
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, c.Paragraph):
        return paragraph(value)
    return flowables(value, width)


def table(block: c.Table, width: float) -> Flowable:
    """The thai_table of a content.Table (footed_table when it has a footer or ``tidy``)."""
    rows = [[_cell(v, w) for v, w in zip(row, block.widths, strict=True)] for row in block.rows]
    extra: list[tuple] = []
    for f in block.formats:
        if f.kind == "fill":
            extra.append(("BACKGROUND", f.start, f.end, colour(str(f.value))))
        elif f.kind == "valign":
            extra.append(("VALIGN", f.start, f.end, _VALIGN[str(f.value)]))
        elif f.kind == "keep_rows":
            extra.append(("NOSPLIT", f.start, f.end))
        else:
            extra.append((_PADDING[f.kind], f.start, f.end, float(f.value or 0)))
    spans = [tuple(span) for span in block.spans]
    if block.footer is not None or block.tidy:
        from ita_desktop.documents.tables import footed_table

        footer = None
        if block.footer is not None:
            parts = _flowables(block.footer, width)
            footer = parts[0] if len(parts) == 1 else KeepTogether(parts)
        out = footed_table(rows, list(block.widths), spans=spans, extra=extra, footer=footer)
    else:
        out = thai_table(
            rows, list(block.widths), header_rows=block.header_rows,
            style=thai_style(block.style) if block.style else None,
            header_style=thai_style(block.header_style) if block.header_style else None,
            padding=block.padding, grid=block.grid,
            header_fill=colour(block.header_fill) if block.header_fill else None,
            spans=spans, extra_style=extra)
    if block.align == "centre":
        out.hAlign = "CENTER"
    return out


def render_pdf(document: c.Document, out: str | Path, options: DocumentOptions) -> RenderReport:
    """Write ``document`` to the PDF file ``out``: each section on its own page template
    (geometry), starting on a new page, its page numbers counted from 1 or going on from the
    section before (content.Section). Raises DocumentError when ``out`` cannot be written,
    ValueError for a document without sections."""
    if not document.sections:
        raise ValueError("a document needs at least one section")
    out = Path(out)
    writable(out)
    first = document.sections[0].page
    doc = BaseDocTemplate(str(out), pagesize=(first.width, first.height), title=document.title,
                          author=document.author, creator="ITA Desktop", **canvas_kwargs())
    first_pages: dict[int, int] = {}  # section → the page it starts on
    templates, story = [], []
    counted_from = 0  # the section whose first page is number 1
    for n, section in enumerate(document.sections):
        if section.restart_numbers:
            counted_from = n
        page = section.page
        frame = Frame(page.left, page.bottom, page.frame_width, page.frame_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"body{n}")
        draw_number = page_number_drawer(page, options, page_numbers=section.page_numbers,
                                         first_page_number=section.numbers_first_page)

        def on_page(canv, _doc, n=n, counted_from=counted_from, draw_number=draw_number):
            number = canv.getPageNumber()
            first_pages.setdefault(n, number)
            canv.saveState()
            draw_number(canv, number - first_pages[counted_from] + 1)
            canv.restoreState()

        templates.append(PageTemplate(id=f"section{n}", frames=[frame],
                                      pagesize=(page.width, page.height), onPage=on_page))
        if n:
            story += [NextPageTemplate(f"section{n}"), PageBreak()]
        story += flowables(section.blocks, page.frame_width)
    doc.addPageTemplates(templates)
    doc.build(story)
    return RenderReport(path=out, pages=doc.page)


def page_number_drawer(page: c.Page, options: DocumentOptions, *, page_numbers: bool = True,
                       first_page_number: bool = False) -> Callable:
    """``draw(canvas, number)``: "- number -" (the chosen digits, 14 PSK points) at the top
    centre of ``page``, its baseline 1.3 cm from the top edge, as Thai official documents have
    it, from page 2 unless ``first_page_number``; nothing when not ``page_numbers``."""

    def draw(canv, number: int) -> None:
        if page_numbers and (number > 1 or first_page_number):
            draw_text(canv, page.width / 2, page.height - 1.3 * c.CM,
                      options.digits(f"- {number} -"), pt(14), align="centre")

    return draw
