"""Never losing data, through the real window: daily backups (rotation, midnight, failures),
restoring one through the dialog, a file open in another process, a lock taken over, read-only
media, a full disk, the file removed while open, and a copy saved during a stream of edits.

Read-only media and the full disk mount a small tmpfs (tests run as root, and chmod does not stop
root); they are skipped, saying why, where mounting is not permitted."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ita_desktop.storage import measures, open_database, profile
from ita_desktop.storage.backups import list_backups
from ita_desktop.storage.errors import FILE_GONE_REASON
from ita_desktop.storage.lock import lock_path, read_lock
from tests.ui.conftest import finish, type_into, wait_for_operations
from ui import file_ops
from ui.views import in_use_dialog, restore_dialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(file_ops.DATA_DIR_ENV, str(folder))
    return folder


class Boxes(list):
    """Message boxes shown, in order; ``answer(box)``, when set, clicks one of its buttons."""

    answer = None


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the window showed, answered by ``boxes.answer(box)`` (default: none)."""
    shown = Boxes()

    def run(box):
        shown.append(box)
        if shown.answer is not None:
            shown.answer(box)
        return 0

    monkeypatch.setattr(file_ops, "exec_dialog", run)
    return shown


def button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


@pytest.fixture
def office(tmp_path, example_path, data_dir) -> Path:
    path = tmp_path / "office" / "office.db"
    path.parent.mkdir()
    shutil.copyfile(example_path, path)
    return path


def stored(path: Path) -> dict:
    with open_database(path, read_only=True) as store:
        return profile.get_profile(store)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def backups_of(path: Path) -> list:
    return list_backups(file_ops.backup_folder(path), stem=path.stem)


def wait_backup(qtbot, window, count: int = 1) -> list:
    """Wait until the open file has ``count`` backups and no backup is running."""
    qtbot.waitUntil(lambda: len(backups_of(window.document.store.path)) >= count
                    and not window.files.session.backing_up, timeout=10000)
    return backups_of(window.document.store.path)


def mount_tmpfs(folder: Path, size: str = "1m") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this system")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")


@pytest.fixture
def tmpfs(tmp_path):
    folder = tmp_path / "mnt"
    mount_tmpfs(folder)
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (65536, 512):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)


# Daily backups ------------------------------------------------------------------------------


def test_opening_for_writing_takes_the_days_backup_in_the_data_folder(qtbot, make_window,
                                                                      office, data_dir):
    window = make_window(office)
    found = wait_backup(qtbot, window)
    folder = file_ops.backup_folder(office)
    assert folder.parent == data_dir / "backups"
    assert [info.path for info in found] == [folder / f"office-{dt.date.today()}.db"]
    assert integrity(found[0].path) == "ok"
    assert stored(found[0].path) == stored(office)
    assert not (office.parent / "backups").exists()  # nothing written beside the file
    # Opening it again the same day makes no second copy.
    assert finish(qtbot, window.open_file(office))
    with qtbot.waitSignal(window.files.session.backup_done) as signal:
        window.files.session.check_day()  # already backed up in this session: no-op …
        window.files.session._backed_up.clear()  # … so ask for it as at a new start
        window.files.session.check_day()
    assert signal.args == [None]
    assert len(backups_of(office)) == 1


def test_fifteen_days_of_use_keep_fourteen_backups_and_midnight_takes_one(qtbot, make_window,
                                                                          office):
    window = make_window(office)
    wait_backup(qtbot, window)
    session = window.files.session
    start = dt.date.today() + dt.timedelta(days=1)
    days = [start + dt.timedelta(days=n) for n in range(15)]
    for day in days:
        session.clock = lambda day=day: day
        with qtbot.waitSignal(session.backup_done, timeout=10000) as signal:
            session.day_timer.timeout.emit()  # the periodic check, as past midnight
        assert signal.args[0] is not None and signal.args[0].name == f"office-{day}.db"
    kept = backups_of(office)
    assert [info.day for info in kept] == sorted(days, reverse=True)[:14]
    assert len(kept) == 14  # today's real one and the first fake day rotated away


