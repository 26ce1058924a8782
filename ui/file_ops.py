"""What the File menu does with files, kept out of the main window: open and create with a clear
dialog when the core refuses a file, save a consistent copy, and the first-run example.

Every refusal is shown by ``show_error`` through ``exec_dialog`` (module functions, so tests can
look at the message box without a modal loop). A refused file is never written: the core checks
it on a read-only connection, and the window keeps the file that was open.

Opening (the core reads the whole file to check it), making the example and saving a copy run on
a worker thread through ui.operations; their results and dialogs come back on the GUI thread.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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
from ui import settings as keys
from ui.operations import Operation, run_op
from ui.settings import Settings

EXAMPLE_NAME = "ตัวอย่าง-ita.db"
DATA_DIR_ENV = "ITA_DESKTOP_DATA_DIR"
"""Environment variable naming the data folder instead of QStandardPaths.AppDataLocation
(tests, portable installs)."""


def data_dir() -> Path:
    """The user's data folder, where the first-run example copy lives."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".ita-desktop"


def make_example_copy(folder: Path) -> Path:
    """``folder/ตัวอย่าง-ita.db``: a freshly built example database copied there (the folder is
    created). An existing copy is kept as it is, with whatever the user tried in it."""
    from ita_desktop.demo import build_demo  # not on the start-up path of an ordinary start

    target = folder / EXAMPLE_NAME
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ita-example-") as temp:
        built = build_demo(Path(temp) / "example.db")
        partial = target.with_name(target.name + ".partial")
        shutil.copyfile(built, partial)
        os.replace(partial, target)  # never a half-copied example under the real name
    return target


def error_box(parent: QWidget | None, title: str, message: str, hint: str = "") -> QMessageBox:
    """A critical message box: the core's message (Thai), and below it what to do."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    if hint:
        box.setInformativeText(hint)
    return box


def exec_dialog(box: QMessageBox) -> int:
    """Run a message box modally (tests replace this to inspect the box instead)."""
    return box.exec()


def show_error(parent: QWidget | None, title: str, message: str, hint: str = "") -> None:
    exec_dialog(error_box(parent, title, message, hint))


def open_in_worker(path: Path, *, read_only: bool) -> Store:
    """The worker's half of opening: every check (and any upgrade) on a connection that the GUI
    thread takes over once this returns; the worker never touches the Store again."""
    return open_database(path, read_only=read_only, check_same_thread=False)


class FileOps(QObject):
    """File operations for one window. Failures go to ``window.show_error(title, message,
    hint)``; slow ones return the started ui.operations.Operation and call back on success.
    ``disable`` lists the window's controls that must wait while a file operation runs."""

    def __init__(self, window: QWidget, settings: Settings, *,
                 disable: Callable[[], Iterable] = tuple):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.disable = disable

    # Opening and creating -----------------------------------------------------------------

    def open(self, path: Path | str, *, on_opened: Callable[[Store], None],
             read_only: bool = False) -> Operation:
        """Open a database file on a worker thread, then ``on_opened(store)`` on the GUI thread;
        a dialog instead when the core refuses it."""
        path = Path(path)
        return run_op(self.window, label=self.tr("Opening “%1”…").replace("%1", path.name),
                      work=partial(open_in_worker, path, read_only=read_only),
                      on_success=on_opened,
                      on_failure=partial(self._failed, self.tr("Cannot Open the File")),
                      disable=self.disable())

    def _failed(self, title: str, exc: BaseException) -> None:
        if not isinstance(exc, StorageError):
            raise exc
        self._refused(title, exc)

    def create(self, path: Path | str) -> Store | None:
        """Create an empty database file; refuses an existing path (never overwrites)."""
        path = Path(path)
        if path.exists():
            self.window.show_error(
                self.tr("Cannot Create the File"),
                self.tr("The file “%1” already exists").replace("%1", path.name),
                self.tr("Choose another name, or use File › Open… to open that file."))
            return None
        try:
            return open_database(path, create=True)
        except StorageError as exc:
            self._refused(self.tr("Cannot Create the File"), exc, opening=False)
            return None

    def save_copy(self, store: Store, path: Path | str, *,
                  on_saved: Callable[[Path], None]) -> Operation | None:
        """Write a consistent snapshot of the committed data of the open file to ``path`` on a
        worker thread (on a connection of its own: the Store stays the GUI thread's, and edits
        may go on meanwhile), then ``on_saved(path)``; a dialog instead when it fails.
        A store without a file (in memory) is copied at once, and None returned."""
        if store.path is None:
            try:
                on_saved(store.backup_to(path))
            except (StorageError, OSError) as exc:
                self._copy_failed(exc)
            return None
        return run_op(self.window, label=self.tr("Saving a copy as “%1”…").replace("%1", Path(path).name),
                      work=partial(backup_file, store.path, path), on_success=on_saved,
                      on_failure=self._copy_failed, disable=self.disable())

    def _copy_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StorageError | OSError):
            raise exc
        self.window.show_error(self.tr("Cannot Save the Copy"), str(exc),
                               self.tr("Try another folder you can write to, such as Documents or the Desktop."))

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
        self.window.show_error(title, message, hint)

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
            if not isinstance(exc, OSError | StorageError):
                raise exc
            self.window.show_error(self.tr("Cannot Create the Example File"), str(exc),
                                   self.tr("Use File › New… to create the office’s file."))

        return run_op(self.window, label=self.tr("Preparing the example file…"),
                      work=partial(make_example_copy, data_dir()), on_success=made,
                      on_failure=failed, disable=self.disable())

    def is_example(self, path: Path | None) -> bool:
        remembered = self.settings.get(keys.EXAMPLE_FILE)
        return bool(path and remembered) and Path(path).resolve() == Path(remembered)

    # Asking for a path ----------------------------------------------------------------------

    def file_filter(self) -> str:
        return self.tr("ITA Desktop files (*.db *.ita);;All files (*)")

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open File"), "", self.file_filter())
        return Path(path) if path else None

    def ask_new_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("New File"), "",
                                              self.file_filter())
        if not path:
            return None
        return Path(path if Path(path).suffix else f"{path}.db")

    def ask_copy_path(self, store: Store) -> Path | None:
        suggested = ""
        if store.path is not None:
            name = self.tr("%1-copy%2", "file name of a copy: %1 the name, %2 the extension")
            suggested = str(store.path.with_name(name.replace("%1", store.path.stem)
                                                 .replace("%2", store.path.suffix)))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a Copy As"), suggested,
                                              self.file_filter())
        if not path:
            return None
        return Path(path if Path(path).suffix else f"{path}.db")
