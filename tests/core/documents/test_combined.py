"""Documents filed together in one PDF (documents.combined): the parts in order, portrait then
landscape pages, and the page numbers each part carries."""

from __future__ import annotations

import subprocess

import pytest

from ita_desktop.documents import DocumentError, render
from ita_desktop.numbers import to_thai_digits
from ita_desktop.storage import assessments

from .conftest import squash


def pages(path) -> list[tuple[str, str]]:
    """(orientation, text) per page: "portrait" or "landscape" from pdfinfo; the text squashed,
    its first line (the page number, if any) read with -layout."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                          text=True, check=True).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0] for line in info.splitlines()
             if line.startswith("Page") and "size" in line]
    out = []
    for n, size in enumerate(sizes, start=1):
        width, height = (float(v) for v in size.split("x"))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(n), "-l",
                               str(n), str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        out.append(("landscape" if width > height else "portrait", squash(text)))
    return out


def number(n: int) -> str:
    return f"-{to_thai_digits(str(n))}-"


def test_analysis_with_the_measures_appended(example_store, tmp_path):
    out = tmp_path / "a.pdf"
    report = render("analysis-measures", example_store, fiscal_year=2569, out=out)
    shown = pages(out)
    assert report.pages == len(shown)
    kinds = [k for k, _ in shown]
    first_landscape = kinds.index("landscape")
    assert set(kinds[:first_landscape]) == {"portrait"} and set(kinds[first_landscape:]) == {
        "landscape"}
    assert shown[0][1].startswith(squash("รายงานการวิเคราะห์ผลการประเมิน"))  # the cover
    assert "๒๕๖๘" in shown[0][1]  # the analysis of the assessment the 2569 measures answer
    assert squash("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานประจำปีงบประมาณพ.ศ.๒๕๖๙") \
        in shown[first_landscape][1]
    # numbered from page 2, going on across the landscape pages
    assert number(1) not in shown[0][1]
    for n, (_, text) in enumerate(shown[1:], start=2):
        assert text.startswith(number(n)), n


def test_memo_with_its_attachments(example_store, tmp_path):
    out = tmp_path / "m.pdf"
    render("memo-measures-attached", example_store, fiscal_year=2569, out=out)
    shown = pages(out)
    assert shown[0][1].startswith("บันทึกข้อความ") and shown[0][0] == "portrait"
    cover = next(n for n, (_, t) in enumerate(shown) if t.startswith(
        squash("รายงานการวิเคราะห์ผลการประเมิน")))
    assert cover == 1  # the memo fits one page; its attachment starts on the next
    assert shown[cover + 1][1].startswith(number(2))  # the attachment counts from 1 again
    assert shown[-1][0] == "landscape" and squash("ผู้อนุมัติ") in shown[-1][1]

    out = tmp_path / "r.pdf"
    render("memo-results-attached", example_store, fiscal_year=2569, out=out)
    shown = pages(out)
    assert shown[0][1].startswith("บันทึกข้อความ")
    assert shown[1][0] == "landscape" and shown[1][1].startswith(
        squash("รายงานผลการดำเนินการเพื่อส่งเสริม"))
    assert number(1) not in shown[1][1][:6] and shown[2][1].startswith(number(2))


def test_no_assessment_to_analyse_is_refused(example_store, tmp_path):
    for year in (2566, 2567, 2568):
        assessments.delete_assessment(example_store, year)
    with pytest.raises(DocumentError, match="2569"):
        render("analysis-measures", example_store, fiscal_year=2569, out=tmp_path / "x.pdf")
