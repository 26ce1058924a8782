"""File › Compare Offices…: offices side by side for a chosen fiscal year, files added by
selection or folder and read off the GUI thread, failed files listed with their message, CSV
export. The actions are added with ui.sharing_menu.add_sharing_actions, as the window will."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from ita_desktop import workbook
from ita_desktop.compare import OfficeResult
from ita_desktop.numbers import format_score
from ita_desktop.storage import assessments, open_database, profile
from tests.ui.conftest import finish, tr
from ui.models.compare_model import (
    COL_FILE,
    COL_INDICATOR,
    COL_OFFICE,
    COL_RATING,
    COL_TOTAL,
    CompareModel,
)
from ui.sharing_menu import add_sharing_actions


def office(folder, example, name, **scores):
    path = folder / f"{name}.db"
    shutil.copyfile(example, path)
    with open_database(path) as store:
        profile.save_profile(store, name=name)
        if scores:  # new scores, so not the example's published figures (which would win)
            assessments.set_scores(store, fiscal_year=2568, scores=scores)
            published = assessments.get_scores(store, fiscal_year=2568, official=True)
            assessments.set_scores(store, fiscal_year=2568, official=True,
                                   scores=dict.fromkeys(published))
            assessments.set_official(store, fiscal_year=2568)
    return path


@pytest.fixture
def offices(tmp_path, example_path):
    folder = tmp_path / "district"
    folder.mkdir()
    high = office(folder, example_path, "อบต.สูง", o10="100", o24="100", e9="100")
    low = office(folder, example_path, "อบต.ต่ำ", i1="20", i2="20")
    bad = folder / "damaged.db"
    bad.write_bytes(example_path.read_bytes()[:3000])
    return folder, high, low, bad


def shown_rows(window) -> list[list[str]]:
    proxy = window.proxy
    return [[proxy.index(row, column).data() for column in range(proxy.columnCount())]
            for row in range(proxy.rowCount())]


def open_compare(qtbot, window):
    sharing = add_sharing_actions(window, window.menuBar().actions()[0].menu())
    sharing.compare_action.trigger()
    compare_window = sharing.compare_window
    qtbot.waitExposed(compare_window)
    if compare_window.operation is not None:
        assert finish(qtbot, compare_window.operation)
    return sharing, compare_window


def test_starts_with_this_office_at_its_latest_year(qtbot, make_window, example_path):
    window = make_window(example_path)
    _sharing, compare_window = open_compare(qtbot, window)
    assert compare_window.year.currentText() == "2568"
    rows = shown_rows(compare_window)
    assert len(rows) == 1
    with open_database(example_path, read_only=True) as store:
        expected = workbook.published_of(store, 2568)
    assert rows[0][COL_OFFICE] == "องค์การบริหารส่วนตำบลดอนแก้วทอง"
    assert rows[0][COL_FILE] == "example.db"
    assert rows[0][COL_TOTAL] == format_score(expected.total)
    assert rows[0][COL_RATING] == expected.rating
    assert rows[0][COL_INDICATOR + 9] == format_score(expected.indicators[10])
    assert not compare_window.failed.isVisible()


def test_adding_files_and_a_folder_lists_failures_and_sorts_by_total(qtbot, qtmodeltester,
                                                                     make_window, example_path,
                                                                     offices, tmp_path):
    folder, high, low, bad = offices
    window = make_window(example_path)
    _sharing, compare_window = open_compare(qtbot, window)
    missing = tmp_path / "gone.db"
    assert finish(qtbot, compare_window.add_paths([folder, missing]))
    qtmodeltester.check(compare_window.model)
    rows = shown_rows(compare_window)
    assert [r[COL_OFFICE] for r in rows] == ["อบต.สูง", "องค์การบริหารส่วนตำบลดอนแก้วทอง",
                                            "อบต.ต่ำ"]
    totals = [float(r[COL_TOTAL]) for r in rows]
    assert totals == sorted(totals, reverse=True)
    assert compare_window.failed.isVisible() and compare_window.failed.count() == 2
    failures = [compare_window.failed.item(i).text() for i in range(2)]
    assert failures[0].startswith("damaged.db — ") and "ไม่สมบูรณ์" in failures[0]
    assert failures[1].startswith("gone.db — ") and "ไม่พบไฟล์" in failures[1]
    assert compare_window.failed_label.text() == tr(
        "CompareWindow", "Files not compared (%1):").replace("%1", "2")
    # Click the header: lowest total first.
    header = compare_window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_center(header, COL_TOTAL))
    assert [r[COL_OFFICE] for r in shown_rows(compare_window)][0] == "อบต.ต่ำ"


def _section_center(header, section) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_choosing_another_year_and_removing_a_file(qtbot, make_window, example_path, offices):
    folder, high, low, _bad = offices
    window = make_window(example_path)
    _sharing, compare_window = open_compare(qtbot, window)
    with open_database(high) as store:
        assessments.delete_assessment(store, 2566)
    assert finish(qtbot, compare_window.add_paths([high, low]))
    compare_window.year.setCurrentIndex(compare_window.year.findText("2566"))
    assert compare_window.windowTitle().endswith("2566")
    rows = shown_rows(compare_window)
    assert len(rows) == 2
    failures = [compare_window.failed.item(i).text() for i in range(compare_window.failed.count())]
    assert failures == ["อบต.สูง.db — ไม่มีผลการประเมินปีงบประมาณ 2566 ในไฟล์นี้"]
    compare_window.table.selectRow(0)
    assert compare_window.remove_button.isEnabled()
    qtbot.mouseClick(compare_window.remove_button, Qt.MouseButton.LeftButton)
    assert len(shown_rows(compare_window)) == 1


def test_export_csv(qtbot, make_window, example_path, offices, tmp_path):
    _folder, high, low, _bad = offices
    window = make_window(example_path)
    _sharing, compare_window = open_compare(qtbot, window)
    assert finish(qtbot, compare_window.add_paths([high, low]))
    out = compare_window.export_csv(tmp_path / "compare.csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["office"] for r in rows] == ["องค์การบริหารส่วนตำบลดอนแก้วทอง", "อบต.สูง", "อบต.ต่ำ"]
    assert rows[1]["total"] == shown_rows(compare_window)[0][COL_TOTAL]


def test_many_files_from_a_folder_off_the_gui_thread(qtbot, make_window, example_path, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        shutil.copyfile(example_path, folder / f"office-{i}.db")
    window = make_window()  # no file open: the window starts empty
    _sharing, compare_window = open_compare(qtbot, window)
    assert compare_window.empty.isVisible() and not compare_window.table.isVisible()
    operation = compare_window.add_paths([folder])
    assert not operation.done  # the work runs on a worker; the window stays responsive
    assert not compare_window.add_files_button.isEnabled()
    assert finish(qtbot, operation)
    assert compare_window.model.rowCount() == 60 and compare_window.add_files_button.isEnabled()
    assert compare_window.table.isVisible()


def test_compare_model_passes_the_model_tester(qtmodeltester):
    model = CompareModel()
    model.set_offices([OfficeResult(Path("a.db"), "อบต.ก", 2568, None, None)])
    qtmodeltester.check(model)
    assert model.index(0, COL_TOTAL).data() == "–"
    assert model.index(0, COL_OFFICE).data() == "อบต.ก"
