"""A new office's first file: a name with a dot (อบต.…, ทต.…) still gets ``.db``, so the Open
dialog lists it and its daily backups carry the whole name; New, Open and Save a Copy As… start
in the user's Documents (or the folder last used), never the program's folder, and suggest a
name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import wait_for_operations
from ui import file_ops

DOTTED = "อบต.ตัวอย่างใหม่"


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """The user's Documents folder (a Thai name with a space, as on a Thai Windows PC)."""
    folder = tmp_path / "เอกสาร ของฉัน"
    folder.mkdir()
    monkeypatch.setattr(file_ops, "documents_folder", lambda: folder)
    return folder


@pytest.fixture
def file_dialog(monkeypatch):
    """Stands for the native file dialogs: records what each was asked (caption, the folder or
    suggested path it starts at, the filter) and answers with ``answer`` as typed."""

    class Dialog:
        asked: list[tuple[str, str, str]] = []
        answer = ""

    def ask(_parent, caption, start, filter_):
        Dialog.asked.append((caption, start, filter_))
        return Dialog.answer, ""

    monkeypatch.setattr(file_ops.QFileDialog, "getSaveFileName", staticmethod(ask))
    monkeypatch.setattr(file_ops.QFileDialog, "getOpenFileName", staticmethod(ask))
    return Dialog


def test_a_dotted_thai_name_is_saved_as_db_and_its_backup_too(qtbot, make_window, documents,
                                                               file_dialog, tmp_path,
                                                               monkeypatch):
    monkeypatch.setenv(file_ops.DATA_DIR_ENV, str(tmp_path / "data"))
    window = make_window()
    file_dialog.answer = str(documents / DOTTED)  # typed without an extension
    window.new_action.trigger()
    wait_for_operations(qtbot)
    path = documents / f"{DOTTED}.db"
    assert window.document is not None and window.document.store.path == path
    assert path.is_file() and not (documents / DOTTED).exists()
    assert "*.db" in file_dialog.asked[0][2]  # so File › Open… lists it
    window.close_file()
    # Opened again for editing, it gets its daily backup, named with the whole name and .db.
    assert window.open_file(path)
    wait_for_operations(qtbot)
    qtbot.waitUntil(lambda: any(file_ops.backup_folder(path).glob("*.db")), timeout=10000)
    backups = [p.name for p in file_ops.backup_folder(path).glob("*.db")]
    assert len(backups) == 1 and backups[0].startswith(f"{DOTTED}-") \
        and backups[0].endswith(".db")


@pytest.mark.parametrize("typed, saved", [
    ("ทต.โพธิ์ชัย", "ทต.โพธิ์ชัย.db"), ("office", "office.db"), ("office.db", "office.db"),
    ("office.DB", "office.DB"), ("สำเนา.ita", "สำเนา.ita"), ("ITA 2568 v.2", "ITA 2568 v.2.db"),
])
def test_the_db_extension_is_added_unless_the_name_has_ours(typed, saved, tmp_path):
    assert file_ops.db_file_path(tmp_path / typed) == tmp_path / saved


def test_new_and_open_start_in_documents_with_a_suggested_name(make_window, documents,
                                                                file_dialog):
    window = make_window()
    window.files.new_dialog()  # answered with nothing: cancelled
    window.files.open_dialog()
    (caption_new, start_new, _), (_caption_open, start_open, _) = file_dialog.asked
    assert Path(start_new).parent == documents and Path(start_new).suffix == ".db"
    assert Path(start_new).stem  # a name to type over, not an empty field
    assert Path(start_open) == documents
    assert window.document is None


def test_the_next_dialog_starts_where_the_last_file_was(qtbot, make_window, documents,
                                                          file_dialog, tmp_path):
    shared = tmp_path / "งาน ITA"
    shared.mkdir()
    window = make_window()
    file_dialog.answer = str(shared / "ทต.ตัวอย่าง")
    window.files.new_dialog()
    wait_for_operations(qtbot)
    assert window.document.store.path == shared / "ทต.ตัวอย่าง.db"
    file_dialog.answer = ""
    window.files.new_dialog()
    assert Path(file_dialog.asked[-1][1]).parent == shared


