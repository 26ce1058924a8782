"""The memo (บันทึกข้อความ): what prints, where it prints, and what the office edited."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from ita_desktop.documents import DocumentOptions, render
from ita_desktop.documents.context import load_context
from ita_desktop.documents.memo_draft import FIELDS, draft_memo, memo_fields, status_counts
from ita_desktop.storage import memos, profile

from .conftest import pdffonts, pdftotext, squash

OFFICE = "องค์การบริหารส่วนตำบลดอนแก้วทอง"
SIGNER = "นางวันเพ็ญ สุขประเสริฐ"
SUBJECTS = {
    "memo-measures": "ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "memo-results": "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
}
CLOSINGS = {"memo-measures": "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
            "memo-results": "จึงเรียนมาเพื่อโปรดทราบ"}
KIND = {"memo-measures": "measures", "memo-results": "results"}
PAGE_W = A4[0]
LEFT, RIGHT_EDGE = 3 * cm, A4[0] - 2 * cm
THAI_DIGITS = set("๐๑๒๓๔๕๖๗๘๙")


def _render(store, tmp_path: Path, kind: str, options: DocumentOptions | None = None,
            name: str | None = None):
    out = tmp_path / f"{name or kind}.pdf"
    report = render(kind, store, fiscal_year=2569, out=out, options=options)
    return out, report


def _page_text(path: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page),
                           str(path), "-"], capture_output=True, text=True, check=True).stdout


def _words(path: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every word poppler finds on ``page`` (y from the top)."""
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", "-f", str(page), "-l",
                          str(page), str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">([^<]*)</word>')
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in pattern.findall(out)]


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _graphics(path: Path, page: int = 0):
    """Images placed ({name: (width, height, x, y)} from the CTM at ``Do``) and dotted lines
    ([(x0, x1, y)] in page points, drawn with the memo's dash [0 2.4]) on a page."""
    reader = PdfReader(str(path))
    pg = reader.pages[page]
    ctm, stack, dash, start = (1, 0, 0, 1, 0, 0), [], None, None
    images, dotted = {}, []
    for args, op in ContentStream(pg.get_contents(), reader).operations:
        if op == b"q":
            stack.append((ctm, dash))
        elif op == b"Q":
            ctm, dash = stack.pop()
        elif op == b"cm":
            ctm = _mul(tuple(float(v) for v in args), ctm)
        elif op == b"d":
            dash = [float(v) for v in args[0]]
        elif op == b"m":
            start = (float(args[0]), float(args[1]))
        elif op == b"l" and dash == [0, 2.4] and start:
            x0 = ctm[0] * start[0] + ctm[4]
            x1 = ctm[0] * float(args[0]) + ctm[4]
            dotted.append((x0, x1, ctm[3] * start[1] + ctm[5]))
        elif op == b"Do":
            images[str(args[0])] = (ctm[0], ctm[3], ctm[4], ctm[5])
    xobjects = pg["/Resources"].get("/XObject", {})
    images = {k: v for k, v in images.items()
              if xobjects[k].get_object().get("/Subtype") == "/Image"}
    return images, dotted


def _emblem_png(width: int = 300, height: int = 340) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, width - 10, height - 10), fill=(170, 30, 30, 255))
    data = io.BytesIO()
    image.save(data, "PNG")
    return data.getvalue()


@pytest.mark.parametrize("kind", ["memo-measures", "memo-results"])
def test_memo_prints_header_body_and_signature(example_store, tmp_path, kind):
    out, report = _render(example_store, tmp_path, kind)
    text = squash(pdftotext(out))
    for expected in ("บันทึกข้อความ", "ส่วนราชการ", OFFICE, "โทร.๐๔๓๕๕๖๗๘๙", "เรื่อง",
                     SUBJECTS[kind], "เรียน", "สบ๗๒๔๐๑/", SIGNER, CLOSINGS[kind], "ความเห็น",
                     "ข้อพิจารณา", "นางสาวพรทิพย์มั่นคงดี", "นายสมศักดิ์ใจดีงาม"):
        assert squash(expected) in text, expected
    # the measures are sent for approval (boxes to tick), the results report to take note
    approval = kind == "memo-measures"
    assert (squash("ข้อพิจารณา/สั่งการ") in text) == approval
    assert ("ไม่อนุมัติ" in text) == approval
    assert report.pages == 1
    assert any("ยังไม่ได้เลือกภาพตราสัญลักษณ์" in w for w in report.warnings)
    assert all(font.split("+")[-1].startswith("Sarabun") for font in pdffonts(out))
    images, _ = _graphics(out)
    assert images == {}


