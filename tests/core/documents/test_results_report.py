"""The results report (รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส), rendered from the
example database and read back with poppler."""

from __future__ import annotations

import re
import subprocess

import pytest

from ita_desktop.documents import DocumentOptions, EmptyDocumentError, render, results_report
from ita_desktop.documents.base import LANDSCAPE
from ita_desktop.documents.context import load_context
from ita_desktop.documents.results_report import latest_status, period_label
from ita_desktop.storage import followups, measures, readiness

from .conftest import pdffonts, pdftotext, squash
from .test_measures_report import column_of, widths_of

YEAR = 2569
THAI = DocumentOptions()
TOOL_HEADERS = [
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
    "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
    "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)",
]
OIT_HEADING = "ข้อมูลการเปิดเผยต่อสาธารณะ (OIT) ที่ยังต้องพัฒนา"


def make(store, tmp_path, name="r.pdf", **options):
    out = tmp_path / name
    report = render("results", store, fiscal_year=YEAR, out=out,
                    options=DocumentOptions(**options))
    assert report.path == out and out.exists() and report.pages >= 1
    return out


def oit_section(pdf) -> str:
    """Squashed text from the OIT-to-improve heading on."""
    text = squash(pdftotext(pdf))
    return text[text.index(squash(OIT_HEADING)):]


def test_every_measure_and_unit_is_printed(example_store, tmp_path):
    pdf = make(example_store, tmp_path)
    text = squash(pdftotext(pdf))
    widths = widths_of(example_store, "results")
    titles, steps, units = (column_of(pdf, widths, i) for i in (0, 1, 2))
    rows = measures.list_measures(example_store, fiscal_year=YEAR)
    for row in rows:
        assert squash(THAI.digits(row["title"])) in titles
        assert squash(THAI.digits(row["steps"])) in steps
        for unit in row["units"]:
            assert squash(unit) in units
    assert squash("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") in text
    assert squash("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙") in text
    for column in ("วิธีการดำเนินการ", "ระยะเวลา", "ผลการดำเนินการ", "ผลลัพธ์หรือความสำเร็จ",
                   "ข้อเสนอแนะ"):
        assert squash(column) in text


def test_follow_up_results_with_status_and_dated_evidence(example_store, tmp_path):
    text = squash(pdftotext(make(example_store, tmp_path)))
    assert squash("ไตรมาสที่ ๑ (ต.ค. – ธ.ค. ๒๕๖๘): ดำเนินการแล้วเสร็จ") in text
    assert squash("ไตรมาสที่ ๒ (ม.ค. – มี.ค. ๒๕๖๙): อยู่ระหว่างดำเนินการ") in text
    assert squash("จัดทำแผนผังขั้นตอนการให้บริการครบ ๑๒ งาน") in text
    assert squash("- ประกาศขั้นตอนและระยะเวลาการให้บริการ ลงวันที่ ๑๕ ธันวาคม ๒๕๖๘") in text
    assert squash("- คำสั่งแนวปฏิบัติการยืมพัสดุ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๘") in text
    assert "https://www.donkaeothong.go.th/manual" in text  # URL digits and letters as typed
    assert squash("ผู้รับบริการทราบขั้นตอนชัดเจนขึ้น") in text  # outcome
    assert squash("ควรทบทวนทุกปีงบประมาณ") in text  # suggestions
    assert squash("ยังไม่มีการรายงานผล") in text  # the measure nobody reported on


def test_summary_counts_measures_by_latest_status(example_store, tmp_path):
    text = squash(pdftotext(make(example_store, tmp_path)))
    assert squash("สรุปผล: มาตรการทั้งหมด ๕ รายการ ดำเนินการแล้วเสร็จ ๑ รายการ "
                  "อยู่ระหว่างดำเนินการ ๒ รายการ ยังไม่ได้ดำเนินการ ๒ รายการ ยกเลิก ๐ รายการ") in text
    hearing = measures.list_measures(example_store, fiscal_year=YEAR)[4]
    followups.set_followup(example_store, measure_id=hearing["id"], period="Q3", status="cancelled",
                           results="งดจัดเวทีเพราะงบประมาณไม่เพียงพอ")
    text = squash(pdftotext(make(example_store, tmp_path, "again.pdf")))
    assert squash("ยังไม่ได้ดำเนินการ ๑ รายการ ยกเลิก ๑ รายการ") in text
    assert squash("ไตรมาสที่ ๓ (เม.ย. – มิ.ย. ๒๕๖๙): ยกเลิก") in text


