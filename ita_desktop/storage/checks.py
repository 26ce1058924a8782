"""The read-only checks :func:`~ita_desktop.storage.database.open_database` makes before it opens
a file for use, so that a refused file stays byte-identical.

:func:`check_header` judges the first 100 bytes (not SQLite, or cut short); :func:`read_only_reason`
says in Thai why a file can only be read (asked for, read-only media, permissions), or ``""``;
:func:`inspect_file` runs ``PRAGMA integrity_check`` and reads the schema version on a read-only
connection, after letting SQLite roll back an interrupted write (a hot ``-journal``) when the file
may be written, then the rows' rules (storage.rules: files edited by hand in another tool). Each raises a :class:`~ita_desktop.storage.errors.StorageError` subclass whose Thai
message can be shown to office staff as it is.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ita_desktop.storage import rules, schema
from ita_desktop.storage.errors import (
    CorruptDatabaseError,
    MissingTablesError,
    NewerSchemaError,
    NotADatabaseError,
    NotAnItaFileError,
    ReadOnlyError,
    StorageError,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_READONLY_ROLLBACK = 776  # SQLITE_READONLY_ROLLBACK: a hot journal needs a writable file


def check_header(path: Path) -> None:
    """Decide from the bytes alone: not SQLite, truncated SQLite, or worth opening.

    A file with a ``-journal`` beside it may have been cut off in the middle of a commit (page 1
    already says the file grew, the new pages not yet written): its page count is not held
    against it, since SQLite's rollback of that journal puts the old, whole file back (and
    ``integrity_check`` runs after it)."""
    name = path.name
    size = path.stat().st_size
    if size == 0:
        return  # SQLite's own view: an empty file is an empty database
    with path.open("rb") as handle:
        head = handle.read(100)
    if not head.startswith(_SQLITE_MAGIC):
        raise NotADatabaseError(
            f"ไฟล์ “{name}” ไม่ใช่ไฟล์ฐานข้อมูล ITA Desktop (ไม่ใช่ไฟล์ SQLite)", path=path
        )
    page_size = int.from_bytes(head[16:18], "big") if len(head) >= 18 else 0
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big") if len(head) == 100 else 0
    header_count_valid = len(head) == 100 and head[24:28] == head[92:96] and not _has_journal(path)
    if (
        len(head) < 100
        or page_size < 512
        or page_size & (page_size - 1)
        or size < page_size
        or (header_count_valid and size < pages * page_size)
    ):
        raise CorruptDatabaseError(
            f"ไฟล์ “{name}” ไม่สมบูรณ์ (ขนาด {size:,} ไบต์ สั้นกว่าที่ส่วนหัวระบุ อาจคัดลอกไม่ครบ) "
            "กรุณาคัดลอกไฟล์มาใหม่หรือใช้ไฟล์สำรอง",
            path=path,
        )


def _has_journal(path: Path) -> bool:
    try:
        return Path(str(path) + "-journal").stat().st_size > 0
    except OSError:
        return False


def on_read_only_media(path: Path | str) -> bool:
    """True when ``path`` is on a filesystem mounted read-only (a CD, a write-protected drive, a
    read-only share); False when it is not or this cannot be told (Windows has no statvfs)."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):
        return False


def read_only_reason(path: Path, *, requested: bool) -> str:
    """Why the existing file ``path`` can only be read, in Thai (``requested``: the user asked
    for read-only); ``""`` when it may be written."""
    if requested:
        return "เปิดแบบอ่านอย่างเดียวตามที่เลือก"
    if on_read_only_media(path):
        return "ไฟล์อยู่บนสื่อหรือไดรฟ์ที่อ่านได้อย่างเดียว เช่น แผ่นซีดี หรือแฟลชไดรฟ์ที่ล็อกการเขียนไว้"
    if not os.access(path, os.W_OK):
        return "ไฟล์ถูกตั้งค่าให้อ่านได้อย่างเดียว"
    if not os.access(path.parent, os.W_OK):
        return f"โฟลเดอร์ {path.parent} ไม่อนุญาตให้เขียน"
    return ""