def test_measures_memo_states_score_rating_and_count(example_store, tmp_path):
    out, _ = _render(example_store, tmp_path, "memo-measures")
    text = squash(pdftotext(out))
    assert "ได้คะแนน๘๕.๙๒คะแนนอยู่ในระดับผ่าน" in text
    assert "พ.ศ.๒๕๖๘" in text and "รวม๕มาตรการ" in text
    assert "วันที่๒๐ตุลาคม๒๕๖๘" in text


def test_results_memo_counts_measures_by_latest_status(example_store, tmp_path):
    out, _ = _render(example_store, tmp_path, "memo-results")
    text = squash(pdftotext(out))
    assert "ดำเนินการแล้วเสร็จ๑มาตรการ" in text
    assert "อยู่ระหว่างดำเนินการ๒มาตรการ" in text
    assert "ยังไม่ได้เริ่มดำเนินการ๒มาตรการ" in text
    assert "วันที่๒๕กันยายน๒๕๖๙" in text


def test_emblem_is_drawn_one_and_a_half_cm_high(example_store, tmp_path):
    profile.set_emblem(example_store, data=_emblem_png(300, 340), mime="image/png")
    out, report = _render(example_store, tmp_path, "memo-measures")
    assert not any("ตราสัญลักษณ์" in w for w in report.warnings)
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert [line.split()[2:5] for line in listing if line.split()[2] == "image"] == [
        ["image", "300", "340"]]
    (width, height, x, y), = _graphics(out)[0].values()
    assert height == pytest.approx(1.5 * cm, abs=0.05 * cm)
    assert width == pytest.approx(1.5 * cm * 300 / 340, abs=0.05 * cm)
    assert x == pytest.approx(LEFT, abs=0.5)  # top left, at the left margin
    assert y + height == pytest.approx(A4[1] - 2 * cm, abs=0.5)
    title = [w for w in _words(out) if w[4] == "บันทึกข้อความ"]
    assert len(title) == 1  # centred on the text block, beside the emblem
    assert (title[0][0] + title[0][2]) / 2 == pytest.approx((LEFT + RIGHT_EDGE) / 2, abs=1)
    assert A4[1] - (y + height) < title[0][3] < A4[1] - y


@pytest.mark.parametrize("kind", ["memo-measures", "memo-results"])
def test_text_stays_between_the_margins(example_store, tmp_path, kind):
    profile.set_emblem(example_store, data=_emblem_png(), mime="image/png")
    out, _ = _render(example_store, tmp_path, kind)
    words = _words(out)
    assert min(w[0] for w in words) == pytest.approx(LEFT, abs=1)
    assert max(w[2] for w in words) <= PAGE_W - 2 * cm + 1
    # distributed body lines reach the right margin; first lines start 2.5 cm in
    assert max(w[2] for w in words) == pytest.approx(RIGHT_EDGE, abs=1)
    starts = [w for w in words if w[0] == pytest.approx(LEFT + 2.5 * cm, abs=1)]
    assert len(starts) >= 4  # three body paragraphs and the closing sentence


def test_header_lines_and_dotted_leaders(example_store, tmp_path):
    out, _ = _render(example_store, tmp_path, "memo-measures")
    words = _words(out)

    def word(text):
        return next(w for w in words if w[4] == text)

    number, date = word("ที่"), word("วันที่")
    assert number[0] == pytest.approx(LEFT, abs=1)
    assert date[0] == pytest.approx(LEFT + (RIGHT_EDGE - LEFT) / 2, abs=1)
    assert date[3] == pytest.approx(number[3], abs=0.5)  # ที่ and วันที่ on one line
    _, dotted = _graphics(out)
    subject_y = A4[1] - word("เรื่อง")[3]
    header = [d for d in dotted if d[2] > subject_y - 20]
    to_margin = [d for d in header if d[1] == pytest.approx(RIGHT_EDGE, abs=0.5)]
    assert len(to_margin) >= 4  # ส่วนราชการ, วันที่, เรื่อง (two lines)
    assert any(d[1] < LEFT + (RIGHT_EDGE - LEFT) / 2 for d in header)  # ที่ stops mid-line


