"""ข้อมูลหน่วยงาน: each field saved when editing finishes, undoable."""

from __future__ import annotations

from ita_desktop.storage import open_database, profile
from tests.ui.conftest import type_into


def stored_profile(path):
    with open_database(path) as store:
        return profile.get_profile(store)


def test_profile_fields_are_saved_and_undoable(qtbot, make_window, tmp_path):
    path = tmp_path / "office.db"
    window = make_window(path, new=True)
    view = window.show_section("profile")
    assert window.windowTitle() == "office.db — (ยังไม่ได้ตั้งชื่อหน่วยงาน) — ITA Desktop"
    values = {
        "name": "เทศบาลตำบลโพธิ์ชัย", "office_type": "เทศบาลตำบล", "district": "เมืองหนองคาย",
        "province": "หนองคาย", "unit_name": "หน่วยตรวจสอบภายใน", "doc_prefix": "นค ๕๓๗๑๑",
        "chief_name": "นายทดสอบ ใจดี", "chief_position": "นายกเทศมนตรีตำบลโพธิ์ชัย",
    }
    for field, text in values.items():
        type_into(qtbot, view.editors[field], text)
    stored = stored_profile(path)
    assert {field: stored[field] for field in values} == values
    assert window.windowTitle() == "office.db — เทศบาลตำบลโพธิ์ชัย — ITA Desktop"
    window.undo_action.trigger()
    assert stored_profile(path)["chief_position"] == ""
    assert view.editors["chief_position"].text() == ""
    window.redo_action.trigger()
    assert view.editors["chief_position"].text() == values["chief_position"]
    window.close_file()
    reopened = make_window(path).show_section("profile")
    assert reopened.editors["doc_prefix"].text() == "นค ๕๓๗๑๑"


def test_unchanged_field_makes_no_undo_step(qtbot, make_window, example_path):
    window = make_window(example_path)
    view = window.show_section("profile")
    type_into(qtbot, view.editors["province"], "สุวรรณบุรี")
    assert window.document.undo_stack.count() == 0
