"""Fixtures for driving the real window: the Thai interface (the default language) for every test,
a settings file per test, the example database, a new file, and helpers that type into score
fields the way staff do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ita_desktop.demo import build_demo


@pytest.fixture(scope="session", autouse=True)
def thai_interface(qapp):
    """Install the Thai translators and the bundled Sarabun as the application font, as
    ``ita-desktop`` does at start, so every test sees the Thai interface staff see, in the same
    font whatever ran before it (sizes and fits depend on the font). A test that switches
    language puts Thai back when it ends."""
    from ui.app import use_bundled_thai_font
    from ui.i18n import install_translators, remove_translators

    assert use_bundled_thai_font(qapp), "the bundled Thai font is missing"
    install_translators(qapp, "th")
    yield
    remove_translators(qapp)
    from ui.app import leave_the_clipboard_to_qt
    from ui.session import finish_lock_work

    leave_the_clipboard_to_qt(qapp)  # as the program at exit: no Python-made data left to Qt
    finish_lock_work()  # as the program at exit: no worker left running when Python ends
    import threading

    for thread in threading.enumerate():  # the print warm-up, folder checks: ended, not cut off
        # (a Qt pool's thread that logged shows as a _DummyThread: not joinable, and its pool
        # was waited for above)
        if thread is not threading.current_thread() and thread.daemon \
                and not isinstance(thread, threading._DummyThread):
            thread.join(timeout=10)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder (daily backups, the example copy), never the user's.
    Tests that look at it set the same variable to a folder of their own."""
    from ui import file_ops

    monkeypatch.setenv(file_ops.DATA_DIR_ENV, str(tmp_path / "user-data"))


@pytest.fixture
def settings(tmp_path):
    from ui.settings import Settings

    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def example_path(tmp_path):
    return build_demo(tmp_path / "example.db")


@pytest.fixture
def make_window(qtbot, settings):
    """Open a MainWindow on a path (or none), shown, with the paste preview auto-accepted."""
    from ui.main_window import MainWindow
    from ui.views.paste_dialog import PastePreviewDialog

    PastePreviewDialog.auto_accept = True
    windows = []

    def make(path=None, *, new=False):
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show_error = lambda title, message: pytest.fail(f"{title}: {message}")
        window.show()
        qtbot.waitExposed(window)
        if path is not None:
            assert finish(qtbot, window.new_file(path) if new else window.open_file(path))
        windows.append(window)
        return window

    yield make
    PastePreviewDialog.auto_accept = False
    for window in windows:
        window.close()


def wait_for_operations(qtbot, timeout: int = 10000) -> None:
    """Wait until no background operation (ui.operations) is running, chained ones included."""
    from ui import operations

    qtbot.waitUntil(lambda: not operations.running(), timeout=timeout)


def finish(qtbot, operation, timeout: int = 10000) -> bool:
    """Wait for a window's background operation to end (its callbacks have run); True when its
    work succeeded."""
    qtbot.waitUntil(lambda: operation.done, timeout=timeout)
    return operation.ok


def key_text(qtbot, widget, text: str) -> None:
    """Type text as key events. QTest only knows ASCII keys, so Thai characters (and digits
    ๐–๙) are sent as key events carrying their text, as an input method delivers them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def type_into(qtbot, edit, text: str) -> None:
    """Replace a line edit's text by typing, then press Return (editingFinished)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    key_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def tr(context: str, text: str) -> str:
    """The interface's translation of ``text`` in ``context`` (what the user sees)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def undo(window) -> None:
    """Edit › Undo, which must be enabled."""
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def redo(window) -> None:
    """Edit › Redo, which must be enabled."""
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