def inspect_file(path: Path, *, may_recover: bool) -> tuple[int, bool]:
    """Check a file on a read-only connection; return (schema version, has any table).

    With ``may_recover`` a hot ``-journal`` is rolled back first (a write on the file); without
    it such a file raises ReadOnlyError. Raises CorruptDatabaseError (BrokenRulesError for rows
    breaking the schema's rules or a stored framework that does not validate), NewerSchemaError,
    NotAnItaFileError, MissingTablesError, or StorageError when another program holds the file.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabaseError(f"เปิดไฟล์ “{path.name}” ไม่ได้ ({exc})", path=path) from exc
    try:
        try:
            return _checked(conn, path)
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) != _READONLY_ROLLBACK:
                raise
            if not may_recover:
                raise ReadOnlyError(
                    f"ไฟล์ “{path.name}” มีการบันทึกที่ค้างไม่เสร็จ (พบไฟล์ -journal) "
                    "ต้องเปิดจากโฟลเดอร์ที่เขียนได้เพื่อกู้คืนก่อน",
                    path=path,
                ) from exc
        conn.close()
        _recover_hot_journal(path)
        conn = sqlite3.connect(uri, uri=True)
        return _checked(conn, path)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(
                f"ไฟล์ “{path.name}” กำลังถูกใช้งานโดยโปรแกรมอื่น กรุณาลองใหม่ ({exc})", path=path
            ) from exc
        raise _corrupt(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path, exc) from exc
    finally:
        conn.close()


def _checked(conn: sqlite3.Connection, path: Path) -> tuple[int, bool]:
    """_classify, then (for a file at this program's schema version) the rows' rules."""
    version, has_tables = _classify(conn, path)
    if version == schema.SCHEMA_VERSION:
        rules.check_rules(conn, path)
    return version, has_tables


def _corrupt(path: Path, exc: Exception) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        f"ไฟล์ “{path.name}” เสียหาย อ่านข้อมูลไม่ได้ กรุณาใช้ไฟล์สำรอง ({exc})", path=path
    )


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back an interrupted write (a hot ``-journal``); this is its own recovery."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _classify(conn: sqlite3.Connection, path: Path) -> tuple[int, bool]:
    name = path.name
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    if problems != ["ok"]:
        raise CorruptDatabaseError(
            f"ไฟล์ “{name}” เสียหาย (ตรวจความสมบูรณ์ไม่ผ่าน) กรุณาใช้ไฟล์สำรองล่าสุด "
            f"(integrity_check: {'; '.join(problems[:3])})",
            path=path,
        )
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    migrations_table = schema.MIGRATIONS.migrations_table
    applied: list[str] = []
    other_sets = False
    if migrations_table in tables:
        for set_name, step in conn.execute(
            f'SELECT migration_set, name FROM "{migrations_table}" ORDER BY rowid'
        ):
            if set_name == schema.MIGRATIONS.name:
                applied.append(step)
            else:
                other_sets = True
    unknown = [step for step in applied if step not in schema.STEPS]
    if unknown or user_version > schema.SCHEMA_VERSION:
        file_version = max(len(applied), user_version)
        raise NewerSchemaError(
            f"ไฟล์ “{name}” สร้างจาก ITA Desktop รุ่นที่ใหม่กว่า (โครงสร้างข้อมูลรุ่น "
            f"{file_version}) แต่โปรแกรมนี้รองรับถึงรุ่น {schema.SCHEMA_VERSION} "
            "กรุณาปรับปรุงโปรแกรมก่อนเปิดไฟล์นี้ ไฟล์ไม่ได้ถูกแก้ไข",
            path=path,
            file_version=file_version,
            app_version=schema.SCHEMA_VERSION,
        )
    ours_only = tables <= {migrations_table} and not other_sets
    if not applied and not ours_only:
        raise NotAnItaFileError(
            f"ไฟล์ “{name}” เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์ของ ITA Desktop "
            "จึงไม่ได้เปิดใช้และไม่ได้แก้ไขไฟล์นี้",
            path=path,
        )
    file_version = len(applied)
    missing = sorted(schema.TABLES_BY_VERSION[file_version] - tables)
    if missing:
        raise MissingTablesError(
            f"ไฟล์ “{name}” ข้อมูลไม่ครบ ไม่พบตาราง {', '.join(missing)} กรุณาใช้ไฟล์สำรอง",
            path=path,
            tables=missing,
        )
    return file_version, bool(tables)
