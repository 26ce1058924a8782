"""Benchmark: our Thai paragraph layout against ReportLab's plain Paragraph, in one run.

    .venv/bin/python bench/bench_thai_layout.py [--runs 9] [--chars 5000] [--json OUT]

Each run lays out (wrap) and draws (drawOn, onto a fresh canvas, not saved) the same Thai text at
a 16 cm measure; the four layouts are measured interleaved, run after run, so that a change in the
machine's load touches them alike. Ours is measured as the first paragraph of a document: every
word shaped in the run (the word cache is cleared), segmented by nlpo3 with the break
dictionary, keep-whole words and break rules applied, lines filled, drawn. Only the one-off
dictionary load is not in it; it is measured in a fresh interpreter and printed separately, with
the cost of writing the dictionary file. Also printed: ours with the words already shaped (a
later paragraph of the same document), and where the time goes (left alignment), each stage
timed alone: nlpo3 segmentation, shaping word by word, keep-whole words and break rules, line
filling (wrap) and drawing. Medians over the runs; the load average is printed with them.
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


def cold_warm_up() -> tuple[float, float, float]:
    """(seconds to write the dictionary file into an empty folder, to find it already written,
    to load it into nlpo3), each in a fresh interpreter."""
    code = ("import sys, time, tempfile; from pathlib import Path; from ita_desktop import thainlp\n"
            "with tempfile.TemporaryDirectory() as d:\n"
            "    t = time.perf_counter(); thainlp.dictionary_file(Path(d))\n"
            "    u = time.perf_counter(); thainlp.dictionary_file(Path(d))\n"
            "    v = time.perf_counter()\n"
            "print(u - t, v - u, thainlp.warm_up())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    write, reuse, load = map(float, out.stdout.split())
    return write, reuse, load


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

    from ita_desktop import thainlp
    from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font, warm_up
    from ita_desktop.printing.shaping import clear_cache

    text = thai_text(args.chars)
    spec = active_font()
    size = spec.pt(16)
    leading = spec.line_height(size)
    write, reuse, cold = cold_warm_up()
    first = warm_up()
    again = warm_up()

    def ours(alignment: str, *, cold_words: bool = True):
        def run():
            if cold_words:
                clear_cache()
            para = ThaiParagraph(text, ThaiStyle(alignment=alignment))
            para.wrap(WIDTH, 1e6)
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

    layouts = [
        ("ReportLab Paragraph (plain, unshaped, breaks inside words)", reportlab(0)),
        ("ReportLab Paragraph (shaping=1)", reportlab(1)),
        ("ThaiParagraph, left", ours("left")),
        ("ThaiParagraph, distributed", ours("distributed")),
        ("ThaiParagraph, left, words already shaped", ours("left", cold_words=False)),
        ("ThaiParagraph, distributed, words already shaped",
         ours("distributed", cold_words=False)),
    ]
    for _, fn in layouts:
        fn()  # one untimed run: imports, font subsets
    load_start = _load()
    timings: list[list[float]] = [[] for _ in layouts]
    for _ in range(args.runs):  # interleaved: each round runs every layout once
        for times, (_, fn) in zip(timings, layouts, strict=True):
            times.append(time_it(fn, 1)[0])
    results = [(name, times) for (name, _), times in zip(layouts, timings, strict=True)]
    base = statistics.median(results[0][1])
    stages = breakdown(text, args.runs)
    load_end = _load()
    print(f"Thai text: {len(text)} characters, measure 16 cm, Sarabun {size:.2f} pt, "
          f"median of {args.runs} interleaved runs (wrap + draw); load average {load_start} at "
          f"the start, {load_end} at the end")
    print(f"break dictionary (pythainlp's word list + {len(thainlp.keep_whole_words())} "
          f"keep-whole words), fresh interpreter: writing the file {write * 1000:.0f} ms, finding "
          f"it written {reuse * 1000:.1f} ms, loading it into nlpo3 {cold * 1000:.0f} ms; in this "
          f"process: first warm_up() {first * 1000:.0f} ms, second {again * 1000:.2f} ms")
    print()
    print(f"{'layout':60} {'median ms':>10} {'min ms':>8} {'× plain':>8}")
    for name, times in results:
        med = statistics.median(times)
        print(f"{name:60} {med * 1000:10.1f} {min(times) * 1000:8.1f} {med / base:8.2f}")
    print()
    print("where ThaiParagraph (left) spends its time, each stage timed alone:")
    for name, seconds in stages.items():
        print(f"  {name:44} {seconds * 1000:7.1f} ms  ({seconds / base:.1f}× the plain Paragraph)")
    shown = command("bench/bench_thai_layout.py")
    rows_out = []
    for name, times in results[2:4]:
        ratio = statistics.median(times) / base
        rows_out.append(row(
            f"{name} vs plain ReportLab Paragraph, {len(text):,} Thai characters (wrap + draw, "
            "every word shaped in the run, side by side in one run)", shown,
            f"{ratio:.1f}× ({statistics.median(times) * 1000:.1f} ms vs {base * 1000:.1f} ms, "
            f"median of {args.runs})", "≤ 3× (moonshot 2×)", ratio <= 3) | {"id": "thai-layout"})
    warm_ratios = [statistics.median(t) / base for _, t in results[4:]]
    rows_out.append(row(
        "ThaiParagraph with its words already shaped (later paragraphs of a document) vs plain "
        "ReportLab Paragraph, same run", shown,
        f"left {warm_ratios[0]:.1f}×, distributed {warm_ratios[1]:.1f}×", "—", None))
    rows_out.append(row("Break dictionary: writing its file, loading it into nlpo3 (fresh "
                        "interpreter, once per process)", shown,
                        f"write {write * 1000:.0f} ms (reused: {reuse * 1000:.1f} ms), load "
                        f"{cold * 1000:.0f} ms", "off the start-up path", None))
    medians = [statistics.median(times) for _, times in results]
    flat = dict(zip(("plain_ms", "shaped_ms", "left_ms", "distributed_ms", "left_warm_ms",
                     "distributed_warm_ms"), (m * 1000 for m in medians), strict=True))
    flat.update(zip(("segment_ms", "shape_ms", "rules_ms", "wrap_ms", "draw_ms"),
                    (v * 1000 for v in stages.values()), strict=True))
    flat.update(left_ratio=medians[2] / base, distributed_ratio=medians[3] / base,
                shaped_ratio=medians[1] / base, segment_ratio=flat["segment_ms"] / flat["plain_ms"],
                left_warm_ratio=warm_ratios[0], distributed_warm_ratio=warm_ratios[1],
                draw_ratio=flat["draw_ms"] / flat["plain_ms"],
                warm_up_ms=cold * 1000, write_ms=write * 1000, runs=args.runs, chars=len(text))
    write_rows(args.json, rows_out, flat=flat)


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3])
    except OSError:
        return "unknown"


def breakdown(text: str, runs: int) -> dict[str, float]:
    """Median seconds of each stage of a left-aligned ThaiParagraph, timed alone."""
    from itertools import accumulate

    from ita_desktop import thainlp
    from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font
    from ita_desktop.printing.breakwords import current_words
    from ita_desktop.printing.linebreak import break_positions
    from ita_desktop.printing.printable import printable
    from ita_desktop.printing.shaping import clear_cache, shape_words

    spec = active_font()
    font = spec.font_name()
    clean = printable(text, spec)
    tokens = thainlp.word_tokenize(clean)
    cuts = list(accumulate(map(len, tokens)))
    starts = bytearray(shape_words(clean, font, cuts).starts) + b"\x01"
    words = current_words()

    def median_of(fn) -> float:
        fn()
        return statistics.median(time_it(fn, runs))

    def shaping() -> None:
        clear_cache()
        shape_words(printable(text, spec), font, cuts)

    tokenize = median_of(lambda: thainlp.word_tokenize(clean))
    shaped = median_of(shaping)
    rules = median_of(lambda: break_positions(clean, starts, words, tokens=tokens))
    wraps, draws = [], []
    for _ in range(runs + 1):
        clear_cache()
        para = ThaiParagraph(text, ThaiStyle())
        _ = para._p.segments  # segmenting, shaping and break rules, timed above
        start = time.perf_counter()
        para.wrap(WIDTH, 1e6)
        middle = time.perf_counter()
        para.drawOn(canvas.Canvas(io.BytesIO()), 0, 0)
        wraps.append(middle - start)
        draws.append(time.perf_counter() - middle)
    return {"nlpo3 word segmentation": tokenize,
            "shaping word by word (HarfBuzz + glue)": shaped,
            "keep-whole words + break rules": rules,
            "line filling (wrap)": statistics.median(wraps[1:]),
            "drawing (drawOn)": statistics.median(draws[1:])}


if __name__ == "__main__":
    main()
