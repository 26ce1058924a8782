"""The analysis report, checked on the PDF it prints: pdftotext, pdffonts, pdfimages."""

from __future__ import annotations

import io
import subprocess

import pytest

from ita_desktop import workbook
from ita_desktop.documents import DocumentError, DocumentOptions, analysis_report, render
from ita_desktop.documents.analysis_sections import rating_condition
from ita_desktop.documents.context import load_context
from ita_desktop.numbers import format_score, to_thai_digits
from ita_desktop.storage import analysis_texts, open_database, profile

from .conftest import pdffonts, pdftotext, squash

NOT_SCORED = "ไม่ได้รับการประเมิน"


def _render(store, year, tmp_path, options=None):
    out = tmp_path / f"analysis-{year}.pdf"
    render("analysis", store, fiscal_year=year, out=out, options=options)
    return out


def _between(text: str, start: str, end: str) -> str:
    """The part of ``text`` from the heading ``start`` to the heading ``end`` (squashed)."""
    flat = squash(text)
    a = flat.index(squash(start))
    return flat[a:flat.index(squash(end), a)]


def _cells(text: str, start: str, end: str) -> set[str]:
    """Lines of pdftotext between two headings: one table cell per line."""
    lines = [line.strip() for line in text.splitlines()]
    a = next(i for i, line in enumerate(lines) if squash(start) in squash(line))
    b = next(i for i in range(a + 1, len(lines)) if squash(end) in squash(lines[i]))
    return set(lines[a:b])


@pytest.mark.parametrize("year", [2568, 2566])
def test_report_prints_the_years_results(example_store, tmp_path, year):
    out = _render(example_store, year, tmp_path)
    text = pdftotext(out)
    flat = squash(text)
    framework = workbook.framework_of(example_store, year)
    analysis = workbook.analysis_of(example_store, year)
    result = workbook.result_of(example_store, year)

    assert squash(analysis_report.TITLE + f"ประจำปีงบประมาณ พ.ศ. {to_thai_digits(str(year))}") in flat
    assert "องค์การบริหารส่วนตำบลดอนแก้วทอง" in text
    assert "อำเภอบ้านไผ่งาม จังหวัดสุวรรณบุรี" in text
    assert format_score(result.total, thai_digits=True) in text
    for indicator in framework.indicators:
        assert squash(f"ตัวชี้วัดที่ {to_thai_digits(str(indicator.number))} {indicator.title}") in flat
    for issue in framework.issues:
        assert squash(f"ประเด็นที่ {to_thai_digits(str(issue.number))} {issue.title}") in flat
    # the lowest entry of each issue is in its table and named in its cause
    for issue in analysis.issues:
        section = _between(text, f"ประเด็นที่ {to_thai_digits(str(issue.number))} {issue.title}",
                           "สาเหตุ")
        assert squash(to_thai_digits(issue.lowest.title)) in section
        assert format_score(issue.lowest.score, thai_digits=True) in section
    # the rating table lists every level of the framework, each in its own cell
    cells = _cells(text, "เกณฑ์ระดับผลการประเมิน", "ผลการประเมินของ")
    for level in framework.rating:
        assert level.label in cells
    assert result.rating in text
    assert all(font.split("+")[-1].startswith("Sarabun") for font in pdffonts(out))


def test_rating_conditions_read_first_match_wins(example_store):
    levels = workbook.framework_of(example_store, 2568).rating
    assert [rating_condition(levels, k) for k in range(len(levels))] == [
        "คะแนนรวม ≥ 95.00 และทุกเครื่องมือ ≥ 95.00",
        "คะแนนรวม ≥ 85.00 และทุกเครื่องมือ ≥ 85.00",
        "คะแนนรวม ≥ 85.00 และมีเครื่องมือที่ได้ < 85.00",
        "คะแนนรวม 70.00 – 84.99",
        "คะแนนรวม 0.00 – 69.99",
    ]
    old = workbook.framework_of(example_store, 2566).rating
    assert rating_condition(old, 0) == "คะแนนรวม ≥ 95.00"
    assert rating_condition(old, 1) == "คะแนนรวม 85.00 – 94.99"
    assert rating_condition(old, 6) == "คะแนนรวม 0.00 – 49.99"


