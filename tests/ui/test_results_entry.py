"""ผลการประเมิน driven through the real widgets: typing, live totals, bad input, undo/redo,
reopening the file, pasting a column, and the official-figures warning."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ita_desktop.numbers import ScoreError, parse_score
from ita_desktop.storage import assessments, open_database
from tests.ui import phochai_2567
from tests.ui.conftest import type_into


@pytest.fixture
def new_2567(make_window, tmp_path):
    """A window on a new file with an empty 2567 assessment, showing its results."""
    window = make_window(tmp_path / "phochai.db", new=True)
    assert window.add_fiscal_year(2567)
    return window


def scores_in(path, year=2567, *, official=False):
    with open_database(path) as store:
        return assessments.get_scores(store, fiscal_year=year, official=official)


def enter_indicators(qtbot, view, values):
    for code, text in values.items():
        form = view.show_indicator(int(code))
        type_into(qtbot, form.fields[code].edit, text)


def test_typing_scores_updates_total_tools_and_rating(qtbot, new_2567):
    view = new_2567.results_views[2567]
    assert view.summary.total.text() == "คะแนนรวม –"
    assert view.forms[1].fields["1"].state.text() == "ยังไม่ได้กรอก"
    assert view.forms[1].fields["1"].edit.text() == ""
    seen = []
    for code, text in [("1", "๙๐"), ("6", "80"), ("9", "70")]:  # Thai digits accepted
        type_into(qtbot, view.show_indicator(int(code)).fields[code].edit, text)
        seen.append((view.summary.total.text(), view.summary.rating.text()))
    assert seen == [("คะแนนรวม –", "ระดับ –")] * 3  # incomplete: no total, no rating yet
    assert "IIT ยังไม่ครบ" in view.summary.tools.text()
    for code, text in [("2", "90"), ("3", "90"), ("4", "90"), ("5", "90"), ("7", "80"),
                       ("8", "80"), ("10", "70")]:
        type_into(qtbot, view.show_indicator(int(code)).fields[code].edit, text)
    assert (view.summary.total.text(), view.summary.rating.text()) == (
        "คะแนนรวม 79.00", "ระดับ ต้องปรับปรุง")
    assert view.summary.missing.isHidden()
    assert "IIT 90.00" in view.summary.tools.text()
    assert view.forms[1].fields["1"].edit.text() == "90.00"  # as the list shows it
    assert scores_in(new_2567.document.store.path)["1"] == Decimal("90")


def test_item_scores_compute_the_indicator_live(qtbot, make_window, example_path):
    window = make_window(example_path)
    view = window.show_section("results", 2568)
    form = view.show_indicator(1)
    assert form.fields["1"].state.text() == "คำนวณจากข้อคำถาม: 91.84"
    type_into(qtbot, form.fields["i1"].edit, "100")
    assert form.fields["1"].state.text() == "คำนวณจากข้อคำถาม: 96.37"
    assert view.pages.item(1).text().endswith("96.37")
    type_into(qtbot, form.fields["i1"].edit, "")  # cleared: not scored, never 0
    assert form.fields["i1"].state.text() == "ยังไม่ได้กรอก"
    assert "i1" not in scores_in(example_path, 2568)
    assert form.fields["1"].state.text() == "คำนวณจากข้อคำถาม: 94.55"


def test_phochai_2567_through_the_forms_reaches_99_16_and_survives_reopening(
        qtbot, new_2567, make_window):
    view = new_2567.results_views[2567]
    enter_indicators(qtbot, view, phochai_2567.INDICATORS)
    assert view.summary.total.text() == f"คะแนนรวม {phochai_2567.TOTAL}"
    # EIT part 1 and 2 are unknown: ผ่านดีเยี่ยม or ผ่านดี; the summary asks for the published one
    assert view.summary.rating.text() == "ระดับ –"
    assert not view.summary.rating_box.isHidden()
    note = view.summary.rating_note.text()
    assert "ผ่านดีเยี่ยม" in note and "ผ่านดี" in note and "EIT1, EIT2" in note
    qtbot.mouseClick(view.summary.official_button, Qt.MouseButton.LeftButton)
    official = view.stack.currentWidget()
    assert official is view.official
    type_into(qtbot, official.fields["TOTAL"].edit, phochai_2567.TOTAL)
    type_into(qtbot, official.rank, str(phochai_2567.RANK))
    official.rating.setCurrentText("ผ่านดีเยี่ยม")
    official.rating.lineEdit().editingFinished.emit()
    assert view.summary.rating.text() == "ระดับ ผ่านดีเยี่ยม (ตามที่ประกาศ)"
    assert view.summary.rating_box.isHidden()
    assert view.summary.warning.isHidden()  # computed and published agree
    path = new_2567.document.store.path
    new_2567.close_file()

    window = make_window(path)
    view = window.results_views[2567]
    assert view.summary.total.text() == "คะแนนรวม 99.16"
    for code, text in phochai_2567.INDICATORS.items():
        assert Decimal(view.forms[int(code)].fields[code].edit.text()) == Decimal(text)
    assert view.official.fields["TOTAL"].edit.text() == "99.16"
    assert view.official.rank.text() == "137"
    assert scores_in(path) == {code: Decimal(v) for code, v in phochai_2567.INDICATORS.items()}


def test_focus_change_commits_like_return(qtbot, new_2567):
    view = new_2567.results_views[2567]
    form = view.show_indicator(6)
    new_2567.activateWindow()
    qtbot.waitUntil(lambda: new_2567.isActiveWindow())
    form.fields["e1"].edit.setFocus()
    qtbot.keyClicks(form.fields["e1"].edit, "88.5")
    form.fields["e2"].edit.setFocus()  # leaving the field finishes the edit
    qtbot.waitUntil(lambda: "e1" in scores_in(new_2567.document.store.path))
    assert scores_in(new_2567.document.store.path)["e1"] == Decimal("88.5")


@pytest.mark.parametrize("text", ["101", "-1", "abc", "94,95"])
def test_bad_input_shows_its_message_and_writes_nothing(qtbot, make_window, example_path, text):
    window = make_window(example_path)
    view = window.show_section("results", 2568)
    field = view.show_indicator(1).fields["i2"]
    before = scores_in(example_path, 2568)
    total = view.summary.total.text()
    with pytest.raises(ScoreError) as expected:
        parse_score(text)
    type_into(qtbot, field.edit, text)
    assert field.has_error
    assert field.error.text() == str(expected.value)
    assert field.edit.text() == text  # kept so it can be corrected
    assert scores_in(example_path, 2568) == before
    assert view.summary.total.text() == total
    assert window.document.undo_stack.count() == 0
    if text == "94,95":
        assert "94.95" in field.error.text()
    type_into(qtbot, field.edit, "94.95")  # corrected: accepted, message gone
    assert not field.has_error
    assert scores_in(example_path, 2568)["i2"] == Decimal("94.95")


def test_undo_and_redo_an_edit(qtbot, make_window, example_path):
    window = make_window(example_path)
    view = window.show_section("results", 2568)
    field = view.show_indicator(4).fields["i10"]
    assert field.edit.text() == "81.36"
    type_into(qtbot, field.edit, "90")
    assert scores_in(example_path, 2568)["i10"] == Decimal("90")
    total_after = view.summary.total.text()
    assert window.undo_action.text() == "เลิกทำ แก้ไขคะแนน i10"
    window.undo_action.trigger()
    assert scores_in(example_path, 2568)["i10"] == Decimal("81.36")
    assert field.edit.text() == "81.36"
    assert view.summary.total.text() == "คะแนนรวม 85.92"
    window.redo_action.trigger()
    assert field.edit.text() == "90.00"
    assert view.summary.total.text() == total_after
    # Undoing a first score clears it again (not scored, not 0).
    type_into(qtbot, view.show_indicator(9).fields["9.1"].edit, "50")
    window.undo_action.trigger()
    assert "9.1" not in scores_in(example_path, 2568)


def test_paste_a_column_fills_consecutive_items_after_preview(qtbot, make_window, example_path,
                                                              qtmodeltester):
    window = make_window(example_path)
    view = window.show_section("results", 2568)
    form = view.show_indicator(1)
    QGuiApplication.clipboard().setText("๑๐๐\r\n95.5\n90\n80\n")
    form.fields["i2"].edit.setFocus()
    qtbot.keyClick(form.fields["i2"].edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    preview = view.last_paste_dialog.model
    qtmodeltester.check(preview)
    assert [(row.code, row.value) for row in preview.rows()] == [
        ("i2", Decimal("100")), ("i3", Decimal("95.5")), ("i4", Decimal("90")),
        ("i5", Decimal("80"))]  # flows on into indicator 2
    stored = scores_in(example_path, 2568)
    assert (stored["i2"], stored["i3"], stored["i4"], stored["i5"]) == (100, Decimal("95.5"), 90, 80)
    assert form.fields["i3"].edit.text() == "95.50"
    window.undo_action.trigger()  # one paste, one undo
    assert scores_in(example_path, 2568)["i2"] == Decimal("89.10")


def test_a_paste_with_a_bad_line_writes_nothing(qtbot, make_window, example_path):
    window = make_window(example_path)
    view = window.show_section("results", 2568)
    form = view.show_indicator(1)
    before = scores_in(example_path, 2568)
    QGuiApplication.clipboard().setText("100\n94,95\n")
    form.fields["i1"].edit.setFocus()
    qtbot.keyClick(form.fields["i1"].edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = view.last_paste_dialog.model.rows()
    assert "94.95" in rows[1].error
    assert scores_in(example_path, 2568) == before


def test_official_figure_that_disagrees_shows_a_warning(qtbot, new_2567):
    view = new_2567.results_views[2567]
    enter_indicators(qtbot, view, phochai_2567.INDICATORS)
    official = view.show_indicator(0)
    type_into(qtbot, official.fields["TOTAL"].edit, "98.50")
    assert not view.summary.warning.isHidden()
    assert "คะแนนรวม: คำนวณได้ 99.16 แต่ประกาศ 98.50" in view.summary.warning.text()
    assert scores_in(new_2567.document.store.path, official=True) == {"TOTAL": Decimal("98.50")}
    new_2567.undo_action.trigger()
    assert view.summary.warning.isHidden()
