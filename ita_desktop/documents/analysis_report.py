"""The analysis report (รายงานการวิเคราะห์ผลการประเมิน ITA), A4 portrait, as content
(documents.content: drawn as the PDF by pdf_render, written as a .docx by docx_render).

Cover · คำนำ · ๑ principles (tools and weights, computation, rating table, all from the year's
framework) · ๒ results (total and rating, tool and indicator tables, charts, change across the
stored years) · ๓ per indicator · ๔ per analysis issue · ๕ limitations · ๖ recommendations ·
the reporter's signature. Principles and sections ๓–๖ are in analysis_sections.py.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ita_desktop.documents import content as c
from ita_desktop.documents.analysis_sections import (
    HIGHLIGHT,
    NOT_SCORED,
    RATING_BLANK,
    closing_sections,
    indicator_section,
    issue_section,
    number,
    principles,
    rating_text,
    score_text,
    small_heading,
    text_of,
    typed,
    verdict,
)
from ita_desktop.documents.content import Styles
from ita_desktop.documents.content_tables import image_size, para
from ita_desktop.documents.context import DocumentContext
from ita_desktop.documents.memo import emblem_problem
from ita_desktop.documents.options import DocumentError, DocumentOptions, RenderReport
from ita_desktop.documents.tables import place_text
from ita_desktop.numbers import round2
from ita_desktop.printing.thaidate import thai_date
from ita_desktop.report_texts import PREFACE

TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
TITLE_LINES = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
               "ในการดำเนินงานของหน่วยงานภาครัฐ")
BELOW = "#C00000"  # a score under the pass line
WIDTH = c.PORTRAIT.frame_width


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Write the analysis report of ``context.assessment_year`` to ``out`` (PDF).

    Raises DocumentError when the context has no analysis (no assessment for the year) or the
    file cannot be written.
    """
    from ita_desktop.documents.pdf_render import render_pdf

    return render_pdf(document(context, options), out, options)


def document(context: DocumentContext, options: DocumentOptions,
             warnings: list[str] | None = None) -> c.Document:
    """The analysis report as one A4 portrait section, page numbers from page 2 (it finds
    nothing to add to ``warnings``). Raises DocumentError when the context has no analysis."""
    content = blocks(context, options)
    return c.Document(
        sections=(c.Section(blocks=tuple(content)),),
        title=f"{TITLE} ประจำปีงบประมาณ พ.ศ. {context.analysis.fiscal_year}",
        author=context.office, thai_digits=options.thai_digits)


def blocks(context: DocumentContext, options: DocumentOptions) -> list[c.Block]:
    """The report's content (A4 portrait, the cover first). Raises DocumentError when the
    context has no analysis."""
    if context.analysis is None or context.framework is None:
        raise DocumentError(f"ไม่มีผลการประเมินปีงบประมาณ {context.fiscal_year} ให้วิเคราะห์")
    s = c.house_styles()
    out: list[c.Block] = []
    out += cover(context, s, options)
    out += preface(context, s, options)
    out += principles(context, s, options)
    out += results(context, s, options)
    # sections flow on: each heading is kept with what follows it, never left at a page bottom
    out.append(c.Spacer(8))
    out += indicator_section(context, s, options, 3)
    out.append(c.Spacer(8))
    out += issue_section(context, s, options, 4)
    out += closing_sections(context, s, options, 5)
    return out


