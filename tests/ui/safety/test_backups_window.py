"""Daily backups through the real window (rotation, midnight, failures, read-only files) and
restoring one through the dialog, also offered for a damaged file."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtWidgets import QDialog, QMessageBox

from ita_desktop.storage.backups import list_backups
from ita_desktop.storage.lock import read_lock
from tests.ui.conftest import finish, type_into, wait_for_operations
from tests.ui.safety.conftest import (
    backups_of,
    button,
    integrity,
    stored,
    wait_backup,
)
from ui import file_ops
from ui.views import restore_dialog

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


def test_read_only_files_are_not_backed_up(qtbot, make_window, office, data_dir):
    window = make_window()
    assert finish(qtbot, window.open_file(office, read_only=True))
    window.files.session.check_day()
    assert not window.files.session.backs_up()
    assert not (data_dir / "backups").exists()
