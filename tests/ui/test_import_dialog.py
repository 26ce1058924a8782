"""File › Import from Another File…: the plan in a tree, a choice per conflict, one transaction
after a safety copy, the window reopening the file; refused files and failed imports change
nothing. The actions are added with ui.sharing_menu.add_sharing_actions, as the window will."""

from __future__ import annotations

import hashlib
import shutil
import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QStyle

from ita_desktop.storage import (
    StorageError,
    assessments,
    database,
    measures,
    merge_write,
    open_database,
    profile,
)
from ita_desktop.storage.file_errors import describe as describe_file_error
from tests.ui.conftest import finish, tr
from ui import message_boxes
from ui.models.import_plan_model import COL_BOTH, COL_MINE, COL_RECORD, COL_THEIRS
from ui.navigation import ANALYSIS
from ui.sharing_menu import add_sharing_actions

FIRST = "มาตรการจัดทำคู่มือขั้นตอนและระยะเวลาการให้บริการ"



def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path) -> list[str]:
    with open_database(path, read_only=True) as store:
        return list(store.db.conn.iterdump())


@pytest.fixture
def theirs(tmp_path, example_path):
    """Another office's file: two conflicting scores, a changed measure, a new measure."""
    path = tmp_path / "nongbua.db"
    shutil.copyfile(example_path, path)
    with open_database(path) as store:
        profile.save_profile(store, name="เทศบาลตำบลหนองบัวงาม")
        assessments.set_scores(store, fiscal_year=2568, scores={"i1": "90.5", "e9": "70"})
        first = next(m for m in measures.list_measures(store, fiscal_year=2569)
                     if m["title"] == FIRST)
        measures.update_measure(store, first["id"], target="ทุกงานบริการของเทศบาล")
        measures.add_measure(store, fiscal_year=2569, title="โครงการอบรมคุณธรรมจริยธรรม")
    return path


@pytest.fixture
def shown(monkeypatch):
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(message_boxes, "exec_dialog", lambda box: boxes.append(box) or 0)
    return boxes


def sharing_for(window):
    file_menu = window.menuBar().actions()[0].menu()
    return add_sharing_actions(window, file_menu), file_menu


def open_dialog(qtbot, window, path):
    sharing, _ = sharing_for(window)
    sharing.ask_import_path = lambda: path
    sharing.import_action.trigger()
    dialog = sharing.import_dialog
    assert dialog is not None and dialog.isVisible()
    finish(qtbot, dialog.operation)
    return sharing, dialog


