"""The window on a large office file (30 fiscal years, 2,000 measures, 10,000 follow-up reports):
every section of the busiest year opens and edits, and the documents preview renders without
blocking; timings are in bench/bench_scale.py."""

from __future__ import annotations

import pytest

from tests.scale_data import build_large
from tests.ui.conftest import type_into


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    return build_large(tmp_path_factory.mktemp("scale-ui") / "large.db")


@pytest.mark.slow
def test_the_window_handles_a_large_file(qtbot, make_window, large):
    window = make_window(large)
    labels = window.navigation.labels()
    assert labels.count("  มาตรการ") == 30 and labels.count("  ผลการประเมิน") == 30
    view = window.show_section("measures", 2569)
    assert view.model.rowCount() == 66
    view.select(view.model.measure_ids()[0])
    type_into(qtbot, view.form.title, "มาตรการที่แก้ในไฟล์ใหญ่")
    assert window.document.measures.list(2569)[0]["title"] == "มาตรการที่แก้ในไฟล์ใหญ่"
    window.undo_action.trigger()
    assert window.document.measures.list(2569)[0]["title"] != "มาตรการที่แก้ในไฟล์ใหญ่"
    follow = window.show_section("followup", 2569)
    assert follow.overview.shown.total.total == 66
    window.show_section("readiness", 2569)
    window.show_section("analysis", 2568)
    documents = window.show_section("documents", 2569)
    assert documents.select_kind("results") or documents.current_kind() == "results"
    qtbot.waitUntil(documents.is_current, timeout=60000)
    assert documents.preview.document.pageCount() > 10
