"""The analysis report (รายงานการวิเคราะห์ผลการประเมิน ITA), A4 portrait.

Cover · คำนำ · ๑ principles (tools and weights, computation, rating table, all from the year's
framework) · ๒ results (total and rating, tool and indicator tables, charts, change across the
stored years) · ๓ per indicator · ๔ per analysis issue · ๕ limitations · ๖ recommendations ·
the reporter's signature. Principles and sections ๓–๖ are in analysis_sections.py.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
)

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
from ita_desktop.documents.base import (
    PORTRAIT,
    DocumentError,
    DocumentOptions,
    RenderReport,
    Styles,
    build_pdf,
    para,
    styles,
)
from ita_desktop.documents.context import DocumentContext
from ita_desktop.numbers import round2
from ita_desktop.printing import (
    ThaiStyle,
    indicator_chart,
    thai_date,
    thai_table,
    tool_chart,
    years_chart,
)
from ita_desktop.report_texts import PREFACE
from ita_desktop.storage import profile as profile_store

TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
TITLE_LINES = ("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
               "ในการดำเนินงานของหน่วยงานภาครัฐ")
BELOW = colors.HexColor("#C00000")  # a score under the pass line
WIDTH = PORTRAIT.frame_width


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Write the analysis report of ``context.assessment_year`` to ``out``.

    Raises DocumentError when the context has no analysis (no assessment for the year) or the
    file cannot be written.
    """
    flowables = story(context, options)
    year = context.analysis.fiscal_year
    return build_pdf(out, flowables, options, title=f"{TITLE} ประจำปีงบประมาณ พ.ศ. {year}",
                     author=context.office)


def story(context: DocumentContext, options: DocumentOptions) -> list[Flowable]:
    """The report's flowables (A4 portrait, the cover first). Raises DocumentError when the
    context has no analysis."""
    if context.analysis is None or context.framework is None:
        raise DocumentError(f"ไม่มีผลการประเมินปีงบประมาณ {context.fiscal_year} ให้วิเคราะห์")
    s = styles()
    out: list[Flowable] = []
    out += cover(context, s, options)
    out += preface(context, s, options)
    out += principles(context, s, options)
    out += results(context, s, options)
    # sections flow on: each heading is kept with what follows it, never left at a page bottom
    out.append(Spacer(1, 8))
    out += indicator_section(context, s, options, 3)
    out.append(Spacer(1, 8))
    out += issue_section(context, s, options, 4)
    out += closing_sections(context, s, options, 5)
    return out


# -- cover and preface ----------------------------------------------------------------------------
def place_line(profile: dict) -> str:
    """"อำเภอ… จังหวัด…" from the profile, without doubling a prefix the office typed."""
    parts = []
    for key, prefix in (("district", "อำเภอ"), ("province", "จังหวัด")):
        value = (profile.get(key) or "").strip()
        if value:
            typed_prefix = value.startswith((prefix, "เขต")) or (key == "province"
                                                                 and "กรุงเทพ" in value)
            parts.append(value if typed_prefix else prefix + value)
    return " ".join(parts)


