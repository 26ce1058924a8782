"""``ita render … --format docx``: Word files of the documents; an unknown format is refused; the
font --font chose is named in the file when it is a TH Sarabun face."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from ita_desktop.cli import main

from .conftest import squash


@pytest.mark.parametrize(("kind", "args", "text"), [
    ("memo-measures", ["--format", "docx"], "บันทึกข้อความ"),
    ("memo-results", [], "รายงานผลการดำเนินการตามมาตรการ"),
    ("measures", ["--arabic-digits"], "ประจำปีงบประมาณพ.ศ.2569"),
])
def test_render_as_word(capsys, example_path, tmp_path, kind, args, text):
    out = tmp_path / "เอกสาร word" / f"{kind}.docx"
    assert main(["render", kind, "--db", str(example_path), "--fiscal-year", "2569",
                 "--out", str(out), *args]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    word = docx.Document(str(out))
    cells = [c.text for t in word.tables for r in t.rows for c in r.cells]
    body = squash("".join(p.text for p in word.paragraphs) + "".join(cells))
    assert squash(text) in body and "ดอนแก้วทอง" in body


def test_an_unknown_format_is_refused(capsys, example_path, tmp_path):
    with pytest.raises(SystemExit):
        main(["render", "results", "--db", str(example_path), "--fiscal-year", "2569",
              "--out", str(tmp_path / "r.odt"), "--format", "odt"])
    assert "odt" in capsys.readouterr().err
    assert not (tmp_path / "r.odt").exists()


def _renamed_sarabun(path, family: str):
    """The bundled Sarabun regular face calling itself ``family`` (Windows name records)."""
    from fontTools.ttLib import TTFont

    from ita_desktop.printing.fonts import bundled_font_paths

    font = TTFont(bundled_font_paths()[0])
    font["name"].removeNames(platformID=1)  # Mac Roman cannot hold ๙
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
    font.save(path)
    return path


def _fonts_and_sizes(path) -> tuple[set[str], set[int]]:
    word = docx.Document(str(path))
    fonts = {el.get(qn("w:cs")) for el in word.element.body.iter(qn("w:rFonts"))}
    sizes = {int(el.get(qn("w:val"))) for el in word.element.body.iter(qn("w:szCs"))}
    return fonts, sizes


@pytest.fixture
def bundled_font_again():
    from ita_desktop.printing.fonts import use_bundled_font

    yield
    use_bundled_font()


@pytest.mark.usefixtures("bundled_font_again")
def test_a_th_sarabun_font_is_named_in_the_word_file(capsys, example_path, tmp_path):
    font = _renamed_sarabun(tmp_path / "THSarabunIT9.ttf", "TH SarabunIT๙")
    out = tmp_path / "memo.docx"
    assert main(["render", "memo-measures", "--db", str(example_path), "--fiscal-year", "2569",
                 "--font", str(font), "--out", str(out)]) == 0
    assert "Word" not in capsys.readouterr().err
    fonts, sizes = _fonts_and_sizes(out)
    assert fonts == {"TH SarabunIT๙", "Segoe UI Symbol"}
    # this stand-in has Sarabun's metrics: 16 PSK points are 10.6 of it, in half-points 21
    assert 21 in sizes and 32 not in sizes


@pytest.mark.usefixtures("bundled_font_again")
def test_another_font_leaves_th_sarabunpsk_with_a_warning(capsys, example_path, tmp_path):
    font = _renamed_sarabun(tmp_path / "other.ttf", "Other Thai")
    out = tmp_path / "measures.docx"
    assert main(["render", "measures", "--db", str(example_path), "--fiscal-year", "2569",
                 "--font", str(font), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "TH SarabunPSK แทน Other Thai" in err
    fonts, sizes = _fonts_and_sizes(out)
    assert fonts == {"TH SarabunPSK"} and 28 in sizes  # table cells: 14 PSK points
