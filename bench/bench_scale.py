"""How the time of each operation grows with the size of the office's file.

    .venv/bin/python bench/bench_scale.py [--runs 3] [--json OUT]

Files are made with tests/scale_data.build_large (everything through the storage layer):

* by measures: 250 / 500 / 1,000 / 2,000 / 4,000 measures with five follow-up reports each
  (Q1–Q4, FY), 30 assessed fiscal years;
* by years: 8 / 15 / 30 / 60 assessed fiscal years at the density of the default large file
  (2,000 measures over 30 years: 66.7 measures and 333 reports a year).

Timed on each file, median of --runs (an operation under 20 ms is repeated until it has run
0.2 s, up to 50 times): ``open_database`` (integrity check + rule checks, writable, as the
window opens it); the busiest plan year's ``measures.list_measures`` and ``followups.overview``;
``workbook.analysis_of`` of the latest assessed year; the busiest year's results report
(``render("results")``, pages noted); and in an offscreen window (a fresh one per run): opening
the file until the navigation shows, the measures section first shown (until the table has its
rows), one title edit typed into the form until the table shows it (median of 5 per window).
Then the district comparison (``compare.compare_offices``) of 75 / 150 / 300 copies of the
example file. One untimed round on the smallest file warms imports and caches first.

Verdict per operation: "linear or better" when, from each size to the next, time grows by at
most 1.3 × the size ratio (noise allowance); otherwise the step where it grows faster is named.
The data folder and the settings files are private temporary ones (bench/common.py).
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, command, ms, private_folder, row, settings_file, write_rows  # noqa: E402

NOISE = 1.3
MEASURES_SIZES = (250, 500, 1000, 2000, 4000)
YEARS_SIZES = (8, 15, 30, 60)
DENSITY = 2000 / 30  # measures per fiscal year in the default large file
COPIES = (75, 150, 300)
REPORTS_PER_MEASURE = 5
TODAY = date(2026, 12, 1)
OPERATIONS = (
    ("open", "open_database (integrity + rule checks)"),
    ("list", "list_measures of the busiest year"),
    ("overview", "followups.overview of the busiest year"),
    ("analysis", "analysis_of the latest assessed year"),
    ("report", "results report of the busiest year"),
    ("window", "window: open the file until the navigation shows"),
    ("section", "window: measures section first shown"),
    ("edit", "window: one title edit shown in the table"),
)


def measure(fn, runs: int) -> float:
    """Median seconds of ``fn()``: ``runs`` calls, more for a quick one (see module doc)."""
    times = []
    while len(times) < runs or (sum(times) < 0.2 and len(times) < 50 and times[0] < 0.02):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def busiest_year(store) -> tuple[int, int]:
    """(fiscal year, measures) of the plan year with the most measures, the latest on a tie."""
    year, count = max(store.db.execute(
        "SELECT fiscal_year, count(*) AS n FROM measures GROUP BY fiscal_year").fetchall(),
        key=lambda r: (r[1], r[0]))
    return year, count


def time_file(path: Path, folder: Path, runs: int) -> dict:
    """Every operation's median seconds on one file (see the module doc)."""
    import scale_window

    from ita_desktop import workbook
    from ita_desktop.documents import render
    from ita_desktop.storage import assessments, followups, measures, open_database

    figures: dict = {"open": measure(lambda: open_database(path).close(), runs)}
    with open_database(path) as store:
        year, count = busiest_year(store)
        latest = max(assessments.list_fiscal_years(store))
        figures["list"] = measure(lambda: measures.list_measures(store, fiscal_year=year), runs)
        figures["overview"] = measure(
            lambda: followups.overview(store, fiscal_year=year, today=TODAY), runs)
        figures["analysis"] = measure(lambda: workbook.analysis_of(store, latest), runs)
        out = folder / "results.pdf"
        figures["report"] = measure(
            lambda: render("results", store, fiscal_year=year, out=out), runs)
        figures["pages"] = render("results", store, fiscal_year=year, out=out).pages
    windows = [scale_window.window_times(path, year, settings_file(folder, "scale.ini"))
               for _ in range(runs)]
    for key in ("open", "measures", "edit"):
        name = {"open": "window", "measures": "section", "edit": "edit"}[key]
        figures[name] = statistics.median(w[key] for w in windows)
    figures.update(year=year, year_measures=count, bytes=path.stat().st_size)
    return figures


def growth(sizes: list[int], times: list[float]) -> tuple[list[float | None], str, bool]:
    """(time ratio to the previous size for each size, verdict, linear or better)."""
    ratios: list[float | None] = [None]
    worst = None
    for n in range(1, len(sizes)):
        s0, s1, t0, t1 = sizes[n - 1], sizes[n], times[n - 1], times[n]
        ratio = t1 / t0 if t0 > 0 else math.inf
        ratios.append(ratio)
        allowed = NOISE * s1 / s0
        if ratio > allowed and (worst is None or ratio / (s1 / s0) > worst[0]):
            worst = (ratio / (s1 / s0), s0, s1, ratio)
    if worst is None:
        return ratios, "linear or better", True
    _, s0, s1, ratio = worst
    return ratios, (f"**faster than linear**: ×{ratio:.1f} from {s0:,} to {s1:,} "
                    f"(size ×{s1 / s0:.1f})"), False


