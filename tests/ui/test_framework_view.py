"""กรอบการประเมิน: the stored framework of a year shown in tables; edits validated by the core,
stored as one undoable step each, and the results recomputed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from ita_desktop import workbook
from ita_desktop.numbers import format_score
from ita_desktop.storage import assessments
from tests.ui.conftest import type_into
from ui.models.framework_models import (
    IssuesModel,
    ItemsModel,
    KindRole,
    PendingRole,
    RatingModel,
    ToolsModel,
)


@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


def stored(window, year=2567) -> dict:
    return assessments.framework_for(window.document.store, year)


def total(window, year=2567):
    return workbook.result_of(window.document.store, year).total


def row_of(model, code) -> int:
    from ui.models.framework_models import CodeRole

    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(CodeRole) == code)


def edit_cell(qtbot, view, name, row, column, text) -> None:
    """Double-click-edit one cell through the table's own editor, then press Return."""
    table = view.tables[name]
    view.tabs.setCurrentWidget(table.parentWidget())
    index = table.model().index(row, column)
    table.scrollTo(index)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    type_into(qtbot, editor, text)
    # The delegate commits a Return from the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_lists_the_2567_framework(window, qtmodeltester):
    view = window.show_section("framework", 2567)
    assert window.pages.currentWidget() is view
    assert window.navigation.current_section() == ("framework", 2567)
    tools = view.tools
    weights = {tools.index(r, ToolsModel.COL_CODE).data(): tools.index(r, ToolsModel.COL_WEIGHT)
               .data() for r in range(tools.rowCount())}
    assert weights == {"IIT": "30", "EIT": "30", "EIT1": "15", "EIT2": "15", "OIT": "40"}
    assert view.items.item_count() == 59
    items = view.items
    i1 = row_of(items, "i1")
    assert items.index(i1, ItemsModel.COL_SCALE).data() == "6 ระดับ"
    assert items.index(0, 0).data(KindRole) == "indicator"
    assert view.issues.rowCount() == 7
    assert view.rating.index(0, RatingModel.COL_LABEL).data() == "ผ่านดีเยี่ยม"
    assert "2567" in view.heading.text() and view.source.text()
    assert view.unverified.isHidden()
    assert not view.add_form.isHidden()
    for model in (view.tools, view.items, view.issues, view.rating):
        qtmodeltester.check(model)
    # 2568 is not verified: the note is visible. 2566 is indicator-level: no items to add.
    window.navigation.select("framework", 2568)
    assert view.unverified.isVisible() and "ยังไม่ได้ตรวจสอบ" in view.unverified.text()
    window.navigation.select("framework", 2566)
    assert view.items.item_count() == 0 and view.add_form.isHidden()
    assert "ตัวชี้วัด" in view.issues.headerData(IssuesModel.COL_MEMBERS, Qt.Orientation.Horizontal)
    for model in (view.tools, view.items, view.issues, view.rating):
        qtmodeltester.check(model)


def test_weight_that_breaks_the_sum_is_refused(qtbot, window):
    view = window.show_section("framework", 2567)
    before, before_total = stored(window), total(window)
    edit_cell(qtbot, view, "tools", row_of(view.tools, "IIT"), ToolsModel.COL_WEIGHT, "35")
    error = view.errors["tools"]
    assert error.isVisible() and "weights sum to 105" in error.text()
    assert stored(window) == before and total(window) == before_total
    assert window.document.undo_stack.count() == 0
    # The typed weight is kept as pending, marked, and can be discarded.
    index = view.tools.index(row_of(view.tools, "IIT"), ToolsModel.COL_WEIGHT)
    assert index.data() == "35" and index.data(PendingRole)
    assert view.discard_button.isVisible() and "105" in view.pending_note.text()
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert index.data() == "30" and not index.data(PendingRole)
    assert error.isHidden() and view.discard_button.isHidden()


def test_moving_weight_between_tools_recomputes_and_undoes(qtbot, window):
    old_total = total(window)
    old_text = window.show_section("results", 2567).summary.total.text()
    before = stored(window)
    view = window.show_section("framework", 2567)
    edit_cell(qtbot, view, "tools", row_of(view.tools, "IIT"), ToolsModel.COL_WEIGHT, "40")
    assert "weights sum to 110" in view.errors["tools"].text()
    assert stored(window) == before
    edit_cell(qtbot, view, "tools", row_of(view.tools, "OIT"), ToolsModel.COL_WEIGHT, "30")
    assert view.errors["tools"].isHidden() and not view.tools.pending
    weights = {tool["code"]: tool["weight"] for tool in stored(window)["tools"]}
    assert weights == {"IIT": "40", "EIT": "30", "OIT": "30"}
    assert window.document.undo_stack.count() == 1
    new_total = total(window)
    assert new_total != old_total
    # The year's results view is rebuilt from the new framework: look at the one shown now.
    assert format_score(new_total) in window.show_section("results", 2567).summary.total.text()
    window.undo_action.trigger()
    assert stored(window) == before and total(window) == old_total
    assert window.show_section("results", 2567).summary.total.text() == old_text
    assert view.tools.index(row_of(view.tools, "IIT"), ToolsModel.COL_WEIGHT).data() == "30"
    window.redo_action.trigger()
    assert total(window) == new_total


