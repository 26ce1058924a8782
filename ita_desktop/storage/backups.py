"""Rolling daily backups of a database file, and restoring one of them.

:func:`daily_backup` writes at most one copy per calendar day per database into a backups folder,
``<stem>-<YYYY-mm-dd>.db``, through SQLite's backup API (:func:`snapshot`, like
:func:`database.backup_file` but with a time limit while a writer holds the file), so the copy
is one committed state even while the file is open and being edited; then it deletes that
database's oldest daily copies beyond ``keep``. Only names of exactly that pattern are ever
deleted: other files in the folder, other databases' backups and the ``-before-restore-`` copies
are left alone.

:func:`restore_backup` checks a backup fully before touching anything, saves the current file as
``<stem>-before-restore-<YYYYmmdd-HHMMSS>.db`` beside the backups, and swaps the backup in with an
atomic rename, so the target is always either the old file or the whole backup.

Backups are named by the database's stem only: two databases with the same file name (from
different folders) sharing one backups folder would share one rotation. Give each its own folder:
:func:`backup_folder_for` names one per database under a shared root (the window uses
``<data folder>/backups/<stem>-<8 hex digits of the file's full path>``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ita_desktop.storage import lock as file_lock
from ita_desktop.storage.database import BACKUP_STEP_PAGES, BUSY_TIMEOUT_MS, Store, open_database
from ita_desktop.storage.errors import (
    CorruptDatabaseError,
    DatabaseNotFoundError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)

KEEP_DAYS = 14
"""Daily backups kept per database by default."""

BACKUPS_FOLDER_NAME = "backups"

BUSY_WAIT_SECONDS = BUSY_TIMEOUT_MS / 1000
"""How long, in seconds, a backup waits while another connection holds the file exclusively
(mid-commit, or a large transaction spilling into the file) before giving up with StorageError.
``sqlite3.Connection.backup`` alone would wait for as long as that lasts."""

_DAILY = r"(?P<day>\d{4}-\d{2}-\d{2})\.db"
_BEFORE = r"before-restore-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: its ``path``, the calendar ``day`` it was taken, its ``size`` in bytes,
    and whether it is a ``before_restore`` copy rather than a daily one."""

    path: Path
    day: date
    size: int
    before_restore: bool = False


def backup_name(stem: str, day: date) -> str:
    """The daily backup's file name: ``<stem>-<YYYY-mm-dd>.db``."""
    return f"{stem}-{day.isoformat()}.db"


def default_backup_folder(db_path: Path | str) -> Path:
    """``backups`` beside the database file (a suggestion; any folder may be passed)."""
    return Path(db_path).parent / BACKUPS_FOLDER_NAME


def backup_folder_for(db_path: Path | str, root: Path | str) -> Path:
    """The backups folder of the database ``db_path`` under a ``root`` shared by many databases:
    ``root/<stem>-<first 8 hex digits of the SHA-256 of its absolute path>``. Files of the same
    name in different folders so keep separate rotations; a file that is moved or renamed
    starts a new folder (its old backups stay where they were)."""
    db_path = Path(db_path)
    where = os.path.normcase(str(db_path.resolve()))
    digest = hashlib.sha256(where.encode("utf-8")).hexdigest()[:8]
    return Path(root) / f"{db_path.stem}-{digest}"


def _daily_backups(folder: Path, stem: str) -> list[BackupInfo]:
    pattern = re.compile(re.escape(stem) + "-" + _DAILY)
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match:
            continue
        try:
            day = date.fromisoformat(match["day"])
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue  # "2024-02-30", or vanished meanwhile
        if entry.is_file():
            found.append(BackupInfo(entry, day, size))
    return found


def list_backups(
    folder: Path | str, *, stem: str, include_before_restore: bool = False
) -> list[BackupInfo]:
    """The backups of the database named ``<stem>.db`` in ``folder``, newest first; [] when the
    folder does not exist. ``include_before_restore`` adds the copies :func:`restore_backup` saved
    (they are never rotated away)."""
    folder = Path(folder)
    found = _daily_backups(folder, stem)
    if include_before_restore and folder.is_dir():
        pattern = re.compile(re.escape(stem) + "-" + _BEFORE)
        for entry in folder.iterdir():
            match = pattern.fullmatch(entry.name)
            if not match or not entry.is_file():
                continue
            try:
                stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                found.append(BackupInfo(entry, stamp.date(), entry.stat().st_size, True))
            except (ValueError, OSError):
                continue
    return sorted(found, key=lambda info: (info.day, info.path.name), reverse=True)


