"""Import from another office's file (ita_desktop.storage.merge), what is refused: foreign,
newer or damaged files and the open file itself (all left untouched), a conflict without a
choice, a plan made before the file changed; all or nothing when a write fails or a value is
refused; the safety copy taken before an import."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from merge_helpers import FIRST, NEW, dump, sha256

from ita_desktop.demo import build_demo
from ita_desktop.storage import (
    CorruptDatabaseError,
    InvalidRecordError,
    NewerSchemaError,
    NotAnItaFileError,
    StorageError,
    measures,
    merge,
    merge_write,
    open_database,
)
from ita_desktop.storage.merge import BOTH, MINE, THEIRS


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    return path


def _newer(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return path


def _corrupt(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, len(data) // page):
        data[n * page + 8: n * page + 72] = random.Random(n).randbytes(64)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("make", "error"), [(_foreign, NotAnItaFileError),
                                             (_newer, NewerSchemaError),
                                             (_corrupt, CorruptDatabaseError)])
def test_foreign_newer_or_corrupt_files_are_refused_untouched(ours, tmp_path, make, error):
    other = tmp_path / "other.db"
    if make is not _foreign:
        build_demo(other)
    make(other)
    before = (sha256(ours), sha256(other))
    with open_database(ours) as store, pytest.raises(error):
        merge.plan_import(store, other)
    assert (sha256(ours), sha256(other)) == before


def test_importing_the_open_file_itself_is_refused(ours):
    with open_database(ours) as store, pytest.raises(StorageError, match="ไฟล์ที่เปิดอยู่"):
        merge.plan_import(store, ours)


def test_a_conflict_without_a_choice_is_an_error_and_writes_nothing(ours, theirs):
    before = dump(ours)
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        choices = {e.id: MINE for e in plan.conflicts[1:]}
        with pytest.raises(InvalidRecordError, match="ยังไม่ได้เลือก"):
            merge.apply_import(store, plan, choices)
        with pytest.raises(InvalidRecordError, match="เลือก “both” ไม่ได้"):
            merge.apply_import(store, plan, choices | {"score:2568/i1/0": BOTH})
        with pytest.raises(InvalidRecordError, match="ไม่มีรายการขัดแย้ง"):
            merge.apply_import(store, plan, choices | {"score:2568/i2/0": MINE})
    assert dump(ours) == before


def test_a_moot_conflict_needs_no_choice(ours, theirs):
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        first = f"measure:2569/{FIRST}/1"
        evidence = next(e for e in plan.conflicts if e.kind == "evidence")
        choices = {e.id: MINE for e in plan.conflicts if e.id != evidence.id} | {first: BOTH}
        assert plan.moot(evidence, choices) and plan.needs_choice(choices) == []
        merge.apply_import(store, plan, choices)


def test_a_plan_made_before_the_file_changed_is_refused(ours, theirs):
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        measures.add_measure(store, fiscal_year=2569, title=NEW)  # the same key as theirs
        with pytest.raises(StorageError, match="ตรวจรายการนำเข้าใหม่"):
            merge.apply_import(store, plan, {e.id: THEIRS for e in plan.conflicts})


def test_all_or_nothing_when_a_write_fails_halfway(ours, theirs, monkeypatch):
    before = dump(ours)
    written = []
    real = merge_write.WRITERS["followup"]

    def failing(ctx, entry, action):
        written.append(entry.id)
        if len(written) == 3:
            raise RuntimeError("disk unplugged (injected)")
        real(ctx, entry, action)

    monkeypatch.setitem(merge_write.WRITERS, "followup", failing)
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        with pytest.raises(RuntimeError, match="injected"):
            merge.apply_import(store, plan, {e.id: THEIRS for e in plan.conflicts})
        assert not store.db.conn.in_transaction
    assert len(written) == 3  # scores, texts, measures … had been written by then
    assert dump(ours) == before


def test_a_refused_value_rolls_everything_back(ours, theirs):
    """A value the area modules refuse (here an evidence link with a space, which the schema
    lets through, put in their file behind the program's back) stops the import; nothing
    stays."""
    with open_database(theirs) as store:
        store.db.execute("UPDATE evidence SET url = 'https://x.example/ bad' WHERE id = 1")
        store.db.conn.commit()
    before = dump(ours)
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        with pytest.raises(InvalidRecordError):
            merge.apply_import(store, plan, {e.id: THEIRS for e in plan.conflicts})
    assert dump(ours) == before


def test_backup_before_import_is_beside_the_file(ours):
    with open_database(ours) as store:
        first = merge.backup_before_import(store)
        second = merge.backup_before_import(store)
    assert first.parent == ours.parent and first.name.startswith("ours.before-import-")
    assert second != first and dump(first) == dump(ours)
