"""Every string is shaped: hard Thai words use substituted/positioned glyphs, on the page too."""

from __future__ import annotations

import subprocess

import pytest
from PIL import Image, ImageChops
from printing_helpers import HARD_WORDS, needs_poppler
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from ita_desktop.printing import active_font, canvas_kwargs, draw_text, pt, shape, text_width


def glyph_ids(word: str) -> tuple[list[int], list[int]]:
    """(shaped glyph ids, nominal cmap glyph ids of the characters) for the regular face."""
    name = active_font().font_name()
    face = pdfmetrics.getFont(name).face
    run = shape(word, name)
    return [face.charToGlyph[ord(c)] for c in run.codes], [face.charToGlyph[ord(c)] for c in word]


@pytest.mark.parametrize("word", HARD_WORDS)
def test_hard_words_are_shaped(word):
    """Unshaped drawing would use exactly the cmap glyphs at zero offsets; shaping must not."""
    shaped, nominal = glyph_ids(word)
    run = shape(word, active_font().font_name())
    moved = any(run.x_off) or any(run.y_off)
    assert shaped != nominal or moved


@pytest.mark.parametrize("word", ["ปี่", "ปั้น", "ฝั่ง"])
def test_tone_mark_is_pulled_left_off_the_ascender(word):
    """Over ป/ฝ the tone mark moves left (negative offset or a ``.narrow``/``.small`` variant)."""
    run = shape(word, active_font().font_name())
    shaped, nominal = glyph_ids(word)
    assert any(x < 0 for x in run.x_off) or shaped[1:] != nominal[1:]


def _raster(tmp_path, name, draw) -> Image.Image:
    pdf = tmp_path / f"{name}.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(120, 60), **canvas_kwargs())
    draw(c)
    c.save()
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / name)],
                   check=True)
    return Image.open(tmp_path / f"{name}.png").convert("L")


@needs_poppler
@pytest.mark.parametrize("word", ["ที่", "ปี่", "น้ำ", "ญู", "ฐุ"])
def test_shaped_rendering_differs_from_unshaped(tmp_path, word):
    """On the rasterised page, our drawing differs from ReportLab's unshaped drawString."""
    size = pt(32)
    name = active_font().font_name()
    ours = _raster(tmp_path, "ours", lambda c: draw_text(c, 10, 20, word, size))
    plain = _raster(tmp_path, "plain", lambda c: (c.setFont(name, size), c.drawString(10, 20, word)))
    assert ImageChops.difference(ours, plain).getbbox() is not None


@needs_poppler
@pytest.mark.parametrize("word", ["ที่", "ปี่"])
def test_tone_mark_stacks_above_sara_ii(tmp_path, word):
    """Unshaped, mai ek sinks into sara ii; shaped, it sits above it: the ink reaches higher."""
    size = pt(32)
    name = active_font().font_name()
    ours = _raster(tmp_path, "ours", lambda c: draw_text(c, 10, 20, word, size))
    plain = _raster(tmp_path, "plain", lambda c: (c.setFont(name, size), c.drawString(10, 20, word)))
    top = lambda img: Image.eval(img, lambda v: 255 - v).getbbox()[1]  # noqa: E731
    assert top(ours) < top(plain)


def test_text_width_and_align_errors():
    assert text_width("ที่", pt(16)) > 0
    assert text_width("ที่ที่", pt(16)) == pytest.approx(2 * text_width("ที่", pt(16)), rel=0.05)
    c = canvas.Canvas("unused.pdf")
    with pytest.raises(ValueError):
        draw_text(c, 0, 0, "ก", 10, align="middle")
