"""Fonts for printing: the bundled Sarabun family, or an office's own TH SarabunPSK/IT๙.

Document specs are written in *TH SarabunPSK points* (body 16, memo labels 20, memo title 29),
because that is the face the government rules assume. Other Thai faces draw larger at the same
point size (Sarabun ≈ 1.5×), so :func:`pt` converts PSK points into real points for the active
font, from the font file's own metrics:

    scale = sqrt( (PSK_THAI_ADVANCE / thai_advance) × (PSK_CAP_HEIGHT / cap_height) )

``thai_advance`` is the mean advance width of the 44 consonants ก–ฮ (em) and ``cap_height`` the
height of "H" (em). The geometric mean matches both how much text fits on a line (widths) and how
tall it looks. A scale within 4 % of 1.0 is snapped to exactly 1.0, so TH SarabunPSK,
TH SarabunIT๙ and TH Sarabun New print at the document's own numbers. The reference values are
the published metrics of TH Sarabun New (the 2010 revision of TH SarabunPSK, same design size):
CapHeight 476/1000 and Thai consonant widths averaging 405.8/1000. For Sarabun this gives 0.664,
i.e. PSK 16 pt → Sarabun 10.6 pt, as measured by eye (THAI-PRINT.md).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from ita_desktop.paths import FONTS
from ita_desktop.printing.extract import TextTTFont

PSK_THAI_ADVANCE = 0.4058
PSK_CAP_HEIGHT = 0.476
SNAP_TO_ONE = 0.04
THAI_CONSONANTS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
BUNDLED_FAMILY = "Sarabun"
_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


class FontError(ValueError):
    """A font file that cannot be used: missing, unreadable, or without Thai letters."""


@dataclass(frozen=True)
class FontMetrics:
    """Metrics of one font file, in em (font units / unitsPerEm)."""

    thai_advance: float
    cap_height: float
    ascender: float
    descender: float  # negative
    line_gap: float

    @property
    def psk_scale(self) -> float:
        """Real points per TH SarabunPSK point for this face (see module docstring)."""
        scale = math.sqrt(
            (PSK_THAI_ADVANCE / self.thai_advance) * (PSK_CAP_HEIGHT / self.cap_height)
        )
        return 1.0 if abs(scale - 1.0) <= SNAP_TO_ONE else scale


@lru_cache(maxsize=32)
def font_metrics(path: str | Path) -> FontMetrics:
    """Measure a TTF/OTF file. Raises FontError if it is unreadable or lacks Thai consonants."""
    path = Path(path)
    if not path.is_file():
        raise FontError(f"ไม่พบไฟล์ฟอนต์ {path}")
    try:
        face = hb.Face(hb.Blob.from_file_path(str(path)))
        font = hb.Font(face)
    except Exception as exc:  # uharfbuzz raises plain exceptions for bad files
        raise FontError(f"อ่านไฟล์ฟอนต์ {path.name} ไม่ได้: {exc}") from exc
    upem = face.upem or 1000
    gids = [font.get_nominal_glyph(ord(c)) for c in THAI_CONSONANTS]
    if not all(gids):
        raise FontError(f"ฟอนต์ {path.name} ไม่มีอักษรไทยครบ")
    advance = sum(font.get_glyph_h_advance(g) for g in gids) / len(gids) / upem
    cap = 0.0
    if gid_h := font.get_nominal_glyph(ord("H")):
        cap = font.get_glyph_extents(gid_h).y_bearing / upem
    if cap <= 0:
        cap = (font.get_metric_position(hb.OTMetricsTag.CAP_HEIGHT) or 0) / upem
    if cap <= 0:  # no Latin at all: judge by the Thai widths alone
        cap = PSK_CAP_HEIGHT * advance / PSK_THAI_ADVANCE
    ext = font.get_font_extents("ltr")
    return FontMetrics(advance, cap, ext.ascender / upem, ext.descender / upem, ext.line_gap / upem)


@dataclass(frozen=True)
class FontSpec:
    """A registered family: ReportLab font names per style and the PSK→real point scale.

    A style without its own file uses the regular face; bold is then drawn "synthetic" (outlined
    with a thin stroke) — see :meth:`synthetic_bold`.
    """

    family: str
    regular: Path
    bold: Path | None
    italic: Path | None
    bold_italic: Path | None
    names: tuple[str, str, str, str]  # regular, bold, italic, bold italic
    metrics: FontMetrics

    @property
    def scale(self) -> float:
        """Real points per TH SarabunPSK point."""
        return self.metrics.psk_scale

    def pt(self, psk_points: float) -> float:
        """Real points for a size given in TH SarabunPSK points."""
        return psk_points * self.scale

    def font_name(self, *, bold: bool = False, italic: bool = False) -> str:
        """Registered ReportLab name for the style."""
        return self.names[(1 if bold else 0) + (2 if italic else 0)]

    def synthetic_bold(self, *, bold: bool = False, italic: bool = False) -> bool:
        """True when bold was asked for but the family has no bold file for that style."""
        return bold and self.font_name(bold=True, italic=italic) in (self.names[0], self.names[2])

    def line_height(self, size: float) -> float:
        """The font's natural ("single") line height in points at ``size`` real points."""
        m = self.metrics
        return (m.ascender - m.descender + m.line_gap) * size

    def baseline_ratio(self) -> float:
        """Where the baseline sits in a line box, as a fraction of its height from the top."""
        m = self.metrics
        return m.ascender / (m.ascender - m.descender)


