"""The editing lock: refused while held by this or another live process, taken over when left
behind by a dead one, and released only by its owner."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ita_desktop.storage import StorageError, lock
from ita_desktop.storage.lock import (
    FileInUseError,
    LockInfo,
    acquire_lock,
    current_holder,
    lock_path,
    read_lock,
)

THAI = re.compile("[\u0e00-\u0e7f]")
HOST = socket.gethostname()
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "office.db"


@pytest.fixture(params=["flock", "no_fcntl"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every rule must hold both with flock and without it (as on Windows)."""
    if request.param == "no_fcntl":
        monkeypatch.setattr(lock, "fcntl", None)
    elif lock.fcntl is None:
        pytest.skip("no fcntl on this platform")
    return request.param


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not lock._pid_alive(child.pid)
    return child.pid


def write_lock(db: Path, *, host: str = HOST, pid: int, age: timedelta = timedelta(0)) -> str:
    stamp = (datetime.now().astimezone() - age).isoformat(timespec="seconds")
    text = json.dumps(
        {
            "host": host,
            "pid": pid,
            "user": "สมศรี",
            "opened_at": stamp,
            "refreshed_at": stamp,
            "token": "someone-else",
        },
        ensure_ascii=False,
    )
    lock_path(db).write_text(text, encoding="utf-8")
    return text


def test_lock_file_holds_who_and_when(db: Path, mode: str):
    with acquire_lock(db) as held:
        data = json.loads(lock_path(db).read_text(encoding="utf-8"))
        assert lock_path(db) == db.with_name("office.db.lock")
        assert data["host"] == HOST and data["pid"] == os.getpid()
        assert {"user", "opened_at", "refreshed_at", "token"} <= set(data)
        assert held.held and held.is_ours()
        assert current_holder(db) is None  # held by this very process
    assert not lock_path(db).exists()
    assert not held.held


def test_acquiring_twice_in_one_process_is_refused(db: Path, mode: str):
    first = acquire_lock(db)
    try:
        with pytest.raises(FileInUseError) as info:
            acquire_lock(db)
        message = str(info.value)
        assert HOST in message and THAI.search(message)
        assert "อ่านอย่างเดียว" in message  # says it can be opened read-only
        assert info.value.holder is not None and info.value.holder.pid == os.getpid()
        assert isinstance(info.value, StorageError)
        assert first.is_ours()  # the refusal left our lock as it was
    finally:
        first.release()


def test_lock_left_by_a_dead_pid_is_taken_over(db: Path, mode: str):
    write_lock(db, pid=dead_pid())
    with acquire_lock(db) as held:
        assert read_lock(db) == held.info
        assert held.info.pid == os.getpid()
    assert not lock_path(db).exists()


def test_a_fresh_lock_from_another_machine_is_refused(db: Path, mode: str):
    text = write_lock(db, host="pc-district-office", pid=4242)
    with pytest.raises(FileInUseError) as info:
        acquire_lock(db)
    assert "pc-district-office" in str(info.value) and "สมศรี" in str(info.value)
    assert lock_path(db).read_text(encoding="utf-8") == text  # untouched
    assert current_holder(db).host == "pc-district-office"


def test_a_stale_heartbeat_from_another_machine_is_taken_over(db: Path, mode: str):
    write_lock(db, host="pc-district-office", pid=4242, age=timedelta(hours=1))
    assert current_holder(db) is None
    with acquire_lock(db) as held:
        assert held.info.host == HOST


def test_force_takes_over_a_live_lock_from_another_machine_only(db: Path, mode: str):
    write_lock(db, host="pc-district-office", pid=4242)
    with acquire_lock(db, force=True) as held:
        assert held.is_ours()
        with pytest.raises(FileInUseError):
            acquire_lock(db, force=True)  # never over a lock of this machine


def test_release_only_removes_our_own_lock(db: Path, mode: str):
    held = acquire_lock(db)
    # meanwhile someone judged it stale and took it over
    theirs = write_lock(db, host="pc-district-office", pid=4242)
    assert not held.is_ours()
    assert held.refresh() is False
    assert held.release() is False
    assert lock_path(db).read_text(encoding="utf-8") == theirs
    assert held.release() is False  # a second release is harmless


