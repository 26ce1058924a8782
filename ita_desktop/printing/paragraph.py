"""ThaiParagraph: a platypus Flowable that breaks Thai at word boundaries and draws it shaped.

Text is printed literally — ``<b>``, ``&`` and ``<`` are characters, never markup (nothing here goes
through ReportLab's Paragraph parser). Bold/italic spans are given as :class:`Span` values.
A ``"\\n"`` in the text is a kept line break (no first-line indent after it); tabs print as a
space. The paragraph wraps to any width, splits between lines across frames and pages
(``split()``), and works inside ReportLab Table cells, including in-row splitting.

Units: sizes in :class:`ThaiStyle` are TH SarabunPSK points (converted by the font's metrics, see
``fonts.py``); indents, spacing and leading are real points (use ``reportlab.lib.units.cm``).
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import NamedTuple

from reportlab.lib.colors import Color, black
from reportlab.platypus.flowables import Flowable

from ita_desktop.printing.breakwords import BreakWords, current_words
from ita_desktop.printing.drawing import draw_glyphs
from ita_desktop.printing.fonts import FontSpec, active_font
from ita_desktop.printing.linebreak import (
    break_positions,
    fill_lines,
    min_word_width,
)
from ita_desktop.printing.printable import printable
from ita_desktop.printing.shaping import ShapedRun, shape, shape_words
from ita_desktop.thainlp import word_tokenize

ALIGNMENTS = frozenset({"left", "centre", "center", "right", "distributed"})


class Span(NamedTuple):
    """A piece of paragraph text with its own weight/slant."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class ThaiStyle:
    """How a ThaiParagraph looks. ``size`` in PSK points; lengths in real points.

    ``alignment``: left, centre (or center), right, or distributed (Word's "Thai Distributed":
    the slack is spread between grapheme clusters, marks stay on their base letter; the last line
    of the paragraph and lines ending at a kept line break stay left-aligned). ``line_spacing``
    multiplies the font's natural line height unless ``leading`` (points) is given.
    ``max_gap_em`` caps the extra space per cluster gap (poppler reads gaps of 0.1 em as word
    breaks); what the cap leaves goes to the spaces of the line. Raises ValueError for an unknown
    alignment or a non-positive size.
    """

    size: float = 16.0
    bold: bool = False
    italic: bool = False
    alignment: str = "left"
    line_spacing: float = 1.0
    leading: float | None = None
    first_line_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    bullet_indent: float = 0.0
    bullet_gap: float = 3.0
    space_before: float = 0.0
    space_after: float = 0.0
    colour: Color = black
    font: FontSpec | None = None
    max_gap_em: float = 0.08

    def __post_init__(self) -> None:
        if self.alignment not in ALIGNMENTS:
            raise ValueError(f"unknown alignment {self.alignment!r}; use one of {sorted(ALIGNMENTS)}")
        if self.size <= 0:
            raise ValueError("size must be positive")

    def spec(self) -> FontSpec:
        """The font family in use (the active one unless ``font`` is set)."""
        return self.font or active_font()

    def real_size(self) -> float:
        """Font size in real points."""
        return self.spec().pt(self.size)

    def line_leading(self) -> float:
        """Distance between baselines in points."""
        if self.leading is not None:
            return self.leading
        return self.spec().line_height(self.real_size()) * self.line_spacing

    def derive(self, **changes) -> ThaiStyle:
        """A copy with some fields changed."""
        return replace(self, **changes)


class LaidLine(NamedTuple):
    """A line as laid out: ``segment`` (kept-line index), characters ``start:end`` drawn at ``x``
    points from the left edge in ``width`` points; ``hard`` if it ends a segment."""

    segment: int
    start: int
    end: int
    hard: bool
    x: float
    width: float


class _Segment:
    """One kept line of the text: shaped pieces, width prefix sums, break positions."""

    __slots__ = ("text", "pieces", "prefix", "starts", "breaks", "inner", "depth")

    def __init__(self, pieces: list[tuple[str, bool, bool]], spec: FontSpec, size: float,
                 words: BreakWords) -> None:
        self.text = "".join(p[0] for p in pieces)
        tokens = word_tokenize(self.text)
        cuts = list(accumulate(map(len, tokens)))
        self.pieces: list[tuple[int, ShapedRun, bool]] = []
        advances: list[float] = []
        starts = bytearray()
        offset = 0
        for text, bold, italic in pieces:
            end = offset + len(text)
            inside = cuts[bisect_right(cuts, offset) : bisect_left(cuts, end)]
            run = shape_words(text, spec.font_name(bold=bold, italic=italic),
                              [c - offset for c in inside] if offset else inside)
            self.pieces.append((offset, run, spec.synthetic_bold(bold=bold, italic=italic)))
            advances.extend(run.char_adv)
            starts += run.starts
            offset = end
        starts.append(1)
        self.prefix = [0.0, *accumulate(map((size / 1000.0).__mul__, advances))]
        self.starts = starts
        self.breaks, self.inner, self.depth = break_positions(self.text, starts, words,
                                                              tokens=tokens)


