"""What the File menu does with files, kept out of the main window: open and create with a clear
dialog when the core refuses a file, save a consistent copy, and the first-run example.

Every refusal is shown by ui.message_boxes (``show_error`` through ``exec_dialog``, which tests
replace to look at the message box without a modal loop). A refused file is never written: the core checks
it on a read-only connection, and the window keeps the file that was open.

Opening (the core reads the whole file to check it), making the example, saving a copy and
restoring a backup run on a worker thread through ui.operations; their results and dialogs come
back on the GUI thread.

Opening for writing first takes the file's editing lock (ita_desktop.storage.lock) on the worker;
the Store carries it (``store.lock``) until it is closed. A file another instance or computer is
editing opens read-only instead, after the "file in use" dialog (ui.views.in_use_dialog) asked.
The lock, the daily backups and failed writes are looked after by ``FileOps.session``
(ui.session.FileSession) while the file is open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ita_desktop import userdirs
from ita_desktop.storage import (
    CorruptDatabaseError,
    DatabaseNotFoundError,
    MissingTablesError,
    NewerSchemaError,
    NotADatabaseError,
    NotAnItaFileError,
    ReadOnlyError,
    StorageError,
    Store,
    backup_file,
    open_database,
)
from ita_desktop.storage import backups as storage_backups
from ita_desktop.storage.errors import WriteFailedError
from ita_desktop.storage.file_errors import FileProblem
from ita_desktop.storage.file_errors import describe as describe_file_error
from ita_desktop.storage.lock import (
    FileInUseError,
    Lock,
    LockInfo,
    acquire_lock,
    in_use_reason,
)
from ui import message_boxes
from ui import settings as keys
from ui.file_work import (
    FOLDER_CHECK_SECONDS,
    AlreadyExistsError,
    answer_within,
    create_in_worker,
    make_example_copy,
    recent_folder,
    same_path,
    same_place,
)
from ui.operations import Operation, run_op
from ui.session import FileSession, close_store, wait_for_releases
from ui.settings import Settings

DB_SUFFIXES = (".db", ".ita")
"""The extensions of our files (the dialogs' filter lists them); any other name gets ``.db``."""
DATA_DIR_ENV = userdirs.DATA_DIR_ENV
"""Environment variable naming the data folder instead of the platform's (tests, portable
installs); see ita_desktop.userdirs."""


def _in_use_dialog():
    """ui.views.in_use_dialog, imported when a file turns out to be in use (rare: off the
    start-up path)."""
    from ui.views import in_use_dialog

    return in_use_dialog


def data_dir() -> Path:
    """The user's data folder, where the first-run example copy lives (ita_desktop.userdirs:
    %LOCALAPPDATA%\\ITA Desktop on Windows)."""
    return userdirs.data_dir()


def documents_folder() -> Path:
    """The user's Documents folder (Windows: the per-user Documents, also when redirected),
    else the home folder: where the file dialogs start before any file was used."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def db_file_path(path: Path | str) -> Path:
    """``path`` with ``.db`` added unless its name ends in one of DB_SUFFIXES (any case).
    Office names hold dots ("อบต.ตัวอย่างใหม่", "ทต.โพธิ์ชัย"), so what follows the last dot is
    not taken for an extension: a file saved without ours would not show in File › Open…."""
    path = Path(path)
    if path.suffix.lower() in DB_SUFFIXES:
        return path
    return path.with_name(f"{path.name}.db")


def backup_folder(db_path: Path | str) -> Path:
    """Where the daily backups of ``db_path`` go (ita_desktop.userdirs.backup_folder)."""
    return userdirs.backup_folder(db_path)


def file_problem(exc: BaseException) -> FileProblem:
    """What a failed file operation says (ita_desktop.storage.file_errors.describe: Thai, with
    what to do); an exception that is no file's failure (a bug) is raised again."""
    problem = describe_file_error(exc)
    if problem is None:
        raise exc
    return problem


def open_in_worker(path: Path, *, read_only: bool, lock: Lock | None = None) -> Store:
    """The worker's half of opening: take the editing lock (unless ``read_only``, or ``lock`` is
    the one this window already holds on the file), then every check (and any upgrade) on a
    connection that the GUI thread takes over once this returns; the worker never touches the
    Store again. The lock goes with the Store (``store.lock``) when it opens for writing and is
    released otherwise (a lock passed in is never released here).

    A file open for editing elsewhere opens read-only with ``store.in_use_by`` (LockInfo) set,
    for the GUI to ask; one whose lock cannot be created (read-only folder or media) opens as
    open_database finds it (read-only). Raises what open_database raises."""
    held, in_use = lock, None
    if not read_only and held is None and path.is_file():
        wait_for_releases()  # this window's own lock on it, closed a moment ago
        try:
            held = acquire_lock(path)
        except FileInUseError as exc:
            in_use = exc
        except ReadOnlyError:
            pass  # the folder cannot be written: open_database opens the file read-only
    try:
        store = open_database(path, read_only=read_only or in_use is not None,
                              check_same_thread=False)
    except BaseException:
        if held is not None and held is not lock:
            held.release()
        raise
    if in_use is not None:
        store.in_use_by = in_use.holder or LockInfo("", 0, "", "", "", "")
        store.read_only_reason = in_use_reason(in_use.holder)
    elif store.read_only:
        if held is not None and held is not lock:
            held.release()
    else:
        store.lock = held
    return store


class FileOps(QObject):
    """File operations for one window. Failures go to ``window.show_error(title, message,
    hint)``; slow ones return the started ui.operations.Operation and call back on success.
    ``disable`` lists the window's controls that must wait while a file operation runs;
    ``started`` counts the openings and creations started (the start-up's reopening of the
    last file gives way to one the user started meanwhile: ui.recent_files)."""

    def __init__(self, window: QWidget, settings: Settings, *,
                 disable: Callable[[], Iterable] = tuple):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.disable = disable
        self.session = FileSession(window)
        self.started = 0

    # Opening and creating -----------------------------------------------------------------

    def _current_store(self) -> Store | None:
        document = getattr(self.window, "document", None)
        return document.store if document is not None else None

    def open(self, path: Path | str, *, on_opened: Callable[[Store], None],
             read_only: bool = False, lock: Lock | None = None) -> Operation:
        """Open a database file on a worker thread, then ``on_opened(store)`` on the GUI thread;
        a dialog instead when the core refuses it.

        Reopening the file that is open now reuses its editing lock; ``lock`` hands over one
        held for this path (e.g. across a restore), released if the opening fails. A file that
        another instance is editing shows the "file in use" dialog first: open it read-only,
        or cancel (the store is closed and ``on_opened`` is not called)."""
        path = Path(path)
        current = self._current_store()
        if (lock is None and not read_only and current is not None and current.lock is not None
                and current.path is not None and same_path(current.path, path)):
            lock = current.lock
        self.started += 1
        return run_op(self.window, label=self.tr("Opening “%1”…").replace("%1", path.name),
                      work=partial(open_in_worker, path, read_only=read_only, lock=lock),
                      on_success=partial(self._opened, on_opened),
                      on_failure=partial(self._open_failed, lock),
                      disable=self.disable())

    def _opened(self, on_opened: Callable[[Store], None], store: Store) -> None:
        if (store.in_use_by is not None and not getattr(self.window, "_closed", False)
                and not _in_use_dialog().ask_open_read_only(self.window, store.path,
                                                         store.in_use_by)):
            close_store(store, window=self.window)
            return
        on_opened(store)

    def _open_failed(self, lock: Lock | None, exc: BaseException) -> None:
        current = self._current_store()
        if lock is not None and (current is None or current.lock is not lock):
            lock.release()
        self._failed(self.tr("Cannot Open the File"), exc)

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, StorageError):
            self._refused(title, exc)
            return
        problem = file_problem(exc)
        self.window.show_error(title, problem.what, problem.do)

    def create(self, path: Path | str, *, on_created: Callable[[Store], None]) -> Operation:
        """Create an empty database file on a worker thread (taking its editing lock there: a
        slow shared folder never freezes the window), then ``on_created(store)`` on the GUI
        thread; a dialog instead when the path exists (never overwritten) or cannot be made."""
        path = Path(path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AlreadyExistsError):
                self.window.show_error(
                    self.tr("Cannot Create the File"),
                    self.tr("The file “%1” already exists").replace("%1", path.name),
                    self.tr("Choose another name, or use File › Open… to open that file."))
            elif isinstance(exc, StorageError):
                self._refused(self.tr("Cannot Create the File"), exc, opening=False)
            else:
                problem = file_problem(exc)
                self.window.show_error(self.tr("Cannot Create the File"), problem.what,
                                       problem.do)

        self.started += 1
        return run_op(self.window, label=self.tr("Creating “%1”…").replace("%1", path.name),
                      work=partial(create_in_worker, path), on_success=on_created,
                      on_failure=failed, disable=self.disable())

    def save_copy(self, store: Store, path: Path | str, *,
                  on_saved: Callable[[Path], None]) -> Operation | None:
        """Write a consistent snapshot of the committed data of the open file to ``path`` on a
        worker thread (on a connection of its own: the Store stays the GUI thread's, and edits
        may go on meanwhile), then ``on_saved(path)``; a dialog instead when it fails.
        A store without a file (in memory), or whose file was removed or moved while open, is
        copied at once from its own connection (which still reads the last committed data), and
        None returned."""
        if store.path is None or store.file_is_gone():
            try:
                on_saved(store.backup_to(path))
            except (StorageError, OSError, sqlite3.Error) as exc:
                self._copy_failed(exc)
            return None
        return run_op(self.window, label=self.tr("Saving a copy as “%1”…").replace("%1", Path(path).name),
                      work=partial(backup_file, store.path, path), on_success=on_saved,
                      on_failure=self._copy_failed, disable=self.disable())

    def restore(self, path: Path, backup: Path, *, on_done: Callable[[bool], None]) -> Operation:
        """Replace the closed file ``path`` with ``backup`` (storage.backups.restore_backup: the
        current file is kept as a before-restore copy in the backup's folder) on a worker
        thread, then ``on_done(True)``; a dialog and ``on_done(False)`` when it is refused (the
        file is then unchanged)."""
        def failed(exc: BaseException) -> None:
            problem = file_problem(exc)
            hint = self.tr("The file has not been changed; it opens again as it was.")
            self.window.show_error(self.tr("Cannot Restore the Backup"), problem.what,
                                   f"{problem.do}\n\n{hint}" if problem.do else hint)
            on_done(False)

        return run_op(self.window, label=self.tr("Restoring “%1” from a backup…")
                      .replace("%1", path.name),
                      work=partial(storage_backups.restore_backup, backup, target=path),
                      on_success=lambda _target: on_done(True), on_failure=failed,
                      disable=self.disable())

    def write_failed(self, failure: WriteFailedError) -> bool:
        """Tell the user a change could not be saved (the core's Thai message) and what to do;
        the box offers Save a Copy As…. Returns True when the user chose it."""
        box = message_boxes.error_box(self.window, self.tr("The Change Was Not Saved"),
                                      str(failure))
        if failure.kind == WriteFailedError.DISK_FULL:
            box.setInformativeText(self.tr(
                "Once there is free space again, make the change again. Until then the file "
                "stays open for reading and printing."))
        elif failure.kind == WriteFailedError.FILE_GONE:
            box.setInformativeText(self.tr(
                "The file now stays open read-only. Save a Copy As… keeps what is shown."))
        else:
            box.setInformativeText(self.tr(
                "Once the drive or the network connection is back, make the change again."))
        copy = box.addButton(self.tr("Save a Copy As…"), QMessageBox.ButtonRole.ActionRole)
        message_boxes.exec_dialog(box)
        return box.clickedButton() is copy

    def _copy_failed(self, exc: BaseException) -> None:
        problem = file_problem(exc)
        self.window.show_error(self.tr("Cannot Save the Copy"), problem.what, problem.do or self.tr(
            "Try another folder you can write to, such as Documents or the Desktop."))

    def _refused(self, title: str, exc: StorageError, *, opening: bool = True) -> None:
        message = str(exc)
        notes = []
        if opening and not isinstance(exc, DatabaseNotFoundError) \
                and "ไม่ได้ถูกแก้ไข" not in message and "ไม่ได้แก้ไข" not in message:
            notes.append(self.tr("The file has not been changed."))
        if getattr(self.window, "document", None) is not None:
            notes.append(self.tr("The file that was open before is still open."))
        hint = self.hint_for(exc)
        if notes:
            hint = f"{hint}\n\n" + " ".join(notes)
        if (opening and isinstance(exc, CorruptDatabaseError | MissingTablesError)
                and exc.path is not None and self._offer_restore(title, message, hint, exc.path)):
            return
        self.window.show_error(title, message, hint)

    def _offer_restore(self, title: str, message: str, hint: str, path: Path) -> bool:
        """A damaged file that has daily backups: the refusal offers Restore from Backup…
        (then the restore dialog, then opening the restored file). False when it has none."""
        if not storage_backups.list_backups(backup_folder(path), stem=path.stem,
                                            include_before_restore=True):
            return False
        box = message_boxes.error_box(self.window, title, message, hint + "\n\n" + self.tr(
            "ITA Desktop keeps daily backups of this file: you can put one of them back."))
        restore = box.addButton(self.tr("Restore from Backup…"),
                                QMessageBox.ButtonRole.ActionRole)
        message_boxes.exec_dialog(box)
        if box.clickedButton() is restore:
            self.restore_dialog(path)
        return True

    def restore_dialog(self, path: Path) -> Operation | None:
        """Let the user choose a backup of the closed file ``path`` (ui.views.restore_dialog),
        restore it and open the restored file; the restore's operation, or None if cancelled."""
        from ui.views import restore_dialog

        dialog = restore_dialog.RestoreDialog(path, backup_folder(path), self.window)
        if not restore_dialog.run_dialog(dialog) or dialog.chosen is None:
            return None
        return self.restore(path, dialog.chosen,
                            on_done=lambda ok: ok and self.window.open_file(path))

    def hint_for(self, exc: StorageError) -> str:
        """What the user can do about a refused file."""
        if isinstance(exc, NewerSchemaError):
            return self.tr("Install the latest version of the program, then open this file again.")
        if isinstance(exc, CorruptDatabaseError | MissingTablesError):
            return self.tr("Ask the sender for a fresh copy, or open the "
                           "backup file with “backup” in its name in the same folder.")
        if isinstance(exc, NotAnItaFileError):
            return self.tr("This file is another program’s "
                           "database. Choose a .db file made by ITA Desktop.")
        if isinstance(exc, NotADatabaseError):
            return self.tr("Choose a .db file made by ITA Desktop.")
        if isinstance(exc, ReadOnlyError):
            return self.tr("Copy the file to a folder you can write to (such as Documents) and open it from there.")
        if isinstance(exc, DatabaseNotFoundError):
            return self.tr("The file may have been moved, renamed or deleted. Choose it with File › Open…")
        return self.tr("Close other programs that may be using this file, then try again.")

    # The first-run example ----------------------------------------------------------------

    def example_copy(self, *, on_made: Callable[[Path], None]) -> Operation:
        """Make (or find) the example copy in the data folder on a worker thread, remember it
        is the example, then ``on_made(path)``; a dialog instead when the folder cannot be
        written."""
        def made(path: Path) -> None:
            self.settings.set(keys.EXAMPLE_FILE, str(path.resolve()))
            on_made(path)

        def failed(exc: BaseException) -> None:
            problem = file_problem(exc)
            hint = self.tr("Use File › New… to create the office’s file.")
            self.window.show_error(self.tr("Cannot Create the Example File"), problem.what,
                                   f"{problem.do}\n\n{hint}" if problem.do else hint)

        self.started += 1
        return run_op(self.window, label=self.tr("Preparing the example file…"),
                      work=partial(make_example_copy, data_dir()), on_success=made,
                      on_failure=failed, disable=self.disable())

    def is_example(self, path: Path | None) -> bool:
        remembered = self.settings.get(keys.EXAMPLE_FILE)
        return bool(path and remembered) and Path(path).resolve() == Path(remembered)

    # Asking for a path ----------------------------------------------------------------------

    def file_filter(self) -> str:
        return self.tr("ITA Desktop files (*.db *.ita);;All files (*)")

    def start_folder(self) -> Path:
        """Where the file dialogs start: the folder of the newest recent file that still exists
        (never the example's, in the data folder), else the user's Documents. Never the
        program's own folder (the working directory of a double-clicked program). The folders
        are checked on a thread of their own: when that has not answered within
        FOLDER_CHECK_SECONDS (a vanished share), the dialogs start in Documents."""
        check = partial(recent_folder, self.settings.recent_files(),
                        example=self.settings.get(keys.EXAMPLE_FILE) or None, data=data_dir())
        return answer_within(check, FOLDER_CHECK_SECONDS, None) or documents_folder()

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open File"),
                                              str(self.start_folder()), self.file_filter())
        return Path(path) if path else None

    def ask_new_path(self) -> Path | None:
        suggested = self.start_folder() / db_file_path(self.tr("office name")).name
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New File"), str(suggested),
                                              self.file_filter())
        return db_file_path(path) if path else None

    def ask_copy_path(self, store: Store) -> Path | None:
        name = self.tr("%1-copy%2", "file name of a copy: %1 the name, %2 the extension")
        folder = self.start_folder()
        if store.path is not None:  # compared as written: resolving may block on a share
            source = Path(os.path.abspath(store.path))
            example = self.settings.get(keys.EXAMPLE_FILE)
            if not (example and same_place(source, Path(example))) \
                    and not same_place(source.parent, data_dir()):
                folder = source.parent
            name = name.replace("%1", source.stem).replace("%2", source.suffix or ".db")
        else:
            name = db_file_path(self.tr("office name")).name
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a Copy As"),
                                              str(folder / name), self.file_filter())
        return db_file_path(path) if path else None

    # The File menu's dialogs: ask, then let the window do it ----------------------------------

    def new_dialog(self) -> None:
        """File › New…: ask for a new file's path, then ``window.new_file`` (create and open)."""
        path = self.ask_new_path()
        if path is not None:
            self.window.new_file(path)

    def open_dialog(self) -> None:
        """File › Open…: ask for a file, then ``window.open_file``."""
        path = self.ask_open_path()
        if path is not None:
            self.window.open_file(path)

    def save_copy_dialog(self) -> None:
        """File › Save a Copy As…: ask for a path, then ``window.save_copy`` of the open file."""
        path = self.ask_copy_path(self.window.document.store)
        if path is not None:
            self.window.save_copy(path)

    def editable_copy_dialog(self) -> None:
        """From the read-only banner: save a copy somewhere writable and open it."""
        path = self.ask_copy_path(self.window.document.store)
        if path is not None:
            self.window.save_copy(path, then=self.window.open_file)

    def restore_open_file_dialog(self) -> None:
        """File › Restore from Backup…: choose a backup of the open file (ui.views.restore_dialog),
        then ``window.restore_from_backup``."""
        from ui.views import restore_dialog

        store = self.window.document.store
        dialog = restore_dialog.RestoreDialog(store.path, backup_folder(store.path), self.window)
        if restore_dialog.run_dialog(dialog) and dialog.chosen is not None:
            self.window.restore_from_backup(dialog.chosen)
