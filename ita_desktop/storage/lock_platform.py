"""What the editing lock (:mod:`ita_desktop.storage.lock`) needs from the operating system.

This machine's name and the login name written into a lock file; whether a process id still runs
on this machine (``os.kill(pid, 0)`` on POSIX, ``OpenProcess`` on Windows, where signalling would
end it); and whole reads, writes (with ``fsync``) and identity checks on the lock file's open
descriptor. The flock step stays in the lock module itself (it is skipped where ``fcntl`` is
missing).
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from pathlib import Path


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
