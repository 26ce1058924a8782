"""The window: cold start against a bare PySide6 window, section switching, peak memory.

    .venv/bin/python bench/bench_ui.py [--runs 5] [--json OUT]

Targets (issue "application window"): cold start to the main window shown with the example
database ≤ 3× the start of a bare PySide6 QMainWindow, measured side by side in one run (fresh
processes, interleaved, median of --runs after one untimed run of each); switching sections
≤ 100 ms; peak memory ≤ 250 MB. Runs offscreen (QT_QPA_PLATFORM=offscreen), with a private data
folder and settings file (bench/common.py).

Switching: every section of the navigation (not the fiscal-year rows, which only open their
first section) is chosen in the tree, in tree order, three rounds; the clock runs from the
click until the events it caused are processed (twice, so what they posted runs too), after the
daily backup that opening the file starts has ended. The first round builds each view (imports
included), so the worst case is a first visit. After the documents section the preview's render
(on a worker thread; bench_preview.py times it) is let finish untimed, so that no render
competes with the next switch. Also prints where the start-up goes (PySide6 imports, ours,
QApplication + font + translators, the window, opening the file until it is shown; median of
3), for bench/notes.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, command, private_folder, row, settings_file, write_rows  # noqa: E402

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1000, 640); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# Start the real app on a file; quit as soon as the file is open and shown.
APP = """
import sys
from ui.app import main
sys.exit(main([sys.argv[1], "--settings-file", sys.argv[2], "--quit-when-ready"]))
"""

# Show the window, visit every section of the navigation tree, report times and peak memory.
SWITCH = """
import json, resource, sys, time
from PySide6.QtWidgets import QApplication
from ui.app import create_window, use_bundled_thai_font
from ui.navigation import YEAR, NavigationTree, SectionRole
from ui.settings import Settings
from ui.views.documents_view import DocumentsView
app = QApplication(sys.argv[:1])
use_bundled_thai_font(app)
window = create_window(Settings(sys.argv[2]), sys.argv[1])
def settle(condition, timeout=60):
    end = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
settle(lambda: window.document is not None)
settle(lambda: not window.files.session.backing_up)  # the daily backup, taken on opening
tree = window.findChild(NavigationTree)
items = [item for item in tree._items()
         if not item.data(0, SectionRole).startswith(YEAR + ":")]
visits = []
for round_ in range(3):
    for item in items:
        start = time.perf_counter()
        tree.setCurrentItem(item)
        app.processEvents()
        app.processEvents()
        visits.append({"section": item.data(0, SectionRole), "round": round_,
                       "seconds": time.perf_counter() - start})
        view = window.pages.currentWidget()
        if isinstance(view, DocumentsView):
            settle(view.is_current)
