"""Undo and Redo show what they changed: the window goes to the section of the change (the measure
or follow-up concerned chosen) and the status bar says what was undone and where; Ctrl+Y redoes
(Windows' key) as well as the platform's own; the Edit menu names periods as people do; a
report's "last saved" time is the one of the edit, not of the redo."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ita_desktop.storage import followups
from tests.ui.conftest import redo, undo

PLAN = 2569


@pytest.fixture
def window(make_window, example_path, qtbot):
    window = make_window(example_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def measure_without_report(window) -> int:
    reported = {r["measure_id"] for r in window.document.followups.list(PLAN)}
    return next(m["id"] for m in window.document.measures.list(PLAN) if m["id"] not in reported)


def test_undo_on_the_documents_page_goes_to_the_follow_up_it_changed(qtbot, window):
    measure = measure_without_report(window)
    window.show_section("followup", PLAN)
    assert window.document.followups.add_evidence(measure, "Q2", title="ประกาศ",
                                                  date="2026-01-05")
    window.show_section("documents", PLAN)
    undo(window)
    assert window.navigation.current_section() == ("followup", PLAN)
    follow = window.pages.currentWidget()
    assert follow.measure_id == measure
    message = window.statusBar().currentMessage()
    assert message.startswith("เลิกทำแล้ว: เพิ่มหลักฐาน") and "ติดตามผล ปีงบประมาณ 2569" in message
    window.show_section("documents", PLAN)
    redo(window)
    assert window.navigation.current_section() == ("followup", PLAN)
    assert window.statusBar().currentMessage().startswith("ทำซ้ำแล้ว: เพิ่มหลักฐาน")


def test_undo_of_a_measure_field_shows_that_measure(qtbot, window):
    measures = window.document.measures.list(PLAN)
    second = measures[1]["id"]
    assert window.document.measures.update(second, title="ชื่อใหม่ของมาตรการที่สอง")
    view = window.show_section("measures", PLAN)
    view.select(measures[0]["id"])
    window.show_section("profile")
    undo(window)
    assert window.navigation.current_section() == ("measures", PLAN)
    assert window.pages.currentWidget().form.measure_id == second
    assert window.document.measures.get(second)["title"] == measures[1]["title"]


def test_undo_where_the_change_is_shown_stays_and_says_so(qtbot, window):
    view = window.show_section("results", 2568)
    form = view.show_indicator(4)
    window.document.set_scores(2568, {"i10": form.fields["i10"].value + 1})
    undo(window)
    assert window.pages.currentWidget() is view
    assert "ผลการประเมิน ปีงบประมาณ 2568" in window.statusBar().currentMessage()


@pytest.fixture
def gnome_keys(monkeypatch):
    """The key bindings of a desktop whose Redo is Ctrl+Shift+Z only (GNOME, KDE)."""
    original = QKeySequence.keyBindings

    def bindings(key):
        if key == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        return original(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(bindings))


def test_ctrl_y_redoes_as_windows_users_expect(qtbot, gnome_keys, make_window, example_path):
    window = make_window(example_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shortcuts = window.redo_action.shortcuts()
    assert shortcuts[0] == QKeySequence("Ctrl+Shift+Z")  # the platform's own first
    assert QKeySequence("Ctrl+Y") in shortcuts
    measure = window.document.measures.list(PLAN)[0]["id"]
    assert window.document.measures.update(measure, target="เป้าหมายใหม่")
    undo(window)
    assert window.document.measures.get(measure)["target"] != "เป้าหมายใหม่"
    window.show_section("profile")
    qtbot.keyClick(window.profile_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.measures.get(measure)["target"] == "เป้าหมายใหม่"


def test_the_edit_menu_names_the_period(window):
    measure = measure_without_report(window)
    assert window.document.followups.set_report(measure, "Q1", status="done")
    assert window.undo_action.text() == "เลิกทำ บันทึกผลการดำเนินการ ไตรมาส 1"
    assert window.document.followups.set_report(measure, "FY", status="in_progress")
    assert window.undo_action.text() == "เลิกทำ บันทึกผลการดำเนินการ ทั้งปี"
    undo(window)
    assert window.redo_action.text() == "ทำซ้ำ บันทึกผลการดำเนินการ ทั้งปี"
    assert "Q1" not in window.undo_action.text() + window.redo_action.text()


def test_after_undo_and_redo_a_report_keeps_the_time_of_its_edit(window, monkeypatch):
    clock = (f"2026-01-0{day}T10:00:00" for day in itertools.count(1))
    monkeypatch.setattr(followups, "now_iso", lambda: next(clock))
    measure = measure_without_report(window)
    edits = window.document.followups
    assert edits.set_report(measure, "Q1", results="เริ่มแล้ว")  # 1 Jan
    assert edits.set_report(measure, "Q1", results="เสร็จครึ่งหนึ่ง")  # 2 Jan
    assert edits.report(measure, "Q1")["updated_at"] == "2026-01-02T10:00:00"
    undo(window)
    assert edits.report(measure, "Q1")["updated_at"] == "2026-01-01T10:00:00"
    redo(window)
    report = edits.report(measure, "Q1")
    assert (report["results"], report["updated_at"]) == ("เสร็จครึ่งหนึ่ง", "2026-01-02T10:00:00")
    undo(window)
    undo(window)
    redo(window)  # the report made again: the time it was first made
    assert edits.report(measure, "Q1")["updated_at"] == "2026-01-01T10:00:00"
