"""The analysis report's sections after the results: ๑ principles (from the framework), ๓ per
indicator, ๔ per analysis issue, ๕ limitations, ๖ recommendations per tool and the reporter's
signature; plus the helpers the whole report shares.

Every text is printed literally with the chosen digits; the office's edited texts (or the current
drafts) come from ``context.texts``. A score that is None was not scored and prints
NOT_SCORED, never 0; a rating the rules leave open prints RATING_BLANK, never a guess. Scores
are 0–100 Decimal, shown at 2 places rounded half up.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from ita_desktop.analysis import INDICATOR, IssueAnalysis, ScoredEntry
from ita_desktop.documents.base import DocumentOptions, Styles, para, signature_lines
from ita_desktop.documents.context import DocumentContext
from ita_desktop.framework import Framework, RatingLevel
from ita_desktop.numbers import format_score, round2
from ita_desktop.printing import ThaiParagraph, ThaiStyle, cell_flowables, thai_table
from ita_desktop.report_texts import (
    LIMITATIONS,
    code_title,
    recommendation_codes,
    recommendation_key,
)
from ita_desktop.scoring import NO_TOTAL, ScoreResult

NOT_SCORED = "ไม่ได้รับการประเมิน"
RATING_BLANK = "." * 30
"""Printed where the rating is open (it depends on scores nobody entered): a line to fill in."""
HIGHLIGHT = colors.HexColor("#DDEBF7")


# -- shared helpers -------------------------------------------------------------------------------
def score_text(value: Decimal | None, options: DocumentOptions) -> str:
    """"85.92" (Thai digits by default); NOT_SCORED for None."""
    return options.digits(format_score(value, missing=NOT_SCORED))


def rating_text(result: ScoreResult) -> str:
    """The rating as printed: the published or settled label, RATING_BLANK when the rules
    leave it open, NOT_SCORED when there is no total."""
    outcome = result.rating_outcome
    if outcome.known:
        return outcome.label
    return NOT_SCORED if outcome.status == NO_TOTAL else RATING_BLANK


def typed(text: str, style: ThaiStyle, options: DocumentOptions) -> list[Flowable]:
    """Paragraphs and list items (``๑.``, ``-``) from text as the office typed it."""
    return list(cell_flowables(options.digits(text), style))


def heading(text: str, style: ThaiStyle, options: DocumentOptions) -> ThaiParagraph:
    """A heading that is never left alone at the bottom of a page."""
    p = para(text, style, options)
    p.keepWithNext = 1
    return p


def text_of(context: DocumentContext, scope: str, key: str, field: str) -> str:
    """The office's text (or the current draft) for (scope, key, field); '' if none."""
    return (context.texts.get((scope, key, field)) or "").strip()


def thresholds(context: DocumentContext) -> tuple[Decimal, Decimal]:
    """The framework's pass and excellent lines (85 and 95 unless the framework says otherwise)."""
    fw = context.framework
    if fw is None:
        return Decimal(85), Decimal(95)
    return fw.threshold("pass"), fw.threshold("excellent")


def verdict(value: Decimal | None, context: DocumentContext) -> str:
    """Against the pass line: "ผ่านเกณฑ์" / "ไม่ผ่านเกณฑ์", NOT_SCORED for None."""
    if value is None:
        return NOT_SCORED
    return "ผ่านเกณฑ์" if round2(value) >= thresholds(context)[0] else "ไม่ผ่านเกณฑ์"


def number(value: Decimal) -> str:
    """A threshold or weight as written: 85 → "85", 12.5 → "12.5" (Arabic; callers convert)."""
    return f"{value.normalize():f}"


def small_heading(styles: Styles) -> ThaiStyle:
    return styles.plain.derive(bold=True, space_before=8, space_after=2)


