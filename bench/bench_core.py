"""Core benchmarks: the national scoring batch and the example database's full analysis.

Run: .venv/bin/python bench/bench_core.py [--runs 5] [--json OUT]
Targets (issue "Core"): 8,300 agencies × 3 years at indicator level from CSV ≤ 2 s (median of
--runs); opening the example database and computing its full analysis ≤ 50 ms warm (median of
max(--runs, 10), after one untimed run). Files go in a private temporary folder (bench/common.py).
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import command, private_folder, row, write_rows  # noqa: E402

AGENCIES = 8300
YEARS = (2566, 2567, 2568)


def make_national_csv(path: Path, *, seed: int = 2567) -> int:
    rng = random.Random(seed)
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["agency", "fiscal_year", *[str(n) for n in range(1, 11)]])
        for agency in range(AGENCIES):
            for year in YEARS:
                scores = [f"{rng.uniform(40, 100):.2f}" for _ in range(10)]
                if rng.random() < 0.03:  # too few respondents: a tool not scored
                    scores[5:8] = ["", "", ""]
                writer.writerow([f"A{agency:05d}", year, *scores])
                rows += 1
    return rows


def bench_batch(runs: int) -> dict:
    from ita_desktop.batch import score_indicator_table

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "national.csv"
        rows = make_national_csv(path)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            count = sum(1 for _ in score_indicator_table(path))
            times.append(time.perf_counter() - start)
        assert count == rows
    return {"rows": rows, "median_s": statistics.median(times), "runs": times}


def bench_analysis(runs: int) -> dict:
    from ita_desktop import workbook
    from ita_desktop.demo import build_demo
    from ita_desktop.storage import assessments, open_database

    with tempfile.TemporaryDirectory() as folder:
        path = build_demo(Path(folder) / "example.db")
        times = []
        for _ in range(runs + 1):  # the first run warms caches and is left out
            start = time.perf_counter()
            store = open_database(path, read_only=True)
            for year in assessments.list_fiscal_years(store):
                workbook.analysis_of(store, year)
            store.close()
            times.append(time.perf_counter() - start)
    return {"median_ms": statistics.median(times[1:]) * 1000, "cold_ms": times[0] * 1000,
            "runs": times[1:]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    private_folder("core")
    batch = bench_batch(args.runs)
    analysis = bench_analysis(max(args.runs, 10))
    figures = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} "
                   f"{platform.python_version()}, {platform.system()}",
        "batch": batch,
        "analysis": analysis,
    }
    print(f"national batch: {batch['rows']} agency-years, median {batch['median_s']:.2f} s "
          f"(target ≤ 2 s)")
    print(f"example database open + full analysis: median {analysis['median_ms']:.1f} ms warm, "
          f"{analysis['cold_ms']:.1f} ms first (target ≤ 50 ms warm)")
    shown = command("bench/bench_core.py")
    rows = [
        row(f"National scoring batch ({batch['rows']:,} agency-years, indicator level, from CSV)",
            shown, f"{batch['median_s']:.2f} s (median of {len(batch['runs'])})", "≤ 2 s",
            batch["median_s"] <= 2),
        row("Open the example database and compute the full analysis of its 3 years, warm",
            shown, f"{analysis['median_ms']:.1f} ms (median of {len(analysis['runs'])}; first "
            f"{analysis['cold_ms']:.1f} ms)", "≤ 50 ms", analysis["median_ms"] <= 50),
    ]
    write_rows(args.json, rows, figures=figures)


if __name__ == "__main__":
    main()