def test_long_subject_wraps_between_words(example_store, tmp_path):
    subject = "ขออนุมัติ" + "มาตรการส่งเสริมคุณธรรมและความโปร่งใส " * 5 + "ปลายเรื่อง"
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", subject=subject)
    out, _ = _render(example_store, tmp_path, "memo-measures")
    lines = [line for line in pdftotext(out).splitlines() if "มาตรการส่งเสริม" in line]
    assert squash(subject) in squash(pdftotext(out))
    assert len([w for w in _words(out) if w[4] == "ปลายเรื่อง"]) == 1
    assert len(lines) >= 3
    assert max(w[2] for w in _words(out)) <= PAGE_W - 2 * cm + 1


def test_arabic_digits_option(example_store, tmp_path):
    for kind in ("memo-measures", "memo-results"):
        out, _ = _render(example_store, tmp_path, kind, DocumentOptions(thai_digits=False))
        text = pdftotext(out)
        assert "2569" in text and "๒๕๖๙" not in text
        assert not THAI_DIGITS & set(text)
        assert "สบ 72401/" in text


def test_user_text_prints_literally(example_store, tmp_path):
    memos.save_memo(example_store, fiscal_year=2569, kind="results",
                    subject="เรื่องทดสอบ <b>x</b> & <",
                    body="ย่อหน้าแรก <b>x</b> & < จบ\n\nย่อหน้าที่สอง &amp; <i>")
    out, _ = _render(example_store, tmp_path, "memo-results")
    text = pdftotext(out)
    assert text.count("<b>x</b> & <") == 2
    assert "&amp; <i>" in text


def test_edited_memo_is_what_prints(example_store, tmp_path):
    body = ("ข้อความที่เจ้าหน้าที่พิมพ์เองย่อหน้าหนึ่ง ขอส่งเอกสารตามที่แนบ\n\n"
            "ย่อหน้าที่สองที่แก้ไขเอง\n\n\n")
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", body=body,
                    to_whom="ปลัดองค์การบริหารส่วนตำบลดอนแก้วทอง", number="สบ ๗๒๔๐๑/๙๙๙",
                    signer_name="นายทดสอบ แก้ไขแล้ว",
                    extra={"closing": "จึงเรียนมาเพื่อโปรดทราบและพิจารณา"})
    out, _ = _render(example_store, tmp_path, "memo-measures")
    text = squash(pdftotext(out))
    assert squash("ข้อความที่เจ้าหน้าที่พิมพ์เองย่อหน้าหนึ่ง ขอส่งเอกสารตามที่แนบ") in text
    assert "ย่อหน้าที่สองที่แก้ไขเอง" in text
    assert "ได้วิเคราะห์ผลการประเมิน" not in text  # the draft is not printed
    assert "เรียนปลัดองค์การบริหารส่วนตำบลดอนแก้วทอง" in text
    assert "สบ๗๒๔๐๑/๙๙๙" in text and "(นายทดสอบแก้ไขแล้ว)" in text
    assert "จึงเรียนมาเพื่อโปรดทราบและพิจารณา" in text
    assert SIGNER not in pdftotext(out)
    # two paragraphs, each with its 2.5 cm first-line indent
    indented = [w for w in _words(out) if w[0] == pytest.approx(LEFT + 2.5 * cm, abs=1)]
    assert {w[4] for w in indented} >= {"ข้อความที่เจ้าหน้าที่พิมพ์เองย่อหน้าหนึ่ง",
                                       "ย่อหน้าที่สองที่แก้ไขเอง"}


@pytest.mark.parametrize(("extra", "present", "absent"), [
    ({"deputy_block": False}, ["ข้อพิจารณา/สั่งการ", "นายสมศักดิ์"], ["ความเห็น", "พรทิพย์"]),
    ({"chief_block": False}, ["ความเห็น", "พรทิพย์"], ["ข้อพิจารณา", "นายสมศักดิ์"]),
    ({"deputy_block": False, "chief_block": False}, [SIGNER], ["ความเห็น", "ข้อพิจารณา"]),
])
def test_comment_blocks_follow_the_memo_settings(example_store, tmp_path, extra, present,
                                                 absent):
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", extra=extra)
    out, _ = _render(example_store, tmp_path, "memo-measures")
    text = squash(pdftotext(out))
    assert all(squash(p) in text for p in present)
    assert not any(a in text for a in absent)


