"""Pages of content documents drawn as PDF (documents.pdf_render): sections numbered from 1 or
going on, and a signature kept with the paragraph (and heading) before it."""

from __future__ import annotations

from ita_desktop.documents import content as c
from ita_desktop.documents.options import DocumentOptions
from ita_desktop.documents.pdf_render import render_pdf

from .conftest import pdftotext, squash

S = c.house_styles()


def _pages(pdf) -> list[str]:
    return [squash(page) for page in pdftotext(pdf, layout=True).split("\f")[:-1]]


def _two_pages(name: str, page: c.Page = c.PORTRAIT, **numbering) -> c.Section:
    return c.Section(page=page, blocks=(c.Paragraph(f"{name} หน้าแรก", S.plain), c.PageBreak(),
                                        c.Paragraph(f"{name} หน้าที่สอง", S.plain)), **numbering)


def test_sections_restart_or_go_on_numbering(tmp_path):
    document = c.Document(sections=(
        _two_pages("บันทึก"), _two_pages("รายงาน"),
        _two_pages("ตาราง", c.LANDSCAPE, restart_numbers=False)))
    report = render_pdf(document, tmp_path / "s.pdf", DocumentOptions())
    pages = _pages(report.path)
    assert report.pages == len(pages) == 6
    numbers = [page.split("บันทึก")[0].split("รายงาน")[0].split("ตาราง")[0] for page in pages]
    assert numbers == ["", "-๒-", "", "-๒-", "-๓-", "-๔-"]


def test_a_signature_keeps_the_paragraph_and_heading_before_it(tmp_path):
    """Whatever the space above, the heading, its paragraph and the signature share a page and
    the heading never ends one."""
    signature = c.Keep((c.Spacer(1.2 * c.CM), c.Paragraph("(นางสาวพรทิพย์ มั่นคงดี)", S.centre),
                        c.Paragraph("ผู้จัดทำรายงาน", S.centre)), with_previous=True)
    heading = c.Paragraph("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", S.plain.derive(bold=True),
                          keep_with_next=True)
    tried = 0
    for height in range(560, 700, 8):
        document = c.Document(sections=(c.Section(blocks=(
            c.Spacer(height), c.Paragraph("ย่อหน้าก่อนหน้า", S.body), heading,
            c.Typed("เผยแพร่ข้อมูลให้ครบทุกข้อก่อนรอบการประเมินถัดไป", S.body_indented),
            signature)),))
        pages = _pages(render_pdf(document, tmp_path / f"{height}.pdf", DocumentOptions()).path)
        tried += len(pages) > 1
        with_heading = [p for p in pages if squash(heading.plain_text()) in p]
        assert len(with_heading) == 1 and "ผู้จัดทำรายงาน" in with_heading[0], height
        assert squash("เผยแพร่ข้อมูลให้ครบทุกข้อ") in with_heading[0], height
    assert tried > 5  # the group did move to a second page