def _segment_pieces(spans: Sequence[Span], spec: FontSpec) -> list[list[tuple[str, bool, bool]]]:
    segments: list[list[tuple[str, bool, bool]]] = [[]]
    for span in spans:
        for n, part in enumerate(printable(span.text, spec).split("\n")):
            if n:
                segments.append([])
            if part:
                segments[-1].append((part, span.bold, span.italic))
    return segments


class _Prepared:
    """Shaped and tokenised text, shared by a paragraph and the pieces it splits into."""

    def __init__(self, spans: Sequence[Span], style: ThaiStyle, bullet: str | None) -> None:
        self.spans = spans
        self.style = style
        self.bullet = bullet
        self._segments: list[_Segment] | None = None
        self.spec = style.spec()
        self.size = self.spec.pt(style.size)
        self.leading = style.line_leading()
        self.words = current_words()  # the keep-whole words in force where it was created

    @property
    def segments(self) -> list[_Segment]:
        if self._segments is None:
            self._segments = [_Segment(p, self.spec, self.size, self.words)
                              for p in _segment_pieces(self.spans, self.spec)]
        return self._segments


class ThaiParagraph(Flowable):
    """A paragraph of Thai (and Latin) text; see the module docstring.

    ``text`` is a string or a sequence of :class:`Span`; ``bullet`` (e.g. ``"๑."``, ``"-"``) is
    drawn at ``style.bullet_indent`` on the first line, the text then starts at
    ``style.left_indent`` on every line (a hanging indent), or further right if the bullet is wider.
    """

    def __init__(self, text: str | Sequence[Span], style: ThaiStyle | None = None,
                 bullet: str | None = None) -> None:
        super().__init__()
        style = style or ThaiStyle()
        spans = [Span(text, style.bold, style.italic)] if isinstance(text, str) else list(text)
        self._p = _Prepared(spans, style, bullet)
        self._start = (0, 0)
        self._end: tuple[int, int] | None = None
        self._continuation = False
        self._cache: dict[float, list[LaidLine]] = {}
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.width = self.height = 0.0

    @property
    def style(self) -> ThaiStyle:
        return self._p.style

    def __repr__(self) -> str:
        text = self.getPlainText()
        return f"ThaiParagraph({text[:40]!r}{'…' if len(text) > 40 else ''})"

    def getPlainText(self, identify=None) -> str:  # noqa: N802 - ReportLab's name
        """The paragraph's text (kept line breaks as ``\\n``), without the bullet."""
        return "\n".join(s.text for s in self._p.segments)

    # -- layout -------------------------------------------------------------------------------
    def _first_line(self) -> tuple[float, bool]:
        """x of the first line's text and whether the bullet is drawn."""
        st = self._p.style
        if self._continuation:
            return st.left_indent, False
        if self._p.bullet:
            run = shape(self._p.bullet, self._p.spec.font_name(bold=st.bold, italic=st.italic))
            end = st.bullet_indent + run.advance * self._p.size / 1000.0 + st.bullet_gap
            return max(st.left_indent, end), True
        return st.left_indent + st.first_line_indent, False

    def layout(self, width: float) -> list[LaidLine]:
        """The lines of this paragraph (or split piece) at ``width`` points."""
        cached = self._cache.get(width)
        if cached is not None:
            return cached
        st = self._p.style
        normal_x = st.left_indent
        normal_w = width - st.left_indent - st.right_indent
        first_x, _ = self._first_line()
        first_w = width - st.right_indent - first_x
        out: list[LaidLine] = []
        s0, p0 = self._start
        for si in range(s0, len(self._p.segments)):
            seg = self._p.segments[si]
            at_start = not out and not self._continuation and si == 0
            pos = p0 if si == s0 else 0
            lines = fill_lines(seg.text, seg.prefix, seg.breaks, seg.starts,
                               first_w if at_start else normal_w, normal_w, pos,
                               inner=seg.inner, depth=seg.depth)
            for n, line in enumerate(lines):
                if self._end is not None and (si, line.start) >= self._end:
                    self._cache[width] = out
                    return out
                first = at_start and n == 0
                end, hard = line.end, line.hard
                if self._end is not None and si == self._end[0] and end > self._end[1]:
                    end, hard = self._end[1], True  # laid out wider than when split: stop at the cut
                out.append(LaidLine(si, line.start, end, hard,
                                    first_x if first else normal_x, first_w if first else normal_w))
        self._cache[width] = out
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.layout(availWidth)) * self._p.leading
        return availWidth, self.height

    def _piece(self, start: tuple[int, int], end: tuple[int, int] | None, continuation: bool,
               space_before: float, space_after: float) -> ThaiParagraph:
        piece = copy.copy(self)
        # A copy must not inherit ReportLab's "_postponed" mark: a piece of a paragraph that was
        # once moved to the next page would be taken as moved twice and raise LayoutError.
        piece.__dict__.pop("_postponed", None)
        piece._start, piece._end, piece._continuation = start, end, continuation
        piece._cache = {}
        piece.spaceBefore, piece.spaceAfter = space_before, space_after
        return piece

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """Split between lines: ``[self]`` if all fits, ``[]`` if not even one line fits.

        Splits at the width of the last ``wrap`` when that was narrower: ReportLab's Table wraps
        cell content at the column width minus padding but passes the full column width to
        ``split``; the pieces must break lines exactly as they will be drawn.
        """
        if 0 < self.width < availWidth:
            availWidth = self.width
        lines = self.layout(availWidth)
        fit = int((availHeight + 1e-6) // self._p.leading)
        if fit >= len(lines):
            return [self]
        if fit <= 0:
            return []
        cut = (lines[fit].segment, lines[fit].start)
        head = self._piece(self._start, cut, self._continuation, self.spaceBefore, 0.0)
        tail = self._piece(cut, self._end, True, 0.0, self.spaceAfter)
        return [head, tail]

    def minWidth(self) -> float:  # noqa: N802 - ReportLab's name
        """Narrowest width (points) that breaks no word: the widest word plus indents."""
        st = self._p.style
        widest = max((min_word_width(s.text, s.prefix, s.breaks) for s in self._p.segments),
                     default=0.0)
        return widest + max(st.left_indent, st.left_indent + st.first_line_indent) + st.right_indent

    # -- drawing ------------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        p = self._p
        lines = self.layout(self.width)
        y = self.height - p.leading * p.spec.baseline_ratio()
        canv.saveState()
        canv.setFillColor(p.style.colour)
        canv.setStrokeColor(p.style.colour)
        _, with_bullet = self._first_line()
        for n, line in enumerate(lines):
            if n == 0 and with_bullet:
                st = p.style
                run = shape(p.bullet, p.spec.font_name(bold=st.bold, italic=st.italic))
                draw_glyphs(canv, run, st.bullet_indent, y, p.size,
                            fake_bold=p.spec.synthetic_bold(bold=st.bold, italic=st.italic))
            self._draw_line(line, y)
            y -= p.leading
        canv.restoreState()

    def _draw_line(self, line: LaidLine, y: float) -> None:
        p = self._p
        seg = p.segments[line.segment]
        a, e = line.start, line.end
        slack = line.width - (seg.prefix[e] - seg.prefix[a])
        x = line.x
        align = p.style.alignment
        gap_extra = space_extra = 0.0
        if align in ("centre", "center"):
            x += slack / 2
        elif align == "right":
            x += slack
        elif align == "distributed" and not line.hard and slack > 0:
            leftover = slack
            gaps = sum(seg.starts[a + 1 : e])
            if gaps:
                gap_extra = min(slack / gaps, p.style.max_gap_em * p.size)
                leftover = slack - gap_extra * gaps
            spaces = seg.text.count(" ", a, e)
            if spaces and leftover > 1e-6:
                space_extra = leftover / spaces
        for offset, run, fake_bold in seg.pieces:
            lo, hi = max(a, offset) - offset, min(e, offset + len(run.text)) - offset
            if lo >= hi:
                continue
            g0, g1 = bisect_left(run.clusters, lo), bisect_left(run.clusters, hi)
            last_gap = bool(gap_extra) and offset + hi < e and bool(seg.starts[offset + hi])
            x += draw_glyphs(self.canv, run, x, y, p.size, start=g0, stop=g1, gap=gap_extra,
                             space=space_extra, last_gap=last_gap, fake_bold=fake_bold)
