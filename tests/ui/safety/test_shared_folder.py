"""A file on a shared folder (SMB) that is slow or goes away: the lock's heartbeat writes off
the GUI thread (a slow write never freezes the window, and beats never pile up), and each kind
of failure reading or writing a file shows its Thai message, with what to do, in the window;
the recent files on a share that does not answer hold up neither File › Open Recent nor the
start."""

from __future__ import annotations

import errno
import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QTimer

from ita_desktop.storage import backups
from ita_desktop.storage import lock as lock_module
from ita_desktop.storage.lock import lock_path, read_lock
from tests.ui.conftest import finish, type_into, wait_for_operations
from tests.ui.safety.conftest import stored
from ui import file_ops, recent_files

SHARE_GONE = "ติดต่อโฟลเดอร์ที่แชร์ในเครือข่ายไม่ได้"


@pytest.fixture
def slow_lock_write(monkeypatch):
    """Once ``arm()`` is called, the lock file's write waits until ``release`` is set (a share
    that hangs); ``writing`` is set while it waits, ``written`` once the real write is done;
    ``calls`` counts them."""
    real = lock_module._write_fd
    state = type("SlowWrite", (), {})()
    state.writing, state.release, state.written = (threading.Event(), threading.Event(),
                                                   threading.Event())
    state.calls = 0

    def slow(fd, text):
        state.calls += 1
        state.writing.set()
        state.release.wait(3)  # long enough for the test; a GUI thread stuck here fails it
        real(fd, text)
        state.written.set()

    state.arm = lambda: monkeypatch.setattr(lock_module, "_write_fd", slow)
    yield state
    state.release.set()


def test_a_slow_heartbeat_write_does_not_freeze_the_window(qtbot, make_window, office,
                                                           slow_lock_write):
    window = make_window(office)
    session = window.files.session
    before = read_lock(office).refreshed_at
    slow_lock_write.arm()
    seen = []
    QTimer.singleShot(0, lambda: seen.append(slow_lock_write.writing.wait(3)
                                             and not slow_lock_write.written.is_set()))
    session.heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]  # the GUI thread ran its timer while the lock write was waiting
    # The window can still be used meanwhile: an edit is saved.
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๒๒๒ ๓๓๓")
    assert stored(office)["phone"] == "๐๔๓ ๒๒๒ ๓๓๓"
    # A beat while the write still waits is skipped, not queued behind it.
    assert session.beating
    session.heartbeat.timeout.emit()
    session.heartbeat.timeout.emit()
    slow_lock_write.release.set()
    qtbot.waitUntil(lambda: not session.beating, timeout=5000)
    assert slow_lock_write.calls == 1
    assert not window.document.store.read_only
    assert read_lock(office).token == window.document.store.lock.info.token
    assert read_lock(office).refreshed_at >= before


def gui_ran_while(event_waiting, event_done):
    """A GUI-thread timer that records whether it ran while ``event_waiting`` was set and
    ``event_done`` not yet (the GUI thread was not stuck in the blocked call)."""
    seen = []
    QTimer.singleShot(0, lambda: seen.append(event_waiting.wait(3)
                                             and not event_done.is_set()))
    return seen


def test_a_new_file_on_a_slow_share_does_not_freeze_the_window(qtbot, make_window, tmp_path,
                                                              slow_lock_write):
    window = make_window()
    path = tmp_path / "งาน ITA" / "อบต.ใหม่.db"
    path.parent.mkdir()
    slow_lock_write.arm()
    seen = gui_ran_while(slow_lock_write.writing, slow_lock_write.written)
    operation = window.new_file(path)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]  # the GUI thread ran its timer while the lock was being written
    slow_lock_write.release.set()
    assert finish(qtbot, operation)
    assert window.document.store.path == path and not window.document.store.read_only
    assert read_lock(path).token == window.document.store.lock.info.token


def test_closing_the_file_while_a_heartbeat_writes_releases_the_lock_after_the_write(
        qtbot, make_window, office, slow_lock_write):
    window = make_window(office)
    slow_lock_write.arm()
    window.files.session.heartbeat.timeout.emit()
    assert slow_lock_write.writing.wait(3)
    window.close_file()  # does not wait for the write
    assert not slow_lock_write.written.is_set() and read_lock(office) is not None
    slow_lock_write.release.set()
    qtbot.waitUntil(lambda: not lock_path(office).exists(), timeout=5000)
    assert slow_lock_write.written.is_set()  # released after the write, never under it
    qtbot.waitUntil(lambda: not window.files.session.beating, timeout=5000)


