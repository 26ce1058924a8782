"""Opening, checking, migrating and backing up the one ``.db`` file an office shares.

Staff share their work by copying this file, so it must be complete on disk whenever no transaction
is open: the journal mode is DELETE (never WAL, whose ``-wal`` file a copy would leave behind) with
``synchronous=FULL``. :func:`open_database` refuses anything it cannot safely use, and does so
before writing a byte: files that are not SQLite, damaged files, other programs' databases and
files from a newer ITA Desktop all raise a :class:`StorageError` whose message (Thai first) can be
shown to office staff as it is (those read-only checks are in :mod:`ita_desktop.storage.checks`).
An older file is copied beside itself before it is upgraded.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from ita_desktop.storage import checks, schema
from ita_desktop.storage.checks import on_read_only_media as on_read_only_media
from ita_desktop.storage.errors import (
    DatabaseNotFoundError,
    MigrationError,
    MissingTablesError,
    NotADatabaseError,
    ReadOnlyError,
    StorageError,
    WriteFailedError,
    write_failure,
)

if TYPE_CHECKING:
    from ita_desktop.storage.lock import Lock, LockInfo

SCHEMA_VERSION = schema.SCHEMA_VERSION
"""The schema version this program writes: the number of steps in ``schema.MIGRATIONS``."""

BUSY_TIMEOUT_MS = 5000


def _name(path: Path | None) -> str:
    return path.name if path is not None else "(ฐานข้อมูลในหน่วยความจำ)"


class Store:
    """An open ITA Desktop database.

    ``db`` is the sqlite-utils Database; ``path`` is None for :func:`open_memory`;
    ``schema_version`` the file's version after opening (== SCHEMA_VERSION); ``read_only`` with a
    Thai ``read_only_reason``; ``backup_path`` the copy written before an upgrade at this opening.

    Set by whoever opens the store for a window (ui.file_ops), all optional: ``lock``, the
    editing lock (ita_desktop.storage.lock.Lock) held while it is open, released by
    :meth:`close`; ``in_use_by``, the LockInfo of the instance that holds the file for editing
    when that is why it was opened read-only; ``on_write_failure``, called with the
    WriteFailedError when a write fails (after the rollback, before it is raised).

    A Store is used from one thread at a time. By default its connection only works on the thread
    that opened it (sqlite3's ``check_same_thread``); one opened with ``check_same_thread=False``
    may be opened on a worker thread and handed to another thread, which then uses it alone.
    """

    def __init__(
        self,
        db: Database,
        *,
        path: Path | None,
        schema_version: int,
        read_only: bool = False,
        read_only_reason: str = "",
        backup_path: Path | None = None,
    ):
        self.db = db
        self.path = path
        self.schema_version = schema_version
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        self.backup_path = backup_path
        self.lock: Lock | None = None
        self.in_use_by: LockInfo | None = None
        self.on_write_failure: Callable[[WriteFailedError], object] | None = None
        self._identity = _identity(path)

    def __repr__(self) -> str:
        mode = "ro" if self.read_only else "rw"
        return f"<Store {self.path or ':memory:'} v{self.schema_version} {mode}>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction (nested blocks become savepoints); rolls back if the block raises.

        Raises ReadOnlyError before anything runs when the store is read-only, and
        WriteFailedError (Thai message, ``kind``) when the file or the disk fails the write —
        disk full, the file removed or moved while open, an I/O error, the media turned
        read-only, the file busy elsewhere: the whole transaction is rolled back first, so the
        file keeps its last committed state. Other sqlite3 errors pass through unchanged.
        """
        if self.read_only:
            raise ReadOnlyError(
                f"ไฟล์ “{_name(self.path)}” เปิดแบบอ่านอย่างเดียว จึงบันทึกการแก้ไขไม่ได้"
                f" ({self.read_only_reason})",
                path=self.path,
            )
        outer = not self.db.conn.in_transaction
        try:
            with self.db.atomic():
                yield self.db
        except WriteFailedError as failure:  # from a nested block
            if outer:
                self._write_failed(failure)
            raise
        except sqlite3.Error as exc:
            failure = write_failure(exc, self.path, file_gone=self.file_is_gone())
            if failure is None:
                raise
            if outer:
                self._write_failed(failure)
            raise failure from exc

    def _write_failed(self, failure: WriteFailedError) -> None:
        if self.db.conn.in_transaction:  # SQLite may have kept it open after the error
            with suppress(sqlite3.Error):
                self.db.conn.rollback()
        if self.on_write_failure is not None:
            self.on_write_failure(failure)

    def file_is_gone(self) -> bool:
        """True when this store's file is no longer at its path: removed, moved or renamed
        (or replaced by another file) since it was opened. False for an in-memory store."""
        return self._identity is not None and _identity(self.path) != self._identity

    def make_read_only(self, reason: str) -> None:
        """Stop writing from now on, in place (the lock was taken over, or the file removed):
        ``read_only`` is set with the Thai ``reason``, the connection refuses writes
        (``PRAGMA query_only``) and the editing lock is released. Reading goes on."""
        if self.db.conn.in_transaction:
            with suppress(sqlite3.Error):
                self.db.conn.rollback()
        with suppress(sqlite3.Error):
            self.db.execute("PRAGMA query_only=ON")
        self.read_only = True
        self.read_only_reason = reason
        self._release_lock()

    def _release_lock(self) -> None:
        lock, self.lock = self.lock, None
        if lock is not None:
            lock.release()

    def close(self) -> None:
        """Close the connection, then release the editing lock if one is held; the file on
        disk is complete (no journal left open)."""
        try:
            self.db.close()
        finally:
            self._release_lock()

    def backup_to(self, path: Path | str) -> Path:
        """Write a consistent snapshot of the committed data to ``path`` (SQLite backup API).

        The copy is written to a temporary name in the same folder and then renamed, so ``path``
        is never a half-written file. Raises StorageError inside an open transaction or when
        ``path`` is this store's own file.
        """
        target = Path(path)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise StorageError(f"สำรองไฟล์ “{target.name}” ทับตัวเองไม่ได้ กรุณาเลือกชื่อไฟล์อื่น", path=target)
        if self.db.conn.in_transaction:
            raise StorageError(
                "ยังมีการบันทึกที่ค้างอยู่ จึงยังสำรองไฟล์ไม่ได้ (backup inside a transaction)",
                path=self.path,
            )
        return _backup_connection(self.db.conn, target)


BACKUP_STEP_PAGES = 1024
"""Pages copied per step by :func:`backup_file`; between steps other connections may write."""


def backup_file(source: Path | str, target: Path | str) -> Path:
    """Write a consistent snapshot of the committed data in the database file ``source`` to
    ``target``, on a read-only connection of its own; returns ``target``.

    Unlike :meth:`Store.backup_to` this touches no Store, so it may run on a worker thread while
    the file's Store goes on being used (and written) on another thread: SQLite copies in steps of
    BACKUP_STEP_PAGES pages and starts again when another connection writes between steps, so the
    copy is always one committed state. ``target`` is written under a temporary name and renamed.
    Raises StorageError when ``target`` is ``source`` itself or the copy fails; OSError when the
    target folder cannot be written.
    """
    source, target = Path(source), Path(target)
    if target.resolve() == source.resolve():
        raise StorageError(f"สำรองไฟล์ “{target.name}” ทับตัวเองไม่ได้ กรุณาเลือกชื่อไฟล์อื่น", path=target)
    try:
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"อ่านไฟล์ “{source.name}” เพื่อสำรองไม่ได้ ({exc})", path=source) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return _backup_connection(conn, target, pages=BACKUP_STEP_PAGES)
    except sqlite3.Error as exc:
        raise StorageError(
            f"สำรองไฟล์ “{source.name}” เป็น “{target.name}” ไม่สำเร็จ ({exc})", path=target
        ) from exc
    finally:
        conn.close()