def daily_backup(
    store_or_path: Store | Path | str,
    *,
    folder: Path | str,
    today: date | None = None,
    keep: int = KEEP_DAYS,
) -> Path | None:
    """Back up the database (an open :class:`Store` or a file path) once per calendar day.

    Writes ``folder/<stem>-<today>.db`` (``today`` defaults to the local date) unless it already
    exists, creating ``folder`` if needed; then deletes this database's oldest daily backups
    beyond ``keep`` (today's is never deleted). Returns the new backup's path, or None when
    today's already existed. Works while the Store is open, even inside its transaction: the copy
    holds only committed data. Failing to delete an old backup is ignored (it goes next time).
    Raises:
      ValueError             ``keep`` < 1;
      StorageError           an in-memory Store, or the copy failed (message in Thai);
      DatabaseNotFoundError  the database file does not exist;
      ReadOnlyError          ``folder`` cannot be created or written.
    """
    if keep < 1:
        raise ValueError(f"keep must be at least 1, got {keep}")
    if isinstance(store_or_path, Store):
        if store_or_path.path is None:
            raise StorageError("ฐานข้อมูลในหน่วยความจำสำรองเป็นไฟล์รายวันไม่ได้")
        source = store_or_path.path
    else:
        source = Path(store_or_path)
    if not source.is_file():
        raise DatabaseNotFoundError(f"ไม่พบไฟล์ “{source.name}” จึงสำรองไม่ได้ ({source})", path=source)
    folder = Path(folder)
    day = today or date.today()
    target = folder / backup_name(source.stem, day)
    made = None
    if not target.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyError(
                f"สร้างโฟลเดอร์สำรอง {folder} ไม่ได้ ({exc}) ไฟล์สำรองประจำวันจึงยังไม่ถูกสร้าง",
                path=folder,
            ) from exc
        # a name of our own, so two instances backing up at once never share a partial file
        temp = folder / f".{target.name}.{os.getpid()}.tmp"
        try:
            snapshot(source, temp)
            os.replace(temp, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise ReadOnlyError(
                f"เขียนไฟล์สำรอง “{target.name}” ในโฟลเดอร์ {folder} ไม่ได้ ({exc})", path=target
            ) from exc
        except StorageError:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        made = target
    _rotate(folder, source.stem, keep=keep, protect=target)
    return made


def _rotate(folder: Path, stem: str, *, keep: int, protect: Path) -> None:
    backups = sorted(_daily_backups(folder, stem), key=lambda info: info.day, reverse=True)
    kept = 1 if protect.exists() else 0
    for info in backups:
        if info.path == protect:
            continue
        if kept < keep:
            kept += 1
            continue
        with contextlib.suppress(OSError):
            info.path.unlink()
    # temporary files left by a backup that was killed on an earlier day
    leftover = re.compile(r"\." + re.escape(stem) + "-" + _DAILY + r"\.\d+\.tmp(?:\.partial)?")
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = leftover.fullmatch(entry.name)
            if match and f"{stem}-{match['day']}.db" != protect.name:
                with contextlib.suppress(OSError):
                    entry.unlink()


class _Busy(Exception):
    pass


def snapshot(source: Path | str, target: Path | str) -> Path:
    """Like :func:`database.backup_file` (SQLite backup API on a read-only connection, written
    under ``<target>.partial`` and renamed; returns ``target``), but gives up after
    ``BUSY_WAIT_SECONDS`` seconds of the source being locked by a writer instead of waiting
    for as long as the writer holds it. Raises StorageError (Thai) when the copy fails or the
    file stays busy; OSError when ``target``'s folder cannot be written."""
    source, target = Path(source), Path(target)
    if target.resolve() == source.resolve():
        raise StorageError(f"สำรองไฟล์ “{target.name}” ทับตัวเองไม่ได้ กรุณาเลือกชื่อไฟล์อื่น", path=target)
    partial = target.with_name(target.name + ".partial")
    busy_since: list[float] = []

    def progress(status: int, remaining: int, total: int) -> None:
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy_since.clear()
        elif not busy_since:
            busy_since.append(time.monotonic())
        elif time.monotonic() - busy_since[0] > BUSY_WAIT_SECONDS:
            raise _Busy

    try:  # timeout=0: the waiting is done (and limited) by ``progress`` between steps
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, timeout=0)
    except sqlite3.Error as exc:
        raise StorageError(f"อ่านไฟล์ “{source.name}” เพื่อสำรองไม่ได้ ({exc})", path=source) from exc
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest, pages=BACKUP_STEP_PAGES, progress=progress, sleep=0.05)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except _Busy:
        raise StorageError(
            f"ไฟล์ “{source.name}” กำลังถูกบันทึกโดยโปรแกรมหรือเครื่องอื่นนานเกิน "
            f"{BUSY_WAIT_SECONDS:g} วินาที จึงยังสำรองไม่ได้ กรุณาลองใหม่ภายหลัง",
            path=source,
        ) from None
    except sqlite3.Error as exc:
        raise StorageError(
            f"สำรองไฟล์ “{source.name}” เป็น “{target.name}” ไม่สำเร็จ ({exc})", path=target
        ) from exc
    finally:
        conn.close()
        with contextlib.suppress(OSError):
            partial.unlink()
    return target


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened for fsync there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_backup(backup: Path) -> None:
    """Refuse a backup that is missing, not ours, damaged or from a newer program."""
    if not backup.is_file():
        raise DatabaseNotFoundError(
            f"ไม่พบไฟล์สำรอง “{backup.name}” ({backup}) จึงกู้คืนไม่ได้ ไฟล์ปัจจุบันไม่ได้ถูกแก้ไข",
            path=backup,
        )
    try:
        open_database(backup, read_only=True).close()
    except NewerSchemaError:
        raise
    except ReadOnlyError:
        # open_database ran integrity_check and found our tables, but the backup predates the
        # current schema (it is upgraded when the restored file is next opened) — unless a hot
        # journal means its last write never finished.
        if Path(str(backup) + "-journal").exists():
            raise CorruptDatabaseError(
                f"ไฟล์สำรอง “{backup.name}” บันทึกไม่เสร็จ (พบไฟล์ -journal) จึงใช้กู้คืนไม่ได้ "
                "กรุณาเลือกไฟล์สำรองวันอื่น ไฟล์ปัจจุบันไม่ได้ถูกแก้ไข",
                path=backup,
            ) from None
    except StorageError as exc:
        raise CorruptDatabaseError(
            f"ไฟล์สำรอง “{backup.name}” ใช้กู้คืนไม่ได้ กรุณาเลือกไฟล์สำรองวันอื่น ไฟล์ปัจจุบันไม่ได้ถูกแก้ไข ({exc})",
            path=backup,
        ) from exc


