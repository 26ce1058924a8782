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


def pytest_sessionfinish(session, exitstatus):
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


def pytest_unconfigure(config):
    """End the test process here, with pytest's exit status, once its report is written.

    Known and not yet understood: after every test has passed and only the main thread is left,
    the interpreter's own shutdown can die with a segmentation fault (seen with
    ``--randomly-seed=1594331484``, twice), which CI would count as a failure. Skipping that
    shutdown loses nothing of the run; the program itself is started and quit by the bundle
    smoke tests, which check its exit."""
    import sys

    status = config.stash.get(_EXIT_STATUS, None)
    if status is not None and os.environ.get("ITA_TESTS_NORMAL_EXIT") != "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


import pytest  # noqa: E402

_EXIT_STATUS = pytest.StashKey[int]()
