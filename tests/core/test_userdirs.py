"""The user's folders and files with Thai names and spaces: the data folder, the backups, a
database, its editing lock held by another process.

These run in the Linux suite and, unchanged, on Windows: packaging/windows/smoke_wine.py runs
this file with the Windows interpreter under Wine, as a Windows user named ``สมชาย ใจดี``, so
there ``%LOCALAPPDATA%`` itself holds Thai letters and a space. Standard library + core only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from ita_desktop import userdirs
from ita_desktop.storage import backups, open_database
from ita_desktop.storage.lock import FileInUseError, acquire_lock, current_holder, lock_path
from ita_desktop.storage.lock_platform import hostname

FOLDER = "งาน ITA ปีงบประมาณ ๒๕๖๙"
OFFICE = "อบต.ตัวอย่าง ใหม่.db"  # a dot in the stem, as every อบต./ทต. name has


@pytest.fixture
def thai_folder(tmp_path) -> Path:
    folder = tmp_path / FOLDER
    folder.mkdir()
    return folder


def test_the_data_folder_override_keeps_thai_letters_and_spaces(thai_folder, monkeypatch):
    monkeypatch.setenv(userdirs.DATA_DIR_ENV, str(thai_folder / "ข้อมูล ของฉัน"))
    assert userdirs.data_dir() == thai_folder / "ข้อมูล ของฉัน"
    assert userdirs.backups_root() == thai_folder / "ข้อมูล ของฉัน" / "backups"


def test_the_data_folder_is_the_platforms_per_user_local_folder(thai_folder, monkeypatch):
    monkeypatch.delenv(userdirs.DATA_DIR_ENV, raising=False)
    if sys.platform == "win32":
        # %LOCALAPPDATA%, never the roaming %APPDATA% nor the program folder
        local = Path(os.environ["LOCALAPPDATA"])
        assert userdirs.data_dir() == local / "ITA Desktop"
        assert Path(os.environ["APPDATA"]) not in userdirs.data_dir().parents
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(thai_folder))
        assert userdirs.data_dir() == thai_folder / "ITA Desktop"
    assert "Programs" not in userdirs.data_dir().parts


def test_a_thai_database_is_created_backed_up_and_listed_under_a_thai_data_folder(
        thai_folder, monkeypatch):
    monkeypatch.setenv(userdirs.DATA_DIR_ENV, str(thai_folder / "ข้อมูล ของฉัน"))
    office = thai_folder / OFFICE
    store = open_database(office, create=True)
    store.close()
    assert office.is_file() and office.name == OFFICE
    folder = userdirs.backup_folder(office)
    assert folder.parent == userdirs.backups_root()
    assert folder.name.startswith("อบต.ตัวอย่าง ใหม่-")
    made = backups.daily_backup(office, folder=folder)
    assert made is not None and made.is_file() and made.suffix == ".db"
    assert made.name.startswith("อบต.ตัวอย่าง ใหม่-")
    listed = backups.list_backups(folder, stem=office.stem)
    assert [b.path for b in listed] == [made]
    open_database(made, read_only=True).close()  # the copy is a whole database


def test_files_of_the_same_thai_name_in_two_folders_keep_separate_backups(thai_folder):
    other = thai_folder / "สำนักปลัด" / OFFICE
    other.parent.mkdir()
    root = thai_folder / "backups"
    first = backups.backup_folder_for(thai_folder / OFFICE, root)
    second = backups.backup_folder_for(other, root)
    assert first != second and first.parent == second.parent == root
    assert backups.backup_folder_for(thai_folder / OFFICE, root) == first  # stable


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from ita_desktop.storage.lock import acquire_lock
    lock = acquire_lock(Path(sys.argv[1]))
    print("held", flush=True)
    sys.stdin.readline()  # until the test closes our stdin, or kills us
""")


def start_holder(db: Path) -> subprocess.Popen:
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONIOENCODING="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=env, cwd=root)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == b"held"
    return holder


def test_a_lock_held_by_another_process_refuses_then_frees_when_it_dies(thai_folder):
    db = thai_folder / OFFICE
    holder = start_holder(db)
    try:
        assert lock_path(db).name == OFFICE + ".lock"
        with pytest.raises(FileInUseError) as refused:
            acquire_lock(db)
        assert refused.value.holder is not None and refused.value.holder.pid == holder.pid
        assert "อ่านอย่างเดียว" in str(refused.value)  # the read-only offer
        assert current_holder(db) is not None
    finally:
        holder.kill()  # dies without releasing: only the operating system frees its lock
        holder.wait()
    assert current_holder(db) is None
    with acquire_lock(db) as lock:
        assert lock.is_ours()
    assert not lock_path(db).exists()


def test_a_left_over_lock_naming_a_live_reused_pid_is_taken_over(thai_folder):
    # process ids are reused (under Wine within seconds): a lock file left by a crashed
    # instance may name a pid that now belongs to another live process; the free OS lock must
    # win over the live pid. (A child of ours stands for that process: os.getppid() would need
    # PssCaptureSnapshot on Windows, which Wine 8.0 lacks.)
    db = thai_folder / OFFICE
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"],
                             stdin=subprocess.PIPE)
    try:
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")  # a fresh heartbeat
        lock_path(db).write_text(json.dumps({
            "host": hostname(), "pid": other.pid, "user": "สมชาย", "opened_at": stamp,
            "refreshed_at": stamp, "token": "left-over", "app": "ITA Desktop"}),
            encoding="utf-8")
        with acquire_lock(db) as lock:
            assert lock.info.token != "left-over" and lock.is_ours()
    finally:
        other.kill()
        other.wait()
