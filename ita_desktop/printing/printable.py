"""Text pasted from Word and web pages, made printable: what the font cannot draw is replaced by a
visible mark and counted, so the document still prints and the user is told what changed.

``printable(text, font)`` is applied to everything the print engine draws (ThaiParagraph and
draw_text). Rules:

- kept as they are: every character the font has a glyph for, ``\\n``;
- ``\\t``, ``\\r\\n``/``\\r`` and the Unicode line/paragraph separators become a space or ``\\n``;
  other spaces the font lacks (U+2000–U+200A, U+3000 …) become a plain space;
- dropped without a mark: invisible format characters (Unicode category Cf: zero-width space and
  joiners, word joiner, BOM, soft hyphen, bidi marks and overrides — the engine lays text out left
  to right, so a right-to-left override has nothing to act on), and variation selectors;
- replaced by ``REPLACEMENT`` and counted: control characters, unpaired surrogates and every
  character the font has no glyph for (emoji, Hebrew and Arabic letters in the bundled Sarabun …).

What was replaced is recorded in the innermost :func:`collect_unprintable` block of the current
thread or task (a rendering opens one and turns it into a warning with
:func:`unprintable_warning`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

import uharfbuzz as hb

REPLACEMENT = "■"
"""The visible mark for a character that cannot be printed (Sarabun has U+25A0; it has neither
U+FFFD nor U+25A1)."""

_LINE_BREAKS = {"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\x0b": "\n",
                "\x0c": "\n", "\t": " "}
_collector: ContextVar[dict[str, Counter] | None] = ContextVar("ita_unprintable", default=None)


@lru_cache(maxsize=16)
def _coverage(path: str) -> frozenset[int]:
    return frozenset(hb.Face(hb.Blob.from_file_path(path)).unicodes)


def _drawable(char: str, coverage: frozenset[int]) -> bool:
    return ord(char) in coverage


@lru_cache(maxsize=16)
def _kept(path: str) -> frozenset[str]:
    """The characters of the font at ``path`` that :func:`printable` keeps as they are, so that
    a text made of them only is returned without looking at each character (a set test in C
    instead of a Python loop over 5,000 characters)."""
    kept = set()
    for code in _coverage(path):
        char = chr(code)
        if (char in _LINE_BREAKS or "\ufe00" <= char <= "\ufe0f" or char >= "\U000e0100"
                or unicodedata.category(char) in ("Cf", "Cc", "Cs")):
            continue
        kept.add(char)
    kept.add("\n")
    return frozenset(kept)


def printable(text: str, font=None) -> str:
    """``text`` with the module's rules applied for ``font`` (a printing.fonts.FontSpec; the
    active font when None). Unprintable characters are counted in the current collector."""
    if not text:
        return ""
    if font is None:
        from ita_desktop.printing.fonts import active_font

        font = active_font()
    path = str(Path(font.regular))
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to look at
    if _kept(path).issuperset(text):
        return text  # the other common case: Thai the font has
    coverage = _coverage(path)
    text = text.replace("\r\n", "\n")
    out: list[str] = []
    replaced: Counter = Counter()
    for char in text:
        if char == "\n":
            out.append(char)
            continue
        if char in _LINE_BREAKS:
            out.append(_LINE_BREAKS[char])
            continue
        category = unicodedata.category(char)
        if category == "Cf" or "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef":
            continue
        if category == "Zs" and not _drawable(char, coverage):
            out.append(" ")
            continue
        if category in ("Cc", "Cs") or not _drawable(char, coverage):
            out.append(REPLACEMENT)
            replaced[char] += 1
            continue
        out.append(char)
    if replaced:
        seen = _collector.get()
        if seen is not None:
            seen[text] = replaced  # by text: a paragraph laid out twice counts once
    return "".join(out)


class Unprintable:
    """What :func:`printable` replaced inside a :func:`collect_unprintable` block; ``counts()``
    gives char → how many times, over the distinct texts seen (a text drawn twice — a table row
    laid out again on the next page — counts once)."""

    def __init__(self) -> None:
        self.by_text: dict[str, Counter] = {}

    def counts(self) -> Counter:
        total: Counter = Counter()
        for counter in self.by_text.values():
            total.update(counter)
        return total


@contextmanager
def collect_unprintable() -> Iterator[Unprintable]:
    """Record, inside the block, every character replaced by :func:`printable`."""
    found = Unprintable()
    token = _collector.set(found.by_text)
    try:
        yield found
    finally:
        _collector.reset(token)


def describe(char: str) -> str:
    """"😀 (U+1F600)", or just the code point for a control character."""
    code = f"U+{ord(char):04X}"
    if unicodedata.category(char) in ("Cc", "Cs"):
        return code
    return f"{char} ({code})"


def unprintable_warning(counter: Counter, *, limit: int = 8) -> str | None:
    """A Thai warning listing what was replaced (most frequent first), or None."""
    if not counter:
        return None
    shown = ", ".join(f"{describe(char)} ×{count}" for char, count in counter.most_common(limit))
    more = f" และอีก {len(counter) - limit} แบบ" if len(counter) > limit else ""
    return (f"มีตัวอักษรที่พิมพ์ไม่ได้ {sum(counter.values())} ตัว จึงพิมพ์เป็น {REPLACEMENT} แทน: "
            f"{shown}{more} (เช่น อีโมจิ อักษรควบคุม หรืออักษรที่ฟอนต์ไม่มี) "
            "ควรแก้ข้อความต้นฉบับแล้วพิมพ์ใหม่")
