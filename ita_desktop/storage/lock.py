"""Knowing that a database file is already open for editing elsewhere, and saying by whom.

Why a lock file: SQLite's own locking serialises *transactions* — while one connection writes,
others wait (``BUSY_TIMEOUT_MS``) and no transaction ever sees or leaves half of another one, so
two writers never corrupt the file. What SQLite cannot do is stop two people from *editing the same
shared copy for a whole session*: each would read, then save over the other's changes in turn,
and neither would know. So before a window opens a file for writing it takes this lock; a second
instance (on this machine or another one using the same shared folder) finds the lock and is
offered the file read-only instead.

How it works:

- The lock is a small JSON file beside the database, ``<name>.lock`` (``office.db.lock``), holding
  ``{host, pid, user, opened_at, refreshed_at, token, app}``. It is created with
  ``O_CREAT | O_EXCL``, so of two instances racing to create it exactly one succeeds.
- On POSIX the creator also holds ``fcntl.flock(LOCK_EX | LOCK_NB)`` on the lock file for as long
  as the lock is held. The kernel drops that lock when the process dies, however it dies
  (``kill -9``, power loss of a network client aside), so on this machine a lock file whose flock
  is free is known to be left over, and one whose flock is taken is known to be live even if the
  JSON inside looks stale. Two processes on this machine can therefore never both hold the lock.
  (Whether flock reaches other machines depends on the network filesystem; this module does not
  rely on it across machines.)
- **Windows**: there is no ``fcntl``; the creator instead holds a byte-range lock
  (``msvcrt.locking``, i.e. ``LockFile``) on one byte far past the JSON, so reading the JSON is
  never blocked. Windows drops it when the handle is closed or the process ends, however it
  ends, so the same rules hold as for flock. On an SMB share the file server itself keeps these
  locks for every client, so a live lock is seen from other computers too (and is released when
  the holder's session ends). Windows process ids are reused, so a dead holder's pid is not
  trusted when the byte lock answers. (The calls into the operating system are in
  ``lock_platform``; the Wine smoke test of the Windows program runs them, a real share could
  not be tested here.)
- A lock found on disk is **stale**, and is taken over, when: it is from this host and its flock
  is free (POSIX) or its pid is no longer running (no flock available); or its ``refreshed_at``
  heartbeat is older than ``STALE_AFTER_SECONDS`` (a machine that crashed or lost the share); or
  it cannot be parsed and is older than ``UNREADABLE_GRACE_SECONDS``. The holder must call
  :meth:`Lock.refresh` every ``HEARTBEAT_SECONDS`` so a long session never looks stale; refresh
  returns False if the lock was taken over meanwhile (e.g. the laptop slept past the limit), and
  the window must then stop writing and reopen the file read-only.
- :meth:`Lock.release` deletes the lock file only if it still carries this lock's token.

Limits: across machines, two instances that both judge the same stale lock at the same moment
may both take it over when the share's filesystem ignores flock; host clocks that disagree by more
than ``STALE_AFTER_SECONDS`` misjudge heartbeats. Either way SQLite's locking still keeps every
transaction whole; only the "one editor per session" promise is weakened.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ita_desktop.storage.errors import ReadOnlyError, StorageError
from ita_desktop.storage.lock_platform import OPEN_FLAGS as _OPEN_FLAGS
from ita_desktop.storage.lock_platform import hostname as _hostname
from ita_desktop.storage.lock_platform import pid_alive as _pid_alive
from ita_desktop.storage.lock_platform import read_fd as _read_fd
from ita_desktop.storage.lock_platform import same_file as _same_file
from ita_desktop.storage.lock_platform import try_lock as _try_lock
from ita_desktop.storage.lock_platform import username as _username
from ita_desktop.storage.lock_platform import write_fd as _write_fd

try:  # POSIX only; see the module docstring for Windows
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

STALE_AFTER_SECONDS = 15 * 60
"""A lock whose heartbeat (``refreshed_at``) is older than this many seconds is stale."""

HEARTBEAT_SECONDS = 60
"""How often, in seconds, the holder should call :meth:`Lock.refresh`."""

UNREADABLE_GRACE_SECONDS = 5
"""An empty or unparseable lock file younger than this (seconds, by mtime) is being written."""

_ACQUIRE_ATTEMPTS = 20
_RETRY_SLEEP = 0.05


def lock_path(db_path: Path | str) -> Path:
    """The lock file for ``db_path``: ``<name>.lock`` in the same folder."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: ``host`` name, ``pid``, login ``user``, ``opened_at`` and ``refreshed_at``
    (local ISO-8601 with UTC offset, to the second), a random ``token`` per acquisition, ``app``."""

    host: str
    pid: int
    user: str
    opened_at: str
    refreshed_at: str
    token: str
    app: str = "ITA Desktop"

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        """Parse a lock file's text; None when it is empty or not a lock we wrote."""
        try:
            data = json.loads(text)
            return cls(
                host=str(data["host"]),
                pid=int(data["pid"]),
                user=str(data.get("user", "")),
                opened_at=str(data.get("opened_at", "")),
                refreshed_at=str(data.get("refreshed_at") or data.get("opened_at", "")),
                token=str(data.get("token", "")),
                app=str(data.get("app", "")),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @property
    def is_this_process(self) -> bool:
        """True when this lock was written by the running process (same host and pid)."""
        return self.host == _hostname() and self.pid == os.getpid()

    def age_seconds(self, now: float | None = None) -> float | None:
        """Seconds since the last heartbeat, or None when ``refreshed_at`` cannot be read."""
        try:
            stamp = datetime.fromisoformat(self.refreshed_at).timestamp()
        except (ValueError, TypeError):
            return None
        return (time.time() if now is None else now) - stamp


class FileInUseError(StorageError):
    """The database is open for editing by another instance or machine; ``holder`` says who
    (None when the lock file could not be read). The file can still be opened read-only."""

    def __init__(self, message: str, *, path: Path | str, holder: LockInfo | None):
        super().__init__(message, path=path)
        self.holder = holder


def _now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _try_flock(fd: int) -> bool | None:
    """Take the exclusive, non-blocking OS lock on the lock file: True got it, False held
    elsewhere, None unsupported (lock_platform.try_lock: flock on POSIX, LockFile on Windows)."""
    return _try_lock(fd)


def describe_holder(holder: LockInfo | None) -> str:
    """Who holds a lock, in Thai: user, computer and (when known) since when, Buddhist era."""
    if holder is None:
        return "ผู้ใช้อื่น"
    who = holder.user or "ผู้ใช้ไม่ทราบชื่อ"
    text = f"{who} บนเครื่อง {holder.host}"
    try:
        opened = datetime.fromisoformat(holder.opened_at)
    except (ValueError, TypeError):
        return text
    return f"{text} (เปิดเมื่อ {opened.day}/{opened.month}/{opened.year + 543} เวลา {opened:%H:%M} น.)"


def in_use_reason(holder: LockInfo | None) -> str:
    """The Thai ``read_only_reason`` of a file opened read-only because ``holder`` is editing it."""
    return f"{describe_holder(holder)} กำลังเปิดแก้ไขไฟล์นี้อยู่"


def taken_over_reason(holder: LockInfo | None) -> str:
    """The Thai ``read_only_reason`` once this instance's lock was taken over by ``holder`` (None:
    the lock file was removed or could not be read), e.g. after the computer slept past
    ``STALE_AFTER_SECONDS``: from then on this instance must not write."""
    if holder is None:
        return "ไฟล์ล็อกของการแก้ไขถูกลบไป จึงหยุดบันทึกเพื่อไม่ให้เขียนทับงานของผู้อื่น"
    return (f"{describe_holder(holder)} เปิดแก้ไขไฟล์นี้ต่อแล้ว "
            "(อาจเพราะเครื่องนี้พักเครื่องหรือขาดการเชื่อมต่อนานเกินไป) "
            "จึงหยุดบันทึกเพื่อไม่ให้เขียนทับงานของผู้อื่น")


def _in_use(db_path: Path, holder: LockInfo | None) -> FileInUseError:
    return FileInUseError(
        f"ไฟล์ “{db_path.name}” กำลังเปิดแก้ไขอยู่โดย {describe_holder(holder)} "
        "จึงเปิดได้แบบอ่านอย่างเดียวเท่านั้น หากแน่ใจว่าไม่มีใครใช้ไฟล์นี้แล้ว "
        "ให้ปิดโปรแกรมที่เครื่องนั้นหรือรอสักครู่แล้วลองใหม่",
        path=db_path,
        holder=holder,
    )


def _is_stale(holder: LockInfo | None, *, flock: bool | None, mtime: float, now: float) -> bool:
    """Decide for a lock on disk whose flock we could take (True) or cannot test (None)."""
    if holder is None:
        return now - mtime > UNREADABLE_GRACE_SECONDS
    if holder.host == _hostname():
        if flock:  # its holder would hold this flock while alive
            return True
        if holder.pid == os.getpid():
            return False  # no flock available, and it is this very process
        if not _pid_alive(holder.pid):
            return True
    age = holder.age_seconds(now)
    return age is None or age > STALE_AFTER_SECONDS


class Lock:
    """A held lock on ``db_path`` (lock file ``path``, contents ``info``).

    Release it with :meth:`release` or by leaving a ``with`` block. Keep it fresh with
    :meth:`refresh` every ``HEARTBEAT_SECONDS`` seconds while the file is open for writing.
    A refresh may run on a worker thread (a slow shared folder): refresh and release take turns,
    so the file descriptor is never closed under a write in progress.
    """

    def __init__(self, db_path: Path, path: Path, fd: int, info: LockInfo):
        self.db_path = db_path
        self.path = path
        self.info = info
        self._fd: int | None = fd
        self._turn = threading.Lock()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<Lock {self.path} {state}>"

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    @property
    def held(self) -> bool:
        """False after :meth:`release`."""
        return self._fd is not None

    def is_ours(self) -> bool:
        """True while the lock file on disk is still this lock (same file and token)."""
        return self._fd is not None and self._on_disk_is_ours(self._fd)

    def _on_disk_is_ours(self, fd: int, *, strict: bool = False) -> bool:
        """Whether the lock file on disk carries this lock's token (and, with flock, is the
        file ``fd`` holds). A lock file that is gone is not ours; one that cannot be read is
        not ours either, or (``strict``) raises the OSError."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False
        except OSError:
            if strict:
                raise
            return False
        on_disk = LockInfo.from_json(text)
        if on_disk is None or on_disk.token != self.info.token:
            return False
        return fcntl is None or _same_file(fd, self.path)

    def refresh(self) -> bool:
        """Write a new heartbeat; returns False (and changes nothing) if the lock was taken over
        or removed, in which case the caller must stop writing to the database. OSError from
        the write (e.g. the share went away) propagates. Returns False too once released."""
        with self._turn:
            if not self.is_ours():
                return False
            info = LockInfo(**{**asdict(self.info), "refreshed_at": _now_iso()})
            assert self._fd is not None
            _write_fd(self._fd, info.to_json())
            self.info = info
            return True

    def release(self, *, strict: bool = False) -> bool:
        """Give the lock up; the lock file is deleted only if it is still ours. Returns True when
        it was deleted. Safe to call twice. An OSError reading or deleting the lock file (a share
        gone away) is ignored: the lock file is then left behind and will be judged stale. With
        ``strict`` that OSError is raised instead, once the lock was given up all the same (its
        file handle closed), so the caller can say so. Waits for a refresh still writing."""
        with self._turn:
            return self._release(strict)

    def _release(self, strict: bool) -> bool:
        if self._fd is None:
            return False
        fd: int | None
        fd, self._fd = self._fd, None
        removed, failure = False, None
        try:
            if self._on_disk_is_ours(fd, strict=strict):
                if sys.platform == "win32":  # pragma: no cover - an open file cannot be deleted
                    os.close(fd)
                    fd = None
                # POSIX: still holding the flock, so nobody on this machine can take it over now
                try:
                    self.path.unlink()
                    removed = True
                except FileNotFoundError:
                    pass  # removed meanwhile: nothing is left behind
                except OSError as exc:
                    failure = exc
        except OSError as exc:  # reading it (strict), or comparing it with ``fd``
            if not strict:
                raise
            failure = exc
        finally:
            if fd is not None:
                os.close(fd)
        if strict and failure is not None:
            raise failure
        return removed


def read_lock(db_path: Path | str) -> LockInfo | None:
    """The contents of ``db_path``'s lock file, live or stale; None when there is none or it
    cannot be read (for showing who has a file open)."""
    try:
        return LockInfo.from_json(lock_path(db_path).read_text(encoding="utf-8"))
    except OSError:
        return None


def current_holder(db_path: Path | str) -> LockInfo | None:
    """The live holder of ``db_path``'s lock other than this process, or None when the file is
    not locked, the lock is stale, or this process holds it. Changes nothing on disk."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError:
        try:
            fd = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
        except OSError:
            return None
    try:
        holder = LockInfo.from_json(_read_fd(fd))
        if holder is not None and holder.is_this_process:
            return None
        flock = _try_flock(fd)
        if flock is False:
            return holder or LockInfo("?", 0, "", "", "", "")
        if _is_stale(holder, flock=flock, mtime=os.fstat(fd).st_mtime, now=time.time()):
            return None
        return holder
    finally:
        os.close(fd)  # drops the probe's flock; a holder's own flock is unaffected


def acquire_lock(db_path: Path | str, *, force: bool = False) -> Lock:
    """Take the editing lock for the database file ``db_path`` (which need not exist yet).

    ``force=True`` takes over a live lock too; only for an explicit "open anyway" after the user
    confirmed nobody else is editing (never over a lock held on this machine, which stays refused).
    Raises:
      FileInUseError  another instance or machine holds it (message in Thai names user, host and
                      time, and says the file can be opened read-only);
      ReadOnlyError   the lock file cannot be created (read-only folder or media): open the
                      database read-only;
      StorageError    the lock could not be settled after repeated races.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    for _ in range(_ACQUIRE_ATTEMPTS):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _OPEN_FLAGS, 0o644)
        except FileExistsError:
            lock = _take_over(db_path, path, force=force)
            if lock is not None:
                return lock
            continue
        except (PermissionError, OSError) as exc:
            if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
                raise StorageError(
                    f"ไม่พบโฟลเดอร์ของไฟล์ “{db_path.name}” ({path.parent})", path=db_path
                ) from exc
            raise ReadOnlyError(
                f"สร้างไฟล์ล็อก “{path.name}” ไม่ได้ ({exc}) จึงเปิดไฟล์ “{db_path.name}” ได้แบบอ่านอย่างเดียว",
                path=db_path,
            ) from exc
        lock = _finish_create(db_path, path, fd)
        if lock is not None:
            return lock
    raise StorageError(
        f"ตรวจสอบการใช้งานไฟล์ “{db_path.name}” ไม่สำเร็จ เพราะมีการเปิดไฟล์พร้อมกันหลายครั้ง กรุณาลองใหม่",
        path=db_path,
    )


def _new_info() -> LockInfo:
    stamp = _now_iso()
    return LockInfo(
        host=_hostname(),
        pid=os.getpid(),
        user=_username(),
        opened_at=stamp,
        refreshed_at=stamp,
        token=uuid.uuid4().hex,
    )


def _finish_create(db_path: Path, path: Path, fd: int) -> Lock | None:
    """We created the lock file: flock it, write our JSON, and check it is still the one there."""
    try:
        for _ in range(_ACQUIRE_ATTEMPTS):  # a racer may be probing our empty file for a moment
            flock = _try_flock(fd)
            if flock is not False:
                break
            time.sleep(_RETRY_SLEEP)
        else:
            os.close(fd)
            return None
        info = _new_info()
        _write_fd(fd, info.to_json())
        if fcntl is not None and not _same_file(fd, path):
            os.close(fd)
            return None
    except BaseException:
        os.close(fd)
        raise
    return Lock(db_path, path, fd, info)


def _take_over(db_path: Path, path: Path, *, force: bool) -> Lock | None:
    """The lock file exists: raise FileInUseError if it is live, else rewrite it as ours.
    Returns None to make the caller retry (the file vanished or was replaced meanwhile)."""
    try:
        fd = os.open(path, os.O_RDWR | _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        holder = read_lock(db_path)
        if holder is None:
            raise ReadOnlyError(
                f"เปิดไฟล์ล็อก “{path.name}” ไม่ได้ ({exc}) จึงเปิดไฟล์ “{db_path.name}” ได้แบบอ่านอย่างเดียว",
                path=db_path,
            ) from exc
        raise _in_use(db_path, holder) from exc
    try:
        flock = _try_flock(fd)
        holder = LockInfo.from_json(_read_fd(fd))
        if flock is False:
            if holder is None:  # its creator is between O_EXCL and writing; look again
                os.close(fd)
                time.sleep(_RETRY_SLEEP)
                return None
            raise _in_use(db_path, holder)
        stale = _is_stale(holder, flock=flock, mtime=os.fstat(fd).st_mtime, now=time.time())
        if not stale:
            same_process = holder is not None and holder.is_this_process
            if not force or same_process or (holder is not None and holder.host == _hostname()):
                if holder is None:  # freshly created by a racer, not yet written
                    os.close(fd)
                    time.sleep(_RETRY_SLEEP)
                    return None
                raise _in_use(db_path, holder)
        info = _new_info()
        _write_fd(fd, info.to_json())
        if fcntl is not None and not _same_file(fd, path):
            os.close(fd)
            return None
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise
    return Lock(db_path, path, fd, info)
