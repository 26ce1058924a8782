"""Instructions (callgrind) of one 5,000-character Thai paragraph laid out and drawn, every word
new, for ReportLab's plain Paragraph and ThaiParagraph left and distributed.

    .venv/bin/python bench/count_thai_layout.py          # needs valgrind (Debian: valgrind)

Counts instructions, not seconds, so the figures do not depend on what else the machine runs:
each layout runs in its own ``valgrind --tool=callgrind`` process after one warm-up run (imports,
the break dictionary, font subsets), once with 1 and once with 5 more runs; the difference over 4
is what one run costs. Takes about 1.5 minutes.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_thai_layout import WIDTH, thai_text  # noqa: E402
from common import ROOT  # noqa: E402

LAYOUTS = ("plain", "left", "distributed")


def _inner(layout: str, runs: int) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font, warm_up
    from ita_desktop.printing.shaping import clear_cache

    warm_up()
    text = thai_text(5000)
    spec = active_font()
    size = spec.pt(16)

    def run() -> None:
        if layout == "plain":
            style = ParagraphStyle("p", fontName=spec.font_name(), fontSize=size,
                                   leading=spec.line_height(size))
            para = Paragraph(escape(text), style)
        else:
            clear_cache()
            para = ThaiParagraph(text, ThaiStyle(alignment=layout))
        para.wrap(WIDTH, 1e6)
        para.drawOn(canvas.Canvas(io.BytesIO()), 0, 0)

    for _ in range(runs + 1):
        run()


def _count(layout: str, runs: int) -> int:
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, "--inner", layout, str(runs)], capture_output=True, text=True, cwd=ROOT,
        check=True)
    return int(re.search(r"Collected : (\d+)", out.stderr).group(1))


def main() -> None:
    if sys.argv[1:2] == ["--inner"]:
        _inner(sys.argv[2], int(sys.argv[3]))
        return
    counts = {layout: (_count(layout, 5) - _count(layout, 1)) / 4 for layout in LAYOUTS}
    for layout in LAYOUTS:
        print(f"{layout:12} {counts[layout] / 1e6:7.1f} M instructions a run "
              f"({counts[layout] / counts['plain']:.2f}× plain)")


if __name__ == "__main__":
    main()