def cover(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[Flowable]:
    year = context.analysis.fiscal_year
    big = ThaiStyle(size=26, bold=True, alignment="centre", line_spacing=1.1)
    story: list[Flowable] = [Spacer(1, 3 * cm)]
    image = emblem_image(context.profile.get("emblem"), height=3.5 * cm)
    story += [image, Spacer(1, 1.5 * cm)] if image else [Spacer(1, 5 * cm)]
    story.append(para("\n".join(TITLE_LINES), big, options))
    story.append(para(f"ประจำปีงบประมาณ พ.ศ. {year}", big.derive(size=24, space_before=12),
                      options))
    story.append(Spacer(1, 4 * cm))
    story.append(para(context.office, ThaiStyle(size=22, bold=True, alignment="centre"), options))
    place = place_line(context.profile)
    if place:
        story.append(para(place, ThaiStyle(size=20, alignment="centre"), options))
    story.append(PageBreak())
    return story


def emblem_image(data: bytes | None, *, height: float) -> Flowable | None:
    """The office's emblem scaled to ``height`` points, or None when there is none, it cannot
    be read or it has more pixels than storage.profile allows (the cover is then printed
    without it)."""
    if not data:
        return None
    try:
        profile_store.check_emblem_size(*profile_store.emblem_size(bytes(data)))
        width, tall = ImageReader(BytesIO(data)).getSize()
    except Exception:  # any decoding failure: print the cover without the emblem
        return None
    return Image(BytesIO(data), width=width * height / tall, height=height)


def preface(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[Flowable]:
    """คำนำ: the office's preface (or its draft), then the unit and the month it was written."""
    today = thai_date(dt.date.today(), "full", thai_digits=options.thai_digits)
    month_year = today.split(" ", 1)[1] if " " in today else today
    right = s.centre.derive(left_indent=8 * cm)
    story: list[Flowable] = [para("คำนำ", s.title.derive(size=22), options), Spacer(1, 6)]
    story += typed(text_of(context, *PREFACE), s.body_indented.derive(space_after=6), options)
    story += [Spacer(1, 1 * cm),
              para(context.profile.get("unit_name") or context.office, right, options),
              para(month_year, right, options),
              PageBreak()]
    return story


# -- ๒ results ------------------------------------------------------------------------------------
def results(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[Flowable]:
    analysis, fw = context.analysis, context.framework
    result = analysis.result
    sub = small_heading(s)
    story: list[Flowable] = [KeepTogether([
        para(f"2. ผลการประเมินของ{context.office}", s.heading, options),
        total_box(result.total, rating_text(result), s, options)])]
    rank = official_rank(context)
    if rank:
        story.append(para(rank, s.centre.derive(space_before=4), options))
    summary = text_of(context, "overall", "summary", "text")
    if summary:
        story.append(Spacer(1, 6))
        story += typed(summary, s.body_indented, options)
    story += pictures(context, s, options)
    digits = options.thai_digits
    pass_line = float(fw.threshold("pass"))
    tools = tool_rows(context)
    story.append(KeepTogether([para("2.1 ผลการประเมินรายเครื่องมือ", sub, options),
                               tool_result_table(context, tools, s, options)]))
    story.append(Spacer(1, 8))
    story.append(tool_chart([(label, _float(v)) for label, _, v in tools], width=WIDTH - 40,
                            label_width=70, reference=pass_line, thai_digits=digits))
    story.append(CondPageBreak(12 * cm))
    story.append(KeepTogether([para("2.2 ผลการประเมินรายตัวชี้วัด", sub, options),
                               indicator_table(context, s, options)]))
    story.append(Spacer(1, 10))
    chart = indicator_chart([(options.digits(f"{i.number}"), _float(i.score))
                             for i in analysis.indicators],
                            width=WIDTH - 20, height=230, reference=pass_line, thai_digits=digits)
    caption = para("ตัวเลขใต้แท่งคือลำดับตัวชี้วัดตามตารางข้างต้น เส้นประคือเกณฑ์ผ่าน "
                   f"{number(fw.threshold('pass'))} คะแนน", s.small.derive(alignment="centre"),
                   options)
    story.append(KeepTogether([chart, caption]))
    if len(context.history) >= 2:
        story.append(CondPageBreak(9 * cm))
        story.append(KeepTogether([
            para("2.3 คะแนนรวมย้อนหลัง", sub, options),
            years_chart([(y, _float(t)) for y, t in context.history], width=WIDTH - 20,
                        height=200, reference=pass_line, thai_digits=digits)]))
        story.append(para(history_text(context), s.body_indented.derive(space_before=6), options))
    return story


PICTURE_WIDTH = WIDTH * 0.9
PICTURE_HEIGHT = 11 * cm


def pictures(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[Flowable]:
    """The office's pictures (ภาพที่ 1, 2 …) with their captions, each scaled to fit
    PICTURE_WIDTH × PICTURE_HEIGHT (never enlarged past 96 dpi) and kept with its caption."""
    out: list[Flowable] = []
    caption_style = s.centre.derive(space_before=3, space_after=8)
    for n, image in enumerate(context.images, start=1):
        data = bytes(image["data"])
        width, height = ImageReader(BytesIO(data)).getSize()
        natural = (width * 72 / 96, height * 72 / 96)
        scale = min(PICTURE_WIDTH / natural[0], PICTURE_HEIGHT / natural[1], 1.0)
        picture = Image(BytesIO(data), width=natural[0] * scale, height=natural[1] * scale)
        picture.hAlign = "CENTER"
        caption = f"ภาพที่ {n}" + (f" {image['caption']}" if image["caption"].strip() else "")
        out.append(KeepTogether([Spacer(1, 6), picture, para(caption, caption_style, options)]))
    return out


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(round2(value))


def total_box(total: Decimal | None, rating: str, s: Styles,
              options: DocumentOptions) -> Flowable:
    """The total and the rating as printed (rating_text: a label, RATING_BLANK or NOT_SCORED)."""
    big = ThaiStyle(size=30, bold=True, alignment="centre")
    label = s.centre
    known = rating not in (NOT_SCORED, RATING_BLANK)
    data = [[para("คะแนนรวม", label, options), para("ระดับผลการประเมิน", label, options)],
            [para(score_text(total, options), big if total is not None else big.derive(size=20),
                  options),
             para(rating, big if known else big.derive(size=20, bold=False), options)]]
    table = thai_table(data, (7 * cm, 7 * cm), header_fill=HIGHLIGHT, grid=0.75,
                       extra_style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("BOTTOMPADDING", (0, 1), (-1, 1), 8)])
    table.hAlign = "CENTER"
    return table


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
                      options: DocumentOptions) -> Flowable:
    fw, result = context.framework, context.analysis.result
    titles = {t.code: t.title for t in fw.tools} | {p.code: p.title for t in fw.tools
                                                    for p in t.parts}
    rows: list[list] = [[para(h, s.header_cell, options)
                         for h in ("เครื่องมือ", "น้ำหนัก (ร้อยละ)", "คะแนน", "ผลการประเมิน")]]
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
    return thai_table(rows, (7.2 * cm, 2.3 * cm, 3.3 * cm, 3.2 * cm))


def indicator_table(context: DocumentContext, s: Styles, options: DocumentOptions) -> Flowable:
    analysis = context.analysis
    rows: list[list] = [[para(h, s.header_cell, options)
                         for h in ("แบบ", "ลำดับ", "ตัวชี้วัด", "คะแนน", "ผลการประเมิน")]]
    spans, extra = [], []
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
    extra.append(("VALIGN", (0, 1), (0, -1), "MIDDLE"))
    return thai_table(rows, (1.6 * cm, 1.4 * cm, 6.6 * cm, 3.3 * cm, 3.1 * cm), spans=spans,
                      extra_style=extra)


def verdict_cell(value: Decimal | None, context: DocumentContext, s: Styles,
                 options: DocumentOptions) -> Flowable:
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
