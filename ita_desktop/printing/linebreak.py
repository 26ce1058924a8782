"""Where Thai lines may break, and greedy line filling.

Thai has no spaces between words, so break opportunities are word boundaries: nlpo3's newmm
segmentation with the break dictionary (``ita_desktop.thainlp``), minus those inside a
keep-whole word (curated compounds and the office's names, ``breakwords.py``), minus a few
typographic rules (no line starting with ``ๆ ฯ ) . ,``, none ending with ``(`` or a dash — PDF
readers take a line-final "-" for hyphenation and join the lines without it —, numbers,
abbreviations, "พ.ศ. ๒๕๖๘" and runs of Latin letters and signs kept whole, URLs broken only after
a "/"). A keep-whole word wider than the line breaks at its inner breaks, the shallowest that
fit first (between the words it is made of: หน่วย / ตรวจสอบภายใน, narrower หน่วย / ตรวจสอบ /
ภายใน); a word or part wider than the line with none is cut between grapheme clusters, never
inside one.
Widths come in as prefix sums of shaped advances, in points.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ita_desktop.printing.breakwords import BreakWords, current_words

NO_LINE_START = frozenset(")]}”’»,.;:!?%ๆฯ…")
NO_LINE_END = frozenset("([{“‘«-‐–")  # poppler joins a line ending in "-" with the next one
BREAKABLE_SPACE = " "
_NUMBER_GLUE = frozenset(".,:/")
_EPS = 1e-6


def _is_digit(ch: str) -> bool:
    return ch.isdigit()


@lru_cache(maxsize=4096)
def can_start_grapheme(ch: str) -> bool:
    """False for characters that attach to the previous one: combining marks (Mn/Mc/Me), sara am
    (U+0E33, whose nikhahit sits on the previous letter) and the zero-width joiners."""
    return ch not in "\u0e33\u200c\u200d" and unicodedata.category(ch)[0] != "M"


def grapheme_starts(text: str, cluster_starts: Sequence[bool]) -> bytearray:
    """``out[i]`` = 1 where a grapheme cluster starts at ``text[i]`` (``out[len(text)]`` = 1):
    a shaping-cluster start whose character :func:`can_start_grapheme`."""
    starts = bytearray(map(can_start_grapheme, text))
    starts.append(1)
    for i, cs in enumerate(cluster_starts):
        if not cs:
            starts[i] = 0
    return starts


_URL = re.compile(r"https?://\S+")


_THAI_LETTERS = frozenset(map(chr, range(0x0E01, 0x0E50))) - frozenset("ๆฯ")
"""Thai letters, vowels and marks: between two of them only the grapheme rule applies."""


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def break_positions(text: str, starts: bytearray, words: BreakWords | None = None, *,
                    tokens: Sequence[str] | None = None,
                    ) -> tuple[list[int], list[int], dict[int, int]]:
    """(breaks, inner, depth): where the lines of ``text`` may end, positions 0 < p < len(text),
    with the rules applied and sorted: ``breaks`` anywhere; ``inner`` inside keep-whole words,
    only when such a word alone is wider than the line; ``depth`` for the inner positions inside
    more than one keep-whole word, how many (2 or more; the others are 1), shallower tried
    first (see :meth:`~.breakwords.BreakWords.boundaries`).

    ``starts`` is :func:`grapheme_starts`; a break is only allowed at a grapheme start.
    ``words``: the keep-whole words, by default :func:`~.breakwords.current_words`; ``tokens``:
    the words of ``text`` by :func:`~ita_desktop.thainlp.word_tokenize`, if already known.
    """
    bounds, inner, depth = (current_words() if words is None else words).boundaries(text, tokens)
    urls = [m.span() for m in _URL.finditer(text)] if "://" in text else []
    out = _allowed(text, bounds, starts, urls)
    for a, b in urls:  # a URL longer than a line breaks after a "/", not inside a word
        out += [i + 1 for i in range(a, b - 1)
                if text[i] == "/" and text[i + 1] != "/" and text[i - 1] != "/" and starts[i + 1]]
    inner = _allowed(text, inner, starts, urls)
    if depth:
        depth = {p: depth[p] for p in inner if p in depth}
    return (sorted(set(out)) if urls else out), inner, depth


def break_opportunities(text: str, starts: bytearray, words: BreakWords | None = None) -> list[int]:
    """The breaks of :func:`break_positions`."""
    return break_positions(text, starts, words)[0]


def _allowed(text: str, positions: Sequence[int], starts: bytearray,
             urls: list[tuple[int, int]]) -> list[int]:
    n = len(text)
    out: list[int] = []
    thai = _THAI_LETTERS
    for pos in positions:
        if not starts[pos]:
            continue
        prev, nxt = text[pos - 1], text[pos]
        if prev in thai and nxt in thai and not urls:  # most breaks: no other rule applies
            out.append(pos)
            continue
        q = pos
        while q < n and text[q] == BREAKABLE_SPACE:
            q += 1
        if q < n and text[q] in NO_LINE_START:
            continue
        r = pos
        while r > 0 and text[r - 1] == BREAKABLE_SPACE:
            r -= 1
        if prev in NO_LINE_END or (r > 0 and text[r - 1] in NO_LINE_END):
            continue
        if prev == "." and nxt != BREAKABLE_SPACE:  # ป.ป.ช. / พ.ศ.๒๕๖๘
            continue
        if r > 0 and text[r - 1] == "." and q < n and _is_digit(text[q]):  # พ.ศ. ๒๕๖๘
            continue
        if _is_digit(nxt) and (_is_digit(prev) or prev in _NUMBER_GLUE):
            continue
        if _is_digit(prev) and nxt in _NUMBER_GLUE:
            continue
        if _is_digit(nxt) and prev.isascii() and prev.isalpha():  # item codes: o๑๐, EIT1
            continue
        if not (_is_thai(prev) or _is_thai(nxt) or prev.isspace() or nxt.isspace()):
            continue  # inside a run of Latin letters and signs: "e-journal", "(ITA)", "<p>"
        if any(a < pos < b for a, b in urls) and prev != "/":  # URLs break only after "/"
            continue
        out.append(pos)
    return out


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line of a segment: characters ``start:end`` are drawn (trailing spaces
    dropped), the next line starts at ``resume`` or later; ``hard`` if it ends the segment."""

    start: int
    end: int
    resume: int
    hard: bool


