"""Drawing shaped runs: the PDF text operators for each line, built from cached word pieces.

We write the text operators ourselves: one ``TJ`` per line with HarfBuzz's advances and mark
offsets (text rise ``Ts`` for vertical offsets) — never PDF character spacing (``Tc``), which
would move the zero-width marks off their base letters. Glyphs that carry text or advance the pen
go first, the zero-advance marks after them in a second ``TJ``, so that a PDF reader meets the
letters of a line as one uninterrupted sequence.

A paragraph repeats most of its words, so each word's part of both passes is kept per PDF
document, font, size and the state it starts in (font subset, text rise): a :class:`_Piece` of
ready operator text. A line then only joins pieces and writes the moves between words. The
output is the same, byte for byte, as writing the line glyph by glyph (:class:`_TJWriter`, still
used where pieces cannot be: fonts whose units are not 1/1000 em, distributed lines, lines that
start or end inside a word), because with whole-number advances the pen positions and moves are
exact.

Units: ``size`` and every position handed in or out are real points; the operators use 1/1000 em.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

from ita_desktop.printing.fonts import FontSpec, active_font
from ita_desktop.printing.printable import printable
from ita_desktop.printing.shaping import ShapedRun, _hb_font, shape

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
    words = None if extra else _whole_words(run, start, stop)
    docfont = None if words is None else _doc_font(canv._doc, run.font_name)
    if docfont is not None and docfont.seen.issuperset([w.text for w in words]):
        pen, rise = _draw_words(docfont, size, words, ops)
    else:
        if docfont is not None:  # a line with a word new to the document: pieces pay from the
            docfont.seen.update([w.text for w in words])  # second time a word is drawn
        pen, rise = _draw_glyph_by_glyph(canv, run, size, start, stop, extra, ops)
    if rise:
        ops.append("0 Ts")
    if fake_bold:
        ops.append("0 Tr")
    ops.append("ET")
    canv.addLiteral(" ".join(ops))
    return pen * size / 1000.0


def _whole_words(run: ShapedRun, start: int, stop: int) -> tuple[ShapedRun, ...] | None:
    """The words making glyphs ``start:stop`` of ``run``, or None when the range starts or ends
    inside a word or the font's advances are not whole 1/1000 em."""
    if _hb_font(run.font_name).k != 1.0:
        return None
    if not run.words:
        return (run,) if start == 0 and stop == len(run.codes) else None
    firsts, n = run.word_glyphs, len(run.words)
    a = bisect_left(firsts, start)
    b = bisect_left(firsts, stop, lo=a) if stop < len(run.codes) else n
    if a >= n or firsts[a] != start or (b < n and firsts[b] != stop):
        return None
    return run.words[a:b]


class _Template(NamedTuple):
    """A word's glyphs of one pass as operator text, for a given starting rise, with the glyph
    codes still as characters (the bytes they get depend on the PDF document).

    ``codes``: the pass's glyph codes; ``lead``: operators before the first glyph (rise) or "";
    ``first``: where the first glyph goes (1/1000 em from the word's start): the move to it is
    the only position-dependent part; ``body``: from inside the first glyph's TJ string to inside
    the last one's, alternately glyph codes and operator text (``") -12.0 ("``); ``end``: the pen
    after the last glyph, from the word's start; ``rise``: the rise after it."""

    codes: str
    lead: str
    first: float
    body: tuple[str, ...]
    end: float
    rise: float


def _template(run: ShapedRun, size: float, front: bool, rise: float) -> _Template | None:
    key = (size, front, rise)
    try:
        return run.templates[key]
    except KeyError:
        pass
    glyphs = [i for i, f in enumerate(run.front) if f == front]
    if not glyphs:
        run.templates[key] = None
        return None
    codes = run.codes
    texts = [codes[i] for i in glyphs]
    if front and not rise and _plain(run, glyphs):  # most words: no offsets, no moves
        end = sum([run.widths[i] for i in glyphs])
        joined = "".join(texts)
        out = run.templates[key] = _Template(joined, "", 0.0, (joined,), end, 0.0)
        return out
    lead, first, body, end, _, rise = _build(run, glyphs, size, rise, texts)
    out = run.templates[key] = _Template("".join(texts), lead, first, tuple(body), end, rise)
    return out


