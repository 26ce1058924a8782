"""The shared editors: Buddhist-era dates and periods as staff type them, and numbered lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.conftest import key_text, type_into
from ui.widgets.dates import PeriodEdit, ThaiDateEdit
from ui.widgets.text_box import TextBox, next_marker


def test_date_edit_accepts_typed_buddhist_dates_and_refuses_others(qtbot):
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    got = []
    edit.committed.connect(got.append)
    type_into(qtbot, edit.edit, "๑/๑๐/๒๕๖๘")
    assert got == [date(2025, 10, 1)] and edit.edit.text() == "1 ต.ค. 2568"
    type_into(qtbot, edit.edit, "31/2/2569")
    assert edit.has_error and "ไม่มีวันที่นี้" in edit.error.text()
    assert got == [date(2025, 10, 1)] and edit.date() == date(2025, 10, 1)
    type_into(qtbot, edit.edit, "1/10/2025")
    assert "ค.ศ." in edit.error.text()
    type_into(qtbot, edit.edit, "15 มีนาคม 2569")
    assert not edit.has_error and got[-1] == date(2026, 3, 15)
    type_into(qtbot, edit.edit, "")
    assert got[-1] is None


def test_calendar_header_is_thai_month_and_buddhist_year(qtbot):
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    edit.set_date(date(2025, 10, 1))
    edit.calendar.show_date(edit.date())
    assert edit.calendar.title.text() == "ตุลาคม 2568"
    edit.calendar.following.click()
    assert edit.calendar.title.text() == "พฤศจิกายน 2568"
    got = []
    edit.committed.connect(got.append)
    edit.calendar.picked.emit(date(2025, 11, 20))
    assert got == [date(2025, 11, 20)] and edit.edit.text() == "20 พ.ย. 2568"


def test_period_shortcuts_and_an_end_before_the_start(qtbot):
    period = PeriodEdit()
    qtbot.addWidget(period)
    period.show()
    got = []
    period.committed.connect(lambda start, end: got.append((start, end)))
    period.set_period(None, None, fiscal_year=2569)
    period.shortcuts.activated.emit(period.shortcuts.findData("Q2"))
    assert got == [(date(2026, 1, 1), date(2026, 3, 31))]
    period.shortcuts.activated.emit(period.shortcuts.findData("FY"))
    assert got[-1] == (date(2025, 10, 1), date(2026, 9, 30))
    assert period.shortcuts.currentData() == "FY"
    type_into(qtbot, period.end.edit, "1/9/2568")
    assert not period.error.isHidden() and "ก่อน" in period.error.text()
    assert len(got) == 2  # nothing submitted


def test_numbered_lists_continue_in_their_digits(qtbot):
    assert next_marker("๑. ประชุม") == "๒. "
    assert next_marker("9) ทบทวน") == "10) "
    assert next_marker("- ข้อแรก") == "- "
    assert next_marker("ไม่ใช่รายการ") is None
    box = TextBox()
    qtbot.addWidget(box)
    box.show()
    box.setFocus()
    key_text(qtbot, box, "๑. ประชุม")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    key_text(qtbot, box, "ประกาศ")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # an empty item ends the list
    key_text(qtbot, box, "จบ")
    assert box.toPlainText() == "๑. ประชุม\n๒. ประกาศ\nจบ"
