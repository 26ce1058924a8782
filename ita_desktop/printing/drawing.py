"""Drawing shaped runs: the PDF text operators of each line.

We write the text operators ourselves: one ``TJ`` per line with HarfBuzz's advances and mark
offsets (text rise ``Ts`` for vertical offsets). Glyphs that carry text or advance the pen go
first, the zero-advance marks after them in a second ``TJ``, so that a PDF reader meets the
letters of a line as one uninterrupted sequence, and the marks, which extract as nothing, cannot
split words. Distributed lines set the gap between grapheme clusters as character spacing
(``Tc``) for the first ``TJ`` only and ``0 Tc`` before the marks, so character spacing never
moves a mark off its letter; where a cluster is not one first-pass glyph followed by one gap
(the sara aa of sara am, a space), a number in the ``TJ`` takes the gap back or adds the space's
share.

Speed: a document's paragraphs are mostly new text, so the work per glyph decides. The letters
of a line are written as runs of bytes (``str.translate`` of their codes) between the few glyphs
that need a number before or after them: the shaper marks those once per word
(``ShapedRun.kern``/``spread``: advance not equal to the PDF width, an offset, an odd cluster).
Only the marks are written one by one, each with the number that puts it back over its letter.
Before 2026-12-03 every glyph went through a Python loop (bench/notes.md has the figures).

Units: ``size`` and every position handed in or out are real points; the operators use 1/1000 em.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress
from operator import not_ as _not

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

from ita_desktop.printing.fonts import FontSpec, active_font
from ita_desktop.printing.printable import printable
from ita_desktop.printing.shaping import ShapedRun, shape

_number = lru_cache(maxsize=4096)(fp_str)  # ReportLab's number format (pure Python here)
_ESCAPED = [escapePDF(bytes((b,))) for b in range(256)]  # PDF string escape of each byte
_SAME = re.compile(r"(.)\1*", re.S)  # a run of one character


class _Codes:
    """For one font in one PDF document: each code character's escaped byte, and its font subset
    as a character (for ``str.translate``), in the numbering ReportLab gives the codes in that
    document (``TTFont.splitString`` numbers them in the order they are first drawn)."""

    __slots__ = ("escaped", "subset", "subset_of")

    def __init__(self) -> None:
        self.escaped: dict[int, str] = {}  # ord(code) -> escaped byte
        self.subset: dict[int, str] = {}  # ord(code) -> chr(subset), for str.translate
        self.subset_of: dict[str, int] = {}  # code -> subset (the same, keyed for lookups)

    @staticmethod
    def of(font, doc, codes: str) -> _Codes:
        """The tables kept with ReportLab's state of ``font`` for ``doc``, with ``codes`` in
        them (numbered now, in order of appearance, if new)."""
        state = font.state.get(doc)
        if state is None:
            font.splitString("", doc)  # creates ReportLab's state for this document
            state = font.state[doc]
        tables = getattr(state, "_ita_codes", None)
        if tables is None:
            tables = state._ita_codes = _Codes()
        new = set(codes).difference(tables.subset_of)
        if new:
            ordered = sorted(new, key=codes.index)
            numbered = iter(ordered)
            for subset, data in font.splitString("".join(ordered), doc):
                for byte in data:  # one byte per code (a no-break space is written as a space)
                    code = next(numbered)
                    tables.escaped[ord(code)] = _ESCAPED[byte]
                    tables.subset[ord(code)] = chr(subset)
                    tables.subset_of[code] = subset
        return tables


def draw_glyphs(
    canv,
    run: ShapedRun,
    x: float,
    y: float,
    size: float,
    *,
    start: int = 0,
    stop: int | None = None,
    gap: float = 0.0,
    space: float = 0.0,
    last_gap: bool = False,
    fake_bold: bool = False,
) -> float:
    """Draw glyphs ``start:stop`` of ``run`` with the pen at (x, y) (points, baseline).

    Distributed alignment: ``gap`` points more after each glyph that ends a grapheme cluster
    followed by another (``run.gap_after``; after the last glyph drawn only if ``last_gap``),
    ``space`` points more after each space (``run.space_after``). ``fake_bold`` outlines the
    glyphs (fill + stroke 0.03 em) for a family without a bold file. Fill/stroke colours are the
    canvas's current ones. Each glyph is placed within 0.05/1000 em of its exact place.
    Returns the advance drawn (points).
    """
    stop = len(run.codes) if stop is None else stop
    if stop <= start:
        return 0.0
    font = pdfmetrics.getFont(run.font_name)
    doc = canv._doc
    codes = run.codes[start:stop]
    to_units = 1000.0 / size
    gap = float(_number(gap)) if gap else 0.0  # as written for Tc
    ops = ["BT", f"{fp_str(x)} {fp_str(y)} Td"]
    if fake_bold:
        ops.append(f"2 Tr {_number(size * 0.03)} w")
    line = _Line(ops, font, doc, size, _Codes.of(font, doc, codes), run, start, stop,
                 gap * to_units, space * to_units)
    if gap:
        ops.append(f"{_number(gap)} Tc")
    line.letters(codes)
    if gap:
        ops.append("0 Tc")
    line.marks()
    if line.rise:
        ops.append("0 Ts")
    if fake_bold:
        ops.append("0 Tr")
    ops.append("ET")
    canv.addLiteral(" ".join(ops))
    gaps = run.gap_after.count(1, start, stop)
    if gaps and not last_gap and run.gap_after[stop - 1]:
        gaps -= 1
    return line.pens[-1] / to_units + gap * gaps + space * run.space_after.count(1, start, stop)


class _Line:
    """Writes one line's two passes as TJ arrays (positions in 1/1000 em from the line start)."""

    __slots__ = ("ops", "font", "doc", "size", "codes", "run", "start", "stop", "gap", "space",
                 "front", "pens", "cur", "rise")

    def __init__(self, ops: list[str], font, doc, size: float, codes: _Codes, run: ShapedRun,
                 start: int, stop: int, gap: float, space: float) -> None:
        self.ops, self.font, self.doc, self.size, self.codes = ops, font, doc, size, codes
        self.run, self.start, self.stop, self.gap, self.space = run, start, stop, gap, space
        self.front = run.front[start:stop]
        self.pens = list(accumulate(run.x_adv[start:stop], initial=0.0))  # HarfBuzz's pen
        self.cur = 0.0  # the pen as written after the letters
        self.rise = 0.0

    def _font(self, subset: int) -> str:
        return f"{self.font.getSubsetInternalName(subset, self.doc)} {_number(self.size)} Tf"

    def letters(self, codes: str) -> None:
        """The first pass: the glyphs that advance, as byte runs between the places a number,
        a new font subset or a text rise goes."""
        run, start, stop, front, ops = self.run, self.start, self.stop, self.front, self.ops
        letters = "".join(compress(codes, front))
        count = len(letters)
        if not count:
            return
        spread = bool(self.gap or self.space)
        mask = run.spread if spread else run.kern
        stops: dict[int, int] = {0: -1}  # letter index -> glyph needing a number (-1: none)
        g = mask.find(1, start, stop)
        j, before = 0, start
        while g != -1:
            j += front.count(1, before - start, g - start)  # letters before glyph g
            stops[j] = g
            if j + 1 < count:
                stops.setdefault(j + 1, -1)
            before = g
            g = mask.find(1, g + 1, stop)
        subsets = letters.translate(self.codes.subset)
        if subsets.count(subsets[0]) != count:
            for m in _SAME.finditer(subsets):
                stops.setdefault(m.start(), -1)
        escaped = self.codes.escaped
        x_adv, widths, x_off, y_off = run.x_adv, run.widths, run.x_off, run.y_off
        gap, space = self.gap, self.space
        parts: list[str] = []
        applied = drift = 0.0  # number written so far; advances minus PDF widths so far
        subset, rise, last = -1, self.rise, 0
        for j in sorted(stops):
            g = stops[j]
            if j > last:
                parts.append(f"({letters[last:j].translate(escaped)})")
                last = j
            want_subset = self.codes.subset_of[letters[j]]
            want_rise = y_off[g] if g >= 0 else 0.0
            if want_subset != subset or want_rise != rise:
                if parts:
                    ops.append(f"[{' '.join(parts)}] TJ")
                    parts = []
                if want_subset != subset:
                    subset = want_subset
                    ops.append(self._font(subset))
                if want_rise != rise:
                    rise = want_rise
                    ops.append(f"{_number(rise * self.size / 1000.0)} Ts")
            target = round(drift + (x_off[g] if g >= 0 else 0.0), 1)
            if target != applied:
                parts.append(f"{applied - target:.1f}")
                applied = target
            if g >= 0:  # what this glyph does to the letters after it
                drift += x_adv[g] - widths[g]
                if spread:
                    nxt = front.find(1, g - start + 1)
                    end = stop if nxt == -1 else start + nxt
                    drift += (gap * (run.gap_after.count(1, g, end) - 1)
                              + space * run.space_after.count(1, g, end))
        parts.append(f"({letters[last:].translate(escaped)})")
        ops.append(f"[{' '.join(parts)}] TJ")
        width = sum(compress(widths[start:stop], front))
        self.cur = width + gap * count + applied
        self.rise = rise

    def marks(self) -> None:
        """The second pass: each zero-advance mark with the number that puts it in place."""
        run, start, stop, ops, pens = self.run, self.start, self.stop, self.ops, self.pens
        glyphs = list(compress(range(start, stop), map(_not, self.front)))
        if not glyphs:
            return
        escaped, subset_of = self.codes.escaped, self.codes.subset_of
        codes, x_off, y_off, widths = run.codes, run.x_off, run.y_off, run.widths
        gap_after, space_after = run.gap_after, run.space_after
        gap, space = self.gap, self.space
        parts: list[str] = []
        natural, applied = self.cur, 0.0
        gaps = spaces = 0
        before = start
        subset, rise = -1, self.rise
        for g in glyphs:
            code = codes[g]
            if subset_of[code] != subset or y_off[g] != rise:
                if parts:
                    ops.append(f"[{' '.join(parts)}] TJ")
                    parts = []
                if subset_of[code] != subset:
                    subset = subset_of[code]
                    ops.append(self._font(subset))
                if y_off[g] != rise:
                    rise = y_off[g]
                    ops.append(f"{_number(rise * self.size / 1000.0)} Ts")
            wanted = pens[g - start] + x_off[g] - natural
            if gap or space:
                gaps += gap_after.count(1, before, g)
                spaces += space_after.count(1, before, g)
                before = g
                wanted += gap * gaps + space * spaces
            target = round(wanted, 1)
            if target != applied:
                parts.append(f"{applied - target:.1f} ({escaped[ord(code)]})")
                applied = target
            else:
                parts.append(f"({escaped[ord(code)]})")
            natural += widths[g]
        ops.append(f"[{' '.join(parts)}] TJ")
        self.rise = rise


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
