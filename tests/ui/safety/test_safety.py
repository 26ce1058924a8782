"""Never losing data, through the real window: a file open in another process, a lock taken
over, read-only media, a full disk, the file removed while open, and a copy saved during a stream
of edits."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ita_desktop.storage import measures, open_database
from ita_desktop.storage.errors import FILE_GONE_REASON
from ita_desktop.storage.lock import lock_path, read_lock
from tests.ui.conftest import finish, type_into, wait_for_operations
from tests.ui.safety.conftest import (
    ROOT,
    button,
    fill,
    integrity,
    stored,
    wait_backup,
)
from ui import file_ops
from ui.views import in_use_dialog

# A file open elsewhere -----------------------------------------------------------------------

HOLDER = """
import os, sys
from ita_desktop.storage.lock import acquire_lock
lock = acquire_lock(sys.argv[1])
print("locked", flush=True)
sys.stdin.read()  # until the test closes stdin
os._exit(0)  # without releasing: the lock file stays behind, as after a crash
"""

@pytest.fixture
def other_process(office):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(office)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(10)


def test_a_file_held_by_another_process_opens_read_only_and_later_is_taken_over(
        qtbot, make_window, office, example_path, other_process, monkeypatch):
    before = office.read_bytes()
    asked = []

    def answer(result):
        def run(dialog):
            asked.append(dialog)
            return result
        return run

    # Cancel: the file that was open stays open, nothing is shown.
    window = make_window(example_path)
    monkeypatch.setattr(in_use_dialog, "run_dialog", answer(QDialog.DialogCode.Rejected))
    assert finish(qtbot, window.open_file(office))
    assert window.document.store.path == example_path
    dialog = asked[-1]
    host = socket.gethostname()
    assert host in dialog.who.text() and "office.db" in dialog.heading.text()
    assert str(dt.date.today().year + 543) in dialog.since.text()
    assert dialog.read_only_button.isDefault()

    # Open read-only: the banner names who holds it; nothing can be written.
    monkeypatch.setattr(in_use_dialog, "run_dialog", answer(QDialog.DialogCode.Accepted))
    assert finish(qtbot, window.open_file(office))
    store = window.document.store
    assert store.path == office and store.read_only and store.lock is None
    assert window.banner.isVisible() and host in window.banner.text()
    assert store.read_only_reason in window.banner.text()
    assert not window.restore_action.isEnabled()
    view = window.show_section("profile")
    assert view.editors["phone"].isReadOnly()
    window.document.set_profile_field("phone", "ห้ามบันทึก")
    assert window.document.undo_stack.count() == 0
    window.files.session.check_day()
    assert not file_ops.backup_folder(office).exists()
    assert office.read_bytes() == before

    # The banner offers Open Again (not a copy to edit, which would part from their work).
    shown = [b for b in window.banner.buttons.values() if b.isVisibleTo(window.banner)]
    assert len(shown) == 1
    # The other process goes away without releasing: its lock is stale and is taken over.
    other_process.stdin.close()
    other_process.wait(10)
    assert lock_path(office).exists()
    asked.clear()
    shown[0].click()
    qtbot.waitUntil(lambda: not window.document.store.read_only, timeout=10000)
    assert asked == []
    store = window.document.store
    assert not store.read_only and store.lock is not None
    assert read_lock(office).pid == os.getpid()
    assert not window.banner.isVisible()
    window.close_file()
    qtbot.waitUntil(lambda: not lock_path(office).exists(), timeout=5000)


def test_a_second_window_in_this_process_gets_the_file_read_only(qtbot, make_window, office,
                                                                  monkeypatch):
    first = make_window(office)
    monkeypatch.setattr(in_use_dialog, "run_dialog", lambda d: QDialog.DialogCode.Accepted)
    second = make_window()
    assert finish(qtbot, second.open_file(office))
    assert second.document.store.read_only and not first.document.store.read_only
    # Reopening its own file, the first window keeps its lock (no dialog, still writable).
    monkeypatch.setattr(in_use_dialog, "run_dialog", pytest.fail)
    assert finish(qtbot, first.open_file(office))
    assert not first.document.store.read_only and first.document.store.lock.held


def test_a_lock_taken_over_turns_the_window_read_only(qtbot, make_window, office):
    window = make_window(office)
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๑๑๑ ๑๑๑")
    # Another computer judged our heartbeat stale and took the lock over.
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    lock_path(office).write_text(json.dumps({
        "host": "pc-กองคลัง", "pid": 4242, "user": "somsri", "opened_at": now,
        "refreshed_at": now, "token": "theirs"}), encoding="utf-8")
    window.files.session.heartbeat.timeout.emit()

    store = window.document.store
    qtbot.waitUntil(lambda: store.read_only)
    assert store.read_only and "pc-กองคลัง" in store.read_only_reason
    assert window.banner.isVisible() and "somsri" in window.banner.text()
    assert window.document.undo_stack.count() == 0
    assert view.editors["phone"].isReadOnly()
    before = office.read_bytes()
    window.document.set_profile_field("phone", "ห้ามบันทึก")
    assert office.read_bytes() == before
    window.close_file()
    assert json.loads(lock_path(office).read_text(encoding="utf-8"))["token"] == "theirs"


# Read-only media, a full disk, a removed file ----------------------------------------------


def test_a_file_on_read_only_media_shows_the_banner_and_is_never_written(
        qtbot, make_window, example_path, tmpfs, data_dir):
    path = tmpfs / "office.db"
    shutil.copyfile(example_path, path)
    done = subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"remounting read-only is not permitted here: {done.stderr.strip()}")
    before = path.read_bytes()
    window = make_window(path)
    store = window.document.store
    assert store.read_only and "สื่อ" in store.read_only_reason
    assert window.banner.isVisible() and store.read_only_reason in window.banner.text()
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "แก้ไม่ได้")
    assert window.document.undo_stack.count() == 0
    assert not window.files.session.backs_up()
    window.close_file()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmpfs.iterdir()) == ["office.db"]  # no lock, no journal
    assert not (data_dir / "backups").exists()


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(
        qtbot, make_window, example_path, tmpfs, tmp_path, boxes):
    path = tmpfs / "office.db"
    shutil.copyfile(example_path, path)
    window = make_window(path)
    wait_backup(qtbot, window)
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๒๒๒ ๒๒๒")
    steps = window.document.undo_stack.count()
    fill(tmpfs)
    rescue = tmp_path / "rescue.db"  # where the dialog's Save a Copy As… is asked to write
    window.files.ask_copy_path = lambda store: rescue
    boxes.answer = lambda b: button(b, QMessageBox.ButtonRole.ActionRole).click()

    type_into(qtbot, view.editors["phone"], "๐๔๓ ๓๓๓ ๓๓๓")
    qtbot.waitUntil(lambda: len(boxes) == 1)
    box = boxes[0]
    assert "พื้นที่ในดิสก์เต็ม" in box.text() and "office.db" in box.text()
    assert "ยังอยู่ในไฟล์ครบถ้วน" in box.text()
    assert box.icon() == QMessageBox.Icon.Critical
    assert window.document.undo_stack.count() == steps  # the failed edit is not undoable
    assert not window.document.store.read_only and not window.banner.isVisible()
    # Save a Copy As… wrote the last committed state to another drive.
    wait_for_operations(qtbot)
    assert integrity(rescue) == "ok" and stored(rescue)["phone"] == "๐๔๓ ๒๒๒ ๒๒๒"
    # The window stays usable: another section, another edit (no second dialog).
    results = window.show_section("results", 2568)
    assert results.isVisible()
    view = window.show_section("profile")
    window.statusBar().clearMessage()
    type_into(qtbot, view.editors["district"], "อำเภอทดสอบ")
    qtbot.waitUntil(lambda: "พื้นที่ในดิสก์เต็ม" in window.statusBar().currentMessage())
    assert len(boxes) == 1

    (tmpfs / "filler").unlink()  # space again: the next edit is saved
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๕๕๕ ๕๕๕")
    assert window.document.undo_stack.count() == steps + 1
    window.close_file()
    assert integrity(path) == "ok"
    assert stored(path)["phone"] == "๐๔๓ ๕๕๕ ๕๕๕"
    assert not (tmpfs / "office.db-journal").exists()


def test_a_file_removed_while_open_turns_read_only_and_can_be_saved_elsewhere(
        qtbot, make_window, office, tmp_path, boxes):
    window = make_window(office)
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๖๖๖ ๖๖๖")
    shutil.rmtree(office.parent)  # the flash drive's folder is gone

    type_into(qtbot, view.editors["phone"], "๐๔๓ ๗๗๗ ๗๗๗")
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert "ถูกลบ ย้าย หรือเปลี่ยนชื่อ" in boxes[0].text()
    store = window.document.store
    assert store.read_only and store.read_only_reason == FILE_GONE_REASON
    assert window.banner.isVisible() and FILE_GONE_REASON in window.banner.text()
    assert view.editors["phone"].isReadOnly()
    assert window.document.profile()["phone"] == "๐๔๓ ๖๖๖ ๖๖๖"  # what was saved, still shown

    # The banner's button saves a copy elsewhere (from the open connection) and opens it.
    rescue = tmp_path / "rescue" / "office.db"
    rescue.parent.mkdir()
    window.files.ask_copy_path = lambda store: rescue
    next(iter(window.banner.buttons.values())).click()
    qtbot.waitUntil(lambda: window.document is not None
                    and window.document.store.path == rescue, timeout=10000)
    assert not window.document.store.read_only
    assert window.document.profile()["phone"] == "๐๔๓ ๖๖๖ ๖๖๖"
    assert integrity(rescue) == "ok"


# A copy while editing -------------------------------------------------------------------------


def snapshot(store) -> dict:
    return {table: store.db.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            for table in ("organisation", "measures", "measure_units", "scores")}


def test_a_copy_saved_during_a_stream_of_edits_is_one_committed_state(
        qtbot, make_window, office, tmp_path, monkeypatch):
    from ita_desktop.storage import database

    monkeypatch.setattr(database, "BACKUP_STEP_PAGES", 1)  # many steps: edits fall between
    first_edit = threading.Event()
    real = file_ops.backup_file

    def copy_after_the_first_edit(source, target):
        first_edit.wait(10)
        return real(source, target)

    monkeypatch.setattr(file_ops, "backup_file", copy_after_the_first_edit)
    window = make_window(office)
    document = window.document
    states = [snapshot(document.store)]
    copy = tmp_path / "copy.db"
    op = window.save_copy(copy)
    n = 0
    while not op.done or n < 5:
        n += 1
        document.measures.add(2569, title=f"มาตรการระหว่างสำเนา {n}", units=["กองคลัง"])
        document.set_scores(2568, {"i1": Decimal(f"{50 + n % 50}.25")})
        states.append(snapshot(document.store))
        first_edit.set()
        QApplication.processEvents()  # the copy's result arrives between edits
        if n > 400:
            break
    assert finish(qtbot, op)
    assert integrity(copy) == "ok"
    with open_database(copy, read_only=True) as store:
        copied = snapshot(store)
    assert copied in states, "the copy is not one of the committed states"
    assert copied != states[0]  # it was taken after at least one edit
    with open_database(copy, read_only=True) as store:
        assert any(m["title"].startswith("มาตรการระหว่างสำเนา")
                   for m in measures.list_measures(store, fiscal_year=2569))

