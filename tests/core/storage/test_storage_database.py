"""Opening files: round trip, pragmas, refusals that leave the file untouched, read-only, backups."""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from ita_desktop.storage import (
    SCHEMA_VERSION,
    CorruptDatabaseError,
    DatabaseNotFoundError,
    MissingTablesError,
    NewerSchemaError,
    NotADatabaseError,
    NotAnItaFileError,
    ReadOnlyError,
    StorageError,
    database,
    measures,
    open_database,
    open_memory,
    profile,
    schema,
)

THAI = re.compile("[\u0e00-\u0e7f]")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A real ITA Desktop file with a profile and a measure in it, closed."""
    path = tmp_path / "office.db"
    store = open_database(path, create=True)
    profile.save_profile(store, name="อบต.ทดสอบ")
    for n in range(40):  # several pages, so truncation and damage have somewhere to land
        measures.add_measure(store, fiscal_year=2568, title=f"มาตรการที่ {n} " + "ก" * 200)
    store.close()
    return path


def assert_refused(path: Path, error: type[Exception], **kwargs) -> Exception:
    """Opening raises ``error`` with a Thai message naming the file, and changes no byte."""
    before, files = sha256(path), siblings(path)
    with pytest.raises(error) as caught:
        open_database(path, **kwargs)
    assert sha256(path) == before
    assert siblings(path) == files
    assert path.name in str(caught.value)
    assert THAI.match(str(caught.value)), "message must start in Thai"
    return caught.value


# ---------------------------------------------------------------- creating and reopening


def test_create_then_reopen_round_trip(tmp_path: Path):
    path = tmp_path / "new.db"
    store = open_database(path, create=True)
    assert (store.schema_version, store.read_only, store.backup_path) == (
        SCHEMA_VERSION,
        False,
        None,
    )
    assert set(store.db.table_names()) >= schema.TABLES_BY_VERSION[SCHEMA_VERSION]
    profile.save_profile(store, name="เทศบาลตำบลโพธิ์ชัย")
    store.close()
    assert siblings(path) == ["new.db"], "no journal or WAL file left beside a closed store"

    again = open_database(path)
    assert profile.get_profile(again)["name"] == "เทศบาลตำบลโพธิ์ชัย"
    assert again.schema_version == SCHEMA_VERSION
    assert again.backup_path is None, "a current file is not backed up"
    again.close()
    assert siblings(path) == ["new.db"]


def test_pragmas_on_open(db_file: Path):
    store = open_database(db_file)
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "delete"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") > 0
    assert pragma("user_version") == SCHEMA_VERSION
    store.close()


def test_applied_steps_are_recorded(db_file: Path):
    store = open_database(db_file)
    assert [m.name for m in schema.MIGRATIONS.applied(store.db)] == schema.STEPS
    assert schema.MIGRATIONS.pending(store.db) == []
    assert len(schema.STEPS) == SCHEMA_VERSION
    store.close()


def test_memory_store_has_everything():
    store = open_memory()
    assert set(store.db.table_names()) >= schema.TABLES_BY_VERSION[SCHEMA_VERSION]
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.path is None and store.schema_version == SCHEMA_VERSION


def test_missing_path_is_refused_without_create(tmp_path: Path):
    path = tmp_path / "nope.db"
    with pytest.raises(DatabaseNotFoundError) as caught:
        open_database(path)
    assert isinstance(caught.value, FileNotFoundError)
    assert "nope.db" in str(caught.value)
    assert not path.exists()
    with pytest.raises(ReadOnlyError):
        open_database(path, create=True, read_only=True)
    assert not path.exists()


def test_empty_file_gets_every_step_and_no_backup(tmp_path: Path):
    path = tmp_path / "blank.db"
    path.write_bytes(b"")
    store = open_database(path)
    assert store.schema_version == SCHEMA_VERSION and store.backup_path is None
    store.close()
    assert siblings(path) == ["blank.db"]


# ---------------------------------------------------------------- refusals


def test_text_file_is_not_a_database(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("ผลการประเมิน ITA ปี 2567\n", encoding="utf-8")
    assert_refused(path, NotADatabaseError)


def test_random_bytes_are_not_a_database(tmp_path: Path):
    path = tmp_path / "random.db"
    path.write_bytes(random.Random(7).randbytes(8192))
    assert_refused(path, NotADatabaseError)


def test_folder_is_not_a_database(tmp_path: Path):
    with pytest.raises(NotADatabaseError):
        open_database(tmp_path)


def test_truncated_file_is_corrupt(db_file: Path, tmp_path: Path):
    path = tmp_path / "truncated.db"
    path.write_bytes(db_file.read_bytes()[:1000])
    assert_refused(path, CorruptDatabaseError)


def test_file_cut_at_a_page_boundary_is_corrupt(db_file: Path, tmp_path: Path):
    data = db_file.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    assert len(data) > 3 * page
    path = tmp_path / "cut.db"
    path.write_bytes(data[: 2 * page])
    assert_refused(path, CorruptDatabaseError)


def test_sqlite_header_then_garbage_is_corrupt(tmp_path: Path):
    path = tmp_path / "garbage.db"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(8192))
    assert_refused(path, CorruptDatabaseError)


def test_damaged_page_fails_integrity_check(db_file: Path, tmp_path: Path):
    data = bytearray(db_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    for n in range(2, pages):  # scribble over every page but the first (schema) one
        start = n * page + 8
        data[start : start + 64] = random.Random(n).randbytes(64)
    path = tmp_path / "damaged.db"
    path.write_bytes(bytes(data))
    assert_refused(path, CorruptDatabaseError)


def test_index_disagreeing_with_its_table_fails_integrity_check(db_file: Path):
    """Damage ordinary reads never notice: only ``PRAGMA integrity_check`` finds it."""
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX measures_year ON measures (title)' "
        "WHERE name = 'measures_year'"
    )
    conn.commit()
    conn.close()
    error = assert_refused(db_file, CorruptDatabaseError)
    assert "integrity_check" in str(error)


def test_another_programs_database_is_refused(tmp_path: Path):
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('สมหญิง')")
    conn.commit()
    conn.close()
    error = assert_refused(path, NotAnItaFileError)
    assert isinstance(error, NotADatabaseError)
    assert "ITA Desktop" in str(error)


def test_another_programs_sqlite_utils_migrations_are_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    db = Database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "some_app", "name": "m001", "applied_at": "x"}, pk="id"
    )
    db.close()
    assert_refused(path, NotAnItaFileError)


def test_newer_user_version_is_refused(db_file: Path):
    conn = sqlite3.connect(db_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    error = assert_refused(db_file, NewerSchemaError)
    assert (error.file_version, error.app_version) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    assert str(SCHEMA_VERSION + 1) in str(error) and str(SCHEMA_VERSION) in str(error)


def test_unknown_applied_step_is_refused(db_file: Path):
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('ita_desktop', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    error = assert_refused(db_file, NewerSchemaError)
    assert error.file_version == SCHEMA_VERSION + 1


def test_missing_tables_are_named(db_file: Path):
    conn = sqlite3.connect(db_file)
    conn.execute("DROP TABLE memos")
    conn.execute("DROP TABLE evidence")
    conn.commit()
    conn.close()
    error = assert_refused(db_file, MissingTablesError)
    assert error.tables == ["evidence", "memos"]
    assert "memos" in str(error) and "evidence" in str(error)


# ---------------------------------------------------------------- read-only


def test_read_only_when_asked(db_file: Path):
    before = sha256(db_file)
    store = open_database(db_file, read_only=True)
    assert store.read_only and THAI.match(store.read_only_reason)
    assert profile.get_profile(store)["name"] == "อบต.ทดสอบ"
    with pytest.raises(ReadOnlyError) as caught:
        profile.save_profile(store, name="อื่น")
    assert db_file.name in str(caught.value)
    with pytest.raises(ReadOnlyError), store.atomic():
        pass
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM measures")
    store.close()
    assert sha256(db_file) == before


def test_read_only_file_is_detected(db_file: Path):
    os.chmod(db_file, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0o444
    try:
        if os.access(db_file, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes")
        store = open_database(db_file)
        assert store.read_only and store.read_only_reason
        with pytest.raises(ReadOnlyError):
            profile.save_profile(store, name="อื่น")
        store.close()
    finally:
        os.chmod(db_file, 0o644)


def test_read_only_folder_is_detected(db_file: Path):
    folder = db_file.parent
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: chmod does not stop writes")
        store = open_database(db_file)
        assert store.read_only and str(folder) in store.read_only_reason
        store.close()
    finally:
        os.chmod(folder, 0o755)


@pytest.mark.parametrize("unwritable", ["file", "folder"])
def test_unwritable_file_or_folder_opens_read_only(db_file: Path, monkeypatch, unwritable: str):
    """The detection branch, also when tests run as root (where chmod cannot stop writes)."""
    target = db_file if unwritable == "file" else db_file.parent
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if Path(path) == target and mode == os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(database.os, "access", access)
    before = sha256(db_file)
    store = open_database(db_file)
    assert store.read_only and THAI.match(store.read_only_reason)
    assert profile.get_profile(store)["name"] == "อบต.ทดสอบ"
    with pytest.raises(ReadOnlyError):
        measures.add_unit(store, "กองช่าง")
    with pytest.raises(sqlite3.OperationalError):  # the connection itself is read-only too
        store.db.execute("INSERT INTO units (name) VALUES ('กองช่าง')")
    store.close()
    assert sha256(db_file) == before


def test_read_only_file_needing_an_upgrade_is_refused(tmp_path: Path):
    path = tmp_path / "old.db"
    schema.MIGRATIONS.ensure_migrations_table(Database(path))
    error = assert_refused(path, ReadOnlyError, read_only=True)
    assert "อ่านอย่างเดียว" in str(error)


# ---------------------------------------------------------------- transactions and backups


def test_write_in_a_failing_transaction_leaves_nothing(db_file: Path):
    store = open_database(db_file)
    before = list(store.db.conn.iterdump())
    with pytest.raises(RuntimeError), store.atomic():
        measures.add_measure(store, fiscal_year=2569, title="จะหายไป")
        profile.save_profile(store, name="ชื่อที่จะหายไป")
        raise RuntimeError("boom")
    assert list(store.db.conn.iterdump()) == before
    store.close()
    reopened = open_database(db_file)
    assert measures.list_measures(reopened, fiscal_year=2569) == []
    assert profile.get_profile(reopened)["name"] == "อบต.ทดสอบ"
    reopened.close()


def test_backup_to_is_a_consistent_copy(db_file: Path, tmp_path: Path):
    store = open_database(db_file)
    copy = store.backup_to(tmp_path / "copy.db")
    assert copy.exists() and not (tmp_path / "copy.db.partial").exists()
    snapshot = open_database(copy)
    assert measures.list_measures(snapshot, fiscal_year=2568) == measures.list_measures(
        store, fiscal_year=2568
    )
    assert profile.get_profile(snapshot) == profile.get_profile(store)
    snapshot.close()
    with pytest.raises(StorageError):
        store.backup_to(db_file)
    with store.atomic(), pytest.raises(StorageError):
        store.backup_to(tmp_path / "mid-transaction.db")
    store.close()


def test_backup_of_memory_store(tmp_path: Path):
    store = open_memory()
    measures.add_measure(store, fiscal_year=2568, title="ในหน่วยความจำ")
    copy = open_database(store.backup_to(tmp_path / "memory.db"))
    assert [m["title"] for m in measures.list_measures(copy, fiscal_year=2568)] == ["ในหน่วยความจำ"]
    copy.close()


def test_store_opened_on_a_worker_thread_is_handed_to_another(db_file: Path):
    """With check_same_thread=False the slow checks run on a worker and the caller's thread
    then uses the Store alone; by default the connection refuses a thread other than its own."""
    opened: dict[str, object] = {}
    worker = threading.Thread(
        target=lambda: opened.update(
            store=open_database(db_file, check_same_thread=False),
            default=open_database(db_file, read_only=True),
        )
    )
    worker.start()
    worker.join()
    store = opened["store"]
    assert profile.get_profile(store)["name"] == "อบต.ทดสอบ"
    profile.save_profile(store, name="อบต.ส่งต่อ")
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        profile.get_profile(opened["default"])  # made on the worker, used here
    with open_database(db_file, read_only=True) as again:
        assert profile.get_profile(again)["name"] == "อบต.ส่งต่อ"


def test_backup_file_on_a_worker_while_the_store_writes(db_file: Path, tmp_path: Path,
                                                        monkeypatch):
    """backup_file copies committed data on its own connection: a thread may run it while the
    store's thread goes on writing, and the copy is one committed state, never a mixture."""
    monkeypatch.setattr(database, "BACKUP_STEP_PAGES", 1)  # many steps, so writes land between
    store = open_database(db_file)
    before = measures.list_measures(store, fiscal_year=2568)
    results: dict[str, object] = {}
    copy = tmp_path / "ก๊อปปี้" / "copy.db"
    copy.parent.mkdir()
    worker = threading.Thread(target=lambda: results.update(path=database.backup_file(db_file,
                                                                                     copy)))
    worker.start()
    for n in range(20):
        measures.add_measure(store, fiscal_year=2568, title=f"ระหว่างสำรอง {n}")
    worker.join()
    assert results["path"] == copy and not copy.with_name("copy.db.partial").exists()
    with open_database(copy, read_only=True) as snapshot:
        titles = [m["title"] for m in measures.list_measures(snapshot, fiscal_year=2568)]
    added = [t for t in titles if t.startswith("ระหว่างสำรอง")]
    assert titles[: len(before)] == [m["title"] for m in before]
    assert added == [f"ระหว่างสำรอง {n}" for n in range(len(added))]  # a prefix: one state
    with pytest.raises(StorageError, match="ทับตัวเอง"):
        database.backup_file(db_file, db_file)
    store.close()


