"""The wording of the two memos (บันทึกข้อความ), drafted from the data: plain text, no ReportLab.

``draft_memo(context)`` gives every field of a memo from the profile, the analysis and the measures;
``memo_fields(context)`` is what prints: the stored memo's non-empty fields, the draft for the rest.
Drafts use Arabic digits (like the analysis drafts); documents convert them when printing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ita_desktop.documents.context import DocumentContext
from ita_desktop.documents.options import DocumentError
from ita_desktop.numbers import format_score
from ita_desktop.storage.followups import PERIODS, STATUSES

MEMO_KINDS = {"memo-measures": "measures", "memo-results": "results"}
"""Document kind → the stored memo's kind (storage.memos.KINDS)."""

FIELDS = ("number", "date", "subject", "to_whom", "body", "signer_name", "signer_position")
"""The fields draft_memo returns (storage.memos.save_memo accepts each of them)."""

PURPOSES = ("approve", "inform")
"""What a memo asks of the chief executive: approval (the decision block has ☐อนุมัติ
☐ไม่อนุมัติ) or only to take note (เพื่อโปรดทราบ: no approval boxes)."""
PURPOSE_CLOSINGS = {"approve": "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
                    "inform": "จึงเรียนมาเพื่อโปรดทราบ"}
DEFAULT_PURPOSE = {"memo-measures": "approve", "memo-results": "inform"}
CLOSINGS = {kind: PURPOSE_CLOSINGS[purpose] for kind, purpose in DEFAULT_PURPOSE.items()}
"""The closing sentence by kind and its default purpose; a memo's ``extra["closing"]``
replaces it, and another ``extra["purpose"]`` changes it."""
MAX_REVIEWERS = 4
"""Comment blocks (ความเห็น) before the chief executive's: ปลัด, รองปลัด, รองนายก … as the
office's chain of signatures has them."""

NACC = ("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.)")
ITA = ("การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
       "(Integrity and Transparency Assessment: ITA)")
MEASURES = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"


def _kind(context: DocumentContext) -> str:
    if context.kind not in MEMO_KINDS:
        raise DocumentError(f"“{context.kind}” ไม่ใช่บันทึกข้อความ (มี: {', '.join(MEMO_KINDS)})")
    return context.kind


OFFICE_ABBREVIATIONS = {"อบต.": "องค์การบริหารส่วนตำบล", "ทต.": "เทศบาลตำบล",
                        "ทม.": "เทศบาลเมือง", "ทน.": "เทศบาลนคร"}
"""The usual abbreviations of local offices' names, spelled out in the chief's title."""


def chief_title(profile: dict[str, Any]) -> str:
    """Who the memo is addressed to: the chief's position, else one derived from the office name
    ("เทศบาลตำบลโพธิ์ชัย" → "นายกเทศมนตรีตำบลโพธิ์ชัย", "องค์การบริหารส่วนตำบล…" → "นายกองค์การ…")."""
    position = (profile.get("chief_position") or "").strip()
    if position:
        return position
    name = (profile.get("name") or "").strip()
    if not name:
        return "ผู้บริหารท้องถิ่น"
    for short, full in OFFICE_ABBREVIATIONS.items():  # "อบต.ตัวอย่าง": never "นายกอบต.ตัวอย่าง"
        if name.startswith(short):
            name = full + name[len(short):].lstrip()
            break
    if name.startswith("เทศบาล"):
        return "นายกเทศมนตรี" + name[len("เทศบาล"):]
    return "นายก" + name


def sender_unit(context: DocumentContext) -> str:
    """The unit that writes the memo (profile unit_name), else the office."""
    return (context.profile.get("unit_name") or "").strip() or context.office


def status_counts(context: DocumentContext) -> dict[str, int]:
    """Measures of the year by the status of their latest report (FY after Q4 … Q1); a measure
    with no report counts as not_started. Keys: STATUSES."""
    rank = {period: n for n, period in enumerate(PERIODS)}
    counts = dict.fromkeys(STATUSES, 0)
    for measure in context.measures:
        records = context.followups.get(measure["id"], [])
        latest = max(records, key=lambda r: rank.get(r["period"], -1), default=None)
        status = latest["status"] if latest else "not_started"
        counts[status if status in counts else "not_started"] += 1
    return counts


def _assessment_sentence(context: DocumentContext) -> str:
    """The opening about the ITA result of context.assessment_year (or '' without one)."""
    analysis = context.analysis
    if analysis is None or context.assessment_year is None:
        return ""
    year = context.assessment_year
    result = analysis.result
    text = f"ตามที่{NACC} ได้ประกาศผล{ITA} ประจำปีงบประมาณ พ.ศ. {year}"
    if result.total is None:
        return text + f" ซึ่ง {context.office} ยังไม่มีคะแนนรวมเนื่องจากมีเครื่องมือที่ไม่ได้รับคะแนน นั้น"
    rating = f" อยู่ในระดับ {result.rating}" if result.rating else ""
    return text + f" โดย {context.office} ได้คะแนน {format_score(result.total)} คะแนน{rating} นั้น"


