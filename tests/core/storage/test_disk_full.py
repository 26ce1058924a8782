"""A write that the disk or the file refuses: a clear Thai WriteFailedError, the transaction
rolled back, the last committed data intact on disk, and the store still usable.

The disk-full and read-only-media cases mount a small tmpfs (tests run as root, and chmod does
not stop root); they are skipped, saying why, where mounting is not permitted."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ita_desktop.storage import ReadOnlyError, measures, open_database, profile
from ita_desktop.storage.errors import WriteFailedError, write_failure

THAI = re.compile("[\u0e00-\u0e7f]")


def make_db(path: Path) -> Path:
    store = open_database(path, create=True)
    profile.save_profile(store, name="อบต.ทดสอบ", phone="0-4500-0001")
    measures.add_measure(store, fiscal_year=2568, title="มาตรการที่บันทึกแล้ว")
    store.close()
    return path


def titles(path: Path) -> list[str]:
    with open_database(path, read_only=True) as store:
        return [m["title"] for m in measures.list_measures(store, fiscal_year=2568)]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def tmpfs(tmp_path: Path):
    """A 1 MiB tmpfs at ``tmp_path/mnt`` (unmounted afterwards); skipped without permission."""
    mount = tmp_path / "mnt"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command on this system")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> None:
    """Write zeros into ``folder/filler`` until the filesystem is full."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:
        while True:
            os.write(fd, b"\0" * 512)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_disk_full_rolls_back_and_keeps_the_committed_data(tmpfs: Path, tmp_path: Path):
    path = make_db(tmpfs / "office.db")
    store = open_database(path)
    measures.add_measure(store, fiscal_year=2568, title="มาตรการก่อนดิสก์เต็ม")
    seen = []
    store.on_write_failure = seen.append
    fill(tmpfs)

    # several writes in one transaction, as an import does
    with pytest.raises(WriteFailedError) as caught, store.atomic():
        measures.add_measure(store, fiscal_year=2568, title="มาตรการที่บันทึกไม่ได้ ๑")
        profile.save_profile(store, phone="0-4500-9999")
        measures.add_measure(store, fiscal_year=2568, title="ยาว" * 20000)
    failure = caught.value
    assert failure.kind == WriteFailedError.DISK_FULL
    assert "พื้นที่ในดิสก์เต็ม" in str(failure) and "office.db" in str(failure)
    assert "ไม่ได้บันทึก" in str(failure) and "ยังอยู่ในไฟล์ครบถ้วน" in str(failure)
    assert isinstance(failure.sqlite_error, sqlite3.OperationalError)
    assert seen == [failure]  # the hook heard it once, for the outer transaction
    assert not store.db.conn.in_transaction
    # The store is still usable: it reads the committed state, and a small write that fits
    # (none does now) fails the same clear way instead of leaving a half state.
    assert [m["title"] for m in measures.list_measures(store, fiscal_year=2568)] == [
        "มาตรการที่บันทึกแล้ว", "มาตรการก่อนดิสก์เต็ม"]
    with pytest.raises(WriteFailedError):
        profile.save_profile(store, phone="0-4500-8888")
    store.close()

    copy = tmp_path / "after.db"  # what is on the full disk, read back elsewhere
    shutil.copyfile(path, copy)
    assert integrity(copy) == "ok"
    assert titles(copy) == ["มาตรการที่บันทึกแล้ว", "มาตรการก่อนดิสก์เต็ม"]
    assert not (tmpfs / "office.db-journal").exists()
    (tmpfs / "filler").unlink()  # space again: writing works again
    with open_database(path) as store:
        measures.add_measure(store, fiscal_year=2568, title="หลังมีที่ว่าง")
    assert titles(path)[-1] == "หลังมีที่ว่าง"


@pytest.mark.parametrize("how", ["deleted", "renamed", "folder removed"])
def test_a_file_removed_while_open_refuses_writes_clearly(tmp_path: Path, how: str):
    folder = tmp_path / "share"
    folder.mkdir()
    path = make_db(folder / "office.db")
    store = open_database(path)
    assert not store.file_is_gone()
    if how == "deleted":
        path.unlink()
    elif how == "renamed":
        path.rename(folder / "moved.db")
    else:
        shutil.rmtree(folder)
    assert store.file_is_gone()

    with pytest.raises(WriteFailedError) as caught:
        measures.add_measure(store, fiscal_year=2568, title="หลังไฟล์หาย")
    assert caught.value.kind == WriteFailedError.FILE_GONE
    assert "ถูกลบ ย้าย หรือเปลี่ยนชื่อ" in str(caught.value)
    assert not store.db.conn.in_transaction
    # The connection still reads the last committed data, and can copy it somewhere safe.
    assert [m["title"] for m in measures.list_measures(store, fiscal_year=2568)] == [
        "มาตรการที่บันทึกแล้ว"]
    rescue = tmp_path / "rescued.db"
    store.backup_to(rescue)
    store.close()
    assert integrity(rescue) == "ok"
    assert titles(rescue) == ["มาตรการที่บันทึกแล้ว"]
    if how == "renamed":  # the moved file has everything committed, and nothing else
        assert titles(folder / "moved.db") == ["มาตรการที่บันทึกแล้ว"]


