"""Fonts: bundled Sarabun by default, PSK-point sizes converted by the font's metrics."""

from __future__ import annotations

from pathlib import Path

import pytest
import reportlab
from printing_helpers import embedded_fonts, needs_poppler

from ita_desktop.paths import FONTS
from ita_desktop.printing import (
    FontError,
    ThaiParagraph,
    active_font,
    font_metrics,
    pdftotext,
    pt,
    use_font,
)
from ita_desktop.printing.fonts import PSK_CAP_HEIGHT, PSK_THAI_ADVANCE, FontMetrics


def test_bundled_files_and_licence_are_shipped():
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        assert (FONTS / f"Sarabun-{style}.ttf").is_file()
    assert "Open Font License" in (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert (FONTS / "README.md").is_file()


def test_sarabun_scale_matches_psk_16_at_about_10_6_pt():
    spec = active_font()
    assert spec.family == "Sarabun"
    assert 0.64 < spec.scale < 0.69
    assert pt(16) == pytest.approx(10.6, abs=0.3)
    assert not spec.synthetic_bold(bold=True)


def test_a_psk_metric_font_gets_exactly_one():
    assert FontMetrics(PSK_THAI_ADVANCE, PSK_CAP_HEIGHT, 0.85, -0.25, 0).psk_scale == 1.0
    near = FontMetrics(PSK_THAI_ADVANCE * 1.03, PSK_CAP_HEIGHT * 0.98, 0.85, -0.25, 0)
    assert near.psk_scale == 1.0
    big = FontMetrics(PSK_THAI_ADVANCE * 1.5, PSK_CAP_HEIGHT * 1.5, 1, -0.3, 0)
    assert big.psk_scale == pytest.approx(1 / 1.5)


def test_use_font_with_only_a_regular_file(tmp_path):
    office = tmp_path / "THSarabunOffice.ttf"
    office.write_bytes((FONTS / "Sarabun-Regular.ttf").read_bytes())
    spec = use_font(office)
    assert active_font() is spec
    assert spec.font_name(bold=True) == spec.font_name()
    assert spec.synthetic_bold(bold=True)
    assert pt(16) == pytest.approx(spec.scale * 16)


@needs_poppler
def test_synthetic_bold_still_extracts(tmp_path, render):
    office = tmp_path / "Office.ttf"
    office.write_bytes((FONTS / "Sarabun-Regular.ttf").read_bytes())
    use_font(office)
    from ita_desktop.printing import ThaiStyle

    path = render([ThaiParagraph("บันทึกข้อความ", ThaiStyle(size=29, bold=True))])
    assert "บันทึกข้อความ" in pdftotext(path)
    assert len(embedded_fonts(path)) == 1


def test_bad_font_files_raise_font_error(tmp_path):
    with pytest.raises(FontError):
        use_font(tmp_path / "missing.ttf")
    junk = tmp_path / "junk.ttf"
    junk.write_bytes(b"not a font")
    with pytest.raises(FontError):
        font_metrics(junk)
    latin_only = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    with pytest.raises(FontError):
        use_font(latin_only)
    assert active_font().family == "Sarabun"  # a failed use_font leaves the active font alone


@needs_poppler
def test_only_our_fonts_are_embedded(render):
    from ita_desktop.printing import Span, indicator_chart, thai_table

    story = [
        ThaiParagraph([Span("เรื่อง ", bold=True), Span("ทดสอบ"), Span(" ตัวเอียง", italic=True)]),
        thai_table([["หัวข้อ", "รายละเอียด"], ["๑.", "- ข้อ\n- ข้อ"]], [100, 200]),
        indicator_chart([("ก", 80.0), ("ข", None)]),
    ]
    fonts = embedded_fonts(render(story))
    assert fonts and all("Sarabun" in f for f in fonts)
    assert not [f for f in fonts if "Helvetica" in f or "Times" in f]
