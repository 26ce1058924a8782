"""Whole records taken before a delete and written back exactly (what undo relies on)."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.storage import (
    InvalidRecordError,
    RecordNotFoundError,
    Store,
    followups,
    measures,
    readiness,
    records,
)


@pytest.fixture
def planned(store: Store) -> dict:
    """Three measures of 2569; the middle one has two units, links, two reports and evidence."""
    ids = [measures.add_measure(store, fiscal_year=2569, title=f"มาตรการ {n}") for n in range(3)]
    measures.update_measure(store, ids[1], units=["กองคลัง", "สำนักปลัด"],
                            links={"item": ["o34", "i1"], "issue": ["7"]},
                            start_date=date(2025, 10, 1), end_date=date(2026, 9, 30),
                            steps="๑. ประชุม\n๒. ประกาศ")
    q1 = followups.set_followup(store, measure_id=ids[1], period="Q1", status="done",
                                results="ประชุมแล้ว")
    followups.add_evidence(store, followup_id=q1, title="รายงานการประชุม", date=date(2025, 11, 3),
                           url="https://example.go.th/m1")
    followups.add_evidence(store, followup_id=q1, title="ภาพถ่าย")
    followups.set_followup(store, measure_id=ids[1], period="Q2", status="in_progress")
    return {"ids": ids, "q1": q1}


def test_a_deleted_measure_comes_back_whole_in_its_place(store: Store, planned, dump):
    before = dump(store)
    middle = planned["ids"][1]
    record = records.measure_record(store, middle)
    measures.delete_measure(store, middle)
    assert [m["title"] for m in measures.list_measures(store, fiscal_year=2569)] == [
        "มาตรการ 0", "มาตรการ 2"]
    assert followups.list_followups(store, fiscal_year=2569) == []
    assert records.restore_measure(store, record) == middle
    assert dump(store) == before
    restored = measures.get_measure(store, middle)
    assert restored["units"] == ["กองคลัง", "สำนักปลัด"]
    assert restored["links"]["item"] == ["o34", "i1"]
    reports = followups.list_followups(store, fiscal_year=2569)
    assert [(r["period"], len(r["evidence"])) for r in reports] == [("Q1", 2), ("Q2", 0)]


def test_restoring_twice_is_refused(store: Store, planned):
    record = records.measure_record(store, planned["ids"][0])
    with pytest.raises(InvalidRecordError):
        records.restore_measure(store, record)


def test_a_measure_whose_unit_went_away_comes_back_without_it(store: Store, planned):
    middle = planned["ids"][1]
    record = records.measure_record(store, middle)
    measures.delete_measure(store, middle)
    unit = next(u["id"] for u in measures.list_units(store) if u["name"] == "กองคลัง")
    measures.delete_unit(store, unit)  # no longer used: allowed
    records.restore_measure(store, record)
    assert measures.get_measure(store, middle)["units"] == ["สำนักปลัด"]


def test_followup_and_evidence_records(store: Store, planned, dump):
    before = dump(store)
    record = records.followup_record(store, planned["q1"])
    followups.delete_followup(store, followup_id=planned["q1"])
    assert [r["period"] for r in followups.list_followups(store, fiscal_year=2569)] == ["Q2"]
    records.restore_followup(store, record)
    assert dump(store) == before
    evidence_id = record["evidence"][0]["id"]
    evidence = records.evidence_record(store, evidence_id)
    followups.delete_evidence(store, evidence_id=evidence_id)
    records.restore_evidence(store, evidence)
    assert dump(store) == before
    with pytest.raises(InvalidRecordError):
        records.restore_evidence(store, evidence)
    with pytest.raises(InvalidRecordError):
        records.restore_followup(store, record)
    with pytest.raises(RecordNotFoundError):
        records.followup_record(store, 999)


def test_a_unit_deleted_with_a_replacement_comes_back_with_its_measures(store: Store, planned,
                                                                         dump):
    finance = next(u["id"] for u in measures.list_units(store) if u["name"] == "กองคลัง")
    other = measures.add_unit(store, "กองช่าง")
    measures.update_measure(store, planned["ids"][0], units=[finance])
    readiness.set_readiness(store, fiscal_year=2569, item_code="o34", status="missing",
                            unit_id=finance)
    before = dump(store)
    record = records.unit_record(store, finance)
    measures.delete_unit(store, finance, replace_with=other)
    assert measures.get_measure(store, planned["ids"][1])["units"] == ["กองช่าง", "สำนักปลัด"]
    assert readiness.list_readiness(store, fiscal_year=2569)[0]["unit_name"] == "กองช่าง"
    assert records.restore_unit(store, record) == finance
    assert dump(store) == before
    with pytest.raises(InvalidRecordError):
        records.restore_unit(store, record)
