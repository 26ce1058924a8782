"""One place that turns a failure reading or writing a file, often one on a shared folder (SMB),
into a message for office staff: what happened and what to do, in Thai.

:func:`describe` takes the exception the operating system or SQLite raised (PermissionError,
an OSError whose ``errno`` or Windows ``winerror`` says the share went away, sqlite3's
"disk I/O error", "database is locked", "unable to open database file" …) and returns a
:class:`FileProblem`, or None when the exception is not a file's failure (a bug, which the
caller lets through). A StorageError already carries its Thai message and is passed on as it is.

Sources: errno names from Python's ``errno`` module; Windows codes from the Win32 "System Error
Codes" list (ERROR_BAD_NETPATH 53, ERROR_NETNAME_DELETED 64 …); SQLite result codes from
https://sqlite.org/rescode.html.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from ita_desktop.storage.errors import StorageError

PERMISSION = "permission"
SHARE_GONE = "share_gone"
NOT_FOUND = "not_found"
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
BUSY = "busy"
IO = "io"
STORAGE = "storage"

_SHARE_ERRNOS = {getattr(errno, name) for name in (
    "ENETDOWN", "ENETUNREACH", "ENETRESET", "EHOSTDOWN", "EHOSTUNREACH", "ETIMEDOUT",
    "ECONNRESET", "ECONNABORTED", "ECONNREFUSED", "ENOTCONN", "ESTALE", "EREMOTEIO",
    "ENOLINK", "ECOMM") if hasattr(errno, name)}
_SHARE_WINERRORS = {
    51,    # ERROR_REM_NOT_LIST: the remote computer is not available
    53,    # ERROR_BAD_NETPATH
    54,    # ERROR_NETWORK_BUSY
    59,    # ERROR_UNEXP_NET_ERR
    64,    # ERROR_NETNAME_DELETED: the share went away while open
    65,    # ERROR_NETWORK_ACCESS_DENIED
    67,    # ERROR_BAD_NET_NAME
    121,   # ERROR_SEM_TIMEOUT: a write to the share timed out
    1222,  # ERROR_NO_NETWORK
    1231,  # ERROR_NETWORK_UNREACHABLE
    1236,  # ERROR_CONNECTION_ABORTED
    2250,  # ERROR_NOT_CONNECTED: a mapped drive not connected
}
_BUSY_WINERRORS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_FULL_WINERRORS = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_NOT_FOUND_WINERRORS = {2, 3, 15}  # file, path, drive not found

_SAVE_HERE = "หรือบันทึกสำเนาไว้ในเครื่องนี้ (เช่น ในโฟลเดอร์เอกสาร) ก่อน"
_SHOWN_KEPT = "ข้อมูลที่แสดงในหน้าต่างนี้ยังอยู่ครบ"


@dataclass(frozen=True)
class FileProblem:
    """``what`` happened and what to ``do`` about it (both Thai); ``kind`` is one of the module's
    constants (PERMISSION, SHARE_GONE, NOT_FOUND, DISK_FULL, READ_ONLY, BUSY, IO, STORAGE).
    ``str()`` is both, for a status bar."""

    kind: str
    what: str
    do: str = ""

    def __str__(self) -> str:
        return f"{self.what} {self.do}".strip()


def _name(exc: BaseException, path: Path | str | None) -> str:
    filename = path if path is not None else getattr(exc, "filename", None)
    if filename in (None, ""):
        return "ไฟล์"
    return f"ไฟล์ “{PureWindowsPath(str(filename)).name}” "  # splits at / and at \\ alike


def _os_problem(exc: OSError, path: Path | str | None) -> FileProblem:
    name = _name(exc, path)
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if winerror in _SHARE_WINERRORS or code in _SHARE_ERRNOS:
        return FileProblem(
            SHARE_GONE,
            f"ติดต่อโฟลเดอร์ที่แชร์ในเครือข่ายไม่ได้ จึงอ่านหรือเขียน{name}ไม่สำเร็จ "
            f"(การเชื่อมต่อเครือข่ายหลุด หรือเครื่องที่เก็บไฟล์ปิดอยู่) {_SHOWN_KEPT}",
            "กรุณาตรวจสอบสายแลนหรือ Wi-Fi และดูว่าเครื่องที่แชร์โฟลเดอร์ยังเปิดอยู่ แล้วลองอีกครั้ง "
            + _SAVE_HERE)
    if winerror in _BUSY_WINERRORS:
        return FileProblem(
            BUSY, f"{name}ถูกโปรแกรมอื่นหรือเครื่องอื่นเปิดค้างไว้ จึงใช้งานไม่ได้ในขณะนี้",
            "กรุณาปิดโปรแกรมอื่นที่เปิดไฟล์นี้อยู่ แล้วลองอีกครั้ง หรือเปิดไฟล์แบบอ่านอย่างเดียว")
    if winerror in _FULL_WINERRORS or code == errno.ENOSPC:
        return FileProblem(
            DISK_FULL, f"เขียน{name}ไม่ได้ เพราะพื้นที่ในดิสก์หรือในโฟลเดอร์ที่แชร์เต็ม",
            "กรุณาลบไฟล์ที่ไม่ใช้แล้ว หรือบันทึกไว้ที่ไดรฟ์อื่น")
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return FileProblem(
            PERMISSION, f"ไม่มีสิทธิ์อ่านหรือเขียน{name.rstrip()} (สิทธิ์ของโฟลเดอร์ที่แชร์ "
            "หรือไฟล์ถูกโปรแกรมอื่นใช้อยู่)",
            "กรุณาให้ผู้ดูแลเครื่องตรวจสอบสิทธิ์ของโฟลเดอร์ที่แชร์ หรือปิดโปรแกรมอื่นที่เปิดไฟล์นี้ "
            "แล้วลองอีกครั้ง " + _SAVE_HERE)
    if code == errno.EROFS:
        return FileProblem(
            READ_ONLY, f"เขียน{name}ไม่ได้ เพราะไดรฟ์หรือโฟลเดอร์นี้เป็นแบบอ่านอย่างเดียว",
            "กรุณาบันทึกไว้ในโฟลเดอร์ที่เขียนได้ เช่น โฟลเดอร์เอกสารในเครื่องนี้")
    if isinstance(exc, FileNotFoundError) or winerror in _NOT_FOUND_WINERRORS \
            or code == errno.ENOENT:
        return FileProblem(
            NOT_FOUND, f"ไม่พบ{name}หรือโฟลเดอร์ของไฟล์ (อาจถูกย้าย ลบ เปลี่ยนชื่อ "
            "หรือไดรฟ์เครือข่ายยังไม่ได้เชื่อมต่อ)",
            "กรุณาตรวจสอบว่าเชื่อมต่อโฟลเดอร์ที่แชร์แล้ว และไฟล์ยังอยู่ที่เดิม แล้วลองอีกครั้ง")
    detail = exc.strerror or exc.__class__.__name__
    return FileProblem(
        IO, f"อ่านหรือเขียน{name}ไม่สำเร็จ (ดิสก์ แฟลชไดรฟ์ หรือเครือข่ายขัดข้อง: {detail})",
        "กรุณาตรวจสอบว่ายังเสียบแฟลชไดรฟ์หรือต่อเครือข่ายอยู่ แล้วลองอีกครั้ง " + _SAVE_HERE)


def _sqlite_problem(exc: sqlite3.Error, path: Path | str | None) -> FileProblem | None:
    name = _name(exc, path)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary in (5, 6) or "database is locked" in text or "database table is locked" in text:
        return FileProblem(
            BUSY, f"{name}กำลังถูกบันทึกโดยโปรแกรมหรือเครื่องอื่นนานเกินไป",
            "กรุณารอสักครู่แล้วลองอีกครั้ง หรือเปิดไฟล์แบบอ่านอย่างเดียว")
    if primary == 13 or "disk is full" in text:
        return _os_problem(OSError(errno.ENOSPC, "disk full"), path)
    if primary == 10 or "disk i/o error" in text:
        return FileProblem(
            IO, f"อ่านหรือเขียน{name}ไม่สำเร็จ (ดิสก์ แฟลชไดรฟ์ หรือการเชื่อมต่อกับโฟลเดอร์ที่แชร์ขัดข้อง) "
            + _SHOWN_KEPT,
            "กรุณาตรวจสอบการเชื่อมต่อเครือข่ายหรือแฟลชไดรฟ์ แล้วลองอีกครั้ง " + _SAVE_HERE)
    if primary == 14 or "unable to open" in text:
        return FileProblem(
            NOT_FOUND, f"เปิด{name}ไม่ได้ (โฟลเดอร์ที่แชร์อาจหลุดการเชื่อมต่อ ไม่มีสิทธิ์ "
            "หรือไฟล์ถูกย้าย)",
            "กรุณาตรวจสอบการเชื่อมต่อเครือข่ายและสิทธิ์ของโฟลเดอร์ที่แชร์ แล้วลองอีกครั้ง")
    if primary == 8 or "readonly" in text:
        return _os_problem(OSError(errno.EROFS, "read-only"), path)
    return None


def describe(exc: BaseException, *, path: Path | str | None = None) -> FileProblem | None:
    """The Thai message for ``exc`` met while reading or writing ``path`` (the file named in
    the message: ``path``, else the exception's ``filename``, else "the file"); None when
    ``exc`` is not a file's failure. A StorageError keeps its own message (kind STORAGE)."""
    if isinstance(exc, StorageError):
        return FileProblem(STORAGE, str(exc))
    if isinstance(exc, OSError):
        return _os_problem(exc, path)
    if isinstance(exc, sqlite3.OperationalError) or (
            isinstance(exc, sqlite3.DatabaseError)
            and not isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError
                               | sqlite3.InterfaceError)):
        return _sqlite_problem(exc, path)
    return None
