"""The window's part of bench/bench_scale.py: open a file, show the measures, edit one title.

Runs in the benchmark's own process on an offscreen QApplication, with the benchmark's private
settings file and data folder (the daily backup of each file goes there; it runs on its own
thread after the file is shown and is let finish untimed before the next step).
"""

from __future__ import annotations

import itertools
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_app = None
_edits = itertools.count(1)  # every edit a new title, so that none is a no-op
problems: list[str] = []
"""What would have shown a dialog or raised in a slot (ui.app.watch_for_failures)."""


def app():
    """The one QApplication, with the bundled Thai font, as ``ita-desktop`` starts it."""
    global _app, problems
    if _app is None:
        from PySide6.QtWidgets import QApplication

        from ui.app import use_bundled_thai_font, watch_for_failures

        _app = QApplication.instance() or QApplication(["bench_scale"])
        use_bundled_thai_font(_app)
        problems = watch_for_failures()
    return _app


def settle(condition=lambda: True, timeout: float = 120.0) -> None:
    """Process events until ``condition()``, then twice more (what the last events posted, the
    repaint included). Raises TimeoutError after ``timeout`` seconds."""
    qt = app()
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")
        qt.processEvents()
        time.sleep(0.0005)
    qt.processEvents()
    qt.processEvents()


def window_times(path: Path, fiscal_year: int, settings: Path, *, edits: int = 5) -> dict:
    """One fresh window on ``path``: seconds to open until the navigation shows, to show the
    measures of ``fiscal_year`` the first time (until the table has its rows), and of each title
    edit (typed into the form, Return) until the table shows it (median of ``edits``)."""
    from ui.main_window import MainWindow
    from ui.models.measures_model import COL_TITLE, IdRole
    from ui.settings import Settings

    app()
    window = MainWindow(Settings(settings))
    window.resize(1400, 900)
    window.show()
    settle()
    start = time.perf_counter()
    operation = window.open_file(path)
    settle(lambda: operation.done and window.document is not None
           and window.navigation.topLevelItemCount() > 0)
    opened = time.perf_counter() - start
    if not operation.ok or problems:
        raise RuntimeError(f"the window could not open {path}: {operation.error} {problems}")
    settle(lambda: not window.files.session.backing_up)
    start = time.perf_counter()
    view = window.show_section("measures", fiscal_year)
    settle(lambda: view.model.rowCount() > 0)
    shown = time.perf_counter() - start
    model, form = view.model, view.form
    count = model.rowCount()
    times = []
    for n in range(edits):
        row = (n * 37 + count // 2) % count
        view.select(model.index(row, 0).data(IdRole))
        settle()
        text = f"มาตรการที่แก้ไขในไฟล์ใหญ่ ครั้งที่ {next(_edits)}"
        form.title.setFocus()
        form.title.setText(text)
        form.title.setModified(True)
        start = time.perf_counter()
        form.title.editingFinished.emit()
        settle(lambda r=row, t=text: model.index(r, COL_TITLE).data() == t)
        times.append(time.perf_counter() - start)
    window.close()
    window.deleteLater()
    settle()
    return {"open": opened, "measures": shown, "edit": statistics.median(times), "rows": count}
