"""``ita-desktop``'s unattended start as the smoke tests of the installed programs use it
(packaging/smoke_test.py, packaging/windows/smoke_wine.py): the self-check of what the program
must carry, ``--hold`` and ``--no-desktop-settings``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ui import app

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_check_covers_the_word_files_and_the_line_breaking(qapp, capsys):
    families = app.use_bundled_thai_font(qapp)
    assert app.self_check(families) == []
    said = dict(line.removeprefix("self-check ").split(": ", 1)
                for line in capsys.readouterr().err.splitlines() if line.startswith("self-check"))
    assert said["fonts"] == "Sarabun"
    assert said["word template"] == "python-docx default"
    assert said["pdfium chart"].endswith("bytes of PNG")
    assert int(said["keep-whole words"].split()[0]) > 50
    assert "|" in said["word segmentation"]


def test_the_self_check_reports_a_chart_pdfium_could_not_draw(qapp, monkeypatch):
    from ita_desktop.documents import docx_render

    monkeypatch.setattr(docx_render, "chart_picture", lambda block: (b"", 0.0))
    assert app.self_check(app.use_bundled_thai_font(qapp)) == ["self-check: pdfium chart"]


CODE = """
import sys
from PySide6.QtGui import QGuiApplication
from ui import app
code = app.main(sys.argv[1:])
print(f"exit {code}, desktop settings {QGuiApplication.desktopSettingsAware()}")
"""


def run_app(example_path, tmp_path, *options: str) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ITA_DESKTOP_DATA_DIR=str(tmp_path / "d"))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", CODE, str(example_path), "--settings-file",
                           str(tmp_path / "settings.ini"), "--quit-when-ready", *options],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    return done, time.monotonic() - start


def test_hold_keeps_the_window_open_after_saying_ready(example_path, tmp_path):
    done, seconds = run_app(example_path, tmp_path, "--hold", "1500")
    assert done.stdout.strip() == "exit 0, desktop settings True", done.stderr
    assert "ita-desktop: ready" in done.stderr.splitlines()
    assert seconds >= 1.5


def test_without_hold_the_window_closes_once_ready_without_saying_so(example_path, tmp_path):
    done, _ = run_app(example_path, tmp_path)
    assert done.stdout.strip() == "exit 0, desktop settings True", done.stderr
    assert "ita-desktop: ready" not in done.stderr


def test_no_desktop_settings_starts_qt_without_the_desktops_settings(example_path, tmp_path):
    done, _ = run_app(example_path, tmp_path, "--no-desktop-settings")
    assert done.stdout.strip() == "exit 0, desktop settings False", done.stderr


WARM = """
import sys
from ui import app
code = app.main(sys.argv[1:])
from ita_desktop import thainlp
print(f"exit {code}, dictionary {thainlp._loaded is not None}, "
      f"reportlab {'reportlab.platypus' in sys.modules}")
"""


def test_the_window_warms_the_print_engine_up_after_it_shows(example_path, tmp_path):
    """A second after the window shows, the break dictionary and ReportLab are loaded on a
    background thread: the first preview or printed document does not wait for them."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ITA_DESKTOP_DATA_DIR=str(tmp_path / "d"))
    done = subprocess.run([sys.executable, "-c", WARM, str(example_path), "--settings-file",
                           str(tmp_path / "settings.ini"), "--quit-when-ready", "--hold", "4000"],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert done.stdout.strip() == "exit 0, dictionary True, reportlab True", done.stderr