def slope(sizes: list[int], times: list[float]) -> float:
    """The least-squares exponent k of time ∝ size^k over the whole range."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-9)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
            / sum((x - mx) ** 2 for x in xs))


def table(title: str, unit: str, sizes: list[int], results: list[dict],
          operations=OPERATIONS) -> dict:
    """One growth table: for each operation the times, ratios, exponent and verdict."""
    lines = []
    for key, name in operations:
        times = [r[key] for r in results]
        ratios, verdict, linear = growth(sizes, times)
        if key == "report":
            name += " (" + " / ".join(str(r["pages"]) for r in results) + " pages)"
        lines.append({"operation": name, "times_s": times, "ratios": ratios,
                      "exponent": round(slope(sizes, times), 2), "verdict": verdict,
                      "linear": linear})
    return {"title": title, "unit": unit, "sizes": sizes, "lines": lines}


def build(folder: Path, measures_total: int, years: int) -> Path:
    from tests.scale_data import build_large

    path = folder / f"scale-{years}y-{measures_total}m.db"
    if not path.exists():
        build_large(path, years=years, measures_total=measures_total,
                    followups_total=REPORTS_PER_MEASURE * measures_total)
    return path


def compare_copies(folder: Path, runs: int) -> dict:
    """compare_offices over 75 / 150 / 300 copies of the example file: median seconds."""
    from ita_desktop.compare import compare_offices
    from ita_desktop.demo import build_demo

    example = build_demo(folder / "example.db")
    district = folder / "district"
    district.mkdir()
    paths = []
    for n in range(1, max(COPIES) + 1):
        paths.append(shutil.copyfile(example, district / f"office{n}.db"))
    compare_offices(paths[:10], fiscal_year=2568)  # warm
    results = []
    for count in COPIES:
        chosen = paths[:count]

        def run(chosen=chosen):
            comparison = compare_offices(chosen, fiscal_year=2568)
            assert len(comparison.offices) == len(chosen), comparison.problems[:1]

        results.append({"compare": measure(run, runs)})
    return table("District comparison: copies of the example file", "files", list(COPIES),
                 results, (("compare", "compare_offices, fiscal year 2568"),))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    folder = private_folder("scale")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    time_file(build(folder, MEASURES_SIZES[0], 30), folder, 1)  # warm-up, untimed
    by_measures = []
    for size in MEASURES_SIZES:
        by_measures.append(time_file(build(folder, size, 30), folder, args.runs))
        print(f"{size:>5} measures, 30 years: " + summary(by_measures[-1]), flush=True)
    by_years = []
    for years in YEARS_SIZES:
        by_years.append(time_file(build(folder, round(DENSITY * years), years), folder,
                                  args.runs))
        print(f"{years:>5} years, {round(DENSITY * years)} measures: " + summary(by_years[-1]),
              flush=True)
    tables = [
        table(f"By measures: 30 fiscal years, {REPORTS_PER_MEASURE} follow-up reports per "
              "measure", "measures", list(MEASURES_SIZES), by_measures),
        table(f"By fiscal years: {DENSITY:.1f} measures and {DENSITY * REPORTS_PER_MEASURE:.0f} "
              "reports a year", "fiscal years", list(YEARS_SIZES), by_years),
        compare_copies(folder, args.runs),
    ]
    for t in tables:
        print_table(t)
    print(f"bench_scale: {time.perf_counter() - started:.0f} s")
    shown = command("bench/bench_scale.py")
    rows = []
    for t in tables:
        slow = [line["operation"] for line in t["lines"] if not line["linear"]]
        rows.append(row(f"Growth with the file's size, {t['title'][0].lower()}{t['title'][1:]} "
                        f"({', '.join(f'{s:,}' for s in t['sizes'])} {t['unit']}; "
                        f"{len(t['lines'])} operation{'s' if len(t['lines']) > 1 else ''}, "
                        f"median of {args.runs})", shown,
                        "every operation linear or better" if not slow else
                        "faster than linear: " + "; ".join(slow),
                        "linear or better (see Growth)", not slow) | {"id": "scale"})
    write_rows(args.json, rows, tables=tables, files={
        "measures": by_measures, "years": by_years})
    return 0


def summary(figures: dict) -> str:
    return ", ".join(f"{key} {ms(figures[key])}" for key, _ in OPERATIONS) + (
        f" (year {figures['year']}: {figures['year_measures']} measures, "
        f"{figures['pages']} pages; {figures['bytes'] / 2**20:.1f} MiB)")


def print_table(t: dict) -> None:
    print(f"\n{t['title']} ({t['unit']}: {', '.join(map(str, t['sizes']))})")
    for line in t["lines"]:
        cells = [ms(line["times_s"][0])] + [f"{ms(tm)} ×{r:.2f}" for tm, r in
                                            zip(line["times_s"][1:], line["ratios"][1:],
                                                strict=True)]
        print(f"  {line['operation'][:52]:52} " + " | ".join(cells)
              + f"  k={line['exponent']}  {line['verdict']}")


if __name__ == "__main__":
    sys.exit(main())