def test_make_read_only_stops_writes_in_place(tmp_path: Path):
    path = make_db(tmp_path / "office.db")
    store = open_database(path)
    store.make_read_only("เหตุผลทดสอบ")
    assert store.read_only and store.read_only_reason == "เหตุผลทดสอบ"
    with pytest.raises(ReadOnlyError, match="เหตุผลทดสอบ"):
        profile.save_profile(store, phone="1")
    with pytest.raises(sqlite3.OperationalError):  # even past the store: query_only
        store.db.execute("UPDATE organisation SET phone = '2'")
    assert profile.get_profile(store)["phone"] == "0-4500-0001"
    store.close()


@pytest.mark.parametrize(("code", "message", "kind"), [
    (13, "database or disk is full", WriteFailedError.DISK_FULL),
    (1032, "attempt to write a readonly database", WriteFailedError.FILE_GONE),
    (8, "attempt to write a readonly database", WriteFailedError.READ_ONLY),
    (778, "disk I/O error", WriteFailedError.IO),
    (14, "unable to open database file", WriteFailedError.IO),
    (5, "database is locked", WriteFailedError.BUSY),
    (11, "database disk image is malformed", WriteFailedError.CORRUPT),
])
def test_sqlite_errors_map_to_one_kind_each(tmp_path: Path, code: int, message: str, kind: str):
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code
    failure = write_failure(exc, tmp_path / "office.db")
    assert failure.kind == kind
    assert THAI.search(str(failure)) and "office.db" in str(failure)
    # Without a code the wording decides; a moved file is then told by the caller's check.
    uncoded = write_failure(sqlite3.OperationalError(message), tmp_path / "office.db",
                            file_gone=kind == WriteFailedError.FILE_GONE)
    assert uncoded.kind == kind


def test_other_sqlite_errors_pass_through(tmp_path: Path):
    assert write_failure(sqlite3.IntegrityError("UNIQUE constraint failed"), None) is None
    assert write_failure(sqlite3.OperationalError("no such table: x"), None) is None
    store = open_database(make_db(tmp_path / "office.db"))
    with pytest.raises(sqlite3.OperationalError, match="no such table"), store.atomic() as db:
        db.execute("INSERT INTO no_such_table VALUES (1)")
    store.close()


def test_a_file_on_read_only_media_opens_read_only_and_is_never_written(tmpfs: Path):
    path = make_db(tmpfs / "office.db")
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True,
                               text=True)
    if remounted.returncode != 0:
        pytest.skip(f"remounting read-only is not permitted here: {remounted.stderr.strip()}")
    before = path.read_bytes()
    store = open_database(path)  # asked for writing; the media decides
    assert store.read_only
    assert "อ่านได้อย่างเดียว" in store.read_only_reason and "สื่อ" in store.read_only_reason
    assert titles(path) == ["มาตรการที่บันทึกแล้ว"]
    with pytest.raises(ReadOnlyError):
        profile.save_profile(store, phone="1")
    store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmpfs.iterdir()) == ["office.db"]


def test_a_commit_cut_off_after_page_one_is_rolled_back_not_refused(tmp_path: Path):
    """Found by the crash test: a kill in the middle of a commit that grows the file can leave
    page 1 (which holds the page count) written and the new pages not yet; the hot journal
    puts the old file back, so open_database must not refuse it as truncated first."""
    path = make_db(tmp_path / "office.db")
    # A transaction whose pages spill into the file before its commit, then a kill: a hot
    # journal holding the original page 1.
    child = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=5'); c.execute('BEGIN')\n"
        "for i in range(300):\n"
        "    c.execute('INSERT INTO units (name) VALUES (?)', (f'หน่วย {i} ' + 'ก' * 900,))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", child, str(path)], check=True)
    journal = Path(str(path) + "-journal")
    assert journal.stat().st_size > 0
    # Page 1 as the commit would have written it: a page count beyond the end of the file.
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[28:32] = (len(data) // page + 50).to_bytes(4, "big")
    path.write_bytes(bytes(data))

    store = open_database(path)  # SQLite's rollback of the journal, then integrity_check
    try:
        assert [m["title"] for m in measures.list_measures(store, fiscal_year=2568)] == [
            "มาตรการที่บันทึกแล้ว"]
        assert store.db.execute("SELECT count(*) FROM units WHERE name LIKE 'หน่วย %'"
                                ).fetchone()[0] == 0
    finally:
        store.close()
    assert not journal.exists() and integrity(path) == "ok"