def test_latest_status_and_period_labels():
    assert latest_status([]) == "not_started"
    assert latest_status([{"period": "Q2", "status": "done"},
                          {"period": "Q1", "status": "in_progress"}]) == "done"
    assert latest_status([{"period": "FY", "status": "cancelled"},
                          {"period": "Q4", "status": "done"}]) == "cancelled"
    assert period_label("Q1", YEAR, THAI) == "ไตรมาสที่ ๑ (ต.ค. – ธ.ค. ๒๕๖๘)"
    assert period_label("Q4", YEAR, THAI) == "ไตรมาสที่ ๔ (ก.ค. – ก.ย. ๒๕๖๙)"
    assert period_label("FY", YEAR, THAI) == "ทั้งปีงบประมาณ ๒๕๖๙"
    assert period_label("Q2", YEAR, DocumentOptions(thai_digits=False)) == \
        "ไตรมาสที่ 2 (ม.ค. – มี.ค. 2569)"


# ---------------------------------------------------------------- grouping


def tool_lines(pdf) -> list[str]:
    return [line.strip() for line in pdftotext(pdf).splitlines() if line.strip() in TOOL_HEADERS]


@pytest.mark.parametrize("group_by", ["tool", "indicator"])
def test_grouped_by_tool(example_store, tmp_path, group_by):
    pdf = make(example_store, tmp_path, group_by=group_by)
    assert tool_lines(pdf) == TOOL_HEADERS
    text = squash(pdftotext(pdf))
    # IIT: measures 1 and 3, EIT: 2 and 5, OIT: 4 - numbered in printed order
    order = [text.index(squash(t)) for t in (
        TOOL_HEADERS[0], "๑. มาตรการจัดทำคู่มือ", "๒. กิจกรรมตรวจสอบการยืม",
        TOOL_HEADERS[1], "๓. โครงการพัฒนาระบบบริการออนไลน์", "๔. กิจกรรมเปิดโอกาสให้ประชาชน",
        TOOL_HEADERS[2], "๕. มาตรการเผยแพร่รายงานผล")]
    assert order == sorted(order)


def test_numbered_without_groups(example_store, tmp_path):
    pdf = make(example_store, tmp_path, group_by="number")
    assert tool_lines(pdf) == []
    text = squash(pdftotext(pdf))
    order = [text.index(squash(t)) for t in (
        "๑. มาตรการจัดทำคู่มือ", "๒. โครงการพัฒนาระบบบริการออนไลน์",
        "๓. กิจกรรมตรวจสอบการยืม", "๔. มาตรการเผยแพร่รายงานผล", "๕. กิจกรรมเปิดโอกาสให้ประชาชน")]
    assert order == sorted(order)


