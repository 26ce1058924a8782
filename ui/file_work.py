"""The worker halves of File › New and of the first-run example (ui.file_ops runs them through
ui.operations): plain file work that may block on a slow or vanished shared folder, never on
the GUI thread, touching no widget."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

from ita_desktop.storage import StorageError, Store, open_database
from ita_desktop.storage.lock import acquire_lock
from ui.session import wait_for_releases

EXAMPLE_NAME = "ตัวอย่าง-ita.db"


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


class AlreadyExistsError(FileExistsError):
    """The path chosen for a new file is taken (the dialog says so; nothing is written)."""


def create_in_worker(path: Path) -> Store:
    """The worker's half of File › New: refuse an existing ``path``, take the editing lock,
    make the empty file on a connection the GUI thread takes over (the lock goes with the Store,
    ``store.lock``; released again if the file cannot be made). A folder whose lock cannot be
    created leaves it to open_database to say why. Raises AlreadyExistsError, what open_database
    raises, or OSError."""
    if path.exists():
        raise AlreadyExistsError(errno.EEXIST, "exists", str(path))
    wait_for_releases()  # a lock on this path released a moment ago
    try:
        lock = acquire_lock(path)
    except StorageError:
        lock = None  # open_database says why the file cannot be made, or makes it
    try:
        store = open_database(path, create=True, check_same_thread=False)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    store.lock = lock
    return store