_lock = threading.Lock()
_registered: dict[Path, str] = {}
_active: FontSpec | None = None


def _ascii_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", text) or "ThaiFont"


def _register(path: Path, name: str) -> str:
    """Register ``path`` under ``name`` (or the name it already has). Returns the name."""
    path = path.resolve()
    if path in _registered:
        return _registered[path]
    taken = set(pdfmetrics.getRegisteredFontNames())
    unique, n = name, 2
    while unique in taken:
        unique, n = f"{name}-{n}", n + 1
    try:
        pdfmetrics.registerFont(TextTTFont(unique, path))
    except Exception as exc:  # ReportLab raises TTFError and struct errors for odd files
        raise FontError(f"ใช้ไฟล์ฟอนต์ {path.name} ไม่ได้: {exc}") from exc
    _registered[path] = unique
    return unique


def use_font(
    path_regular: str | Path,
    path_bold: str | Path | None = None,
    path_italic: str | Path | None = None,
    path_bold_italic: str | Path | None = None,
    *,
    family: str | None = None,
) -> FontSpec:
    """Register a family from TTF files and make it the active printing font.

    E.g. ``use_font("C:/Windows/Fonts/THSarabunIT๙.ttf", "C:/Windows/Fonts/THSarabunIT๙ Bold.ttf")``.
    Raises FontError if a file is missing, unreadable or has no Thai consonants.
    """
    global _active
    paths = [Path(p) if p is not None else None for p in (path_regular, path_bold, path_italic,
                                                           path_bold_italic)]
    regular = paths[0]
    assert regular is not None
    base = _ascii_name(family or regular.stem)
    with _lock:
        metrics = font_metrics(regular)
        for p in paths[1:]:
            if p is not None:
                font_metrics(p)  # validates
        reg = _register(regular, base)
        names = [reg]
        for p, style in zip(paths[1:], _STYLES[1:], strict=True):
            names.append(_register(p, f"{base}-{style}") if p is not None else reg)
        if paths[3] is None and paths[1] is not None:
            names[3] = names[1]  # bold italic falls back to upright bold
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(reg, bold, italic, names[bold + 2 * italic])
        spec = FontSpec(base, regular, paths[1], paths[2], paths[3], tuple(names), metrics)
        _active = spec
    return spec


def bundled_font_paths() -> list[Path]:
    """The four Sarabun files shipped in resources/fonts (or, failing that, fontpkg-sarabun)."""
    folder = FONTS
    if not (folder / "Sarabun-Regular.ttf").is_file():  # pragma: no cover - broken install
        import fontpkg_sarabun

        folder = fontpkg_sarabun.ROOT / "files"
    return [folder / f"Sarabun-{style}.ttf" for style in _STYLES]


def use_bundled_font() -> FontSpec:
    """Make the bundled Sarabun family the active printing font (the default)."""
    return use_font(*bundled_font_paths(), family=BUNDLED_FAMILY)


def active_font() -> FontSpec:
    """The active printing font, registering the bundled Sarabun on first use."""
    return _active or use_bundled_font()


def pt(psk_points: float) -> float:
    """Real points for ``psk_points`` TH SarabunPSK points in the active font (16 → 10.6 Sarabun)."""
    return active_font().pt(psk_points)


def canvas_kwargs(psk_size: float = 16) -> dict:
    """Keyword arguments for a DocTemplate/Canvas so its initial font is ours, not Helvetica.

    ReportLab otherwise sets Helvetica on every page and it ends up listed in the PDF.
    """
    spec = active_font()
    size = spec.pt(psk_size)
    return {"initialFontName": spec.font_name(), "initialFontSize": size,
            "initialLeading": spec.line_height(size)}
