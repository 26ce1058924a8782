"""The whole job once, as a new user does it in the real window: a new file, the office details,
the real ITA 2567 results of เทศบาลตำบลโพธิ์ชัย typed in, three measures written for 2568, a
follow-up recorded, and the memo, the measures and the results report printed and read back.

With ``ITA_WALKTHROUGH_DIR`` set (e.g. under ``xvfb-run``) every screen is saved there as a PNG
and every printed PDF is kept, to be looked at page by page."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ita_desktop.storage import followups, measures, open_database
from tests.ui import phochai_2567
from tests.ui.conftest import key_text, type_into, wait_for_operations

PLAN = 2568
OFFICE = {
    "name": "เทศบาลตำบลโพธิ์ชัย", "district": "เมืองหนองคาย", "province": "หนองคาย",
    "phone": "๐ ๔๒๔๖ ๕๐๐๐", "unit_name": "หน่วยตรวจสอบภายใน", "doc_prefix": "นค ๕๓๗๑๑",
    "reporter_name": "นางกนกอร พรมรส", "reporter_position": "นักวิชาการตรวจสอบภายในชำนาญการ",
    "deputy_name": "จ่าอากาศเอกสุรชิต พิสัยพันธ์", "deputy_position": "ปลัดเทศบาลตำบลโพธิ์ชัย",
    "chief_name": "นายทองปน วรรณพันธ์", "chief_position": "นายกเทศมนตรีตำบลโพธิ์ชัย",
}  # fmt: skip
MEASURES = [  # title, steps typed line by line, units, period shortcut, indicator rows
    ("มาตรการจัดทำคู่มือการปฏิบัติงานและการให้บริการ",
     ["๑. รวบรวมขั้นตอนงานบริการของทุกกอง", "เผยแพร่คู่มือบนเว็บไซต์และบอร์ดประชาสัมพันธ์"],
     ["สำนักปลัด", "กองคลัง"], "FY", [5]),
    ("โครงการพัฒนาระบบบริการออนไลน์ (E-Service)",
     ["๑. เปิดแบบคำร้องออนไลน์", "ประชาสัมพันธ์ผ่าน Line และ Facebook"],
     ["สำนักปลัด"], "Q2", [7]),
    ("กิจกรรมเผยแพร่มาตรการป้องกันการทุจริตให้ประชาชนทราบ",
     ["๑. จัดทำประกาศ", "ติดประกาศ ณ จุดบริการ"], ["หน่วยตรวจสอบภายใน"], "Q1", [9]),
]


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return "".join(out.split())


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def app_font(qapp):
    """The bundled Thai font, as ``ita-desktop`` sets it at start-up (a machine without a Thai
    font shows boxes otherwise); the test session's font is put back afterwards."""
    from ui.app import use_bundled_thai_font

    before = qapp.font()
    use_bundled_thai_font(qapp)
    yield
    qapp.setFont(before)


@pytest.fixture
def shots():
    folder = os.environ.get("ITA_WALKTHROUGH_DIR")
    target = Path(folder) if folder else None
    if target:
        target.mkdir(parents=True, exist_ok=True)

    def shot(window, name: str) -> None:
        if target:
            wait_for_operations_quietly(window)
            window.grab().save(str(target / f"{name}.png"))

    shot.folder = target
    return shot


def wait_for_operations_quietly(window) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        QApplication.processEvents()


def print_document(qtbot, window, kind: str, out: Path) -> str:
    view = window.show_section("documents", PLAN)
    assert view.select_kind(kind) or view.current_kind() == kind
    qtbot.waitUntil(view.is_current, timeout=30000)

    def ask(printer) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    view.ask_printer = ask
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and view.output.printing is None, timeout=30000)
    wait_for_operations(qtbot)
    return pdf_text(out)