def _weak_indicators(context: DocumentContext, limit: int = 3) -> str:
    analysis = context.analysis
    if analysis is None:
        return ""
    weak = [i for i in analysis.weaknesses if i.score is not None][:limit]
    if not weak:
        return ""
    names = " ".join(f"ตัวชี้วัดที่ {i.number} {i.title} ({format_score(i.score)} คะแนน)"
                     for i in weak)
    return f" ตัวชี้วัดที่ควรเร่งพัฒนาเป็นลำดับแรก ได้แก่ {names}"


def _measures_body(context: DocumentContext, purpose: str = "approve") -> str:
    year, count = context.fiscal_year, len(context.measures)
    opening = _assessment_sentence(context) or (
        f"ตามที่ {context.office} ต้องจัดทำ{MEASURES}เป็นประจำทุกปี เพื่อยกระดับผลการประเมิน"
        "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) นั้น")
    analysed = (f"{sender_unit(context)} ได้วิเคราะห์ผลการประเมินดังกล่าวเป็นรายตัวชี้วัดและ"
                "รายข้อคำถาม เพื่อหาจุดแข็งที่ควรรักษาไว้และจุดอ่อนที่ต้องแก้ไข"
                f"{_weak_indicators(context)} และได้นำผลการวิเคราะห์มากำหนด{MEASURES} "
                f"ประจำปีงบประมาณ พ.ศ. {year} รวม {count} มาตรการ รายละเอียดปรากฏตาม"
                "รายงานการวิเคราะห์ผลการประเมินและมาตรการที่แนบมาพร้อมนี้")
    if context.analysis is None:
        analysed = (f"{sender_unit(context)} ได้จัดทำ{MEASURES} ประจำปีงบประมาณ พ.ศ. {year} "
                    f"รวม {count} มาตรการ รายละเอียดปรากฏตามมาตรการที่แนบมาพร้อมนี้")
    after = ("เมื่อได้รับอนุมัติแล้ว จะได้แจ้งทุกส่วนราชการในสังกัดถือปฏิบัติ และประกาศมาตรการ"
             "ดังกล่าวบนเว็บไซต์ของหน่วยงานเพื่อให้สาธารณชนรับทราบต่อไป")
    if purpose == "inform":
        after = ("ทั้งนี้ จะได้แจ้งทุกส่วนราชการในสังกัดถือปฏิบัติ และเผยแพร่มาตรการดังกล่าว"
                 "บนเว็บไซต์ของหน่วยงานเพื่อให้สาธารณชนรับทราบต่อไป")
    return "\n\n".join((opening, analysed, after))


def _results_body(context: DocumentContext) -> str:
    year, count = context.fiscal_year, len(context.measures)
    since = (f" เพื่อแก้ไขจุดอ่อนที่พบจากการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. "
             f"{context.assessment_year}" if context.assessment_year else "")
    opening = (f"ตามที่ {context.office} ได้กำหนด{MEASURES} ประจำปีงบประมาณ พ.ศ. {year} "
               f"จำนวน {count} มาตรการ{since} และมอบหมายให้ส่วนราชการที่รับผิดชอบดำเนินการ นั้น")
    counts = status_counts(context)
    summary = (f"ดำเนินการแล้วเสร็จ {counts['done']} มาตรการ อยู่ระหว่างดำเนินการ "
               f"{counts['in_progress']} มาตรการ ยังไม่ได้เริ่มดำเนินการ {counts['not_started']} มาตรการ")
    if counts["cancelled"]:
        summary += f" และยกเลิก {counts['cancelled']} มาตรการ"
    progress = (f"บัดนี้ {sender_unit(context)} ได้ติดตามและรวบรวมผลการดำเนินการตามมาตรการดังกล่าว"
                f"แล้ว สรุปได้ว่า {summary} รายละเอียดปรากฏตามรายงานผลการดำเนินการที่แนบมาพร้อมนี้")
    after = ("ทั้งนี้ จะได้เผยแพร่รายงานดังกล่าวบนเว็บไซต์ของหน่วยงาน และนำข้อเสนอแนะที่ได้"
             "ไปปรับปรุงมาตรการของปีงบประมาณถัดไป")
    return "\n\n".join((opening, progress, after))


