"""Import from another office's file, or from an older copy of our own: plan, choose, apply.

``plan = plan_import(store, other_path)`` reads the other file read-only (refusing, untouched, a
file that is not ours, damaged or from a newer program: StorageError) and lists, per record, what
will be **added** (its key is new here), what **conflicts** (same key, different content) and
what is **identical**. Records only in our file are never listed and never touched. Keys: see
ita_desktop.storage.merge_read. The office profile is taken only when ours is empty (a note says
so either way); responsible units are matched by name; an imported assessment brings its
framework copy (the frameworks table stays deduplicated by SHA-256).

``apply_import(store, plan, choices)`` writes it in ONE transaction: all or nothing. ``choices``
maps each conflict's ``entry.id`` to MINE (keep ours), THEIRS (take theirs) or BOTH (keep both;
only for BOTH_KINDS: the other measure is added as a second one titled "… (นำเข้าจาก <file>)"
with its follow-up and evidence, or the other evidence is added beside ours). A conflict
without a choice is an error: nothing is ever overwritten silently. Follow-ups and evidence of
a measure chosen BOTH travel with the copy, so their own conflicts need no choice.

For a GUI, ``read_office(path)`` (slow: it checks the whole file) can run on a worker thread
and ``plan_against(store, data)`` then runs where the store lives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from ita_desktop.glossary import EMBLEM, REPORT_AUTHOR
from ita_desktop.storage import merge_write
from ita_desktop.storage.database import Store
from ita_desktop.storage.errors import InvalidRecordError, StorageError
from ita_desktop.storage.merge_read import (
    ADDED,
    BOTH,
    BOTH_KINDS,
    CONFLICT,
    IDENTICAL,
    KINDS,
    MINE,
    THEIRS,
    OfficeData,
    Record,
    read_office,
    read_store,
)
from ita_desktop.storage.merge_write import ImportCounts

__all__ = [
    "ADDED", "BOTH", "BOTH_KINDS", "CONFLICT", "IDENTICAL", "KINDS", "MINE", "THEIRS",
    "ImportCounts", "ImportPlan", "OfficeData", "PlanEntry", "apply_import", "backup_before_import",
    "plan_against", "plan_import", "read_office",
]  # fmt: skip

KIND_LABELS = {
    "profile": "ข้อมูลหน่วยงาน", "unit": "หน่วยงานผู้รับผิดชอบ", "assessment": "ผลการประเมิน",
    "score": "คะแนน", "analysis_text": "ข้อความวิเคราะห์", "report_image": "ภาพในรายงาน",
    "readiness": "ความพร้อม OIT",
    "memo": "บันทึกข้อความ", "measure": "มาตรการ", "followup": "รายงานผลการดำเนินการ",
    "evidence": "หลักฐาน",
}  # fmt: skip
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
_SCOPES = {"overall": "ภาพรวม", "indicator": "ตัวชี้วัดที่", "issue": "ประเด็นที่"}
_MEMOS = {"measures": "เสนอมาตรการ", "results": "รายงานผล"}


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
        return _differences(self.mine, self.theirs, width=None)

    def fields(self) -> list[tuple[str, str]]:
        """The other file's record as [(Thai field label, whole value)], empty fields left out."""
        return [(FIELD_LABELS.get(c, c), _short(c, v, None)) for c, v in
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


def plan_import(store: Store, other_path: Path | str) -> ImportPlan:
    """Read ``other_path`` read-only and plan importing it into ``store`` (see the module).

    Raises StorageError for our own file or a file ``open_database`` refuses (untouched).
    """
    _not_self(store, other_path)
    return plan_against(store, read_office(other_path))


def plan_against(store: Store, other: OfficeData) -> ImportPlan:
    """The plan for records already read with ``read_office`` (fast; reads ``store``)."""
    if other.path is not None:
        _not_self(store, other.path)
    return _plan(read_store(store), other)


def _not_self(store: Store, other_path: Path | str) -> None:
    if store.path is not None and Path(other_path).resolve() == store.path.resolve():
        raise StorageError(f"ไฟล์ “{Path(other_path).name}” คือไฟล์ที่เปิดอยู่ จึงนำเข้าตัวเองไม่ได้ "
                           "กรุณาเลือกไฟล์อื่น", path=Path(other_path))


def _plan(mine: OfficeData, other: OfficeData) -> ImportPlan:
    entries: list[PlanEntry] = []
    notes: list[str] = []
    for kind in KINDS:
        ours = mine.records.get(kind, {})
        for key, theirs in other.records.get(kind, {}).items():
            own = ours.get(key)
            if kind == "profile" and own is not None and own.content != theirs.content:
                notes.append("ข้อมูลหน่วยงานของไฟล์นี้จะไม่เปลี่ยน (นำเข้าข้อมูลหน่วยงานเฉพาะเมื่อของไฟล์นี้ยังว่าง)")
                continue
            status = ADDED if own is None else IDENTICAL if own.content == theirs.content \
                else CONFLICT
            entry = PlanEntry(_id(kind, key), kind, key, status, label(theirs), theirs, own)
            if theirs.parent is not None:
                entry.parent = _id("measure" if kind == "followup" else "followup", theirs.parent)
            if status == CONFLICT:
                entry.differences = _differences(own, theirs)
            entries.append(entry)
            if kind == "profile" and status == ADDED:
                notes.append("ข้อมูลหน่วยงานของไฟล์นี้ยังว่าง จะใช้ข้อมูลหน่วยงานจากไฟล์ที่นำเข้า")
    if mine.name and other.name and mine.name != other.name:
        notes.insert(0, f"ไฟล์ที่นำเข้าเป็นของ “{other.name}” ไม่ใช่ “{mine.name}”")
    source = other.path or Path("(ไม่มีชื่อไฟล์)")
    return ImportPlan(source, other.name, entries, notes, other)


def apply_import(store: Store, plan: ImportPlan, choices: dict[str, str] | None = None
                 ) -> ImportCounts:
    """Write ``plan`` into ``store`` in one transaction and return the counts.

    ``choices`` {entry.id: MINE | THEIRS | BOTH} for every conflict (moot ones may be left out).
    Raises InvalidRecordError (a conflict without a choice, an unknown id, a choice not allowed
    for that kind) before writing; StorageError when ``store`` changed since the plan was made
    (plan again), ReadOnlyError for a read-only store; any failure while writing rolls the whole
    import back, leaving the file exactly as before.
    """
    choices = dict(choices or {})
    _check(plan, choices)
    with store.atomic():
        again = _plan(read_store(store), plan.data)
        if [(e.id, e.status) for e in again.entries] != [(e.id, e.status) for e in plan.entries]:
            raise StorageError("ข้อมูลในไฟล์เปลี่ยนไปหลังจากตรวจรายการนำเข้า กรุณาตรวจรายการนำเข้าใหม่",
                               path=store.path)
        return merge_write.write(store, again, choices)


def _check(plan: ImportPlan, choices: dict[str, str]) -> None:
    by_id = plan._by_id
    for entry_id, choice in choices.items():
        entry = by_id.get(entry_id)
        if entry is None or entry.status != CONFLICT:
            raise InvalidRecordError(f"ไม่มีรายการขัดแย้ง “{entry_id}” ในรายการนำเข้านี้")
        if choice == BOTH and choice not in entry.choices:
            raise InvalidRecordError(f"{entry.label}: เลือก “both” ไม่ได้ "
                                     "(เก็บทั้งสองได้เฉพาะมาตรการและหลักฐาน)")
        if choice not in entry.choices:
            raise InvalidRecordError(f"{entry.label}: ตัวเลือก “{choice}” ไม่ถูกต้อง "
                                     f"(ต้องเป็น {', '.join(entry.choices)})")
    missing = plan.needs_choice(choices)
    if missing:
        shown = "; ".join(e.label for e in missing[:5])
        more = f" และอีก {len(missing) - 5} รายการ" if len(missing) > 5 else ""
        raise InvalidRecordError(f"ยังไม่ได้เลือกว่าจะใช้ข้อมูลใดสำหรับรายการที่ขัดแย้ง {len(missing)} "
                                 f"รายการ: {shown}{more}")


def backup_before_import(store: Store) -> Path:
    """A safety copy of ``store`` beside it, ``<stem>.before-import-<YYYYmmdd-HHMMSS>.db``
    (an import is not undoable); returns its path. Raises StorageError/OSError when it fails,
    StorageError for a store without a file."""
    if store.path is None:
        raise StorageError("ฐานข้อมูลในหน่วยความจำไม่มีที่เก็บสำเนาก่อนนำเข้า")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = store.path.with_name(f"{store.path.stem}.before-import-{stamp}.db")
    counter = 2
    while target.exists():
        target = store.path.with_name(f"{store.path.stem}.before-import-{stamp}-{counter}.db")
        counter += 1
    return store.backup_to(target)


def _id(kind: str, key: tuple) -> str:
    return f"{kind}:" + "/".join(str(part) for part in _flat(key))


def _flat(key: Any) -> list[Any]:
    if isinstance(key, tuple):
        return [part for item in key for part in _flat(item)]
    return [key]


def label(record: Record) -> str:
    """A Thai description of a record, e.g. "คะแนน i1 ปีงบประมาณ 2568 (ผลที่ประกาศ)"."""
    kind, key = record.kind, record.key
    name = KIND_LABELS[kind]
    if kind == "profile":
        return f"{name} “{record.content.get('name') or '-'}”"
    if kind == "unit":
        return f"{name} “{key[0]}”"
    if kind == "assessment":
        return f"{name} ปีงบประมาณ {key[0]}"
    if kind == "score":
        return f"{name} {key[1]} ปีงบประมาณ {key[0]}" + (" (ผลที่ประกาศ)" if key[2] else "")
    if kind == "analysis_text":
        scope = _SCOPES.get(key[1], key[1])
        return f"{name} ปีงบประมาณ {key[0]} {scope} {key[2]} ({key[3]})".replace("  ", " ")
    if kind == "readiness":
        return f"{name} ปีงบประมาณ {key[0]} ข้อ {key[1]}"
    if kind == "report_image":
        return f"{name} ปีงบประมาณ {key[0]} “{record.content.get('caption') or '-'}”"
    if kind == "memo":
        return f"{name}{_MEMOS.get(key[1], key[1])} ปีงบประมาณ {key[0]}"
    if kind == "measure":
        return f"{name} ปีงบประมาณ {key[0]} “{_title(key)}”"
    if kind == "followup":
        return f"{name} {key[1]} ของ “{_title(key[0])}” ({key[0][0]})"
    return f"{name} “{key[1]}” ({key[2] or 'ไม่ระบุวันที่'}) ของ “{_title(key[0][0])}” {key[0][1]}"


def _title(measure_key: tuple) -> str:
    year, title, n = measure_key
    return title if n == 1 else f"{title} (ชื่อซ้ำ ลำดับที่ {n})"


def _differences(mine: Record, theirs: Record, *, width: int | None = 60
                 ) -> list[tuple[str, str, str]]:
    return [(FIELD_LABELS.get(c, c), _short(c, mine.content.get(c), width),
             _short(c, value, width))
            for c, value in theirs.content.items() if mine.content.get(c) != value]


def _short(column: str, value: Any, width: int | None = 60) -> str:
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