def test_item_title_is_stored_and_undoable(qtbot, window):
    view = window.show_section("framework", 2567)
    row = row_of(view.items, "i1")
    old = view.items.index(row, ItemsModel.COL_TITLE).data(Qt.ItemDataRole.EditRole)
    edit_cell(qtbot, view, "items", row, ItemsModel.COL_TITLE, "ชื่อข้อใหม่ทดสอบ")
    assert workbook.framework_of(window.document.store, 2567).item("i1").title == "ชื่อข้อใหม่ทดสอบ"
    assert view.items.index(row, ItemsModel.COL_TITLE).data(Qt.ItemDataRole.EditRole) == "ชื่อข้อใหม่ทดสอบ"
    window.undo_action.trigger()
    assert workbook.framework_of(window.document.store, 2567).item("i1").title == old
    assert view.items.index(row, ItemsModel.COL_TITLE).data(Qt.ItemDataRole.EditRole) == old
    # An empty title is refused before it reaches the core.
    edit_cell(qtbot, view, "items", row, ItemsModel.COL_TITLE, "")
    assert view.errors["items"].isVisible()
    assert workbook.framework_of(window.document.store, 2567).item("i1").title == old


def test_add_item_to_a_sub_indicator(qtbot, window):
    from tests.ui.conftest import key_text

    view = window.show_section("framework", 2568)
    count = view.items.item_count()
    view.add_parent.setCurrentIndex(view.add_parent.findData("9.1"))
    key_text(qtbot, view.add_code, "o2")
    key_text(qtbot, view.add_title, "ข้อมูลผู้บริหาร")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    framework = workbook.framework_of(window.document.store, 2568)
    assert framework.item("o2").sub_indicator == "9.1" and framework.item("o2").title == \
        "ข้อมูลผู้บริหาร"
    assert view.items.item_count() == count + 1 and view.add_code.text() == ""
    # A code already in the framework is refused; nothing more is stored.
    view.add_code.setText("o1")
    view.add_title.setText("ซ้ำ")
    assert not view.add_item()
    assert "o1" in view.errors["items"].text()
    window.undo_action.trigger()
    assert "o2" not in workbook.framework_of(window.document.store, 2568).item_codes()
    assert view.items.item_count() == count


def test_issue_mapping_and_rating_are_validated(qtbot, window):
    view = window.show_section("framework", 2567)
    before = stored(window)
    edit_cell(qtbot, view, "issues", 0, IssuesModel.COL_MEMBERS, "i1, zz")
    assert "names unknown item 'zz'" in view.errors["issues"].text()
    assert stored(window) == before
    edit_cell(qtbot, view, "issues", 0, IssuesModel.COL_MEMBERS, "i1, i2 i3")
    assert view.errors["issues"].isHidden()
    assert workbook.framework_of(window.document.store, 2567).issues[0].items == ("i1", "i2", "i3")
    edit_cell(qtbot, view, "rating", 0, RatingModel.COL_MIN_TOTAL, "101")
    assert "outside 0–100" in view.errors["rating"].text()
    edit_cell(qtbot, view, "rating", 0, RatingModel.COL_LABEL, "ดีเยี่ยม")
    assert workbook.framework_of(window.document.store, 2567).rating[0].label == "ดีเยี่ยม"
    assert window.document.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert stored(window) == before


def test_results_forms_follow_a_framework_edit(window):
    """An item added in the framework shows up in that year's results form."""
    from ita_desktop import workbook

    before = window.show_section("results", 2568)
    assert "o2" not in before.forms[9].fields
    document = dict(workbook.framework_of(window.document.store, 2568).document)
    document["items"] = [*document["items"], {"code": "o2", "title": "ข้อมูลผู้บริหาร",
                                              "scale": "has-or-not"}]
    document["sub_indicators"] = [dict(s) for s in document["sub_indicators"]]
    document["sub_indicators"][0]["items"] = [*document["sub_indicators"][0]["items"], "o2"]
    window.document.set_framework(2568, document)
    view = window.show_section("results", 2568)
    assert "o2" in view.forms[9].fields