# -- ๑ principles ---------------------------------------------------------------------------------
def principles(context: DocumentContext, s: Styles, options: DocumentOptions) -> list[Flowable]:
    fw: Framework = context.framework
    pass_line, excellent = thresholds(context)
    sub = small_heading(s)
    intro = ("การประเมิน ITA เป็นเครื่องมือที่สำนักงาน ป.ป.ช. ใช้วัดระดับคุณธรรมและความโปร่งใสของหน่วยงาน"
             "ภาครัฐทั่วประเทศเป็นประจำทุกปี โดยดูจากการรับรู้ของบุคลากรภายในหน่วยงาน การรับรู้ของผู้รับบริการ"
             "หรือผู้มาติดต่อ และข้อมูลที่หน่วยงานเปิดเผยต่อสาธารณะบนเว็บไซต์ ผลการประเมินช่วยให้หน่วยงาน"
             "รู้ว่าควรปรับปรุงการบริหารงานด้านใดให้เป็นไปตามหลักธรรมาภิบาล และเป็นตัวชี้วัดของแผนแม่บท"
             "ภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ ซึ่งตั้งเป้าให้หน่วยงานได้"
             f"คะแนนไม่น้อยกว่า {number(pass_line)} คะแนน")
    story: list[Flowable] = [
        heading("1. หลักการและวิธีการประเมิน", s.heading, options),
        para(intro, s.body_indented, options),
        KeepTogether([para("1.1 เครื่องมือการประเมินและน้ำหนัก", sub, options),
                      tools_table(fw, s, options)]),
        heading("1.2 วิธีคำนวณคะแนน", sub, options),
    ]
    story += typed(computation_text(fw), s.body, options)
    rating = context.analysis.result.rating
    story.append(KeepTogether([para("1.3 เกณฑ์ระดับผลการประเมิน", sub, options),
                               rating_table(fw, rating, s, options)]))
    shaded = "แถวที่แรเงาคือระดับผลการประเมินของหน่วยงานในปีนี้ " if rating else ""
    story.append(para(f"{shaded}(คะแนนเปรียบเทียบที่ทศนิยม 2 ตำแหน่ง เกณฑ์ผ่านของตัวชี้วัด "
                      f"{number(pass_line)} คะแนน ระดับดีเยี่ยม {number(excellent)} คะแนน)",
                      s.small.derive(space_before=3), options))
    story.append(PageBreak())
    return story


def tools_table(fw: Framework, s: Styles, options: DocumentOptions) -> Flowable:
    centre = s.cell_centre
    rows: list[list] = [[para(h, s.header_cell, options)
                         for h in ("เครื่องมือ", "สิ่งที่วัด", "น้ำหนัก (ร้อยละ)")]]
    for tool in fw.tools:
        indicators = [i for i in fw.indicators if i.tool == tool.code]
        span = (f"ตัวชี้วัดที่ {indicators[0].number}–{indicators[-1].number}"
                if len(indicators) > 1 else f"ตัวชี้วัดที่ {indicators[0].number}")
        measured = f"{span}: " + " ".join(i.title for i in indicators)
        rows.append([para(f"{tool.code} {tool.title}", s.cell, options),
                     para(measured, s.cell, options),
                     para(number(tool.weight), centre, options)])
        for part in tool.parts:
            rows.append([para(f"- {part.title}", s.cell.derive(left_indent=10), options),
                         para("", s.cell, options),
                         para(f"({number(part.weight)})", centre, options)])
    rows.append([para("รวม", s.header_cell, options), para("", s.cell, options),
                 para(number(sum((t.weight for t in fw.tools), Decimal(0))), s.header_cell,
                      options)])
    return thai_table(rows, (6.0 * cm, 7.5 * cm, 2.5 * cm))


def computation_text(fw: Framework) -> str:
    """The computation, from the framework (Arabic digits; printed with the chosen digits)."""
    formula = " + ".join(f"{t.code} × {number(t.weight)}" for t in fw.tools)
    lines = []
    if fw.level == "item":
        lines.append("คะแนนรายข้อคำถาม: แบบวัดการรับรู้ (IIT, EIT) ใช้ค่าเฉลี่ยคะแนนของผู้ตอบทุกคน "
                     "แบบวัดการเปิดเผยข้อมูล (OIT) ใช้คะแนนที่ข้อนั้นได้รับจากการตรวจ (0–100)")
        if fw.sub_indicators:
            lines.append("คะแนนตัวชี้วัด: ค่าเฉลี่ยของข้อคำถามในตัวชี้วัด ตัวชี้วัดที่แบ่งเป็นตัวชี้วัดย่อย "
                         "ใช้ค่าเฉลี่ยของตัวชี้วัดย่อย ซึ่งแต่ละตัวเป็นค่าเฉลี่ยของข้อคำถามในตัวชี้วัดย่อยนั้น")
        else:
            lines.append("คะแนนตัวชี้วัด: ค่าเฉลี่ยของข้อคำถามในตัวชี้วัด")
    else:
        lines.append("ปีนี้หน่วยงานบันทึกคะแนนรายตัวชี้วัดตามที่ประกาศในระบบ ITAS "
                     "(ไม่มีคะแนนรายข้อคำถาม)")
    lines.append("คะแนนเครื่องมือ: ค่าเฉลี่ยของตัวชี้วัดในเครื่องมือนั้น")
    lines.append(f"คะแนนรวม = ({formula}) ÷ 100")
    for tool in fw.tools:
        if tool.parts:
            parts = " และ ".join(f"{p.code} น้ำหนัก {number(p.weight)}" for p in tool.parts)
            lines.append(f"เมื่อมีคะแนน {tool.code} แยกรายส่วน ให้คิดแต่ละส่วนด้วยน้ำหนักของส่วนนั้น "
                         f"({parts}) หากทราบเฉพาะคะแนนรายตัวชี้วัด ให้คิด {tool.code} "
                         f"เป็นเครื่องมือเดียวน้ำหนัก {number(tool.weight)}")
    if fw.missing_tool == "reweight":
        lines.append("เครื่องมือที่ไม่ได้รับการประเมิน (เช่น ผู้ตอบไม่ถึงจำนวนขั้นต่ำ) ไม่นำมาคิด "
                     "คะแนนรวมคิดจากเครื่องมือที่เหลือตามสัดส่วนน้ำหนัก")
    else:
        lines.append("หากมีเครื่องมือที่ไม่ได้รับการประเมิน จะไม่มีคะแนนรวม")
    lines.append("คำนวณด้วยความละเอียดเต็ม แสดงและเปรียบเทียบผลที่ทศนิยม 2 ตำแหน่ง ปัดเศษครึ่งขึ้น")
    return "\n".join(f"{k}. {line}" for k, line in enumerate(lines, start=1))


