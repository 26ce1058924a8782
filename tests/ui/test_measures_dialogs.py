"""มาตรการ in the real window, its dialogs: responsible units (add, rename, delete with a
replacement), suggested measures (accept, edit, discard in one undo step) and copying from another
year; the dialogs' exec is replaced by the tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ita_desktop.storage import measures, open_database
from ita_desktop.suggestions import suggest_measures
from tests.ui.conftest import redo, tr, type_into, undo
from tests.ui.test_measures_view import YEAR, cell, reopen, stored
from ui.models.measures_model import COL_PERIOD, COL_UNITS
from ui.views import measures_view, units_dialog


@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


@pytest.fixture
def view(window):
    return window.show_section("measures", YEAR)


def test_responsible_units_add_rename_and_delete_with_a_replacement(qtbot, window, view,
                                                                    monkeypatch):
    document = window.document
    asked = []

    def take_over_by(name):
        def answer(question):
            asked.append(question.label.text())
            question.choice.setCurrentIndex(question.choice.findText(name))
            return QDialog.DialogCode.Accepted
        return answer

    def run_units(dialog):
        dialog.show()
        table = dialog.table
        names = [table.item(r, 0).text() for r in range(table.rowCount())]
        row = names.index("สำนักปลัด")
        assert table.item(row, 1).text() == "4"  # measures it serves
        # Cancelling the question deletes nothing.
        monkeypatch.setattr(units_dialog, "exec_dialog", lambda question: 0)
        table.setCurrentCell(row, 0)
        assert not dialog.delete_current()
        assert "สำนักปลัด" in [u["name"] for u in document.measures.units()]
        monkeypatch.setattr(units_dialog, "exec_dialog", take_over_by("กองคลัง"))
        assert dialog.delete_current()
        type_into(qtbot, dialog.new_name, "กองสาธารณสุข")
        assert dialog.isVisible()  # Return adds the unit and keeps the dialog open
        names = [table.item(r, 0).text() for r in range(table.rowCount())]
        table.item(names.index("กองช่าง"), 0).setText("กองช่างและโยธา")  # rename in place
        names = [table.item(r, 0).text() for r in range(table.rowCount())]
        table.item(names.index("กองการศึกษา ศาสนาและวัฒนธรรม"), 0).setText("กองคลัง")
        assert "กองคลัง" in dialog.message.text() and dialog.message.isVisible()  # refused
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == names
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(measures_view, "exec_dialog", run_units)
    view.units_action.trigger()
    assert asked and "สำนักปลัด" in asked[0]
    units = [u["name"] for u in document.measures.units()]
    assert "สำนักปลัด" not in units and "กองสาธารณสุข" in units and "กองช่างและโยธา" in units
    first = view.model.measure_ids()[0]
    assert cell(view, first, COL_UNITS) == "กองคลัง"  # both were there: one remains
    last = view.model.measure_ids()[4]
    assert cell(view, last, COL_UNITS) == "กองคลัง, กองช่างและโยธา"
    assert [chip.name for chip in view.form.units.chips()] == ["กองคลัง"]
    undo(window)  # the rename
    undo(window)  # the new unit
    undo(window)  # the deletion
    assert cell(view, first, COL_UNITS) == "สำนักปลัด, กองคลัง"
    assert cell(view, last, COL_UNITS) == "สำนักปลัด, กองช่าง"
    redo(window)
    reopen(qtbot, window)
    with open_database(window.document.store.path, read_only=True) as store:
        assert "สำนักปลัด" not in [u["name"] for u in measures.list_units(store)]


def test_suggestions_accept_edit_and_discard_in_one_undo_step(qtbot, window, view,
                                                              monkeypatch):
    document = window.document
    drafts = suggest_measures(document.store, fiscal_year=YEAR)
    assert len(drafts) == 7
    document.measures.add(YEAR, title=drafts[2].title)  # the year already has this one
    before = view.model.measure_ids()
    seen = {}

    def run(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        rows = dialog.rows
        seen["exists"] = (rows[2].accept_box.isChecked(), rows[2].exists_note.isVisible())
        type_into(qtbot, rows[0].title, "มาตรการคู่มือการปฏิบัติงานฉบับปรับปรุง")
        assert dialog.isVisible()  # Return in a title does not add everything yet
        rows[1].discard_button.click()
        seen["ok"] = dialog.ok_button.text()
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(measures_view, "exec_dialog", run)
    count = document.undo_stack.count()
    view.suggest_action.trigger()
    assert seen["exists"] == (False, True)
    assert seen["ok"] == tr("SuggestDialog", "Add %1 Measures").replace("%1", "5")
    added = [m for m in document.measures.list(YEAR) if m["id"] not in before]
    assert [m["title"] for m in added] == ["มาตรการคู่มือการปฏิบัติงานฉบับปรับปรุง"] + [
        d.title for d in drafts[3:]]
    assert added[0]["steps"] == drafts[0].steps and added[0]["links"] == drafts[0].links
    assert document.undo_stack.count() == count + 1
    assert view.current_id() == added[0]["id"]
    undo(window)
    assert view.model.measure_ids() == before


def test_nothing_to_suggest_without_an_earlier_assessment(qtbot, make_window, tmp_path,
                                                          monkeypatch):
    path = tmp_path / "plans.db"
    with open_database(path, create=True) as store:
        measures.add_measure(store, fiscal_year=YEAR, title="มาตรการเดิม")
    window = make_window(path)
    view = window.show_section("measures", YEAR)
    seen = {}

    def run(dialog):
        seen["rows"], seen["text"] = dialog.rows, dialog.intro.text()
        seen["ok"] = dialog.ok_button.isVisible()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(measures_view, "exec_dialog", run)
    assert view.suggest() is None
    assert seen["rows"] == [] and not seen["ok"]
    assert str(YEAR) in seen["text"]
    assert window.document.undo_stack.count() == 0


def test_copy_from_another_year(qtbot, window, view, monkeypatch):
    source = stored(window.document.store.path, 2568)[0]

    def run(dialog):
        assert dialog.source_year() == 2568
        assert dialog.chosen_ids() == [source["id"]]
        dialog.copy_button.click()
        return dialog.result()

    monkeypatch.setattr(measures_view, "exec_dialog", run)
    copied = view.copy_from_year()
    assert copied and view.current_id() == copied[0]
    copy = window.document.measures.get(copied[0])
    assert copy["title"] == source["title"] and copy["units"] == source["units"]
    assert copy["links"] == source["links"]
    assert (copy["start_date"], copy["end_date"]) == ("2025-10-01", "2025-12-31")
    assert cell(view, copied[0], COL_PERIOD) == "ต.ค. – ธ.ค. 2568"
    undo(window)
    assert copied[0] not in view.model.measure_ids()


def test_copying_again_leaves_what_was_copied_unticked(qtbot, window, view, monkeypatch):
    source = stored(window.document.store.path, 2568)[0]
    window.document.measures.copy_to_year([source["id"]], YEAR)
    seen = {}

    def run(dialog):
        seen["ids"] = dialog.chosen_ids()
        seen["enabled"] = dialog.copy_button.isEnabled()
        dialog._tick_all(Qt.CheckState.Checked)
        seen["after"] = dialog.chosen_ids()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(measures_view, "exec_dialog", run)
    assert view.copy_from_year() is None
    assert seen == {"ids": [], "enabled": False, "after": [source["id"]]}
    assert window.document.undo_stack.count() == 1  # only the first copy
