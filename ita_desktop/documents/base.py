"""What every document shares: options, errors, styles, page templates, digits and signatures.

Sizes are TH SarabunPSK points (converted by the active font's metrics, see printing.fonts);
lengths are ReportLab points (use ``cm``). A4 portrait for memos and the analysis report, A4
landscape for the measures and results tables.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from ita_desktop.documents.options import (  # noqa: E402,F401 - re-exported for documents
    GROUPS,
    KINDS,
    MEASURE_COLUMNS,
    DocumentError,
    DocumentOptions,
    EmptyDocumentError,
    RenderReport,
)
from ita_desktop.printing import ThaiParagraph, ThaiStyle, canvas_kwargs, draw_text, pt


@dataclass(frozen=True)
class Styles:
    """The house styles (TH SarabunPSK points): body 16, headings 18 bold, title 20 bold."""

    body: ThaiStyle
    body_indented: ThaiStyle
    plain: ThaiStyle
    centre: ThaiStyle
    heading: ThaiStyle
    title: ThaiStyle
    small: ThaiStyle
    cell: ThaiStyle
    cell_centre: ThaiStyle
    header_cell: ThaiStyle


def styles() -> Styles:
    body = ThaiStyle(size=16, alignment="distributed")
    return Styles(
        body=body,
        body_indented=body.derive(first_line_indent=2.5 * cm),
        plain=ThaiStyle(size=16),
        centre=ThaiStyle(size=16, alignment="centre"),
        heading=ThaiStyle(size=18, bold=True, space_before=6, space_after=3),
        title=ThaiStyle(size=20, bold=True, alignment="centre", space_after=6),
        small=ThaiStyle(size=14),
        cell=ThaiStyle(size=14),
        cell_centre=ThaiStyle(size=14, alignment="centre"),
        header_cell=ThaiStyle(size=14, bold=True, alignment="centre"),
    )


def para(text: object, style: ThaiStyle, options: DocumentOptions) -> ThaiParagraph:
    """A shaped paragraph of ``text`` (printed literally) with the chosen digits."""
    return ThaiParagraph(options.digits(text), style)


def signature_block(name: str, position: str, options: DocumentOptions, *,
                    lines: Sequence[str] = (), indent: float = 7 * cm,
                    space_before: float = 1.2 * cm) -> Flowable:
    """The signature block right of centre: a gap to sign in, "(name)", the position and any
    further lines (e.g. a second position line). Kept together on one page."""
    return KeepTogether(signature_lines(name, position, options, lines=lines, indent=indent,
                                        space_before=space_before))


def signature_lines(name: str, position: str, options: DocumentOptions, *,
                    lines: Sequence[str] = (), indent: float = 7 * cm,
                    space_before: float = 1.2 * cm) -> list[Flowable]:
    """The flowables of :func:`signature_block` as a plain list, to put inside a larger
    KeepTogether: ReportLab's KeepTogether always reports an oversized height from ``wrap``, so
    one nested in another forces a page break even when everything fits."""
    style = ThaiStyle(size=16, alignment="centre", left_indent=indent)
    parts: list[Flowable] = [Spacer(1, space_before)]
    parts.append(para(f"({name.strip() or ' ' * 40})", style, options))
    for line in (position, *lines):
        if line:
            parts.append(para(line, style, options))
    return parts


@dataclass(frozen=True)
class Page:
    """Page geometry in points. Memo margins per ระเบียบงานสารบรรณ: left 3 cm, right 2 cm."""

    size: tuple[float, float] = A4
    left: float = 3 * cm
    right: float = 2 * cm
    top: float = 2.5 * cm
    bottom: float = 2 * cm

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.left - self.right


PORTRAIT = Page()
LANDSCAPE = Page(size=landscape(A4), left=1.5 * cm, right=1.5 * cm, top=2 * cm, bottom=1.5 * cm)


def writable(out: Path) -> None:
    """Make ``out``'s folder and check the file can be written. Raises DocumentError if not."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "ab"):
            pass
    except OSError as exc:
        raise DocumentError(f"บันทึกไฟล์ {out} ไม่ได้ ({exc.strerror or exc})") from exc


