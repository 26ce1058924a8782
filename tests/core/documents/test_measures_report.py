"""The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใส), rendered from the example database
and read back with poppler."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess

import pytest

from ita_desktop.documents import (
    DocumentError,
    DocumentOptions,
    EmptyDocumentError,
    measures_report,
    render,
)
from ita_desktop.documents.base import LANDSCAPE
from ita_desktop.documents.context import load_context
from ita_desktop.documents.measures_report import columns_of
from ita_desktop.documents.tables import fit_widths, group_measures, period_text
from ita_desktop.storage import measures

from .conftest import pdffonts, pdftotext, squash

YEAR = 2569
THAI = DocumentOptions()
ARABIC = DocumentOptions(thai_digits=False)
HEADERS = {
    "indicator": "ตัวชี้วัด/ประเด็น",
    "measure": "มาตรการ/โครงการ/กิจกรรม",
    "analysis": "ผลการวิเคราะห์",
    "steps": "ขั้นตอน/วิธีดำเนินการ",
    "units": "ผู้รับผิดชอบ",
    "period": "ระยะเวลาดำเนินการ",
    "target": "เป้าหมาย",
}


def make(store, tmp_path, name="m.pdf", **options):
    out = tmp_path / name
    report = render("measures", store, fiscal_year=YEAR, out=out,
                    options=DocumentOptions(**options))
    assert report.path == out and out.exists()
    return out


def long_steps(size: int = 5000) -> str:
    """Numbered steps with dashed bullets, as offices type them, cut to ``size`` characters."""
    lines: list[str] = []
    n = 0
    while len("\n".join(lines)) < size:
        n += 1
        lines.append(f"{n}. ตรวจสอบทะเบียนคุมการให้บริการประจำเดือนครั้งที่ {n} "
                     "และรายงานผู้บริหารภายในห้าวันทำการ")
        if n % 4 == 0:
            lines.append(f"- แจ้งผลการตรวจสอบครั้งที่ {n} ให้ทุกกองทราบทางหนังสือเวียน")
    return "\n".join(lines)[:size].rstrip()


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>')


def column_text(pdf, x: float, width: float) -> list[str]:
    """Words whose left edge lies in a vertical strip of each page (below the page number), in
    reading order by position (pdftotext -bbox), one squashed string per page."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = [(round(float(y)), float(x0), html.unescape(text))
                 for x0, y, text in _WORD.findall(page)
                 if x <= float(x0) < x + width and float(y) > LANDSCAPE.top]
        pages.append("".join(text for _, _, text in sorted(words)))
    return pages


def widths_of(store, kind: str = "measures", **options) -> list[float]:
    """The column widths (points) the document's table is printed with (fitted to content)."""
    from ita_desktop.documents import prepare, results_report

    chosen = DocumentOptions(**options)
    context = prepare(kind, store, fiscal_year=YEAR, options=chosen)
    module = measures_report if kind == "measures" else results_report
    return module.table_widths(context, chosen)


def column_of(pdf, widths: list[float], index: int, header: str = "") -> str:
    """Squashed text of table column ``index`` (``widths`` in points across the frame) over all
    pages, without its repeated ``header``: what one cell column printed, in order."""
    strips = column_text(pdf, LANDSCAPE.left + sum(widths[:index]), widths[index])
    return "".join(squash(page).replace(squash(header), "", 1) for page in strips)


# ---------------------------------------------------------------- content


def test_every_measure_and_unit_is_printed(example_store, tmp_path):
    pdf = make(example_store, tmp_path)
    text = squash(pdftotext(pdf))
    widths = widths_of(example_store)
    titles = column_of(pdf, widths, 1)
    units = column_of(pdf, widths, 4)
    steps = column_of(pdf, widths, 3)
    rows = measures.list_measures(example_store, fiscal_year=YEAR)
    assert len(rows) == 5
    for row in rows:
        assert squash(THAI.digits(row["title"])) in titles
        assert squash(THAI.digits(row["steps"])) in steps
        for unit in row["units"]:
            assert squash(unit) in units
    assert squash("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") in text
    assert squash("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙") in text
    assert squash("อำเภอบ้านไผ่งาม จังหวัดสุวรรณบุรี") in text


def test_introduction_quotes_the_assessment_and_approver_signs(example_store, tmp_path):
    text = squash(pdftotext(make(example_store, tmp_path)))
    assert squash("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") in text  # the ITA year the measures answer
    assert squash("ได้คะแนนรวม ๘๕.๙๒ คะแนน") in text
    assert squash("“ผ่าน”") in text
    assert squash("ลงชื่อ") in text and squash("ผู้อนุมัติ") in text
    assert squash("(นายสมศักดิ์ ใจดีงาม)") in text
    assert squash("นายกองค์การบริหารส่วนตำบลดอนแก้วทอง") in text