def test_save_a_copy_suggests_a_name_beside_the_file_and_adds_db(qtbot, make_window, documents,
                                                                  file_dialog, tmp_path):
    shared = tmp_path / "งาน ITA"
    shared.mkdir()
    window = make_window(shared / f"{DOTTED}.db", new=True)
    file_dialog.answer = str(shared / "อบต.ตัวอย่างใหม่ สำเนา ส่งอำเภอ")
    window.files.save_copy_dialog()
    wait_for_operations(qtbot)
    _caption, start, _ = file_dialog.asked[-1]
    assert Path(start).parent == shared and Path(start).name == f"{DOTTED}-สำเนา.db"
    assert (shared / "อบต.ตัวอย่างใหม่ สำเนา ส่งอำเภอ.db").is_file()


def test_the_example_copy_is_never_where_a_copy_is_suggested(qtbot, settings, documents,
                                                              file_dialog, tmp_path,
                                                              monkeypatch):
    from tests.ui.test_file_ops import start

    monkeypatch.setenv(file_ops.DATA_DIR_ENV, str(tmp_path / "data"))
    window = start(qtbot, settings)  # first run: the example in the data folder
    assert window.files.is_example(window.document.store.path)
    window.files.save_copy_dialog()
    window.files.new_dialog()
    assert [Path(start).parent for _c, start, _f in file_dialog.asked] == [documents, documents]


def test_a_vanished_share_in_the_recent_files_does_not_hold_up_the_dialogs(
        make_window, settings, documents, file_dialog, tmp_path, monkeypatch):
    import threading

    share = tmp_path / "เครื่องกองคลัง" / "งาน ITA"
    share.mkdir(parents=True)
    settings.add_recent_file(share / "ทต.ตัวอย่าง.db")
    window = make_window()
    window.files.open_dialog()  # the share answers: the dialog starts there
    assert Path(file_dialog.asked[-1][1]) == share.resolve()
    # The share goes away: checking its folder hangs (as Windows does for tens of seconds).
    asking, answer = threading.Event(), threading.Event()
    real_is_dir = Path.is_dir

    def hangs(path):
        if path == share:
            asking.set()
            answer.wait(5)
        return real_is_dir(path)

    monkeypatch.setattr(Path, "is_dir", hangs)
    try:
        window.files.open_dialog()
        assert asking.is_set() and not answer.is_set()  # asked the share, did not wait for it
        assert Path(file_dialog.asked[-1][1]) == documents
    finally:
        answer.set()


def test_save_a_copy_on_a_share_that_stops_answering_does_not_hold_up_the_dialog(
        make_window, documents, file_dialog, tmp_path, monkeypatch):
    import threading

    share = tmp_path / "เครื่องกองคลัง" / "งาน ITA"
    share.mkdir(parents=True)
    window = make_window(share / f"{DOTTED}.db", new=True)
    # The share stops answering: resolving a path on it hangs (as Windows does for tens of s).
    asking, answer, answered = threading.Event(), threading.Event(), threading.Event()
    real_resolve = type(share).resolve

    def hangs(path, *args, **kwargs):
        if path == share or share in path.parents:
            asking.set()
            answer.wait(3)
            answered.set()
        return real_resolve(path, *args, **kwargs)

    monkeypatch.setattr(type(share), "resolve", hangs)
    try:
        window.files.save_copy_dialog()  # file_dialog answers "": cancelled
        assert not answered.is_set()  # the GUI thread never waited for the share
    finally:
        answer.set()
    _caption, start, _ = file_dialog.asked[-1]
    assert Path(start) == share / f"{DOTTED}-สำเนา.db"  # still beside the file