def test_item_tables_mark_lowest_and_levels(example_store, tmp_path):
    text = pdftotext(_render(example_store, 2568, tmp_path), layout=True)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # issue 2 of the example: e9 (65.20) is the lowest; o10 is 0 and so lower still. Item codes
    # keep Arabic digits among Thai ones (o10 must never read ๐๑๐).
    e9 = next(line for line in lines if line.startswith("e9 "))
    assert "๖๕.๒๐" in e9 and "ควรปรับปรุง" in e9
    o10 = next(line for line in lines if line.startswith("o10 "))
    assert "๐.๐๐" in o10 and "ต่ำสุดในประเด็น" in o10
    i3 = next(line for line in lines if line.startswith("i3 "))
    assert "ควรรักษามาตรฐาน" in i3
    assert "o๑" not in text and "e๙" not in text


def test_office_text_prints_instead_of_the_draft(example_store, tmp_path):
    draft = workbook.analysis_of(example_store, 2568).drafts()[("indicator", "4", "text")]
    mine = "เจ้าหน้าที่ยืมพัสดุโดยไม่ลงทะเบียน ควรตรวจนับทุกไตรมาส (ข้อความของหน่วยงาน)"
    analysis_texts.edit_text(example_store, fiscal_year=2568, scope="indicator", key="4",
                             field="text", text=mine)
    flat = squash(pdftotext(_render(example_store, 2568, tmp_path)))
    assert squash(mine) in flat
    assert squash(to_thai_digits(draft)) not in flat
    # the example's own edit of issue 2's cause prints too
    assert squash("ไม่คุ้นเคยกับการยื่นคำร้องออนไลน์") in flat


def test_change_across_years_only_with_two_years(example_store, tmp_path):
    context = load_context(example_store, kind="analysis", fiscal_year=2568,
                           options=DocumentOptions())
    assert context.history == [(y, workbook.published_of(example_store, y).total)
                               for y in (2566, 2567, 2568)]
    text_2568 = pdftotext(_render(example_store, 2568, tmp_path))
    assert "คะแนนรวมย้อนหลัง" in text_2568
    total_2567 = workbook.result_of(example_store, 2567).total
    assert format_score(total_2567, thai_digits=True) in text_2568
    text_2566 = pdftotext(_render(example_store, 2566, tmp_path))
    assert "คะแนนรวมย้อนหลัง" not in text_2566


def test_cover_has_no_page_number(example_store, tmp_path):
    out = _render(example_store, 2568, tmp_path)

    def page(n):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(out),
                               "-"], capture_output=True, text=True, check=True).stdout

    assert "-๑-" not in squash(page(1))
    assert squash(page(2)).startswith("-๒-คำนำ")


def test_tool_not_scored_prints_not_scored(tmp_path):
    store = open_database(tmp_path / "new.db", create=True)
    try:
        workbook.start_assessment(store, fiscal_year=2568)
        iit = {f"i{n}": "90" for n in range(1, 16)}
        oit = {code: "100" for code in ("o1", "o3", "o4", "o8", "o9", "o10")}
        workbook.enter_scores(store, fiscal_year=2568, pairs=(iit | oit).items())
        result = workbook.result_of(store, 2568)
        assert "EIT" not in result.tools and result.total is not None
        text = pdftotext(_render(store, 2568, tmp_path), layout=True)
    finally:
        store.close()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    eit_row = next(line for line in lines
                   if line.startswith("EIT แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก")
                   and "ร้อยละ" not in line and "ตัวชี้วัด" not in line)
    assert NOT_SCORED in eit_row
    assert "๐.๐๐" not in eit_row
    assert "ปีนี้ EIT ไม่มีผลคะแนน" in " ".join(lines)  # the drafted limitations say so
    assert format_score(result.total, thai_digits=True) in text
    assert "หน่วยงาน" in text  # no profile yet: the cover still prints


def test_arabic_digits(example_store, tmp_path):
    out = _render(example_store, 2568, tmp_path, DocumentOptions(thai_digits=False))
    text = pdftotext(out)
    total = workbook.result_of(example_store, 2568).total
    assert format_score(total) in text
    assert "2568" in text and "o10" in text
    assert not [ch for ch in text if "๐" <= ch <= "๙"]


def test_missing_year_is_refused(example_store, tmp_path):
    out = tmp_path / "none.pdf"
    with pytest.raises(DocumentError, match="2550"):
        render("analysis", example_store, fiscal_year=2550, out=out)
    assert not out.exists()
    context = load_context(example_store, kind="analysis", fiscal_year=2568,
                           options=DocumentOptions())
    context.analysis = None
    with pytest.raises(DocumentError):
        analysis_report.render(context, out, DocumentOptions())


