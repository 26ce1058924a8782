"""เอกสาร in the real window: choose a document, preview it, print it to PDF and save it, type
the memo's fields (stored, undoable, carried to the next year), no measures → the notice page,
options remembered by the next window, and rendering off the GUI thread (the last request wins)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QDesktopServices, QFocusEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from ita_desktop.documents import render
from ita_desktop.storage import memos, open_database
from tests.ui.conftest import finish, type_into, wait_for_operations
from ui.views import memo_form
from ui.views.print_support import print_pdf, set_up_printer

YEAR = 2569


def text_of(path: Path) -> str:
    """pdftotext of ``path`` with all white space removed (Thai wraps at any word)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return "".join(out.split())


def squash(text: str) -> str:
    return "".join(text.split())


def documents(qtbot, window, kind: str, year: int = YEAR):
    view = window.show_section("documents", year)
    assert view.select_kind(kind) or view.current_kind() == kind
    wait_ready(qtbot, view)
    return view


def wait_ready(qtbot, view) -> None:
    qtbot.waitUntil(view.is_current, timeout=30000)


def pdf_printer(path: Path):
    """What the print dialog would hand back after choosing "Print to File (PDF)"."""
    def ask(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return ask


def print_from(qtbot, view, path: Path) -> str:
    view.ask_printer = pdf_printer(path)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: path.exists() and view.output.printing is None, timeout=30000)
    wait_for_operations(qtbot)
    return text_of(path)


def test_print_and_save_the_measures_with_the_digits_chosen(make_window, example_path, qtbot,
                                                            tmp_path, monkeypatch):
    window = make_window(example_path)
    view = documents(qtbot, window, "measures")
    office = window.document.profile()["name"]
    title = window.document.measures.list(YEAR)[0]["title"]
    printed = print_from(qtbot, view, tmp_path / "printed.pdf")
    assert squash(office) in printed and squash(title) in printed
    assert "พ.ศ.๒๕๖๙" in printed and "พ.ศ.2569" not in printed

    qtbot.mouseClick(view.arabic_digits, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, view)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args) or str(tmp_path / "saved"), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not view.folder_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "saved.pdf"
    assert saved.exists() and asked
    assert asked[0][2].endswith(f"{YEAR}.pdf")  # a suggested name with the document and year
    text = text_of(saved)
    assert "พ.ศ.2569" in text and "พ.ศ.๒๕๖๙" not in text and squash(title) in text
    assert view.folder_button.isEnabled()
    qtbot.mouseClick(view.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_print_the_memo_with_its_subject_and_office(make_window, example_path, qtbot, tmp_path):
    window = make_window(example_path)
    view = documents(qtbot, window, "memo-measures")
    subject = view.memo_form.lines["subject"].text()
    assert subject.startswith("ขออนุมัติมาตรการ")
    printed = print_from(qtbot, view, tmp_path / "memo.pdf")
    assert squash(subject) in printed
    assert squash(window.document.profile()["name"]) in printed
    assert any("ตราสัญลักษณ์" in note for note in view.notes)  # the example has no emblem
    assert view.note_label.isVisible() and "ตราสัญลักษณ์" in view.note_label.text()


def test_the_preview_shows_page_one_and_turns_pages(make_window, example_path, qtbot):
    window = make_window(example_path)
    view = documents(qtbot, window, "analysis", 2568)
    preview = view.preview
    assert preview.document.pageCount() > 1 and preview.current_page() == 0
    assert preview.page_label.text() == f"หน้า 1 จาก {preview.document.pageCount()}" or \
        preview.page_label.text().startswith(("Page 1", "หน้า 1"))

    def not_blank() -> bool:
        image = preview.view.viewport().grab().toImage()
        colours = {image.pixelColor(x, y).lightness() for x in range(0, image.width(), 5)
                   for y in range(0, image.height(), 5)}
        return min(colours) < 100 and max(colours) > 240  # printed text on white paper

    qtbot.waitUntil(not_blank, timeout=10000)
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.previous_button.isEnabled()
    fitted = preview._factor()
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25)
    assert not preview.fit_button.isChecked()
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.fit_button.isChecked()
    assert view.select_kind("measures")
    wait_ready(qtbot, view)
    assert preview.current_page() == 0  # another document starts on its first page
    assert QColor(preview.view.viewport().grab().toImage().pixel(5, 5)).isValid()


