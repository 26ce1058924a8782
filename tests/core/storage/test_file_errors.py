"""Every kind of failure of a (shared) file gets its Thai message with what to do."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from ita_desktop.storage import DatabaseNotFoundError
from ita_desktop.storage import file_errors as fe


class WindowsError_(OSError):
    """An OSError as Windows raises it: ``winerror`` set (only Windows sets it itself)."""

    def __init__(self, winerror: int, exc_errno: int = errno.EINVAL):
        super().__init__(exc_errno, "Windows error")
        self.winerror = winerror


@pytest.mark.parametrize(("exc", "kind", "words"), [
    (PermissionError(errno.EACCES, "Permission denied", r"\\server\ita\office.db"),
     fe.PERMISSION, ["ไม่มีสิทธิ์", "“office.db”", "บันทึกสำเนาไว้ในเครื่องนี้"]),
    (OSError(errno.EHOSTDOWN, "Host is down"), fe.SHARE_GONE, ["เครือข่าย", "Wi-Fi"]),
    (OSError(errno.ETIMEDOUT, "Connection timed out"), fe.SHARE_GONE, ["โฟลเดอร์ที่แชร์"]),
    (OSError(errno.ESTALE, "Stale file handle"), fe.SHARE_GONE, ["ติดต่อโฟลเดอร์ที่แชร์"]),
    (WindowsError_(64), fe.SHARE_GONE, ["ติดต่อโฟลเดอร์ที่แชร์"]),  # ERROR_NETNAME_DELETED
    (WindowsError_(53), fe.SHARE_GONE, ["ติดต่อโฟลเดอร์ที่แชร์"]),  # ERROR_BAD_NETPATH
    (WindowsError_(32, errno.EACCES), fe.BUSY, ["โปรแกรมอื่น", "อ่านอย่างเดียว"]),
    (OSError(errno.ENOSPC, "No space left on device"), fe.DISK_FULL, ["พื้นที่", "เต็ม"]),
    (OSError(errno.EROFS, "Read-only file system"), fe.READ_ONLY, ["อ่านอย่างเดียว"]),
    (FileNotFoundError(errno.ENOENT, "No such file", "office.db"), fe.NOT_FOUND,
     ["ไม่พบไฟล์ “office.db”"]),
    (OSError(errno.EIO, "Input/output error"), fe.IO, ["ไม่สำเร็จ", "ลองอีกครั้ง"]),
    (sqlite3.OperationalError("disk I/O error"), fe.IO, ["โฟลเดอร์ที่แชร์ขัดข้อง"]),
    (sqlite3.OperationalError("database is locked"), fe.BUSY, ["รอสักครู่", "อ่านอย่างเดียว"]),
    (sqlite3.OperationalError("unable to open database file"), fe.NOT_FOUND,
     ["เปิดไฟล์ไม่ได้", "สิทธิ์"]),
])
def test_each_kind_says_what_happened_and_what_to_do_in_thai(exc, kind, words):
    problem = fe.describe(exc)
    assert problem is not None and problem.kind == kind
    assert problem.what and problem.do
    for word in words:
        assert word in str(problem)
    assert "Errno" not in str(problem) and "Error(" not in str(problem)


def test_the_path_given_names_the_file():
    problem = fe.describe(OSError(errno.ETIMEDOUT, "timed out"), path="/mnt/แชร์/ทต.โพธิ์ชัย.db")
    assert "“ทต.โพธิ์ชัย.db”" in problem.what


def test_a_storage_error_keeps_its_message_and_a_bug_is_not_a_file_problem():
    message = "ไม่พบไฟล์ “office.db”"
    assert fe.describe(DatabaseNotFoundError(message)) == fe.FileProblem(fe.STORAGE, message)
    assert fe.describe(ValueError("a bug")) is None
    assert fe.describe(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert fe.describe(sqlite3.OperationalError("no such column: x")) is None
