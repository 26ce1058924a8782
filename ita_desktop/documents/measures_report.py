"""The measures document: มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. N.

A4 landscape: the title block, an introduction drafted from the analysis of the assessment the
measures answer, one table with a row per measure grouped by indicator or analysis issue
(``options.group_by``; "tool" and "number" also work), columns from ``options.columns``, then the
chief executive's approval signature (printed when the profile names a chief executive).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ita_desktop.documents import content as c
from ita_desktop.documents.content_tables import grouped_table, notice, para, signed, title_block
from ita_desktop.documents.context import DocumentContext
from ita_desktop.documents.options import (
    MEASURE_COLUMNS,
    DocumentError,
    DocumentOptions,
    RenderReport,
)
from ita_desktop.documents.pdf_render import render_pdf
from ita_desktop.documents.tables import (
    Column,
    content_widths,
    group_measures,
    indicator_title,
    issue_title,
    period_text,
)
from ita_desktop.framework import Framework
from ita_desktop.numbers import format_score, round2

TITLE = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
COLUMNS = {
    "indicator": Column("indicator", "ตัวชี้วัด/ประเด็น", 3.6),
    "measure": Column("measure", "มาตรการ/โครงการ/กิจกรรม", 4.6),
    "analysis": Column("analysis", "ผลการวิเคราะห์", 4.6),
    "steps": Column("steps", "ขั้นตอน/วิธีดำเนินการ", 7.4),
    "units": Column("units", "ผู้รับผิดชอบ", 3.0),
    "period": Column("period", "ระยะเวลาดำเนินการ", 2.9),
    "target": Column("target", "เป้าหมาย", 3.4),
}
DEFAULT_COLUMNS = tuple(c for c in MEASURE_COLUMNS if c != "target")
WEAK_LISTED = 3


def columns_of(options: DocumentOptions) -> list[Column]:
    """The columns to print, in order (None: every column but the target).

    Raises DocumentError for an unknown column name or an empty choice.
    """
    keys = DEFAULT_COLUMNS if options.columns is None else tuple(options.columns)
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown:
        raise DocumentError(f"ไม่รู้จักคอลัมน์ {', '.join(map(str, unknown))} "
                            f"(ใช้ได้: {', '.join(MEASURE_COLUMNS)})")
    keys = tuple(dict.fromkeys(keys))
    if not keys:
        raise DocumentError("ต้องเลือกคอลัมน์ของตารางมาตรการอย่างน้อยหนึ่งคอลัมน์")
    return [COLUMNS[k] for k in keys]


def measure_label(measure: dict[str, Any]) -> str:
    """Kind and title, without repeating a kind the title already starts with."""
    title = (measure.get("title") or "").strip()
    kind = (measure.get("kind") or "").strip()
    return title if not kind or title.startswith(kind) else f"{kind} {title}"


def links_text(measure: dict[str, Any], framework: Framework | None, *, by: str = "indicator") -> str:
    """The "ตัวชี้วัด/ประเด็น" cell: the linked analysis issues (``by`` "issue") or indicators
    (otherwise) with their titles, one per line, then the linked items ("ข้อ i1, e1"); a measure
    linked only the other way shows those; "-" for an unlinked measure."""
    links = measure.get("links") or {}
    indicators = [f"ตัวชี้วัดที่ {n} {indicator_title(framework, n)}".strip()
                  for n in links.get("indicator", ())]
    issues = [f"ประเด็นที่ {n} {issue_title(framework, n)}".strip() for n in links.get("issue", ())]
    lines = (issues or indicators) if by == "issue" else (indicators or issues)
    if links.get("item"):
        lines = [*lines, "ข้อ " + ", ".join(str(code) for code in links["item"])]
    return "\n".join(lines) or "-"


def introduction(context: DocumentContext, count: int) -> str:
    """The drafted introductory paragraph (Arabic digits; converted when printed)."""
    office = context.office
    year = context.fiscal_year
    parts = []
    analysis = context.analysis
    if analysis is not None:
        parts.append(
            "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) "
            "ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            f"(Integrity and Transparency Assessment: ITA) ประจำปีงบประมาณ พ.ศ. "
            f"{analysis.fiscal_year}")
        result = analysis.result
        if result.total is not None:
            score = f"{office} ได้คะแนนรวม {format_score(result.total)} คะแนน"
            if result.rating:
                score += f" ผลการประเมินอยู่ในระดับ “{result.rating}”"
            parts.append(score)
        pass_line = context.framework.thresholds.get("pass") if context.framework else None
        weak = [i for i in analysis.weaknesses if i.score is not None][:WEAK_LISTED]
        if weak:
            listed = " ".join(f"ตัวชี้วัดที่ {i.number} {i.title} ({format_score(i.score)} คะแนน)"
                              for i in weak)
            below = pass_line is not None and any(round2(i.score) < pass_line for i in weak)
            parts.append(("ตัวชี้วัดที่ยังต้องเร่งพัฒนา" if below else "ตัวชี้วัดที่ควรยกระดับต่อไป")
                         + f" ได้แก่ {listed}")
        parts.append(
            f"{office} จึงนำผลการประเมินดังกล่าวมาวิเคราะห์ เพื่อหาจุดที่ต้องแก้ไขและจุดแข็งที่ควรรักษาไว้")
    else:
        parts.append(f"{office} ได้ทบทวนการดำเนินงานด้านคุณธรรมและความโปร่งใสของหน่วยงาน")
    parts.append(
        f"และกำหนด{TITLE} ประจำปีงบประมาณ พ.ศ. {year} จำนวน {count} รายการ "
        "โดยระบุขั้นตอนการดำเนินการ ผู้รับผิดชอบ และระยะเวลาไว้ให้ชัดเจน "
        "เพื่อให้ทุกส่วนราชการในสังกัดถือปฏิบัติและติดตามผลได้ ดังรายละเอียดในตารางต่อไปนี้")
    return " ".join(parts)


def _row(columns: list[Column], context: DocumentContext, options: DocumentOptions):
    def row(number: int, measure: dict[str, Any]) -> list[str]:
        values = {
            "indicator": links_text(measure, context.framework, by=options.group_by),
            "measure": f"{number}. {measure_label(measure)}",
            "analysis": measure.get("analysis") or "",
            "steps": measure.get("steps") or "",
            "units": "\n".join(measure.get("units") or ()) or "-",
            "period": period_text(measure.get("start_date"), measure.get("end_date"), options),
            "target": measure.get("target") or "",
        }
        return [options.digits(values[c.key]) for c in columns]

    return row


def table_widths(context: DocumentContext, options: DocumentOptions) -> list[float]:
    """The widths (points) of the measures table's columns, fitted to what they hold
    (tables.content_widths). Raises DocumentError for bad columns."""
    columns = columns_of(options)
    row = _row(columns, context, options)
    return content_widths(columns, [row(n, m) for n, m in enumerate(context.measures, 1)],
                          c.LANDSCAPE.frame_width)


def blocks(context: DocumentContext, options: DocumentOptions) -> list[c.Block]:
    """The document's content. Raises DocumentError for bad columns or grouping."""
    s = c.house_styles()
    columns = columns_of(options)
    title = [TITLE, f"ประจำปีงบประมาณ พ.ศ. {context.fiscal_year}"]
    out: list[c.Block] = title_block(title, context.profile, options)
    if not context.measures:
        out.append(notice(f"ไม่มีมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณ พ.ศ. "
                          f"{context.fiscal_year}", options))
        return out
    out.append(para(introduction(context, len(context.measures)),
                    s.body_indented.derive(space_after=8), options))
    groups = group_measures(context.measures, options.group_by, context.framework)
    row = _row(columns, context, options)
    widths = table_widths(context, options)
    chief = context.profile
    approval = None
    if (chief.get("chief_name") or "").strip() or (chief.get("chief_position") or "").strip():
        approval = signed("ผู้อนุมัติ", chief.get("chief_name"), chief.get("chief_position"),
                          options)
    out.append(grouped_table([col.header for col in columns], groups, row, widths, options,
                             footer=approval))
    return out


def document(context: DocumentContext, options: DocumentOptions,
             warnings: list[str] | None = None) -> c.Document:
    """The measures document of ``context.fiscal_year``, A4 landscape (it finds nothing to add
    to ``warnings``). Raises DocumentError (bad columns or grouping)."""
    return c.Document(
        sections=(c.Section(blocks=tuple(blocks(context, options)), page=c.LANDSCAPE),),
        title=f"{TITLE} ประจำปีงบประมาณ พ.ศ. {context.fiscal_year}", author=context.office,
        thai_digits=options.thai_digits)


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Write the measures document of ``context.fiscal_year`` to ``out`` (PDF, A4 landscape).

    Raises DocumentError (bad columns or grouping, unwritable path).
    """
    return render_pdf(document(context, options), out, options)