def rating_condition(levels: tuple[RatingLevel, ...], index: int) -> str:
    """A level's condition in words, reading the levels as "first match wins" (Arabic digits)."""
    level = levels[index]
    earlier = levels[:index]
    two = "{:.2f}".format
    above = [p.min_total for p in earlier
             if p.min_each_tool is None and p.min_total > level.min_total]
    if above:
        text = f"คะแนนรวม {two(level.min_total)} – {two(min(above) - Decimal('0.01'))}"
    else:
        text = f"คะแนนรวม ≥ {two(level.min_total)}"
    if level.min_each_tool is not None:
        text += f" และทุกเครื่องมือ ≥ {two(level.min_each_tool)}"
    excluded = [p.min_each_tool for p in earlier
                if p.min_each_tool is not None and p.min_total <= level.min_total]
    if excluded:
        text += f" และมีเครื่องมือที่ได้ < {two(min(excluded))}"
    return text


def rating_table(fw: Framework, rating: str | None, s: Styles, options: DocumentOptions) -> Flowable:
    rows: list[list] = [[para(h, s.header_cell, options)
                         for h in ("ระดับผลการประเมิน", "เงื่อนไข")]]
    extra = []
    for k, level in enumerate(fw.rating):
        rows.append([para(level.label, s.cell_centre, options),
                     para(rating_condition(fw.rating, k), s.cell, options)])
        if level.label == rating:
            extra.append(("BACKGROUND", (0, k + 1), (-1, k + 1), HIGHLIGHT))
    return thai_table(rows, (5.0 * cm, 11.0 * cm), extra_style=extra)


# -- ๓ per indicator ------------------------------------------------------------------------------
def indicator_section(context: DocumentContext, styles: Styles, options: DocumentOptions,
                      n: int) -> list[Flowable]:
    """Section n: each indicator's score, what it measures and the analysis text, then the
    overall strengths and weaknesses."""
    analysis, fw = context.analysis, context.framework
    assert analysis is not None and fw is not None
    story: list[Flowable] = []
    label = small_heading(styles)
    for k, ind in enumerate(analysis.indicators):
        block: list[Flowable] = [] if k else [
            para(f"{n}. การวิเคราะห์ผลรายตัวชี้วัด", styles.heading, options)]
        block += [
            para(f"ตัวชี้วัดที่ {ind.number} {ind.title}", label, options),
            para(f"แบบวัด {ind.tool}   คะแนน {score_text(ind.score, options)}"
                 + (f"   ผลการประเมิน {verdict(ind.score, context)}" if ind.score is not None
                    else ""), styles.plain, options),
        ]
        description = fw.indicator(ind.number).description.strip()
        if description:
            block.append(para(f"สิ่งที่วัด: {description}", styles.body, options))
        block += typed(text_of(context, "indicator", str(ind.number), "text"), styles.body,
                       options)
        block.append(Spacer(1, 4))
        story.append(KeepTogether(block))
    for field, title in (("strengths", "จุดแข็ง"), ("weaknesses", "จุดที่ควรพัฒนา")):
        text = text_of(context, "overall", field, "text")
        if text:
            story.append(heading(f"{title} (ภาพรวม)", label, options))
            story += typed(text, styles.body, options)
    return story


