"""Every glyph a PDF draws, where a reader puts it: a small reader of the text operators that
ReportLab and ``printing/drawing.py`` write (BT, Td, Tf, Tc, Ts, TJ, ET), for PDFs written
with ``pageCompression=0``. Widths and extraction texts come from each font's /Widths array and
/ToUnicode table, as a PDF reader takes them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple


class Glyph(NamedTuple):
    """One drawn glyph: page (from 1), block (BT…ET, from 0), origin x/y in points (y with
    the text rise), the text it extracts as, the character spacing in force (points)."""

    page: int
    block: int
    x: float
    y: float
    width: float
    text: str
    tc: float


_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|\[|\]|/[^\s/\[\]()<>]+|-?\d*\.?\d+|[A-Za-z'\"*]+")
_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}


def _unescape(s: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(s):
        if s[i] != 0x5C:
            out.append(s[i])
            i += 1
            continue
        j = i + 1
        if 0x30 <= s[j] <= 0x37:
            value = 0
            while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                value = value * 8 + s[j] - 0x30
                j += 1
            out.append(value & 0xFF)
            i = j
        else:
            out.append(_ESCAPES.get(s[j], s[j]))
            i = j + 1
    return bytes(out)


def _stream(body: bytes) -> bytes | None:
    m = re.search(rb"stream\r?\n(.*?)endstream", body, re.S)
    if m is None or b"/Filter" in body[: m.start()]:
        return None
    return m.group(1)


def _fonts(objects: dict[int, bytes]) -> dict[str, tuple[int, list[float], dict[int, str]]]:
    """Resource name → (FirstChar, Widths, code → extraction text)."""
    fonts = {}
    for body in objects.values():
        if b"/Type /Font" not in body or b"/Widths" not in body:
            continue
        name = re.search(rb"/Name /([^\s/]+)", body).group(1).decode()
        first = int(re.search(rb"/FirstChar (\d+)", body).group(1))
        widths = [float(w) for w in re.search(rb"/Widths \[([^\]]*)\]", body).group(1).split()]
        texts: dict[int, str] = {}
        ref = re.search(rb"/ToUnicode (\d+) 0 R", body)
        cmap = _stream(objects[int(ref.group(1))]) if ref else None
        for table in re.findall(rb"beginbfchar(.*?)endbfchar", cmap or b"", re.S):
            for code, hexes in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]*)>", table):
                texts[int(code, 16)] = bytes.fromhex(hexes.decode()).decode("utf-16-be")
        fonts[name] = (first, widths, texts)
    return fonts


def glyphs(path: Path) -> list[Glyph]:
    """Every glyph drawn by TJ in ``path``, in drawing order."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(Path(path).read_bytes())}
    fonts = _fonts(objects)
    out: list[Glyph] = []
    page = 0
    block = -1
    for _, body in sorted(objects.items()):
        content = _stream(body)
        if content is None or b"BT" not in content or b"beginbfchar" in content:
            continue
        page += 1
        stack: list = []
        x = y = line_x = line_y = tc = rise = 0.0
        origin, saved = (0.0, 0.0), []  # the translation in force (q/Q, cm)
        font, size = None, 1.0
        for token in _TOKEN.findall(content):
            if token[:1] in b"([/-." or token[:1].isdigit():
                stack.append(token)
                continue
            if token == b"]":
                items = []
                while stack[-1] != b"[":
                    items.append(stack.pop())
                stack[-1] = items[::-1]
                continue
            op = token.decode()
            if op == "q":
                saved.append(origin)
            elif op == "Q":
                origin = saved.pop()
            elif op == "cm":  # ReportLab's drawOn translates; no scaling is drawn here
                origin = (origin[0] + float(stack[-2]), origin[1] + float(stack[-1]))
            elif op == "BT":
                x = y = line_x = line_y = 0.0
                block += 1
            elif op == "Td":
                line_x += float(stack[-2])
                line_y += float(stack[-1])
                x, y = line_x, line_y
            elif op == "Tf":
                font, size = fonts.get(stack[-2][1:].decode()), float(stack[-1])
            elif op == "Tc":
                tc = float(stack[-1])
            elif op == "Ts":
                rise = float(stack[-1])
            elif op == "TJ" and font is not None:
                first, widths, texts = font
                for item in stack[-1]:
                    if isinstance(item, bytes) and item[:1] == b"(":
                        for code in _unescape(item[1:-1]):
                            width = widths[code - first] / 1000 * size
                            out.append(Glyph(page, block, origin[0] + x, origin[1] + y + rise, width,
                                             texts.get(code, ""), tc))
                            x += width + tc
                    else:
                        x -= float(item) / 1000 * size
            stack.clear()
    return out
