"""Shared constants and PDF-reading helpers for the print-engine tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

HARD_WORDS = ["ที่", "ปี่", "น้ำ", "ปั้น", "ญู", "ฐุ", "ฎุ", "ป่า", "ฝั่ง", "กตัญญู"]
SENTENCE = "ที่บ้านมีน้ำใจ ปี่พาทย์ดังที่ฝั่งคลอง ปั้นหม้อป่าไผ่ เด็กกตัญญูรู้คุณ ฐุ ฎุ ญู"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def poppler(*args: str) -> str:
    """Run a poppler tool and return its UTF-8 output."""
    return subprocess.run(list(args), capture_output=True, check=True).stdout.decode("utf-8")


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def word_boxes(path: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    """Words with their boxes (xMin, yMin, xMax, yMax in points from the top-left) by pdftotext."""
    html = poppler("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(pattern, html)]


def embedded_fonts(path: Path) -> list[str]:
    """Font names listed by pdffonts."""
    lines = poppler("pdffonts", str(path)).splitlines()[2:]
    return [line.split()[0] for line in lines if line.strip()]


def split_across_lines(lines: Sequence[str], words: Iterable[str]) -> list[tuple[str, str, str]]:
    """(word, end of a line, start of the next) for every keep-whole word that a line end cuts:
    the word occurs in the two lines joined (directly, or with a space for a wrap at a space,
    which pdftotext drops) and starts in the first and ends in the second."""
    found = []
    words = sorted(set(words), key=len, reverse=True)
    longest = max(map(len, words), default=0)
    for first, second in zip(lines, lines[1:], strict=False):
        tail, head = first.rstrip()[-longest:], second.lstrip()[:longest]
        if not tail or not head:
            continue
        for sep in ("", " "):
            joined = tail + sep + head
            for word in words:
                at = joined.find(word)
                while at >= 0:
                    if at < len(tail) and at + len(word) > len(tail) + len(sep):
                        found.append((word, tail, head))
                    at = joined.find(word, at + 1)
    return found