def test_read_only_files_are_not_backed_up(qtbot, make_window, office, data_dir):
    window = make_window()
    assert finish(qtbot, window.open_file(office, read_only=True))
    window.files.session.check_day()
    assert not window.files.session.backs_up()
    assert not (data_dir / "backups").exists()


def test_a_failed_backup_is_reported_in_the_status_bar_and_editing_goes_on(
        qtbot, make_window, office, data_dir):
    data_dir.parent.mkdir(exist_ok=True)
    data_dir.write_text("not a folder", encoding="utf-8")  # the backups folder cannot be made
    window = make_window()
    with qtbot.waitSignal(window.files.session.backup_failed, timeout=10000) as signal:
        assert finish(qtbot, window.open_file(office))
    assert "สำรอง" in signal.args[0]
    assert signal.args[0] in window.statusBar().currentMessage()
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๑๒๓ ๔๕๖")
    assert stored(office)["phone"] == "๐๔๓ ๑๒๓ ๔๕๖"


# Restoring -----------------------------------------------------------------------------------


def test_restore_from_backup_through_the_dialog(qtbot, make_window, office, boxes, monkeypatch):
    window = make_window(office)
    original = stored(office)["phone"]
    wait_backup(qtbot, window)
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๐๐๐ ๐๐๐")
    assert stored(office)["phone"] == "๐๔๓ ๐๐๐ ๐๐๐"
    assert window.restore_action.isEnabled()
    seen = {}

    def drive(dialog):
        seen["rows"] = dialog.table.topLevelItemCount()
        seen["size"] = dialog.table.topLevelItem(0).text(restore_dialog.COL_SIZE)
        # First the user thinks better of it: Cancel in the confirmation changes nothing.
        boxes.answer = None
        dialog.restore_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.chosen is None
        boxes.answer = lambda box: button(box, QMessageBox.ButtonRole.DestructiveRole).click()
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(restore_dialog, "run_dialog", drive)
    window.restore_action.trigger()
    assert seen["rows"] == 1 and seen["size"].endswith("KB")
    assert len(boxes) == 2 and "office.db" in boxes[1].informativeText()
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    wait_for_operations(qtbot)

    assert window.document.profile()["phone"] == original
    assert stored(office)["phone"] == original
    assert integrity(office) == "ok"
    kept = list_backups(file_ops.backup_folder(office), stem="office", include_before_restore=True)
    before = [info for info in kept if info.before_restore]
    assert len(before) == 1 and stored(before[0].path)["phone"] == "๐๔๓ ๐๐๐ ๐๐๐"
    # The lock stayed this window's across the restore.
    assert window.document.store.lock is not None and window.document.store.lock.held
    assert read_lock(office).pid == os.getpid()


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
    assert not lock_path(office).exists()


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


def test_a_damaged_file_with_backups_is_offered_its_restore(qtbot, make_window, office, boxes,
                                                            monkeypatch):
    window = make_window(office)
    wait_backup(qtbot, window)
    good = stored(office)
    window.close_file()
    data = bytearray(office.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3: page * 4] = b"\xff" * page  # scribble over a b-tree page
    office.write_bytes(bytes(data))
    del window.show_error  # the conftest guard; the real dialog
    monkeypatch.setattr(restore_dialog, "run_dialog", lambda dialog: dialog.confirm())
    answers = iter([QMessageBox.ButtonRole.ActionRole, QMessageBox.ButtonRole.DestructiveRole])
    boxes.answer = lambda box: button(box, next(answers)).click()

    assert not finish(qtbot, window.open_file(office))
    assert len(boxes) == 2  # the refusal, with Restore from Backup…; then the confirmation
    assert "เสียหาย" in boxes[0].text()
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    wait_for_operations(qtbot)
    assert window.document.store.path == office and not window.document.store.read_only
    assert window.document.profile() == good
    assert integrity(office) == "ok"
    kept = list_backups(file_ops.backup_folder(office), stem="office", include_before_restore=True)
    assert any(info.before_restore for info in kept)  # the damaged bytes are kept too
