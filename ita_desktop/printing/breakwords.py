"""Words a printed line never breaks inside: our curated compounds and the office's own names.

Segmentation alone does not keep them whole: newmm picks the segmentation with the fewest
dictionary words, and in some contexts that cuts a word a reader sees as one (แนว|ทางการ,
ช่อง|ทางการ, ตัว|ชี้วัด; the office's name is not in its dictionary at all: ดอน|แก้ว|ทอง). So
after segmentation every break that falls inside an occurrence of a *keep-whole word* is removed.
Where it adds no words, the text around an occurrence is segmented again so that the word
becomes a token of its own (แนวทาง|การ rather than แนวทางการ), as newmm would with the word in its
dictionary, which lets the line break right before or after it.

*Inner* breaks are where a line breaks inside such a word when the word alone is wider than the
line: the breaks removed, the edges of keep-whole words inside it (หน่วย|ตรวจสอบภายใน) and the
boundaries between the words a curated word is made of (ตรวจสอบ|ภายใน, written in the list;
nlpo3 returns a curated word as one token, so segmentation alone has none there). Each has a
*depth*, the number of keep-whole words it is inside: the line filler tries the shallowest
first, so in a narrow column หน่วยตรวจสอบภายใน prints as หน่วย / ตรวจสอบภายใน and, narrower,
หน่วย / ตรวจสอบ / ภายใน, and cuts between grapheme clusters only a part still wider than the line.

The keep-whole words are the curated list (``resources/wordlists/keep-whole.txt``, via
:func:`ita_desktop.thainlp.keep_whole_words`) plus, inside ``with office_words(names):``, the
office's names from :func:`office_names`. A :class:`~.paragraph.ThaiParagraph` takes the words in
force when it is created, so a document keeps its office's names whole by building its story in
that block; a changed profile simply gives another set (cached, nothing to reload).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ita_desktop.thainlp import keep_whole_parts, keep_whole_words, word_tokenize

NAME_FIELDS = ("name", "district", "province", "unit_name", "chief_position", "deputy_position",
               "reporter_position")
"""Profile fields whose pieces (separated by spaces) are kept whole."""
PERSON_FIELDS = ("chief_name", "deputy_name", "reporter_name")
"""Profile fields holding people's names, kept whole including the space before the surname."""
PLACE_PREFIXES = ("องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบต.",
                  "ทต.", "ตำบล", "อำเภอ", "จังหวัด", "ต.", "อ.", "จ.")
"""Prefixes a place name may be written with; the name is also kept whole without them."""
TITLES = ("ว่าที่ร้อยตรี", "นางสาว", "นาง", "นาย", "ดร.")
"""Titles before a person's name; the name is also kept whole without its title."""
MIN_NAME_CHARS = 3
MAX_WORD_CHARS = 100
"""Longer "words" are not kept whole: no name is that long (a whole pasted text in the unit's
field is not a name), and the matcher's pattern nests a group per character, which Python's
``re`` compiles recursively (a 20,000-character unit name stopped every document printing)."""


