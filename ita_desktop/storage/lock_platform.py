"""What the editing lock (:mod:`ita_desktop.storage.lock`) needs from the operating system.

This machine's name and the login name written into a lock file; whether a process id still runs
on this machine (``os.kill(pid, 0)`` on POSIX, ``OpenProcess`` on Windows, where signalling would
end it); and whole reads, writes (with ``fsync``) and identity checks on the lock file's open
descriptor; and the OS lock on that descriptor (:func:`try_lock`: ``flock`` on POSIX, a
byte-range ``LockFile`` through ``msvcrt.locking`` on Windows).
"""

from __future__ import annotations

import errno
import getpass
import os
import socket
import sys
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None  # type: ignore[assignment]

OPEN_FLAGS = getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
"""Extra ``os.open`` flags for the lock file: binary (no CRLF translation on Windows) and not
inherited by child processes (a program started from the window must not keep the lock)."""

WINDOWS_LOCK_OFFSET = 1 << 30
"""The byte Windows locks: far past the JSON, since Windows locks are mandatory and a locked
byte that held JSON could not be read by the instance asking who holds the file."""


def hostname() -> str:
    """This machine's network name (``"localhost"`` when it has none), as lock files record it."""
    return socket.gethostname() or "localhost"


def username() -> str:
    """The login name of whoever runs this program; ``""`` when it cannot be told."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises various errors when no login name is known
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - os.kill(pid, 0) would terminate it there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def try_lock(fd: int) -> bool | None:
    """Take an exclusive, non-blocking OS lock on the open file ``fd``, held until it is closed
    (or the process ends): True when taken, False when another process (or, on Windows,
    another handle) holds it, None when the platform or the filesystem has no such lock
    (e.g. ENOLCK on some network filesystems)."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            return None
        return True
    if msvcrt is None:  # pragma: no cover - neither POSIX nor Windows
        return None
    position = os.lseek(fd, 0, os.SEEK_CUR)
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)  # msvcrt.locking locks from the position
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError as exc:  # EACCES: ERROR_LOCK_VIOLATION, the byte is locked elsewhere
        return False if exc.errno in (errno.EACCES, errno.EDEADLK) else None
    finally:
        os.lseek(fd, position, os.SEEK_SET)
    return True


def read_fd(fd: int) -> str:
    """The whole text of the open file ``fd`` from its start (UTF-8, bad bytes replaced)."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", errors="replace")


def write_fd(fd: int, text: str) -> None:
    """Replace the whole content of the open file ``fd`` with ``text`` (UTF-8) and fsync it."""
    data = text.encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def same_file(fd: int, path: Path) -> bool:
    """True while ``path`` names the very file open as ``fd`` (same device and inode)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)
