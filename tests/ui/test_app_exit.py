"""The end of the process: data that Python put on the clipboard must not outlive Python.

Qt's own clipboard (offscreen, minimal) deletes what it holds in the C library's exit handlers,
after the interpreter has finished; a ``QMimeData`` made in Python then calls into it and the
process dies with a segmentation fault (rc -11) although everything before went well. The
program (``ui.app.main``) and the test session (tests/ui/conftest.py) hand the clipboard to Qt
before they end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData
from shiboken6 import Shiboken

from ui import app

ROOT = Path(__file__).resolve().parents[2]


def python_made(text: str) -> QMimeData:
    data = QMimeData()
    data.setHtml(f"<p><b>{text}</b></p>")
    if text:
        data.setText(text)
    return data


def test_python_made_data_is_put_back_as_its_text_made_by_qt(qapp):
    clipboard = qapp.clipboard()
    clipboard.setMimeData(python_made("มาตรการที่ ๑"))
    app.leave_the_clipboard_to_qt(qapp)
    assert clipboard.text() == "มาตรการที่ ๑"
    assert not Shiboken.createdByPython(clipboard.mimeData())
    assert clipboard.mimeData().formats() == ["text/plain"]


def test_python_made_data_without_text_is_cleared(qapp):
    clipboard = qapp.clipboard()
    clipboard.setMimeData(python_made(""))
    app.leave_the_clipboard_to_qt(qapp)
    assert clipboard.text() == ""
    assert clipboard.mimeData() is None or not Shiboken.createdByPython(clipboard.mimeData())


def test_text_the_program_copied_is_left_as_it_is(qapp):
    clipboard = qapp.clipboard()
    clipboard.setText("ลำดับ\tมาตรการ")
    before = clipboard.mimeData()
    app.leave_the_clipboard_to_qt(qapp)
    assert clipboard.mimeData() is before
    assert clipboard.text() == "ลำดับ\tมาตรการ"


PROGRAM = """
import sys
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from ui import app

shown = app.create_window

def create_window(settings, path=None):
    window = shown(settings, path)
    data = QMimeData()  # as a copy from a field would: made in Python, owned by the clipboard
    data.setHtml("<b>ผลการประเมิน</b>")
    data.setText("ผลการประเมิน")
    QGuiApplication.clipboard().setMimeData(data)
    return window

app.create_window = create_window
code = app.main(sys.argv[1:])
print(f"exit {code}, clipboard {QGuiApplication.clipboard().text()}", flush=True)
sys.exit(code)
"""


def test_the_program_ends_cleanly_with_python_made_data_on_the_clipboard(example_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ITA_DESKTOP_DATA_DIR=str(tmp_path / "d"))
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(example_path), "--settings-file",
                           str(tmp_path / "settings.ini"), "--quit-when-ready"],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert done.stdout.strip() == "exit 0, clipboard ผลการประเมิน", done.stderr
    assert done.returncode == 0, done.stderr


def test_the_test_process_ends_cleanly_after_a_paste_test(tmp_path):
    """The smallest run that died at its end: one test pasting a Python-made QMimeData."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "inner"),
         "tests/ui/test_plain_paste.py::test_one_line_fields_take_a_pasted_page_as_one_line"],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "1 passed" in done.stdout, done.stdout + done.stderr
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