def _plain(run: ShapedRun, glyphs: list[int]) -> bool:
    """True when ``glyphs`` start at the word's start and each sits where the previous one's PDF
    width leaves the pen, unraised: the glyphs need no move and no rise between them."""
    x_off, y_off, x_adv, widths = run.x_off, run.y_off, run.x_adv, run.widths
    return (glyphs[0] == 0 and not any([x_off[i] or y_off[i] for i in glyphs])
            and all([widths[i] == x_adv[i] for i in glyphs]))


def _build(run: ShapedRun, glyphs: list[int], size: float, rise: float, texts: list[str],
           subsets: list[int] | None = None, tf=None, subset: int = -1):
    """Operator text for ``glyphs`` of ``run`` written as ``texts``, the glyph by glyph way
    (:class:`_TJWriter`'s): (lead, first, body as a list alternately glyph text and operator
    text, end, subset, rise) — see :class:`_Template`. With ``subsets`` (each glyph's font
    subset), ``tf(subset)`` gives the operator that selects one."""
    pens = []
    pen = 0.0
    for off, adv in zip(run.x_off, run.x_adv, strict=True):
        pens.append(pen + off)
        pen += adv
    widths, y_off = run.widths, run.y_off
    lead = ""
    body = [""]
    first = cur = pens[glyphs[0]]
    for n, i in enumerate(glyphs):
        here = []
        if subsets is not None and subsets[n] != subset:
            subset = subsets[n]
            here.append(tf(subset))
        if y_off[i] != rise:
            rise = y_off[i]
            here.append(f"{_number(rise * size / 1000.0)} Ts")
        if not n:
            lead = " ".join(here)
        else:
            move = pens[i] - cur
            if move:
                cur += move
            if here:
                body += [f")] TJ {' '.join(here)} [" + (f"{-move:.1f} (" if move else "("), ""]
            elif move:
                body += [f") {-move:.1f} (", ""]
        body[-1] += texts[n]
        cur += widths[i]
    return lead, first, body, cur, subset, rise


class _DocFont:
    """One font in one PDF document: the byte (escaped) and subset of each glyph code drawn so
    far, as ``str.translate`` tables, and the pieces made (:meth:`piece`, by word, size, pass
    and starting rise)."""

    __slots__ = ("doc", "font", "escaped", "subsets", "pieces", "fonts", "seen")

    def __init__(self, doc, font) -> None:
        self.doc, self.font = doc, font
        self.seen: set[str] = set()  # the words drawn so far
        self.fonts: dict[tuple[int, float], str] = {}
        self.escaped: dict[int, str] = {}
        self.subsets: dict[int, str] = {}
        self.pieces: dict[tuple, tuple | None] = {}

    def subset(self, codes: str) -> int | None:
        """The one subset all of ``codes`` are in (assigning new ones as ReportLab does), None if
        they are in several or one is not a code of the font."""
        marks = codes.translate(self.subsets)
        if not (min(marks) >= _SUBSET_0 and max(marks) < _SUBSET_END):  # some not assigned yet
            self.font.splitString(codes, self.doc)
            assignments = self.font.state[self.doc].assignments
            for c in set(codes):
                n = assignments.get(ord(c))
                if n is None:  # not a code of the font (ReportLab draws it as glyph 0)
                    return None
                self.escaped[ord(c)] = _ESCAPED[n & 0xFF]
                self.subsets[ord(c)] = chr(0xD800 + (n >> 8))
            marks = codes.translate(self.subsets)
        if marks.count(marks[0]) != len(marks):
            return None
        return ord(marks[0]) - 0xD800

    def piece(self, run: ShapedRun, size: float, front: bool, rise: float) -> tuple | None:
        """The piece of ``run``'s pass starting with text rise ``rise``: (subset of the first
        glyph, lead, first, body, end, subset after the last glyph, rise after it, whether the
        word has marks), the lead without the first glyph's ``Tf`` (see :meth:`tf`); None for a
        pass without glyphs."""
        template = _template(run, size, front, rise)
        if template is None:
            return None
        sub = self.subset(template.codes)
        if sub is None:
            return self._mixed(run, size, front, rise)
        table = self.escaped
        if len(template.body) == 1:
            body = template.body[0].translate(table)
        else:
            body = "".join([t if n % 2 else t.translate(table)
                            for n, t in enumerate(template.body)])
        return (sub, template.lead, template.first, body, template.end, sub, template.rise,
                not all(run.front))

    def tf(self, subset: int, size: float) -> str:
        """The operator selecting font subset ``subset`` at ``size``."""
        key = (subset, size)
        op = self.fonts.get(key)
        if op is None:
            op = self.fonts[key] = (f"{self.font.getSubsetInternalName(subset, self.doc)} "
                                    f"{fp_str(size)} Tf")
        return op

    def _mixed(self, run: ShapedRun, size: float, front: bool, rise: float) -> tuple:
        """The piece of a word whose glyphs fall in several font subsets (or one of which is not
        a code of the font: written as ReportLab would)."""
        glyphs = [i for i, f in enumerate(run.front) if f == front]
        codes = "".join([run.codes[i] for i in glyphs])
        marks = codes.translate(self.subsets)
        if min(marks) >= _SUBSET_0 and max(marks) < _SUBSET_END:
            texts = [self.escaped[ord(c)] for c in codes]
            subsets = [ord(m) - 0xD800 for m in marks]
        else:
            texts, subsets = [], []
            for sub, data in self.font.splitString(codes, self.doc):
                texts += [_ESCAPED[b] for b in data]
                subsets += [sub] * len(data)
        lead, first, body, end, subset, rise = _build(
            run, glyphs, size, rise, texts, subsets, lambda sub: self.tf(sub, size), subsets[0])
        return subsets[0], lead, first, "".join(body), end, subset, rise, not all(run.front)