def test_periods_print_as_thai_months(example_store, tmp_path):
    text = squash(pdftotext(make(example_store, tmp_path)))
    assert squash("ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙") in text
    assert squash("ตลอดปีงบประมาณ ๒๕๖๙") in text
    assert squash("๑ เม.ย. – ๑๕ ก.ย. ๒๕๖๙") in text


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(dt.date(2025, 10, 1), dt.date(2026, 3, 31), "ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙"),
     (dt.date(2025, 10, 1), dt.date(2026, 9, 30), "ตลอดปีงบประมาณ ๒๕๖๙"),
     ("2026-01-01", "2026-03-31", "ม.ค. – มี.ค. ๒๕๖๙"),
     ("2026-02-01", "2026-02-28", "ก.พ. ๒๕๖๙"),
     ("2026-04-01", "2026-09-15", "๑ เม.ย. – ๑๕ ก.ย. ๒๕๖๙"),
     ("2025-10-01", None, "ตั้งแต่ ต.ค. ๒๕๖๘"),
     (None, "2026-09-30", "ภายใน ก.ย. ๒๕๖๙"),
     (None, None, "-")],
)
def test_period_text(start, end, expected):
    assert period_text(start, end, THAI) == expected


def test_period_text_in_arabic_digits():
    assert period_text("2025-10-01", "2026-09-30", ARABIC) == "ตลอดปีงบประมาณ 2569"
    assert period_text("2025-10-01", "2026-03-31", ARABIC) == "ต.ค. 2568 – มี.ค. 2569"


# ---------------------------------------------------------------- grouping


def group_lines(pdf) -> list[str]:
    """Lines of the PDF that are a whole group header (they span the table, so never wrap)."""
    return [line.strip() for line in pdftotext(pdf).splitlines()
            if re.match(r"^(ตัวชี้วัดที่|ประเด็นที่) [๐-๙]+ \S", line.strip())
            or line.strip() == "อื่น ๆ"]


def test_grouped_by_indicator(example_store, tmp_path):
    lines = group_lines(make(example_store, tmp_path, group_by="indicator"))
    headers = ["ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่", "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ",
               "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน", "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต"]
    # (a measure's own indicator cell may read like a group header: first appearances count)
    assert list(dict.fromkeys(line for line in lines if line in headers)) == headers
    assert not any(line.startswith("ประเด็นที่") for line in lines)


def test_grouped_by_issue(example_store, tmp_path):
    lines = group_lines(make(example_store, tmp_path, group_by="issue"))
    headers = ["ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ",
               "ประเด็นที่ ๒ การให้บริการและระบบ E-Service",
               "ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ",
               "ประเด็นที่ ๗ กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน"]
    assert [line for line in lines if line in headers] == headers
    assert not any(line.startswith("ตัวชี้วัดที่") for line in lines)


def test_rows_follow_their_groups(example_store, tmp_path):
    pdf = make(example_store, tmp_path, group_by="indicator")
    # the measure column with the group headers that cross it: the fifth measure (indicator 8)
    # is printed fourth, right after the other indicator-8 measure
    text = column_of(pdf, widths_of(example_store, group_by="indicator"), 1)
    order = [text.index(squash(t)) for t in (
        "๑. มาตรการจัดทำคู่มือ", "๒. กิจกรรมตรวจสอบการยืม", "๓. โครงการพัฒนาระบบบริการออนไลน์",
        "๔. กิจกรรมเปิดโอกาสให้ประชาชนมีส่วนร่วม", "๕. มาตรการเผยแพร่รายงานผลการจัดการความเสี่ยง")]
    assert order == sorted(order)


def test_unlinked_measures_go_last_and_items_find_their_indicator(example_store, tmp_path):
    measures.add_measure(example_store, fiscal_year=YEAR, title="กิจกรรมที่ยังไม่ผูกกับตัวชี้วัด",
                         units=["กองคลัง"], position=0)
    measures.add_measure(example_store, fiscal_year=YEAR, title="มาตรการเผยแพร่สถิติเรื่องร้องเรียน",
                         links={"item": ["o19"]})
    pdf = make(example_store, tmp_path, group_by="indicator")
    lines = group_lines(pdf)
    assert lines[-1] == "อื่น ๆ"
    text = squash(pdftotext(pdf))
    assert text.index("อื่นๆ") < text.index(squash("กิจกรรมที่ยังไม่ผูกกับตัวชี้วัด"))
    ninth = text.index(squash("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"))
    assert ninth < text.index(squash("มาตรการเผยแพร่สถิติเรื่องร้องเรียน")) < text.index("อื่นๆ")
    rows = measures.list_measures(example_store, fiscal_year=YEAR)
    by_issue = group_measures(rows, "issue", None)  # no framework: only explicit links count
    assert by_issue[-1].title == "อื่น ๆ" and len(by_issue[-1].measures) == 2


