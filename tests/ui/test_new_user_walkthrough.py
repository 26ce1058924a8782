"""The whole job once, as a new user does it in the real window: a new file, the office details,
the real ITA 2567 results of เทศบาลตำบลโพธิ์ชัย typed in, three measures written for 2568, a
follow-up recorded, and the memo, the measures and the results report printed and read back;
and a new อบต.'s first hour at 1366 × 768, 125 % (a dotted file name, the start page, ten scores
typed with the keyboard alone, then a year pasted as one column, the analysis, a measure, its
memo).

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
    # (a title wrapping onto a second line reads in with the next column's first line)
    assert all(squash(m[0].split(" (")[0]) in table for m in MEASURES)
    assert "(E-Service)" in table
    assert "ตลอดปีงบประมาณ๒๕๖๘" in table
    report_text = print_document(qtbot, window, "results", tmp_path / "results.pdf")
    assert squash("ทุกกองจัดทำคู่มือแล้ว ๑๒ งาน") in report_text
    assert "๑๖ธันวาคม๒๕๖๗" in report_text or "๑๖ธ.ค.๒๕๖๗" in report_text
    if shots.folder:
        for name in ("memo", "measures", "results"):
            shutil.copy(tmp_path / f"{name}.pdf", shots.folder / f"{name}.pdf")


# A new อบต.'s first hour --------------------------------------------------------------------

NEW_OFFICE = {"name": "อบต.ตัวอย่างใหม่", "district": "เมือง", "province": "ขอนแก่น",
              "unit_name": "สำนักปลัด", "reporter_name": "นางสาวตัวอย่าง ทดสอบ",
              "reporter_position": "นักวิเคราะห์นโยบายและแผน"}
COLUMN_2568 = ["96.12", "94.50", "97.83", "88.20", "95.75", "91.04", "90.66", "87.91", "76.50",
               "80.00"]  # made up; as copied from a spreadsheet column
LAPTOP_125 = (1093, 550)  # 1366 × 768 at 125 %: the free area less the title bar


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def add_year_by_its_dialog(qtbot, window, monkeypatch, year: int, *, button=None) -> None:
    """File › Add Fiscal Year… (or the start page's button), the year chosen and OK."""
    from PySide6.QtWidgets import QDialog

    from ui.views.add_year_dialog import AddYearDialog

    def run(dialog):
        dialog.year.setValue(year)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddYearDialog, "exec", run)
    if button is not None:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        window.add_year_action.trigger()


def test_a_new_offices_first_hour(qtbot, make_window, tmp_path, shots, app_font, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from ita_desktop import workbook
    from ita_desktop.framework import load_framework
    from ita_desktop.numbers import format_score, to_thai_digits
    from ita_desktop.scoring import score
    from ui import file_ops

    documents = tmp_path / "เอกสาร ของฉัน"
    documents.mkdir()
    monkeypatch.setattr(file_ops, "documents_folder", lambda: documents)
    asked = []

    def save_dialog(_parent, _caption, start, _filter):
        asked.append(start)
        return str(documents / NEW_OFFICE["name"]), ""  # typed without .db

    monkeypatch.setattr(file_ops.QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    window = make_window()
    window.resize(*LAPTOP_125)
    window.activateWindow()  # on a real X server the focus follows the active window
    qtbot.waitUntil(window.isActiveWindow)
    shots(window, "10-no-file")

    # File › New… with the office's dotted name: saved as .db, in Documents.
    qtbot.mouseClick(window.empty_page.buttons["new"], Qt.MouseButton.LeftButton)
    wait_for_operations(qtbot)
    path = documents / "อบต.ตัวอย่างใหม่.db"
    assert window.document.store.path == path and path.is_file()
    assert Path(asked[0]).parent == documents
    assert window.pages.currentWidget() is window.start_page
    shots(window, "11-start-page")

    # The start page's first button: the office details.
    qtbot.mouseClick(window.start_page.buttons["profile"], Qt.MouseButton.LeftButton)
    profile = window.profile_view
    for field, value in NEW_OFFICE.items():
        type_into(qtbot, profile.editors[field], value)
    shots(window, "12-office")

    # The next step: Add Fiscal Year… 2567, then its ten scores by keyboard alone, one pass.
    window.show_section("start")
    add_year_by_its_dialog(qtbot, window, monkeypatch, 2567,
                           button=window.start_page.buttons["add_year"])
    results = window.results_views[2567]
    assert results.stack.currentWidget() is results.scores_table
    for code, value in phochai_2567.INDICATORS.items():
        assert focused() is results.scores_table.fields[code].edit
        key_text(qtbot, focused(), to_thai_digits(value) if code == "6" else value)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert results.summary.total.text().endswith(phochai_2567.TOTAL)
    shots(window, "13-results-2567-typed")

    # 2568's ten scores pasted as one column into the first field, after the preview.
    add_year_by_its_dialog(qtbot, window, monkeypatch, 2568)
    results = window.results_views[2568]
    QGuiApplication.clipboard().setText("\r\n".join(COLUMN_2568) + "\r\n")
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = results.last_paste_dialog.model.rows()
    assert [row.code for row in rows] == [str(n) for n in range(1, 11)]
    expected = score(load_framework(2568),
                     [(str(n), v) for n, v in enumerate(COLUMN_2568, start=1)])
    with open_database(path, read_only=True) as store:
        stored = workbook.result_of(store, 2568)
    assert stored.total == expected.total and set(stored.items) == set()
    assert results.summary.total.text().endswith(format_score(expected.total))
    shots(window, "14-results-2568-pasted")

    # The analysis, a measure for 2569, and its memo printed.
    analysis = window.show_section("analysis", 2568)
    assert format_score(expected.total) in analysis.summary.text()
    shots(window, "15-analysis-2568")
    view = window.show_section("measures", 2569)
    view.add_action.trigger()
    type_into(qtbot, view.form.title, "มาตรการเผยแพร่ข้อมูลสาธารณะให้ครบทุกข้อ")
    index = view.form.period.shortcuts.findData("FY")
    view.form.period.shortcuts.setCurrentIndex(index)
    view.form.period.shortcuts.activated.emit(index)
    view.form.indicators.item(8).setCheckState(Qt.CheckState.Checked)
    shots(window, "16-measures-2569")
    memo = print_document_of(qtbot, window, 2569, "memo-measures", tmp_path / "memo.pdf")
    shots(window, "17-documents-memo-2569")
    assert squash(NEW_OFFICE["name"]) in memo and "รวม๑มาตรการ" in memo
    spaced = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "memo.pdf"),
                                      "-"], capture_output=True, text=True,
                                     check=True).stdout.split())
    assert "โดย อบต.ตัวอย่างใหม่" in spaced
    assert "เรียนนายกองค์การบริหารส่วนตำบลตัวอย่างใหม่" in memo  # the title spelled out
    notes = window.show_section("documents", 2569).notes
    assert any("ตราสัญลักษณ์" in note for note in notes)
    assert not any("ตราครุฑ" in note or "ผู้รายงาน" in note for note in notes)
    if shots.folder:
        shutil.copy(tmp_path / "memo.pdf", shots.folder / "memo-new-office.pdf")


def print_document_of(qtbot, window, year: int, kind: str, out: Path) -> str:
    view = window.show_section("documents", year)
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
