"""The .docx as an office PC prints it: LibreOffice headless turns it into a PDF, whose text and
numbers must be those of our own PDF of the same content; both are rendered to PNG side by side
(kept in ITA_DOCX_PNG_DIR when set, to look at)."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from ita_desktop.documents import content as c
from ita_desktop.documents.docx_render import render_docx
from ita_desktop.documents.options import DocumentOptions
from ita_desktop.documents.pdf_render import render_pdf

from .conftest import pdffonts, squash
from .docx_helpers import (
    TEST_FAMILY,
    png_pages,
    sample_document,
    side_by_side,
    soffice,
    to_pdf,
)

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) not installed")
_NUMBER = re.compile(r"[0-9๐-๙]+(?:[.,/][0-9๐-๙]+)*")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """(content, our PDF, LibreOffice's PDF of our .docx) for the sample without charts (their
    labels are text in our PDF, pixels in the Word file)."""
    work = tmp_path_factory.mktemp("lo")
    document = sample_document(charts=False)
    ours = render_pdf(document, work / "ours.pdf", DocumentOptions()).path
    word = render_docx(document, work / "word.docx").path
    (theirs,) = to_pdf([word], work / "out", work)
    return document, ours, theirs


def _crop(pdf: Path, *, top: bool, page: int | None = None) -> str:
    """The text of the page-number band (the top 1.6 cm) or of what is below it, in content
    order (``-raw``: LibreOffice's table cells side by side would interleave otherwise)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    band = ["-y", "0", "-H", "46"] if top else ["-y", "46", "-H", "2000"]
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", *pages, "-x", "0", "-W", "2000",
                           *band, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _letters(text: str) -> str:
    """Text without white space, tick boxes and Thai marks above and below the line: LibreOffice's
    PDFs give some marks out of order (ตัวชีว้ ัด), which says nothing about what is printed."""
    return "".join(ch for ch in squash(text) if ch != "☐" and unicodedata.category(ch) != "Mn")


def test_libreoffice_uses_the_th_sarabunpsk_the_docx_names(printed):
    _, _, theirs = printed
    fonts = {name.split("+")[-1] for name in pdffonts(theirs)}
    assert any(name.startswith(TEST_FAMILY.replace(" ", "")) for name in fonts), fonts


def test_every_text_of_the_content_is_in_both_pdfs(printed):
    document, ours, theirs = printed
    wanted = [squash(line.lstrip("-๑๒๓. ")) for text in c.texts(document)
              for line in text.split("\n")]
    assert len(wanted) > 40
    for pdf in (ours, theirs):
        body = _crop(pdf, top=False)
        exact, text = squash(body), _letters(body)
        missing = [want for want in wanted if _letters(want) not in text]
        assert not missing, (pdf.name, missing)
        assert sum(want in exact for want in wanted) >= 0.8 * len(wanted), pdf.name


def test_numbers_are_the_same_in_both_pdfs(printed):
    _, ours, theirs = printed

    def numbers(pdf):
        return sorted(_NUMBER.findall(_crop(pdf, top=False)))

    assert numbers(theirs) == numbers(ours)
    assert "๘๕.๙๒" in numbers(theirs) and "๒๐" in numbers(theirs)


def test_page_numbers_from_page_two_of_each_section(printed):
    """Ours prints "- ๒ -". The .docx asks for Thai digits the way Word does (w:pgNumType
    w:fmt="thaiNumbers"; see test_docx_writer); LibreOffice 7.4 does not read that format and
    prints "- 2 -", which is all this can check of it."""
    _, ours, theirs = printed
    for pdf, numbers in ((ours, ["", "", "-๒-"]), (theirs, ["", "", "-2-"])):
        assert [squash(_crop(pdf, top=True, page=n)) for n in (1, 2, 3)] == numbers, pdf.name


def test_pages_side_by_side(printed, tmp_path):
    _, ours, theirs = printed
    folder = Path(os.environ.get("ITA_DOCX_PNG_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    left = png_pages(ours, folder / "pdf")
    right = png_pages(theirs, folder / "docx")
    assert left and right
    pairs = [side_by_side(a, b, folder / f"side-{n}.png")
             for n, (a, b) in enumerate(zip(left, right, strict=False), start=1)]
    from PIL import Image

    for pair in pairs:  # every page has ink on both sides
        image = Image.open(pair).convert("L")
        half = image.width // 2
        for box in ((0, 0, half - 6, image.height), (half + 6, 0, image.width, image.height)):
            assert image.crop(box).getextrema()[0] < 128
    assert len(right) == len(left)


@pytest.fixture(scope="module")
def demo_printed(example_path, tmp_path_factory):
    """The example office's memo and measures from ``ita render`` as PDF and as .docx, and
    LibreOffice's PDFs of the .docx files."""
    from ita_desktop.cli import main

    work = tmp_path_factory.mktemp("demo docx")
    pairs = {}
    for kind in ("memo-measures", "measures"):
        for suffix in ("pdf", "docx"):
            out = work / f"{kind}.{suffix}"
            assert main(["render", kind, "--db", str(example_path), "--fiscal-year", "2569",
                         "--out", str(out)]) == 0
        pairs[kind] = work / f"{kind}.pdf"
    converted = to_pdf([work / f"{kind}.docx" for kind in pairs], work / "lo", work)
    return {kind: (pairs[kind], lo) for kind, lo in zip(pairs, converted, strict=True)}


@pytest.mark.parametrize("kind", ["memo-measures", "measures"])
def test_demo_documents_read_the_same_from_word(demo_printed, kind, tmp_path):
    ours, theirs = demo_printed[kind]
    mine, word = _crop(ours, top=False), _crop(theirs, top=False)
    assert sorted(_NUMBER.findall(word)) == sorted(_NUMBER.findall(mine))
    # the same letters in the same order, but for repeated table headers and line breaks
    lines = [_letters(line) for line in mine.splitlines() if len(_letters(line)) > 8]
    text = _letters(word)
    missing = [line for line in lines if line not in text]
    assert not missing
    folder = Path(os.environ.get("ITA_DOCX_PNG_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    left, right = png_pages(ours, folder / f"{kind}-pdf"), png_pages(theirs, folder / f"{kind}-docx")
    for n, (a, b) in enumerate(zip(left, right, strict=False), start=1):
        side_by_side(a, b, folder / f"{kind}-side-{n}.png")
    assert len(right) == len(left)
