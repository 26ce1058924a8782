"""Searchable text: every drawn glyph carries the exact Unicode text it stands for.

ReportLab writes one PDF character code per Unicode character and a ToUnicode table mapping the code
back. Shaped Thai uses glyphs that have no character of their own (``uni0E48.small``, a ญ without its
tail, the nikhahit+mai tho ligature of น้ำ); ReportLab's own shaping gives them private-use code
points, so copy/paste and pdftotext returned private-use garbage.

:class:`TextTTFont` fixes this at the source. The shaper (``shaping.py``) gives the whole text of a
grapheme cluster (base letter + marks, e.g. ``"ที่"``, ``"น้ำ"``) to the cluster's first glyph and an
empty text to its marks, and asks the font for a PDF code meaning "this glyph, extracting as this
text" (:meth:`TextTTFont.code`). A glyph that is its own character's cmap glyph keeps that
character as code; other pairs get a code from plane-15 private use (U+F0000…), and the ToUnicode
table written by :meth:`TextTTFont.addObjects` maps it to the recorded text (several characters,
or none). Why the marks extract as nothing rather than as themselves: poppler starts a new word
when a character begins less than 0.1 em after a zero-width one, so with Thai distributed spacing
"ประเมิน" came out as "ประเมิ น"; with one character box per grapheme it never does.

Private-use codes created by ReportLab's own shaping (if someone uses ``ParagraphStyle(shaping=1)``
with our fonts) are repaired from the glyph name via the Adobe Glyph List. What remains imperfect
is measured in docs/thai-printing.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import uharfbuzz
from reportlab.pdfbase._glyphlist import _glyphname2unicode
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

_FIRST_PRIVATE = 0xF0000
_UNI = re.compile(r"^uni((?:[0-9A-F]{4})+)$")
_U = re.compile(r"^u([0-9A-F]{4,6})$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def is_private_use(code: int) -> bool:
    """True for code points in the BMP private-use area or planes 15–16."""
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


def glyph_name_text(name: str) -> str | None:
    """Unicode text a glyph name stands for (AGL rules), or None if the name says nothing.

    ``"uni0E48.small"`` → ``"\\u0e48"``; ``"uni0E4D0E49"`` → ``"\\u0e4d\\u0e49"``; ``"f_i"`` → ``"fi"``;
    ``"yoYingthai.less"`` → ``"ญ"`` (AGL names are matched case-insensitively, as Thai fonts
    capitalise them).
    """
    base = name.split(".", 1)[0]
    if not base:
        return None
    out = []
    for part in base.split("_"):
        if m := _UNI.match(part):
            hexes = m.group(1)
            out.extend(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
        elif m := _U.match(part):
            out.append(chr(int(m.group(1), 16)))
        elif (code := _glyphname2unicode.get(part) or _glyphname2unicode.get(part.lower())) is not None:
            out.append(chr(code))
        else:
            return None
    return "".join(out)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def tounicode_cmap(font_name: str, codes: list[str]) -> str:
    """A ToUnicode CMap: single-byte code ``i`` → ``codes[i]`` (any length, may be empty)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) /Supplement 0 >> def",
        f"/CMapName /{font_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(codes) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(codes), 100):  # at most 100 entries per block (PDF spec)
        block = codes[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{start + i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(block))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class TextTTFont(TTFont):
    """A ReportLab TrueType font whose glyphs can be drawn with a chosen extraction text.

    Use it like ``TTFont(name, path)``.
    """

    def __init__(self, name: str, filename: str | Path, **kwargs) -> None:
        super().__init__(name, str(filename), **kwargs)
        self.path = Path(filename)
        self._code_text: dict[int, str] = {}
        self._codes: dict[tuple[int, str, int], str] = {}
        self._next_private = _FIRST_PRIVATE
        self._names = None

    def code(self, gid: int, text: str, width: float) -> str:
        """The one-character PDF code drawing glyph ``gid`` that extracts as ``text``.

        ``width`` is the advance in 1/1000 em for the PDF Widths array; the glyph's own character
        is used as code when it extracts as that character with its own advance.
        """
        if (len(text) == 1 and self.face.charToGlyph.get(ord(text)) == gid
                and round(width) == self.face.charWidths.get(ord(text))):
            return text
        width = round(width)
        key = (gid, text, width)
        code = self._codes.get(key)
        if code is None:
            face = self.face
            value = self._next_private
            while value in face.charToGlyph:
                value += 1
            self._next_private = value + 1
            face.charToGlyph[value] = gid
            face.charWidths[value] = width
            self._code_text[value] = text
            code = self._codes[key] = chr(value)
        return code

    def glyph_name(self, gid: int) -> str:
        """The glyph's name in the font (e.g. ``"uni0E48.small"``), "" if it has none."""
        if self._names is None:
            self._names = uharfbuzz.Font(self.hbFace)
        return self._names.glyph_to_string(gid)

    def extraction_text(self, code: int) -> str:
        """What a PDF reader should extract for character code ``code`` of this font."""
        text = self._code_text.get(code)
        if text is not None:
            return text
        if is_private_use(code):
            gid = self.face.charToGlyph.get(code)
            if gid is not None:
                named = glyph_name_text(self.glyph_name(gid))
                if named is not None:
                    return named
        return chr(code)

    def addObjects(self, doc) -> None:  # noqa: N802 - ReportLab's name
        """Write the font subsets (ReportLab), then replace each ToUnicode table with ours."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = tounicode_cmap(base, [self.extraction_text(c) for c in subset])


def comparable(text: str) -> str:
    """Text reduced for comparing extracted with printed text: NFC, no whitespace or ZW chars."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return "".join(text.split())


def pdftotext(path: str | Path, *, layout: bool = False) -> str:
    """Text of a PDF by poppler's ``pdftotext`` (UTF-8). Raises FileNotFoundError without poppler."""
    exe = shutil.which("pdftotext")
    if exe is None:
        raise FileNotFoundError("pdftotext (poppler-utils) is not installed")
    args = [exe, "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