def test_interrupted_write_is_rolled_back_on_open(db_file: Path, tmp_path: Path):
    """A crash mid-transaction leaves a hot ``-journal``; opening recovers the last commit."""
    crashed = tmp_path / "crashed.db"
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA cache_size = 1")  # spill pages to the file before commit
    conn.execute("BEGIN")
    conn.execute("DELETE FROM measures")
    conn.execute("INSERT INTO units (name) SELECT hex(randomblob(600)) FROM measures")
    for n in range(200):
        conn.execute("INSERT INTO units (name) VALUES (?)", [f"u{n}" + "x" * 2000])
    assert Path(f"{db_file}-journal").exists()
    shutil.copy(db_file, crashed)
    shutil.copy(f"{db_file}-journal", f"{crashed}-journal")
    conn.rollback()
    conn.close()
    store = open_database(crashed)
    assert len(measures.list_measures(store, fiscal_year=2568)) == 40
    assert measures.list_units(store) == []
    store.close()
    assert not Path(f"{crashed}-journal").exists()


def test_thai_and_spaces_in_the_path(tmp_path: Path):
    folder = tmp_path / "งาน ITA #1"
    folder.mkdir()
    path = folder / "ข้อมูล ปี 2568?.db"
    open_database(path, create=True).close()
    store = open_database(path, read_only=True)
    assert store.read_only and store.schema_version == SCHEMA_VERSION
    store.close()
