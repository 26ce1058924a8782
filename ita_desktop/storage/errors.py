"""Every storage failure, each with a message for office staff (Thai first) naming the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StorageError(Exception):
    """Base of every storage failure; ``str()`` is a message for office staff (Thai first)."""

    def __init__(self, message: str, *, path: Path | str | None = None):
        super().__init__(message)
        self.path = Path(path) if path is not None else None


class DatabaseNotFoundError(StorageError, FileNotFoundError):
    """The path does not exist and ``create`` was not asked for."""


class NotADatabaseError(StorageError):
    """The file is not an SQLite database at all (checked from its header bytes)."""


class NotAnItaFileError(NotADatabaseError):
    """A valid SQLite database, but another program's: it has tables and no ITA Desktop steps."""


class CorruptDatabaseError(StorageError):
    """SQLite header present but the file is truncated or fails ``PRAGMA integrity_check``."""


class NewerSchemaError(StorageError):
    """The file was written by a newer ITA Desktop; ``file_version`` > ``app_version``."""

    def __init__(self, message: str, *, path: Path | str, file_version: int, app_version: int):
        super().__init__(message, path=path)
        self.file_version = file_version
        self.app_version = app_version


class MissingTablesError(StorageError):
    """The file records ITA Desktop schema steps but lacks tables they create (``tables``)."""

    def __init__(self, message: str, *, path: Path | str | None, tables: list[str]):
        super().__init__(message, path=path)
        self.tables = tables


class ReadOnlyError(StorageError):
    """A write (including a schema upgrade) was attempted on a store opened read-only."""


class MigrationError(StorageError):
    """A schema step failed; the step was rolled back and ``backup_path`` holds the old file."""

    def __init__(self, message: str, *, path: Path | str, backup_path: Path | None):
        super().__init__(message, path=path)
        self.backup_path = backup_path


class InvalidRecordError(StorageError, ValueError):
    """A value an area module refuses to store; the message names the value (Thai)."""


class RecordNotFoundError(StorageError, LookupError):
    """An id or fiscal year that has no row (e.g. a measure that was deleted)."""


FILE_GONE_REASON = "ไฟล์ถูกลบ ย้าย หรือเปลี่ยนชื่อระหว่างที่เปิดอยู่ ข้อมูลที่เห็นคือข้อมูลที่บันทึกไว้ล่าสุด"
"""The Thai ``read_only_reason`` of a store whose file went away while it was open."""


class WriteFailedError(StorageError):
    """A change could not be written to the file: the disk is full, the file was removed, moved
    or renamed while open (or its folder went away), the drive or network share failed, the media
    turned read-only, or another program kept the file busy. The transaction was rolled back, so
    the file holds the last committed data (a removed file: the open connection still reads it).

    ``kind`` is one of the class constants below; ``sqlite_error`` is SQLite's own error. Made
    from an sqlite3 error by :func:`write_failure`, the one place that maps them.
    """

    DISK_FULL = "disk_full"
    FILE_GONE = "file_gone"
    IO = "io"
    READ_ONLY = "read_only"
    BUSY = "busy"
    CORRUPT = "corrupt"

    def __init__(self, message: str, *, path: Path | str | None, kind: str,
                 sqlite_error: BaseException | None = None):
        super().__init__(message, path=path)
        self.kind = kind
        self.sqlite_error = sqlite_error


_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_SQLITE_READONLY_DBMOVED = 1032
_NOT_SAVED = "การแก้ไขครั้งนี้จึงไม่ได้บันทึก"
_KEPT = "ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ในไฟล์ครบถ้วน"
LOW_DISK_BYTES = 1024 * 1024
"""An I/O error with less free space than this (bytes) on the file's drive counts as disk full."""


def _low_on_space(path: Path | None) -> bool:
    import shutil

    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < LOW_DISK_BYTES
    except OSError:
        return False


def write_failure(exc: sqlite3.Error, path: Path | str | None, *,
                  file_gone: bool = False) -> WriteFailedError | None:
    """Translate an sqlite3 error met while writing ``path`` into a WriteFailedError with a Thai
    message for office staff, or None when it is not a failure of the file or the disk (a
    constraint or programming error, which the caller lets through). ``file_gone`` says the
    caller found the file no longer at its path (:meth:`Store.file_is_gone`)."""
    if not isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) or isinstance(
            exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    path = Path(path) if path is not None else None
    name = f"“{path.name}”" if path is not None else "ฐานข้อมูล"
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary is None:  # an error raised without a code: judge from SQLite's wording
        primary = next((value for words, value in (
            ("disk is full", _SQLITE_FULL), ("disk i/o", _SQLITE_IOERR),
            ("readonly", _SQLITE_READONLY), ("locked", _SQLITE_BUSY),
            ("unable to open", _SQLITE_CANTOPEN), ("malformed", _SQLITE_CORRUPT),
        ) if words in text), None)
    if code == _SQLITE_READONLY_DBMOVED or (
            file_gone and primary in (_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN)):
        kind = WriteFailedError.FILE_GONE
        message = (f"บันทึกการแก้ไขไม่ได้ เพราะไฟล์ {name} ถูกลบ ย้าย หรือเปลี่ยนชื่อ "
                   f"(หรือโฟลเดอร์ของไฟล์หายไป) ระหว่างที่เปิดอยู่ {_NOT_SAVED} "
                   "ข้อมูลที่บันทึกแล้วยังเปิดดูได้ในหน้าต่างนี้ กรุณาบันทึกสำเนาไว้ที่อื่นทันที")
    elif primary == _SQLITE_FULL or (primary == _SQLITE_IOERR and _low_on_space(path)):
        kind = WriteFailedError.DISK_FULL
        message = (f"บันทึกการแก้ไขลงไฟล์ {name} ไม่ได้ เพราะพื้นที่ในดิสก์เต็ม {_NOT_SAVED} "
                   f"{_KEPT} กรุณาลบไฟล์ที่ไม่ใช้แล้วออกจากดิสก์ หรือบันทึกสำเนาไปไว้ที่ไดรฟ์อื่น")
    elif primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        kind = WriteFailedError.IO
        message = (f"เขียนไฟล์ {name} ไม่สำเร็จ (ดิสก์ แฟลชไดรฟ์ หรือการเชื่อมต่อเครือข่ายขัดข้อง: "
                   f"{exc}) {_NOT_SAVED} {_KEPT} กรุณาตรวจสอบว่ายังเสียบแฟลชไดรฟ์หรือต่อเครือข่ายอยู่")
    elif primary == _SQLITE_READONLY:
        kind = WriteFailedError.READ_ONLY
        message = (f"ไฟล์ {name} เขียนไม่ได้แล้ว (ไฟล์หรือไดรฟ์ถูกเปลี่ยนเป็นอ่านอย่างเดียว) "
                   f"{_NOT_SAVED} {_KEPT}")
    elif primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        kind = WriteFailedError.BUSY
        message = (f"ไฟล์ {name} กำลังถูกบันทึกโดยโปรแกรมหรือเครื่องอื่นนานเกินไป {_NOT_SAVED} "
                   f"{_KEPT} กรุณาลองแก้ไขอีกครั้ง")
    elif primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        kind = WriteFailedError.CORRUPT
        message = (f"ไฟล์ {name} เสียหายระหว่างใช้งาน ({exc}) {_NOT_SAVED} "
                   "กรุณาบันทึกสำเนาไว้ แล้วปิดไฟล์และกู้คืนจากไฟล์สำรอง")
    else:
        return None
    return WriteFailedError(message, path=path, kind=kind, sqlite_error=exc)
