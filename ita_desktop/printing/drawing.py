"""Drawing shaped runs: the PDF text operators of each line, written glyph by glyph.

We write the text operators ourselves: one ``TJ`` per line with HarfBuzz's advances and mark
offsets (text rise ``Ts`` for vertical offsets) — never PDF character spacing (``Tc``), which
would move the zero-width marks off their base letters. Glyphs that carry text or advance the pen
go first, the zero-advance marks after them in a second ``TJ``, so that a PDF reader meets the
letters of a line as one uninterrupted sequence, and the marks, which extract as nothing, cannot
split words.

Measured and left out (BENCHMARKS.md, "Targets not met"): keeping each word's operator text per
document and joining it per line wrote the same bytes but cost more instructions than this loop
for a document's first paragraph, Thai words being only four or five glyphs long.

Units: ``size`` and every position handed in or out are real points; the operators use 1/1000 em.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

from ita_desktop.printing.fonts import FontSpec, active_font
from ita_desktop.printing.printable import printable
from ita_desktop.printing.shaping import ShapedRun, shape

_number = lru_cache(maxsize=4096)(fp_str)  # ReportLab's number format (pure Python here)
_ESCAPED = [escapePDF(bytes((b,))) for b in range(256)]  # PDF string escape of each byte


def draw_glyphs(
    canv,
    run: ShapedRun,
    x: float,
    y: float,
    size: float,
    *,
    start: int = 0,
    stop: int | None = None,
    extra: dict[int, float] | None = None,
    fake_bold: bool = False,
) -> float:
    """Draw glyphs ``start:stop`` of ``run`` with the pen at (x, y) (points, baseline).

    ``extra`` maps a glyph index to additional advance (points) after that glyph — used for
    distributed alignment. ``fake_bold`` outlines the glyphs (fill + stroke 0.03 em) for a family
    without a bold file. Fill/stroke colours are the canvas's current ones. Returns the advance
    drawn (points).
    """
    stop = len(run.codes) if stop is None else stop
    if stop <= start:
        return 0.0
    ops = ["BT", f"{fp_str(x)} {fp_str(y)} Td"]
    if fake_bold:
        ops.append(f"2 Tr {_number(size * 0.03)} w")
    to_units = 1000.0 / size
    x_adv, x_off = run.x_adv, run.x_off
    pens: list[float] = []  # where each glyph goes, in 1/1000 em from x
    pen = 0.0
    for i in range(start, stop):
        pens.append(pen + x_off[i])
        pen += x_adv[i]
        if extra and i in extra:
            pen += extra[i] * to_units
    front = [i for i in range(start, stop) if run.front[i]]
    marks = [i for i in range(start, stop) if not run.front[i]]
    writer = _TJWriter(canv, run, size, ops)
    writer.show(front, pens, start)
    writer.show(marks, pens, start)
    rise = writer.rise
    if rise:
        ops.append("0 Ts")
    if fake_bold:
        ops.append("0 Tr")
    ops.append("ET")
    canv.addLiteral(" ".join(ops))
    return pen / to_units


class _TJWriter:
    """Writes glyphs at given x positions (1/1000 em from the line start) as TJ arrays.

    The pen position is tracked as actually written (adjustments rounded to 0.1 unit), so
    rounding never accumulates along a line; vertical offsets use text rise (Ts).
    """

    def __init__(self, canv, run: ShapedRun, size: float, ops: list[str]) -> None:
        self.canv, self.run, self.size, self.ops = canv, run, size, ops
        self.font = pdfmetrics.getFont(run.font_name)
        self.cur = 0.0
        self.rise = 0.0

    def show(self, glyphs: list[int], pens: list[float], start: int) -> None:
        if not glyphs:
            return
        run, ops, esc = self.run, self.ops, _ESCAPED
        widths, y_off = run.widths, run.y_off
        doc = self.canv._doc
        parts: list[str] = []
        chunk: list[str] = []

        def flush() -> None:
            if chunk:
                parts.append(f"({''.join(chunk)})")
                chunk.clear()
            if parts:
                ops.append(f"[{' '.join(parts)}] TJ")
                parts.clear()

        cur, rise = self.cur, self.rise
        codes = "".join([run.codes[i] for i in glyphs])
        n = 0
        for subset, data in self.font.splitString(codes, doc):
            flush()
            ops.append(f"{self.font.getSubsetInternalName(subset, doc)} {_number(self.size)} Tf")
            for byte in data:
                i = glyphs[n]
                n += 1
                if y_off[i] != rise:
                    flush()
                    rise = y_off[i]
                    ops.append(f"{_number(rise * self.size / 1000.0)} Ts")
                move = pens[i - start] - cur
                if move > 0.05 or move < -0.05:
                    move = round(move, 1)
                    if chunk:
                        parts.append(f"({''.join(chunk)})")
                        chunk.clear()
                    parts.append(f"{-move:.1f}")
                    cur += move
                chunk.append(esc[byte])
                cur += widths[i]
        flush()
        self.cur, self.rise = cur, rise


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False,
               font: FontSpec | None = None) -> float:
    """Shaped width of one line of ``text`` in points at ``size`` real points."""
    spec = font or active_font()
    return shape(text, spec.font_name(bold=bold, italic=italic)).advance * size / 1000.0


def draw_text(canv, x: float, y: float, text: str, size: float, *, bold: bool = False,
              italic: bool = False, align: str = "left", font: FontSpec | None = None) -> float:
    """Draw one shaped line with its baseline at y; ``align`` left/centre/right about x.

    For short labels, headers and chart text; printed literally (no markup). Returns the width.
    Raises ValueError for an unknown ``align``.
    """
    spec = font or active_font()
    text = printable(text, spec).replace("\n", " ")
    run = shape(text, spec.font_name(bold=bold, italic=italic))
    width = run.advance * size / 1000.0
    if align in ("centre", "center"):
        x -= width / 2
    elif align == "right":
        x -= width
    elif align != "left":
        raise ValueError(f"unknown align {align!r}")
    draw_glyphs(canv, run, x, y, size, fake_bold=spec.synthetic_bold(bold=bold, italic=italic))
    return width
