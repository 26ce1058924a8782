"""The ten indicator scores, as most offices have them (the NACC's summary page): typed in one
pass with the keyboard alone, or pasted as one column, on the page that shows all ten at once;
typing in the indicator list goes to the score field; a column pasted into an indicator field
fills indicators, never items; a blank indicator reads "ยังไม่ได้กรอก" and no total or rating
shows until all ten are in."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ita_desktop.storage import assessments, open_database
from tests.ui import phochai_2567
from tests.ui.conftest import key_text

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
COLUMN = "\n".join(phochai_2567.INDICATORS.values())  # as copied from a spreadsheet column


def scores_in(window, year=2567):
    with open_database(window.document.store.path, read_only=True) as store:
        return assessments.get_scores(store, fiscal_year=year)


@pytest.fixture
def new_year(qtbot, make_window, tmp_path):
    """A window on a new file, active (so keys go to the focused widget), after File › Add
    Fiscal Year 2567."""
    window = make_window(tmp_path / "อบต.ตัวอย่างใหม่.db", new=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.add_fiscal_year(2567)
    return window


def focused():
    return QApplication.focusWidget()


def type_here(qtbot, text: str, key=Qt.Key.Key_Return) -> None:
    """Type into whatever has the keyboard focus, then press ``key``: the keyboard alone."""
    key_text(qtbot, focused(), text)
    qtbot.keyClick(focused(), key)


def paste_into(qtbot, widget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_ten_scores_go_in_by_keyboard_alone_in_one_pass(qtbot, new_year):
    view = new_year.results_views[2567]
    table = view.scores_table
    assert view.stack.currentWidget() is table  # a new year opens on all ten indicators
    qtbot.waitUntil(lambda: focused() is table.fields["1"].edit)  # focus is in the first field
    totals = []
    for n, (code, score) in enumerate(phochai_2567.INDICATORS.items()):
        assert focused() is table.fields[code].edit
        # Return and Tab both move on; Thai digits for some, as typed on a Thai keyboard.
        type_here(qtbot, score.translate(THAI) if code in "678" else score,
                  Qt.Key.Key_Tab if n % 2 else Qt.Key.Key_Return)
        totals.append(view.summary.total.text())
    assert scores_in(new_year) == {c: Decimal(v) for c, v in phochai_2567.INDICATORS.items()}
    assert not any(char.isdigit() for text in totals[:-1] for char in text)  # incomplete: none
    assert totals[-1] == f"คะแนนรวม {phochai_2567.TOTAL}"
    # Indicator scores alone do not settle ผ่านดีเยี่ยม (EIT's two parts): it asks for them.
    assert view.summary.rating.text() == "ระดับ –" and view.summary.rating_box.isVisibleTo(view)
    assert new_year.document.undo_stack.count() == 10


def test_the_ten_scores_go_in_by_one_paste_with_a_preview_of_where_each_goes(qtbot, new_year,
                                                                             qtmodeltester):
    view = new_year.results_views[2567]
    paste_into(qtbot, view.scores_table.fields["1"].edit, COLUMN)
    preview = view.last_paste_dialog
    qtmodeltester.check(preview.model)
    rows = preview.model.rows()
    assert [row.code for row in rows] == [str(n) for n in range(1, 11)]
    model = preview.model
    shown = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert shown[0][:2] == ["ตัวชี้วัดที่ 1", "การปฏิบัติหน้าที่"]
    assert shown[5][-2:] == ["ยังไม่ได้กรอก", "97.34"]  # what is there now, what replaces it
    assert "ตัวชี้วัดที่ 1–10" in preview.intro.text()
    stored = scores_in(new_year)
    assert stored == {c: Decimal(v) for c, v in phochai_2567.INDICATORS.items()}
    assert view.summary.total.text() == f"คะแนนรวม {phochai_2567.TOTAL}"
    assert new_year.document.undo_stack.count() == 1


@pytest.mark.parametrize("where", ["indicator form", "indicator list"])
def test_a_column_pasted_on_an_indicator_never_lands_on_items(qtbot, new_year, where):
    view = new_year.results_views[2567]
    form = view.show_indicator(2)
    target = form.fields["2"].edit if where == "indicator form" else view.pages
    paste_into(qtbot, target, "\n".join(list(phochai_2567.INDICATORS.values())[1:]))
    assert [row.code for row in view.last_paste_dialog.model.rows()] == [
        str(n) for n in range(2, 11)]
    stored = scores_in(new_year)
    assert set(stored) == {str(n) for n in range(2, 11)}  # no i4–i13
    assert stored["6"] == Decimal("97.34")


def test_more_lines_than_indicators_are_refused_whole(qtbot, new_year):
    view = new_year.results_views[2567]
    paste_into(qtbot, view.scores_table.fields["9"].edit, "100\n100\n90")
    rows = view.last_paste_dialog.model.rows()
    assert [row.code for row in rows[:2]] == ["9", "10"] and rows[2].error
    assert scores_in(new_year) == {}


def test_choosing_an_indicator_puts_the_keyboard_in_its_score_field(qtbot, new_year):
    view = new_year.results_views[2567]
    row = next(r for r in range(view.pages.count()) if view.pages.item(r).data(
        Qt.ItemDataRole.UserRole + 1) == 9)
    rect = view.pages.visualItemRect(view.pages.item(row))
    qtbot.mouseClick(view.pages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.stack.currentWidget() is view.forms[9]
    qtbot.waitUntil(lambda: focused() is view.forms[9].fields["9"].edit)
    # Digits typed while the list has the focus go to the field, not to the list's search.
    view.pages.setFocus()
    qtbot.keyClicks(view.pages, "94.77")
    assert view.stack.currentWidget() is view.forms[9]
    assert view.forms[9].fields["9"].edit.text() == "94.77"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert scores_in(new_year)["9"] == Decimal("94.77")
    assert view.stack.currentWidget() is view.forms[10]  # Return moved on to indicator 10
    assert focused() is view.forms[10].fields["10"].edit


def test_the_score_field_sits_at_the_same_place_in_every_indicator_form(qtbot, new_year):
    new_year.resize(1000, 700)  # descriptions wrap onto one, two or three lines
    view = new_year.results_views[2567]
    places = set()
    for number in range(1, 11):
        form = view.show_indicator(number)
        qtbot.waitUntil(lambda f=form: f.isVisible())
        edit = form.fields[str(number)].edit
        places.add(edit.mapTo(form, QPoint(0, 0)).y())
    assert len(places) == 1, places


def test_a_blank_indicator_is_not_entered_yet_and_hides_the_total(qtbot, new_year):
    view = new_year.results_views[2567]
    table = view.scores_table
    assert table.fields["1"].state.text() == "ยังไม่ได้กรอก"
    assert view.summary.total.text() == "คะแนนรวม –"
    for code, score in phochai_2567.INDICATORS.items():
        if code != "7":
            table.fields[code].edit.setFocus()
            key_text(qtbot, table.fields[code].edit, score)
            qtbot.keyClick(table.fields[code].edit, Qt.Key.Key_Return)
    assert view.summary.total.text() == "คะแนนรวม –"
    assert view.summary.rating.text() == "ระดับ –"
    assert "ตัวชี้วัดที่ 7" in view.summary.missing.text()
    assert "EIT ยังไม่ครบ" in view.summary.tools.text()
    listed = [view.pages.item(r).text() for r in range(view.pages.count())]
    assert next(t for t in listed if t.startswith("7.")).endswith("ยังไม่ได้กรอก")
    assert view.show_indicator(7).fields["7"].state.text() == "ยังไม่ได้กรอก"
    assert "ไม่ได้รับการประเมิน" not in " ".join(listed)


def test_a_tool_left_blank_whole_says_what_the_total_would_be_without_it(qtbot, new_year):
    """An office whose EIT was not scored (too few respondents) still sees its total, said as
    such, once every indicator it has is in."""
    view = new_year.results_views[2567]
    table = view.scores_table
    for code in ("1", "2", "3", "4", "5", "9", "10"):
        table.fields[code].edit.setFocus()
        key_text(qtbot, table.fields[code].edit, "100")
        qtbot.keyClick(table.fields[code].edit, Qt.Key.Key_Return)
    assert view.summary.total.text() == "คะแนนรวม –"
    assert "EIT" in view.summary.missing.text() and "100.00" in view.summary.missing.text()