def _backup_connection(source: sqlite3.Connection, target: Path, *, pages: int = -1) -> Path:
    partial = target.with_name(target.name + ".partial")
    with suppress(FileNotFoundError):
        partial.unlink()
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest, pages=pages)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    os.replace(partial, target)
    return target


def _identity(path: Path | None) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``; None without a path or when there is no file."""
    if path is None:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def now_iso() -> str:
    """Local time with its UTC offset, to the second: ``"2024-10-01T09:30:00+07:00"``."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def open_memory() -> Store:
    """A fresh in-memory store with every migration applied (for tests and previews)."""
    db = Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys=ON")
    schema.MIGRATIONS.apply(db)
    return Store(db, path=None, schema_version=schema.SCHEMA_VERSION)


def open_database(
    path: Path | str,
    *,
    create: bool = False,
    read_only: bool = False,
    check_same_thread: bool = True,
) -> Store:
    """Open (or with ``create=True`` make) an ITA Desktop database file and bring it up to date.

    The checks (``PRAGMA integrity_check`` reads every page) and any upgrade can take long on a
    large file; to keep them off a GUI thread, open on a worker with ``check_same_thread=False``
    and hand the Store over: it must still be used from one thread at a time (see :class:`Store`).

    Checks run on a read-only connection before anything is written, so a refused file stays
    byte-identical. Raises:
      DatabaseNotFoundError  the path does not exist and create is False;
      NotADatabaseError      not an SQLite file (header), or a folder;
      NotAnItaFileError      another program's SQLite database;
      CorruptDatabaseError   truncated, or ``PRAGMA integrity_check`` is not "ok";
      NewerSchemaError       written by a newer ITA Desktop (unknown step or user_version);
      MissingTablesError     claims our schema but lacks its tables;
      ReadOnlyError          it needs an upgrade (or creating) but cannot be written;
      MigrationError         a schema step failed (rolled back; see ``backup_path``).
    A file that cannot be written (or ``read_only=True``) opens with ``Store.read_only`` set.
    Before applying pending steps to an existing file it writes
    ``<stem>.backup-v<old>-<YYYYmmdd-HHMMSS>.db`` beside it (``Store.backup_path``).
    """
    path = Path(path)
    name = path.name
    if not path.exists():
        if not create:
            raise DatabaseNotFoundError(f"ไม่พบไฟล์ “{name}” ({path})", path=path)
        if read_only:
            raise ReadOnlyError(f"สร้างไฟล์ใหม่ “{name}” แบบอ่านอย่างเดียวไม่ได้", path=path)
        if not path.parent.is_dir():
            raise DatabaseNotFoundError(f"ไม่พบโฟลเดอร์ของไฟล์ “{name}” ({path.parent})", path=path)
        if not os.access(path.parent, os.W_OK):
            raise ReadOnlyError(
                f"สร้างไฟล์ “{name}” ไม่ได้ เพราะโฟลเดอร์ {path.parent} ไม่อนุญาตให้เขียน", path=path
            )
        return _open_writable(
            path, file_version=0, backup_path=None, check_same_thread=check_same_thread
        )

    if path.is_dir():
        raise NotADatabaseError(f"“{name}” เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล ITA Desktop", path=path)
    checks.check_header(path)
    reason = checks.read_only_reason(path, requested=read_only)
    file_version, has_tables = checks.inspect_file(path, may_recover=not reason)
    pending = file_version < schema.SCHEMA_VERSION
    if reason:
        if pending:
            raise ReadOnlyError(
                f"ไฟล์ “{name}” เป็นโครงสร้างข้อมูลรุ่น {file_version} ต้องปรับเป็นรุ่น "
                f"{schema.SCHEMA_VERSION} ก่อนใช้งาน แต่ไฟล์เปิดได้แบบอ่านอย่างเดียว ({reason})",
                path=path,
            )
        uri = path.resolve().as_uri() + "?mode=ro"
        db = Database(sqlite3.connect(uri, uri=True, check_same_thread=check_same_thread),
                      execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA query_only=ON")
        return Store(
            db, path=path, schema_version=file_version, read_only=True, read_only_reason=reason
        )
    backup_path = None
    if pending and has_tables:
        backup_path = _backup_before_upgrade(path, file_version)
    return _open_writable(
        path,
        file_version=file_version,
        backup_path=backup_path,
        check_same_thread=check_same_thread,
    )


def _backup_before_upgrade(path: Path, file_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-v{file_version}-{stamp}.db")
    counter = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.backup-v{file_version}-{stamp}-{counter}.db")
        counter += 1
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return _backup_connection(source, target)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            f"สำรองไฟล์ “{path.name}” ก่อนปรับรุ่นไม่สำเร็จ จึงยังไม่ได้ปรับรุ่น ({exc})",
            path=path,
        ) from exc
    finally:
        source.close()


def _open_writable(
    path: Path, *, file_version: int, backup_path: Path | None, check_same_thread: bool = True
) -> Store:
    # no sqlite-utils plugins: loading them scans every installed package (~20 ms at start)
    db = Database(sqlite3.connect(path, check_same_thread=check_same_thread), execute_plugins=False)
    try:
        mode = db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if mode.lower() != "delete":
            raise StorageError(
                f"ตั้งค่าไฟล์ “{path.name}” ไม่สำเร็จ (journal_mode={mode}) อาจมีโปรแกรมอื่นเปิดไฟล์นี้อยู่",
                path=path,
            )
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if file_version < schema.SCHEMA_VERSION:
            try:
                schema.MIGRATIONS.apply(db)
            except sqlite3.Error as exc:
                kept = f" ไฟล์สำรองอยู่ที่ {backup_path.name}" if backup_path else ""
                raise MigrationError(
                    f"ปรับรุ่นโครงสร้างข้อมูลของไฟล์ “{path.name}” ไม่สำเร็จ ({exc}){kept}",
                    path=path,
                    backup_path=backup_path,
                ) from exc
        present = set(db.table_names())
        missing = sorted(schema.TABLES_BY_VERSION[schema.SCHEMA_VERSION] - present)
        if missing:
            raise MissingTablesError(
                f"ไฟล์ “{path.name}” ข้อมูลไม่ครบ ไม่พบตาราง {', '.join(missing)}",
                path=path,
                tables=missing,
            )
    except BaseException:
        db.close()
        raise
    return Store(db, path=path, schema_version=schema.SCHEMA_VERSION, backup_path=backup_path)