@pytest.mark.parametrize("fails", ["unlink", "read_text"])
def test_a_release_that_cannot_delete_is_said_only_when_strict(db: Path, mode: str, fails: str,
                                                              monkeypatch: pytest.MonkeyPatch):
    """A share gone away: deleting (or reading) the lock file fails. The lock is given up all
    the same and its file left behind, to be judged stale; ``strict`` raises the OSError."""
    real = getattr(Path, fails)

    def share_gone(path, *args, **kwargs):
        if path == lock_path(db):
            raise OSError(5, "Input/output error")
        return real(path, *args, **kwargs)

    for strict in (False, True):
        held = acquire_lock(db)
        monkeypatch.setattr(Path, fails, share_gone)
        if strict:
            with pytest.raises(OSError, match="Input/output"):
                held.release(strict=True)
        else:
            assert held.release() is False
        monkeypatch.setattr(Path, fails, real)
        assert not held.held and lock_path(db).exists()
        assert held.release(strict=True) is False  # a second release is harmless
        lock_path(db).unlink()


def test_refresh_updates_the_heartbeat(db: Path, mode: str):
    with acquire_lock(db) as held:
        old = datetime.now().astimezone() - timedelta(minutes=30)
        held.info = LockInfo(**{**held.info.__dict__, "refreshed_at": old.isoformat()})
        assert held.refresh() is True
        assert held.info.age_seconds() < 5
        assert read_lock(db) == held.info


def test_unwritable_folder_raises_read_only(db: Path, monkeypatch: pytest.MonkeyPatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock.os, "open", refuse)
    with pytest.raises(StorageError) as info:
        acquire_lock(db)
    assert type(info.value).__name__ == "ReadOnlyError" and THAI.search(str(info.value))


CHILD = textwrap.dedent(
    """
    import sys
    from ita_desktop.storage.lock import acquire_lock
    held = acquire_lock(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.read()
    held.release()
    """
)


def test_a_lock_held_by_another_live_process(db: Path, mode: str):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUseError) as info:
            acquire_lock(db)
        assert info.value.holder.pid == child.pid and HOST in str(info.value)
        assert current_holder(db).pid == child.pid
    finally:
        child.kill()  # SIGKILL: no chance to release
        child.wait()
    assert lock_path(db).exists()  # left behind
    assert json.loads(lock_path(db).read_text(encoding="utf-8"))["pid"] == child.pid
    with acquire_lock(db) as held:
        assert held.info.pid == os.getpid()


def test_a_live_process_releases_cleanly(db: Path):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout.readline().strip() == "locked"
    child.communicate("", timeout=10)
    assert child.returncode == 0
    assert not lock_path(db).exists()


def test_restore_is_refused_while_another_process_holds_the_lock(tmp_path: Path, db: Path):
    from ita_desktop.storage import open_database
    from ita_desktop.storage.backups import daily_backup, restore_backup

    open_database(db, create=True).close()
    backup = daily_backup(db, folder=tmp_path / "backups")
    before = db.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUseError) as info:
            restore_backup(backup, target=db)
        assert HOST in str(info.value)
    finally:
        child.kill()
        child.wait()
    assert db.read_bytes() == before
    with acquire_lock(db):  # our own lock does not stop our own restore
        assert restore_backup(backup, target=db) == db


def test_a_store_releases_its_lock_when_closed(tmp_path: Path):
    from ita_desktop.storage import open_database

    path = tmp_path / "office.db"
    store = open_database(path, create=True)
    store.lock = acquire_lock(path)
    assert current_holder(path) is None and read_lock(path) is not None  # ours
    store.close()
    assert not lock_path(path).exists()
    store = open_database(path)
    store.lock = acquire_lock(path)
    store.make_read_only(lock.taken_over_reason(None))  # turning read-only gives it up too
    assert store.lock is None and not lock_path(path).exists()
    store.close()


def test_reasons_name_the_holder_in_thai():
    holder = LockInfo(host="pc-คลัง", pid=1, user="somchai", opened_at="2025-03-10T09:05:00+07:00",
                      refreshed_at="2025-03-10T09:30:00+07:00", token="t")
    reason = lock.in_use_reason(holder)
    assert "somchai" in reason and "pc-คลัง" in reason and "10/3/2568" in reason
    assert "09:05" in reason and THAI.search(reason)
    assert "somchai" in lock.taken_over_reason(holder)
    assert "ไฟล์ล็อก" in lock.taken_over_reason(None)
