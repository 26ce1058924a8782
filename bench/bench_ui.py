"""The window: cold start against a bare PySide6 window, section switching, peak memory.

    .venv/bin/python bench/bench_ui.py [--runs 5] [--json OUT]

Targets (issue "application window"): cold start to the main window shown with the example
database ≤ 3× the start of a bare PySide6 QMainWindow, measured side by side in one run; switching
sections ≤ 100 ms; peak memory ≤ 250 MB. Runs offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
from ui.navigation import NavigationTree
from ui.settings import Settings
app = QApplication(sys.argv[:1])
use_bundled_thai_font(app)
window = create_window(Settings(sys.argv[2]), sys.argv[1])
while window.document is None:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
tree = window.findChild(NavigationTree)
items = []
def walk(item):
    items.append(item)
    for i in range(item.childCount()):
        walk(item.child(i))
for i in range(tree.topLevelItemCount()):
    walk(tree.topLevelItem(i))
times = []
for _ in range(3):
    for item in items:
        start = time.perf_counter()
        tree.setCurrentItem(item)
        app.processEvents()
        times.append(time.perf_counter() - start)
print(json.dumps({"times": times, "sections": len(items),
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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
    sys.path.insert(0, str(ROOT))
    from ita_desktop.demo import build_demo

    # An installed program runs from compiled bytecode; make sure ours is compiled too (this
    # machine sets PYTHONDONTWRITEBYTECODE, so imports alone would not write it).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "ita_desktop", "ui"], cwd=ROOT,
                   check=True)
    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "example.db")
        settings = str(Path(folder) / "settings.ini")
        run(BARE)  # warm the OS file cache once for both
        run(APP, str(db), settings)
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, side by side
            bare.append(run(BARE)[0])
            app.append(run(APP, str(db), settings)[0])
        _, out = run(SWITCH, str(db), settings)
    switch = json.loads(out)
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    ratio = app_s / bare_s
    switch_ms = statistics.median(switch["times"]) * 1000
    worst_ms = max(switch["times"]) * 1000
    print(f"cold start: bare PySide6 {bare_s:.2f} s, ITA Desktop on the example {app_s:.2f} s "
          f"-> {ratio:.1f}x (target <= 3x)")
    print(f"section switch over {switch['sections']} sections x3: median {switch_ms:.1f} ms, "
          f"worst {worst_ms:.1f} ms (target <= 100 ms)")
    print(f"peak memory after visiting every section: {switch['max_rss_mb']:.0f} MB "
          f"(target <= 250 MB)")
    if args.json:
        command = "python bench/bench_ui.py"
        rows = [
            {"name": "Cold start to the main window on the example database vs a bare PySide6 "
                     "QMainWindow (offscreen, side by side)", "command": command,
             "value": f"{ratio:.1f}× ({app_s:.2f} s vs {bare_s:.2f} s, median of {args.runs})",
             "target": "≤ 3×", "met": ratio <= 3},
            {"name": f"Switching sections ({switch['sections']} sections, 3 rounds)",
             "command": command, "value": f"median {switch_ms:.1f} ms, worst {worst_ms:.1f} ms",
             "target": "≤ 100 ms", "met": worst_ms <= 100},
            {"name": "Peak memory (RSS) after visiting every section", "command": command,
             "value": f"{switch['max_rss_mb']:.0f} MB", "target": "≤ 250 MB",
             "met": switch["max_rss_mb"] <= 250},
        ]
        args.json.write_text(json.dumps({"rows": rows}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
