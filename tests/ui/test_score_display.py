"""What a score field shows: the stored value as the lists show it ("90.00" in the field and in
the list, full precision kept when it has more places), and a refused value does not stay in the
field once the user leaves it (the message quotes it, so nothing typed is lost from sight)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ita_desktop.storage import assessments, open_database
from tests.ui.conftest import key_text, type_into


def stored(path, year=2568):
    with open_database(path, read_only=True) as store:
        return assessments.get_scores(store, fiscal_year=year)


@pytest.fixture
def results(qtbot, make_window, example_path):
    window = make_window(example_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.show_section("results", 2568)


def test_a_refused_value_is_gone_from_the_field_after_leaving_it(qtbot, results,
                                                                   example_path):
    window, view = results
    form = view.show_indicator(1)
    field, other = form.fields["i2"], form.fields["i3"]
    before = stored(example_path)
    shown = field.edit.text()
    assert shown == "89.10"
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key_text(qtbot, field.edit, "๑๐๑")
    other.edit.setFocus()  # leaving the field: Tab, a click elsewhere
    qtbot.waitUntil(lambda: not field.edit.hasFocus())
    assert field.edit.text() == shown  # what is stored, not the refused text
    assert field.has_error and "๑๐๑" in field.error.text()
    assert "100" in field.error.text()  # the core's reason stays
    assert stored(example_path) == before
    # Return keeps the refused text in the field to be corrected there.
    type_into(qtbot, field.edit, "abc")
    assert field.edit.text() == "abc" and field.has_error


@pytest.mark.parametrize("typed, shown", [("90", "90.00"), ("95.5", "95.50"),
                                          ("๙๗.๒๐๖๗", "97.2067")])
def test_the_field_shows_the_score_as_the_list_does(qtbot, results, example_path, typed,
                                                     shown):
    _window, view = results
    form = view.show_indicator(1)
    type_into(qtbot, form.fields["1"].edit, typed)
    assert stored(example_path)["1"] == Decimal(shown)
    assert form.fields["1"].edit.text() == shown
    listed = view.pages.item(1).text()
    assert listed.endswith(shown if len(shown.split(".")[1]) == 2 else "97.21")
    assert view.scores_table.fields["1"].edit.text() == shown
