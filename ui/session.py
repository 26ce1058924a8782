"""What a window does around its open file besides showing it: keeps the editing lock fresh, takes
the daily backup, and reacts when a write fails. One FileSession per window (``FileOps.session``);
``attach(document)`` once a file is shown, ``detach()`` before it is closed.

**One editor per file.** Opening for writing takes the file's lock (ita_desktop.storage.lock: a
``<name>.lock`` file made with O_EXCL and held with flock while the Store is open, in
``store.lock``). A second window, instance or computer finds it and is offered the file
read-only (ui.views.in_use_dialog); a read-only Store is opened ``mode=ro`` with
``query_only``, so it cannot write. The holder refreshes the lock every HEARTBEAT_SECONDS, on a
thread of its own (a slow shared folder never freezes the window; a beat while the last one is
still writing is skipped); if a refresh finds it was taken over (this computer slept past
STALE_AFTER_SECONDS and another one judged the lock stale), the window turns read-only in
place, with its banner, before it could write over the other editor's work. Inside that, SQLite still serialises every transaction, so
even two writers could never leave a half-written file. The lock is given up on a worker too
(release_lock); one that cannot be (the share gone) is logged and said in the status bar, and
its file, left behind, is judged stale later.

**Daily backups** (ita_desktop.storage.backups.daily_backup, 14 kept) go to
``userdirs.backup_folder(path)`` in the user's data folder, one folder per database. One is taken
when a file is opened for writing and, for a session left open over midnight, at the first check
(every DAY_CHECK_MS) on the new day. They run on a thread pool of their own with no progress
bar, so they never hold up work or other operations; a failure goes to the status bar. Files
opened read-only are not backed up: this session cannot change them, and the session editing
them (or whoever wrote the read-only media) backs them up.

**A failed write** (disk full, the file removed …, ita_desktop.storage.errors.WriteFailedError)
has been rolled back by the core, and the edit was not put on the undo stack. The window shows
the message once (until a later write succeeds) with Save a Copy As…; a removed or moved file
also turns the window read-only, since nothing more can be saved to it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal

from ita_desktop import userdirs
from ita_desktop.storage import Store, backups
from ita_desktop.storage.errors import FILE_GONE_REASON, WriteFailedError
from ita_desktop.storage.file_errors import describe
from ita_desktop.storage.lock import (
    HEARTBEAT_SECONDS,
    Lock,
    LockInfo,
    read_lock,
    taken_over_reason,
)
from ui.operations import Runner

if TYPE_CHECKING:
    from ui.document import Document

logger = logging.getLogger(__name__)
"""Failures that happen on a worker with no one to tell (lock releases): Python's logging, which
prints warnings to stderr while the program sets up no handler of its own."""

DAY_CHECK_MS = 10 * 60 * 1000
"""How often (ms) an open session looks whether the calendar day changed (a new backup due)."""

_pools: dict[str, QThreadPool] = {}
_jobs: set[_Job] = set()  # jobs whose result is not delivered yet (kept from the collector)


def _one_thread_pool(name: str) -> QThreadPool:
    if name not in _pools:
        _pools[name] = QThreadPool()
        _pools[name].setMaxThreadCount(1)
    return _pools[name]


def backup_pool() -> QThreadPool:
    """The one-thread pool backups run on: one at a time, never taking a thread that opening or
    printing (ui.operations) would use."""
    return _one_thread_pool("backups")


def heartbeat_pool() -> QThreadPool:
    """The one-thread pool the lock's heartbeat writes on: never behind a long backup."""
    return _one_thread_pool("heartbeat")


class _Job(QObject):
    """``work()`` on ``pool`` (the backup pool unless told); ``done(ok, result or exception)``
    on the GUI thread."""

    done = Signal(bool, object)
    _delivered = Signal(bool, object)

    def __init__(self, work: Callable[[], Any], pool: Callable[[], QThreadPool] = backup_pool):
        super().__init__()
        self.work = work
        self.pool = pool
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._runnable = Runner(self)

    def start(self) -> None:
        _jobs.add(self)
        self.pool().start(self._runnable)

    def _deliver(self, ok: bool, value: Any) -> None:
        _jobs.discard(self)
        self.done.emit(ok, value)
        self.deleteLater()


EXIT_WAIT_MS = 10_000
"""How long (ms) the program waits at exit for lock releases still writing on a slow share; a
lock left behind after that is judged stale later (ita_desktop.storage.lock)."""


_releasing: set[threading.Event] = set()  # releases not ended yet (any thread reads it)
_releasing_guard = threading.Lock()