@pytest.fixture
def slow_lock_read(monkeypatch):
    """Reading the lock file (what releasing it does first) waits until ``release`` is set;
    ``reading`` is set while it waits, ``read`` once it is done."""
    real = lock_module.Lock._on_disk_is_ours
    state = type("SlowRead", (), {})()
    state.reading, state.release, state.read = (threading.Event(), threading.Event(),
                                                threading.Event())

    def slow(self, fd, **kwargs):
        state.reading.set()
        state.release.wait(3)
        try:
            return real(self, fd, **kwargs)
        finally:
            state.read.set()

    state.arm = lambda: monkeypatch.setattr(lock_module.Lock, "_on_disk_is_ours", slow)
    yield state
    state.release.set()


def test_closing_a_file_on_a_slow_share_does_not_freeze_the_window(qtbot, make_window, office,
                                                                   slow_lock_read):
    window = make_window(office)
    slow_lock_read.arm()
    seen = gui_ran_while(slow_lock_read.reading, slow_lock_read.read)
    window.close_file()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]  # the GUI thread ran its timer while the lock file was being read
    assert window.document is None
    slow_lock_read.release.set()
    qtbot.waitUntil(lambda: not lock_path(office).exists(), timeout=5000)
    # Opened again at once, it is editable: the old lock was gone before the new one was taken.
    assert finish(qtbot, window.open_file(office))
    assert not window.document.store.read_only


@pytest.mark.parametrize(("exc", "words"), [
    (PermissionError(errno.EACCES, "Permission denied"), "ไม่มีสิทธิ์อ่านหรือเขียน"),
    (OSError(errno.ETIMEDOUT, "Connection timed out"), SHARE_GONE),
    (OSError(errno.EHOSTDOWN, "Host is down"), SHARE_GONE),
    (OSError(errno.ENOSPC, "No space left on device"), "พื้นที่ในดิสก์หรือในโฟลเดอร์ที่แชร์เต็ม"),
])
def test_a_heartbeat_that_cannot_write_the_lock_file_says_so_in_thai(qtbot, make_window, office,
                                                                     monkeypatch, exc, words):
    window = make_window(office)

    def fails(fd, text):
        raise exc

    monkeypatch.setattr(lock_module, "_write_fd", fails)
    window.files.session.heartbeat.timeout.emit()
    qtbot.waitUntil(lambda: words in window.statusBar().currentMessage(), timeout=5000)
    message = window.statusBar().currentMessage()
    assert "“office.db.lock”" in message and "กรุณา" in message and "Errno" not in message
    assert not window.document.store.read_only  # tried again at the next beat
    assert window.files.session.heartbeat.isActive()


def test_a_daily_backup_that_fails_on_a_share_says_so_in_thai(qtbot, make_window, office,
                                                              monkeypatch):
    def unreachable(path, **_kwargs):
        raise OSError(errno.ETIMEDOUT, "Connection timed out", str(path))

    monkeypatch.setattr(backups, "daily_backup", unreachable)
    window = make_window()
    with qtbot.waitSignal(window.files.session.backup_failed, timeout=10000) as signal:
        assert finish(qtbot, window.open_file(office))
    assert SHARE_GONE in signal.args[0] and "“office.db”" in signal.args[0]
    assert SHARE_GONE in window.statusBar().currentMessage()
    assert "Errno" not in window.statusBar().currentMessage()


def _errors_shown(window):
    shown = []
    window.show_error = lambda title, message, hint="": shown.append((title, message, hint))
    return shown


