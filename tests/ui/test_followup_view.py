"""ติดตามผล in the real window: the year's measures with their latest report, the overview, and
the report form of a measure and period; status, results and evidence recorded like staff do
(a Buddhist-era date typed in Thai digits), each edit undone and redone from the Edit menu, the
file reopened; a link that is not http(s) refused beside the field with nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ita_desktop.storage import followups, open_database
from tests.ui.conftest import finish, key_text, redo, tr, undo
from ui.models.followup_models import (
    EvidenceModel,
    MeasureStatusModel,
    OverviewModel,
    StatusRole,
)
from ui.views.followup_view import FollowupView

YEAR = 2569



@pytest.fixture
def window(make_window, example_path):
    return make_window(example_path)


@pytest.fixture
def view(window) -> FollowupView:
    return window.show_section("followup", YEAR)


def stored_reports(path) -> dict[tuple[int, str], dict]:
    with open_database(path, read_only=True) as store:
        return {(r["measure_id"], r["period"]): r
                for r in followups.list_followups(store, fiscal_year=YEAR)}


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_period(qtbot, view, period: str) -> None:
    tabs = view.period_tabs
    index = next(i for i in range(tabs.count()) if tabs.tabData(i) == period)
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(index).center())
    assert view.period == period


def pick(qtbot, combo, data) -> None:
    """Open a combo box's list and click the entry carrying ``data``."""
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    rect = popup.visualRect(combo.model().index(combo.findData(data), 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible())


def choose_status(qtbot, view, status: str) -> None:
    pick(qtbot, view.status, status)
    assert view.status.currentData() == status


def fill(qtbot, edit, text: str) -> None:
    """Replace a line edit's text by typing (no Return: in a dialog it would press OK)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    key_text(qtbot, edit, text)


def chip(view, key: str) -> str:
    return view.overview.counts[key].text()




def test_lists_the_years_measures_with_their_latest_report(view, window, qtmodeltester):
    assert window.pages.currentWidget() is view
    assert window.navigation.current_section() == ("followup", YEAR)
    model = view.measures
    assert model.rowCount() == 5
    assert model.index(0, MeasureStatusModel.COL_TITLE).data() == (
        "มาตรการจัดทำคู่มือขั้นตอนและระยะเวลาการให้บริการ")
    # Measure 1 has Q1 and Q2 reports, both done: the latest is Q2.
    latest = model.index(0, MeasureStatusModel.COL_STATUS)
    assert latest.data(StatusRole) == "done"
    assert latest.data() == (f"{tr('Followup', 'Done')} ({tr('Followup', 'Quarter 2')})")
    assert model.index(3, MeasureStatusModel.COL_STATUS).data(StatusRole) is None
    assert view.overview.shown.total.done == 1 and chip(view, "done").endswith(" 1")
    assert view.overview.shown.total.total == 5
    for checked in (model, view.evidence, view.overview.by_quarter, view.overview.by_unit):
        qtmodeltester.check(checked)
    units = view.overview.by_unit
    assert {units.index(r, 0).data() for r in range(units.rowCount())} >= {"สำนักปลัด",
                                                                           "กองคลัง"}
    # The report form of measure 1, Q1: done, with its dated evidence in BE.
    view.select_measure(model.measure_id(0), "Q1")
    assert view.status.currentData() == "done"
    assert view.texts["results"].toPlainText() == "จัดทำแผนผังขั้นตอนการให้บริการครบ ๑๒ งาน"
    assert view.evidence.rowCount() == 1
    assert view.evidence.index(0, EvidenceModel.COL_DATE).data() == "15 ธ.ค. 2568"


def test_record_a_followup_undo_redo_and_reopen(qtbot, window, view, example_path):
    stack = window.document.undo_stack
    click_row(qtbot, view.measure_table, 3)  # no report yet
    measure = view.measures.measure_id(3)
    assert view.measure_id == measure
    choose_period(qtbot, view, "Q2")
    done_before = view.overview.shown.total.done
    not_started_before = view.overview.shown.total.not_started
    assert view.status.currentData() == "not_started" and view.evidence.rowCount() == 0

    choose_status(qtbot, view, "done")
    assert stored_reports(example_path)[(measure, "Q2")]["status"] == "done"
    assert view.overview.shown.total.done == done_before + 1
    assert view.overview.shown.total.not_started == not_started_before - 1
    assert chip(view, "done").endswith(f" {done_before + 1}")
    status_cell = view.measures.index(3, MeasureStatusModel.COL_STATUS)
    assert status_cell.data(StatusRole) == "done"

    box = view.texts["results"]
    box.setFocus()
    key_text(qtbot, box, "เผยแพร่รายงานบนเว็บไซต์แล้ว")
    view.texts["outcome"].setFocus()  # leaving the box commits it
    assert stored_reports(example_path)[(measure, "Q2")]["results"] == (
        "เผยแพร่รายงานบนเว็บไซต์แล้ว")

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    dialog = view.evidence_dialog
    assert dialog is not None and dialog.isVisible()
    fill(qtbot, dialog.title, "รายงานผลการจัดการความเสี่ยง")
    fill(qtbot, dialog.date.edit, "๕/๑/๒๕๖๙")
    fill(qtbot, dialog.url, "ftp://www.donkaeothong.go.th/risk")
    count = stack.count()
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)  # presses OK
    assert dialog.isVisible(), "a refused link keeps the dialog open"
    assert "http" in dialog.errors["url"].text() and dialog.errors["url"].isVisible()
    assert stack.count() == count and stored_reports(example_path)[(measure, "Q2")][
        "evidence"] == []
    fill(qtbot, dialog.url, "https://www.donkaeothong.go.th/risk")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.evidence_dialog is None)
    assert view.evidence.rowCount() == 1
    assert view.evidence.index(0, EvidenceModel.COL_DATE).data() == "5 ม.ค. 2569"
    assert view.evidence.index(0, EvidenceModel.COL_URL).data() == (
        "https://www.donkaeothong.go.th/risk")
    evidence = stored_reports(example_path)[(measure, "Q2")]["evidence"]
    assert [(e["title"], e["date"]) for e in evidence] == [("รายงานผลการจัดการความเสี่ยง",
                                                           "2026-01-05")]

    undo(window)  # the evidence
    assert view.evidence.rowCount() == 0
    undo(window)  # the results
    assert view.texts["results"].toPlainText() == ""
    undo(window)  # the status: the report was new, so it goes away
    assert (measure, "Q2") not in stored_reports(example_path)
    assert view.status.currentData() == "not_started"
    assert view.overview.shown.total.done == done_before
    assert chip(view, "done").endswith(f" {done_before}")
    assert view.measures.index(3, MeasureStatusModel.COL_STATUS).data(StatusRole) is None
    for _ in range(3):
        redo(window)
    assert view.status.currentData() == "done"
    assert view.texts["results"].toPlainText() == "เผยแพร่รายงานบนเว็บไซต์แล้ว"
    assert view.evidence.rowCount() == 1 and view.overview.shown.total.done == done_before + 1

    window.close_file()
    assert finish(qtbot, window.open_file(example_path))
    view = window.show_section("followup", YEAR)
    view.select_measure(measure, "Q2")
    assert view.status.currentData() == "done"
    assert view.texts["results"].toPlainText() == "เผยแพร่รายงานบนเว็บไซต์แล้ว"
    assert view.evidence.index(0, EvidenceModel.COL_TITLE).data() == "รายงานผลการจัดการความเสี่ยง"
    assert view.overview.shown.total.done == done_before + 1


def test_edit_and_remove_evidence(qtbot, window, view, example_path):
    measure = view.measures.measure_id(0)
    view.select_measure(measure, "Q1")
    original = stored_reports(example_path)[(measure, "Q1")]["evidence"][0]
    assert not view.edit_button.isEnabled()
    view.evidence_table.selectRow(0)
    assert view.edit_button.isEnabled() and view.remove_button.isEnabled()
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.evidence_dialog
    assert dialog.title.text() == original["title"] and dialog.date.edit.text() == "15 ธ.ค. 2568"
    fill(qtbot, dialog.title, "")
    fill(qtbot, dialog.url, "www.donkaeothong.go.th/manual")
    dialog.try_accept()
    assert dialog.isVisible()
    assert dialog.errors["title"].isVisible() and dialog.errors["url"].isVisible()
    assert stored_reports(example_path)[(measure, "Q1")]["evidence"] == [original]
    fill(qtbot, dialog.title, "ประกาศขั้นตอนการให้บริการ (ฉบับปรับปรุง)")
    fill(qtbot, dialog.date.edit, "20 ธ.ค. 2568")
    fill(qtbot, dialog.url, "https://www.donkaeothong.go.th/manual-2")
    assert dialog.try_accept()
    qtbot.waitUntil(lambda: view.evidence_dialog is None)
    changed = stored_reports(example_path)[(measure, "Q1")]["evidence"][0]
    assert changed == {"id": original["id"], "title": "ประกาศขั้นตอนการให้บริการ (ฉบับปรับปรุง)",
                       "date": "2025-12-20", "url": "https://www.donkaeothong.go.th/manual-2"}
    view.evidence_table.selectRow(0)
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert view.evidence.rowCount() == 0
    undo(window)
    assert stored_reports(example_path)[(measure, "Q1")]["evidence"] == [changed]
    undo(window)
    assert stored_reports(example_path)[(measure, "Q1")]["evidence"] == [original]
    assert view.evidence.index(0, EvidenceModel.COL_TITLE).data() == original["title"]


def test_text_typed_before_switching_period_stays_with_its_period(qtbot, view, example_path):
    measure = view.measures.measure_id(1)
    view.select_measure(measure, "Q1")
    box = view.texts["suggestions"]
    box.setFocus()
    key_text(qtbot, box, "ควรเพิ่มงานบริการ")
    choose_period(qtbot, view, "Q3")  # what was typed is saved for Q1 before Q3 shows
    reports = stored_reports(example_path)
    assert reports[(measure, "Q1")]["suggestions"] == "ควรเพิ่มงานบริการ"
    assert (measure, "Q3") not in reports
    assert box.toPlainText() == ""
    # Also when another measure is shown without the focus leaving the box (a jump from code).
    box.setFocus()
    key_text(qtbot, box, "รอผลการประชุม")
    other = view.measures.measure_id(2)
    view.select_measure(other)
    assert box.hasFocus() and view.measure_id == other
    assert view.measure_table.currentIndex().row() == 2
    reports = stored_reports(example_path)
    assert reports[(measure, "Q3")]["suggestions"] == "รอผลการประชุม"
    assert (other, "Q3") not in reports and box.toPlainText() == ""
    view.texts["outcome"].setFocus()
    assert (other, "Q3") not in stored_reports(example_path)


def test_overview_by_quarter_and_unit(view):
    overview = view.document.followups.overview(YEAR)
    quarter = view.overview.by_quarter
    shown = {quarter.index(r, 0).data(): quarter.index(r, OverviewModel.COL_TOTAL).data()
             for r in range(quarter.rowCount())}
    assert list(shown.values()) == [str(overview.by_quarter[q].total)
                                    for q in ("Q1", "Q2", "Q3", "Q4")]
    units = view.overview.by_unit
    row = next(r for r in range(units.rowCount()) if units.index(r, 0).data() == "กองคลัง")
    assert units.index(row, OverviewModel.COL_DONE).data() == str(
        overview.by_unit["กองคลัง"].done)
    late = sum(1 for m in view.document.measures.list(YEAR)
               if m["end_date"] < date.today().isoformat()
               and view.measures.index(view.measures.row_of(m["id"]), 0).data(StatusRole)
               not in ("done", "cancelled"))
    assert overview.total.late == late and chip(view, "late").endswith(f" {late}")


def test_read_only_file_keeps_the_form_locked(qtbot, make_window, example_path):
    window = make_window()
    assert finish(qtbot, window.open_file(example_path, read_only=True))
    view = window.show_section("followup", YEAR)
    assert not view.add_button.isEnabled() and not view.status.isEnabled()
    assert view.texts["results"].isReadOnly()
    click_row(qtbot, view.measure_table, 2)
    view.evidence_table.selectRow(0)
    assert not view.add_button.isEnabled() and not view.edit_button.isEnabled()
    assert not view.status.isEnabled()