print(json.dumps({"visits": visits, "sections": len(items),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
window.close()
"""


# Where the app's start-up goes (the same steps as ui.app.main, timed one by one).
PHASES = """
import time
t0 = time.perf_counter()
import json, sys
from PySide6.QtWidgets import QApplication
t1 = time.perf_counter()
import ui.app, ui.main_window
from ui.i18n import install_translators
from ui.settings import Settings
t2 = time.perf_counter()
app = QApplication(sys.argv[:1])
ui.app.use_bundled_thai_font(app)
settings = Settings(sys.argv[2])
install_translators(app, "th")
t3 = time.perf_counter()
window = ui.main_window.MainWindow(settings)
window.show()
app.processEvents()
t4 = time.perf_counter()
window.open_file(sys.argv[1])
while window.document is None:
    app.processEvents()
    time.sleep(0.0005)
app.processEvents()
t5 = time.perf_counter()
print(json.dumps({"pyside_ms": (t1 - t0) * 1000, "ours_ms": (t2 - t1) * 1000,
                  "app_ms": (t3 - t2) * 1000, "window_ms": (t4 - t3) * 1000,
                  "open_ms": (t5 - t4) * 1000}))
window.close()
"""


def run(code: str, *args: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True)
    return time.perf_counter() - start, out.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from ita_desktop.demo import build_demo

    # An installed program runs from compiled bytecode; make sure ours is compiled too (this
    # machine sets PYTHONDONTWRITEBYTECODE, so imports alone would not write it).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "ita_desktop", "ui"], cwd=ROOT,
                   check=True)
    folder = private_folder("ui")
    db = build_demo(folder / "example.db")
    settings = str(settings_file(folder))
    run(BARE)  # warm the OS file cache once for both
    run(APP, str(db), settings)
    bare, app = [], []
    for _ in range(args.runs):  # interleaved, side by side
        bare.append(run(BARE)[0])
        app.append(run(APP, str(db), settings)[0])
    phases = [json.loads(run(PHASES, str(db), settings)[1].strip().splitlines()[-1])
              for _ in range(3)]
    phases = {key: statistics.median(p[key] for p in phases) for key in phases[0]}
    _, out = run(SWITCH, str(db), str(settings_file(folder, "switch.ini")))
    switch = json.loads(out.strip().splitlines()[-1])
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    ratio = app_s / bare_s
    visits = switch["visits"]
    times = [v["seconds"] for v in visits]
    worst = max(visits, key=lambda v: v["seconds"])
    again = [v for v in visits if v["round"] > 0]
    worst_again = max(again, key=lambda v: v["seconds"])
    switch_ms = statistics.median(times) * 1000
    worst_ms = worst["seconds"] * 1000

    def where(visit: dict) -> str:
        section, _, year = visit["section"].partition(":")
        return section if year == "0" else f"{section} {year}"

    print(f"cold start: bare PySide6 {bare_s:.2f} s, ITA Desktop on the example {app_s:.2f} s "
          f"-> {ratio:.1f}x (target <= 3x), median of {args.runs}")
    print(f"section switch over {switch['sections']} sections x3: median {switch_ms:.1f} ms, "
          f"worst {worst_ms:.1f} ms ({where(worst)}, round {worst['round'] + 1}); worst on a "
          f"later visit {worst_again['seconds'] * 1000:.1f} ms ({where(worst_again)}) "
          "(target <= 100 ms)")
    print("start-up phases (median of 3): " + ", ".join(f"{k} {v:.0f} ms"
                                                        for k, v in phases.items()))
    for visit in sorted(visits, key=lambda v: -v["seconds"])[:6]:
        print(f"  {where(visit):16} round {visit['round'] + 1}: {visit['seconds'] * 1000:.1f} ms")
    print(f"peak memory after visiting every section: {switch['max_rss_mb']:.0f} MB "
          f"(target <= 250 MB)")
    kinds = sorted({v["section"].partition(":")[0] for v in visits})
    shown = command("bench/bench_ui.py")
    write_rows(args.json, [
        row("Cold start to the main window on the example database vs a bare PySide6 "
            "QMainWindow (offscreen, fresh processes, side by side)", shown,
            f"{ratio:.1f}× ({app_s:.2f} s vs {bare_s:.2f} s, median of {args.runs}; fastest "
            f"runs {min(app):.2f} s vs {min(bare):.2f} s)", "≤ 3×",
            ratio <= 3) | {"id": "cold-start"},
        row(f"Switching sections: {switch['sections']} sections of the example ({', '.join(kinds)}"
            f"), 3 rounds = {len(visits)} switches; the first round builds each view", shown,
            f"median {switch_ms:.1f} ms, worst {worst_ms:.0f} ms ({where(worst)}, "
            f"{'first visit' if worst['round'] == 0 else 'revisit'}); worst revisit "
            f"{worst_again['seconds'] * 1000:.0f} ms ({where(worst_again)})", "≤ 100 ms",
            worst_ms <= 100) | {"id": "switch"},
        row("Peak memory (RSS) after visiting every section (documents previews rendered)",
            shown, f"{switch['max_rss_mb']:.0f} MB", "≤ 250 MB",
            switch["max_rss_mb"] <= 250) | {"id": "memory"},
    ], visits=visits, bare_runs_s=bare, app_runs_s=app, flat={
        "source_start_s": app_s, "bare_start_s": bare_s, "ratio": ratio, "runs": args.runs,
        "excess_ms": max(app_s - 3 * bare_s, 0) * 1000,
        "worst_ms": worst_ms, "worst_section": where(worst), "median_ms": switch_ms,
        "worst_again_ms": worst_again["seconds"] * 1000, "worst_again_section": where(worst_again),
        "sections": switch["sections"], "rss_mb": switch["max_rss_mb"], **phases})


if __name__ == "__main__":
    main()
