"""Benchmark: our Thai paragraph layout against ReportLab's plain Paragraph, in one run.

    .venv/bin/python bench/bench_thai_layout.py [--runs 9] [--chars 5000] [--json OUT]

Each run lays out (wrap) and draws (drawOn, onto a fresh canvas, not saved) the same Thai text at
a 16 cm measure. Ours is measured cold every run (tokenising, HarfBuzz shaping, line breaking,
drawing; the short-string shaping cache is cleared); only pythainlp's one-off dictionary load is
not — its time is printed separately. Prints medians over the runs, and where our time goes
(left alignment): pythainlp's newmm word segmentation, HarfBuzz shaping with its Python glue,
our break rules and grapheme starts, line filling (wrap) and drawing, each timed alone.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, command, private_folder, row, write_rows  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph  # noqa: E402

EXAMPLE = ROOT.parent / "shared" / "examples" / "memo-and-measures-phochai-2568.txt"
FALLBACK = ("สำนักงาน ป.ป.ช. ได้เผยแพร่ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เพื่อให้"
            "หน่วยงานภาครัฐทั่วประเทศนำไปใช้ประกอบการปรับปรุงพัฒนาการบริหารงานภาครัฐ ")
WIDTH = 16 * cm


def thai_text(chars: int) -> str:
    if EXAMPLE.is_file():
        lines = [ln.strip() for ln in EXAMPLE.read_text(encoding="utf-8").splitlines()]
        source = " ".join(ln for ln in lines if len(ln) > 200 and "<" not in ln)
    else:
        source = FALLBACK
    text = source
    while len(text) < chars:
        text += " " + source
    return text[:chars]


def cold_warm_up() -> float:
    """pythainlp import + dictionary load, measured in a fresh interpreter."""
    code = "from ita_desktop.printing import warm_up; print(warm_up())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    return float(out.stdout.strip())


def time_it(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--chars", type=int, default=5000)
    parser.add_argument("--json", type=Path, help="also write the figures for bench/report.py")
    args = parser.parse_args()
    private_folder("thai")

    from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font, warm_up
    from ita_desktop.printing.shaping import clear_cache

    text = thai_text(args.chars)
    spec = active_font()
    size = spec.pt(16)
    leading = spec.line_height(size)
    cold = cold_warm_up()
    first = warm_up()
    again = warm_up()

    def ours(alignment: str):
        def run():
            clear_cache()
            para = ThaiParagraph(text, ThaiStyle(alignment=alignment))
            _, h = para.wrap(WIDTH, 1e6)
            c = canvas.Canvas(io.BytesIO())
            para.drawOn(c, 0, 0)

        return run

    def reportlab(shaping: int):
        style = ParagraphStyle("p", fontName=spec.font_name(), fontSize=size, leading=leading,
                               shaping=shaping)
        markup = escape(text)

        def run():
            para = Paragraph(markup, style)
            para.wrap(WIDTH, 1e6)
            c = canvas.Canvas(io.BytesIO())
            para.drawOn(c, 0, 0)

        return run

    rows = [
        ("ReportLab Paragraph (plain, unshaped, breaks inside words)", reportlab(0)),
        ("ReportLab Paragraph (shaping=1)", reportlab(1)),
        ("ThaiParagraph, left", ours("left")),
        ("ThaiParagraph, distributed", ours("distributed")),
    ]
    results = []
    for name, fn in rows:
        fn()  # one untimed run: imports, font subsets
        results.append((name, time_it(fn, args.runs)))
    base = statistics.median(results[0][1])
    stages = breakdown(text, args.runs)
    print(f"Thai text: {len(text)} characters, measure 16 cm, Sarabun {size:.2f} pt, "
          f"median of {args.runs} runs (wrap + draw)")
    print("pythainlp warm_up() (import + newmm dictionary): fresh interpreter "
          f"{cold * 1000:.0f} ms, first call in this process {first * 1000:.0f} ms, second call {again * 1000:.2f} ms")
    print()
    print(f"{'layout':60} {'median ms':>10} {'min ms':>8} {'× plain':>8}")
    for name, times in results:
        med = statistics.median(times)
        print(f"{name:60} {med * 1000:10.1f} {min(times) * 1000:8.1f} {med / base:8.2f}")
    print()
    print("where ThaiParagraph (left) spends its time, each stage timed alone:")
    for name, seconds in stages.items():
        print(f"  {name:36} {seconds * 1000:7.1f} ms  ({seconds / base:.1f}× the plain Paragraph)")
    shown = command("bench/bench_thai_layout.py")
    rows_out = []
    for name, times in results[2:]:
        ratio = statistics.median(times) / base
        rows_out.append(row(
            f"{name} vs plain ReportLab Paragraph, {len(text):,} Thai characters (wrap + draw, "
            "side by side in one run)", shown,
            f"{ratio:.1f}× ({statistics.median(times) * 1000:.1f} ms vs {base * 1000:.1f} ms, "
            f"median of {args.runs})", "≤ 3×", ratio <= 3) | {"id": "thai-layout"})
    rows_out.append(row("pythainlp warm-up (import + dictionary), fresh interpreter", shown,
                        f"{cold * 1000:.0f} ms", "off the start-up path", None))
    medians = [statistics.median(times) for _, times in results]
    flat = dict(zip(("plain_ms", "shaped_ms", "left_ms", "distributed_ms"),
                    (m * 1000 for m in medians), strict=True))
    flat.update(zip(("segment_ms", "shape_ms", "rules_ms", "wrap_ms", "draw_ms"),
                    (v * 1000 for v in stages.values()), strict=True))
    flat.update(left_ratio=medians[2] / base, distributed_ratio=medians[3] / base,
                shaped_ratio=medians[1] / base, segment_ratio=flat["segment_ms"] / flat["plain_ms"],
                without_segment_ratio=(medians[2] - stages["newmm word segmentation"]) / base,
                warm_up_ms=cold * 1000, runs=args.runs, chars=len(text))
    write_rows(args.json, rows_out, flat=flat)


def breakdown(text: str, runs: int) -> dict[str, float]:
    """Median seconds of each stage of a left-aligned ThaiParagraph, timed alone."""
    from ita_desktop import thainlp
    from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font
    from ita_desktop.printing.linebreak import break_opportunities, grapheme_starts
    from ita_desktop.printing.printable import printable
    from ita_desktop.printing.shaping import _shape, clear_cache

    spec = active_font()
    font = spec.font_name()
    clean = printable(text, spec)
    run = _shape(clean, font)
    cluster_start = [False] * len(clean)
    for c in run.clusters:
        cluster_start[c] = True
    starts = grapheme_starts(clean, cluster_start)

    def median_of(fn) -> float:
        fn()
        return statistics.median(time_it(fn, runs))

    tokenize = median_of(lambda: thainlp.word_tokenize(clean))
    shaping = median_of(lambda: _shape(printable(text, spec), font))
    rules = median_of(lambda: (grapheme_starts(clean, cluster_start),
                               break_opportunities(clean, starts))) - tokenize
    wraps, draws = [], []
    for _ in range(runs + 1):
        clear_cache()
        para = ThaiParagraph(text, ThaiStyle())
        _ = para._p.segments  # tokenising + shaping, timed above
        start = time.perf_counter()
        para.wrap(WIDTH, 1e6)
        middle = time.perf_counter()
        para.drawOn(canvas.Canvas(io.BytesIO()), 0, 0)
        wraps.append(middle - start)
        draws.append(time.perf_counter() - middle)
    return {"newmm word segmentation": tokenize, "HarfBuzz shaping + glue": shaping,
            "break rules + grapheme starts": max(rules, 0.0),
            "line filling (wrap)": statistics.median(wraps[1:]),
            "drawing (drawOn)": statistics.median(draws[1:])}


if __name__ == "__main__":
    main()
