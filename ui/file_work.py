"""The worker halves of File › New and of the first-run example (ui.file_ops runs them through
ui.operations): plain file work that may block on a slow or vanished shared folder, never on
the GUI thread, touching no widget."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from ita_desktop.storage import StorageError, Store, open_database
from ita_desktop.storage.lock import acquire_lock
from ui.session import wait_for_releases

EXAMPLE_NAME = "ตัวอย่าง-ita.db"
FOLDER_CHECK_SECONDS = 0.5
"""How long the GUI waits for the check of the recent files' folders (a vanished share can
stall it for tens of seconds on Windows) before the dialogs start in Documents instead."""

T = TypeVar("T")


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


def same_path(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same file or folder (resolved; as written when that fails)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def same_place(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are written as the same absolute path (case-insensitive on
    Windows); touches no disk, so it never blocks on a share (links are not followed)."""
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def recent_folder(recent_files: Iterable[Path], *, example: str | None,
                  data: Path) -> Path | None:
    """The folder (resolved) of the newest of ``recent_files`` whose folder still exists and is
    neither the example file ``example`` (a resolved path, or None) nor in the data folder
    ``data``; None when there is none. Touches the folders (may block on a share)."""
    for recent in recent_files:
        if recent.parent.is_dir() and not (example and recent.resolve() == Path(example)) \
                and not same_path(recent.parent, data):
            return recent.parent.resolve()
    return None


def missing_files(paths: Iterable[Path]) -> set[Path]:
    """Those of ``paths`` that do not exist now. Touches each file (may block on a share)."""
    return {path for path in paths if not path.exists()}


def first_existing(paths: Iterable[Path]) -> tuple[Path | None, set[Path]]:
    """The first of ``paths`` that exists now (None when none does), and the set of those
    before it that do not. A path whose check fails otherwise (OSError, e.g. no permission)
    counts as existing, so that opening it says why. Touches each file up to the first that
    exists (may block on a share)."""
    gone: set[Path] = set()
    for path in paths:
        try:
            if not path.exists():
                gone.add(path)
                continue
        except OSError:
            pass
        return path, gone
    return None, gone


def answer_within(work: Callable[[], T], timeout_s: float, default: T) -> T:
    """``work()`` on a thread of its own, its answer if it comes within ``timeout_s`` seconds,
    else ``default`` (also when it fails). The thread is a daemon: one stuck on a vanished
    share never holds up the window, nor the program's exit."""
    answer: list[T] = []
    ended = threading.Event()

    def run() -> None:
        try:
            answer.append(work())
        except Exception:  # noqa: BLE001 - a folder that cannot be checked is not proposed
            pass
        finally:
            ended.set()

    threading.Thread(target=run, name="ita-folder-check", daemon=True).start()
    return answer[0] if ended.wait(timeout_s) and answer else default
