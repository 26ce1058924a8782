"""The first window on the example database: years listed, indicators and total shown."""

from __future__ import annotations

import pytest

from ita_desktop.demo import build_demo
from ita_desktop.storage import open_database


@pytest.fixture
def store(tmp_path):
    store = open_database(build_demo(tmp_path / "example.db"))
    yield store
    store.close()


def test_window_shows_years_total_and_indicators(qtbot, store, qtmodeltester):
    from ui.main_window import MainWindow
    from ui.models.indicator_table import COL_SCORE, COL_TITLE

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert "example.db" in window.windowTitle()
    assert "ดอนแก้วทอง" in window.windowTitle()
    assert [window.years.item(i).text() for i in range(window.years.count())] == [
        "ปีงบประมาณ 2568", "ปีงบประมาณ 2567", "ปีงบประมาณ 2566"]
    assert "85.92" in window.summary.text()
    model = window.model
    assert model.rowCount() == 10
    assert model.index(8, COL_TITLE).data() == "การเปิดเผยข้อมูล"
    window.years.setCurrentRow(1)
    assert "86.17" in window.summary.text()
    assert model.index(9, COL_SCORE).data() == "78.57"
    qtmodeltester.check(model)