def draft_memo(context: DocumentContext, *, today: dt.date | None = None,
               purpose: str | None = None) -> dict[str, str]:
    """Every FIELDS value drafted from the data (``date`` ISO yyyy-mm-dd, today by default;
    ``number`` is the office's doc_prefix and "/", for the registry clerk to complete), for a
    memo of ``purpose`` (PURPOSES; the kind's DEFAULT_PURPOSE by default). Body paragraphs are
    separated by blank lines. Raises DocumentError for a non-memo context."""
    kind = _kind(context)
    purpose = purpose if purpose in PURPOSES else DEFAULT_PURPOSE[kind]
    profile = context.profile
    year = context.fiscal_year
    prefix = (profile.get("doc_prefix") or "").strip()
    if kind == "memo-measures":
        subject = (f"ขออนุมัติ{MEASURES} ประจำปีงบประมาณ พ.ศ. {year}" if purpose == "approve"
                   else f"รายงานผลการวิเคราะห์ผลการประเมิน ITA และ{MEASURES} "
                        f"ประจำปีงบประมาณ พ.ศ. {year}")
        body = _measures_body(context, purpose)
    else:
        subject = f"รายงานผลการดำเนินการตาม{MEASURES} ประจำปีงบประมาณ พ.ศ. {year}"
        body = _results_body(context)
    return {
        "number": f"{prefix}/" if prefix else "",
        "date": (today or dt.date.today()).isoformat(),
        "subject": subject,
        "to_whom": chief_title(profile),
        "body": body,
        "signer_name": (profile.get("reporter_name") or "").strip(),
        "signer_position": (profile.get("reporter_position") or "").strip(),
    }


CARRIED = ("to_whom", "signer_name", "signer_position")
"""Fields a new year's memo takes from the previous year's memo of its kind before the draft."""
EXTRA_PEOPLE = ("deputy_name", "deputy_position", "chief_name", "chief_position")
"""Keys of ``extra`` that name the people of the comment blocks (else the office profile)."""
EXTRA_CARRIED = ("closing", "purpose", "reviewers", "deputy_block", "chief_block", "chief_text",
                 *EXTRA_PEOPLE)
"""Keys of the previous year's ``extra`` a new year's memo starts from."""


def _reviewers(extra: dict[str, Any], profile: dict[str, Any]) -> list[dict[str, str]]:
    """The ความเห็น blocks: ``extra["reviewers"]`` (each {"name", "position", "text"}), else
    the one block of a memo stored before reviewers were a list (``deputy_block``,
    ``deputy_name``/``_position`` or the profile's deputy)."""
    raw = extra.get("reviewers")
    if isinstance(raw, list):
        blocks = [{k: str(r.get(k) or "").strip() for k in ("name", "position", "text")}
                  for r in raw if isinstance(r, dict)]
        return blocks[:MAX_REVIEWERS]
    if not extra.get("deputy_block", True):
        return []
    return [{"name": str(extra.get("deputy_name") or "").strip()
             or (profile.get("deputy_name") or "").strip(),
             "position": str(extra.get("deputy_position") or "").strip()
             or (profile.get("deputy_position") or "").strip(),
             "text": str(extra.get("deputy_text") or "").strip()}]


def memo_fields(context: DocumentContext, *, today: dt.date | None = None) -> dict[str, Any]:
    """What prints: the stored memo's non-empty FIELDS; for CARRIED fields next the previous
    year's memo; the draft for the rest. Plus ``extra`` (the stored dict, else the previous
    year's EXTRA_CARRIED keys), ``purpose`` (PURPOSES; extra, else DEFAULT_PURPOSE),
    ``closing`` (extra["closing"], else the purpose's), ``approval_boxes`` (purpose approve),
    ``reviewers`` (the ความเห็น blocks in order: name, position, typed text), ``chief_block``
    (default True) with ``chief_name``, ``chief_position`` (extra, else the profile, else
    chief_title) and ``chief_text``; ``deputy_block``, ``deputy_name`` and ``deputy_position``
    describe the first reviewer (the profile's deputy when there is none)."""
    stored = context.memo or {}
    previous = context.previous_memo or {}
    extra = stored.get("extra") if isinstance(stored.get("extra"), dict) else {}
    if not extra and isinstance(previous.get("extra"), dict):
        extra = {k: v for k, v in previous["extra"].items() if k in EXTRA_CARRIED}
    purpose = extra.get("purpose")
    purpose = purpose if purpose in PURPOSES else DEFAULT_PURPOSE[_kind(context)]
    draft = draft_memo(context, today=today, purpose=purpose)
    fields: dict[str, Any] = {}
    for name in FIELDS:
        value = stored.get(name)
        value = value.strip() if isinstance(value, str) else value
        if not value and name in CARRIED:
            value = (previous.get(name) or "").strip()
        fields[name] = value if value else draft[name]
    fields["extra"] = extra
    fields["purpose"] = purpose
    fields["closing"] = (str(extra.get("closing") or "").strip()
                         or PURPOSE_CLOSINGS[fields["purpose"]])
    fields["approval_boxes"] = fields["purpose"] == "approve"
    profile = context.profile
    fields["reviewers"] = _reviewers(extra, profile)
    fields["chief_block"] = bool(extra.get("chief_block", True))
    for key in EXTRA_PEOPLE:
        fields[key] = str(extra.get(key) or "").strip() or (profile.get(key) or "").strip()
    if fields["reviewers"]:
        fields["deputy_name"] = fields["reviewers"][0]["name"]
        fields["deputy_position"] = fields["reviewers"][0]["position"]
    fields["deputy_block"] = bool(fields["reviewers"])
    if not fields["chief_position"]:
        fields["chief_position"] = chief_title(profile)
    fields["chief_text"] = str(extra.get("chief_text") or "").strip()
    return fields
