"""Several measures chosen at once in the real table (Ctrl/Shift-click, Shift+arrows): deleted
after one question naming how many, moved as a block (also non-contiguous, also by dragging),
duplicated and copied as a table; each action one undo step named with the count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ita_desktop.storage import measures, open_database
from tests.ui.conftest import tr, undo
from ui.models.measures_model import COL_TITLE

YEAR = 2569
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


@pytest.fixture
def view(window):
    return window.show_section("measures", YEAR)


def stored_ids(window) -> list[int]:
    with open_database(window.document.store.path, read_only=True) as store:
        return [m["id"] for m in measures.list_measures(store, fiscal_year=YEAR)]


def table_ids(view) -> list[int]:
    return view.model.measure_ids()


def click(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = view.table
    rect = table.visualRect(view.model.index(row, COL_TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_three_of_five_deleted_after_one_question_and_back_with_one_undo(
        qtbot, window, view, monkeypatch):
    from ui.views import measures_view

    ids = table_ids(view)
    assert len(ids) == 5
    click(qtbot, view, 0)
    click(qtbot, view, 2, CTRL)
    click(qtbot, view, 4, CTRL)
    assert view.selected_ids() == [ids[0], ids[2], ids[4]]
    form = view.form
    assert form.fields.isHidden() and not form.placeholder.isHidden()
    assert form.placeholder.text().startswith("เลือกไว้ 3 มาตรการ")
    questions = []
    monkeypatch.setattr(measures_view, "ask",
                        lambda parent, title, text: questions.append(text) or True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "3" in questions[0]
    assert table_ids(view) == stored_ids(window) == [ids[1], ids[3]]
    assert "ลบ 3 มาตรการ" in window.undo_action.text()

    undo(window)  # one step brings all three back in their places
    assert table_ids(view) == stored_ids(window) == ids
    assert "ลบ 3 มาตรการ" in window.redo_action.text()


def test_declining_the_question_deletes_nothing(qtbot, window, view, monkeypatch):
    from ui.views import measures_view

    ids = table_ids(view)
    click(qtbot, view, 1)
    click(qtbot, view, 3, SHIFT)
    assert view.selected_ids() == ids[1:4]
    monkeypatch.setattr(measures_view, "ask", lambda parent, title, text: False)
    view.delete_action.trigger()
    assert stored_ids(window) == ids


def test_a_non_contiguous_choice_moves_up_and_down_as_one_step(qtbot, window, view):
    a, b, c, d, e = table_ids(view)
    click(qtbot, view, 1)
    click(qtbot, view, 3, CTRL)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Up, CTRL)
    assert table_ids(view) == stored_ids(window) == [b, a, d, c, e]
    assert view.selected_ids() == [b, d]  # still chosen, to move again
    assert "ย้ายลำดับ 2 มาตรการ" in window.undo_action.text()
    view.down_action.trigger()
    view.down_action.trigger()
    assert table_ids(view) == stored_ids(window) == [a, c, b, e, d]
    undo(window)  # each move is one step
    assert table_ids(view) == stored_ids(window) == [a, b, c, d, e]
    undo(window)
    assert table_ids(view) == stored_ids(window) == [b, a, d, c, e]
    undo(window)
    assert stored_ids(window) == [a, b, c, d, e]


def test_rows_at_the_top_stay_and_the_rest_close_up(qtbot, window, view):
    a, b, c, d, e = table_ids(view)
    click(qtbot, view, 0)
    click(qtbot, view, 2, CTRL)
    assert view.up_action.isEnabled()
    view.up_action.trigger()
    assert stored_ids(window) == [a, c, b, d, e]
    assert not view.up_action.isEnabled()  # the block is against the top


def test_shift_arrows_choose_rows_duplicate_and_copy_them(qtbot, window, view):
    ids = table_ids(view)
    click(qtbot, view, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, SHIFT)
    assert view.selected_ids() == ids[1:3]

    qtbot.keyClick(view.table, Qt.Key.Key_C, CTRL)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:2] == [tr("MeasuresModel", "No."),
                                        tr("MeasuresModel", "Measure / project / activity")]
    titles = [view.model.measure(r)["title"] for r in (1, 2)]
    assert [line.split("\t")[:2] for line in lines[1:]] == [["2", titles[0]], ["3", titles[1]]]
    assert all(line.count("\t") == 5 for line in lines)

    copies = view.duplicate_measure()
    after = stored_ids(window)
    assert after == [ids[0], ids[1], copies[0], ids[2], copies[1], ids[3], ids[4]]
    assert view.selected_ids() == copies
    assert "3" not in window.undo_action.text() and "2" in window.undo_action.text()
    undo(window)
    assert stored_ids(window) == ids


def test_several_rows_dragged_move_together(qtbot, window, view):
    a, b, c, d, e = table_ids(view)
    model = view.model
    data = model.mimeData([model.index(0, COL_TITLE), model.index(2, COL_TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1, -1))
    assert stored_ids(window) == [b, d, a, c, e]
    assert view.selected_ids() == [a, c]
    assert "ย้ายลำดับ 2 มาตรการ" in window.undo_action.text()
    undo(window)
    assert stored_ids(window) == [a, b, c, d, e]