def release_lock(lock: Lock, *, window=None) -> None:
    """Give ``lock`` up on the heartbeat pool, after a beat still writing (reading and deleting
    the lock file on a slow or vanished share never freezes the window). A failure leaves the
    lock file behind, to be judged stale (ita_desktop.storage.lock): it is logged (``logger``)
    and, while ``window`` (a QMainWindow, or None) is still open, said in its status bar."""
    ended = threading.Event()
    with _releasing_guard:
        _releasing.add(ended)

    def work() -> bool:
        try:
            return lock.release(strict=True)
        except BaseException as exc:  # logged here: at exit no GUI callback runs any more
            logger.warning("the editing lock %s could not be released, it will be judged "
                           "stale: %s", lock.path, exc, exc_info=not isinstance(exc, OSError))
            raise
        finally:
            with _releasing_guard:
                _releasing.discard(ended)
            ended.set()

    job = _Job(work, pool=heartbeat_pool)
    job.done.connect(partial(_release_ended, lock, window))
    job.start()


def _release_ended(lock: Lock, window, ok: bool, value: Any) -> None:
    """On the GUI thread: a release that failed is said in ``window``'s status bar while the
    window is open; an exception that is no file's failure (a bug) is raised again."""
    if ok:
        return
    if window is not None and shiboken6.isValid(window) and window.isVisible():
        window.statusBar().showMessage(QCoreApplication.translate(
            "FileSession", "The editing lock of “%1” could not be released; it will be taken "
            "as stale").replace("%1", lock.db_path.name), 30000)
    if not isinstance(value, OSError):
        raise value


def wait_for_releases(timeout_s: float = EXIT_WAIT_MS / 1000) -> None:
    """On a worker, before taking a lock: wait (up to ``timeout_s`` each) for the releases
    started before, so a file closed and at once opened again finds its old lock gone."""
    with _releasing_guard:
        pending = list(_releasing)
    for ended in pending:
        ended.wait(timeout_s)


def close_store(store: Store, *, window=None) -> None:
    """Close ``store``'s connection, then give its editing lock up off the GUI thread
    (release_lock; a failure is said in ``window``'s status bar while it is open)."""
    lock, store.lock = store.lock, None
    store.close()
    if lock is not None:
        release_lock(lock, window=window)


def make_read_only(store: Store, reason: str, *, window=None) -> None:
    """``store.make_read_only(reason)`` (its lock taken over, or its file gone), with its
    editing lock given up off the GUI thread (release_lock, as in close_store) instead of by
    the Store."""
    lock, store.lock = store.lock, None
    store.make_read_only(reason)
    if lock is not None:
        release_lock(lock, window=window)


def finish_lock_work(timeout_ms: int = EXIT_WAIT_MS) -> bool:
    """At exit: wait up to ``timeout_ms`` for heartbeats and lock releases still running, then
    for backups and the shared pool's work (ui.operations), and let the pools go while the
    application still exists (a pool destroyed at interpreter shutdown, after QApplication,
    with a thread still in Python crashes the process). True when nothing was left running."""
    done = heartbeat_pool().waitForDone(timeout_ms)
    done = backup_pool().waitForDone(timeout_ms) and done
    done = QThreadPool.globalInstance().waitForDone(timeout_ms) and done
    if done:
        _pools.clear()
    return done


def _beat(lock: Lock, store: Store) -> tuple[bool, bool, LockInfo | None]:
    """The worker's half of a heartbeat: refresh ``lock``; when it is no longer ours, whether
    the file went away and, if not, who holds the lock now. Touches no connection (only the
    store's path and identity). Returns (ours, gone, holder); OSError propagates."""
    if lock.refresh():
        return True, False, None
    if store.file_is_gone():
        return False, True, None
    return False, False, read_lock(store.path)


