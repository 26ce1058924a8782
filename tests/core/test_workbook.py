"""Workbook operations over a real database file: the framework copy, official figures, drafts."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from ita_desktop import workbook
from ita_desktop.framework import FrameworkError, load_framework
from ita_desktop.paths import FRAMEWORKS
from ita_desktop.scoring import EntryError
from ita_desktop.storage import analysis_texts, assessments, open_database

PHOCHAI = {"1": "100", "2": "100", "3": "100", "4": "100", "5": "100",
           "6": "97.34", "7": "98.12", "8": "96.16", "9": "100", "10": "100"}


@pytest.fixture
def store(tmp_path):
    store = open_database(tmp_path / "office.db", create=True)
    yield store
    store.close()


def test_framework_is_copied_so_later_edits_to_the_file_change_nothing(tmp_path, store):
    folder = tmp_path / "frameworks"
    shutil.copytree(FRAMEWORKS, folder)
    workbook.start_assessment(store, fiscal_year=2567,
                              framework=load_framework(2567, folder=folder))
    workbook.enter_scores(store, fiscal_year=2567, pairs=PHOCHAI.items())
    before = workbook.result_of(store, 2567).total
    document = json.loads((folder / "2567.json").read_text(encoding="utf-8"))
    document["tools"][0]["weight"], document["tools"][2]["weight"] = "40", "30"
    (folder / "2567.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert load_framework(2567, folder=folder).tool("IIT").weight == 40  # the file did change
    path = store.path
    store.close()
    reopened = open_database(path)
    try:
        assert workbook.result_of(reopened, 2567).total == before
        assert workbook.framework_of(reopened, 2567).tool("IIT").weight == 30
    finally:
        reopened.close()


def test_year_without_framework_is_refused(store):
    with pytest.raises(FrameworkError, match="2599"):
        workbook.start_assessment(store, fiscal_year=2599)
    assert assessments.list_fiscal_years(store) == []


def test_bad_scores_write_nothing(store):
    workbook.start_assessment(store, fiscal_year=2567)
    workbook.enter_scores(store, fiscal_year=2567, pairs=[("1", "90")])
    with pytest.raises(EntryError):
        workbook.enter_scores(store, fiscal_year=2567, pairs=[("2", "80"), ("3", "120")])
    assert assessments.get_scores(store, fiscal_year=2567) == {"1": Decimal(90)}


def test_official_figures_that_differ_are_reported(store):
    workbook.start_assessment(store, fiscal_year=2567)
    workbook.enter_scores(store, fiscal_year=2567, pairs=PHOCHAI.items())
    workbook.enter_scores(store, fiscal_year=2567, official=True,
                          pairs=[("TOTAL", "99.16"), ("EIT", "97.21"), ("OIT", "99.50")])
    assessments.set_official(store, fiscal_year=2567, rating="ผ่านดีเยี่ยม", rank=137,
                             rank_of="เทศบาลตำบล")
    found = [(d.code, d.kind) for d in workbook.result_of(store, 2567).discrepancies]
    assert found == [("OIT", "official")]


def test_redraft_keeps_what_the_office_edited(store):
    workbook.start_assessment(store, fiscal_year=2567)
    workbook.enter_scores(store, fiscal_year=2567, pairs=PHOCHAI.items())
    assert workbook.redraft(store, fiscal_year=2567) == []
    key = ("indicator", "6", "text")
    analysis_texts.edit_text(store, fiscal_year=2567, scope="indicator", key="6", field="text",
                             text="ข้อความที่หน่วยงานเขียนเอง")
    workbook.enter_scores(store, fiscal_year=2567, pairs=[("6", "90")])
    skipped = workbook.redraft(store, fiscal_year=2567)
    assert [tuple(k) for k in skipped] == [key]
    texts = analysis_texts.get_texts(store, fiscal_year=2567)
    assert texts[key]["text"] == "ข้อความที่หน่วยงานเขียนเอง"
    total = workbook.result_of(store, 2567).total
    assert f"{total:.2f}"[:5] in texts[("overall", "summary", "text")]["text"]  # other drafts refreshed
    assert workbook.texts_of(store, 2567)[key] == "ข้อความที่หน่วยงานเขียนเอง"
    workbook.redraft(store, fiscal_year=2567, replace_edited=True)
    assert "90.00" in analysis_texts.get_texts(store, fiscal_year=2567)[key]["text"]


def test_analysis_compares_with_the_previous_stored_year(store):
    for year, six in ((2566, "90"), (2567, "97.34")):
        workbook.start_assessment(store, fiscal_year=year)
        workbook.enter_scores(store, fiscal_year=year, pairs={**PHOCHAI, "6": six}.items())
    analysis = workbook.analysis_of(store, 2567)
    assert analysis.previous_fiscal_year == 2566
    assert analysis.indicators[5].change == Decimal("7.34")


def test_plan_years_are_measure_readiness_memo_years_and_the_next_year(tmp_path):
    from datetime import date

    from ita_desktop.storage import measures, memos, open_memory, readiness

    store = open_memory()
    assert workbook.plan_years(store) == []
    workbook.start_assessment(store, fiscal_year=2567)
    assert workbook.plan_years(store) == [2568]
    measures.add_measure(store, fiscal_year=2566, title="มาตรการเก่า",
                         start_date=date(2022, 10, 1))
    readiness.set_readiness(store, fiscal_year=2570, item_code="o1", status="missing")
    memos.save_memo(store, fiscal_year=2571, kind="results", number="1")
    assert workbook.plan_years(store) == [2566, 2568, 2570, 2571]