def fill_lines(
    text: str,
    prefix: Sequence[float],
    breaks: Sequence[int],
    starts: bytearray,
    first_width: float,
    width: float,
    start: int = 0,
    max_lines: int | None = None,
    inner: Sequence[int] = (),
    depth: Mapping[int, int] | None = None,
) -> list[Line]:
    """Greedy first-fit lines over ``text[start:]``.

    ``prefix[i]`` is the width in points of ``text[:i]``; ``breaks``, ``inner`` and ``depth``
    from :func:`break_positions`; the first line gets ``first_width`` points, the others
    ``width``. A piece between breaks that is wider than the line breaks at the last of its
    ``inner`` positions that fits among the shallowest that have one that fits, or else between
    grapheme clusters.
    Spaces at a wrap are not drawn and the next line skips them. A line always holds at least one
    grapheme, so text wider than the line overflows rather than looping. An empty ``text`` gives
    one empty line.
    """
    n = len(text)
    cands = [b for b in breaks if b > start] + [n]
    trims = []
    for b in cands:
        t = b
        while t > start and text[t - 1] == BREAKABLE_SPACE:
            t -= 1
        trims.append(t)
    keys = [prefix[t] for t in trims]
    lines: list[Line] = []
    a = start
    j = 0
    avail = first_width
    while True:
        while j < len(cands) and cands[j] <= a:
            j += 1
        if a >= n and lines:
            break
        if j >= len(cands):  # only when text is empty or all consumed
            lines.append(Line(a, a, n, True))
            break
        k = bisect_right(keys, prefix[a] + avail + _EPS, lo=j) - 1
        if k >= j:
            b, e = cands[k], max(trims[k], a)
        elif (cut := _inner_cut(text, prefix, inner, depth, a, cands[j],
                                prefix[a] + avail + _EPS)):
            b, e = cut
        else:  # the next word alone is too wide: cut it at grapheme boundaries
            limit = prefix[a] + avail + _EPS
            b = a + 1
            while b < n and not starts[b]:
                b += 1
            g = b
            while g < cands[j]:
                g += 1
                while g < n and not starts[g]:
                    g += 1
                if prefix[g] > limit:
                    break
                b = g
            e = b
        hard = b >= n
        lines.append(Line(a, e, b, hard))
        if hard or (max_lines is not None and len(lines) >= max_lines):
            break
        a = b
        while a < n and text[a] == BREAKABLE_SPACE:
            a += 1
        avail = width
        if a >= n:  # only spaces were left: the line just made ends the segment
            last = lines[-1]
            lines[-1] = Line(last.start, last.end, last.resume, True)
            break
    return lines


def _inner_cut(text: str, prefix: Sequence[float], inner: Sequence[int],
               depth: Mapping[int, int] | None, a: int, b: int,
               limit: float) -> tuple[int, int] | None:
    """(resume, end) at the last inner break in ``(a, b)`` whose line fits under ``limit``,
    looking first at the breaks of the smallest depth in ``(a, b)``, then down to the next one
    as well, and so on."""
    if not inner:
        return None
    lo, hi = bisect_right(inner, a), bisect_left(inner, b)
    levels = sorted({depth.get(inner[k], 1) for k in range(lo, hi)}) if depth else [1]
    for level in levels:
        for k in range(hi - 1, lo - 1, -1):
            if depth and depth.get(inner[k], 1) > level:
                continue
            t = inner[k]
            while t > a and text[t - 1] == BREAKABLE_SPACE:
                t -= 1
            if t > a and prefix[t] <= limit:
                return inner[k], t
    return None


def min_word_width(text: str, prefix: Sequence[float], breaks: Sequence[int]) -> float:
    """Width in points of the widest piece between break opportunities (spaces trimmed)."""
    widest = 0.0
    a = 0
    for b in [*breaks, len(text)]:
        t = b
        while t > a and text[t - 1] == BREAKABLE_SPACE:
            t -= 1
        widest = max(widest, prefix[t] - prefix[a])
        a = b
        while a < len(text) and text[a] == BREAKABLE_SPACE:
            a += 1
    return widest