# ---------------------------------------------------------------- columns


def header_positions(pdf) -> dict[str, int]:
    """Column of each header text on the table's header line of page 1 (pdftotext -layout)."""
    page = pdftotext(pdf, layout=True).split("\f")[0]
    line = next(line for line in page.splitlines() if HEADERS["measure"] in line)
    return {key: line.index(text) for key, text in HEADERS.items() if text in line}


def test_default_columns_leave_out_the_target(example_store, tmp_path):
    positions = header_positions(make(example_store, tmp_path))
    assert "target" not in positions
    text = pdftotext(make(example_store, tmp_path, "all.pdf",
                          columns=("indicator", "measure", "target")))
    assert squash("ผู้ใช้บริการออนไลน์ไม่น้อยกว่า ๑๐๐ ราย") in squash(text)


def test_columns_option_chooses_and_orders_the_columns(example_store, tmp_path):
    pdf = make(example_store, tmp_path, columns=("period", "measure", "units", "target"))
    positions = header_positions(pdf)
    assert list(sorted(positions, key=positions.get)) == ["period", "measure", "units", "target"]
    page_one = pdftotext(pdf).split("\f")[0]
    for absent in ("steps", "analysis", "indicator"):
        assert HEADERS[absent] not in page_one
    assert squash("รวบรวมงานบริการทุกประเภท") not in squash(pdftotext(pdf))


def test_column_widths_fill_the_frame():
    for columns in (None, ("measure",), ("steps", "target", "indicator")):
        widths = fit_widths([c.weight for c in columns_of(DocumentOptions(columns=columns))],
                            LANDSCAPE.frame_width)
        assert sum(widths) == pytest.approx(LANDSCAPE.frame_width)
    steps, units = fit_widths([columns_of(THAI)[3].weight, columns_of(THAI)[4].weight], 100)
    assert steps > units


@pytest.mark.parametrize("choice", [{"columns": ("measure", "budget")}, {"columns": ()},
                                    {"group_by": "colour"}])
def test_bad_choices_are_refused(example_store, tmp_path, choice):
    with pytest.raises(DocumentError):
        make(example_store, tmp_path, **choice)


def test_without_an_assessment(example_store, tmp_path):
    """Measures of a file without results (no framework, no analysis): codes stand for titles."""
    context = load_context(example_store, kind="measures", fiscal_year=YEAR, options=THAI)
    context.framework = context.analysis = None
    out = measures_report.render(context, tmp_path / "bare.pdf", THAI).path
    headers = ["ตัวชี้วัดที่ ๑", "ตัวชี้วัดที่ ๔", "ตัวชี้วัดที่ ๘", "ตัวชี้วัดที่ ๑๐"]
    layout = pdftotext(out, layout=True).splitlines()  # a group header is alone on its line
    assert [line.strip() for line in layout if line.strip() in headers] == headers
    text = squash(pdftotext(out))
    assert squash("ได้ทบทวนการดำเนินงานด้านคุณธรรมและความโปร่งใส") in text
    assert "คะแนนรวม" not in text


# ---------------------------------------------------------------- long rows and literal text


def test_a_5000_character_cell_runs_over_pages_intact(example_store, tmp_path):
    text = long_steps()
    assert len(text) >= 4990
    first = measures.list_measures(example_store, fiscal_year=YEAR)[0]
    measures.update_measure(example_store, first["id"], steps=text)
    pdf = make(example_store, tmp_path)
    pages = pdftotext(pdf).split("\f")[:-1]
    assert len(pages) >= 3
    for page in pages[:3]:  # the header row repeats on every page the row runs over
        for key in ("indicator", "measure", "steps", "units", "period"):
            assert squash(HEADERS[key]) in squash(page)
    # read the steps column alone, page by page, dropping its repeated header
    joined = column_of(pdf, widths_of(example_store), 3, HEADERS["steps"])
    assert squash(THAI.digits(text)) in joined
    assert squash(pdftotext(pdf)).count(squash("๔๐. ตรวจสอบทะเบียน")) == 1  # nothing doubled


