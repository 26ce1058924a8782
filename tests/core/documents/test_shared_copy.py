"""A copy of an office's file, opened where the shipped framework files differ or are missing,
still prints every document: the file carries the frameworks its scores were entered against,
the office's emblem and every text the office wrote."""

from __future__ import annotations

import io
import shutil

from PIL import Image
from pypdf import PdfReader

from ita_desktop import paths
from ita_desktop.documents import KINDS, render
from ita_desktop.storage import analysis_texts, backup_file, open_database, profile

from .conftest import pdftotext, squash


def test_a_copied_file_prints_everything_without_the_shipped_frameworks(example_path, tmp_path,
                                                                        monkeypatch):
    original = tmp_path / "office.db"
    shutil.copyfile(example_path, original)
    emblem = io.BytesIO()
    Image.new("RGB", (120, 160), (20, 40, 160)).save(emblem, "PNG")
    with open_database(original) as store:
        profile.set_emblem(store, data=emblem.getvalue(), mime="image/png")
        analysis_texts.edit_text(store, fiscal_year=2568, scope="issue", key="3", field="cause",
                                 text="ข้อความที่สำนักปลัดเขียนเองสำหรับประเด็นที่สาม")
    shared = tmp_path / "usb-stick" / "office-copy.db"
    shared.parent.mkdir()
    backup_file(original, shared)  # what แฟ้ม › บันทึกสำเนา writes

    empty = tmp_path / "no-frameworks"
    empty.mkdir()
    monkeypatch.setattr(paths, "FRAMEWORKS", empty)  # "another machine": no shipped files
    with open_database(shared, read_only=True) as store:
        pages = {}
        for kind in KINDS:
            out = tmp_path / f"{kind}.pdf"
            report = render(kind, store, fiscal_year=2568 if kind == "analysis" else 2569,
                            out=out)
            pages[kind] = report.pages
            assert not any("ตราสัญลักษณ์" in w for w in report.warnings), report.warnings
        assert all(count >= 1 for count in pages.values())
    memo = PdfReader(tmp_path / "memo-measures.pdf").pages[0]
    assert memo["/Resources"]["/XObject"]  # the emblem travelled with the file
    assert squash("ข้อความที่สำนักปลัดเขียนเองสำหรับประเด็นที่สาม") in squash(
        pdftotext(tmp_path / "analysis.pdf"))
