"""The data of an import plan (ita_desktop.storage.merge): one ``PlanEntry`` per record of the
other file and the ``ImportPlan`` that holds them, with the Thai labels a conflict is shown with.

Shared by merge.py (which builds a plan) and merge_write.py (which writes one), so neither needs
the other for these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from ita_desktop.glossary import EMBLEM, REPORT_AUTHOR
from ita_desktop.storage.merge_read import (
    ADDED,
    BOTH,
    BOTH_KINDS,
    CONFLICT,
    IDENTICAL,
    MINE,
    THEIRS,
    OfficeData,
    Record,
)

FIELD_LABELS = {
    "framework": "กรอบการประเมิน", "official_rating": "ผลการประเมินที่ประกาศ",
    "official_rank": "ลำดับที่", "official_rank_of": "กลุ่มที่จัดลำดับ", "note": "หมายเหตุ",
    "score": "คะแนน", "text": "ข้อความ", "status": "สถานะ", "url": "ลิงก์",
    "unit": "ผู้รับผิดชอบ", "due_date": "กำหนดเสร็จ", "number": "เลขที่", "date": "วันที่",
    "subject": "เรื่อง", "to_whom": "เรียน", "body": "เนื้อความ", "signer_name": "ผู้ลงนาม",
    "signer_position": "ตำแหน่งผู้ลงนาม", "extra": "ข้อความเพิ่มเติม", "kind": "ประเภท",
    "analysis": "ผลการวิเคราะห์", "steps": "ขั้นตอน", "target": "เป้าหมาย",
    "start_date": "วันเริ่มต้น", "end_date": "วันสิ้นสุด", "units": "หน่วยงานผู้รับผิดชอบ",
    "links": "การเชื่อมโยง", "results": "ผลการดำเนินการ", "outcome": "ผลลัพธ์",
    "suggestions": "ข้อเสนอแนะ", "name": "ชื่อหน่วยงาน", "office_type": "ประเภทหน่วยงาน",
    "district": "อำเภอ", "province": "จังหวัด", "address": "ที่อยู่", "phone": "โทรศัพท์",
    "unit_name": "ส่วนราชการ", "doc_prefix": "ที่ (เลขหนังสือ)", "chief_name": "ผู้บริหาร",
    "chief_position": "ตำแหน่งผู้บริหาร", "deputy_name": "ปลัด", "deputy_position": "ตำแหน่งปลัด",
    "reporter_name": REPORT_AUTHOR.thai, "reporter_position": f"ตำแหน่ง{REPORT_AUTHOR.thai}",
    "emblem": EMBLEM.thai, "emblem_mime": f"ชนิดภาพ{EMBLEM.thai}",
    "caption": "คำบรรยายภาพ",
}  # fmt: skip
STATUS_TEXT = {
    "done": "ดำเนินการแล้วเสร็จ", "in_progress": "อยู่ระหว่างดำเนินการ",
    "not_started": "ยังไม่ได้ดำเนินการ", "cancelled": "ยกเลิก", "published": "เผยแพร่แล้ว",
    "needs_update": "ต้องปรับปรุง", "missing": "ยังไม่มีข้อมูล",
}  # fmt: skip
"""Follow-up and OIT readiness statuses as shown in a conflict (as in the results report)."""
COPY_MARK = " (นำเข้าจาก "
"""What follows a measure's title in the second measure "keep both" makes: "<title> (นำเข้าจาก
<file>)", with " (2)", " (3)" … when that title is taken."""


def is_import_copy(title: str, original: str) -> bool:
    """True when ``title`` is the title "keep both" gives a copy of a measure titled
    ``original`` (COPY_MARK), from whichever file."""
    return title.startswith(original + COPY_MARK) and title.endswith(")")