# -- cover and preface ----------------------------------------------------------------------------
def cover(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[c.Block]:
    year = context.analysis.fiscal_year
    big = c.TextStyle(size=26, bold=True, alignment="centre", line_spacing=1.1)
    out: list[c.Block] = [c.Spacer(3 * c.CM)]
    image = emblem_image(context.profile.get("emblem"), height=3.5 * c.CM)
    out += [image, c.Spacer(1.5 * c.CM)] if image else [c.Spacer(5 * c.CM)]
    out.append(para("\n".join(TITLE_LINES), big, options))
    out.append(para(f"ประจำปีงบประมาณ พ.ศ. {year}", big.derive(size=24, space_before=12),
                    options))
    out.append(c.Spacer(4 * c.CM))
    out.append(para(context.office, c.TextStyle(size=22, bold=True, alignment="centre"),
                    options))
    place = place_text(context.profile)
    if place:
        out.append(para(place, c.TextStyle(size=20, alignment="centre"), options))
    out.append(c.PageBreak())
    return out


def emblem_image(data: bytes | None, *, height: float) -> c.Image | None:
    """The office's emblem ``height`` points high, or None when there is none, it cannot be read
    or it has more pixels than storage.profile allows (the cover is then printed without it)."""
    if not data or emblem_problem(bytes(data)):
        return None
    return c.Image(bytes(data), height=height)


def preface(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[c.Block]:
    """คำนำ: the office's preface (or its draft), then the unit and the month it was written."""
    today = thai_date(dt.date.today(), "full", thai_digits=options.thai_digits)
    month_year = today.split(" ", 1)[1] if " " in today else today
    right = s.centre.derive(left_indent=8 * c.CM)
    return [para("คำนำ", s.title.derive(size=22), options, outline=0), c.Spacer(6),
            typed(text_of(context, *PREFACE), s.body_indented.derive(space_after=6), options),
            c.Spacer(1 * c.CM),
            para(context.profile.get("unit_name") or context.office, right, options),
            para(month_year, right, options),
            c.PageBreak()]


# -- ๒ results ------------------------------------------------------------------------------------
def results(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[c.Block]:
    analysis, fw = context.analysis, context.framework
    result = analysis.result
    sub = small_heading(s)
    out: list[c.Block] = [c.Keep((
        para(f"2. ผลการประเมินของ{context.office}", s.heading, options, outline=0),
        total_box(result.total, rating_text(result), s, options)))]
    rank = official_rank(context)
    if rank:
        out.append(para(rank, s.centre.derive(space_before=4), options))
    summary = text_of(context, "overall", "summary", "text")
    if summary:
        out.append(c.Spacer(6))
        out.append(typed(summary, s.body_indented, options))
    out += pictures(context, s, options)
    digits = options.thai_digits
    pass_line = float(fw.threshold("pass"))
    tools = tool_rows(context)
    out.append(c.Keep((para("2.1 ผลการประเมินรายเครื่องมือ", sub, options, outline=1),
                       tool_result_table(context, tools, s, options))))
    out.append(c.Spacer(8))
    out.append(c.Chart("tools", tuple((label, _float(v)) for label, _, v in tools),
                       width=WIDTH - 40, label_width=70, reference=pass_line,
                       thai_digits=digits))
    out.append(c.CondPageBreak(12 * c.CM))
    out.append(c.Keep((para("2.2 ผลการประเมินรายตัวชี้วัด", sub, options, outline=1),
                       indicator_table(context, s, options))))
    out.append(c.Spacer(10))
    chart = c.Chart("indicators", tuple((options.digits(f"{i.number}"), _float(i.score))
                                        for i in analysis.indicators),
                    width=WIDTH - 20, height=230, reference=pass_line, thai_digits=digits)
    caption = para("ตัวเลขใต้แท่งคือลำดับตัวชี้วัดตามตารางข้างต้น เส้นประคือเกณฑ์ผ่าน "
                   f"{number(fw.threshold('pass'))} คะแนน", s.small.derive(alignment="centre"),
                   options)
    out.append(c.Keep((chart, caption)))
    if len(context.history) >= 2:
        out.append(c.CondPageBreak(9 * c.CM))
        out.append(c.Keep((
            para("2.3 คะแนนรวมย้อนหลัง", sub, options, outline=1),
            c.Chart("years", tuple((y, _float(t)) for y, t in context.history),
                    width=WIDTH - 20, height=200, reference=pass_line, thai_digits=digits))))
        out.append(para(history_text(context), s.body_indented.derive(space_before=6), options))
    return out


PICTURE_WIDTH = WIDTH * 0.9
PICTURE_HEIGHT = 11 * c.CM


def pictures(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[c.Block]:
    """The office's pictures (ภาพที่ 1, 2 …) with their captions, each scaled to fit
    PICTURE_WIDTH × PICTURE_HEIGHT (never enlarged past 96 dpi) and kept with its caption."""
    out: list[c.Block] = []
    caption_style = s.centre.derive(space_before=3, space_after=8)
    for n, image in enumerate(context.images, start=1):
        data = bytes(image["data"])
        width, height = image_size(data)
        natural = (width * 72 / 96, height * 72 / 96)
        scale = min(PICTURE_WIDTH / natural[0], PICTURE_HEIGHT / natural[1], 1.0)
        caption = f"ภาพที่ {n}" + (f" {image['caption']}" if image["caption"].strip() else "")
        out.append(c.Keep((c.Spacer(6), c.Image(data, height=natural[1] * scale),
                           para(caption, caption_style, options))))
    return out


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(round2(value))


def total_box(total: Decimal | None, rating: str, s: Styles,
              options: DocumentOptions) -> c.Table:
    """The total and the rating as printed (rating_text: a label, RATING_BLANK or NOT_SCORED)."""
    big = c.TextStyle(size=30, bold=True, alignment="centre")
    label = s.centre
    known = rating not in (NOT_SCORED, RATING_BLANK)
    rows = [[para("คะแนนรวม", label, options), para("ระดับผลการประเมิน", label, options)],
            [para(score_text(total, options), big if total is not None else big.derive(size=20),
                  options),
             para(rating, big if known else big.derive(size=20, bold=False), options)]]
    return c.Table(rows=rows, widths=(7 * c.CM, 7 * c.CM), header_fill=HIGHLIGHT, grid=0.75,
                   align="centre",
                   formats=(c.CellFormat("valign", (0, 0), (-1, -1), "middle"),
                            c.CellFormat("pad_bottom", (0, 1), (-1, 1), 8)))


def official_rank(context: DocumentContext) -> str:
    """"ผลการประเมินอยู่ในลำดับที่ … ของหน่วยงานประเภท…" from the published rank, or '' when
    unknown. The rank is stored with the assessment (official_rank, official_rank_of)."""
    record = context.assessment or {}
    rank = record.get("official_rank")
    if not rank:
        return ""
    group = record.get("official_rank_of") or ""
    return f"ผลการประเมินอยู่ในลำดับที่ {rank:,}" + (f" ของหน่วยงานประเภท{group}" if group else "")


def tool_rows(context: DocumentContext) -> list[tuple[str, Decimal, Decimal | None]]:
    """(label, weight, score) per tool in framework order; a tool whose parts were scored
    separately is followed by its parts."""
    fw, result = context.framework, context.analysis.result
    rows = []
    for tool in fw.tools:
        rows.append((tool.code, tool.weight, result.tools.get(tool.code)))
        if any(p.code in result.counted_tools for p in tool.parts):
            rows += [(p.code, p.weight, result.tools.get(p.code)) for p in tool.parts]
    return rows


def tool_result_table(context: DocumentContext, tools, s: Styles,
                      options: DocumentOptions) -> c.Table:
    fw, result = context.framework, context.analysis.result
    titles = {t.code: t.title for t in fw.tools} | {p.code: p.title for t in fw.tools
                                                    for p in t.parts}
    rows: list[list[c.Cell]] = [[para(h, s.header_cell, options) for h in
                                 ("เครื่องมือ", "น้ำหนัก (ร้อยละ)", "คะแนน", "ผลการประเมิน")]]
    for code, weight, value in tools:
        part = code not in {t.code for t in fw.tools}
        name = titles[code] if part else f"{code} {titles[code]}"
        rows.append([para(name, s.cell.derive(left_indent=10) if part else s.cell, options),
                     para(f"({number(weight)})" if part else number(weight), s.cell_centre,
                          options),
                     para(score_text(value, options), s.cell_centre, options),
                     verdict_cell(value, context, s, options)])
    rows.append([para("คะแนนรวม", s.header_cell, options), para("100", s.header_cell, options),
                 para(score_text(result.total, options), s.header_cell, options),
                 para(rating_text(result), s.header_cell, options)])
    return c.Table(rows=rows, widths=(7.2 * c.CM, 2.3 * c.CM, 3.3 * c.CM, 3.2 * c.CM))


def indicator_table(context: DocumentContext, s: Styles, options: DocumentOptions) -> c.Table:
    analysis = context.analysis
    rows: list[list[c.Cell]] = [[para(h, s.header_cell, options)
                                 for h in ("แบบ", "ลำดับ", "ตัวชี้วัด", "คะแนน", "ผลการประเมิน")]]
    spans = []
    start = 1
    inds = analysis.indicators
    for k, ind in enumerate(inds):
        rows.append([para(ind.tool if k == 0 or inds[k - 1].tool != ind.tool else "",
                          s.cell_centre, options),
                     para(str(ind.number), s.cell_centre, options),
                     para(ind.title, s.cell, options),
                     para(score_text(ind.score, options), s.cell_centre, options),
                     verdict_cell(ind.score, context, s, options)])
        if k == len(inds) - 1 or inds[k + 1].tool != ind.tool:
            if k + 1 > start:
                spans.append(((0, start), (0, k + 1)))
            start = k + 2
    return c.Table(rows=rows, widths=(1.6 * c.CM, 1.4 * c.CM, 6.6 * c.CM, 3.3 * c.CM, 3.1 * c.CM),
                   spans=tuple(spans),
                   formats=(c.CellFormat("valign", (0, 1), (0, -1), "middle"),))


def verdict_cell(value: Decimal | None, context: DocumentContext, s: Styles,
                 options: DocumentOptions) -> c.Paragraph:
    """ผ่านเกณฑ์ / ไม่ผ่านเกณฑ์ (in red), centred; "-" when not scored (the score cell says so)."""
    text = verdict(value, context) if value is not None else "-"
    below = value is not None and text != "ผ่านเกณฑ์"
    return para(text, s.cell_centre.derive(colour=BELOW) if below else s.cell_centre, options)


def history_text(context: DocumentContext) -> str:
    """One sentence on the change of the total from the previous stored year (Arabic digits)."""
    scored = [(y, t) for y, t in context.history if t is not None]
    if len(scored) < 2 or scored[-1][0] != context.analysis.fiscal_year:
        return "ยังไม่มีคะแนนรวมของปีก่อนให้เปรียบเทียบ"
    (y0, t0), (y1, t1) = scored[-2], scored[-1]
    change = round2(t1) - round2(t0)
    if change > 0:
        trend = f"เพิ่มขึ้น {change:.2f} คะแนน"
    elif change < 0:
        trend = f"ลดลง {-change:.2f} คะแนน"
    else:
        trend = "เท่าเดิม"
    return (f"คะแนนรวมปี {y1} ได้ {round2(t1):.2f} คะแนน {trend} "
            f"เมื่อเทียบกับปี {y0} ({round2(t0):.2f} คะแนน)")
