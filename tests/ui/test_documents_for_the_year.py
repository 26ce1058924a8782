"""The documents page opens on a document that makes sense for the year: a year with results but
no measures opens on its analysis report, not on a memo sending "๐ มาตรการ", and says which
documents wait for measures; a year with measures opens on the one the user chose last."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui import settings as keys


def kinds_shown(view) -> dict[str, str]:
    return {view.kinds.item(r).data(Qt.ItemDataRole.UserRole): view.kinds.item(r).text()
            for r in range(view.kinds.count())}


def test_a_year_without_measures_opens_on_its_analysis(qtbot, make_window, example_path,
                                                         settings):
    window = make_window(example_path)
    assert not window.document.measures.list(2567)
    view = window.show_section("documents", 2569)
    assert view.select_kind("memo-measures")  # the user's choice, for a year with measures
    view = window.show_section("documents", 2567)
    assert view.current_kind() == "analysis"
    shown = kinds_shown(view)
    assert all(shown[k].endswith("(ยังไม่มีมาตรการ)") for k in
               ("memo-measures", "memo-results", "measures", "results"))
    assert not shown["analysis"].endswith("(ยังไม่มีมาตรการ)")
    qtbot.waitUntil(view.is_current, timeout=30000)
    assert not any("มาตรการ" in note for note in view.notes)  # no "no measures" notice
    # Back to a year with measures: the user's choice again, which was kept.
    view = window.show_section("documents", 2569)
    assert view.current_kind() == "memo-measures"
    assert settings.get(keys.DOCUMENT_KIND) == "memo-measures"


def test_a_new_office_year_without_measures_opens_on_the_analysis(qtbot, make_window,
                                                                   tmp_path):
    window = make_window(tmp_path / "อบต.ตัวอย่างใหม่.db", new=True)
    assert window.add_fiscal_year(2567)
    view = window.show_section("documents", 2568)  # the plan year: nothing yet, no analysis
    assert view.current_kind() == "memo-measures"
    view = window.show_section("documents", 2567)
    assert view.current_kind() == "analysis"