def test_closing_signature_and_comments_move_to_page_two_whole(example_store, tmp_path):
    paragraph = ("ข้อความทดสอบการขึ้นหน้าใหม่ของบันทึกข้อความ เพื่อดูว่าส่วนลงนามและช่องของผู้บริหาร"
                 "ย้ายไปหน้าถัดไปทั้งชุด ไม่แยกกันอยู่คนละหน้า ")
    for count in range(4, 20):
        body = "\n\n".join([paragraph * 3] * count + ["ย่อหน้าสุดท้ายของเนื้อความ"])
        memos.save_memo(example_store, fiscal_year=2569, kind="measures", body=body)
        out, report = _render(example_store, tmp_path, "memo-measures", name=f"long{count}")
        if report.pages > 1:
            break
    else:
        pytest.fail("the body never reached a second page")
    first, second = squash(_page_text(out, 1)), squash(_page_text(out, 2))
    assert "ย่อหน้าสุดท้ายของเนื้อความ" in first  # the body fitted on page 1 ...
    for part in (CLOSINGS["memo-measures"], SIGNER, "ความเห็น", "ข้อพิจารณา/สั่งการ",
                 "นางสาวพรทิพย์มั่นคงดี", "นายสมศักดิ์ใจดีงาม"):
        assert squash(part) in second, part  # ... the ending did not, and moved whole
        assert squash(part) not in first, part
    assert "-๒-" in second  # page number on the continuation page


def test_draft_when_nothing_is_stored(example_store):
    for kind, stored in (("memo-measures", "measures"), ("memo-results", "results")):
        context = load_context(example_store, kind=kind, fiscal_year=2569,
                               options=DocumentOptions())
        context.memo = None
        draft = draft_memo(context)
        assert set(draft) == set(FIELDS)
        assert draft["number"] == "สบ ๗๒๔๐๑/"
        assert draft["to_whom"] == "นายกองค์การบริหารส่วนตำบลดอนแก้วทอง"
        assert draft["signer_name"] == SIGNER
        assert "2569" in draft["subject"]
        assert len(draft["body"].split("\n\n")) == 3
        memos.save_memo(example_store, fiscal_year=2569, kind=stored,
                        **{k: v for k, v in draft.items()})  # the UI can store a draft as is
    context = load_context(example_store, kind="memo-measures", fiscal_year=2569,
                           options=DocumentOptions())
    body = draft_memo(context)["body"]
    assert "ได้คะแนน 85.92 คะแนน อยู่ในระดับ ผ่าน" in body
    assert "2568" in body and "รวม 5 มาตรการ" in body
    results = load_context(example_store, kind="memo-results", fiscal_year=2569,
                           options=DocumentOptions())
    assert status_counts(results) == {"done": 1, "in_progress": 2, "not_started": 2,
                                      "cancelled": 0}


def test_stored_fields_win_only_when_not_empty(example_store):
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", subject="  ",
                    body="เนื้อความของสำนักงาน", signer_position="")
    context = load_context(example_store, kind="memo-measures", fiscal_year=2569,
                           options=DocumentOptions())
    fields = memo_fields(context)
    assert fields["body"] == "เนื้อความของสำนักงาน"
    assert fields["subject"].startswith("ขออนุมัติมาตรการ")  # drafted: stored one is blank
    assert fields["signer_position"] == "นักวิเคราะห์นโยบายและแผนชำนาญการ"
    assert fields["number"] == "สบ ๗๒๔๐๑/๐๑๒"
    assert fields["deputy_block"] and fields["chief_block"]


def _huge_png() -> bytes:
    out = io.BytesIO()
    Image.new("1", (9000, 9000), 1).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("data,reason", [
    (b"\x89PNG\r\n\x1a\nnot really", "เสียหายหรือไม่ใช่ภาพ"),
    ("ไม่ใช่ภาพ".encode(), "เสียหายหรือไม่ใช่ภาพ"),
    (_huge_png(), "ใหญ่เกินไป (9,000 × 9,000 จุด)"),  # would cost ~1 GB to print
], ids=["damaged", "not-an-image", "huge"])
def test_a_bad_emblem_in_the_file_warns_and_prints_plain(example_store, tmp_path, data, reason):
    """The core refuses such images when they are set; a file edited in another tool may still
    hold one."""
    example_store.db.execute("UPDATE organisation SET emblem = ?, emblem_mime = 'image/png'",
                             [data])
    example_store.db.conn.commit()
    out, report = _render(example_store, tmp_path, "memo-measures")
    assert any("ตราสัญลักษณ์" in w and reason in w for w in report.warnings)
    assert _graphics(out)[0] == {}
    assert "บันทึกข้อความ" in pdftotext(out)


