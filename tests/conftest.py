"""Shared test set-up: Qt offscreen before any Qt import, versions in the report header."""

from __future__ import annotations

import os
import sqlite3
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHAINLP_DATA", os.path.join(tempfile.gettempdir(), "ita-pythainlp-data"))


def pytest_report_header(config):
    import reportlab

    lines = [f"sqlite {sqlite3.sqlite_version}", f"reportlab {reportlab.Version}"]
    try:
        import PySide6

        lines.append(f"PySide6 {PySide6.__version__}")
    except ImportError:  # pragma: no cover - the test extra installs it
        lines.append("PySide6 not installed")
    return ", ".join(lines)

