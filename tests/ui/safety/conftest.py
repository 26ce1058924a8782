"""What the safety tests share: a private data folder, the office file, message boxes answered by
the test, backups of a file, and a small tmpfs for read-only media and a full disk (tests run as
root, and chmod does not stop root; mounting is skipped, saying why, where it is not permitted)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ita_desktop.storage import open_database, profile
from ita_desktop.storage.backups import list_backups
from ui import file_ops, message_boxes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv(file_ops.DATA_DIR_ENV, str(folder))
    return folder


class Boxes(list):
    """Message boxes shown, in order; ``answer(box)``, when set, clicks one of its buttons."""

    answer = None


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the window showed, answered by ``boxes.answer(box)`` (default: none)."""
    shown = Boxes()

    def run(box):
        shown.append(box)
        if shown.answer is not None:
            shown.answer(box)
        return 0

    monkeypatch.setattr(message_boxes, "exec_dialog", run)
    return shown


def button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


@pytest.fixture
def office(tmp_path, example_path, data_dir) -> Path:
    path = tmp_path / "office" / "office.db"
    path.parent.mkdir()
    shutil.copyfile(example_path, path)
    return path


def stored(path: Path) -> dict:
    with open_database(path, read_only=True) as store:
        return profile.get_profile(store)


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def backups_of(path: Path) -> list:
    return list_backups(file_ops.backup_folder(path), stem=path.stem)


def wait_backup(qtbot, window, count: int = 1) -> list:
    """Wait until the open file has ``count`` backups and no backup is running."""
    qtbot.waitUntil(lambda: len(backups_of(window.document.store.path)) >= count
                    and not window.files.session.backing_up, timeout=10000)
    return backups_of(window.document.store.path)


def mount_tmpfs(folder: Path, size: str = "1m") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this system")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")


@pytest.fixture
def tmpfs(tmp_path):
    folder = tmp_path / "mnt"
    mount_tmpfs(folder)
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (65536, 512):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError:
                pass
    finally:
        os.close(fd)
