"""The memo (บันทึกข้อความ, ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ แบบที่ ๒๙) that sends the
analysis and measures for approval ("memo-measures") or the results report ("memo-results").

A4 portrait, left margin 3 cm, right 2 cm. The Garuda emblem 1.5 cm high at the top left when the
office has set one; "บันทึกข้อความ" centred (29 PSK pt bold); ส่วนราชการ, ที่ | วันที่, เรื่อง with
bold 20 pt labels and dotted lines to the right margin; เรียน; body paragraphs with a 2.5 cm
first-line indent, Thai distributed; the closing sentence; the signature right of centre; then the
comment blocks of the office's chain (ความเห็น, one per reviewer, with their typed text) and the
chief executive's (ข้อพิจารณา/สั่งการ, with approval boxes only for a memo asking approval).
The closing, signature and comment blocks stay together (moved whole to the next page).
Wording: memo_draft (stored memo fields win when non-empty). Sizes are TH SarabunPSK points.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ita_desktop.documents import content as c
from ita_desktop.documents.content_tables import para, signature_lines
from ita_desktop.documents.context import DocumentContext
from ita_desktop.documents.memo_draft import (
    CLOSINGS,
    FIELDS,
    MEMO_KINDS,
    chief_title,
    draft_memo,
    memo_fields,
    status_counts,
)
from ita_desktop.documents.options import DocumentOptions, RenderReport
from ita_desktop.glossary import EMBLEM, REPORT_AUTHOR, where_set
from ita_desktop.printing.thaidate import thai_date
from ita_desktop.storage import profile as profile_store
from ita_desktop.storage.errors import InvalidRecordError

__all__ = ["CLOSINGS", "EMBLEM_HEIGHT", "FIELDS", "MEMO_KINDS", "MEMO_PAGE", "blocks",
           "chief_title", "document", "draft_memo", "memo_fields", "render", "status_counts"]

EMBLEM_HEIGHT = 1.5 * c.CM
"""Printed height of the Garuda emblem (ระเบียบงานสารบรรณ: ครุฑสูง ๑.๕ ซม.)."""
MEMO_PAGE = c.MEMO_PAGE
"""Left 3 cm, right 2 cm as PORTRAIT; 2 cm at the top so the emblem sits high like the form."""
TITLE_SIZE, LABEL_SIZE, VALUE_SIZE = 29, 20, 16
NO_EMBLEM = (f"ยังไม่ได้เลือกภาพ{EMBLEM.thai} บันทึกข้อความจึงพิมพ์โดยไม่มีตรา "
             f"(เลือกภาพได้ที่ {where_set(EMBLEM)})")
NO_SIGNER = ("ยังไม่ได้ระบุชื่อผู้ลงนามบันทึกข้อความ "
             f"(กรอกชื่อได้ที่ {where_set(REPORT_AUTHOR)} หรือในช่องผู้ลงนามของบันทึกข้อความ)")
_PARAGRAPHS = re.compile(r"\n[ \t\u00a0]*\n+")


def _person(name: str, position: str, options: DocumentOptions) -> list[c.Block]:
    """Signature line, "(name)" and position, centred in a comment block."""
    centre = c.house_styles().centre
    shown = f"({name.strip()})" if name.strip() else "(" + "." * 40 + ")"
    out: list[c.Block] = [c.Spacer(0.5 * c.CM), c.DottedLines(1, 5 * c.CM, centred=True),
                          para(shown, centre, options)]
    if position.strip():
        out.append(para(position, centre, options))
    return out


def _block(heading: str, text: str, name: str, position: str, options: DocumentOptions, *,
           boxes: tuple[str, ...] = ()) -> list[c.Block]:
    """One comment block: its heading, the tick boxes, the typed comment (else dotted lines to
    write on) and the signature."""
    st = c.house_styles()
    out: list[c.Block] = [para(heading, st.plain.derive(bold=True), options)]
    if boxes:
        out.append(c.TickBoxes(boxes))
    if text.strip():
        out.append(c.Typed(options.digits(text), st.plain.derive(first_line_indent=1 * c.CM)))
    else:
        out.append(c.DottedLines(1 if boxes else 2))
    return out + _person(name, position, options)


def _comment_blocks(context: DocumentContext, fields: dict, options: DocumentOptions,
                    width: float) -> c.Table | None:
    """The reviewers' ความเห็น blocks in order (the office's chain: ปลัด, รองนายก …) and the chief
    executive's decision block, two to a row, the chief's at the right of the last row. A memo
    that asks for approval gives the chief ☐อนุมัติ ☐ไม่อนุมัติ; one sent for information
    (เพื่อโปรดทราบ) gives none. None when the memo prints no block."""
    cells: list[list[c.Block]] = [
        _block("ความเห็น", r["text"], r["name"], r["position"], options)
        for r in fields["reviewers"]]
    if fields["chief_block"]:
        approve = fields["approval_boxes"]
        chief = _block("ข้อพิจารณา/สั่งการ" if approve else "ข้อพิจารณา", fields["chief_text"],
                       fields["chief_name"], fields["chief_position"], options,
                       boxes=("อนุมัติ", "ไม่อนุมัติ") if approve else ())
        cells += [[], chief] if len(cells) % 2 == 0 else [chief]
    if not cells:
        return None
    if len(cells) % 2:
        cells.append([])
    rows = [cells[n:n + 2] for n in range(0, len(cells), 2)]
    half = width / 2
    return c.Table(rows=rows, widths=(half, half), header_rows=0, grid=0, padding=0,
                   header_fill=None, formats=(
                       c.CellFormat("pad_right", (0, 0), (0, -1), 0.4 * c.CM),
                       c.CellFormat("pad_left", (1, 0), (1, -1), 0.4 * c.CM),
                       c.CellFormat("pad_right", (1, 0), (1, -1), 0),
                       c.CellFormat("pad_top", (0, 1), (-1, -1), 0.5 * c.CM)))


def _emblem(profile: dict, warnings: list[str]) -> bytes | None:
    """The stored emblem's bytes, or None with a warning: none set, not a readable image, or too
    many pixels (a file edited in another tool; storage.profile refuses those when they are set)."""
    data = profile.get("emblem")
    if not data:
        warnings.append(NO_EMBLEM)
        return None
    try:
        profile_store.check_emblem_size(*profile_store.emblem_size(bytes(data)))
        _readable(bytes(data))
    except Exception as exc:  # PIL raises many types for a damaged file
        reason = str(exc) if isinstance(exc, InvalidRecordError) else "ไฟล์ภาพเสียหาย"
        warnings.append(f"พิมพ์{EMBLEM.thai}ไม่ได้: {reason} บันทึกข้อความจึงพิมพ์โดยไม่มีตรา "
                        f"(เลือกภาพใหม่ได้ที่ {where_set(EMBLEM)})")
        return None
    return bytes(data)


def _readable(data: bytes) -> None:
    """Raises when the print engine cannot read the image."""
    import io

    from reportlab.lib.utils import ImageReader

    ImageReader(io.BytesIO(data)).getSize()


def _memo_date(value: str, warnings: list[str]) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        warnings.append(f"วันที่ของบันทึกข้อความ “{value}” ไม่ถูกต้อง จึงพิมพ์วันที่วันนี้แทน")
        return dt.date.today()


def blocks(context: DocumentContext, fields: dict, options: DocumentOptions,
           warnings: list[str]) -> list[c.Block]:
    """The memo's content (header, เรียน, body, closing + signature + comment blocks) for
    ``fields`` as memo_fields gives them; problems found are appended to ``warnings``."""
    profile = context.profile
    digits = options.digits
    st = c.house_styles()
    width = MEMO_PAGE.frame_width

    unit = (profile.get("unit_name") or "").strip()
    office = context.office
    sender = unit if office in unit else " ".join(part for part in (unit, office) if part)
    phone = (profile.get("phone") or "").strip()
    if phone:
        sender += f"  โทร. {phone}"
    date = thai_date(_memo_date(fields["date"], warnings), "full", thai_digits=options.thai_digits)
    if not fields["signer_name"]:
        warnings.append(NO_SIGNER)

    sizes = {"label_size": LABEL_SIZE, "value_size": VALUE_SIZE}
    out: list[c.Block] = [
        c.MemoTitle("บันทึกข้อความ", _emblem(profile, warnings), EMBLEM_HEIGHT, TITLE_SIZE),
        c.Spacer(0.15 * c.CM),
        c.MemoFields((c.MemoField("ส่วนราชการ", digits(sender), 0, 1),), **sizes),
        c.MemoFields((c.MemoField("ที่", digits(fields["number"]), 0, 0.5),
                      c.MemoField("วันที่", digits(date), 0.5, 1)), **sizes),
        c.MemoFields((c.MemoField("เรื่อง", digits(fields["subject"]), 0, 1),), **sizes),
        c.Spacer(0.25 * c.CM),
        para(f"เรียน  {fields['to_whom']}", st.plain, options),
    ]
    body = st.body_indented.derive(space_before=4)
    text = str(fields["body"]).replace("\r\n", "\n").replace("\r", "\n")
    for paragraph in _PARAGRAPHS.split(text):
        if paragraph.strip():
            out.append(para(paragraph.strip("\n"), body, options))
    ending: list[c.Block] = [
        para(fields["closing"], st.body_indented.derive(space_before=8), options),
        *signature_lines(fields["signer_name"], fields["signer_position"], options),
    ]
    comments = _comment_blocks(context, fields, options, width)
    if comments is not None:
        ending += [c.Spacer(0.6 * c.CM), comments]
    out.append(c.Keep(tuple(ending)))
    return out


def document(context: DocumentContext, options: DocumentOptions,
             warnings: list[str] | None = None) -> c.Document:
    """The memo of ``context`` (kind "memo-measures" or "memo-results") on MEMO_PAGE; warnings as
    :func:`blocks`. Raises DocumentError for another kind."""
    warnings = [] if warnings is None else warnings
    fields = memo_fields(context)
    return c.Document(sections=(c.Section(tuple(blocks(context, fields, options, warnings)),
                                          page=MEMO_PAGE),),
                      title=options.digits(fields["subject"]), author=context.office,
                      thai_digits=options.thai_digits)


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Print the memo of ``context`` (kind "memo-measures" or "memo-results") to ``out``.

    Warnings: no emblem set (or unreadable), no signer, a bad stored date. Raises DocumentError
    for another kind or an unwritable ``out``.
    """
    from ita_desktop.documents.pdf_render import render_pdf

    warnings: list[str] = []
    report = render_pdf(document(context, options, warnings), out, options)
    report.warnings.extend(warnings)
    return report