@pytest.mark.parametrize(("exc", "what", "todo"), [
    (sqlite3.OperationalError("disk I/O error"), "โฟลเดอร์ที่แชร์ขัดข้อง", "ลองอีกครั้ง"),
    (sqlite3.OperationalError("database is locked"), "กำลังถูกบันทึกโดยโปรแกรมหรือเครื่องอื่น",
     "อ่านอย่างเดียว"),
    (sqlite3.OperationalError("unable to open database file"), "เปิดไฟล์", "สิทธิ์"),
    (PermissionError(errno.EACCES, "Permission denied"), "ไม่มีสิทธิ์", "บันทึกสำเนา"),
])
def test_opening_a_file_the_share_refuses_says_what_happened_and_what_to_do(
        qtbot, make_window, office, monkeypatch, exc, what, todo):
    window = make_window()
    shown = _errors_shown(window)

    def refused(*_args, **_kwargs):
        raise exc

    monkeypatch.setattr(file_ops, "open_database", refused)
    assert not finish(qtbot, window.open_file(office))
    [(title, message, hint)] = shown
    assert what in message and todo in hint
    assert window.document is None


def test_saving_a_copy_to_a_share_that_went_away_keeps_the_window_and_says_so(
        qtbot, make_window, office, tmp_path, monkeypatch):
    window = make_window(office)
    shown = _errors_shown(window)

    def gone(*_args, **_kwargs):
        raise OSError(errno.EHOSTDOWN, "Host is down")

    monkeypatch.setattr(file_ops, "backup_file", gone)
    finish(qtbot, window.save_copy(tmp_path / "สำเนา ของ office.db"))
    [(_title, message, hint)] = shown
    assert SHARE_GONE in message and "Wi-Fi" in hint
    assert window.document is not None and not window.document.store.read_only


def test_restoring_a_backup_when_the_file_is_busy_says_so(qtbot, make_window, office,
                                                          monkeypatch):
    window = make_window(office)
    shown = _errors_shown(window)

    def busy(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(backups, "restore_backup", busy)
    done = []
    finish(qtbot, window.files.restore(office, office, on_done=done.append))
    [(_title, message, hint)] = shown
    assert "กำลังถูกบันทึกโดยโปรแกรมหรือเครื่องอื่น" in message and "รอสักครู่" in hint
    assert done == [False]


def _recent_actions(window) -> dict[str, object]:
    window.recent_menu.aboutToShow.emit()  # what opening File › Open Recent does
    return {action.text().split("  —  ")[0]: action for action in window.recent_menu.actions()
            if "  —  " in action.text()}


def test_the_recent_files_menu_greys_a_file_that_is_gone(make_window, settings, office,
                                                         tmp_path):
    settings.add_recent_file(tmp_path / "ลบไปแล้ว.db")
    settings.add_recent_file(office)
    window = make_window()
    actions = _recent_actions(window)
    assert actions[office.name].isEnabled() and not actions["ลบไปแล้ว.db"].isEnabled()


def test_a_vanished_share_in_the_recent_files_does_not_hold_up_the_menu(
        qtbot, make_window, settings, tmp_path, monkeypatch):
    share = tmp_path / "เครื่องกองคลัง" / "งาน ITA"
    settings.add_recent_file(share / "ทต.ตัวอย่าง.db")  # the share is gone: so is the file
    window = make_window()
    shown = _errors_shown(window)
    asking, answer, answered = threading.Event(), threading.Event(), threading.Event()
    real_exists = type(share).exists

    def hangs(path, *args, **kwargs):
        if path.parent == share:  # looking at the share hangs, as on Windows for tens of s
            asking.set()
            answer.wait(3)
            answered.set()
        return real_exists(path, *args, **kwargs)

    monkeypatch.setattr(type(share), "exists", hangs)
    try:
        action = _recent_actions(window)["ทต.ตัวอย่าง.db"]
        assert asking.is_set() and not answered.is_set()  # asked, but did not wait for it
    finally:
        answer.set()
    assert action.isEnabled()  # not known to be gone: offered, and picking it says it is
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    [(_title, message, _hint)] = shown
    assert "ไม่พบไฟล์ “ทต.ตัวอย่าง.db”" in message
    assert window.document is None


def test_turning_read_only_on_a_slow_share_does_not_freeze_the_window(qtbot, make_window,
                                                                     office, slow_lock_read):
    window = make_window(office)
    slow_lock_read.arm()
    seen = gui_ran_while(slow_lock_read.reading, slow_lock_read.read)
    window.become_read_only("มีผู้อื่นเปิดแก้ไขไฟล์นี้แทนแล้ว")  # as after a lock taken over
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]  # the GUI thread ran its timer while the lock file was being read
    assert window.document.store.read_only and window.banner.isVisible()
    slow_lock_read.release.set()
    qtbot.waitUntil(lambda: not lock_path(office).exists(), timeout=5000)


