"""The memo (บันทึกข้อความ, ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ แบบที่ ๒๙) that sends the
analysis and measures for approval ("memo-measures") or the results report ("memo-results").

A4 portrait, left margin 3 cm, right 2 cm. The Garuda emblem 1.5 cm high at the top left when the
office has set one; "บันทึกข้อความ" centred (29 PSK pt bold); ส่วนราชการ, ที่ | วันที่, เรื่อง with
bold 20 pt labels and dotted lines to the right margin; เรียน; body paragraphs with a 2.5 cm
first-line indent, Thai distributed; the closing sentence; the signature right of centre; then the
optional comment blocks of the deputy (ความเห็น) and the chief executive (ข้อพิจารณา/สั่งการ).
The closing, signature and comment blocks stay together (moved whole to the next page).
Wording: memo_draft (stored memo fields win when non-empty). Sizes are TH SarabunPSK points.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ita_desktop.documents.base import (
    Page,
    RenderReport,
    build_pdf,
    para,
    signature_lines,
    styles,
)
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
from ita_desktop.documents.options import DocumentOptions
from ita_desktop.glossary import EMBLEM, REPORT_AUTHOR, where_set
from ita_desktop.printing import ThaiParagraph, ThaiStyle, active_font, draw_text, text_width
from ita_desktop.printing.thaidate import thai_date
from ita_desktop.storage import profile as profile_store
from ita_desktop.storage.errors import InvalidRecordError

__all__ = ["CLOSINGS", "EMBLEM_HEIGHT", "FIELDS", "MEMO_KINDS", "MEMO_PAGE", "build_story",
           "chief_title", "draft_memo", "memo_fields", "render", "status_counts"]

EMBLEM_HEIGHT = 1.5 * cm
"""Printed height of the Garuda emblem (ระเบียบงานสารบรรณ: ครุฑสูง ๑.๕ ซม.)."""
MEMO_PAGE = Page(top=2 * cm)
"""Left 3 cm, right 2 cm as PORTRAIT; 2 cm at the top so the emblem sits high like the form."""
TITLE_SIZE, LABEL_SIZE, VALUE_SIZE = 29, 20, 16
NO_EMBLEM = (f"ยังไม่ได้เลือกภาพ{EMBLEM.thai} บันทึกข้อความจึงพิมพ์โดยไม่มีตรา "
             f"(เลือกภาพได้ที่ {where_set(EMBLEM)})")
NO_SIGNER = ("ยังไม่ได้ระบุชื่อผู้ลงนามบันทึกข้อความ "
             f"(กรอกชื่อได้ที่ {where_set(REPORT_AUTHOR)} หรือในช่องผู้ลงนามของบันทึกข้อความ)")
_PARAGRAPHS = re.compile(r"\n[ \t\u00a0]*\n+")


def _dots(canv, x0: float, x1: float, y: float) -> None:
    """A dotted line (round dots 0.7 pt every 2.4 pt) from x0 to x1 at y."""
    if x1 - x0 < 3:
        return
    canv.saveState()
    canv.setLineWidth(0.7)
    canv.setLineCap(1)
    canv.setDash([0, 2.4])
    canv.line(x0, y, x1, y)
    canv.restoreState()


def _metrics(size_psk: float) -> tuple[float, float, float]:
    """(real size, line height, baseline distance from the line top) in points."""
    spec = active_font()
    size = spec.pt(size_psk)
    height = spec.line_height(size)
    return size, height, height * spec.baseline_ratio()


class _TitleBlock(Flowable):
    """The emblem (exactly EMBLEM_HEIGHT high, width by aspect) at the left and the title centred."""

    def __init__(self, title: str, emblem: ImageReader | None) -> None:
        super().__init__()
        self.title, self.emblem = title, emblem
        self.size, self.line, self.ascent = _metrics(TITLE_SIZE)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self.width = availWidth
        self.height = EMBLEM_HEIGHT + 0.1 * cm if self.emblem else self.line
        return self.width, self.height

    def draw(self) -> None:
        if self.emblem:
            w, h = self.emblem.getSize()
            self.canv.drawImage(self.emblem, 0, self.height - EMBLEM_HEIGHT,
                                width=EMBLEM_HEIGHT * w / h, height=EMBLEM_HEIGHT, mask="auto")
            baseline = self.height - EMBLEM_HEIGHT + 0.3 * cm
        else:
            baseline = self.height - self.ascent
        draw_text(self.canv, self.width / 2, baseline, self.title, self.size, bold=True,
                  align="centre")


class _FieldRow(Flowable):
    """One header row of label/value cells, e.g. [("ที่", …, 0, .5), ("วันที่", …, .5, 1)] (x in
    fractions of the width). Labels bold 20, values 16 wrapped at word boundaries with a hanging
    indent; a dotted line runs under each value line to the cell's right end. A value too long for
    the page (a pasted 20,000-character subject) splits between its lines onto the next page."""

    GAP = 0.2 * cm  # between label and value
    CELL_GAP = 0.3 * cm  # between a cell's dots and the next label

    def __init__(self, cells: list[tuple[str, str, float, float]]) -> None:
        super().__init__()
        self.cells = cells
        self.label = _metrics(LABEL_SIZE)
        self.value = _metrics(VALUE_SIZE)
        self.laid: list[tuple[str, float, float, float, list[str]]] = []
        self._fixed: tuple[float, list] | None = None  # (width, laid) of a split piece
        self._continued = False  # a piece after a split: no labels, no leading dots gap

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        if self._fixed is not None and self._fixed[0] == availWidth:
            self.laid = self._fixed[1]
        else:
            self.laid = []
            for n, (label, value, f0, f1) in enumerate(self.cells):
                x0 = f0 * availWidth
                x1 = f1 * availWidth - (self.CELL_GAP if n < len(self.cells) - 1 else 0)
                label_w = text_width(label, self.label[0], bold=True)
                vx = x0 + label_w + self.GAP
                lines = _lines(value, x1 - vx) if value.strip() else [""]
                self.laid.append((label, x0, vx, x1, lines))
        lines_max = max([1, *(len(cell[4]) for cell in self.laid)])
        self.height = self._first_height() + (lines_max - 1) * self.value[1]
        return self.width, self.height

    def _first_height(self) -> float:
        return self.value[1] if self._continued else self.label[1]

    def split(self, availWidth, availHeight):  # noqa: N803
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight + 1e-6:
            return [self]
        fit = 1 + int((availHeight - self._first_height() + 1e-6) // self.value[1])
        if availHeight < self._first_height() or fit < 1:
            return []
        pieces = []
        for laid, continued in (([(lb, x0, vx, x1, lines[:fit]) for lb, x0, vx, x1, lines
                                  in self.laid], self._continued),
                                ([("", x0, vx, x1, lines[fit:]) for _lb, x0, vx, x1, lines
                                  in self.laid], True)):
            piece = _FieldRow(self.cells)
            piece._fixed, piece._continued = (availWidth, laid), continued
            pieces.append(piece)
        return pieces

    def draw(self) -> None:
        canv = self.canv
        first = self.height - (self.value[2] if self._continued else self.label[2])
        drop = 0.22 * self.value[0]  # dots just under the baseline, clear of most lower vowels
        for label, x0, vx, x1, lines in self.laid:
            if label:
                draw_text(canv, x0, first, label, self.label[0], bold=True)
            for n, line in enumerate(lines):
                y = first - n * self.value[1]
                if line:
                    draw_text(canv, vx, y, line, self.value[0])
                leading_gap = n == 0 and not self._continued
                _dots(canv, vx - self.GAP / 2 if leading_gap else vx, x1, y - drop)


def _lines(text: str, width: float) -> list[str]:
    """``text`` broken into lines of at most ``width`` points (16 pt, word boundaries)."""
    p = ThaiParagraph(text, ThaiStyle(size=VALUE_SIZE))
    segments = p.getPlainText().split("\n")
    return [segments[line.segment][line.start:line.end].strip() for line in p.layout(width)]


class _Dotted(Flowable):
    """``count`` dotted lines to write on (16 pt line height each, 1.3 × for a pen)."""

    def __init__(self, count: int, width: float | None = None, centred: bool = False) -> None:
        super().__init__()
        self.count, self.fixed, self.centred = count, width, centred
        self.step = _metrics(VALUE_SIZE)[1] * 1.3

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = availWidth, self.count * self.step
        return self.width, self.height

    def draw(self) -> None:
        w = min(self.fixed or self.width, self.width)
        x0 = (self.width - w) / 2 if self.centred else 0
        for n in range(self.count):
            _dots(self.canv, x0, x0 + w, self.height - (n + 1) * self.step + 0.25 * self.step)


class _TickBoxes(Flowable):
    """Empty boxes to tick, each followed by its label ("☐ อนุมัติ   ☐ ไม่อนุมัติ"); Sarabun has no
    U+2610, so the boxes are drawn."""

    def __init__(self, labels: list[str]) -> None:
        super().__init__()
        self.labels = labels
        self.size, line, self.ascent = _metrics(VALUE_SIZE)
        self.step = line * 1.3

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width, self.height = availWidth, self.step
        return self.width, self.height

    def draw(self) -> None:
        box = 0.62 * self.size
        y = self.height - self.step + 0.25 * self.step + 0.15 * self.size
        x = 0.3 * cm
        self.canv.saveState()
        self.canv.setLineWidth(0.6)
        for label in self.labels:
            self.canv.rect(x, y, box, box)
            x += box + 0.2 * cm
            x += draw_text(self.canv, x, y, label, self.size) + 0.8 * cm
        self.canv.restoreState()


def _person(name: str, position: str, options: DocumentOptions) -> list[Flowable]:
    """Signature line, "(name)" and position, centred in a comment block."""
    centre = styles().centre
    shown = f"({name.strip()})" if name.strip() else "(" + "." * 40 + ")"
    out: list[Flowable] = [Spacer(1, 0.5 * cm), _Dotted(1, 5 * cm, centred=True),
                           para(shown, centre, options)]
    if position.strip():
        out.append(para(position, centre, options))
    return out


def _comment_blocks(context: DocumentContext, fields: dict, options: DocumentOptions,
                    width: float) -> Flowable | None:
    """The deputy's block (left half) and the chief executive's (right half); a block the memo
    turns off leaves its half empty, so each keeps its place."""
    label = styles().plain.derive(bold=True)
    deputy: list[Flowable] = []
    chief: list[Flowable] = []
    if fields["deputy_block"]:
        deputy = [para("ความเห็น", label, options), _Dotted(2),
                  *_person(fields["deputy_name"], fields["deputy_position"], options)]
    if fields["chief_block"]:
        choices = (["อนุมัติ", "ไม่อนุมัติ"] if context.kind == "memo-measures"
                   else ["ทราบ", "อื่น ๆ"])
        chief = [para("ข้อพิจารณา/สั่งการ", label, options), _TickBoxes(choices), _Dotted(1),
                 *_person(fields["chief_name"], fields["chief_position"], options)]
    if not deputy and not chief:
        return None
    blocks = [deputy, chief]
    half = width / 2
    table = Table([blocks], colWidths=[half, half], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), active_font().font_name()),  # else Table sets Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0.4 * cm),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, 0), 0.4 * cm), ("RIGHTPADDING", (1, 0), (1, 0), 0),
    ]))
    return table


def _emblem(profile: dict, warnings: list[str]) -> ImageReader | None:
    """The stored emblem, or None with a warning: none set, not a readable image, or too many
    pixels (a file edited in another tool; storage.profile refuses those when they are set)."""
    data = profile.get("emblem")
    if not data:
        warnings.append(NO_EMBLEM)
        return None
    try:
        profile_store.check_emblem_size(*profile_store.emblem_size(bytes(data)))
        image = ImageReader(io.BytesIO(bytes(data)))
        image.getSize()
    except Exception as exc:  # PIL raises many types for a damaged file
        reason = str(exc) if isinstance(exc, InvalidRecordError) else "ไฟล์ภาพเสียหาย"
        warnings.append(f"พิมพ์{EMBLEM.thai}ไม่ได้: {reason} บันทึกข้อความจึงพิมพ์โดยไม่มีตรา "
                        f"(เลือกภาพใหม่ได้ที่ {where_set(EMBLEM)})")
        return None
    return image


def _memo_date(value: str, warnings: list[str]) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        warnings.append(f"วันที่ของบันทึกข้อความ “{value}” ไม่ถูกต้อง จึงพิมพ์วันที่วันนี้แทน")
        return dt.date.today()


def build_story(context: DocumentContext, fields: dict, options: DocumentOptions,
                warnings: list[str]) -> list[Flowable]:
    """The memo's flowables (header, เรียน, body, closing + signature + comment blocks) for
    ``fields`` as memo_fields gives them; problems found are appended to ``warnings``."""
    profile = context.profile
    digits = options.digits
    st = styles()
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

    story: list[Flowable] = [
        _TitleBlock("บันทึกข้อความ", _emblem(profile, warnings)),
        Spacer(1, 0.15 * cm),
        _FieldRow([("ส่วนราชการ", digits(sender), 0, 1)]),
        _FieldRow([("ที่", digits(fields["number"]), 0, 0.5), ("วันที่", digits(date), 0.5, 1)]),
        _FieldRow([("เรื่อง", digits(fields["subject"]), 0, 1)]),
        Spacer(1, 0.25 * cm),
        para(f"เรียน  {fields['to_whom']}", st.plain, options),
    ]
    body = st.body_indented.derive(space_before=4)
    text = str(fields["body"]).replace("\r\n", "\n").replace("\r", "\n")
    for paragraph in _PARAGRAPHS.split(text):
        if paragraph.strip():
            story.append(para(paragraph.strip("\n"), body, options))
    ending: list[Flowable] = [
        para(fields["closing"], st.body_indented.derive(space_before=8), options),
        *signature_lines(fields["signer_name"], fields["signer_position"], options),
    ]
    comments = _comment_blocks(context, fields, options, width)
    if comments is not None:
        ending += [Spacer(1, 0.6 * cm), comments]
    story.append(KeepTogether(ending))
    return story


def render(context: DocumentContext, out: Path, options: DocumentOptions) -> RenderReport:
    """Print the memo of ``context`` (kind "memo-measures" or "memo-results") to ``out``.

    Warnings: no emblem set (or unreadable), no signer, a bad stored date. Raises DocumentError
    for another kind or an unwritable ``out``.
    """
    warnings: list[str] = []
    fields = memo_fields(context)
    story = build_story(context, fields, options, warnings)
    report = build_pdf(out, story, options, page=MEMO_PAGE, title=options.digits(fields["subject"]),
                       author=context.office)
    report.warnings.extend(warnings)
    return report
