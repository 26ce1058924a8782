"""HarfBuzz shaping for every string we print.

``canvas.drawString(..., shaping=True)`` silently does nothing and plain strings in Table cells are
never shaped (THAI-PRINT.md), so we shape with uharfbuzz ourselves; :mod:`.drawing` writes the PDF
text operators from the shaped runs. Each glyph gets a code from :class:`~.extract.TextTTFont`
that extracts as the right text.

Units: :class:`ShapedRun` keeps advances in 1/1000 em (independent of size); ``size`` and every
width or position handed in or out of the functions here are real points.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import repeat
from operator import add
from operator import and_ as _and
from operator import ne as _ne
from operator import or_ as _or
from typing import NamedTuple

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from ita_desktop.printing.extract import TextTTFont, is_private_use
from ita_desktop.printing.linebreak import can_start_grapheme

_FEATURES = {"kern": True, "liga": True}
SARA_AM = "\u0e33"


class ShapedRun(NamedTuple):
    """One string shaped in one font: glyph codes and positions in 1/1000 em.

    ``clusters[i]`` is the index in ``text`` where glyph ``i``'s cluster starts (non-decreasing);
    ``char_adv[k]`` is the advance of the cluster starting at character ``k`` (0 for characters
    inside a cluster), so widths of character ranges are plain sums. A named tuple rather than a
    frozen dataclass: a paragraph makes one for each new word, and a tuple is made in C.
    """

    text: str
    font_name: str
    codes: str
    clusters: tuple[int, ...]
    x_adv: tuple[float, ...]
    x_off: tuple[float, ...]
    y_off: tuple[float, ...]
    widths: tuple[float, ...]  # PDF width of each code
    char_adv: tuple[float, ...]
    front: bytes  # front[i] = 1: drawn in the first pass (carries text or advances the pen)
    starts: bytes = b""  # starts[k] = 1 where a grapheme cluster starts at text[k]
    # gap_after[i] = 1 where glyph i ends a grapheme cluster (the last glyph counts as followed
    # by a grapheme); space_after[i] = 1 where it ends a space: distributed spacing goes there
    gap_after: bytes = b""
    space_after: bytes = b""
    # for drawing (drawing.py), 1 on the first-pass glyphs that need a number in a TJ near
    # them: kern[i] where the advance is not the PDF width or an offset is set; spread[i] also
    # where its cluster is not one first-pass glyph followed by one gap (sara am, a space)
    kern: bytes = b""
    spread: bytes = b""

    @property
    def advance(self) -> float:
        """Total advance in 1/1000 em (multiply by size/1000 for points)."""
        return sum(self.x_adv)


class _HbFont:
    """HarfBuzz font and per-glyph caches for one registered TextTTFont."""

    def __init__(self, ttf: TextTTFont) -> None:
        self.ttf = ttf
        face = hb.Face(hb.Blob(ttf.face._ttf_data))
        self.font = hb.Font(face)
        self.k = 1000.0 / (face.upem or 1000)
        self.hmtx: dict[int, float] = {}
        # (gid, text) -> (code, PDF width) of a glyph drawn alone for its grapheme's text
        self.singles: dict[tuple[int, str], tuple[str, float]] = {}
        # (gid, text, width) -> (code, PDF width) of a glyph of a cluster of several
        self.multiple: dict[tuple[int, str, float], tuple[str, float]] = {}
        # gid -> its character, for cmap glyphs drawn with their own code at their own width
        self.natural = {gid: chr(c) for c, gid in ttf.face.charToGlyph.items()
                        if not is_private_use(c)
                        and ttf.face.charWidths.get(c) == round(self.own_width(gid))}

    def own_width(self, gid: int) -> float:
        w = self.hmtx.get(gid)
        if w is None:
            w = self.hmtx[gid] = self.font.get_glyph_h_advance(gid) * self.k
        return w


@lru_cache(maxsize=16)
def _hb_font(font_name: str) -> _HbFont:
    ttf = pdfmetrics.getFont(font_name)
    if not isinstance(ttf, TextTTFont):
        raise TypeError(f"{font_name} is not a font registered by ita_desktop.printing.fonts")
    return _HbFont(ttf)


_CACHE_MAX_CHARS = 200


def shape(text: str, font_name: str) -> ShapedRun:
    """Shape ``text`` (one line, no newlines) with the registered font ``font_name``.

    Short strings (labels, headers, bullets: up to 200 characters) are cached. Raises TypeError
    for a font not registered through :mod:`.fonts`, KeyError for an unknown name.
    """
    if len(text) <= _CACHE_MAX_CHARS:
        return _shape_cached(text, font_name)
    return _shape(text, font_name)


def clear_cache() -> None:
    """Forget cached shaping results (for benchmarks)."""
    _shape_cached.cache_clear()
    _words.clear()


def shape_words(text: str, font_name: str, cuts: Iterable[int]) -> ShapedRun:
    """``text`` shaped word by word: cut at ``cuts`` (positions in ``text``, e.g. its word
    boundaries) where a grapheme may start, each word shaped once per process and font (a cache
    of up to 8,192 words), the results put end to end.

    Same glyphs and positions as :func:`shape` of the whole text: a mark never starts a word
    here, Thai words do not interact in shaping, and runs of Latin letters and signs are not
    cut (their kerning stays). A paragraph of
    5,000 characters repeats most of its words, so this does the per-glyph Python work for
    each distinct word only; the words not yet cached are shaped together in one HarfBuzz call
    (separated by spaces) and cut apart, which halves the cost of shaping 200 words one by one.
    Raises as :func:`shape`.
    """
    n = len(text)
    keep = [c for c in cuts if 0 < c < n and (text[c] in _STARTS_CUTTABLE or (
        can_start_grapheme(text[c]) and (_cuttable(text[c - 1]) or _cuttable(text[c]))))]
    pieces = [text[a:b] for a, b in zip([0, *keep], [*keep, n], strict=True)]
    if len(pieces) == 1:
        return shape(text, font_name)
    cache = _words.setdefault(font_name, {})
    found = {w: cache.get(w) for w in pieces}  # local: another thread may evict meanwhile
    missing = [w for w, run in found.items() if run is None]
    if missing:
        shaped = _shape_missing(missing, font_name)
        found.update(shaped)
        if len(cache) + len(shaped) > _WORDS_MAX:  # forget the older half (dicts keep order)
            for old in list(cache)[: len(cache) // 2]:
                cache.pop(old, None)
        cache.update(shaped)
    return join_runs([found[w] for w in pieces], text)


def _cuttable(ch: str) -> bool:
    return ch == " " or "\u0e00" <= ch <= "\u0e7f"


_STARTS_CUTTABLE = frozenset(c for c in map(chr, [0x20, *range(0x0E00, 0x0E80)])
                             if can_start_grapheme(c))
"""Characters where :func:`shape_words` may always cut (a space or a Thai letter that starts a
grapheme)."""


_words: dict[str, dict[str, ShapedRun]] = {}  # font name -> word -> run
_WORDS_MAX = 8192


def _shape_missing(words: list[str], font_name: str) -> dict[str, ShapedRun]:
    out: dict[str, ShapedRun] = {}
    together = []
    for word in words:  # a word starting with a stray mark would take the space as its base
        if can_start_grapheme(word[0]):
            together.append(word)
        else:
            out[word] = _shape(word, font_name)
    if len(together) < 2:
        out.update((word, _shape(word, font_name)) for word in together)
        return out
    run = _shape(" ".join(together), font_name)
    a = 0
    for word in together:
        out[word] = _slice(run, a, a + len(word))
        a += len(word) + 1
    return out


def _slice(run: ShapedRun, a: int, b: int) -> ShapedRun:
    """The glyphs of characters ``a:b`` of ``run`` as a run of their own (``a`` and ``b`` must
    start clusters)."""
    g0, g1 = bisect_left(run.clusters, a), bisect_left(run.clusters, b)
    return ShapedRun(
        text=run.text[a:b],
        font_name=run.font_name,
        codes=run.codes[g0:g1],
        clusters=tuple(map((-a).__add__, run.clusters[g0:g1])) if a else run.clusters[g0:g1],
        x_adv=run.x_adv[g0:g1],
        x_off=run.x_off[g0:g1],
        y_off=run.y_off[g0:g1],
        widths=run.widths[g0:g1],
        char_adv=run.char_adv[a:b],
        front=run.front[g0:g1],
        kern=run.kern[g0:g1],
        spread=run.spread[g0:g1],
        starts=run.starts[a:b],
        gap_after=run.gap_after[g0:g1],
        space_after=run.space_after[g0:g1],
    )


def join_runs(runs: Sequence[ShapedRun], text: str) -> ShapedRun:
    """The runs (of one font, whose texts make ``text``) as one run."""
    chain = itertools.chain.from_iterable
    parts = [r.clusters for r in runs]
    offsets = itertools.accumulate([len(r.text) for r in runs], initial=0)
    clusters = map(add, chain(parts), chain(map(repeat, offsets, map(len, parts))))
    return ShapedRun(
        text=text,
        font_name=runs[0].font_name,
        codes="".join([r.codes for r in runs]),
        clusters=tuple(clusters),
        x_adv=tuple(chain([r.x_adv for r in runs])),
        x_off=tuple(chain([r.x_off for r in runs])),
        y_off=tuple(chain([r.y_off for r in runs])),
        widths=tuple(chain([r.widths for r in runs])),
        char_adv=tuple(chain([r.char_adv for r in runs])),
        front=b"".join([r.front for r in runs]),
        kern=b"".join([r.kern for r in runs]),
        spread=b"".join([r.spread for r in runs]),
        starts=b"".join([r.starts for r in runs]),
        gap_after=b"".join([r.gap_after for r in runs]),
        space_after=b"".join([r.space_after for r in runs]),
    )


def _shape(text: str, font_name: str) -> ShapedRun:
    hf = _hb_font(font_name)
    ttf, k = hf.ttf, hf.k
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(hf.font, buf, _FEATURES)
    infos = buf.glyph_infos
    n = len(infos)
    gids = [info.codepoint for info in infos]
    clusters = [info.cluster for info in infos]
    x_adv: Sequence[float] = ()
    x_off: Sequence[float] = ()
    y_off: Sequence[float] = ()
    if n:
        x_off, y_off, x_adv, _ = zip(*[p.position for p in buf.glyph_positions], strict=True)
        if k != 1.0:
            x_adv, x_off, y_off = (tuple(map(k.__mul__, v)) for v in (x_adv, x_off, y_off))
    char_adv = [0] * len(text)
    for c, adv in zip(clusters, x_adv, strict=True):
        char_adv[c] += adv
    # A grapheme's text goes to its first glyph (sara am's own "ำ" to its sara aa glyph); the
    # zero-advance marks extract as nothing and are drawn in a second pass (see draw_glyphs).
    can_start = list(map(can_start_grapheme, text))
    starts = bytearray(len(text))
    for c in clusters:
        if can_start[c]:
            starts[c] = 1
    following = [*clusters[1:], len(text)]
    ends = list(map(_ne, clusters, following))  # the glyph ends its cluster
    gap_after = bytes(map(_and, ends, map((bytes(starts) + b"\x01").__getitem__, following)))
    space_after = bytes(map(_and, ends, map(" ".__eq__, map(text.__getitem__, clusters))))
    heads = [0] if n else []
    heads += [i for i in range(1, n) if clusters[i] != clusters[i - 1] and can_start[clusters[i]]]
    heads.append(n)
    natural, widths_of, singles, multiple = hf.natural, ttf.face.charWidths, hf.singles, hf.multiple
    codes: list[str] = []
    widths: list[float] = []
    front = bytearray(b"\x01" * n)
    for h, nxt in zip(heads, heads[1:], strict=False):
        piece = text[clusters[h] : clusters[nxt] if nxt < n else len(text)]
        gid = gids[h]
        if nxt == h + 1:  # the common case: one glyph for the grapheme
            known = singles.get((gid, piece))
            if known is None:
                code = (piece if natural.get(gid) == piece
                        else ttf.code(gid, piece, hf.own_width(gid)))
                known = singles[gid, piece] = (code, widths_of[ord(code)])
            codes.append(known[0])
            widths.append(known[1])
            continue
        texts = {h: piece}
        spacing = [g for g in range(h + 1, nxt) if x_adv[g]]
        if spacing and piece.endswith(SARA_AM) and len(piece) > 1:
            texts = {h: piece[:-1], spacing[-1]: SARA_AM}
        for g in range(h, nxt):
            gid = gids[g]
            front[g] = g == h or x_adv[g] != 0
            width = hf.own_width(gid)
            if x_adv[g] == 0 and x_off[g] < 0:
                # A mark pulled left: a PDF width that brings the pen back means no TJ gap after
                # it, which some readers (pypdf) would extract as a space inside the word.
                width = -x_off[g]
            key = (gid, texts.get(g, ""), width)
            known = multiple.get(key)
            if known is None:
                code = ttf.code(*key)
                known = multiple[key] = (code, widths_of[ord(code)])
            codes.append(known[0])
            widths.append(known[1])
    moved = map(_or, map(_ne, x_adv, widths), map(_or, map(bool, x_off), map(bool, y_off)))
    kern = bytes(map(_and, front, moved))
    spread = _spread(kern, bytes(front), gap_after, space_after)
    return ShapedRun(
        text=text,
        font_name=font_name,
        codes="".join(codes),
        clusters=tuple(clusters),
        x_adv=x_adv,
        x_off=x_off,
        y_off=y_off,
        widths=tuple(widths),
        char_adv=tuple(char_adv),
        front=bytes(front),
        starts=bytes(starts),
        gap_after=gap_after,
        space_after=space_after,
        kern=kern,
        spread=spread,
    )


def _spread(kern: bytes, front: bytes, gap_after: bytes, space_after: bytes) -> bytes:
    """``ShapedRun.spread``: ``kern``, and the first-pass glyphs whose cluster (the glyph and the
    marks after it) has not exactly one gap after it, or has a space. Computed on the bytes as
    big integers (one bit a byte), as the glyph-by-glyph loop was a good part of shaping."""
    n = len(front)
    if not n:
        return kern
    ones = int.from_bytes(b"\x01" * n, "little")
    f = int.from_bytes(front, "little")
    nxt = (f >> 8) | (1 << 8 * (n - 1))  # the glyph after is a first-pass one (or the end)
    odd = f & nxt & ((ones & ~int.from_bytes(gap_after, "little")) | int.from_bytes(space_after, "little"))
    out = bytearray((int.from_bytes(kern, "little") | odd).to_bytes(n, "little"))
    grouped = (f & ~nxt & ones).to_bytes(n, "little")  # followed by marks
    p = grouped.find(1)
    while p != -1:
        q = front.find(1, p + 1)
        q = n if q == -1 else q
        if gap_after.count(1, p, q) != 1 or space_after.count(1, p, q):
            out[p] = 1
        p = grouped.find(1, p + 1)
    return bytes(out)


_shape_cached = lru_cache(maxsize=2048)(_shape)