def _is_thai(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e5b"


def office_names(profile: Mapping[str, Any], people: Iterable[str | None] = (),
                 others: Iterable[str | None] = ()) -> list[str]:
    """Names of an office to keep whole, from its profile (``storage.profile.get_profile``).

    Every space-separated piece of the profile's :data:`NAME_FIELDS` and of ``others`` (e.g.
    responsible units' names) with a Thai letter and at least 3 characters; each piece again
    without a :data:`PLACE_PREFIXES` prefix ("อำเภอเมืองทุ่ง" → also "เมืองทุ่ง",
    "เทศบาลตำบลโพธิ์ชัย" → also "โพธิ์ชัย"); people's names (:data:`PERSON_FIELDS` and
    ``people``, e.g. a memo's signer) whole with the space before the surname, each piece, and
    without the title. Returns them without duplicates, in the order found.
    """
    found: dict[str, None] = {}

    def add(piece: str, prefixes: tuple[str, ...]) -> None:
        if len(piece) < MIN_NAME_CHARS or not any(map(_is_thai, piece)):
            return
        found[piece] = None
        for prefix in prefixes:
            rest = piece.removeprefix(prefix)
            if rest != piece and len(rest) >= MIN_NAME_CHARS and any(map(_is_thai, rest)):
                found[rest] = None
                break

    for text in [*(profile.get(f) for f in NAME_FIELDS), *others]:
        for piece in str(text or "").split():
            add(piece, PLACE_PREFIXES)
    for text in [*(profile.get(f) for f in PERSON_FIELDS), *people]:
        pieces = str(text or "").split()
        if len(pieces) > 1 and any(map(_is_thai, pieces[0])):
            whole = " ".join(pieces)
            found[whole] = None
            for title in TITLES:
                if pieces[0].startswith(title) and len(pieces[0]) > len(title):
                    found[whole[len(title):]] = None
                    break
        for piece in pieces:
            add(piece, TITLES)
    return list(found)


def _trie_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``words``, longest first, shaped as a trie.

    Written here because Python's ``re`` tries the branches of a plain alternation one after
    the other at every position (2.8 ms for ~120 words over 5,000 characters, measured), where a
    trie-shaped pattern tests one character per position (0.35 ms); a dependency for
    Aho–Corasick matching is not worth it for a hundred words. A space in a word matches one or
    more spaces.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        parts = [(" +" if ch == " " else re.escape(ch)) + branch(child)
                 for ch, child in sorted(node.items()) if ch]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile(branch(trie))


class BreakWords:
    """A set of keep-whole words and what it does to a text's word boundaries.

    Words of 2 to :data:`MAX_WORD_CHARS` characters are kept (runs of white space in them as one
    space); ``cuts`` maps some of them to the offsets between the words they are made of
    (``"ตรวจสอบภายใน" → (7,)``, see :func:`part_cuts`).
    """

    __slots__ = ("words", "_search", "_cuts")

    def __init__(self, words: Iterable[str],
                 cuts: Mapping[str, tuple[int, ...]] | None = None) -> None:
        self.words = frozenset(w for w in (" ".join(x.split()) for x in words)
                               if 2 <= len(w) <= MAX_WORD_CHARS)
        self._search = _trie_pattern(self.words).search if self.words else None
        self._cuts = cuts or {}

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence in ``text``: at each start, the longest word."""
        search = self._search
        out: list[tuple[int, int]] = []
        if search is None:
            return out
        m = search(text)
        while m is not None:
            a = m.start()
            out.append((a, m.end()))
            m = search(text, a + 1)
        return out

    def boundaries(self, text: str, tokens: Sequence[str] | None = None,
                   ) -> tuple[list[int], list[int], dict[int, int]]:
        """(breaks, inner, depth): word boundaries 0 < p < len(text) of ``text`` by
        :func:`~ita_desktop.thainlp.word_tokenize` (or the ``tokens`` given, which must join
        to ``text``) outside keep-whole words; the *inner* breaks inside them, and for those
        inside more than one keep-whole word how many (see the module docstring). Lists
        sorted; ``depth`` maps an inner position to a depth of 2 or more."""
        n = len(text)
        bounds = list(accumulate(map(len, word_tokenize(text) if tokens is None else tokens)))
        bounds = bounds[:-1]
        found = self.occurrences(text) if n > 1 else []
        if not found:
            return bounds, [], {}
        tokens_end = bounds  # the segmentation's own boundaries, before _own_token
        cuts = self._cuts
        inside: set[int] = set()
        candidates: set[int] = set()  # where a word too wide for the line may still break
        spans: list[tuple[int, int]] = []  # the keep-whole words, by start: for the depths
        nested = False  # whether some position is inside two of them
        last_end = 0
        for a, b in found:
            if a >= last_end:  # overlapping occurrences are only kept whole
                bounds, dropped = _own_token(text, bounds, a, b)
                candidates.update(dropped)
            else:  # inside or across another one: its edges (หน่วย|ตรวจสอบภายใน)
                candidates.update((a, b))
                nested = True
            inside.update(range(a + 1, b))
            last_end = max(last_end, b)
            spans.append((a, b))
            if not cuts:
                continue
            if (cut := cuts.get(text[a:b])) is not None:  # ตรวจสอบ|ภายใน
                candidates.update([a + c for c in cut])
                continue
            # a curated word that a longer name starting at the same place hides, when it is a
            # token of its own (ตรวจสอบภายใน|อำเภอ in an office's name)
            e = _token_end(tokens_end, a, n)
            if e < b and (cut := cuts.get(text[a:e])) is not None:
                candidates.update([a + c for c in cut])
                spans.append((a, e))
                nested = True
        candidates.update(bounds)
        inner = sorted(inside.intersection(candidates))
        depth = _depths(inner, spans) if nested and inner else {}
        return [p for p in bounds if p not in inside], inner, depth


def _token_end(bounds: list[int], a: int, n: int) -> int:
    """The end of the token starting at ``a`` (``bounds`` as in :meth:`BreakWords.boundaries`),
    or ``n`` when no token starts there."""
    if a == 0:
        return bounds[0] if bounds else n
    i = bisect_left(bounds, a)
    if i < len(bounds) and bounds[i] == a:
        return bounds[i + 1] if i + 1 < len(bounds) else n
    return n


def _depths(inner: list[int], spans: list[tuple[int, int]]) -> dict[int, int]:
    """For each of the sorted positions ``inner`` strictly inside two or more of ``spans``
    ((start, end), sorted by start), how many."""
    deep: dict[int, int] = {}
    ends: list[int] = []  # sorted: the ends of the spans begun before the position
    i = 0
    for p in inner:
        while i < len(spans) and spans[i][0] < p:
            insort(ends, spans[i][1])
            i += 1
        del ends[: bisect_right(ends, p)]  # the spans that ended at or before it
        if len(ends) > 1:
            deep[p] = len(ends)
    return deep


def _own_token(text: str, bounds: list[int], a: int, b: int) -> tuple[list[int], list[int]]:
    """Make ``text[a:b]`` a token of its own when that gives no more tokens than ``bounds`` has
    over the tokens it touches (newmm's rule: fewest words). Returns the new boundaries and the
    ones dropped."""
    i = bisect_right(bounds, a) - 1  # the last boundary <= a, or -1 (the text's start)
    j = bisect_left(bounds, b)  # the first boundary >= b, or len(bounds) (the text's end)
    s = bounds[i] if i >= 0 else 0
    e = bounds[j] if j < len(bounds) else len(text)
    if s == a and e == b:
        return bounds, []
    left = word_tokenize(text[s:a])
    right = word_tokenize(text[b:e])
    if len(left) + 1 + len(right) > j - i:  # j - i tokens cover text[s:e] now
        return bounds, []
    new = list(accumulate(map(len, left), initial=s))[1:]  # ends with a when s < a
    if b < e:
        new += list(accumulate(map(len, right), initial=b))[:-1]  # b and the inner ones
    return bounds[: i + 1] + new + bounds[j:], bounds[i + 1 : j]


_current: ContextVar[BreakWords | None] = ContextVar("ita_break_words", default=None)


def part_cuts(parts: Mapping[str, Sequence[str]]) -> dict[str, tuple[int, ...]]:
    """``{word: offsets}`` from ``{word: the words it is made of}`` (as
    :func:`~ita_desktop.thainlp.keep_whole_parts` gives them): ``"ตรวจสอบภายใน" → (7,)``, for
    the words of two or more parts that join to the word."""
    return {word: tuple(accumulate(map(len, pieces)))[:-1] for word, pieces in parts.items()
            if len(pieces) > 1 and "".join(pieces) == word}


@lru_cache(maxsize=1)
def _curated_cuts() -> dict[str, tuple[int, ...]]:
    return part_cuts(keep_whole_parts())


@lru_cache(maxsize=1)
def curated_words() -> BreakWords:
    """The curated keep-whole words alone (no office names)."""
    return BreakWords(keep_whole_words(), _curated_cuts())


@lru_cache(maxsize=16)
def _with_names(names: frozenset[str]) -> BreakWords:
    return BreakWords([*keep_whole_words(), *names], _curated_cuts())


def current_words() -> BreakWords:
    """The keep-whole words in force: the curated ones, plus the names of the innermost
    :func:`office_words` block of this thread (or asyncio task)."""
    return _current.get() or curated_words()


@contextmanager
def office_words(names: Iterable[str]) -> Iterator[BreakWords]:
    """Keep ``names`` (e.g. from :func:`office_names`) whole in every ThaiParagraph created in the
    block, besides the curated words. Per thread; a new set of names builds a new matcher
    (about a millisecond), the last 16 sets are cached."""
    token = _current.set(_with_names(frozenset(names)))
    try:
        yield _current.get()
    finally:
        _current.reset(token)
