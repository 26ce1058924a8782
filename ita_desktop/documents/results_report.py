"""The results report: รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
ประจำปีงบประมาณ พ.ศ. N.

A4 landscape: the title block, an introduction, one table with a row per measure (the measure,
its steps, units, period, the follow-up results per reporting period with their status and dated
evidence, the outcome and the suggestions), grouped by tool (IIT/EIT/OIT, ``group_by`` "tool";
"indicator" falls back to it), by analysis issue ("issue") or simply numbered ("number"); a line
counting the measures by status; the OIT items still to improve (from the OIT readiness); and the
reporter's signature.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from ita_desktop.documents.base import (
    LANDSCAPE,
    DocumentError,
    DocumentOptions,
    RenderReport,
    build_pdf,
    para,
    styles,
)
from ita_desktop.documents.context import DocumentContext
from ita_desktop.documents.measures_report import measure_label
from ita_desktop.documents.options import RESULT_COLUMNS
from ita_desktop.documents.tables import (
    Column,
    Unbreakable,
    as_date,
    content_widths,
    fiscal_year_bounds,
    footed_table,
    framework_item,
    group_measures,
    grouped_table,
    notice,
    period_text,
    signed,
    title_block,
)
from ita_desktop.printing import Span, ThaiParagraph, cell_flowables, thai_date

TITLE = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
PERIODS = ("Q1", "Q2", "Q3", "Q4", "FY")
STATUS_TEXT = {
    "done": "ดำเนินการแล้วเสร็จ",
    "in_progress": "อยู่ระหว่างดำเนินการ",
    "not_started": "ยังไม่ได้ดำเนินการ",
    "cancelled": "ยกเลิก",
}
READINESS_TEXT = {
    "missing": "ยังไม่มีข้อมูลเผยแพร่บนเว็บไซต์",
    "needs_update": "มีข้อมูลบนเว็บไซต์แล้ว แต่ต้องปรับปรุงให้ครบถ้วน",
}
COLUMNS = (
    Column("measure", "มาตรการ/โครงการ/กิจกรรม", 4.2),
    Column("steps", "วิธีการดำเนินการ", 5.0),
    Column("units", "ผู้รับผิดชอบ", 2.6),
    Column("period", "ระยะเวลา", 2.4),
    Column("results", "ผลการดำเนินการ", 6.2),
    Column("outcome", "ผลลัพธ์หรือความสำเร็จ", 3.2),
    Column("suggestions", "ข้อเสนอแนะ", 3.1),
)
OIT_COLUMNS = (
    Column("indicator", "ตัวชี้วัด", 4.0),
    Column("item", "ประเด็นการประเมิน", 5.6),
    Column("note", "ประเด็นที่ควรพัฒนา", 5.6),
    Column("status", "ผลการดำเนินการ/สถานะ", 5.2),
    Column("unit", "ผู้รับผิดชอบ", 3.4),
    Column("due", "กำหนดเสร็จ", 2.9),
)


def columns_of(options: DocumentOptions) -> list[Column]:
    """The columns to print, in order (None: all of RESULT_COLUMNS).

    Raises DocumentError for an unknown column name or an empty choice.
    """
    by_key = {c.key: c for c in COLUMNS}
    keys = RESULT_COLUMNS if options.columns is None else tuple(dict.fromkeys(options.columns))
    unknown = [k for k in keys if k not in by_key]
    if unknown:
        raise DocumentError(f"ไม่รู้จักคอลัมน์ {', '.join(map(str, unknown))} ของรายงานผล "
                            f"(ใช้ได้: {', '.join(RESULT_COLUMNS)})")
    if not keys:
        raise DocumentError("ต้องเลือกคอลัมน์ของรายงานผลอย่างน้อยหนึ่งคอลัมน์")
    return [by_key[k] for k in keys]


def group_of(options: DocumentOptions) -> str:
    """The grouping used: "indicator" (a measures-document choice) falls back to "tool"."""
    return "tool" if options.group_by == "indicator" else options.group_by


def period_label(period: str, fiscal_year: int, options: DocumentOptions) -> str:
    """ "ไตรมาสที่ ๑ (ต.ค. – ธ.ค. ๒๕๖๘)"; "FY" is the whole year; another code prints as is."""
    if period == "FY":
        return f"ทั้งปีงบประมาณ {options.digits(fiscal_year)}"
    if period not in PERIODS:
        return options.digits(period)
    first, _ = fiscal_year_bounds(fiscal_year)
    quarter = PERIODS.index(period)
    month = first.month + 3 * quarter
    start = first.replace(year=first.year + (month > 12), month=(month - 1) % 12 + 1)
    end_month = start.month + 2
    end = start.replace(month=end_month, day=31 if end_month in (3, 12) else 30)
    return f"ไตรมาสที่ {options.digits(quarter + 1)} ({period_text(start, end, options)})"


def latest_status(records: list[dict[str, Any]]) -> str:
    """A measure's status: that of its latest report (FY after Q4 … Q1), not_started without one
    (the rule of storage.followups.overview)."""
    ranked = [(PERIODS.index(r["period"]) if r["period"] in PERIODS else -1, r["status"])
              for r in records]
    return max(ranked)[1] if ranked else "not_started"


def status_counts(context: DocumentContext) -> dict[str, int]:
    """Measures by latest status, keys as STATUS_TEXT."""
    counts = dict.fromkeys(STATUS_TEXT, 0)
    for measure in context.measures:
        status = latest_status(context.followups.get(measure["id"], []))
        counts[status] = counts.get(status, 0) + 1
    return counts


def evidence_text(evidence: dict[str, Any], options: DocumentOptions) -> str:
    """ "ประกาศ … ลงวันที่ ๑๕ ธันวาคม ๒๕๖๘" with the URL on the next line (digits kept)."""
    text = (evidence.get("title") or "").strip()
    day = as_date(evidence.get("date"))
    if day is not None:
        text += f" ลงวันที่ {thai_date(day, 'full', thai_digits=options.thai_digits)}"
    if evidence.get("url"):
        text += "\n" + evidence["url"]
    return options.digits(text)


def results_cell(records: list[dict[str, Any]], fiscal_year: int,
                 options: DocumentOptions) -> list[Flowable]:
    """Per report: "period: status" in bold, the results as typed, then the evidence as dashed
    items; "ยังไม่มีการรายงานผล" when there is none."""
    cell = styles().cell
    if not records:
        return [ThaiParagraph("ยังไม่มีการรายงานผล", cell)]
    out: list[Flowable] = []
    for n, record in enumerate(records):
        head = options.digits(period_label(record["period"], fiscal_year, options))
        status = STATUS_TEXT.get(record["status"], record["status"])
        out.append(ThaiParagraph([Span(f"{head}: ", bold=True), Span(status)],
                                 cell.derive(space_before=4 if n else 0)))
        out.extend(cell_flowables(options.digits(record.get("results") or ""), cell))
        for evidence in record.get("evidence") or ():
            out.extend(cell_flowables("- " + evidence_text(evidence, options), cell))
    return out


def _texts(records: list[dict[str, Any]], field: str, fiscal_year: int,
           options: DocumentOptions) -> str:
    """The distinct non-empty texts of ``field`` in period order; labelled by period when the
    reports say different things."""
    seen: dict[str, str] = {}
    for record in records:
        text = (record.get(field) or "").strip()
        if text and text not in seen:
            seen[text] = record["period"]
    if len(seen) <= 1:
        return options.digits(next(iter(seen), ""))
    return "\n\n".join(f"{period_label(period, fiscal_year, options)}:\n{options.digits(text)}"
                       for text, period in seen.items())


def _row(context: DocumentContext, options: DocumentOptions, columns: list[Column]):
    cell = styles().cell

    def row(number: int, measure: dict[str, Any]) -> list[Any]:
        records = context.followups.get(measure["id"], [])
        status = STATUS_TEXT.get(latest_status(records), latest_status(records))
        label = cell_flowables(options.digits(f"{number}. {measure_label(measure)}"), cell)
        label.append(ThaiParagraph(f"(สถานะ: {status})", cell.derive(space_before=3)))
        values = {
            "measure": lambda: label,
            "steps": lambda: options.digits(measure.get("steps") or ""),
            "units": lambda: options.digits("\n".join(measure.get("units") or ()) or "-"),
            "period": lambda: period_text(measure.get("start_date"), measure.get("end_date"),
                                          options),
            "results": lambda: results_cell(records, context.fiscal_year, options),
            "outcome": lambda: _texts(records, "outcome", context.fiscal_year, options),
            "suggestions": lambda: _texts(records, "suggestions", context.fiscal_year, options),
        }
        return [values[c.key]() for c in columns]

    return row


def table_widths(context: DocumentContext, options: DocumentOptions) -> list[float]:
    """The widths (points) of the results table's columns, fitted to what they hold
    (tables.content_widths). Raises DocumentError for bad columns."""
    columns = columns_of(options)
    row = _row(context, options, columns)
    return content_widths(columns, [row(n, m) for n, m in enumerate(context.measures, 1)],
                          LANDSCAPE.frame_width)


def introduction(context: DocumentContext) -> str:
    """The drafted opening paragraph (Arabic digits; converted when printed)."""
    year = context.fiscal_year
    based = (f" ซึ่งจัดทำขึ้นจากผลการวิเคราะห์การประเมิน ITA ประจำปีงบประมาณ พ.ศ. "
             f"{context.assessment_year}" if context.assessment_year else "")
    return (f"{context.office} ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน "
            f"ประจำปีงบประมาณ พ.ศ. {year} ไว้จำนวน {len(context.measures)} รายการ{based} "
            "และได้ติดตามการดำเนินการของส่วนราชการที่รับผิดชอบตามรอบการรายงาน "
            "จึงขอรายงานผลการดำเนินการ ผลลัพธ์ที่เกิดขึ้น และข้อเสนอแนะเพื่อการปรับปรุง ดังนี้")


def summary_text(counts: dict[str, int], total: int) -> str:
    """ "สรุป: มาตรการทั้งหมด 5 รายการ ดำเนินการแล้วเสร็จ 1 รายการ …" (Arabic digits)."""
    parts = [f"{STATUS_TEXT[key]} {counts.get(key, 0)} รายการ" for key in STATUS_TEXT]
    return f"สรุปผล: มาตรการทั้งหมด {total} รายการ " + " ".join(parts)


def readiness_rows(context: DocumentContext, options: DocumentOptions) -> list[list[str]]:
    """Rows of the OIT-to-improve table: items whose status is needs_update or missing."""
    framework = context.framework
    rows = []
    for entry in context.readiness:
        if entry.get("status") not in READINESS_TEXT:
            continue
        code = str(entry["item_code"])
        item, indicator, sub = framework_item(framework, code), None, None
        if item is not None:
            indicator = framework.indicator(item.indicator)
            sub = next((s for s in framework.sub_indicators if s.code == item.sub_indicator), None)
        where = f"ตัวชี้วัดที่ {indicator.number} {indicator.title}" if indicator else "-"
        if sub is not None:
            where += f"\n{sub.code} {sub.title}"
        status = READINESS_TEXT[entry["status"]]
        if entry.get("url"):
            status += "\n" + entry["url"]
        due = as_date(entry.get("due_date"))
        rows.append([
            options.digits(where),
            options.digits(f"{item.code if item else code} {item.title if item else ''}".strip()),
            options.digits(entry.get("note") or "-"),
            options.digits(status),
            options.digits(entry.get("unit_name") or "-"),
            thai_date(due, "short", thai_digits=options.thai_digits) if due else "-",
        ])
    return rows


def readiness_section(context: DocumentContext, options: DocumentOptions, *,
                      signature: Flowable | None = None) -> list[Flowable]:
    """The heading and table of OIT items still to improve (``signature`` under its last row),
    or a line when every item is published; nothing when no OIT readiness is recorded."""
    if not context.readiness:
        return []
    s = styles()
    heading = para("ข้อมูลการเปิดเผยต่อสาธารณะ (OIT) ที่ยังต้องพัฒนา",
                   s.heading.derive(space_before=14), options)
    rows = readiness_rows(context, options)
    if not rows:
        line = para("ข้อมูล OIT ทุกข้อเผยแพร่บนเว็บไซต์ครบถ้วนแล้ว", s.plain, options)
        return [Unbreakable([heading, line, *([signature] if signature else [])])]
    widths = content_widths(OIT_COLUMNS, rows, LANDSCAPE.frame_width)
    header = [options.digits(c.header) for c in OIT_COLUMNS]
    return [CondPageBreak(4 * cm), heading,  # the heading never ends a page
            footed_table([header, *rows], widths, footer=signature)]


def story(context: DocumentContext, options: DocumentOptions) -> list[Flowable]:
    """The report's flowables. Raises DocumentError for an unknown grouping or column.

    The reporter's signature is kept with the last row above it: under the OIT table, or with
    the summary line under the measures table when there is no OIT table.
    """
    s = styles()
    columns = columns_of(options)
    title = [TITLE, f"ประจำปีงบประมาณ พ.ศ. {context.fiscal_year}"]
    out: list[Flowable] = title_block(title, context.profile, options)
    if not context.measures:
        out.append(notice(f"ไม่มีมาตรการที่ต้องรายงานผลในปีงบประมาณ พ.ศ. {context.fiscal_year}",
                          options))
        out.extend(readiness_section(context, options))
        return out
    out.append(para(introduction(context), s.body_indented.derive(space_after=8), options))
    groups = group_measures(context.measures, group_of(options), context.framework)
    row = _row(context, options, columns)
    widths = table_widths(context, options)
    summary = para(summary_text(status_counts(context), len(context.measures)),
                   s.plain.derive(bold=True, space_before=0.3 * cm), options)
    profile = context.profile
    signature = None
    if any((profile.get(k) or "").strip() for k in ("reporter_name", "reporter_position")):
        signature = signed("ผู้รายงาน", profile.get("reporter_name"),
                           profile.get("reporter_position"), options)
    footer = None
    if not context.readiness and signature is not None:
        footer, summary, signature = Unbreakable([summary, signature]), None, None
    out.append(grouped_table([c.header for c in columns], groups, row, widths, options,
                             footer=footer))
    if summary is not None:
        out.append(summary)
    out.extend(readiness_section(context, options, signature=signature))
    return out


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Write the results report of ``context.fiscal_year`` to ``out`` (PDF, A4 landscape).

    Raises DocumentError (unknown grouping, unwritable path).
    """
    return build_pdf(out, story(context, options), options, page=LANDSCAPE,
                     title=f"{TITLE} ประจำปีงบประมาณ พ.ศ. {context.fiscal_year}",
                     author=context.office)