def text_bottoms(pdf) -> list[float]:
    """Per page, how far down (points from the top) its lowest word reaches."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [max(map(float, re.findall(r'yMax="([\d.]+)"', page)), default=0.0)
            for page in out.split("<page ")[1:]]


@pytest.mark.parametrize("extra_lines", range(0, 40, 4))
def test_page_breaks(example_store, tmp_path, extra_lines):
    """Long cells in the first and third rows, the first growing step by step: the header row
    is printed once per page, no tool header ends a page, the signature keeps the last row."""
    rows = measures.list_measures(example_store, fiscal_year=YEAR)
    steps = rows[0]["steps"] + "".join(f"\n- งานเพิ่มเติมลำดับที่ {n}" for n in range(extra_lines))
    measures.update_measure(example_store, rows[0]["id"], steps=steps)
    results = "\n".join(f"{n}. ตรวจสอบทะเบียนยืมพัสดุครั้งที่ {n} และบันทึกผลในระบบ"
                        for n in range(1, 40))
    followups.set_followup(example_store, measure_id=rows[2]["id"], period="Q3",
                           status="in_progress", results=results)
    pdf = make(example_store, tmp_path, group_by="tool")
    pages = pdftotext(pdf).split("\f")[:-1]
    for page in pages:
        assert squash(page).count("วิธีการดำเนินการ") <= 1
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[-1] not in TOOL_HEADERS
    # no page the table runs on is left a quarter empty when the next row could have started
    frame = LANDSCAPE.size[1] - LANDSCAPE.top - LANDSCAPE.bottom
    floor = LANDSCAPE.size[1] - LANDSCAPE.bottom - 0.25 * frame - 24
    assert all(bottom >= floor for bottom in text_bottoms(pdf)[:-2])
    signature = next(squash(page) for page in pages if "ผู้รายงาน" in page)
    assert "o24" in signature
    text = squash(pdftotext(pdf))
    assert squash(THAI.digits(results)) in column_of(pdf, widths_of(example_store, "results"), 4,
                                                    "ผลการดำเนินการ")
    assert text.count(squash("๓๙. ตรวจสอบทะเบียนยืมพัสดุครั้งที่ ๓๙")) == 1


# ---------------------------------------------------------------- OIT items to improve


def test_oit_items_to_improve(example_store, tmp_path):
    section = oit_section(make(example_store, tmp_path))
    for header in ("ตัวชี้วัด", "ประเด็นการประเมิน", "ประเด็นที่ควรพัฒนา", "ผลการดำเนินการ/สถานะ",
                   "ผู้รับผิดชอบ", "กำหนดเสร็จ"):
        assert squash(header) in section
    assert squash("o10 E-Service") in section  # missing
    assert squash("o24 รายงานผลการดำเนินการ") in section  # missing
    assert squash("o9 คู่มือหรือแนวทางการให้บริการ") in section  # needs an update
    assert squash("o19 ข้อมูลสถิติเรื่องร้องเรียน") in section
    assert section.count(squash("ยังไม่มีข้อมูลเผยแพร่บนเว็บไซต์")) == 2
    assert "https://www.donkaeothong.go.th/ita/o19" in section  # URL keeps its digits
    assert squash("ตัวชี้วัดที่ ๑๐") in section and squash("๑๐.๑ การดำเนินการเพื่อ") in section
    assert squash("๓๐ เม.ย. ๒๕๖๙") in section
    assert squash("o๘ คู่มือ") not in section  # published
    assert squash("o1 โครงสร้าง") not in section


def test_oit_table_follows_the_readiness(example_store, tmp_path):
    readiness.set_readiness(example_store, fiscal_year=YEAR, item_code="o10", status="published",
                            url="https://www.donkaeothong.go.th/eservice")
    readiness.set_readiness(example_store, fiscal_year=YEAR, item_code="o3", status="missing",
                            note="ยังไม่มีแผนที่ตั้งสำนักงาน")
    section = oit_section(make(example_store, tmp_path))
    assert squash("o10 E-Service") not in section
    assert squash("ยังไม่มีแผนที่ตั้งสำนักงาน") in section
    assert squash("ตัวชี้วัดที่ ๙") in section and squash("๙.๑ ข้อมูลพื้นฐาน") in section


def test_reporter_signs(example_store, tmp_path):
    text = squash(pdftotext(make(example_store, tmp_path)))
    tail = text[text.index(squash(OIT_HEADING)):]
    assert squash("ผู้รายงาน") in tail
    assert squash("(นางวันเพ็ญ สุขประเสริฐ)") in tail
    assert squash("นักวิเคราะห์นโยบายและแผนชำนาญการ") in tail


# ---------------------------------------------------------------- literal text, empty year, digits


def test_user_text_prints_literally(example_store, tmp_path):
    first = measures.list_measures(example_store, fiscal_year=YEAR)[0]
    followups.set_followup(example_store, measure_id=first["id"], period="Q3", status="done",
                           results="<b>x</b> & <", outcome="<p>ผลลัพธ์ &amp; ความสำเร็จ</p>")
    text = pdftotext(make(example_store, tmp_path))
    assert "<b>x</b> & <" in text
    assert squash("<p>ผลลัพธ์ &amp; ความสำเร็จ</p>") in squash(text)


def test_year_without_measures(example_store, tmp_path):
    out = tmp_path / "none.pdf"
    with pytest.raises(EmptyDocumentError):
        render("results", example_store, fiscal_year=2570, out=out)
    assert not out.exists()
    render("results", example_store, fiscal_year=2570, out=out,
           options=DocumentOptions(allow_empty=True))
    text = squash(pdftotext(out))
    assert squash("ไม่มีมาตรการที่ต้องรายงานผลในปีงบประมาณ พ.ศ. ๒๕๗๐") in text
    assert squash("ผลลัพธ์หรือความสำเร็จ") not in text


def test_arabic_digits(example_store, tmp_path):
    text = pdftotext(make(example_store, tmp_path, thai_digits=False))
    assert not re.search("[๐-๙]", text)
    assert squash("ลงวันที่ 15 ธันวาคม 2568") in squash(text)
    assert squash("o10 E-Service") in squash(text)


def test_only_sarabun_is_embedded(example_store, tmp_path):
    fonts = pdffonts(make(example_store, tmp_path))
    assert fonts and all(font.split("+")[-1].startswith("Sarabun") for font in fonts)


def test_tools_from_item_codes_without_a_framework(example_store, tmp_path):
    context = load_context(example_store, kind="results", fiscal_year=YEAR, options=THAI)
    context.framework = context.analysis = None
    pdf = results_report.render(context, tmp_path / "bare.pdf", THAI).path
    assert tool_lines(pdf) == TOOL_HEADERS  # i…/e…/o… codes name the tool
    section = oit_section(pdf)
    assert "o10" in section and "o24" in section
