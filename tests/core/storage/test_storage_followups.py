"""Follow-up reports, evidence and the progress overview."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.storage import InvalidRecordError, RecordNotFoundError, Store, followups, measures
from ita_desktop.storage.followups import StatusCounts, fiscal_quarter


@pytest.fixture
def measure_id(store: Store) -> int:
    return measures.add_measure(store, fiscal_year=2568, title="เผยแพร่คู่มือ", units=["สำนักปลัด"])


def test_set_followup_upserts_on_measure_and_period(store: Store, measure_id: int):
    first = followups.set_followup(store, measure_id=measure_id, period="Q1", status="in_progress")
    followups.add_evidence(store, followup_id=first, title="คำสั่งแต่งตั้ง")
    again = followups.set_followup(
        store, measure_id=measure_id, period="Q1", status="done", results="เสร็จ"
    )
    assert again == first
    [report] = followups.list_followups(store, fiscal_year=2568)
    assert (report["status"], report["results"]) == ("done", "เสร็จ")
    assert [e["title"] for e in report["evidence"]] == ["คำสั่งแต่งตั้ง"], "evidence stays"


def test_list_orders_by_measure_then_period(store: Store, measure_id: int):
    other = measures.add_measure(store, fiscal_year=2568, title="ที่สอง")
    for period in ("FY", "Q3", "Q1"):
        followups.set_followup(store, measure_id=measure_id, period=period, status="in_progress")
    followups.set_followup(store, measure_id=other, period="Q1", status="done")
    measures.move_measure(store, other, to_position=0)
    listed = [
        (r["measure_title"], r["period"]) for r in followups.list_followups(store, fiscal_year=2568)
    ]
    assert listed == [("ที่สอง", "Q1"), ("เผยแพร่คู่มือ", "Q1"), ("เผยแพร่คู่มือ", "Q3"),
                      ("เผยแพร่คู่มือ", "FY")]  # fmt: skip


def test_evidence_with_date_and_url(store: Store, measure_id: int):
    report = followups.set_followup(store, measure_id=measure_id, period="Q2", status="done")
    evidence_id = followups.add_evidence(
        store, followup_id=report, title="ประกาศ ลงวันที่ ๕ มกราคม ๒๕๖๘",
        date=date(2025, 1, 5), url=" https://www.example.go.th/news/5 ",
    )  # fmt: skip
    [row] = followups.list_followups(store, fiscal_year=2568)
    assert row["evidence"] == [{"id": evidence_id, "title": "ประกาศ ลงวันที่ ๕ มกราคม ๒๕๖๘",
                                "date": "2025-01-05", "url": "https://www.example.go.th/news/5"}]  # fmt: skip
    followups.delete_evidence(store, evidence_id=evidence_id)
    assert followups.list_followups(store, fiscal_year=2568)[0]["evidence"] == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title": "x", "url": "www.example.go.th"}, "http"),
        ({"title": "x", "url": "ftp://example.go.th/a"}, "https://"),
        ({"title": "x", "url": "https://"}, "https://"),
        ({"title": "  "}, "ชื่อหลักฐาน"),
        ({"title": "x", "date": "5 ม.ค. 68"}, "5 ม.ค. 68"),
    ],
)
def test_bad_evidence_is_refused_and_nothing_written(store, measure_id, dump, kwargs, message):
    report = followups.set_followup(store, measure_id=measure_id, period="Q2", status="done")
    before = dump(store)
    with pytest.raises(InvalidRecordError) as caught:
        followups.add_evidence(store, followup_id=report, **kwargs)
    assert message in str(caught.value)
    assert dump(store) == before


def test_bad_followups_are_refused(store: Store, measure_id: int, dump):
    before = dump(store)
    with pytest.raises(InvalidRecordError, match="Q5"):
        followups.set_followup(store, measure_id=measure_id, period="Q5", status="done")
    with pytest.raises(InvalidRecordError, match="finished"):
        followups.set_followup(store, measure_id=measure_id, period="Q1", status="finished")
    with pytest.raises(RecordNotFoundError):
        followups.set_followup(store, measure_id=999, period="Q1", status="done")
    with pytest.raises(RecordNotFoundError):
        followups.add_evidence(store, followup_id=999, title="x")
    assert dump(store) == before


@pytest.mark.parametrize(
    ("day", "quarter"),
    [(date(2024, 10, 1), "Q1"), (date(2024, 12, 31), "Q1"), (date(2025, 1, 1), "Q2"),
     (date(2025, 4, 30), "Q3"), (date(2025, 9, 30), "Q4"), (date(2025, 10, 1), None),
     (date(2024, 9, 30), None)],
)  # fmt: skip
def test_fiscal_quarter_of_2568(day: date, quarter: str | None):
    assert fiscal_quarter(day, fiscal_year=2568) == quarter


def test_overview_counts_status_late_quarter_and_unit(store: Store):
    def add(title, end, units, *reports):
        measure_id = measures.add_measure(store, fiscal_year=2568, title=title, end_date=end,
                                          units=units)  # fmt: skip
        for period, status in reports:
            followups.set_followup(store, measure_id=measure_id, period=period, status=status)

    add("done in Q1", "2024-12-31", ["สำนักปลัด"], ("Q1", "done"))
    add("late, in progress", "2025-01-31", ["สำนักปลัด", "กองคลัง"],
        ("Q1", "in_progress"), ("Q2", "in_progress"))  # fmt: skip
    add("late, never reported", "2025-03-31", ["กองคลัง"])
    add("not yet due", "2025-09-30", [], ("Q2", "not_started"))
    add("cancelled past due", "2025-02-01", ["กองคลัง"], ("Q2", "cancelled"))
    add("latest report wins", None, ["กองช่าง"], ("Q1", "in_progress"), ("FY", "done"))
    add("ends after the year", "2025-12-31", ["กองช่าง"])
    measures.add_measure(store, fiscal_year=2569, title="another year")

    result = followups.overview(store, fiscal_year=2568, today=date(2025, 4, 15))
    assert result.total == StatusCounts(done=2, in_progress=1, not_started=3, cancelled=1,
                                        late=2, total=7)  # fmt: skip
    quarters = {key: counts.total for key, counts in result.by_quarter.items()}
    assert quarters == {"Q1": 1, "Q2": 3, "Q3": 0, "Q4": 1, "outside": 1, "undated": 1}
    assert result.by_quarter["Q2"].late == 2
    assert result.by_unit["กองคลัง"] == StatusCounts(in_progress=1, not_started=1, cancelled=1,
                                                     late=2, total=3)  # fmt: skip
    assert result.by_unit["สำนักปลัด"].total == 2
    assert result.by_unit[""].total == 1
    assert result.by_unit["กองช่าง"].done == 1
