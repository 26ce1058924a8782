"""Pasting from a web page or a Word file into the office's text fields: the HTML on the clipboard
goes in as plain lines (paragraphs, "๑." items, no tags, no &nbsp;), is stored and printed so, and
is one undo step; plain text on the clipboard and typed text stay exactly as they are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from ita_desktop.storage import measures, open_database
from tests.ui.conftest import key_text, undo
from ui.widgets.plain_paste import PlainPasteLineEdit, PlainPasteTextEdit, html_to_plain

YEAR = 2569

# What a browser puts on the clipboard for part of a page of the NACC site.
NACC_SITE = (
    "<html><body><!--StartFragment--><h3 style=\"color:#0b3d91\">แนวทางการยกระดับ</h3>"
    "<p>หน่วยงานควร&nbsp;<b>เปิดเผยข้อมูล</b>&nbsp;&nbsp;ตามตัวชี้วัดที่&nbsp;9</p>"
    "<ol><li>จัดทำแผนปฏิบัติการ<br>ประจำปี</li><li>รายงานผลการดำเนินงาน"
    "<ul><li>รอบ ๖ เดือน</li><li>รอบ ๑๒ เดือน</li></ul></li></ol>"
    "<p>&nbsp;</p><p>&nbsp;</p>"
    "<ul><li><span style=\"font-family:Tahoma\">ประกาศเจตนารมณ์</span></li>"
    "<li>มาตรการป้องกันการรับสินบน</li></ul>"
    "<p>ที่มา:&nbsp;สำนักงาน ป.ป.ช.</p><!--EndFragment--></body></html>")
NACC_PLAIN = ("แนวทางการยกระดับ\n"
              "หน่วยงานควร เปิดเผยข้อมูล ตามตัวชี้วัดที่ 9\n"
              "๑. จัดทำแผนปฏิบัติการ\nประจำปี\n"
              "๒. รายงานผลการดำเนินงาน\n"
              "    - รอบ ๖ เดือน\n    - รอบ ๑๒ เดือน\n"
              "\n"
              "- ประกาศเจตนารมณ์\n- มาตรการป้องกันการรับสินบน\n"
              "ที่มา: สำนักงาน ป.ป.ช.")

# What Word puts on the clipboard for two paragraphs of last year's file (its list numbers are
# text in the paragraph, hidden behind conditional comments).
WORD = (
    "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta charset=utf-8>"
    "<style><!-- p.MsoNormal {margin:0cm; font-family:\"TH SarabunPSK\";} --></style></head>"
    "<body lang=TH><!--StartFragment--><p class=MsoNormal>&nbsp;&nbsp;&nbsp;&nbsp;"
    "องค์การบริหารส่วนตำบล<span lang=EN-US>&nbsp;</span>จัดประชุมชี้แจง</p>"
    "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>"
    "<![if !supportLists]><span>1.<span style='font:7.0pt \"Times New Roman\"'>"
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>ประกาศขั้นตอน</p>"
    "<!--EndFragment--></body></html>")


def html_mime(html: str, text: str | None = None) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    return mime


def paste(qtbot, widget, mime: QMimeData) -> None:
    """Put ``mime`` on the clipboard and press Ctrl+V in ``widget``, as a user does."""
    QApplication.clipboard().setMimeData(mime)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


def test_qt_reads_a_nacc_page_and_a_word_file_into_plain_lines(qapp):
    assert html_to_plain(NACC_SITE) == NACC_PLAIN
    word = html_to_plain(WORD)
    assert word == "องค์การบริหารส่วนตำบล จัดประชุมชี้แจง\n1. ประกาศขั้นตอน"
    assert html_to_plain("<p>พิมพ์ &lt;p&gt; เอง</p>") == "พิมพ์ <p> เอง"


def test_pasted_html_is_stored_plain_printed_without_tags_and_undone_in_one_step(
        qtbot, window, tmp_path):
    from ita_desktop.documents import render
    from tests.core.documents.conftest import pdftotext, squash

    view = window.show_section("measures", YEAR)
    first = view.model.measure(0)["id"]
    view.select(first)
    steps = view.form.steps
    before = window.document.measures.get(first)["steps"]
    steps.setFocus()
    qtbot.waitUntil(steps.hasFocus)
    steps.selectAll()
    # Browsers also offer the same text as text/plain: the HTML is the one read.
    paste(qtbot, steps, html_mime(NACC_SITE, "<p>หน่วยงานควร</p>"))
    assert steps.toPlainText() == NACC_PLAIN
    view.form.title.setFocus()  # leaving the box stores it
    qtbot.waitUntil(lambda: not steps.hasFocus())
    with open_database(window.document.store.path, read_only=True) as store:
        assert measures.get_measure(store, first)["steps"] == NACC_PLAIN
    assert window.undo_action.text().endswith(window.document.undo_stack.undoText())

    out = tmp_path / "measures.pdf"
    render("measures", window.document.store, fiscal_year=YEAR, out=out)
    printed = pdftotext(out)
    for markup in ("<", ">", "&nbsp", "&amp", "\xa0"):
        assert markup not in printed
    assert squash("๑. จัดทำแผนปฏิบัติการ") in squash(printed)
    assert squash("- มาตรการป้องกันการรับสินบน") in squash(printed)

    undo(window)  # the whole paste is one step
    assert window.document.measures.get(first)["steps"] == before
    assert steps.toPlainText() == before


def test_typed_and_plain_text_markup_is_kept_literally(qtbot, window):
    view = window.show_section("measures", YEAR)
    first = view.model.measure(0)["id"]
    view.select(first)
    box = view.form.target
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    key_text(qtbot, box, "<p>ร้อยละ 80</p> ")
    plain = QMimeData()
    plain.setText("<b>&nbsp;ตัวหนา</b>")
    paste(qtbot, box, plain)
    view.form.title.setFocus()
    qtbot.waitUntil(lambda: not box.hasFocus())
    assert window.document.measures.get(first)["target"] == "<p>ร้อยละ 80</p> <b>&nbsp;ตัวหนา</b>"


def test_one_line_fields_take_a_pasted_page_as_one_line(qtbot, window):
    view = window.show_section("measures", YEAR)
    first = view.model.measure(0)["id"]
    view.select(first)
    title = view.form.title
    before = title.text()
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.selectAll()
    paste(qtbot, title, html_mime("<p>โครงการ&nbsp;อบรม</p><p><b>คุณธรรม</b></p>"))
    assert title.text() == "โครงการ อบรม คุณธรรม"
    title.undo()  # one undo step in the field
    assert title.text() == before
    title.redo()
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.document.measures.get(first)["title"] == "โครงการ อบรม คุณธรรม"
    plain = QMimeData()
    plain.setText("บรรทัดหนึ่ง\nบรรทัดสอง")  # several lines of plain text: one line as well
    title.selectAll()
    paste(qtbot, title, plain)
    assert title.text() == "บรรทัดหนึ่ง บรรทัดสอง"


@pytest.mark.parametrize(("section", "fiscal_year"), [
    ("measures", YEAR), ("followup", YEAR), ("readiness", YEAR), ("analysis", 2568),
    ("documents", 2568), ("framework", 2568), ("results", 2568), ("profile", 0)])
def test_every_text_field_of_a_section_pastes_plain(window, section, fiscal_year):
    from ui.views.score_field import ScoreLineEdit

    view = window.show_section(section, fiscal_year)
    lines = [e for e in view.findChildren(QLineEdit) if not isinstance(
        e.parent(), QAbstractSpinBox | QComboBox) and not isinstance(e, ScoreLineEdit)]
    boxes = view.findChildren(QTextEdit) + view.findChildren(QPlainTextEdit)
    assert lines or boxes
    for edit in lines:
        assert isinstance(edit, PlainPasteLineEdit), edit.objectName() or edit
    for box in boxes:
        if not box.isReadOnly():
            assert isinstance(box, PlainPasteTextEdit), box.objectName() or box


def test_a_framework_cell_takes_a_pasted_title_as_plain_text(qtbot, window):
    from PySide6.QtWidgets import QAbstractItemView

    from ita_desktop import workbook
    from ui.models.framework_models import CodeRole, ItemsModel

    view = window.show_section("framework", 2567)
    table = view.tables["items"]
    view.tabs.setCurrentWidget(table.parentWidget())
    row = next(r for r in range(view.items.rowCount())
               if view.items.index(r, 0).data(CodeRole) == "i1")
    index = view.items.index(row, ItemsModel.COL_TITLE)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert table.isAncestorOf(editor)
    editor.selectAll()
    paste(qtbot, editor, html_mime("<p><b>การเปิดเผย</b>&nbsp;ข้อมูล</p>"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert workbook.framework_of(window.document.store, 2567).item("i1").title == \
        "การเปิดเผย ข้อมูล"