def _integrity_ok(path: Path) -> bool:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check(1)")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _save_before_restore(target: Path, folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    saved = folder / f"{target.stem}-before-restore-{stamp}.db"
    counter = 2
    while saved.exists():
        saved = folder / f"{target.stem}-before-restore-{stamp}-{counter}.db"
        counter += 1
    try:
        snapshot(target, saved)
    except StorageError:
        # the current file may be the damaged one being replaced: keep its bytes as they are
        partial = saved.with_name(saved.name + ".partial")
        try:
            shutil.copyfile(target, partial)
            os.replace(partial, saved)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    return saved


def restore_backup(backup: Path | str, *, target: Path | str) -> Path:
    """Replace the database file ``target`` with the content of ``backup``; returns ``target``.

    Order: the backup is checked (opens with :func:`open_database` read-only, passes
    ``PRAGMA integrity_check``, is an ITA Desktop file not newer than this program); the current
    target (if any) is saved as ``<stem>-before-restore-<YYYYmmdd-HHMMSS>.db`` in the backup's
    folder (see :func:`list_backups` with ``include_before_restore``); the backup is copied to a
    temporary file beside the target, fsynced and checked again, then renamed over the target
    (``os.replace``, atomic) and the folder fsynced. Nothing is changed if any step before the
    rename fails.

    The caller must have closed every Store on ``target`` (on POSIX an open connection would
    go on writing the replaced file; on Windows the rename fails) and may hold the target's
    lock (:func:`lock.acquire_lock`); a lock held by anyone else refuses the restore.
    Raises:
      DatabaseNotFoundError  ``backup`` does not exist, or ``target``'s folder does not;
      CorruptDatabaseError   ``backup`` is damaged, not SQLite or not an ITA Desktop file;
      NewerSchemaError       ``backup`` was written by a newer ITA Desktop;
      FileInUseError         ``target`` is open for editing elsewhere, or has an unfinished write
                             (a ``-journal`` file) beside it;
      ReadOnlyError          ``target`` or its folder, or the backups folder, cannot be written;
      StorageError           any other failure to copy (e.g. disk full), target unchanged.
    """
    backup, target = Path(backup), Path(target)
    _check_backup(backup)
    if target.exists() and target.resolve() == backup.resolve():
        raise StorageError(f"ไฟล์สำรองและไฟล์ที่จะกู้คืนเป็นไฟล์เดียวกัน (“{target.name}”)", path=target)
    if not target.parent.is_dir():
        raise DatabaseNotFoundError(
            f"ไม่พบโฟลเดอร์ของไฟล์ “{target.name}” ({target.parent}) จึงกู้คืนไม่ได้", path=target
        )
    holder = file_lock.current_holder(target)
    if holder is not None:
        raise file_lock.FileInUseError(
            f"กู้คืนไฟล์ “{target.name}” ไม่ได้ในขณะนี้ เพราะ{file_lock.describe_holder(holder)} "
            "กำลังเปิดแก้ไขไฟล์นี้อยู่ กรุณาให้ปิดไฟล์ก่อนแล้วลองใหม่ ไฟล์ไม่ได้ถูกแก้ไข",
            path=target,
            holder=holder,
        )
    if Path(str(target) + "-journal").exists():
        raise file_lock.FileInUseError(
            f"ไฟล์ “{target.name}” มีการบันทึกที่ยังไม่เสร็จ (พบไฟล์ -journal) อาจมีผู้อื่นกำลังแก้ไข "
            "กรุณาปิดไฟล์นี้ในทุกเครื่อง หรือเปิดไฟล์นี้ใน ITA Desktop หนึ่งครั้งเพื่อกู้การบันทึกที่ค้าง "
            "แล้วลองใหม่ ไฟล์ไม่ได้ถูกแก้ไข",
            path=target,
            holder=None,
        )
    unwritable = [p for p in (target.parent, backup.parent) if not os.access(p, os.W_OK)]
    if target.exists() and not os.access(target, os.W_OK):
        unwritable.insert(0, target)
    if unwritable:
        raise ReadOnlyError(
            f"กู้คืนไฟล์ “{target.name}” ไม่ได้ เพราะ {unwritable[0]} ไม่อนุญาตให้เขียน ไฟล์ไม่ได้ถูกแก้ไข",
            path=target,
        )

    temp = target.with_name(f".{target.name}.restore-{os.getpid()}.tmp")
    try:
        snapshot(backup, temp)
        _fsync_file(temp)
        if not _integrity_ok(temp):
            raise CorruptDatabaseError(
                f"สำเนาจากไฟล์สำรอง “{backup.name}” ไม่สมบูรณ์ จึงไม่ได้กู้คืน ไฟล์ปัจจุบันไม่ได้ถูกแก้ไข",
                path=backup,
            )
        if target.exists():
            _save_before_restore(target, backup.parent)
        os.replace(temp, target)
    except OSError as exc:
        raise StorageError(
            f"กู้คืนไฟล์ “{target.name}” จากไฟล์สำรอง “{backup.name}” ไม่สำเร็จ ({exc}) "
            "ไฟล์ปัจจุบันไม่ได้ถูกแก้ไข",
            path=target,
        ) from exc
    finally:
        for leftover in (temp, temp.with_name(temp.name + ".partial")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    with contextlib.suppress(OSError):  # the rename is done; this only hastens it to disk
        _fsync_dir(target.parent)
    return target
