"""OIT readiness per item."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.storage import InvalidRecordError, RecordNotFoundError, Store, measures, readiness


def test_set_list_in_item_order_and_upsert(store: Store):
    unit_id = measures.add_unit(store, "สำนักปลัด")
    for code in ("o10", "o2", "o1"):
        readiness.set_readiness(store, fiscal_year=2568, item_code=code, status="missing")
    readiness.set_readiness(
        store, fiscal_year=2568, item_code="o2", status="published",
        url="https://www.example.go.th/o2", unit_id=unit_id, due_date="2025-01-31", note="ครบ",
    )  # fmt: skip
    rows = readiness.list_readiness(store, fiscal_year=2568)
    assert [r["item_code"] for r in rows] == ["o1", "o2", "o10"]
    assert rows[1] == {
        "fiscal_year": 2568, "item_code": "o2", "status": "published",
        "url": "https://www.example.go.th/o2", "unit_id": unit_id, "unit_name": "สำนักปลัด",
        "due_date": "2025-01-31", "note": "ครบ",
    }  # fmt: skip
    assert readiness.list_readiness(store, fiscal_year=2567) == []
    readiness.clear_readiness(store, fiscal_year=2568, item_code="o10")
    assert len(readiness.list_readiness(store, fiscal_year=2568)) == 2


def test_overdue(store: Store):
    items = [("o1", "missing", "2025-01-31"), ("o2", "published", "2025-01-31"),
             ("o3", "needs_update", "2025-03-01"), ("o4", "missing", None),
             ("o5", "needs_update", "2025-02-28")]  # fmt: skip
    for code, status, due in items:
        readiness.set_readiness(
            store, fiscal_year=2568, item_code=code, status=status, due_date=due
        )
    late = readiness.overdue(store, fiscal_year=2568, today=date(2025, 3, 1))
    assert [r["item_code"] for r in late] == ["o1", "o5"]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"status": "done"}, InvalidRecordError),
        ({"status": "published", "url": "example.go.th/o1"}, InvalidRecordError),
        ({"status": "missing", "due_date": "31/01/2025"}, InvalidRecordError),
        ({"status": "missing", "unit_id": 99}, RecordNotFoundError),
        ({"status": "missing", "item_code": " "}, InvalidRecordError),
    ],
)
def test_bad_readiness_is_refused(store: Store, dump, kwargs, error):
    before = dump(store)
    with pytest.raises(error):
        readiness.set_readiness(store, **{"fiscal_year": 2568, "item_code": "o1", **kwargs})
    assert dump(store) == before