_SUBSET_0, _SUBSET_END = "\ud800", "\udc00"  # subset n is marked chr(0xD800 + n): no glyph code
_documents: WeakKeyDictionary = WeakKeyDictionary()  # PDF document -> font name -> _DocFont


def _doc_font(doc, font_name: str) -> _DocFont:
    fonts = _documents.get(doc)
    if fonts is None:
        fonts = _documents[doc] = {}
    docfont = fonts.get(font_name)
    if docfont is None:
        docfont = fonts[font_name] = _DocFont(doc, pdfmetrics.getFont(font_name))
    return docfont


def _draw_words(docfont: _DocFont, size: float, words: tuple[ShapedRun, ...],
                ops: list[str]) -> tuple[float, float]:
    """Write both passes of ``words`` from their pieces; (advance in 1/1000 em, final rise)."""
    pieces = docfont.pieces
    ats = [0.0]
    for run in words:
        ats.append(ats[-1] + sum(run.x_adv))
    cur, rise = 0.0, 0.0
    passes = []
    todo = list(zip(ats, words))  # noqa: B905 - one more position than words
    for front in (True, False):
        out: list[str] = []
        subset = -1
        in_string = False
        marked = []  # the words with marks, for the second pass
        for at, run in todo:
            key = (run.text, size, front, rise)
            piece = pieces.get(key, False)
            if piece is False:
                piece = pieces[key] = docfont.piece(run, size, front, rise)
            if piece is None:
                continue
            sub, lead, first, body, end, subset_after, rise, marks = piece
            if marks:
                marked.append((at, run))
            if sub != subset:
                lead = f"{docfont.tf(sub, size)} {lead}" if lead else docfont.tf(sub, size)
            subset = subset_after
            if lead:
                out.append(f")] TJ {lead} " if in_string else f"{lead} ")
                in_string = False
            move = at + first - cur
            if move:
                out.append(f") {-move:.1f} (" if in_string else f"[{-move:.1f} (")
            elif not in_string:
                out.append("[(")
            out.append(body)
            in_string = True
            cur = at + end
        if in_string:
            out.append(")] TJ")
        if out:
            passes.append("".join(out))
        todo = marked
    ops += passes
    return ats[-1], rise


def _draw_glyph_by_glyph(canv, run: ShapedRun, size: float, start: int, stop: int,
                         extra: dict[int, float] | None, ops: list[str]) -> tuple[float, float]:
    """Both passes glyph by glyph, with ``extra`` advances; (advance in 1/1000 em, final rise)."""
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
    return pen, writer.rise


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
