"""The main window on the example database: navigation, title, menus, status bar, settings."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from tests.ui.conftest import finish, type_into


def test_navigation_lists_office_and_years_with_sections(make_window, example_path):
    window = make_window(example_path)
    assert window.windowTitle() == "example.db — องค์การบริหารส่วนตำบลดอนแก้วทอง — ITA Desktop"
    plan = ["  มาตรการ", "  ติดตามผล", "  ความพร้อม OIT"]
    assessed = ["  ผลการประเมิน", "  การวิเคราะห์", "  กรอบการประเมิน"]
    assert window.navigation.labels() == [
        "ข้อมูลหน่วยงาน",
        "ปีงบประมาณ 2569", *plan, "  เอกสาร",  # measures planned, not assessed yet
        "ปีงบประมาณ 2568", *assessed, *plan, "  เอกสาร",
        "ปีงบประมาณ 2567", *assessed, "  เอกสาร",
        "ปีงบประมาณ 2566", *assessed, "  เอกสาร",
    ]
    # Opens on the newest year's results.
    assert window.pages.currentWidget() is window.results_views[2568]
    assert "85.92" in window.results_views[2568].summary.total.text()
    window.navigation.select("profile")
    assert window.pages.currentWidget() is window.profile_view
    window.navigation.select("analysis", 2567)
    assert window.pages.currentWidget() is window.analysis_view
    assert "86.17" in window.analysis_view.summary.text()
    window.navigation.select("year", 2566)  # a year row opens its results
    assert window.pages.currentWidget() is window.results_views[2566]


def test_analysis_table(make_window, example_path, qtmodeltester):
    from ui.models.indicator_table import COL_SCORE, COL_TITLE

    window = make_window(example_path)
    view = window.show_section("analysis", 2567)
    model = view.model
    assert model.rowCount() == 10
    assert model.index(8, COL_TITLE).data() == "การเปิดเผยข้อมูล"
    assert model.index(9, COL_SCORE).data() == "78.57"
    qtmodeltester.check(model)


def test_menus_use_standard_shortcuts(make_window, example_path):
    window = make_window(example_path)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["แฟ้ม", "แก้ไข", "มุมมอง", "วิธีใช้"]
    file_actions = [a.text() for a in menus["แฟ้ม"].actions() if a.text()]
    assert file_actions == ["ใหม่…", "เปิด…", "เปิดไฟล์ล่าสุด", "เพิ่มปีงบประมาณ…",
                            "บันทึกสำเนาเป็น…", "กู้คืนจากไฟล์สำรอง…",
                            "นำเข้าข้อมูลจากไฟล์อื่น…", "เปรียบเทียบหน่วยงาน…",
                            "ปิดไฟล์", "ออกจากโปรแกรม"]
    shortcuts = {a.text(): a.shortcut() for a in menus["แฟ้ม"].actions()}
    assert shortcuts["ใหม่…"] == QKeySequence(QKeySequence.StandardKey.New)
    assert shortcuts["เปิด…"] == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence.keyBindings(
        QKeySequence.StandardKey.Redo)[0]


def test_status_bar_says_when_saved_and_title_follows_office_name(qtbot, make_window,
                                                                  example_path):
    window = make_window(example_path)
    assert window.saved_label.text() == "บันทึกอัตโนมัติทุกครั้งที่แก้ไข"
    view = window.show_section("profile")
    type_into(qtbot, view.editors["name"], "เทศบาลตำบลทดสอบ")
    assert window.saved_label.text().startswith("บันทึกแล้ว ")
    assert window.windowTitle() == "example.db — เทศบาลตำบลทดสอบ — ITA Desktop"


def test_close_and_save_a_copy(qtbot, make_window, example_path, tmp_path):
    from ita_desktop.storage import assessments, open_database

    window = make_window(example_path)
    copy = tmp_path / "copy.db"
    assert finish(qtbot, window.save_copy(copy))
    with open_database(copy) as store:
        assert assessments.list_fiscal_years(store) == [2566, 2567, 2568]
    window.close_file()
    assert window.document is None
    assert window.windowTitle() == "ITA Desktop"
    assert window.navigation.labels() == []
    assert not window.save_copy_action.isEnabled()


def test_geometry_splitters_and_recent_files_are_remembered(make_window, example_path, settings,
                                                             tmp_path):
    from ui import settings as keys

    window = make_window(example_path)
    window.resize(780, 560)  # the offscreen screen is 800×600; restoreGeometry keeps windows on it
    window.splitter.setSizes([250, 530])
    size = window.size()
    window.close()
    assert settings.recent_files() == [example_path.resolve()]
    assert not settings.get(keys.WINDOW_GEOMETRY).isEmpty()
    again = make_window()
    assert again.document is None
    assert again.size() == size
    assert again.splitter.sizes()[0] == 250
    # Recent files: newest first, no duplicates, capped.
    settings.add_recent_file(tmp_path / "b.db")
    settings.add_recent_file(example_path)
    assert settings.recent_files() == [example_path.resolve(), (tmp_path / "b.db").resolve()]


def test_settings_registry_defaults_and_file_override(tmp_path):
    from ui import settings as keys
    from ui.settings import Settings

    settings = Settings(tmp_path / "portable.ini")
    assert settings.path == tmp_path / "portable.ini"
    assert settings.get(keys.LANGUAGE) == "th"
    assert settings.get(keys.RECENT_FILES) == []
    settings.set(keys.LANGUAGE, "en")
    settings.sync()
    assert Settings(tmp_path / "portable.ini").get(keys.LANGUAGE) == "en"
    assert "[ui]\nlanguage=en" in (tmp_path / "portable.ini").read_text()
