"""What a new office sees first: a file with no fiscal year opens on a start page whose buttons
are the next steps (the office details, then File › Add Fiscal Year…); no file open shows New and
Open as buttons; Help › Guide opens the Thai guide bundled with the program (offline), and Help ›
About says the version."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser

import ita_desktop
from ita_desktop import paths
from ui import message_boxes


@pytest.fixture
def shown_boxes(monkeypatch):
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(message_boxes, "exec_dialog", lambda box: boxes.append(box) or 0)
    return boxes


def test_a_new_file_opens_on_a_start_page_whose_button_adds_the_first_year(
        qtbot, make_window, tmp_path, monkeypatch):
    window = make_window(tmp_path / "อบต.ตัวอย่างใหม่.db", new=True)
    page = window.pages.currentWidget()
    assert page is window.start_page
    assert window.navigation.current_section() == ("start", 0)
    assert window.navigation.labels()[0] == "เริ่มต้นใช้งาน"
    text = page.text()
    assert "ข้อมูลหน่วยงาน" in text and "เพิ่มปีงบประมาณ" in text
    # The next step is a button: it runs File › Add Fiscal Year… (the dialog answered OK).
    from ui.views.add_year_dialog import AddYearDialog

    monkeypatch.setattr(AddYearDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(page.buttons["add_year"], Qt.MouseButton.LeftButton)
    assert window.document.fiscal_years() == [2568]
    assert window.navigation.current_section() == ("results", 2568)
    assert "เริ่มต้นใช้งาน" not in window.navigation.labels()  # done: the start row goes
    # The office-details button goes to the office page.
    window.close_file()


def test_the_start_page_button_goes_to_the_office_details(qtbot, make_window, tmp_path):
    window = make_window(tmp_path / "ทต.ใหม่.db", new=True)
    qtbot.mouseClick(window.start_page.buttons["profile"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.profile_view
    assert window.navigation.current_section() == ("profile", 0)


def test_no_file_open_offers_new_and_open_as_buttons(make_window):
    window = make_window()
    assert window.pages.currentWidget() is window.empty_page
    buttons = window.empty_page.buttons
    assert set(buttons) >= {"new", "open"}


def test_help_guide_is_bundled_thai_and_opens_offline(qtbot, make_window, example_path,
                                                       monkeypatch):
    window = make_window(example_path)
    assert [a.text() for a in window.menuBar().actions()][-1] == "วิธีใช้"
    guide = paths.resource("help", "guide-th.md")
    assert guide.is_file()
    source = guide.read_text(encoding="utf-8")
    assert sum(0x0E00 <= ord(c) < 0x0E80 for c in source) > 1500  # a guide, in Thai
    shown = []
    monkeypatch.setattr("ui.help_menu.exec_dialog", lambda dialog: shown.append(dialog) or 0)
    window.help.guide_action.trigger()
    dialog = shown[-1]
    browser = dialog.findChild(QTextBrowser)
    text = browser.toPlainText()
    for step in ("เพิ่มปีงบประมาณ", "คะแนนทุกตัวชี้วัด", "มาตรการ", "เอกสาร", "เลิกทำ"):
        assert step in text, step
    assert not browser.openExternalLinks()
    assert window.help.guide_action.shortcut().toString() == "F1"


def test_help_about_says_the_version(make_window, shown_boxes):
    window = make_window()
    window.help.about_action.trigger()
    box = shown_boxes[-1]
    assert ita_desktop.__version__ in box.text()
    assert re.search(r"ITA Desktop", box.text())


def test_build_spec_bundles_the_guide():
    from tests.test_build_spec import ROOT

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '("resources/help/*.md", "resources/help")' in spec