def test_a_subject_longer_than_a_page_splits_onto_the_next(example_store, tmp_path):
    """Found by the fuzz suite: a header row (เรื่อง) too tall for a page raised LayoutError."""
    subject = ("ขออนุมัติมาตรการส่งเสริมคุณธรรม " * 700)[:20000]
    memos.save_memo(example_store, fiscal_year=2569, kind="measures", subject=subject)
    out = tmp_path / "memo.pdf"
    report = render("memo-measures", example_store, fiscal_year=2569, out=out)
    assert report.pages >= 3
    text = re.sub("-[๐-๙]+-", "", squash(pdftotext(out)))  # page numbers read in between
    assert squash(subject) in text
    assert "บันทึกข้อความ" in text and "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ" in text


def test_a_memo_for_information_has_no_approval_boxes(example_store, tmp_path):
    memos.save_memo(example_store, fiscal_year=2569, kind="measures",
                    extra={"purpose": "inform"})
    out, _ = _render(example_store, tmp_path, "memo-measures")
    text = squash(pdftotext(out))
    assert "จึงเรียนมาเพื่อโปรดทราบ" in text and "อนุมัติ" not in text.replace(
        squash("ขออนุมัติมาตรการ"), "")
    assert "ข้อพิจารณา" in text and squash("ข้อพิจารณา/สั่งการ") not in text


def test_comment_blocks_follow_the_offices_chain_with_typed_text(example_store, tmp_path):
    reviewers = [
        {"name": "จ่าอากาศเอกสุรชิต พิสัยพันธ์", "position": "ปลัดเทศบาลตำบลโพธิ์ชัย",
         "text": "เพื่อโปรดทราบ"},
        {"name": "นายรองนายก ทดสอบ", "position": "รองนายกเทศมนตรีตำบลโพธิ์ชัย", "text": ""},
        {"name": "นางรองปลัด ทดสอบ", "position": "รองปลัดเทศบาล",
         "text": "เห็นควรอนุมัติตามเสนอ"},
    ]
    memos.save_memo(example_store, fiscal_year=2569, kind="measures",
                    extra={"reviewers": reviewers, "chief_text": "อนุมัติ ให้ดำเนินการต่อไป"})
    out, report = _render(example_store, tmp_path, "memo-measures")
    text = squash(pdftotext(out))
    assert text.count("ความเห็น") == 3
    for reviewer in reviewers:
        assert squash(f"({reviewer['name']})") in text and squash(reviewer["position"]) in text
    assert "เพื่อโปรดทราบ" in text and "เห็นควรอนุมัติตามเสนอ" in text
    assert squash("อนุมัติ ให้ดำเนินการต่อไป") in text
    order = [text.index(squash(r["name"])) for r in reviewers]
    assert order == sorted(order)  # in the chain's order
    assert text.index(squash("นายสมศักดิ์ใจดีงาม")) > order[-1]  # the chief executive last
    assert "พรทิพย์" not in text  # the profile's deputy is not added to an explicit chain
    assert report.pages in (1, 2)


def test_the_chain_and_a_memo_for_information_in_a_word_file(example_store, tmp_path):
    from docx import Document as WordDocument

    reviewers = [{"name": "นายรองนายก ทดสอบ", "position": "รองนายกองค์การบริหารส่วนตำบลดอนแก้วทอง",
                  "text": "เพื่อโปรดทราบ"}]
    memos.save_memo(example_store, fiscal_year=2569, kind="measures",
                    extra={"purpose": "inform", "reviewers": reviewers})
    out = tmp_path / "memo.docx"
    render("memo-measures", example_store, fiscal_year=2569, out=out, format="docx")
    word = WordDocument(str(out))
    texts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            for cell in row.cells:
                texts += [p.text for p in cell.paragraphs]
    joined = squash(" ".join(texts))
    assert "จึงเรียนมาเพื่อโปรดทราบ" in joined and "ไม่อนุมัติ" not in joined
    assert squash("(นายรองนายก ทดสอบ)") in joined and "เพื่อโปรดทราบ" in joined
    assert "พรทิพย์" not in joined
