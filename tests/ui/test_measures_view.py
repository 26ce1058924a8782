"""มาตรการ in the real window: the table of a year's measures and the chosen measure's form; add,
edit, reorder and delete, each one undo step (undone and redone from the Edit menu), the file
reopened afterwards; refusals beside the field; responsible units, suggestions and copying from
another year through their dialogs (whose exec the tests replace)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from ita_desktop import periods
from ita_desktop.storage import measures, open_database
from tests.ui.conftest import finish, key_text, redo, tr, type_into, undo
from ui.models.measures_model import (
    COL_LINKS,
    COL_NUMBER,
    COL_PERIOD,
    COL_TITLE,
    COL_UNITS,
    IdRole,
    MeasuresModel,
)

YEAR = 2569



@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


@pytest.fixture
def view(window):
    return window.show_section("measures", YEAR)


def stored(path, year=YEAR) -> list[dict]:
    with open_database(path, read_only=True) as store:
        return measures.list_measures(store, fiscal_year=year)


def titles(view) -> list[str]:
    model = view.model
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def cell(view, measure_id: int, column: int) -> str:
    return view.model.index(view.model.row_of(measure_id), column).data()




def reopen(qtbot, window):
    path = window.document.store.path
    window.close_file()
    assert window.document is None
    assert finish(qtbot, window.open_file(path))
    return window.show_section("measures", YEAR)


def leave(qtbot, box, view) -> None:
    """Move the focus out of a text box (it commits on focus out)."""
    view.form.title.setFocus()
    qtbot.waitUntil(lambda: not box.hasFocus())


def test_lists_the_years_measures_in_order(window, view, qtmodeltester):
    assert window.pages.currentWidget() is view
    assert window.navigation.current_section() == ("measures", YEAR)
    rows = stored(window.document.store.path)
    assert titles(view) == [m["title"] for m in rows]
    first = rows[0]
    assert cell(view, first["id"], COL_NUMBER) == "1"
    assert cell(view, first["id"], COL_UNITS) == "สำนักปลัด, กองคลัง"
    assert cell(view, first["id"], COL_PERIOD) == "ต.ค. 2568 – มี.ค. 2569"
    assert cell(view, first["id"], COL_LINKS) == (
        f"{tr('MeasuresModel', 'Indicator %1').replace('%1', '1, 6')} · "
        f"{tr('MeasuresModel', 'Issue %1').replace('%1', '1')} · i1, e1, o8, o9")
    assert view.model.index(0, 0).data(IdRole) == first["id"]
    # The first measure is chosen and shown in the form, with its units as chips.
    assert view.form.measure_id == first["id"]
    assert view.form.title.text() == first["title"]
    assert [chip.name for chip in view.form.units.chips()] == ["สำนักปลัด", "กองคลัง"]
    assert view.form.period.start.edit.text() == "1 ต.ค. 2568"
    qtmodeltester.check(view.model)
    # Another plan year: the one measure of 2568.
    window.navigation.select("measures", 2568)
    assert titles(view) == ["มาตรการประกาศเจตนารมณ์ No Gift Policy"]


def test_model_hands_drops_to_the_callback_and_passes_the_tester(qtmodeltester):
    moves = []
    model = MeasuresModel(lambda measure_id, position: moves.append((measure_id, position)))
    rows = [dict(id=10 + n, position=n, title=f"m{n}", kind="มาตรการ", units=[],
                 start_date=None, end_date=None, links={}) for n in range(4)]
    model.set_measures(rows)
    qtmodeltester.check(model)
    data = model.mimeData([model.index(0, 0), model.index(0, 3)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 3, 0, QModelIndex()) is False
    model.dropMimeData(model.mimeData([model.index(3, 1)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index(1, 0))  # onto row 1: before it
    model.dropMimeData(model.mimeData([model.index(1, 1)]), Qt.DropAction.MoveAction, -1, -1,
                       QModelIndex())  # below the last row
    assert moves == [(10, 2), (13, 1), (11, 3)]
    assert model.rowCount() == 4  # the model never moves rows by itself
    # The new order comes back from the document: one row moved, no reset.
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_measures([rows[1], rows[2], rows[0], rows[3]])
    assert [model.index(r, 0).data(IdRole) for r in range(4)] == [11, 12, 10, 13]
    assert not resets
    # A move announced by the document: the shown rows in the new order, renumbered.
    assert [(m["id"], m["position"]) for m in model.reordered([12, 11, 10, 13])] == [
        (12, 0), (11, 1), (10, 2), (13, 3)]
    assert model.reordered([12, 11, 10]) is None and model.reordered([12, 11, 10, 99]) is None
    qtmodeltester.check(model)


def test_create_and_edit_then_undo_and_redo_each_step_and_reopen(qtbot, window, view):
    document = window.document
    stack = document.undo_stack
    before = titles(view)
    form = view.form

    view.add_action.trigger()
    new = form.measure_id
    assert titles(view) == [*before, tr("MeasuresView", "New measure")]
    assert view.current_id() == new and form.title.hasFocus()
    assert form.period.start.edit.text() == "1 ต.ค. 2568"  # the whole fiscal year

    type_into(qtbot, form.title, "มาตรการลดขั้นตอนการขออนุญาตก่อสร้าง")
    assert cell(view, new, COL_TITLE) == "มาตรการลดขั้นตอนการขออนุญาตก่อสร้าง"

    form.steps.setFocus()
    qtbot.waitUntil(form.steps.hasFocus)
    key_text(qtbot, form.steps, "1. ประชุมชี้แจง")
    qtbot.keyClick(form.steps, Qt.Key.Key_Return)
    assert form.steps.toPlainText() == "1. ประชุมชี้แจง\n2. "  # the list keeps its numbers
    key_text(qtbot, form.steps, "ประกาศขั้นตอน")
    leave(qtbot, form.steps, view)
    assert document.measures.get(new)["steps"] == "1. ประชุมชี้แจง\n2. ประกาศขั้นตอน"

    type_into(qtbot, form.units.edit, "กองช่าง")
    type_into(qtbot, form.units.edit, "งานนิติการ")  # not a unit yet: added on the fly
    assert [chip.name for chip in form.units.chips()] == ["กองช่าง", "งานนิติการ"]
    assert "งานนิติการ" in [u["name"] for u in document.measures.units()]
    assert cell(view, new, COL_UNITS) == "กองช่าง, งานนิติการ"

    shortcuts = form.period.shortcuts
    index = shortcuts.findData("Q2")
    shortcuts.setCurrentIndex(index)
    shortcuts.activated.emit(index)
    assert cell(view, new, COL_PERIOD) == "ม.ค. – มี.ค. 2569"

    form.indicators.item(5).setCheckState(Qt.CheckState.Checked)  # indicator 6
    form.issues.item(1).setCheckState(Qt.CheckState.Checked)  # issue 2
    type_into(qtbot, form.items, "E3, o๒๔")  # any case, Thai digits
    assert form.items.text() == "e3, o24"
    links = f"{tr('MeasuresModel', 'Indicator %1').replace('%1', '6')} · " \
            f"{tr('MeasuresModel', 'Issue %1').replace('%1', '2')} · e3, o24"
    assert cell(view, new, COL_LINKS) == links
    assert stack.count() == 9  # add, title, steps, 2 units, period, indicator, issue, items

    # Undo each step, newest first, watching the table and the form.
    undo(window)
    assert form.items.text() == "" and cell(view, new, COL_LINKS).endswith("2")
    undo(window)
    undo(window)
    assert cell(view, new, COL_LINKS) == ""
    undo(window)
    start, end = periods.fiscal_year_bounds(YEAR)
    assert form.period.period() == (start, end)
    undo(window)
    assert [chip.name for chip in form.units.chips()] == ["กองช่าง"]
    assert "งานนิติการ" not in [u["name"] for u in document.measures.units()]
    undo(window)
    assert cell(view, new, COL_UNITS) == ""
    undo(window)
    assert form.steps.toPlainText() == ""
    undo(window)
    assert cell(view, new, COL_TITLE) == tr("MeasuresView", "New measure")
    undo(window)
    assert titles(view) == before
    for _ in range(9):
        redo(window)
    measure = document.measures.get(new)  # the same id again
    assert view.current_id() == new or new in view.model.measure_ids()
    assert cell(view, new, COL_LINKS) == links

    view = reopen(qtbot, window)
    saved = stored(window.document.store.path)[-1]
    assert saved["id"] == new and saved == measure
    assert saved["title"] == "มาตรการลดขั้นตอนการขออนุญาตก่อสร้าง"
    assert saved["steps"] == "1. ประชุมชี้แจง\n2. ประกาศขั้นตอน"
    assert saved["units"] == ["กองช่าง", "งานนิติการ"]
    assert (saved["start_date"], saved["end_date"]) == ("2026-01-01", "2026-03-31")
    assert saved["links"] == {"indicator": ["6"], "issue": ["2"], "item": ["e3", "o24"]}
    assert titles(view)[-1] == saved["title"]


def test_a_move_redraws_only_the_rows_it_shifted(qtbot, window, view, monkeypatch):
    ids = view.model.measure_ids()
    changes, relaid, reads = [], [], []
    area = window.document.measures
    monkeypatch.setattr(area, "list", lambda year, read=area.list: reads.append(year) or read(
        year))  # a move reorders the rows shown: the year's measures are not read again
    view.model.dataChanged.connect(lambda first, last, _roles=(): changes.append(
        (first.row(), last.row(), first.column(), last.column())))
    for signal in (view.model.rowsMoved, view.model.layoutChanged, view.model.modelReset):
        signal.connect(lambda *_args: relaid.append(1))
    view.select(ids[1])
    view.down_action.trigger()
    assert view.model.measure_ids() == [ids[0], ids[2], ids[1]] + ids[3:]
    assert changes == [(1, 2, 0, COL_LINKS)] and not relaid
    assert view.current_id() == ids[1] and view.selected_ids() == [ids[1]]
    assert [cell(view, i, COL_NUMBER) for i in (ids[2], ids[1])] == ["2", "3"]
    undo(window)
    assert view.model.measure_ids() == ids and view.current_id() == ids[1]
    assert changes[1:] == [(1, 2, 0, COL_LINKS)] and not relaid
    view.select_ids(ids[1:3])  # two rows move down together: the rows 1 to 3 change
    view.down_action.trigger()
    assert view.model.measure_ids() == [ids[0], ids[3], ids[1], ids[2]] + ids[4:]
    assert changes[2:] == [(1, 3, 0, COL_LINKS)] and not relaid and not reads
    assert [cell(view, i, COL_NUMBER) for i in ids[:4]] == ["1", "3", "4", "2"]
    assert view.selected_ids() == [ids[1], ids[2]]
    assert [m["id"] for m in stored(window.document.store.path)] == view.model.measure_ids()
    window.document.measures.add(YEAR, title="มาตรการใหม่")  # rows added: read and reset
    assert reads == [YEAR] and relaid


def test_reorder_by_drag_and_by_buttons_and_keys(qtbot, window, view):
    stack = window.document.undo_stack
    ids = view.model.measure_ids()
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    model = view.model

    # Drag the first row and drop it between rows 3 and 4 (the view's drop path).
    view.select(ids[0])
    model.dropMimeData(model.mimeData([model.index(0, COL_TITLE)]),
                       Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.measure_ids() == [ids[1], ids[2], ids[0], ids[3], ids[4]]
    assert view.current_id() == ids[0]  # still chosen
    assert cell(view, ids[0], COL_NUMBER) == "3" and cell(view, ids[1], COL_NUMBER) == "1"

    view.up_action.trigger()
    assert model.measure_ids()[1] == ids[0]
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert model.measure_ids() == [ids[1], ids[2], ids[3], ids[0], ids[4]]
    assert view.current_id() == ids[0]
    assert stack.count() == 4 and not resets  # rows moved, never a reset

    undo(window)
    undo(window)
    assert model.measure_ids()[1] == ids[0]
    redo(window)
    redo(window)
    view = reopen(qtbot, window)
    assert [m["id"] for m in stored(window.document.store.path)] == \
        [ids[1], ids[2], ids[3], ids[0], ids[4]]
    # The first row cannot move up, the last not down.
    view.select(view.model.measure_ids()[0])
    assert not view.up_action.isEnabled() and view.down_action.isEnabled()


def test_delete_duplicate_and_undo_keep_the_follow_up(qtbot, window, view):
    document = window.document
    ids = view.model.measure_ids()
    third = ids[2]
    assert document.followups.report(third, "Q1") is not None
    view.select(third)
    view.delete_action.trigger()
    assert view.model.measure_ids() == ids[:2] + ids[3:]
    assert view.current_id() == ids[3]  # the next measure is chosen
    undo(window)
    assert view.model.measure_ids() == ids
    assert document.followups.report(third, "Q1")["status"] == "done"
    redo(window)
    undo(window)
    view.select(third)
    view.duplicate_action.trigger()
    copy = view.current_id()
    assert view.model.measure_ids() == [*ids[:3], copy, *ids[3:]]
    assert cell(view, copy, COL_UNITS) == cell(view, third, COL_UNITS)
    view = reopen(qtbot, window)
    assert [m["id"] for m in stored(window.document.store.path)] == [*ids[:3], copy, *ids[3:]]


def test_a_blank_title_is_refused_beside_the_field(qtbot, window, view):
    form = view.form
    first = form.measure_id
    title = form.title.text()
    type_into(qtbot, form.title, "   ")
    error = form.errors["title"]
    assert error.isVisible() and error.text() == window.document.last_error
    assert "ชื่อมาตรการ" in error.text()
    assert form.title.text() == "   "  # kept as typed
    assert window.document.undo_stack.count() == 0
    assert cell(view, first, COL_TITLE) == title
    type_into(qtbot, form.title, "มาตรการที่มีชื่อแล้ว")
    assert error.isHidden()
    assert stored(window.document.store.path)[0]["title"] == "มาตรการที่มีชื่อแล้ว"


def test_an_end_before_the_start_shows_a_message_and_writes_nothing(qtbot, window, view):
    period = view.form.period
    type_into(qtbot, period.end.edit, "1/9/2568")  # the start is 1 Oct 2568
    assert period.error.isVisible() and "1 ก.ย. 2568" in period.error.text()
    assert window.document.undo_stack.count() == 0
    assert stored(window.document.store.path)[0]["end_date"] == "2026-03-31"
    type_into(qtbot, period.end.edit, "๓๐/๙/๒๕๖๙")  # Thai digits
    assert period.error.isHidden()
    assert stored(window.document.store.path)[0]["end_date"] == "2026-09-30"


def test_unknown_item_codes_are_refused(qtbot, window, view):
    form = view.form
    type_into(qtbot, form.items, "i1, x99, o77")
    error = form.errors["links"]
    assert error.isVisible() and "x99, o77" in error.text()
    assert form.items.text() == "i1, x99, o77"
    assert window.document.undo_stack.count() == 0










def test_read_only_file_keeps_the_editors_locked(qtbot, make_window, example_path):
    window = make_window()
    assert finish(qtbot, window.open_file(example_path, read_only=True))
    view = window.show_section("measures", YEAR)
    ids = view.model.measure_ids()
    view.select(ids[1])  # the form shows another measure: still locked
    actions = (view.add_action, view.delete_action, view.up_action, view.down_action,
               view.suggest_action, view.copy_action, view.units_action)
    assert not any(action.isEnabled() for action in actions)
    assert not view.form.indicators.isEnabled() and view.form.title.isReadOnly()
    assert not any(chip.remove_button.isEnabled() for chip in view.form.units.chips())
    assert not view.table.dragEnabled()
    view.move_current(1)
    assert view.model.measure_ids() == ids
    assert window.document.undo_stack.count() == 0


def test_one_measure_edit_updates_its_row_only(qtbot, window, view):
    changes, resets = [], []
    view.model.dataChanged.connect(lambda first, last, _roles=(): changes.append(
        (first.row(), last.row())))
    view.model.modelReset.connect(lambda: resets.append(1))
    second = view.model.measure_ids()[1]
    view.select(second)
    type_into(qtbot, view.form.title, "โครงการ E-Service ระยะที่ 2")
    assert changes == [(1, 1)] and not resets
    window.document.measures.update(second, end_date=date(2026, 6, 30))
    assert cell(view, second, COL_PERIOD) == "พ.ย. 2568 – มิ.ย. 2569"
    assert view.form.period.end.edit.text() == "30 มิ.ย. 2569"


def test_the_chips_of_the_measure_shown_before_disappear_at_once(qtbot, window, view):
    from PySide6.QtWidgets import QApplication

    from ui.views.unit_picker import UnitChip

    for measure_id in view.model.measure_ids() * 2:
        view.select(measure_id)
        QApplication.processEvents()  # shows the new chips (deleteLater would wait longer)
        shown = [chip.name for chip in view.form.findChildren(UnitChip) if chip.isVisible()]
        assert shown == view.current_measure()["units"]


def test_choosing_a_unit_from_the_completer_adds_it_once(qtbot, window, view):
    view.select(view.model.measure_ids()[1])  # สำนักปลัด only
    picker = view.form.units
    picker.edit.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    key_text(qtbot, picker.edit, "คลัง")  # matches inside the name
    popup = picker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [chip.name for chip in picker.chips()] == ["สำนักปลัด", "กองคลัง"]
    assert window.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: picker.edit.text() == "")
    picker.chips()[0].remove_button.click()
    assert window.document.measures.get(view.current_id())["units"] == ["กองคลัง"]


def test_text_being_typed_is_saved_when_the_section_is_left(qtbot, window, view):
    steps = view.form.steps
    first = view.current_id()
    steps.setFocus()
    qtbot.waitUntil(steps.hasFocus)
    qtbot.keyClick(steps, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(steps, Qt.Key.Key_Return)  # the steps are numbered ๑.–๔.: ๕. follows
    key_text(qtbot, steps, "สรุปผล")
    window.navigation.select("results", 2568)
    assert window.document.measures.get(first)["steps"].endswith("๕. สรุปผล")
    # Choosing another measure saves the text being typed in the one shown first.
    window.show_section("measures", YEAR)
    target = view.form.target
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    qtbot.keyClick(target, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    key_text(qtbot, target, " และรายงานผู้บริหาร")
    view.select(view.model.measure_ids()[2])
    assert window.document.measures.get(first)["target"].endswith("และรายงานผู้บริหาร")
    assert view.form.measure_id == view.model.measure_ids()[2]


def test_closing_the_file_while_typing_does_not_fail(qtbot, window, view):
    steps = view.form.steps
    steps.setFocus()
    qtbot.waitUntil(steps.hasFocus)
    key_text(qtbot, steps, "ยังพิมพ์อยู่")
    window.close_file()
    assert window.document is None
    qtbot.wait(1)  # the view goes with its document




def test_text_being_typed_survives_a_reload_of_the_table(qtbot, window, view):
    steps = view.form.steps
    first = view.current_id()
    steps.setFocus()
    qtbot.waitUntil(steps.hasFocus)
    qtbot.keyClick(steps, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    key_text(qtbot, steps, " (ทุกกอง)")
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    window.document.measures.add(YEAR, title="มาตรการจากที่อื่น", position=0)  # rows change
    assert resets and view.current_id() == first and steps.hasFocus()
    assert steps.toPlainText().endswith(" (ทุกกอง)")
    leave(qtbot, steps, view)
    assert window.document.measures.get(first)["steps"].endswith(" (ทุกกอง)")
