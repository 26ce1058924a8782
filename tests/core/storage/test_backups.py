"""Daily rolling backups (one per day, 14 kept, nothing else touched) and restoring one."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from ita_desktop.storage import (
    CorruptDatabaseError,
    DatabaseNotFoundError,
    ReadOnlyError,
    StorageError,
    backups,
    measures,
    open_database,
    profile,
)
from ita_desktop.storage.backups import (
    BackupInfo,
    backup_name,
    daily_backup,
    list_backups,
    restore_backup,
)

THAI = re.compile("[\u0e00-\u0e7f]")
DAY = date(2025, 3, 10)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def titles(path: Path) -> list[str]:
    store = open_database(path, read_only=True)
    try:
        return [m["title"] for m in measures.list_measures(store, fiscal_year=2568)]
    finally:
        store.close()


def make_db(path: Path, *titles_: str) -> Path:
    store = open_database(path, create=True)
    profile.save_profile(store, name="อบต.ทดสอบ")
    for title in titles_:
        measures.add_measure(store, fiscal_year=2568, title=title)
    store.close()
    return path


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return make_db(tmp_path / "data" / "office.db", "มาตรการหนึ่ง", "มาตรการสอง")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def test_one_backup_per_day(db_file: Path, folder: Path):
    first = daily_backup(db_file, folder=folder, today=DAY)
    assert first == folder / "office-2025-03-10.db"
    assert titles(first) == ["มาตรการหนึ่ง", "มาตรการสอง"]
    before = sha256(first)

    store = open_database(db_file)
    measures.add_measure(store, fiscal_year=2568, title="มาตรการสาม")
    assert daily_backup(store, folder=folder, today=DAY) is None  # today's exists: skipped
    assert sha256(first) == before
    assert [p.name for p in folder.iterdir()] == ["office-2025-03-10.db"]

    second = daily_backup(store, folder=folder, today=DAY + timedelta(days=1))
    store.close()
    assert second == folder / "office-2025-03-11.db"
    assert titles(second) == ["มาตรการหนึ่ง", "มาตรการสอง", "มาตรการสาม"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "office-2025-03-10.db",
        "office-2025-03-11.db",
    ]


def test_rotation_keeps_the_14_newest_and_leaves_other_files_alone(db_file: Path, folder: Path):
    folder.mkdir()
    unrelated = {
        "notes.txt": b"keep me",
        "other-2025-01-01.db": b"another database's backup",
        "office-2025-01-01.db.bak": b"x",
        "office-before-restore-20250101-120000.db": b"x",
        "office-2025-13-45.db": b"not a date",
        "office-copy.db": b"x",
    }
    for name, data in unrelated.items():
        (folder / name).write_bytes(data)
    days = [DAY + timedelta(days=n) for n in range(20)]
    for day in days:
        daily_backup(db_file, folder=folder, today=day)

    kept = list_backups(folder, stem="office")
    assert [info.day for info in kept] == sorted(days, reverse=True)[:14]
    assert all(isinstance(info, BackupInfo) and info.size > 0 for info in kept)
    assert {p.name for p in folder.iterdir()} == set(unrelated) | {
        backup_name("office", day) for day in days[-14:]
    }
    for name, data in unrelated.items():
        assert (folder / name).read_bytes() == data

    # a smaller keep trims further on the next call, still only this database's daily files
    daily_backup(db_file, folder=folder, today=days[-1], keep=3)
    assert [i.day for i in list_backups(folder, stem="office")] == sorted(days, reverse=True)[:3]
    assert set(unrelated) <= {p.name for p in folder.iterdir()}


def test_list_backups_newest_first_and_missing_folder(db_file: Path, folder: Path):
    assert list_backups(folder, stem="office") == []
    for offset in (3, 1, 2):
        daily_backup(db_file, folder=folder, today=DAY + timedelta(days=offset))
    infos = list_backups(folder, stem="office")
    assert [i.path.name for i in infos] == [
        "office-2025-03-13.db",
        "office-2025-03-12.db",
        "office-2025-03-11.db",
    ]
    assert infos[0].size == infos[0].path.stat().st_size


def test_backup_excludes_another_connections_uncommitted_write(db_file: Path, folder: Path):
    writer = sqlite3.connect(db_file)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO measures (fiscal_year, position, title, kind, created_at, updated_at) "
        "VALUES (2568, 99, 'ยังไม่บันทึก', 'มาตรการ', '2025-01-01', '2025-01-01')"
    )
    assert writer.in_transaction
    try:
        made = daily_backup(db_file, folder=folder, today=DAY)
    finally:
        writer.commit()  # committed only after the backup
        writer.close()
    assert titles(made) == ["มาตรการหนึ่ง", "มาตรการสอง"]
    assert "ยังไม่บันทึก" in titles(db_file)


def test_backup_of_a_store_inside_its_own_transaction(db_file: Path, folder: Path):
    store = open_database(db_file)
    with store.atomic():
        measures.add_measure(store, fiscal_year=2568, title="ค้างอยู่")
        made = daily_backup(store, folder=folder, today=DAY)
    store.close()
    assert "ค้างอยู่" not in titles(made)


def test_backup_refusals(tmp_path: Path, folder: Path):
    with pytest.raises(DatabaseNotFoundError) as info:
        daily_backup(tmp_path / "missing.db", folder=folder, today=DAY)
    assert THAI.search(str(info.value))
    with pytest.raises(ValueError):
        daily_backup(tmp_path / "missing.db", folder=folder, keep=0)
    from ita_desktop.storage import open_memory

    with open_memory() as memory, pytest.raises(StorageError):
        daily_backup(memory, folder=folder)
    assert not folder.exists()


def test_restore_replaces_target_and_keeps_a_before_restore_copy(db_file: Path, folder: Path):
    backup = daily_backup(db_file, folder=folder, today=DAY)
    store = open_database(db_file)
    measures.add_measure(store, fiscal_year=2568, title="หลังสำรอง")
    store.close()
    current = sha256(db_file)

    assert restore_backup(backup, target=db_file) == db_file
    assert titles(db_file) == ["มาตรการหนึ่ง", "มาตรการสอง"]
    saved = list_backups(folder, stem="office", include_before_restore=True)
    before = [i for i in saved if i.before_restore]
    assert len(before) == 1
    assert re.fullmatch(r"office-before-restore-\d{8}-\d{6}\.db", before[0].path.name)
    assert titles(before[0].path) == ["มาตรการหนึ่ง", "มาตรการสอง", "หลังสำรอง"]
    assert sha256(db_file) != current
    # the before-restore copy is not a daily backup and survives rotation
    assert [i.path for i in list_backups(folder, stem="office")] == [backup]
    # no temporary files beside the target
    assert sorted(p.name for p in db_file.parent.iterdir()) == ["office.db"]
    # and the restored file opens for writing
    store = open_database(db_file)
    measures.add_measure(store, fiscal_year=2568, title="ต่อจากกู้คืน")
    store.close()


def test_restore_to_a_missing_target(db_file: Path, folder: Path, tmp_path: Path):
    backup = daily_backup(db_file, folder=folder, today=DAY)
    target = tmp_path / "data" / "gone.db"
    restore_backup(backup, target=target)
    assert titles(target) == ["มาตรการหนึ่ง", "มาตรการสอง"]
    assert not any(
        i.before_restore for i in list_backups(folder, stem="gone", include_before_restore=True)
    )


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), 7):  # every page after the first
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["damaged", "not_sqlite", "truncated", "missing"])
def test_restoring_a_bad_backup_is_refused_and_target_unchanged(
    db_file: Path, folder: Path, how: str
):
    backup = daily_backup(db_file, folder=folder, today=DAY)
    store = open_database(db_file)
    measures.add_measure(store, fiscal_year=2568, title="ล่าสุด")
    store.close()
    if how == "damaged":
        damage(backup)
    elif how == "not_sqlite":
        backup.write_text("ไม่ใช่ฐานข้อมูล", encoding="utf-8")
    elif how == "truncated":
        backup.write_bytes(backup.read_bytes()[:5000])
    else:
        backup.unlink()
    before = sha256(db_file)
    listing = sorted(p.name for p in db_file.parent.iterdir())
    folder_listing = sorted(p.name for p in folder.iterdir())

    expected = DatabaseNotFoundError if how == "missing" else CorruptDatabaseError
    with pytest.raises(expected) as info:
        restore_backup(backup, target=db_file)
    assert THAI.search(str(info.value)) and backup.name in str(info.value)
    assert sha256(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == listing
    assert sorted(p.name for p in folder.iterdir()) == folder_listing  # no before-restore copy
    assert "ล่าสุด" in titles(db_file)


def test_restore_refuses_an_unwritable_target_folder(
    db_file: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
):
    backup = daily_backup(db_file, folder=folder, today=DAY)
    before = sha256(db_file)
    db_file.parent.chmod(0o555)
    try:
        if os.access(db_file.parent, os.W_OK):  # root ignores permissions: pretend
            real_access = os.access
            monkeypatch.setattr(
                backups.os,
                "access",
                lambda p, mode: False if Path(p) == db_file.parent else real_access(p, mode),
            )
        with pytest.raises(ReadOnlyError) as info:
            restore_backup(backup, target=db_file)
    finally:
        db_file.parent.chmod(0o755)
    assert THAI.search(str(info.value))
    assert sha256(db_file) == before
    assert not any(
        i.before_restore for i in list_backups(folder, stem="office", include_before_restore=True)
    )


def test_restore_refuses_while_a_journal_shows_an_unfinished_write(db_file: Path, folder: Path):
    from ita_desktop.storage.lock import FileInUseError

    backup = daily_backup(db_file, folder=folder, today=DAY)
    before = sha256(db_file)
    writer = sqlite3.connect(db_file)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE measures SET title = 'กำลังแก้' WHERE position = 1")
    try:
        assert Path(str(db_file) + "-journal").exists()
        with pytest.raises(FileInUseError):
            restore_backup(backup, target=db_file)
    finally:
        writer.rollback()
        writer.close()
    assert sha256(db_file) == before


def test_backup_never_copies_pages_a_writer_spilled_before_commit(
    db_file: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
):
    """A big transaction spills uncommitted pages into the file itself (under SQLite's EXCLUSIVE
    lock); a byte copy would take them, the backup API waits and then refuses."""
    monkeypatch.setattr(backups, "BUSY_WAIT_SECONDS", 0.3)
    writer = sqlite3.connect(db_file)
    writer.execute("PRAGMA cache_size=10")
    writer.execute("BEGIN IMMEDIATE")
    writer.executemany(
        "INSERT INTO measures (fiscal_year, position, title, kind, created_at, updated_at) "
        "VALUES (2568, ?, ?, 'มาตรการ', '2025-01-01', '2025-01-01')",
        [(100 + n, "ค้าง" + "ข" * 500) for n in range(400)],
    )
    try:
        with pytest.raises(StorageError) as info:
            daily_backup(db_file, folder=folder, today=DAY)
        assert THAI.search(str(info.value))
    finally:
        writer.rollback()
        writer.close()
    assert list_backups(folder, stem="office") == []
    assert [p for p in folder.iterdir()] == []  # no partial file left
    made = daily_backup(db_file, folder=folder, today=DAY)  # once the writer is done
    assert titles(made) == ["มาตรการหนึ่ง", "มาตรการสอง"]


def test_each_database_gets_its_own_backup_folder(tmp_path: Path):
    root = tmp_path / "data" / "backups"
    first = backups.backup_folder_for(tmp_path / "a" / "office.db", root)
    second = backups.backup_folder_for(tmp_path / "b" / "office.db", root)
    assert first.parent == root and second.parent == root
    assert first.name.startswith("office-") and second.name.startswith("office-")
    assert first != second  # same name, other folder: another rotation
    assert backups.backup_folder_for(tmp_path / "a" / "." / "office.db", root) == first
    # Used as daily_backup's folder, the two never rotate each other's copies away.
    for name in "ab":
        (tmp_path / name).mkdir()
    a = make_db(tmp_path / "a" / "office.db", "ก")
    b = make_db(tmp_path / "b" / "office.db", "ข")
    for offset in range(3):
        daily_backup(a, folder=first, today=DAY + timedelta(days=offset), keep=2)
    daily_backup(b, folder=second, today=DAY, keep=2)
    assert len(list_backups(first, stem="office")) == 2
    assert [info.day for info in list_backups(second, stem="office")] == [DAY]
