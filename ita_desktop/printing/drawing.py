"""Drawing shaped runs: the PDF text operators of each line.

We write the text operators ourselves: one ``TJ`` per line with HarfBuzz's advances and mark
offsets (text rise ``Ts`` for vertical offsets). Glyphs that carry text or advance the pen go
first, the zero-advance marks after them in a second ``TJ``, so that a PDF reader meets the
letters of a line as one uninterrupted sequence, and the marks, which extract as nothing, cannot
split words. Distributed lines set the gap between grapheme clusters as character spacing
(``Tc``) for the first ``TJ`` only, so it never moves a mark off its letter; where a cluster has
two glyphs that advance (sara am), after a space, and where the last glyph of a line would get
it, a number in the ``TJ`` takes it back or adds the space's share.

Speed: a document's paragraphs are mostly new words, so the work per glyph decides. What does
not depend on the document is computed once per shaped run, for all its lines, with ``map`` and
``itertools`` (:class:`_RunLayout`: the two passes' glyphs, pen positions, and the places where
a glyph's position differs from where the previous one left the pen); each document's bytes for
each glyph once per run and document (:class:`_PdfBytes`). A line then costs Python work only
where a number or an operator goes. Before 2026-12-03 the TJ arrays were built glyph by glyph
(bench/notes.md has the figures).

Units: ``size`` and every position handed in or out are real points; the operators use 1/1000 em.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, compress
from operator import add as _add
from operator import ne as _ne
from operator import not_ as _not
from operator import sub as _sub

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

from ita_desktop.printing.fonts import FontSpec, active_font
from ita_desktop.printing.printable import printable
from ita_desktop.printing.shaping import ShapedRun, shape

_number = lru_cache(maxsize=4096)(fp_str)  # ReportLab's number format (pure Python here)
_ESCAPED = [escapePDF(bytes((b,))) for b in range(256)]  # PDF string escape of each byte


def _changes(values: list) -> list[int]:
    """Indices ``j > 0`` where ``values[j] != values[j - 1]``."""
    return list(compress(range(1, len(values)), map(_ne, values[1:], values)))


class _Pass:
    """One of a run's two passes (the glyphs that advance, or the marks), document-independent.

    ``glyphs``: glyph indices in drawing order; ``width[j]``: sum of the PDF widths of
    ``glyphs[:j]``; ``drift[j]``: where glyph ``glyphs[j]`` must go minus where the PDF would put
    it after the previous glyphs of the pass with no numbers (1/1000 em, from the run's start);
    ``gaps[j]``/``spaces[j]``: gap and space counts before it; ``events``: the ``j`` where drift,
    gap count minus ``j``, space count or rise changes (the places a number or Ts may go).
    """

    __slots__ = ("glyphs", "width", "drift", "gaps", "spaces", "rises", "events", "plain")

    def __init__(self, run: ShapedRun, glyphs: list[int], pen: list[float], gaps: list[int],
                 spaces: list[int], *, spaced: bool) -> None:
        self.glyphs = glyphs
        self.width = list(accumulate(map(run.widths.__getitem__, glyphs), initial=0.0))
        wanted = map(_add, map(pen.__getitem__, glyphs), map(run.x_off.__getitem__, glyphs))
        self.drift = list(map(_sub, wanted, self.width))
        self.gaps = list(map(gaps.__getitem__, glyphs))
        self.spaces = list(map(spaces.__getitem__, glyphs))
        self.rises = list(map(run.y_off.__getitem__, glyphs))
        # for a left-aligned line: only drift and rise changes; distributed: gaps and spaces too
        plain = set(_changes(self.drift))
        plain.update(_changes(self.rises))
        spread = set(plain)
        # the first pass has the gap as character spacing after each glyph; the marks do not
        spread.update(_changes(list(map(_sub, self.gaps, range(len(glyphs)))) if spaced
                               else self.gaps))
        spread.update(_changes(self.spaces))
        self.plain = sorted(plain)
        self.events = sorted(spread)


class _RunLayout:
    """What drawing needs of a run, computed once for all its lines (see the module docstring)."""

    __slots__ = ("pen", "gaps", "spaces", "front", "marks")

    def __init__(self, run: ShapedRun) -> None:
        n = len(run.codes)
        self.pen = list(accumulate(run.x_adv, initial=0.0))
        self.gaps = list(accumulate(run.gap_after, initial=0))
        self.spaces = list(accumulate(run.space_after, initial=0))
        front = list(compress(range(n), run.front))
        marks = list(compress(range(n), map(_not, run.front)))
        self.front = _Pass(run, front, self.pen, self.gaps, self.spaces, spaced=True)
        self.marks = _Pass(run, marks, self.pen, self.gaps, self.spaces, spaced=False)

    @staticmethod
    def of(run: ShapedRun) -> _RunLayout:
        cache = run.drawing
        if not cache:
            cache.append(_RunLayout(run))
        return cache[0]


class _PdfBytes:
    """A run's glyphs as one document writes them: each glyph's escaped byte and font subset,
    in the numbering ReportLab gives the codes in that document (``TTFont.splitString``)."""

    __slots__ = ("doc", "front", "marks", "front_subsets", "marks_subsets", "front_changes",
                 "marks_changes")

    def __init__(self, run: ShapedRun, layout: _RunLayout, font, doc) -> None:
        self.doc = doc
        escaped, subset = _codes_in(font, doc, run.codes)
        for name, part in (("front", layout.front), ("marks", layout.marks)):
            codes = list(map(run.codes.__getitem__, part.glyphs))
            subsets = list(map(subset.__getitem__, codes))
            setattr(self, name, list(map(escaped.__getitem__, codes)))
            setattr(self, name + "_subsets", subsets)
            setattr(self, name + "_changes", _changes(subsets))

    @staticmethod
    def of(run: ShapedRun, layout: _RunLayout, font, doc) -> _PdfBytes:
        cache = run.drawing
        if len(cache) > 1 and cache[1].doc is doc:
            return cache[1]
        found = _PdfBytes(run, layout, font, doc)
        del cache[1:]
        cache.append(found)
        return found


def _codes_in(font, doc, codes: str) -> tuple[dict[str, str], dict[str, int]]:
    """(escaped byte, subset) of each code character in ``doc``, kept with ReportLab's state of
    ``font`` for that document; codes not yet numbered are numbered in order of appearance."""
    state = font.state.get(doc)
    if state is None:
        font.splitString("", doc)  # creates ReportLab's state for this document
        state = font.state[doc]
    tables = getattr(state, "_ita_codes", None)
    if tables is None:
        tables = state._ita_codes = ({}, {})
    escaped, subset = tables
    new = set(codes).difference(escaped)
    if new:
        ordered = sorted(new, key=codes.index)
        numbered = iter(ordered)
        for number, data in font.splitString("".join(ordered), doc):
            for byte in data:  # one byte per code (a no-break space is written as a space)
                code = next(numbered)
                escaped[code] = _ESCAPED[byte]
                subset[code] = number
    return escaped, subset


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
    layout = _RunLayout.of(run)
    font = pdfmetrics.getFont(run.font_name)
    doc = canv._doc
    pdf = _PdfBytes.of(run, layout, font, doc)
    to_units = 1000.0 / size
    gap = float(_number(gap)) if gap else 0.0  # as written for Tc
    ops = ["BT", f"{fp_str(x)} {fp_str(y)} Td"]
    if fake_bold:
        ops.append(f"2 Tr {_number(size * 0.03)} w")
    pen, gaps, spaces = layout.pen, layout.gaps, layout.spaces
    writer = _Writer(ops, font, doc, size, gap * to_units, space * to_units,
                     gaps[start], spaces[start])
    if gap:
        ops.append(f"{_number(gap)} Tc")
    f0, f1 = bisect_left(layout.front.glyphs, start), bisect_left(layout.front.glyphs, stop)
    writer.show(layout.front, pdf.front, pdf.front_subsets, pdf.front_changes, f0, f1,
                pen[start], spacing=gap * to_units)
    if gap:
        ops.append("0 Tc")
    m0, m1 = bisect_left(layout.marks.glyphs, start), bisect_left(layout.marks.glyphs, stop)
    writer.show(layout.marks, pdf.marks, pdf.marks_subsets, pdf.marks_changes, m0, m1,
                pen[start], spacing=0.0)
    if writer.rise:
        ops.append("0 Ts")
    if fake_bold:
        ops.append("0 Tr")
    ops.append("ET")
    canv.addLiteral(" ".join(ops))
    drawn_gaps = gaps[stop] - gaps[start]
    if drawn_gaps and not last_gap and run.gap_after[stop - 1]:
        drawn_gaps -= 1
    return (pen[stop] - pen[start]) / to_units + gap * drawn_gaps + space * (
        spaces[stop] - spaces[start])


class _Writer:
    """Writes a line's passes as TJ arrays, tracking the pen as written (1/1000 em from the
    line's start) and the text rise."""

    __slots__ = ("ops", "font", "doc", "size", "gap", "space", "gaps0", "spaces0", "cur", "rise")

    def __init__(self, ops: list[str], font, doc, size: float, gap: float, space: float,
                 gaps0: int, spaces0: int) -> None:
        self.ops, self.font, self.doc, self.size = ops, font, doc, size
        self.gap, self.space, self.gaps0, self.spaces0 = gap, space, gaps0, spaces0
        self.cur = 0.0
        self.rise = 0.0

    def show(self, part: _Pass, escaped: list[str], subsets: list[int], changes: list[int],
             a: int, b: int, line_pen: float, *, spacing: float) -> None:
        """Write ``part``'s glyphs ``a:b`` of a line starting at run pen position ``line_pen``
        (1/1000 em); ``spacing``: the character spacing in force (1/1000 em)."""
        if a >= b:
            return
        gap, space = self.gap, self.space
        spread = gap or space
        events = part.events if spread else part.plain
        cuts = events[bisect_left(events, a + 1) : bisect_left(events, b)]
        if changes:
            more = changes[bisect_left(changes, a + 1) : bisect_left(changes, b)]
            if more:
                cuts = sorted({*cuts, *more})
        drift, width, rises = part.drift, part.width, part.rises
        # glyph j must go drift[j] - base (+ its spacing) from where the pen leaves it:
        base = line_pen - width[a] + self.cur
        gaps_base = self.gaps0 * gap
        spaces_base = self.spaces0 * space
        ops, size = self.ops, self.size
        parts: list[str] = []
        applied = 0.0
        subset = None
        rise = self.rise
        last = a
        for j in (a, *cuts):
            if j != last:  # the glyphs since the last cut
                parts.append(f"({''.join(escaped[last:j])})")
                last = j
            if subsets[j] != subset or rises[j] != rise:
                if parts:
                    ops.append(f"[{' '.join(parts)}] TJ")
                    parts = []
                if subsets[j] != subset:
                    subset = subsets[j]
                    name = self.font.getSubsetInternalName(subset, self.doc)
                    ops.append(f"{name} {_number(size)} Tf")
                if rises[j] != rise:
                    rise = rises[j]
                    ops.append(f"{_number(rise * size / 1000.0)} Ts")
            wanted = drift[j] - base
            if spread:
                wanted += (part.gaps[j] * gap - gaps_base - spacing * (j - a)
                           + part.spaces[j] * space - spaces_base)
            target = round(wanted, 1)
            if target != applied:
                parts.append(f"{applied - target:.1f}")
                applied = target
        parts.append(f"({''.join(escaped[last:b])})")
        ops.append(f"[{' '.join(parts)}] TJ")
        self.cur += width[b] - width[a] + spacing * (b - a) + applied
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
