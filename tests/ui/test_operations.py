"""Slow work off the GUI thread (ui.operations): callbacks on the GUI thread, a progress
indicator after ~100 ms while the window keeps processing events, conflicting actions disabled,
and opening / saving a copy through it."""

from __future__ import annotations

import random
import shutil
import threading

import pytest
from PySide6.QtCore import QElapsedTimer, QThread, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ita_desktop.storage import open_database, profile
from tests.ui.conftest import finish, type_into
from ui import file_ops, message_boxes, operations
from ui.operations import run_op

WAIT_S = 10  # a worker held on an Event never waits longer than this, even if a test fails


def indicator(window) -> QWidget | None:
    found = window.statusBar().findChild(QWidget, "operation-progress")
    return found if found is not None and found.isVisible() else None


@pytest.fixture
def held(monkeypatch):
    """Opening and copying wait on the worker thread while ``held`` is clear (``held.clear()``
    holds them, ``held.set()`` lets them go); it starts set."""
    release = threading.Event()
    release.set()
    real_open, real_backup = file_ops.open_database, file_ops.backup_file

    def slow(real):
        def call(*args, **kwargs):
            release.wait(WAIT_S)
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(file_ops, "open_database", slow(real_open))
    monkeypatch.setattr(file_ops, "backup_file", slow(real_backup))
    yield release
    release.set()


def test_work_runs_on_a_worker_and_callbacks_on_the_gui_thread(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work():
        seen["work"] = QThread.currentThread()
        return 42

    def on_success(result):
        seen["success"] = (QThread.currentThread(), result)

    op = run_op(parent, label="test", work=work, on_success=on_success)
    assert not op.done and operations.running() == [op]  # nothing is delivered synchronously
    assert finish(qtbot, op)
    assert seen["work"] is not qapp.thread()
    assert seen["success"] == (qapp.thread(), 42)
    assert operations.running() == []

    def fail():
        raise ValueError("ผิด")

    op = run_op(parent, label="test", work=fail, on_success=pytest.fail,
                on_failure=lambda exc: seen.update(failure=(QThread.currentThread(), exc)))
    assert not finish(qtbot, op)
    thread, exc = seen["failure"]
    assert thread is qapp.thread() and isinstance(exc, ValueError) and op.error is exc


def test_opening_shows_the_file_once_the_operation_ends(qtbot, make_window, example_path):
    window = make_window()
    op = window.open_file(example_path)
    assert window.document is None  # checked on a worker; nothing shown yet
    qtbot.waitUntil(lambda: window.document is not None)
    assert op.done and op.ok
    assert window.windowTitle().startswith("example.db — องค์การบริหารส่วนตำบลดอนแก้วทอง")
    assert window.navigation.labels()
    assert profile.get_profile(window.document.store)["name"]  # usable on the GUI thread


def test_slow_open_keeps_the_window_responsive_with_a_progress_indicator(
        qtbot, make_window, example_path, tmp_path, held):
    other = tmp_path / "อีกไฟล์.db"
    shutil.copyfile(example_path, other)
    window = make_window(example_path)
    held.clear()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    clock = QElapsedTimer()
    clock.start()

    op = window.open_file(other)
    assert indicator(window) is None  # not for work that may end at once
    assert not window.open_action.isEnabled() and not window.save_copy_action.isEnabled()
    qtbot.waitUntil(lambda: indicator(window) is not None, timeout=3000)
    assert clock.elapsed() >= operations.PROGRESS_DELAY_MS - 5
    assert "อีกไฟล์.db" in indicator(window).findChild(QLabel).text()
    qtbot.waitUntil(lambda: len(ticks) >= 10)  # the GUI thread goes on processing events
    assert not op.done
    assert window.document.store.path == example_path  # the current file stays usable
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๒๒๒ ๓๓๓")
    assert window.document.profile()["phone"] == "๐๔๓ ๒๒๒ ๓๓๓"

    held.set()
    assert finish(qtbot, op)
    timer.stop()
    assert window.document.store.path == other
    qtbot.waitUntil(lambda: window.statusBar().findChild(QWidget, "operation-progress") is None)
    assert window.open_action.isEnabled() and window.save_copy_action.isEnabled()


def test_corrupt_file_is_refused_by_the_worker_and_the_open_file_stays(
        qtbot, make_window, example_path, tmp_path, monkeypatch):
    data = bytearray(example_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, len(data) // page):  # a whole header, damaged pages: integrity_check
        data[n * page + 8: n * page + 72] = random.Random(n).randbytes(64)
    bad = tmp_path / "เสียหาย.db"
    bad.write_bytes(bytes(data))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(message_boxes, "exec_dialog", lambda box: shown.append(box) or 0)
    window = make_window(example_path)
    del window.show_error  # the conftest guard; use the real dialog

    assert not finish(qtbot, window.open_file(bad))

    assert len(shown) == 1 and "เสียหาย" in shown[0].text() and bad.name in shown[0].text()
    assert "ไฟล์ที่เปิดอยู่ก่อนหน้ายังเปิดอยู่ตามเดิม" in shown[0].informativeText()
    assert bad.read_bytes() == bytes(data)
    assert window.document.store.path == example_path
    assert window.document.fiscal_years() == [2566, 2567, 2568]
    assert window.open_action.isEnabled()


def test_save_a_copy_runs_off_the_gui_thread_while_editing_goes_on(
        qtbot, make_window, example_path, tmp_path, held):
    path = tmp_path / "office.db"
    shutil.copyfile(example_path, path)
    window = make_window(path)
    held.clear()
    copy = tmp_path / "copy.db"
    op = window.save_copy(copy)
    assert not window.save_copy_action.isEnabled()
    qtbot.waitUntil(lambda: indicator(window) is not None, timeout=3000)
    # The store stays the GUI thread's: edits are written while the copy waits.
    view = window.show_section("profile")
    type_into(qtbot, view.editors["phone"], "๐๔๓ ๐๐๐ ๑๑๑")
    held.set()
    assert finish(qtbot, op)
    with open_database(copy, read_only=True) as store:
        assert profile.get_profile(store)["phone"] == "๐๔๓ ๐๐๐ ๑๑๑"
    assert "copy.db" in window.statusBar().currentMessage()
    assert window.save_copy_action.isEnabled()


def test_window_closed_while_opening_closes_the_store(qtbot, make_window, example_path, held):
    window = make_window()
    held.clear()
    op = window.open_file(example_path)
    window.close()
    held.set()
    finish(qtbot, op)
    assert window.document is None
    with pytest.raises(Exception, match="closed"):
        op.result.db.execute("select 1")