def test_memo_fields_are_stored_undoable_and_start_next_year(make_window, example_path, qtbot,
                                                             tmp_path, monkeypatch):
    window = make_window(example_path)
    view = documents(qtbot, window, "memo-measures")
    form, document = view.memo_form, window.document

    def stored():
        return memos.get_memo(document.store, fiscal_year=YEAR, kind="measures")

    type_into(qtbot, form.lines["number"], "สบ ๗๒๔๐๑/๑๒๓")
    assert stored()["number"] == "สบ ๗๒๔๐๑/๑๒๓"
    type_into(qtbot, form.date.edit, "๑๕/๑๑/๒๕๖๘")
    assert stored()["date"] == "2025-11-15" and form.date.edit.text() == "15 พ.ย. 2568"
    type_into(qtbot, form.lines["signer_name"], "นายทดสอบ ลงนาม")
    # the profile's deputy is the one comment block at first; removing it leaves none
    assert [r["name"] for r in form.reviewers.reviewers()] == ["นางสาวพรทิพย์ มั่นคงดี"]
    qtbot.mouseClick(form.reviewers.remove_button, Qt.MouseButton.LeftButton)
    assert stored()["extra"]["reviewers"] == []
    assert form.reviewers.table.rowCount() == 0
    type_into(qtbot, form.lines["chief_name"], "นายผู้บริหาร ทดสอบ")
    assert stored()["extra"]["chief_name"] == "นายผู้บริหาร ทดสอบ"
    assert stored()["extra"]["reviewers"] == []  # kept when another key changes

    window.undo_action.trigger()
    assert "chief_name" not in stored()["extra"]
    assert form.lines["chief_name"].text() != "นายผู้บริหาร ทดสอบ"
    window.redo_action.trigger()
    assert form.lines["chief_name"].text() == "นายผู้บริหาร ทดสอบ"

    wait_ready(qtbot, view)  # the edits re-render the preview
    printed = print_from(qtbot, view, tmp_path / "memo.pdf")
    assert squash("สบ ๗๒๔๐๑/๑๒๓") in printed and "๑๕พฤศจิกายน๒๕๖๘" in printed
    assert "(นายทดสอบลงนาม)" in printed and "ความเห็น" not in printed

    # The body: typed text is stored; re-drafting asks, then follows the data again.
    form.body.selectAll()
    qtbot.keyClicks(form.body, "Body typed by the office")
    QApplication.sendEvent(form.body, QFocusEvent(QEvent.Type.FocusOut,
                                                  Qt.FocusReason.TabFocusReason))
    assert stored()["body"] == "Body typed by the office"
    asked = []
    monkeypatch.setattr(memo_form, "confirm", lambda *args: asked.append(args) or True)
    qtbot.mouseClick(form.redraft_button, Qt.MouseButton.LeftButton)
    assert asked and stored()["body"] == ""
    assert form.body.toPlainText().startswith("ตามที่")

    # A new fiscal year's memo starts from this one's addressee, signer and comment blocks.
    view = window.show_section("documents", 2570)
    assert view.current_kind() == "memo-measures"
    assert form.fiscal_year == 2570
    assert form.lines["signer_name"].text() == "นายทดสอบ ลงนาม"
    assert form.lines["chief_name"].text() == "นายผู้บริหาร ทดสอบ"
    assert form.reviewers.table.rowCount() == 0
    assert form.lines["number"].text() != "สบ ๗๒๔๐๑/๑๒๓"
    assert "2570" in form.lines["subject"].text()


