"""ReportLab and pythainlp stay off the start-up path of the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import sys, time
from PySide6.QtWidgets import QApplication
from ui.app import create_window
from ui.settings import Settings
app = QApplication(sys.argv[:1])
window = create_window(Settings(sys.argv[2]), sys.argv[1])
deadline = time.monotonic() + 30
while window.document is None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print("opened" if window.document is not None else "not opened")
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & {"reportlab", "pythainlp"})))
"""


def test_window_opens_a_file_without_loading_reportlab_or_pythainlp(example_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CODE, str(example_path),
                          str(tmp_path / "settings.ini")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    lines = out.splitlines()
    assert lines[0] == "opened"
    assert lines[1:] in ([], [""]), f"loaded at start-up: {lines[1:]}"
