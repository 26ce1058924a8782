"""The measures section with 500 measures in one fiscal year: how long an edit takes to show.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_measures.py [--measures 500]
        [--titles 50] [--moves 20] [--json OUT]

Target (issue "measures editor"): each edit ≤ 50 ms from the call to the table showing the
change. The file is the example database with its fiscal year 2569 filled up to ``--measures``
measures (storage.measures.add_measure: units, links, steps); the window shows the measures
section. Timed: title edits typed into the form (editingFinished, as when the user presses
Return), and moves with the Move Down button, each until the model row shows the new value and
the pending events (the repaint included) are processed. Reports the median and the worst of
each kind. The file, the data folder and the settings file are private temporary ones
(bench/common.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import command, private_folder, settings_file, write_rows  # noqa: E402
from common import row as report_row  # noqa: E402

YEAR = 2569


def make_file(path: Path, count: int) -> Path:
    from ita_desktop.demo import UNITS, build_demo
    from ita_desktop.storage import measures, open_database

    build_demo(path)
    with open_database(path) as store:
        have = len(measures.list_measures(store, fiscal_year=YEAR))
        with store.atomic():
            for n in range(have, count):
                measures.add_measure(
                    store, fiscal_year=YEAR, title=f"มาตรการทดสอบที่ {n + 1} ส่งเสริมความโปร่งใส",
                    kind=("มาตรการ", "โครงการ", "กิจกรรม")[n % 3],
                    analysis="ข้อ e9 ต่ำกว่าเกณฑ์ ประชาชนยังใช้บริการออนไลน์น้อย",
                    steps="1. ประชุมชี้แจง\n2. จัดทำประกาศ\n3. เผยแพร่บนเว็บไซต์\n4. รายงานผล",
                    target="ดำเนินการครบทุกขั้นตอน", units=[UNITS[n % 5], UNITS[(n + 2) % 5]],
                    start_date=date(2025, 10, 1), end_date=date(2026, 3 + n % 7, 28),
                    links={"indicator": [str(n % 10 + 1)], "issue": [str(n % 7 + 1)],
                           "item": ["i1", "o10"]})
    return path


def wait_until(app, condition) -> None:
    while not condition():
        app.processEvents()
    app.processEvents()  # what the change scheduled (the row's repaint)


def summary(name: str, times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return (f"{name}: {len(ms)} edits, median {statistics.median(ms):.1f} ms, "
            f"max {max(ms):.1f} ms (target ≤ 50 ms per edit)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--measures", type=int, default=500)
    parser.add_argument("--titles", type=int, default=50)
    parser.add_argument("--moves", type=int, default=20)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    folder = private_folder("measures")

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from ui.app import use_bundled_thai_font
    from ui.main_window import MainWindow
    from ui.models.measures_model import COL_TITLE, IdRole
    from ui.settings import Settings

    use_bundled_thai_font(app)
    path = make_file(folder / "measures.db", args.measures)
    window = MainWindow(Settings(settings_file(folder)))
    window.resize(1400, 900)
    window.show()
    operation = window.open_file(path)
    wait_until(app, lambda: operation.done)
    started = time.perf_counter()
    view = window.show_section("measures", YEAR)
    wait_until(app, lambda: view.model.rowCount() > 0)
    shown = time.perf_counter() - started
    model, form = view.model, view.form
    count = model.rowCount()

    titles = []
    for n in range(args.titles):
        row = (n * 37) % count
        view.select(model.index(row, 0).data(IdRole))
        app.processEvents()
        text = f"มาตรการที่แก้ไขแล้ว ครั้งที่ {n + 1}"
        form.title.setFocus()
        form.title.setText(text)
        form.title.setModified(True)
        started = time.perf_counter()
        form.title.editingFinished.emit()
        wait_until(app, lambda r=row, t=text: model.index(r, COL_TITLE).data() == t)
        titles.append(time.perf_counter() - started)

    moves = []
    view.table.setFocus()
    for n in range(args.moves):
        row = (n * 53) % (count - 1)
        measure_id = model.index(row, 0).data(IdRole)
        view.select(measure_id)
        app.processEvents()
        started = time.perf_counter()
        view.down_action.trigger()
        wait_until(app, lambda r=row, i=measure_id: model.index(r + 1, 0).data(IdRole) == i)
        moves.append(time.perf_counter() - started)

    stack = window.document.undo_stack.count()
    print(f"measures in fiscal year {YEAR}: {count} (section shown in {shown * 1000:.0f} ms)")
    print(summary("title edits through the form", titles))
    print(summary("moves (Move Down)", moves))
    print(f"undo steps recorded: {stack}")
    window.close()
    shown_command = command("bench/bench_measures.py")
    rows = []
    for name, times in (("title edits typed into the form", titles),
                        ("moves with Move Down", moves)):
        worst = max(times)
        rows.append(report_row(
            f"Measures table with {count} measures: {name}, until the table shows the change",
            shown_command, f"median {statistics.median(times) * 1000:.1f} ms, max "
            f"{worst * 1000:.1f} ms ({len(times)} edits)", "≤ 50 ms per edit",
            worst <= 0.05) | {"id": "measures-edit"})
    write_rows(args.json, rows, measures=count, section_shown_s=shown,
               titles_s=titles, moves_s=moves)
    return 0


if __name__ == "__main__":
    sys.exit(main())