def test_memo_purpose_chain_and_comments_are_edited_and_printed(make_window, example_path,
                                                                qtbot, tmp_path):
    window = make_window(example_path)
    view = documents(qtbot, window, "memo-measures")
    form, document = view.memo_form, window.document

    def stored():
        return memos.get_memo(document.store, fiscal_year=YEAR, kind="measures")["extra"]

    # sent for information: no approval boxes, the closing follows
    form.purpose.setCurrentIndex(form.purpose.findData("inform"))
    form.purpose.activated.emit(form.purpose.currentIndex())
    assert stored()["purpose"] == "inform"
    assert form.lines["closing"].text() == "จึงเรียนมาเพื่อโปรดทราบ"
    # the chain: the deputy with a typed comment, then a deputy mayor
    table = form.reviewers.table
    table.item(0, 2).setText("เพื่อโปรดทราบ")
    qtbot.mouseClick(form.reviewers.add_button, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2
    table.item(1, 0).setText("รองนายกองค์การบริหารส่วนตำบลดอนแก้วทอง")
    table.item(1, 1).setText("นายรองนายก ทดสอบ")
    assert stored()["reviewers"] == [
        {"name": "นางสาวพรทิพย์ มั่นคงดี", "position": "ปลัดองค์การบริหารส่วนตำบลดอนแก้วทอง",
         "text": "เพื่อโปรดทราบ"},
        {"name": "นายรองนายก ทดสอบ", "position": "รองนายกองค์การบริหารส่วนตำบลดอนแก้วทอง",
         "text": ""}]
    type_into(qtbot, form.lines["chief_text"], "ทราบ ให้เผยแพร่")
    wait_ready(qtbot, view)
    printed = print_from(qtbot, view, tmp_path / "memo.pdf")
    assert printed.count("ความเห็น") == 2 and "เพื่อโปรดทราบ" in printed
    assert "(นายรองนายกทดสอบ)" in printed and "ทราบให้เผยแพร่" in printed
    assert "ไม่อนุมัติ" not in printed and "ข้อพิจารณา/สั่งการ" not in printed
    # each step undoes on its own
    window.undo_action.trigger()
    assert "chief_text" not in stored()
    window.undo_action.trigger()
    assert stored()["reviewers"][1]["name"] == ""
    assert table.item(1, 1).text() == ""


def test_a_refused_field_keeps_the_text_and_says_why(make_window, example_path, qtbot):
    window = make_window(example_path)
    view = documents(qtbot, window, "memo-results")
    form = view.memo_form
    type_into(qtbot, form.date.edit, "31/02/2569")
    assert form.date.has_error and form.date.edit.text() == "31/02/2569"
    assert memos.get_memo(window.document.store, fiscal_year=YEAR, kind="results")["date"] \
        == "2026-09-25"
    assert window.document.undo_stack.count() == 0


def test_no_measures_prints_the_notice_not_an_empty_table(make_window, example_path, qtbot,
                                                          tmp_path):
    window = make_window(example_path)
    view = documents(qtbot, window, "measures")
    for measure in window.document.measures.list(YEAR):
        assert window.document.measures.delete(measure["id"])
    assert not view.is_current()  # the change is seen at once, re-rendered after the pause
    wait_ready(qtbot, view)
    notice = QCoreApplication.translate(
        "DocumentsView", "Fiscal year %1 has no measures yet: the document prints a notice "
        "instead of an empty table.").replace("%1", str(YEAR))
    assert view.note_label.isVisible() and notice in view.note_label.text()
    printed = print_from(qtbot, view, tmp_path / "empty.pdf")
    assert squash("ไม่มีมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณ") in printed
    assert "ขั้นตอน/วิธีดำเนินการ" not in printed and "ผู้รับผิดชอบ" not in printed


def test_options_are_remembered_by_the_next_window(make_window, example_path, qtbot):
    window = make_window(example_path)
    view = documents(qtbot, window, "measures")
    view.column_boxes["analysis"].click()
    view.column_boxes["target"].click()
    view.group_combo.setCurrentIndex(view.group_combo.findData("issue"))
    view.group_combo.activated.emit(view.group_combo.currentIndex())
    view.arabic_digits.click()
    wait_ready(qtbot, view)
    options = view.options()
    assert options.columns == ("indicator", "measure", "steps", "units", "period", "target")
    assert options.group_by == "issue" and not options.thai_digits
    window.close()

    again = make_window(example_path)
    view = again.show_section("documents", YEAR)
    assert view.current_kind() == "measures"
    wait_ready(qtbot, view)
    assert view.options() == options
    assert view.group_combo.currentData() == "issue" and view.arabic_digits.isChecked()
    assert not view.column_boxes["analysis"].isChecked()


def test_the_last_column_cannot_be_unchecked(make_window, example_path, qtbot):
    view = documents(qtbot, make_window(example_path), "measures")
    for column, box in view.column_boxes.items():
        if box.isChecked() and column != "measure":
            box.click()
    view.column_boxes["measure"].click()
    assert view.column_boxes["measure"].isChecked()
    wait_ready(qtbot, view)
    assert view.error_label.isHidden() and view.options().columns == ("measure",)


def test_the_last_request_wins(make_window, example_path, qtbot, tmp_path):
    window = make_window(example_path)
    view = documents(qtbot, window, "measures")
    shown = []
    view.rendered.connect(shown.append)
    view.arabic_digits.click()  # starts a render with Arabic digits…
    view.column_boxes["target"].click()
    view.thai_digits.click()  # …that is stale before it ends: Thai digits and a target column
    assert not view.is_current() and view.report is None  # nothing stale may be printed
    wait_ready(qtbot, view)
    assert len(shown) == 1  # the stale render was never shown
    text = text_of(view.report.path)
    assert "พ.ศ.๒๕๖๙" in text and "พ.ศ.2569" not in text and "เป้าหมาย" in text
    assert view.preview.path == view.report.path


def test_a_read_only_file_prints_but_cannot_edit_the_memo(make_window, example_path, qtbot,
                                                           tmp_path):
    window = make_window()
    assert finish(qtbot, window.open_file(example_path, read_only=True))
    view = documents(qtbot, window, "memo-measures")
    qtbot.waitUntil(view.print_button.isEnabled)
    assert view.memo_form.lines["number"].isReadOnly()
    assert not view.memo_form.redraft_button.isEnabled()
    printed = print_from(qtbot, view, tmp_path / "ro.pdf")
    assert "บันทึกข้อความ" in printed


def test_printing_on_a_printer_renders_each_page(qapp, example_path, tmp_path):
    with open_database(example_path) as store:
        report = render("measures", store, fiscal_year=YEAR, out=tmp_path / "m.pdf")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "raster.pdf"))
    printer.setResolution(100)
    set_up_printer(printer, report.path, title="test")
    assert print_pdf(report.path, printer, rasterise=True) == report.pages
    info = subprocess.run(["pdfinfo", str(tmp_path / "raster.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert re.search(rf"Pages:\s+{report.pages}\n", info) and "842 x 595" in info  # A4 landscape
    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1",
                    str(tmp_path / "raster.pdf"), str(tmp_path / "page")], check=True)
    data = next(tmp_path.glob("page*.pgm")).read_bytes()
    pixels = data[-(len(data) // 2):]
    assert min(pixels) < 100 and max(pixels) > 240  # printed, not blank


def test_documents_filed_together_are_offered_and_printed(make_window, example_path, qtbot,
                                                          tmp_path):
    window = make_window(example_path)
    view = window.show_section("documents", YEAR)
    names = [view.kinds.item(row).text() for row in range(view.kinds.count())]
    assert "รายงานการวิเคราะห์พร้อมมาตรการ (ไฟล์เดียว)" in names
    view = documents(qtbot, window, "memo-measures-attached")
    assert view.memo_box.isVisibleTo(view) and view.memo_form.kind == "memo-measures"
    assert view.group_combo.isVisibleTo(view)  # the measures' grouping applies to it
    type_into(qtbot, view.memo_form.lines["number"], "สบ ๗๒๔๐๑/๒๐๐")
    wait_ready(qtbot, view)
    printed = print_from(qtbot, view, tmp_path / "memo-attached.pdf")
    assert view.report.pages > 10
    assert "สบ๗๒๔๐๑/๒๐๐" in printed and "รายงานการวิเคราะห์ผลการประเมิน" in printed
    assert "ผู้อนุมัติ" in printed
    view = documents(qtbot, window, "analysis-measures")
    assert not view.memo_box.isVisibleTo(view)
    assert view.column_boxes["steps"].isVisibleTo(view)
