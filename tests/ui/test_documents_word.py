"""Save as Word… in the documents screen: the memo as shown (with a field just typed) and the
measures with the digits chosen, the analysis report and the memo with its attachments (one file,
a section per part) are written as .docx off the GUI thread."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import type_into, wait_for_operations
from tests.ui.test_documents_view import YEAR, documents, squash, wait_ready


def _save(qtbot, view, monkeypatch, target) -> list:
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (asked.append(args) or str(target), ""))
    qtbot.mouseClick(view.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.word.saving is None, timeout=30000)
    wait_for_operations(qtbot)
    return asked


def _text(path) -> str:
    word = docx.Document(str(path))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    return squash("\n".join([p.text for p in word.paragraphs] + cells))


def test_save_the_memo_as_word_with_the_subject_just_typed(make_window, example_path, qtbot,
                                                           tmp_path, monkeypatch):
    window = make_window(example_path)
    view = documents(qtbot, window, "memo-measures")
    assert view.word_button.isEnabled() and view.word_button.text()
    type_into(qtbot, view.memo_form.lines["subject"], "ขออนุมัติมาตรการ ฉบับแก้ไข ๒๕๖๙")
    asked = _save(qtbot, view, monkeypatch, tmp_path / "บันทึก ข้อความ")
    saved = tmp_path / "บันทึก ข้อความ.docx"
    assert saved.exists() and asked[0][2].endswith(f"{YEAR}.docx")
    text = _text(saved)
    assert "บันทึกข้อความ" in text and squash("ขออนุมัติมาตรการ ฉบับแก้ไข ๒๕๖๙") in text
    assert squash(window.document.profile()["name"]) in text
    assert view.folder_button.isEnabled() and view.output.folder == tmp_path


def test_save_the_measures_as_word_in_arabic_digits(make_window, example_path, qtbot, tmp_path,
                                                     monkeypatch):
    window = make_window(example_path)
    view = documents(qtbot, window, "measures")
    qtbot.mouseClick(view.arabic_digits, Qt.MouseButton.LeftButton)
    wait_ready(qtbot, view)
    _save(qtbot, view, monkeypatch, tmp_path / "measures.docx")
    word = docx.Document(str(tmp_path / "measures.docx"))
    assert word.sections[0].orientation == 1  # landscape
    text = _text(tmp_path / "measures.docx")
    assert "พ.ศ.2569" in text and "พ.ศ.๒๕๖๙" not in text
    assert squash(window.document.measures.list(YEAR)[0]["title"]) in text


def test_save_the_memo_with_its_attachments_as_one_word_file(make_window, example_path, qtbot,
                                                             tmp_path, monkeypatch):
    from docx.oxml.ns import qn

    window = make_window(example_path)
    view = documents(qtbot, window, "memo-measures-attached")
    assert view.word_button.isEnabled()
    type_into(qtbot, view.memo_form.lines["subject"], "ขออนุมัติมาตรการพร้อมเอกสารแนบ ๒๕๖๙")
    _save(qtbot, view, monkeypatch, tmp_path / "บันทึกพร้อมเอกสารแนบ.docx")
    path = tmp_path / "บันทึกพร้อมเอกสารแนบ.docx"
    word = docx.Document(str(path))
    assert [s.orientation for s in word.sections] == [0, 0, 1]  # memo, report, the measures
    starts = [s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) for s in word.sections]
    assert starts == ["1", "1", None]  # the measures' numbers go on from the report's
    text = _text(path)
    assert squash("ขออนุมัติมาตรการพร้อมเอกสารแนบ ๒๕๖๙") in text
    assert squash("รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส") in text
    assert squash(window.document.measures.list(YEAR)[0]["title"]) in text
    assert len(word.inline_shapes) == 3  # the analysis report's three charts


def test_save_the_analysis_report_as_word(make_window, example_path, qtbot, tmp_path,
                                          monkeypatch):
    window = make_window(example_path)
    view = documents(qtbot, window, "analysis", 2568)
    assert view.word_button.isEnabled()
    asked = _save(qtbot, view, monkeypatch, tmp_path / "รายงาน")
    path = tmp_path / "รายงาน.docx"
    assert path.exists() and asked[0][2].endswith(".docx")
    text = _text(path)
    assert squash("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") in text and squash("ข้อจำกัดของการวิเคราะห์") in text