# -- ๔ per analysis issue -------------------------------------------------------------------------
ISSUE_WIDTHS = (8.9 * cm, 3.2 * cm, 3.9 * cm)


def entry_note(entry: ScoredEntry, issue: IssueAnalysis, context: DocumentContext) -> str:
    """The short การวิเคราะห์ cell for one scored entry of an issue."""
    pass_line, excellent = thresholds(context)
    value = round2(entry.score)
    notes = []
    scored = [round2(e.score) for e in issue.entries]
    if issue.lowest is not None and value == round2(issue.lowest.score) and max(scored) > value:
        notes.append("ต่ำสุดในประเด็น")
    if value >= excellent:
        notes.append("ควรรักษามาตรฐาน")
    elif value < pass_line:
        notes.append("ควรปรับปรุง")
    else:
        notes.append(f"ควรยกระดับให้ถึง {number(excellent)}")
    return "\n".join(notes)


def issue_rows(issue: IssueAnalysis) -> list[tuple[str, ScoredEntry]]:
    """(name, entry) per scored entry: an item as "e1 <title>", an indicator by its title."""
    return [(entry.title if entry.level == INDICATOR else f"{entry.code} {entry.title}", entry)
            for entry in issue.entries]


def issue_section(context: DocumentContext, styles: Styles, options: DocumentOptions,
                  n: int) -> list[Flowable]:
    """Section n: per analysis issue, its scored items (or, where only indicator scores exist,
    its indicators) with their scores and analysis, then the cause and the way to raise it."""
    analysis, fw = context.analysis, context.framework
    assert analysis is not None and fw is not None
    story: list[Flowable] = [heading(f"{n}. การวิเคราะห์ตามประเด็นการวิเคราะห์", styles.heading,
                                     options)]
    label = small_heading(styles)
    centre = styles.cell.derive(alignment="centre")
    for issue in analysis.issues:
        rows = issue_rows(issue)
        levels = {entry.level for _, entry in rows}
        first_column = ("ตัวชี้วัด" if levels == {INDICATOR} else
                        "ประเด็นข้อคำถาม / ตัวชี้วัด" if INDICATOR in levels else "ประเด็นข้อคำถาม")
        story.append(heading(f"ประเด็นที่ {issue.number} {issue.title}", label, options))
        if rows:
            table: list[list] = [[para(h, styles.header_cell, options)
                                  for h in (first_column, "คะแนน", "การวิเคราะห์")]]
            for name, entry in rows:
                table.append([para(name, styles.cell, options),
                              para(score_text(entry.score, options), centre, options),
                              para(entry_note(entry, issue, context), styles.cell, options)])
            story.append(thai_table(table, ISSUE_WIDTHS))
        else:  # every indicator of the issue belongs to a tool that was not scored this year
            story.append(para("ปีนี้ไม่มีผลคะแนนของตัวชี้วัดในประเด็นนี้", styles.body, options))
        for field, title in (("cause", "สาเหตุ"), ("guideline", "แนวทางการยกระดับ")):
            text = text_of(context, "issue", str(issue.number), field)
            if text:
                story.append(heading(title, label, options))
                story += typed(text, styles.body_indented, options)
        story.append(Spacer(1, 6))
    return story


# -- ๕ limitations, ๖ recommendations, signature ---------------------------------------------------
def closing_sections(context: DocumentContext, styles: Styles, options: DocumentOptions,
                     n: int) -> list[Flowable]:
    """Sections n (ข้อจำกัด: the office's text or its draft) and n + 1 (ข้อเสนอแนะ: one part per
    tool or tool part, each the office's text or its draft), then the reporter's signature
    block, which never stands alone on a page."""
    fw = context.framework
    assert fw is not None
    label = small_heading(styles)
    story: list[Flowable] = [heading(f"{n}. ข้อจำกัดของการวิเคราะห์", styles.heading, options)]
    story += typed(text_of(context, *LIMITATIONS), styles.body, options)
    story.append(heading(f"{n + 1}. ข้อเสนอแนะ", styles.heading, options))
    for code in recommendation_codes(fw):
        text = text_of(context, *recommendation_key(code))
        if text:
            story.append(heading(code_title(fw, code), label, options))
            story += typed(text, styles.body_indented, options)
    name = context.profile.get("reporter_name") or ""
    position = context.profile.get("reporter_position") or ""
    signature = signature_lines(name, position, options, lines=("ผู้จัดทำรายงาน",))
    story[-1] = KeepTogether([story[-1], *signature])  # never a signature alone on a page
    return story