class FileSession(QObject):
    """The lock heartbeat, daily backups and failed-write handling of one window.

    ``clock()`` gives today's date (tests replace it); ``backup_done(path or None)`` after a
    backup attempt succeeded (None: today's already existed), ``backup_failed(message)`` after
    one failed; ``last_backup`` is the newest backup this session made.
    """

    backup_done = Signal(object)
    backup_failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document: Document | None = None
        self.clock: Callable[[], dt.date] = dt.date.today
        self.last_backup: Path | None = None
        self._backed_up: dict[Path, dt.date] = {}
        self._failure_shown: dict[Path, dt.date] = {}
        self._running: Path | None = None
        self._warned: set[str] = set()
        self._beating: Lock | None = None
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self.heartbeat.timeout.connect(self.refresh_lock)
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)

    # Attaching ------------------------------------------------------------------------------

    def attach(self, document: Document) -> None:
        """Start looking after the document's file: heartbeat when it holds a lock, backups
        when it is writable (the first one at once), write failures."""
        self.detach()
        self.document = document
        store = document.store
        self._warned = set()
        store.on_write_failure = self._write_failed
        document.saved.connect(self._saved)
        if store.lock is not None:
            self.heartbeat.start()
        if self.backs_up():
            self.day_timer.start()
            self.check_day()

    def detach(self) -> None:
        """Stop looking after the current file (before it is closed)."""
        self.heartbeat.stop()
        self.day_timer.stop()
        if self.document is not None and shiboken6.isValid(self.document):
            self.document.store.on_write_failure = None
            self.document.saved.disconnect(self._saved)
        self.document = None

    def backs_up(self) -> bool:
        """Whether the open file gets daily backups: it has a path and is writable."""
        store = self.document.store if self.document is not None else None
        return store is not None and store.path is not None and not store.read_only

    # Backups --------------------------------------------------------------------------------

    @property
    def backing_up(self) -> bool:
        """True while a backup runs (another check meanwhile is taken up when it ends)."""
        return self._running is not None

    def folder(self) -> Path | None:
        """The open file's backups folder (ita_desktop.userdirs.backup_folder), None without a
        file."""
        store = self.document.store if self.document is not None else None
        if store is None or store.path is None:
            return None
        return userdirs.backup_folder(store.path)

    def check_day(self) -> None:
        """Take today's backup (``clock()``) if this session has not yet: at attach, then on
        DAY_CHECK_MS ticks, so a session left open past midnight gets the next day's."""
        if not self.backs_up() or self._running is not None:
            return
        path = self.document.store.path
        day = self.clock()
        if self._backed_up.get(path) == day:
            return
        self._running = path
        job = _Job(partial(backups.daily_backup, path, folder=self.folder(), today=day))
        job.done.connect(partial(self._backup_ended, path, day))
        job.start()

    def _backup_ended(self, path: Path, day: dt.date, ok: bool, value: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = None
        current = self.document.store.path if self.document is not None else None
        if ok:
            self._backed_up[path] = day
            if value is not None:  # silent: a backup is a chore, not news
                self.last_backup = value
            self.backup_done.emit(value)
        else:
            message = str(describe(value, path=path) or value)
            if current == path and self._failure_shown.get(path) != day:
                self._failure_shown[path] = day  # once a day; the next check tries again
                self.window.statusBar().showMessage(
                    self.tr("The daily backup could not be made: %1").replace("%1", message),
                    30000)
            self.backup_failed.emit(message)
        if current is not None and (ok or current != path):
            self.check_day()  # asked again meanwhile (a new day, or another file opened)

    # The lock ---------------------------------------------------------------------------------

    @property
    def beating(self) -> bool:
        """True while a heartbeat write runs on its worker (a beat meanwhile is skipped)."""
        return self._beating is not None

    def refresh_lock(self) -> None:
        """Write the lock's heartbeat on a worker thread (a slow shared folder never holds up
        the window); a beat while the last one is still writing is skipped, not queued. When
        the lock was taken over (or the file went away) the window turns read-only; a failed
        write of the lock file (the share is away for a moment) is reported in Thai
        (ita_desktop.storage.file_errors) and tried again at the next beat."""
        store = self.document.store if self.document is not None else None
        lock = store.lock if store is not None else None
        if lock is None:
            self.heartbeat.stop()
            return
        if self._beating is not None:
            return
        self._beating = lock
        job = _Job(partial(_beat, lock, store), pool=heartbeat_pool)
        job.done.connect(partial(self._beat_ended, store, lock))
        job.start()

    def _beat_ended(self, store: Store, lock: Lock, ok: bool, value: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._beating = None
        if self.document is None or self.document.store is not store or store.lock is not lock:
            return  # the file was closed, or turned read-only, while the beat was writing
        if not ok:
            problem = describe(value, path=lock.path)
            if problem is None:
                raise value
            self.window.statusBar().showMessage(
                self.tr("Could not confirm that this window still holds the file: %1")
                .replace("%1", str(problem)), 30000)
            return
        ours, gone, holder = value
        if ours:
            return
        self.heartbeat.stop()
        if gone:
            reason = FILE_GONE_REASON
        else:
            reason = taken_over_reason(holder)
            store.in_use_by = holder or LockInfo("", 0, "", "", "", "")
        self.window.become_read_only(reason)

    # Failed writes ------------------------------------------------------------------------------

    def _write_failed(self, failure: WriteFailedError) -> None:
        # Called by the core inside the edit; the dialog waits until the edit has returned.
        QTimer.singleShot(0, self, partial(self.show_write_failure, failure))

    def show_write_failure(self, failure: WriteFailedError) -> None:
        """Show a failed write: status bar always, the dialog once per kind until a write
        succeeds; a file that went away turns the window read-only."""
        if self.document is None:
            return
        store = self.document.store
        if failure.kind == WriteFailedError.FILE_GONE and not store.read_only:
            self.window.become_read_only(FILE_GONE_REASON)
        self.window.statusBar().showMessage(str(failure), 30000)
        if failure.kind in self._warned:
            return
        self._warned.add(failure.kind)
        if self.window.files.write_failed(failure) and self.document is not None:
            self.window.files.save_copy_dialog()

    def _saved(self, _when) -> None:
        self._warned.clear()