def page_number_drawer(page: Page, options: DocumentOptions, *, page_numbers: bool = True,
                       first_page_number: bool = False) -> Callable:
    """``draw(canvas, number)``: "- number -" (the chosen digits, 14 PSK points) at the top
    centre of ``page``, as Thai official documents have it, from page 2 unless
    ``first_page_number``; nothing when not ``page_numbers``."""

    def draw(canv, number: int) -> None:
        if page_numbers and (number > 1 or first_page_number):
            draw_text(canv, page.size[0] / 2, page.size[1] - 1.3 * cm,
                      options.digits(f"- {number} -"), pt(14), align="centre")

    return draw


def build_pdf(out: Path, story: list[Flowable], options: DocumentOptions, *, page: Page = PORTRAIT,
              title: str = "", author: str = "", page_numbers: bool = True,
              first_page_number: bool = False,
              on_page: Callable | None = None) -> RenderReport:
    """Lay out ``story`` into ``out``; page numbers (Thai digits by default) at the top centre,
    as Thai official documents have them, from page 2 unless ``first_page_number``.

    Raises DocumentError when ``out`` cannot be written.
    """
    out = Path(out)
    writable(out)
    draw_number = page_number_drawer(page, options, page_numbers=page_numbers,
                                     first_page_number=first_page_number)

    def decorate(canv, doc):
        canv.saveState()
        draw_number(canv, canv.getPageNumber())
        if on_page:
            on_page(canv, doc)
        canv.restoreState()

    frame = Frame(page.left, page.bottom, page.frame_width, page.size[1] - page.top - page.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc = BaseDocTemplate(str(out), pagesize=page.size, title=title, author=author,
                          creator="ITA Desktop", **canvas_kwargs())
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(story)
    return RenderReport(path=out, pages=doc.page)


@dataclass(frozen=True)
class Part:
    """One document inside a combined PDF: its flowables, its page geometry, and its page
    numbers: ``restart_numbers`` counts from 1 again at its first page (else the numbers go on
    from the part before), ``number_first_page`` prints a number on that first page."""

    story: Sequence[Flowable]
    page: Page = PORTRAIT
    restart_numbers: bool = True
    number_first_page: bool = False


class _PartStart(ActionFlowable):
    """Marks the first page of a Part for the page numbers (applied once that page began)."""

    def __init__(self, part: Part) -> None:
        super().__init__()
        self.part = part

    def apply(self, doc) -> None:
        if self.part.restart_numbers:
            doc.number_base = doc.page - 1
        doc.part_first_page = doc.page
        doc.number_part_first = self.part.number_first_page or not self.part.restart_numbers

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return 0, 0


def build_parts(out: Path, parts: Sequence[Part], options: DocumentOptions, *, title: str = "",
                author: str = "") -> RenderReport:
    """Lay out several documents into one PDF at ``out``, each part starting on a new page of
    its own geometry (a portrait report followed by landscape tables, a memo followed by its
    attachments), with page numbers (the chosen digits) at the top centre as each Part says.

    Raises DocumentError when ``out`` cannot be written.
    """
    out = Path(out)
    writable(out)
    templates: dict[Page, str] = {}
    for part in parts:
        templates.setdefault(part.page, f"page{len(templates)}")

    def numbers(canv, doc):
        number = doc.page - getattr(doc, "number_base", 0)
        if doc.page == getattr(doc, "part_first_page", 1) and not getattr(
                doc, "number_part_first", False):
            return
        page = doc.pageTemplate.page
        canv.saveState()
        draw_text(canv, page.size[0] / 2, page.size[1] - 1.3 * cm,
                  options.digits(f"- {number} -"), pt(14), align="centre")
        canv.restoreState()

    page_templates = []
    for page, name in templates.items():
        frame = Frame(page.left, page.bottom, page.frame_width,
                      page.size[1] - page.top - page.bottom, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0, id=f"{name}-body")
        template = PageTemplate(id=name, frames=[frame], pagesize=page.size, onPageEnd=numbers)
        template.page = page
        page_templates.append(template)
    story: list[Flowable] = []
    for n, part in enumerate(parts):
        if n:
            story += [NextPageTemplate(templates[part.page]), PageBreak()]
        story.append(_PartStart(part))
        story += list(part.story)
    doc = BaseDocTemplate(str(out), pagesize=parts[0].page.size, title=title, author=author,
                          creator="ITA Desktop", **canvas_kwargs())
    doc.addPageTemplates(page_templates)
    doc.build(story)
    return RenderReport(path=out, pages=doc.page)