@pytest.fixture
def share_not_answering(tmp_path, monkeypatch):
    """A shared folder that no longer answers: ``exists()`` of a file in it waits (until
    ``answer`` is set, at most 5 s, as Windows does for tens of seconds) and then finds it gone.
    ``asking`` is set once a check started, ``answered`` once one came back."""
    state = type("Share", (), {})()
    state.folder = tmp_path / "เครื่องกองคลัง" / "งาน ITA"
    state.asking, state.answer, state.answered = (threading.Event(), threading.Event(),
                                                  threading.Event())
    real_exists = type(state.folder).exists

    def hangs(path, *args, **kwargs):
        if path.parent == state.folder:
            state.asking.set()
            state.answer.wait(5)
            state.answered.set()
        return real_exists(path, *args, **kwargs)

    monkeypatch.setattr(type(state.folder), "exists", hangs)
    yield state
    state.answer.set()


def _start(qtbot, settings):
    """``ita-desktop`` without a path: the window as create_window returns it, and the seconds
    that took."""
    from ui.app import create_window

    began = time.monotonic()
    window = create_window(settings)
    took = time.monotonic() - began
    qtbot.addWidget(window)
    return window, took


def test_a_recent_file_on_a_share_that_does_not_answer_does_not_hold_up_the_start(
        qtbot, settings, office, boxes, share_not_answering, monkeypatch):
    share = share_not_answering
    settings.add_recent_file(office)
    settings.add_recent_file(share.folder / "ทต.ตัวอย่าง.db")  # the newest, on the share
    window, took = _start(qtbot, settings)
    assert window.isVisible() and not share.answered.is_set() and took < 3
    qtbot.waitUntil(share.asking.is_set, timeout=5000)  # asked on the worker, still waiting
    assert window.document is None and not share.answered.is_set()
    share.answer.set()
    # As before: the newest recent file that still exists opens, with nothing to say.
    qtbot.waitUntil(lambda: window.document is not None, timeout=10000)
    wait_for_operations(qtbot)
    assert window.document.store.path == office.resolve() and list(boxes) == []
    actions = _recent_actions(window)
    assert actions[office.name].isEnabled() and not actions["ทต.ตัวอย่าง.db"].isEnabled()
    # The menu's own check not answering in time: greyed as the start found it.
    monkeypatch.setattr(recent_files, "answer_within", lambda _work, _timeout, default: default)
    assert not _recent_actions(window)["ทต.ตัวอย่าง.db"].isEnabled()


def test_a_start_whose_recent_files_are_all_gone_opens_the_example(qtbot, settings, data_dir,
                                                                   boxes, tmp_path):
    settings.add_recent_file(tmp_path / "ย้ายไปแล้ว.db")
    window, _took = _start(qtbot, settings)
    wait_for_operations(qtbot)
    assert window.document.store.path == data_dir / "ตัวอย่าง-ita.db" and list(boxes) == []
    assert window.example_banner.isVisible()
    assert not _recent_actions(window)["ย้ายไปแล้ว.db"].isEnabled()


@pytest.mark.parametrize("refused", [False, True])
def test_the_start_gives_way_to_a_file_opened_while_it_still_looks(
        qtbot, settings, office, data_dir, boxes, tmp_path, share_not_answering, refused):
    share = share_not_answering
    settings.add_recent_file(share.folder / "ทต.ตัวอย่าง.db")  # gone: the example would open
    window, _took = _start(qtbot, settings)
    qtbot.waitUntil(share.asking.is_set, timeout=5000)
    chosen = tmp_path / "ไม่มีไฟล์นี้.db" if refused else office
    assert finish(qtbot, window.open_file(chosen)) is not refused  # the user's, meanwhile
    share.answer.set()
    wait_for_operations(qtbot)
    if refused:  # the refusal was said, and the window stays without a file
        assert window.document is None and len(boxes) == 1
    else:
        assert window.document.store.path == office.resolve() and list(boxes) == []
    assert not (data_dir / "ตัวอย่าง-ita.db").exists()  # no example made behind the user's back