def test_a_new_office_does_the_whole_job(qtbot, make_window, tmp_path, shots, app_font):
    path = tmp_path / "โพธิ์ชัย.db"
    window = make_window(path, new=True)
    window.resize(1400, 880)
    window.activateWindow()  # on a real X server the focus follows the active window
    qtbot.waitActive(window)

    # Office details, typed field by field.
    profile = window.show_section("profile")
    for field, value in OFFICE.items():
        type_into(qtbot, profile.editors[field], value)
    assert window.document.profile()["name"] == OFFICE["name"]
    shots(window, "01-office")

    # The published 2567 results, indicator by indicator (Thai digits for some).
    assert window.add_fiscal_year(2567)
    results = window.results_views[2567]
    thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    for code, score in phochai_2567.INDICATORS.items():
        form = results.show_indicator(int(code))
        type_into(qtbot, form.fields[code].edit, score.translate(thai) if code in "678" else score)
    official = results.show_indicator(0)
    type_into(qtbot, official.fields["TOTAL"].edit, phochai_2567.TOTAL)
    assert results.summary.total.text().endswith("99.16")
    # indicator scores leave EIT part 1 and 2 open: the window asks for the published rating
    assert not results.summary.rating_box.isHidden()
    official.rating.setCurrentText("ผ่านดีเยี่ยม")
    official.rating.lineEdit().editingFinished.emit()
    assert "ผ่านดีเยี่ยม" in results.summary.rating.text()
    assert results.summary.rating_box.isHidden()
    results.show_indicator(6)
    shots(window, "02-results-2567")
    analysis = window.show_section("analysis", 2567)
    assert "99.16" in analysis.summary.text()
    shots(window, "03-analysis-2567")

    # Three measures for 2568, written in the form.
    assert PLAN in window.navigation.plan_years
    view = window.show_section("measures", PLAN)
    form = view.form
    for title, steps, units, shortcut, indicators in MEASURES:
        view.add_action.trigger()
        type_into(qtbot, form.title, title)
        form.steps.setFocus()
        qtbot.waitUntil(form.steps.hasFocus)
        key_text(qtbot, form.steps, steps[0])
        for line in steps[1:]:
            qtbot.keyClick(form.steps, Qt.Key.Key_Return)  # "๒. " follows by itself
            key_text(qtbot, form.steps, line)
        form.title.setFocus()
        for unit in units:
            type_into(qtbot, form.units.edit, unit)
        index = form.period.shortcuts.findData(shortcut)
        form.period.shortcuts.setCurrentIndex(index)
        form.period.shortcuts.activated.emit(index)
        for row in indicators:
            form.indicators.item(row).setCheckState(Qt.CheckState.Checked)
    with open_database(path, read_only=True) as store:
        saved = measures.list_measures(store, fiscal_year=PLAN)
    assert [m["title"] for m in saved] == [m[0] for m in MEASURES]
    assert saved[0]["steps"] == "๑. รวบรวมขั้นตอนงานบริการของทุกกอง\n" \
                                "๒. เผยแพร่คู่มือบนเว็บไซต์และบอร์ดประชาสัมพันธ์"
    assert saved[0]["units"] == ["สำนักปลัด", "กองคลัง"]
    assert (saved[1]["start_date"], saved[1]["end_date"]) == ("2025-01-01", "2025-03-31")
    view.select(saved[0]["id"])
    shots(window, "04-measures-2568")

    # A follow-up of the first measure in quarter 1, with dated evidence.
    follow = window.show_section("followup", PLAN)
    follow.select_measure(saved[0]["id"], "Q1")
    follow.status.setCurrentIndex(follow.status.findData("done"))
    follow.status.activated.emit(follow.status.currentIndex())
    box = follow.texts["results"]
    box.setFocus()
    key_text(qtbot, box, "ทุกกองจัดทำคู่มือแล้ว ๑๒ งาน")
    follow.texts["outcome"].setFocus()
    assert window.document.followups.add_evidence(
        saved[0]["id"], "Q1", title="ประกาศคู่มือการให้บริการ", date="2024-12-16",
        url="https://www.phochai.go.th/manual")
    with open_database(path, read_only=True) as store:
        report = followups.list_followups(store, fiscal_year=PLAN)[0]
    assert (report["status"], report["results"]) == ("done", "ทุกกองจัดทำคู่มือแล้ว ๑๒ งาน")
    assert follow.overview.shown.total.done == 1
    shots(window, "05-followup-2568")
    readiness = window.show_section("readiness", PLAN)
    assert readiness.summary.oit.text() == "ยังไม่ได้ตรวจความพร้อมข้อ OIT ใดเลย"  # no 0.00 scare
    shots(window, "06-readiness-2568")

    # Print the memo, the measures and the results report, and read them back.
    memo = print_document(qtbot, window, "memo-measures", tmp_path / "memo.pdf")
    shots(window, "07-documents-memo")
    assert "บันทึกข้อความ" in memo and squash(OFFICE["name"]) in memo
    assert "ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน" in memo
    assert "๙๙.๑๖" in memo and squash("(นางกนกอร พรมรส)") in memo
    table = print_document(qtbot, window, "measures", tmp_path / "measures.pdf")
    shots(window, "08-documents-measures")
    assert all(squash(m[0]) in table for m in MEASURES)
    assert "ตลอดปีงบประมาณ๒๕๖๘" in table
    report_text = print_document(qtbot, window, "results", tmp_path / "results.pdf")
    assert squash("ทุกกองจัดทำคู่มือแล้ว ๑๒ งาน") in report_text
    assert "๑๖ธันวาคม๒๕๖๗" in report_text or "๑๖ธ.ค.๒๕๖๗" in report_text
    if shots.folder:
        for name in ("memo", "measures", "results"):
            shutil.copy(tmp_path / f"{name}.pdf", shots.folder / f"{name}.pdf")
