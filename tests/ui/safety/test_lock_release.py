"""Giving the editing lock up when a file is closed or turns read-only, on a share that has gone
away: the failure is logged and, while the window is open, said in its status bar (Thai); the
lock file left behind is taken as stale, so the file opens for editing again."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from ita_desktop.storage.lock import lock_path
from tests.ui.conftest import finish
from ui import session

SAID = "ปลดล็อกการแก้ไขไฟล์ “office.db” ไม่สำเร็จ ล็อกที่ค้างอยู่จะถือว่าหมดอายุ"


@pytest.fixture
def share_gone(office, monkeypatch):
    """Once ``arm()`` is called, deleting ``office``'s lock file fails as on a share gone away
    (EIO); ``disarm()`` puts the real delete back."""
    real = Path.unlink

    def unlink(path, *args, **kwargs):
        if path == lock_path(office):
            raise OSError(errno.EIO, "Input/output error")
        return real(path, *args, **kwargs)

    state = type("ShareGone", (), {})()
    state.arm = lambda: monkeypatch.setattr(Path, "unlink", unlink)
    state.disarm = lambda: monkeypatch.setattr(Path, "unlink", real)
    return state


def _released(qtbot) -> None:
    """Wait until every lock release has ended and its result reached the GUI thread."""
    session.wait_for_releases()
    qtbot.waitUntil(lambda: not session._jobs, timeout=5000)


def _logged(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "ui.session" and r.levelno == logging.WARNING]


def test_a_lock_that_cannot_be_released_is_logged_and_said(qtbot, make_window, office, caplog,
                                                           share_gone):
    window = make_window(office)
    share_gone.arm()
    window.close_file()
    _released(qtbot)
    assert window.statusBar().currentMessage() == SAID
    [record] = _logged(caplog)
    assert str(lock_path(office)) in record.getMessage() and "Input/output" in record.getMessage()
    assert lock_path(office).exists()  # left behind …
    share_gone.disarm()
    assert finish(qtbot, window.open_file(office))
    assert not window.document.store.read_only  # … and taken as stale: the file is editable


def test_turning_read_only_when_the_lock_cannot_be_given_up_says_so(qtbot, make_window, office,
                                                                    caplog, share_gone):
    window = make_window(office)
    share_gone.arm()
    window.become_read_only("มีผู้อื่นเปิดแก้ไขไฟล์นี้แทนแล้ว")
    _released(qtbot)
    assert window.document.store.read_only and window.banner.isVisible()
    assert window.statusBar().currentMessage() == SAID and len(_logged(caplog)) == 1


def test_after_the_window_closed_the_failure_is_only_logged(qtbot, make_window, office, caplog,
                                                             share_gone):
    window = make_window(office)
    share_gone.arm()
    window.close()
    _released(qtbot)
    assert window.statusBar().currentMessage() == "" and len(_logged(caplog)) == 1


def test_a_release_that_fails_for_another_reason_is_logged_and_raised(
        qtbot, make_window, office, caplog, monkeypatch):
    window = make_window(office)
    lock = window.document.store.lock

    def broken(**_kwargs):
        lock._release(strict=False)  # gives it up, then fails as a bug would
        raise RuntimeError("release broke (injected)")

    monkeypatch.setattr(lock, "release", broken)
    with qtbot.capture_exceptions() as raised:
        window.close_file()
        _released(qtbot)
    assert [type(e[1]) for e in raised] == [RuntimeError]
    assert window.statusBar().currentMessage() == SAID
    [record] = _logged(caplog)
    assert record.exc_info is not None and "injected" in record.getMessage()