def press_import(qtbot, dialog) -> bool:
    """Press Import and wait for the safety copy (written on a worker) and what follows it;
    True when the copy was saved."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    saving = dialog.saving
    assert saving is not None
    return finish(qtbot, saving)


def conflict_rows(dialog) -> dict[str, int]:
    group = dialog.model.index(0, 0)
    return {dialog.model.index(row, COL_RECORD, group).data(): row
            for row in range(dialog.model.rowCount(group))}


def click_check(qtbot, tree, index) -> None:
    """Click the check indicator at the left of a cell, as staff would."""
    rect = tree.visualRect(index)
    style = tree.style()
    x = (rect.left() + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
         + style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) // 2)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))


def test_actions_join_the_file_menu_after_save_a_copy(make_window):
    window = make_window()
    sharing, file_menu = sharing_for(window)
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index(sharing.import_action.text()) > texts.index(window.save_copy_action.text())
    assert texts.index(sharing.compare_action.text()) == texts.index(
        sharing.import_action.text()) + 1
    assert sharing.import_action.text() == tr("SharingActions", "Import from Another File…")
    assert not sharing.import_action.isEnabled() and sharing.compare_action.isEnabled()


def test_import_is_disabled_without_a_file_or_read_only(qtbot, make_window, example_path):
    window = make_window()
    sharing, file_menu = sharing_for(window)
    file_menu.aboutToShow.emit()
    assert not sharing.import_action.isEnabled()
    assert finish(qtbot, window.open_file(example_path))
    file_menu.aboutToShow.emit()
    assert sharing.import_action.isEnabled()
    assert finish(qtbot, window.open_file(example_path, read_only=True))
    file_menu.aboutToShow.emit()
    assert not sharing.import_action.isEnabled()
    sharing.import_action.trigger()
    assert sharing.import_dialog is None


def test_plan_shows_conflicts_added_and_identical(qtbot, qtmodeltester, make_window,
                                                  example_path, theirs):
    window = make_window(example_path)
    _sharing, dialog = open_dialog(qtbot, window, theirs)
    qtmodeltester.check(dialog.model)
    assert "nongbua.db" in dialog.heading.text() and "เทศบาลตำบลหนองบัวงาม" in dialog.heading.text()
    assert "เทศบาลตำบลหนองบัวงาม" in dialog.notes.text()  # another office: said so
    groups = [dialog.model.index(row, 0).data() for row in range(3)]
    assert groups[0] == tr("ImportPlanModel", "Conflicts (%1): choose what to keep").replace(
        "%1", "3")
    assert groups[1] == tr("ImportPlanModel", "To be added (%1)").replace("%1", "1")
    assert dialog.tree.isExpanded(dialog.model.index(0, 0))
    rows = conflict_rows(dialog)
    assert "คะแนน i1 ปีงบประมาณ 2568" in rows
    group = dialog.model.index(0, 0)
    i1 = rows["คะแนน i1 ปีงบประมาณ 2568"]
    assert dialog.model.index(i1, COL_MINE, group).data() == "คะแนน: 86.42"
    assert dialog.model.index(i1, COL_THEIRS, group).data() == "คะแนน: 90.5"
    assert dialog.model.index(i1, COL_BOTH, group).data() == ""  # a score cannot exist twice
    measure = rows[f"มาตรการ ปีงบประมาณ 2569 “{FIRST}”"]
    assert dialog.model.index(measure, COL_BOTH, group).data() == tr("ImportPlanModel",
                                                                    "Keep both")
    assert not dialog.import_button.isEnabled()
    assert dialog.pending.text() == tr("ImportDialog", "%1 conflicts still need a choice.") \
        .replace("%1", "3")
    # The current row in full below the tree: long texts are not cut there.
    dialog.tree.setCurrentIndex(dialog.model.index(measure, COL_RECORD, group))
    details = dialog.details.toPlainText().splitlines()
    assert details[:2] == [f"มาตรการ ปีงบประมาณ 2569 “{FIRST}”", "เป้าหมาย"]
    assert details[2].endswith(": ทุกงานบริการมีคู่มือเผยแพร่")
    assert details[3] == f"    {tr('ImportDialog', 'Imported file')}: ทุกงานบริการของเทศบาล"
    added = dialog.model.index(1, 0)
    dialog.tree.expand(added)
    dialog.tree.setCurrentIndex(dialog.model.index(0, COL_THEIRS, added))
    assert dialog.details.toPlainText().splitlines()[:2] == [
        "มาตรการ ปีงบประมาณ 2569 “โครงการอบรมคุณธรรมจริยธรรม”", "ประเภท: มาตรการ"]


def test_choose_per_row_then_import_reopens_the_file(qtbot, make_window, example_path, theirs,
                                                     shown):
    window = make_window(example_path)
    window.show_section(ANALYSIS, 2568)
    window.document.set_profile_field("phone", "๐๔๓ ๑๑๑ ๒๒๒")  # an undoable edit before
    assert window.document.undo_stack.count() == 1
    sharing, dialog = open_dialog(qtbot, window, theirs)
    rows = conflict_rows(dialog)
    group = dialog.model.index(0, 0)
    tree = dialog.tree
    click_check(qtbot, tree, dialog.model.index(rows["คะแนน i1 ปีงบประมาณ 2568"], COL_THEIRS,
                                                group))
    click_check(qtbot, tree, dialog.model.index(rows["คะแนน e9 ปีงบประมาณ 2568"], COL_MINE, group))
    measure = dialog.model.index(rows[f"มาตรการ ปีงบประมาณ 2569 “{FIRST}”"], COL_BOTH, group)
    tree.setCurrentIndex(measure)  # the keyboard works too: Space ticks the current cell
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert measure.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.model.choices == {"score:2568/i1/0": "theirs", "score:2568/e9/0": "mine",
                                    f"measure:2569/{FIRST}/1": "both"}
    assert dialog.pending.text() == "" and dialog.import_button.isEnabled()
    press_import(qtbot, dialog)
    assert sharing.reopen is not None  # accepted: the window opens the file again
    assert finish(qtbot, sharing.reopen)
    # The window shows the file as it is now, at the section it showed, with no Undo history.
    store = window.document.store
    assert assessments.get_scores(store, fiscal_year=2568)["i1"] == Decimal("90.5")
    assert assessments.get_scores(store, fiscal_year=2568)["e9"] == Decimal("65.20")
    titles = [m["title"] for m in window.document.measures.list(2569)]
    assert titles[-2:] == [f"{FIRST} (นำเข้าจาก nongbua.db)", "โครงการอบรมคุณธรรมจริยธรรม"]
    assert window.navigation.current_section() == (ANALYSIS, 2568)
    assert window.document.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert not window.document.store.read_only  # reopened for editing, by this same window
    assert profile.get_profile(store)["name"] == "องค์การบริหารส่วนตำบลดอนแก้วทอง"
    assert profile.get_profile(store)["phone"] == "๐๔๓ ๑๑๑ ๒๒๒"  # the edit before stays
    # The safety copy is the file as it was, and the message says how to go back.
    backup = next(example_path.parent.glob("example.before-import-*.db"))
    with open_database(backup, read_only=True) as copy:
        assert assessments.get_scores(copy, fiscal_year=2568)["i1"] == Decimal("86.42")
    assert len(shown) == 1 and backup.name in shown[0].informativeText()
    assert "nongbua.db" in shown[0].text()
    # the new measure, and the copy's two follow-up reports and one piece of evidence
    assert "เพิ่ม 4 รายการ · ใช้ของไฟล์ที่นำเข้า 1 · เก็บของเรา 1 · เก็บทั้งสอง 1" in shown[0].text()
    assert sharing.import_dialog is None


def test_imported_scores_say_the_analysis_needs_a_redraft(qtbot, make_window, example_path,
                                                         theirs, shown, monkeypatch):
    asked = []  # the example's office edited some texts itself: replace those too
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    window = make_window(example_path)
    sharing, dialog = open_dialog(qtbot, window, theirs)
    qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
    assert dialog.model.choose("score:2568/i1/0", "theirs")
    press_import(qtbot, dialog)
    assert finish(qtbot, sharing.reopen)
    [box] = shown  # 2568's texts were drafted from i1 86.42
    assert "ปีงบประมาณ 2568 " in box.informativeText()
    assert "“ร่างข้อความใหม่”" in box.informativeText()
    view = window.show_section(ANALYSIS, 2568)
    assert view.stale_box.isVisible() and view.stale_redraft_button.isVisible()
    qtbot.mouseClick(view.stale_redraft_button, Qt.MouseButton.LeftButton)
    assert not view.stale_box.isVisible() and asked


def test_imported_scores_that_change_nothing_drafted_say_nothing(qtbot, make_window,
                                                                example_path, theirs, shown):
    window = make_window(example_path)
    sharing, dialog = open_dialog(qtbot, window, theirs)
    qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
    press_import(qtbot, dialog)
    assert finish(qtbot, sharing.reopen)
    assert "ร่างข้อความใหม่" not in shown[0].informativeText()


def test_all_theirs_and_all_mine_buttons(qtbot, make_window, example_path, theirs):
    window = make_window(example_path)
    _sharing, dialog = open_dialog(qtbot, window, theirs)
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert set(dialog.model.choices.values()) == {"theirs"} and len(dialog.model.choices) == 3
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
    assert set(dialog.model.choices.values()) == {"mine"}


def test_keep_both_on_a_measure_takes_its_follow_up_along(qtbot, make_window, example_path,
                                                          tmp_path):
    path = tmp_path / "older.db"
    shutil.copyfile(example_path, path)
    from ita_desktop.storage import followups

    with open_database(path) as store:
        first = next(m for m in measures.list_measures(store, fiscal_year=2569)
                     if m["title"] == FIRST)
        measures.update_measure(store, first["id"], target="อื่น")
        followups.set_followup(store, measure_id=first["id"], period="Q1", status="in_progress")
    window = make_window(example_path)
    _sharing, dialog = open_dialog(qtbot, window, path)
    rows = conflict_rows(dialog)
    group = dialog.model.index(0, 0)
    report = dialog.model.index(rows[f"รายงานผลการดำเนินการ Q1 ของ “{FIRST}” (2569)"], COL_MINE,
                                group)
    assert report.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert dialog.model.choose(f"measure:2569/{FIRST}/1", "both")
    assert not report.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert report.siblingAtColumn(COL_BOTH).data() == tr("ImportPlanModel",
                                                         "Goes with the copied measure")
    assert dialog.import_button.isEnabled()  # the report needs no choice of its own


def test_a_refused_file_shows_why_and_changes_nothing(qtbot, make_window, example_path,
                                                      tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = (sha256(example_path), sha256(bad))
    window = make_window(example_path)
    _sharing, dialog = open_dialog(qtbot, window, bad)
    assert dialog.error.isVisible()
    assert "bad.db" in dialog.error.text()
    assert tr("ImportDialog", "Neither file has been changed.") in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert (sha256(example_path), sha256(bad)) == before


def test_a_failure_while_importing_leaves_the_file_as_it_was(qtbot, make_window, example_path,
                                                             theirs, monkeypatch):
    window = make_window(example_path)
    _sharing, dialog = open_dialog(qtbot, window, theirs)
    before = dump(example_path)

    def failing(ctx, entry, action):
        raise StorageError("ดิสก์เต็ม (injected)")

    monkeypatch.setitem(merge_write.WRITERS, "measure", failing)
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    press_import(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "ดิสก์เต็ม" in dialog.error.text()
    assert dump(example_path) == before
    assert window.document.store.path == example_path  # still open, not reloaded


@pytest.fixture
def slow_copy(monkeypatch):
    """The safety copy's writing made slow, as on a busy shared folder: it waits for
    ``release`` (at most 3 s; a GUI thread stuck there fails the test); ``copying`` is set
    while it waits, ``copied`` once it is written."""
    real = database._backup_connection
    state = type("SlowCopy", (), {})()
    state.copying, state.release, state.copied = (threading.Event(), threading.Event(),
                                                   threading.Event())

    def slow(*args, **kwargs):
        state.copying.set()
        state.release.wait(3)
        try:
            return real(*args, **kwargs)
        finally:
            state.copied.set()

    monkeypatch.setattr(database, "_backup_connection", slow)
    yield state
    state.release.set()


def test_the_safety_copy_is_written_off_the_gui_thread(qtbot, make_window, example_path,
                                                        theirs, shown, slow_copy):
    window = make_window(example_path)
    sharing, dialog = open_dialog(qtbot, window, theirs)
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    seen = []
    QTimer.singleShot(0, lambda: seen.append(slow_copy.copying.wait(3)
                                             and not slow_copy.copied.is_set()))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [True]  # the GUI thread ran its timer while the copy was being written
    # Meanwhile the dialog says what it does, and neither Import nor Cancel can be pressed.
    assert dialog.pending.text() == tr("ImportDialog",
                                       "Saving a safety copy of this file before importing…")
    assert not dialog.import_button.isEnabled() and not dialog.tree.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    dialog.reject()  # Esc waits for the copy too
    assert dialog.isVisible()
    slow_copy.release.set()
    assert finish(qtbot, dialog.saving)
    assert sharing.reopen is not None  # accepted: the window opens the file again
    assert finish(qtbot, sharing.reopen)
    scores = assessments.get_scores(window.document.store, fiscal_year=2568)
    assert scores["i1"] == Decimal("90.5")
    backup = next(example_path.parent.glob("example.before-import-*.db"))
    with open_database(backup, read_only=True) as copy:
        assert assessments.get_scores(copy, fiscal_year=2568)["i1"] == Decimal("86.42")


def test_a_failed_safety_copy_says_why_in_thai_and_imports_nothing(qtbot, make_window,
                                                                   example_path, theirs,
                                                                   monkeypatch):
    window = make_window(example_path)
    _sharing, dialog = open_dialog(qtbot, window, theirs)
    before = dump(example_path)

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(example_path.parent))

    monkeypatch.setattr(database, "_backup_connection", refused)
    qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
    assert not press_import(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    problem = describe_file_error(PermissionError(13, "x"), path=example_path)
    assert str(problem) in dialog.error.text()
    assert dialog.error.text().startswith(tr(
        "ImportDialog", "The safety copy could not be saved, so nothing was imported: %1")[:20])
    assert dump(example_path) == before
    assert list(example_path.parent.glob("example.before-import-*")) == []
    assert dialog.import_button.isEnabled()  # the choices are kept; staff may try again
