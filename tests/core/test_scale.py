"""A large office file (30 fiscal years, 2,000 measures, 10,000 follow-up reports) opens, edits,
analyses, imports and prints; timings are in bench/bench_scale.py, not here."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop import workbook
from ita_desktop.documents import KINDS, render
from ita_desktop.storage import followups, measures, merge, open_database
from tests.scale_data import build_large


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    return build_large(tmp_path_factory.mktemp("scale") / "large.db")


@pytest.mark.slow
def test_a_large_file_opens_edits_and_prints(large, tmp_path):
    with open_database(large) as store:
        assert len(workbook.plan_years(store)) == 30
        count = store.db.execute("SELECT count(*) FROM measures").fetchone()[0]
        reports = store.db.execute("SELECT count(*) FROM followups").fetchone()[0]
        assert (count, reports) == (2000, 10000)
        year = 2569
        listed = measures.list_measures(store, fiscal_year=year)
        measures.update_measure(store, listed[0]["id"], title="มาตรการที่แก้ไขแล้ว")
        measures.move_measure(store, listed[0]["id"], to_position=len(listed))
        assert measures.list_measures(store, fiscal_year=year)[-1]["title"] == "มาตรการที่แก้ไขแล้ว"
        overview = followups.overview(store, fiscal_year=year, today=date(2026, 12, 1))
        assert overview.total.total == len(listed)
        assert workbook.analysis_of(store, 2568).indicators
        for kind in KINDS:
            report = render(kind, store, fiscal_year=2568 if kind == "analysis" else year,
                            out=tmp_path / f"{kind}.pdf")
            assert report.pages >= 1


@pytest.mark.slow
def test_a_large_file_imports_into_a_new_one_with_nothing_lost(large, tmp_path):
    target = tmp_path / "new.db"
    with open_database(target, create=True) as store:
        plan = merge.plan_import(store, large)
        assert not plan.conflicts
        merge.apply_import(store, plan, {})
        assert store.db.execute("SELECT count(*) FROM measures").fetchone()[0] == 2000
        assert store.db.execute("SELECT count(*) FROM followups").fetchone()[0] == 10000
