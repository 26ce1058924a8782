"""The file: first-run example, refused files (dialog, byte-identical, current file kept open),
read-only files, Save a Copy As…, and ``ita-desktop PATH``."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from ita_desktop.storage import open_database, profile
from tests.ui.conftest import finish, key_text, type_into, wait_for_operations
from ui import file_ops, message_boxes


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes the window would have shown (inspected instead of run modally)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(message_boxes, "exec_dialog", lambda box: shown.append(box) or 0)
    return shown


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(file_ops.DATA_DIR_ENV, str(folder))
    return folder


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_profile(path) -> dict:
    with open_database(path, read_only=True) as store:
        return profile.get_profile(store)


def table_rows(store) -> dict[str, list[dict]]:
    return {name: list(store.db[name].rows) for name in sorted(store.db.table_names())}


def start(qtbot, settings, path=None):
    from ui.app import create_window

    window = create_window(settings, path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    wait_for_operations(qtbot)  # the file opens off the GUI thread
    return window


# First run ------------------------------------------------------------------------------------


def test_first_run_opens_a_copy_of_the_example_with_its_banner(qtbot, settings, data_dir,
                                                               dialogs, tmp_path):
    window = start(qtbot, settings)
    example = data_dir / "ตัวอย่าง-ita.db"
    assert example.is_file()
    assert window.document.store.path == example
    assert window.windowTitle().startswith("ตัวอย่าง-ita.db — องค์การบริหารส่วนตำบลดอนแก้วทอง")
    assert window.example_banner.isVisible()
    assert "ไฟล์ตัวอย่าง" in window.example_banner.text()
    assert not window.banner.isVisible()  # not read-only
    assert dialogs == []

    # The banner's button starts the office's own file; the banner goes away.
    own = tmp_path / "office.db"
    window.files.ask_new_path = lambda: own
    window.example_banner.buttons["สร้างไฟล์ของหน่วยงาน…"].click()
    wait_for_operations(qtbot)
    assert window.document.store.path == own
    assert not window.example_banner.isVisible()
    # Reopening the example shows the banner again: settings remember which file it is.
    assert finish(qtbot, window.open_file(example))
    assert window.example_banner.isVisible()
    window.close()

    # The next start opens the newest recent file (the example, edited), not a fresh copy.
    settings.clear_recent_files()
    settings.add_recent_file(example)
    with open_database(example) as store:
        profile.save_profile(store, name="ทดลองแก้ไข")
    again = start(qtbot, settings)
    assert again.document.profile()["name"] == "ทดลองแก้ไข"
    assert again.example_banner.isVisible()


def test_command_line_path_opens_that_file_without_example(qtbot, settings, data_dir,
                                                           example_path, dialogs):
    from ui.app import parse_args

    args = parse_args([str(example_path), "--settings-file", "s.ini"])
    window = start(qtbot, settings, args.db or args.path)
    assert window.document.store.path == example_path
    assert not window.example_banner.isVisible()
    assert not (data_dir / "ตัวอย่าง-ita.db").exists()  # no example made when a file was given
    assert parse_args(["--db", str(example_path)]).db == example_path


# Refused files ------------------------------------------------------------------------------


def newer_file(folder):
    path = folder / "newer.db"
    open_database(path, create=True).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version=99")
    conn.close()
    return path


def truncated_file(folder, example):
    path = folder / "truncated.db"
    path.write_bytes(example.read_bytes()[:3000])
    return path


def text_file(folder, _example):
    path = folder / "notes.db"
    path.write_text("รายงานผลการประเมิน ITA ปี 2567\n", encoding="utf-8")
    return path


def other_program_file(folder, _example):
    path = folder / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('สมชาย')")
    conn.commit()
    conn.close()
    return path


def random_bytes_file(folder, _example):
    path = folder / "random.db"
    path.write_bytes(bytes(range(256)) * 64)
    return path


def edited_by_hand(folder, example, name, *statements):
    """A copy of the example changed in another tool, with the rules switched off."""
    path = folder / name
    path.write_bytes(example.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute("PRAGMA foreign_keys=OFF")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def broken_rows_file(folder, example):
    return edited_by_hand(folder, example, "edited.db",
                          "UPDATE scores SET score = 'เก้าสิบ' WHERE rowid = 1")


def broken_framework_file(folder, example):
    return edited_by_hand(folder, example, "framework.db",
                          "UPDATE frameworks SET content = json_remove(content, '$.tools')")


@pytest.mark.parametrize(("make", "message", "hint"), [
    (lambda folder, _example: newer_file(folder), "รุ่นที่ใหม่กว่า", "ติดตั้งโปรแกรมรุ่นล่าสุด"),
    (truncated_file, "ไม่สมบูรณ์", "ไฟล์สำรอง"),
    (text_file, "ไม่ใช่ไฟล์ฐานข้อมูล ITA Desktop", "เลือกไฟล์ .db"),
    (random_bytes_file, "ไม่ใช่ไฟล์ฐานข้อมูล ITA Desktop", "เลือกไฟล์ .db"),
    (other_program_file, "ฐานข้อมูลของโปรแกรมอื่น", "เลือกไฟล์ .db"),
    (broken_rows_file, "ค่าในช่อง score (“เก้าสิบ”) ไม่ถูกต้อง", "ไฟล์สำรอง"),
    (broken_framework_file, "กรอบการประเมินปีงบประมาณ 2566 ที่เก็บในไฟล์ไม่สมบูรณ์", "ไฟล์สำรอง"),
], ids=["newer", "truncated", "text", "random-bytes", "other-program", "rows-edited-by-hand",
        "framework-missing-pieces"])
def test_refused_file_gets_a_dialog_and_stays_byte_identical(qtbot, make_window, example_path,
                                                             tmp_path, dialogs, make, message,
                                                             hint):
    bad = make(tmp_path, example_path)
    before = sha256(bad)
    window = make_window(example_path)
    del window.show_error  # the conftest guard; use the real dialog
    title = window.windowTitle()

    assert not finish(qtbot, window.open_file(bad))

    assert len(dialogs) == 1
    box = dialogs[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.windowTitle() == "เปิดไฟล์ไม่ได้"
    assert bad.name in box.text() and message in box.text()
    assert hint in box.informativeText()
    assert re.search("ไม่ได้(ถูก)?แก้ไข", box.text() + box.informativeText())  # said once
    assert "ไฟล์ที่เปิดอยู่ก่อนหน้ายังเปิดอยู่ตามเดิม" in box.informativeText()
    assert sha256(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(bad.stem)) == [bad.name]
    # The file that was open is still open and usable.
    assert window.document.store.path == example_path
    assert window.windowTitle() == title
    assert window.document.fiscal_years() == [2566, 2567, 2568]


def test_new_over_an_existing_file_is_refused(qtbot, make_window, example_path, dialogs):
    before = sha256(example_path)
    window = make_window()
    del window.show_error
    assert not finish(qtbot, window.new_file(example_path))
    assert len(dialogs) == 1
    assert dialogs[0].text() == "มีไฟล์ “example.db” อยู่แล้ว"
    assert "เลือกชื่ออื่น" in dialogs[0].informativeText()
    assert window.document is None
    assert sha256(example_path) == before


# Read-only ----------------------------------------------------------------------------------


def test_read_only_file_shows_banner_and_refuses_edits(qtbot, make_window, example_path):
    before = sha256(example_path)
    window = make_window()
    assert finish(qtbot, window.open_file(example_path, read_only=True))
    assert window.banner.isVisible()
    assert "อ่านอย่างเดียว" in window.banner.text()
    assert window.document.store.read_only_reason in window.banner.text()
    assert not window.add_year_action.isEnabled()

    view = window.show_section("profile")
    name = view.editors["name"]
    assert name.isReadOnly()
    type_into(qtbot, name, "แก้ไม่ได้")
    assert name.text() == "องค์การบริหารส่วนตำบลดอนแก้วทอง"
    assert not view.office_type.isEnabled()
    assert not view.emblem.choose_button.isEnabled()

    results = window.show_section("results", 2568)
    fields = results.findChildren(QLineEdit)
    assert fields and all(field.isReadOnly() for field in fields)
    form = results.show_indicator(5)  # built after the file was opened
    assert all(field.edit.isReadOnly() for field in form.fields.values())
    window.document.set_profile_field("name", "ผ่านทางอื่น")  # refused by the Document too
    assert window.document.undo_stack.count() == 0
    window.close_file()
    assert sha256(example_path) == before


# Save a copy ---------------------------------------------------------------------------------


def test_save_a_copy_while_editing_has_the_same_rows(qtbot, make_window, example_path, tmp_path):
    path = tmp_path / "office.db"
    shutil.copyfile(example_path, path)
    window = make_window(path)
    results = window.show_section("results", 2568)
    form = results.show_indicator(1)
    type_into(qtbot, form.fields["i1"].edit, "77.5")
    view = window.show_section("profile")
    window.activateWindow()
    qtbot.waitActive(window)
    edit = view.editors["phone"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    key_text(qtbot, edit, "๐๔๓ ๐๐๐ ๑๑๑")  # typed, not yet confirmed with Return
    assert read_profile(path)["phone"] != "๐๔๓ ๐๐๐ ๑๑๑"

    copy = tmp_path / "copy" / "สำเนา.db"
    copy.parent.mkdir()
    assert finish(qtbot, window.save_copy(copy))

    with open_database(copy) as store:
        copied = table_rows(store)
    assert copied == table_rows(window.document.store)
    assert copied["organisation"][0]["phone"] == "๐๔๓ ๐๐๐ ๑๑๑"
    assert any(str(row.get("score")) == "77.5" for row in copied["scores"]), copied["scores"]
    assert "สำเนา.db" in window.statusBar().currentMessage()
