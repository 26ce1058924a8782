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

Importing the same file again adds nothing: a record of theirs whose content is all equal to
one of ours under another spelling of its key (the copy a BOTH made, "… (นำเข้าจาก …)", or the
second piece of evidence) is IDENTICAL to that one, and its follow-ups and evidence are compared
with that record's. Identity is the content the user sees, never the row id.

For a GUI, ``read_office(path)`` (slow: it checks the whole file) can run on a worker thread
and ``plan_against(store, data)`` then runs where the store lives.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from ita_desktop.storage import merge_write
from ita_desktop.storage.database import Store, backup_file
from ita_desktop.storage.errors import InvalidRecordError, StorageError
from ita_desktop.storage.merge_plan import (
    FIELD_LABELS,
    STATUS_TEXT,
    ImportPlan,
    PlanEntry,
    differences,
    is_import_copy,
)
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
    "FIELD_LABELS", "STATUS_TEXT",
    "ImportCounts", "ImportPlan", "OfficeData", "PlanEntry", "apply_import", "backup_before_import",
    "backup_file_before_import", "plan_against", "plan_import", "read_office",
]  # fmt: skip

KIND_LABELS = {
    "profile": "ข้อมูลหน่วยงาน", "unit": "หน่วยงานผู้รับผิดชอบ", "assessment": "ผลการประเมิน",
    "score": "คะแนน", "analysis_text": "ข้อความวิเคราะห์", "report_image": "ภาพในรายงาน",
    "readiness": "ความพร้อม OIT",
    "memo": "บันทึกข้อความ", "measure": "มาตรการ", "followup": "รายงานผลการดำเนินการ",
    "evidence": "หลักฐาน",
}  # fmt: skip
_SCOPES = {"overall": "ภาพรวม", "indicator": "ตัวชี้วัดที่", "issue": "ประเด็นที่"}
_MEMOS = {"measures": "เสนอมาตรการ", "results": "รายงานผล"}


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
    ours_of: dict[tuple, tuple | None] = {}  # their measure/follow-up key -> ours for it (or None)
    for kind in KINDS:
        ours = mine.records.get(kind, {})
        items = list(other.records.get(kind, {}).items())
        mapped = {key: _our_key(key, theirs, ours_of) for key, theirs in items}
        taken = {k for key, theirs in items if (k := mapped[key]) in ours
                 and ours[k].content == theirs.content}
        for key, theirs in items:
            own = ours.get(mapped[key]) if mapped[key] is not None else None
            if kind == "profile" and own is not None and own.content != theirs.content:
                notes.append("ข้อมูลหน่วยงานของไฟล์นี้จะไม่เปลี่ยน (นำเข้าข้อมูลหน่วยงานเฉพาะเมื่อของไฟล์นี้ยังว่าง)")
                continue
            if own is not None and own.content != theirs.content and kind in BOTH_KINDS:
                same = _same_elsewhere(theirs, ours, own.key, taken)
                if same is not None:  # e.g. the copy a "keep both" made last time
                    own = same
                    taken.add(same.key)
            if kind in ("measure", "followup"):
                ours_of[key] = None if own is None else own.key
            status = ADDED if own is None else IDENTICAL if own.content == theirs.content \
                else CONFLICT
            entry = PlanEntry(_id(kind, key), kind, key, status, label(theirs), theirs, own)
            if theirs.parent is not None:
                entry.parent = _id("measure" if kind == "followup" else "followup", theirs.parent)
            if status == CONFLICT:
                entry.differences = differences(own, theirs)
            entries.append(entry)
            if kind == "profile" and status == ADDED:
                notes.append("ข้อมูลหน่วยงานของไฟล์นี้ยังว่าง จะใช้ข้อมูลหน่วยงานจากไฟล์ที่นำเข้า")
    if mine.name and other.name and mine.name != other.name:
        notes.insert(0, f"ไฟล์ที่นำเข้าเป็นของ “{other.name}” ไม่ใช่ “{mine.name}”")
    source = other.path or Path("(ไม่มีชื่อไฟล์)")
    return ImportPlan(source, other.name, entries, notes, other)


def _our_key(key: tuple, theirs: Record, ours_of: dict[tuple, tuple | None]) -> tuple | None:
    """The key a record of theirs has here: a follow-up or evidence sits under the record of
    ours its parent was matched with (None when that parent is new here)."""
    if theirs.parent is None:
        return key
    parent = ours_of.get(theirs.parent)
    return None if parent is None else (parent, *key[1:])


def _same_elsewhere(theirs: Record, ours: dict[tuple, Record], at: tuple, taken: set[tuple]
                    ) -> Record | None:
    """A record of ours with all of ``theirs``'s content under another spelling of its key, not
    yet matched (``taken``): a measure of the same year titled the same or as its import copy
    ("… (นำเข้าจาก …)"); evidence of the same follow-up, title and date. So importing a file
    again after "keep both" finds the second record instead of making a third."""
    for key, record in ours.items():
        if key == at or key in taken or record.content != theirs.content:
            continue
        if theirs.kind == "measure":
            year, title, _ = theirs.key
            if key[0] == year and (key[1] == title or is_import_copy(key[1], title)):
                return record
        elif key[:3] == (at[0], *theirs.key[1:3]):
            return record
    return None


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
        raise StorageError(_NO_FILE)
    return store.backup_to(_before_import_target(store.path))


def backup_file_before_import(path: Path | None) -> Path:
    """Like :func:`backup_before_import`, but copied from the database file ``path`` on a
    read-only connection of its own (database.backup_file), so a worker thread may run it
    while the file's Store stays with the GUI thread (with no write transaction open).
    Returns the copy's path; raises StorageError (also for ``path`` None: a database in
    memory) or OSError when it fails, leaving ``path`` untouched."""
    if path is None:
        raise StorageError(_NO_FILE)
    return backup_file(path, _before_import_target(path))


_NO_FILE = "ฐานข้อมูลในหน่วยความจำไม่มีที่เก็บสำเนาก่อนนำเข้า"


def _before_import_target(path: Path) -> Path:
    """A free name beside ``path`` for its safety copy (touches the folder)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-import-{stamp}.db")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.before-import-{stamp}-{counter}.db")
        counter += 1
    return target


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