def test_official_rank_and_emblem(example_store, tmp_path):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 160, 40)).save(buffer, format="PNG")
    profile.set_emblem(example_store, data=buffer.getvalue(), mime="image/png")
    options = DocumentOptions()
    context = load_context(example_store, kind="analysis", fiscal_year=2568, options=options)
    context.assessment = {"official_rank": 1487, "official_rank_of": "องค์การบริหารส่วนตำบล"}
    out = tmp_path / "rank.pdf"
    analysis_report.render(context, out, options)
    assert squash("ลำดับที่ ๑,๔๘๗ ของหน่วยงานประเภทองค์การบริหารส่วนตำบล") in squash(pdftotext(out))
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) >= 1 and images[0].split()[0] == "1"  # on the cover


def test_no_framework_verification_note_is_printed(example_store, tmp_path):
    # 2568's framework is not verified against the NACC manual: the app says so, paper does not
    assert not workbook.framework_of(example_store, 2568).verified
    context = load_context(example_store, kind="analysis", fiscal_year=2568,
                           options=DocumentOptions())
    assert any("ยังไม่ได้ยืนยัน" in w for w in context.warnings)
    for year in (2566, 2567, 2568):
        flat = squash(pdftotext(_render(example_store, year, tmp_path)))
        assert squash("ยังไม่ได้ยืนยัน") not in flat and squash("หมายเหตุ: กรอบ") not in flat


def test_office_recommendations_per_tool_replace_the_drafts(example_store, tmp_path):
    from ita_desktop.report_texts import recommendation_key

    drafts = workbook.drafts_of(example_store, 2568)
    assert {k for k in drafts if k[1] == "recommendations"} == {
        recommendation_key(c) for c in ("IIT", "EIT1", "EIT2", "OIT")}
    mine = "๑. จัดอบรมเจ้าหน้าที่เรื่องการยืมพัสดุ\n๒. ตรวจนับพัสดุทุกไตรมาส"
    analysis_texts.edit_text(example_store, fiscal_year=2568, scope="overall",
                             key="recommendations", field="IIT", text=mine)
    flat = squash(pdftotext(_render(example_store, 2568, tmp_path)))
    assert squash("จัดอบรมเจ้าหน้าที่เรื่องการยืมพัสดุ") in flat
    assert squash(to_thai_digits(drafts[recommendation_key("IIT")])) not in flat
    assert squash(to_thai_digits(drafts[recommendation_key("OIT")])[:40]) in flat
    assert squash("แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)") in flat
    assert squash("นางวันเพ็ญ สุขประเสริฐ") in flat


def test_unreadable_emblem_leaves_the_cover_without_it(example_store, tmp_path):
    # set_emblem refuses such bytes; a file edited in another tool may still hold them
    example_store.db.execute("UPDATE organisation SET emblem = ?, emblem_mime = 'image/png'",
                             [b"\x89PNG\r\n\x1a\n" + b"broken"])
    example_store.db.conn.commit()
    out = _render(example_store, 2566, tmp_path)
    assert "องค์การบริหารส่วนตำบลดอนแก้วทอง" in pdftotext(out)


def test_pictures_print_numbered_with_captions_and_a_bad_one_is_left_out(example_store,
                                                                        tmp_path):
    from PIL import Image

    from ita_desktop.storage import report_images

    buffer = io.BytesIO()
    Image.new("RGB", (1920, 1080), (20, 60, 120)).save(buffer, "PNG")
    report_images.add_image(example_store, fiscal_year=2568, data=buffer.getvalue(),
                            mime="image/png", caption="ผลการประเมินภาพรวมจากระบบ ITAS")
    report_images.add_image(example_store, fiscal_year=2568, data=buffer.getvalue(),
                            mime="image/png", caption="")
    # a third one damaged by another tool (add_image refuses such bytes)
    example_store.db.execute(
        "INSERT INTO report_images (fiscal_year, position, caption, data, mime) "
        "VALUES (2568, 2, 'ภาพเสีย', ?, 'image/png')", [b"\x89PNG\r\n\x1a\nbroken"])
    example_store.db.conn.commit()
    context = load_context(example_store, kind="analysis", fiscal_year=2568,
                           options=DocumentOptions())
    assert len(context.images) == 2
    assert any("ภาพที่ 3" in w and "ภาพเสีย" in w for w in context.warnings)
    out = _render(example_store, 2568, tmp_path)
    flat = squash(pdftotext(out))
    assert squash("ภาพที่ ๑ ผลการประเมินภาพรวมจากระบบ ITAS") in flat and "ภาพที่๒" in flat
    assert "ภาพที่๓" not in flat
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    sizes = [(int(line.split()[3]), int(line.split()[4])) for line in listing]
    assert sizes.count((1920, 1080)) == 2  # stored at full resolution, printed scaled to fit