@dataclass
class PlanEntry:
    """One record of the other file and what importing does with it.

    ``id`` is stable text ("score:2568/i1/0") used as the key of ``choices``; ``status`` ADDED,
    CONFLICT or IDENTICAL; ``label`` a Thai description; ``mine``/``theirs`` the two Records
    (``mine`` None when added); ``differences`` [(Thai field label, ours, theirs)] as short
    text; ``parent`` the id of the measure entry (follow-up) or follow-up entry (evidence).
    """

    id: str
    kind: str
    key: tuple
    status: str
    label: str
    theirs: Record
    mine: Record | None = None
    differences: list[tuple[str, str, str]] = field(default_factory=list)
    parent: str | None = None

    @property
    def choices(self) -> tuple[str, ...]:
        """What may be chosen for a conflict: (MINE, THEIRS) plus BOTH for BOTH_KINDS."""
        if self.status != CONFLICT:
            return ()
        return (MINE, THEIRS, BOTH) if self.kind in BOTH_KINDS else (MINE, THEIRS)

    def full_differences(self) -> list[tuple[str, str, str]]:
        """As ``differences`` but with whole values (long texts not shortened)."""
        if self.mine is None:
            return []
        return differences(self.mine, self.theirs, width=None)

    def fields(self) -> list[tuple[str, str]]:
        """The other file's record as [(Thai field label, whole value)], empty fields left out."""
        return [(FIELD_LABELS.get(c, c), short(c, v, None)) for c, v in
                self.theirs.content.items() if v not in (None, "", (), {})]

    def describe(self) -> str:
        """One line: the label and, for a conflict, ours against theirs."""
        if not self.differences:
            return self.label
        parts = "; ".join(f"{name}: ของเรา {ours} / ไฟล์ที่นำเข้า {theirs}"
                          for name, ours, theirs in self.differences)
        return f"{self.label} — {parts}"


@dataclass
class ImportPlan:
    """What importing ``source`` would do; ``entries`` in write order (KINDS), ``notes`` Thai
    remarks (the profile, another office's file), ``data`` the other file's records."""

    source: Path
    source_name: str
    entries: list[PlanEntry]
    notes: list[str]
    data: OfficeData

    def with_status(self, status: str) -> list[PlanEntry]:
        return [e for e in self.entries if e.status == status]

    @property
    def conflicts(self) -> list[PlanEntry]:
        return self.with_status(CONFLICT)

    def counts(self) -> dict[str, int]:
        """{ADDED: n, CONFLICT: n, IDENTICAL: n}."""
        return {s: len(self.with_status(s)) for s in (ADDED, CONFLICT, IDENTICAL)}

    def entry(self, entry_id: str) -> PlanEntry:
        """The entry with that id; KeyError when there is none."""
        return self._by_id[entry_id]

    @cached_property
    def _by_id(self) -> dict[str, PlanEntry]:
        return {e.id: e for e in self.entries}

    def moot(self, entry: PlanEntry, choices: dict[str, str]) -> bool:
        """True when an ancestor measure is chosen BOTH: the entry then goes with the copy."""
        by_id = self._by_id
        parent = entry.parent
        while parent is not None:
            if choices.get(parent) == BOTH:
                return True
            parent = by_id[parent].parent
        return False

    def needs_choice(self, choices: dict[str, str]) -> list[PlanEntry]:
        """Conflicts that still need a choice (not moot, not chosen)."""
        return [e for e in self.conflicts if e.id not in choices and not self.moot(e, choices)]

    def summary(self) -> str:
        counts = self.counts()
        return (f"เพิ่ม {counts[ADDED]} รายการ · ขัดแย้ง {counts[CONFLICT]} รายการ · "
                f"เหมือนกัน {counts[IDENTICAL]} รายการ")


def differences(mine: Record, theirs: Record, *, width: int | None = 60
                ) -> list[tuple[str, str, str]]:
    """[(Thai field label, ours, theirs)] for every compared field that differs, each value
    shortened to ``width`` characters (None: whole)."""
    return [(FIELD_LABELS.get(c, c), short(c, mine.content.get(c), width),
             short(c, value, width))
            for c, value in theirs.content.items() if mine.content.get(c) != value]


def short(column: str, value: Any, width: int | None = 60) -> str:
    """A value as a conflict shows it: "(ว่าง)" for nothing, statuses in Thai, pictures by size,
    on one line of at most ``width`` characters (None: whole text)."""
    if value is None or value == "" or value == () or value == {}:
        return "(ว่าง)"
    if column == "framework":
        return f"ฉบับ {str(value)[:8]}"
    if column == "status":
        return STATUS_TEXT.get(value, value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return f"ภาพ {len(value):,} ไบต์"
    if column == "links":
        value = ", ".join(f"{kind}:{code}" for kind, code in value)
    elif isinstance(value, tuple):
        value = ", ".join(map(str, value))
    if width is None:
        return str(value)
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"