def test_user_text_prints_literally(example_store, tmp_path):
    first = measures.list_measures(example_store, fiscal_year=YEAR)[0]
    measures.update_measure(example_store, first["id"], title="<b>x</b> & <",
                            analysis="<p>ผลการวิเคราะห์ &amp; ข้อสังเกต</p>",
                            steps='<ul style="list-style-type: none"> - ขั้นแรก </ul>')
    text = pdftotext(make(example_store, tmp_path))
    assert "<b>x</b> & <" in text
    assert squash("<p>ผลการวิเคราะห์ &amp; ข้อสังเกต</p>") in squash(text)
    assert squash('<ul style="list-style-type: none"> - ขั้นแรก </ul>') in squash(text)


# ---------------------------------------------------------------- empty year, digits, fonts


def test_year_without_measures(example_store, tmp_path):
    out = tmp_path / "none.pdf"
    with pytest.raises(EmptyDocumentError):
        render("measures", example_store, fiscal_year=2570, out=out)
    assert not out.exists()
    render("measures", example_store, fiscal_year=2570, out=out,
           options=DocumentOptions(allow_empty=True))
    text = squash(pdftotext(out))
    assert squash("ไม่มีมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณ พ.ศ. ๒๕๗๐") in text
    assert squash(HEADERS["measure"]) not in text


def test_arabic_digits(example_store, tmp_path):
    text = pdftotext(make(example_store, tmp_path, thai_digits=False))
    assert not re.search("[๐-๙]", text)
    assert "2569" in text and squash("ตลอดปีงบประมาณ 2569") in squash(text)
    assert squash("1. มาตรการจัดทำคู่มือ") in squash(text)


def test_only_sarabun_is_embedded(example_store, tmp_path):
    fonts = pdffonts(make(example_store, tmp_path))
    assert fonts and all(font.split("+")[-1].startswith("Sarabun") for font in fonts)


def orphaned_group_headers(pdf) -> list[str]:
    """Group headers printed as the last table line of a page (their first row on the next)."""
    orphans = []
    for page in pdftotext(pdf, layout=True).split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        lines = [line for line in lines if not re.fullmatch(r"-\s*[๐-๙0-9]+\s*-", line)]
        if lines and re.match(r"^(ตัวชี้วัดที่|ประเด็นที่) [๐-๙]+ \S", lines[-1]):
            orphans.append(lines[-1])
    return orphans


@pytest.mark.parametrize("extra_lines", range(0, 28, 3))
def test_group_header_stays_with_its_first_row(example_store, tmp_path, extra_lines):
    """Lengthen the first row step by step so each later group header meets the page foot."""
    first = measures.list_measures(example_store, fiscal_year=YEAR)[0]
    steps = first["steps"] + "".join(f"\n- งานเพิ่มเติมลำดับที่ {n}" for n in range(extra_lines))
    measures.update_measure(example_store, first["id"], steps=steps)
    for group_by in ("indicator", "issue"):
        pdf = make(example_store, tmp_path, f"{group_by}.pdf", group_by=group_by)
        assert orphaned_group_headers(pdf) == []
        pages = [squash(page) for page in pdftotext(pdf).split("\f")]
        assert all(page.count(squash(HEADERS["steps"])) <= 1 for page in pages)  # header once
        signature = next(page for page in pages if "ผู้อนุมัติ" in page)
        assert "o23" in signature  # the approval never stands alone: the last row comes along


def test_a_measure_linked_only_to_an_indicator_goes_under_its_issue(example_store, tmp_path):
    first = measures.list_measures(example_store, fiscal_year=YEAR)[2]  # the assets activity
    measures.update_measure(example_store, first["id"], links={"indicator": ["4"]})
    lines = group_lines(make(example_store, tmp_path, group_by="issue"))
    assert "ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ" in lines
    assert "อื่น ๆ" not in lines


def test_columns_are_sized_by_what_they_hold(example_store, tmp_path):
    widths = dict(zip(("indicator", "measure", "analysis", "steps", "units", "period"),
                      widths_of(example_store), strict=True))
    assert abs(sum(widths.values()) - LANDSCAPE.frame_width) < 0.01
    assert widths["steps"] == max(widths.values())  # the longest texts get the most room
    for row in measures.list_measures(example_store, fiscal_year=YEAR):
        measures.update_measure(example_store, row["id"], analysis="")
    emptied = dict(zip(widths, widths_of(example_store), strict=True))
    assert emptied["analysis"] < widths["analysis"] - 20  # an empty column shrinks to its header
    assert emptied["steps"] > widths["steps"]
    make(example_store, tmp_path)  # and still prints
