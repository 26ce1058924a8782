"""การวิเคราะห์ driven through the real widgets: the chart, editing cause texts with undo,
re-drafting (with and without the office's edits) and following score changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ita_desktop import workbook
from ita_desktop.numbers import format_score
from ita_desktop.storage import analysis_texts, open_database
from tests.ui.conftest import key_text
from ui.views.analysis_chart import AnalysisChart

CAUSE_2 = ("issue", "2", "cause")
CAUSE_4 = ("issue", "4", "cause")


@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


def stored(path, year=2568):
    with open_database(path) as store:
        return analysis_texts.get_texts(store, fiscal_year=year)


def test_chart_bars_scores_previous_year_and_not_scored(qtbot, window):
    view = window.show_section("analysis", 2568)
    bars = view.chart.bars()
    assert [bar.number for bar in bars] == list(range(1, 11))
    assert bars[0].score == Decimal("91.84") and bars[0].previous == Decimal("94.10")
    assert bars[9].label == "10. การป้องกันการทุจริต"
    # The layout gives the chart its full height (no bar cut off), and it paints.
    qtbot.waitUntil(lambda: view.chart.height() == view.chart.sizeHint().height())
    assert not view.chart.grab().isNull()

    # An indicator not scored is an empty slot, not a 0 bar.
    chart = AnalysisChart()
    qtbot.addWidget(chart)
    analysis = workbook.analysis_of(window.document.store, 2566)
    analysis.indicators[0].score = None
    chart.set_indicators(analysis.indicators, fiscal_year=2566, previous_year=None)
    chart.resize(chart.sizeHint())
    assert chart.bars()[0].score is None
    assert not chart.grab().isNull()


def test_issue_panel_shows_items_and_highlights_the_lowest(window):
    view = window.show_section("analysis", 2568)
    assert len(view.issue_panels) == 7
    panel = view.issue_panels[2]
    assert panel.title().startswith("ประเด็นที่ 2 การให้บริการและระบบ E-Service")
    assert panel.lowest_code == "o10"
    code, title, score = panel.rows["o10"]
    assert (code.text(), title.text(), score.text()) == ("o10", "E-Service", "0.00")
    assert "background" in score.styleSheet()
    assert panel.rows["e1"][2].styleSheet() == ""
    assert panel.guideline.toPlainText().startswith("เปิดบริการ E-Service")


def test_editing_a_cause_saves_on_focus_out_and_undo_restores(qtbot, window):
    view = window.show_section("analysis", 2568)
    view.tabs.setCurrentIndex(1)
    panel = view.issue_panels[4]
    before = panel.cause.toPlainText()
    assert stored(window.document.store.path)[CAUSE_4]["edited"] is False
    panel.cause.setFocus()
    qtbot.waitUntil(panel.cause.hasFocus)
    qtbot.keyClick(panel.cause, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    key_text(qtbot, panel.cause, " ครุภัณฑ์ไม่ได้ติดป้าย")
    assert stored(window.document.store.path)[CAUSE_4]["text"] == before  # not yet saved
    panel.guideline.setFocus()  # focus out of the cause
    qtbot.waitUntil(lambda: not panel.cause.hasFocus())
    row = stored(window.document.store.path)[CAUSE_4]
    assert row["text"] == before + " ครุภัณฑ์ไม่ได้ติดป้าย"
    assert row["edited"] is True
    assert panel.cause_label.text() == "สาเหตุ (หน่วยงานแก้ไขเอง)"
    assert window.document.undo_stack.undoText() == "แก้ไขข้อความการวิเคราะห์"

    window.document.undo_stack.undo()
    row = stored(window.document.store.path)[CAUSE_4]
    assert (row["text"], row["edited"]) == (before, False)
    assert panel.cause.toPlainText() == before
    assert panel.cause_label.text() == "สาเหตุ"
    window.document.undo_stack.redo()
    assert panel.cause.toPlainText() == before + " ครุภัณฑ์ไม่ได้ติดป้าย"


def test_editing_a_text_never_stored_keeps_its_draft_for_undo(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "new.db", new=True)
    assert window.add_fiscal_year(2567)
    view = window.show_section("analysis", 2567)
    assert stored(window.document.store.path, 2567) == {}
    draft = view.strengths.toPlainText()
    view.strengths.setPlainText("จุดแข็งของเรา")
    view.strengths.commit()
    assert stored(window.document.store.path, 2567)[("overall", "strengths", "text")]["edited"]
    window.document.undo_stack.undo()
    row = stored(window.document.store.path, 2567)[("overall", "strengths", "text")]
    assert (row["text"], row["edited"]) == (draft, False)
    assert view.strengths.toPlainText() == draft


def test_redraft_without_edits_replaces_drafts_at_once(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: pytest.fail("nothing edited: no question"))
    view = window.show_section("analysis", 2567)
    assert view.stale_box.isHidden()
    window.document.set_scores(2567, {"10": Decimal("100")})
    assert not view.stale_box.isHidden()  # the stored drafts are now out of date
    old = stored(window.document.store.path, 2567)[("overall", "weaknesses", "text")]["text"]
    assert "การป้องกันการทุจริต (78.57)" in old
    view.redraft_button.click()
    new = stored(window.document.store.path, 2567)[("overall", "weaknesses", "text")]["text"]
    assert "78.57" not in new and new == view.weaknesses.toPlainText()
    assert view.stale_box.isHidden()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No,
                                    QMessageBox.StandardButton.Yes])
def test_redraft_asks_before_replacing_edited_texts(window, monkeypatch, answer):
    path = window.document.store.path
    view = window.show_section("analysis", 2568)
    edited = stored(path)[CAUSE_2]["text"]  # the example office edited issue 2's cause
    assert stored(path)[CAUSE_2]["edited"]
    window.document.set_scores(2568, {"o10": Decimal("100")})
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    view.redraft_button.click()
    assert len(asked) == 1 and "ประเด็นที่ 2: สาเหตุ" in asked[0]
    row = stored(path)[CAUSE_2]
    cause_4 = stored(path)[CAUSE_4]  # not edited: re-drafted either way
    assert cause_4["text"] == cause_4["drafted"] and not cause_4["edited"]
    if answer == QMessageBox.StandardButton.No:
        assert (row["text"], row["edited"]) == (edited, True)
    else:
        assert row["text"] == row["drafted"] != edited and not row["edited"]
        assert "o10" not in row["text"]  # o10 now scores 100: another item is lowest
    assert view.issue_panels[2].cause.toPlainText() == row["text"]


def test_changing_a_score_refreshes_total_table_chart_and_issues(window):
    view = window.show_section("analysis", 2568)
    assert "85.92" in view.summary.text()
    window.document.set_scores(2568, {"o10": Decimal("100")})
    # the published total stays what the documents print; the new computed one is shown beside
    computed = format_score(window.document.result(2568).total)
    assert computed != "85.92"
    assert "85.92 (ตามที่ประกาศ)" in view.summary.text() and computed in view.summary.text()
    assert view.issue_panels[2].rows["o10"][2].text() == "100.00"
    assert view.issue_panels[2].lowest_code != "o10"
    window.document.undo_stack.undo()
    assert "85.92" in view.summary.text() and computed not in view.summary.text()


def test_text_being_typed_is_saved_when_the_file_is_closed(qtbot, window, example_path):
    view = window.show_section("analysis", 2568)
    view.tabs.setCurrentIndex(1)
    box = view.issue_panels[4].cause
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.setPlainText("ข้อความที่ยังพิมพ์ค้างอยู่")
    window.close_file()
    assert stored(example_path)[CAUSE_4]["text"] == "ข้อความที่ยังพิมพ์ค้างอยู่"


PREFACE = ("overall", "preface", "text")
LIMITATIONS = ("overall", "limitations", "text")
RECOMMEND_EIT1 = ("overall", "recommendations", "EIT1")


def test_report_texts_are_edited_stored_undone_and_printed(qtbot, window, tmp_path):
    from ita_desktop.documents import render
    from tests.core.documents.conftest import pdftotext, squash

    view = window.show_section("analysis", 2568)
    view.tabs.setCurrentIndex(2)
    panel = view.report_texts
    assert set(panel.boxes) >= {PREFACE, LIMITATIONS, RECOMMEND_EIT1,
                                ("overall", "recommendations", "OIT")}
    draft = panel.boxes[PREFACE].toPlainText()
    assert "องค์การบริหารส่วนตำบลดอนแก้วทอง" in draft and "2568" in draft
    mine = "คำนำของหน่วยงานเอง ประจำปีงบประมาณ พ.ศ. 2568 จัดทำโดยหน่วยตรวจสอบภายใน"
    box = panel.boxes[PREFACE]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    key_text(qtbot, box, mine)
    panel.boxes[RECOMMEND_EIT1].setFocus()  # leaving the box saves it
    qtbot.waitUntil(lambda: not box.hasFocus())
    row = stored(window.document.store.path)[PREFACE]
    assert (row["text"], row["edited"]) == (mine, True)
    assert panel.labels[PREFACE].text() == "คำนำ (หน่วยงานแก้ไขเอง)"
    out = tmp_path / "analysis.pdf"
    render("analysis", window.document.store, fiscal_year=2568, out=out)
    assert squash("คำนำของหน่วยงานเอง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") in squash(pdftotext(out))

    window.document.undo_stack.undo()
    assert box.toPlainText() == draft
    assert stored(window.document.store.path)[PREFACE]["edited"] is False
    window.document.undo_stack.redo()
    assert box.toPlainText() == mine

    # a year starts from the limitations the office wrote the year before, moved on a year
    theirs = "ข้อมูลปี 2567 บันทึกโดยเจ้าหน้าที่ที่ย้ายไปแล้ว มาตรการปี 2568 จึงอาจไม่ครบ"
    window.document.set_analysis_text(2567, LIMITATIONS, theirs)
    assert panel.boxes[LIMITATIONS].toPlainText() == theirs.replace("2568", "2569").replace(
        "2567", "2568")
    assert stored(window.document.store.path)[LIMITATIONS]["edited"] is False


def test_pictures_are_added_captioned_moved_removed_undone_and_printed(qtbot, window,
                                                                       tmp_path):
    import io

    from PIL import Image

    from ita_desktop.documents import render
    from ita_desktop.storage import report_images
    from tests.core.documents.conftest import pdftotext, squash

    files = []
    for n, colour in enumerate(((20, 60, 120), (200, 80, 20))):
        path = tmp_path / f"ผลการประเมิน {n + 1}.png"
        buffer = io.BytesIO()
        Image.new("RGB", (1600, 700 + 100 * n), colour).save(buffer, "PNG")
        path.write_bytes(buffer.getvalue())
        files.append(path)
    (tmp_path / "notes.txt").write_text("ไม่ใช่ภาพ", encoding="utf-8")
    view = window.show_section("analysis", 2568)
    view.tabs.setCurrentIndex(2)
    panel = view.images
    store = window.document.store

    def captions():
        return [i["caption"] for i in report_images.list_images(store, fiscal_year=2568)]

    for path in files:
        panel.choose_file = lambda p=path: str(p)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert captions() == ["ผลการประเมิน 1", "ผลการประเมิน 2"]  # the file name to start with
    assert panel.list.count() == 2 and not panel.list.item(0).icon().isNull()
    panel.choose_file = lambda: str(tmp_path / "notes.txt")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert not panel.error.isHidden() and len(captions()) == 2  # refused with a message

    panel.list.setCurrentRow(1)
    type_into_caption = "ผลการประเมินรายเครื่องมือ"
    panel.caption.setFocus()
    panel.caption.selectAll()
    key_text(qtbot, panel.caption, type_into_caption)
    qtbot.keyClick(panel.caption, Qt.Key.Key_Return)
    assert captions() == ["ผลการประเมิน 1", type_into_caption]
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert captions() == [type_into_caption, "ผลการประเมิน 1"]
    out = tmp_path / "analysis.pdf"
    render("analysis", store, fiscal_year=2568, out=out)
    text = squash(pdftotext(out))
    assert squash(f"ภาพที่ ๑ {type_into_caption}") in text
    assert squash("ภาพที่ ๒ ผลการประเมิน ๑") in text

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert captions() == ["ผลการประเมิน 1"]
    for expected in ([type_into_caption, "ผลการประเมิน 1"], ["ผลการประเมิน 1", type_into_caption],
                     ["ผลการประเมิน 1", "ผลการประเมิน 2"]):
        window.document.undo_stack.undo()
        assert captions() == expected
    assert [panel.list.item(r).text() for r in range(panel.list.count())] == [
        "ภาพที่ 1: ผลการประเมิน 1", "ภาพที่ 2: ผลการประเมิน 2"]
