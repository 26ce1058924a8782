"""Memos per fiscal year and kind."""

from __future__ import annotations

import pytest

from ita_desktop.storage import InvalidRecordError, Store, memos


def test_no_memo_yet(store: Store):
    assert memos.get_memo(store, fiscal_year=2568, kind="measures") is None


def test_save_then_change_some_fields(store: Store):
    memo_id = memos.save_memo(
        store, fiscal_year=2568, kind="measures", number="นค ๕๓๗๑๑/๐๐๕", date="2025-01-16",
        subject="รายงานมาตรการ", extra={"comments": [{"role": "deputy", "text": "ความเห็น"}]},
    )  # fmt: skip
    assert memos.save_memo(store, fiscal_year=2568, kind="measures", body="เรียน นายก") == memo_id
    memo = memos.get_memo(store, fiscal_year=2568, kind="measures")
    assert (memo["number"], memo["date"], memo["subject"], memo["body"]) == (
        "นค ๕๓๗๑๑/๐๐๕", "2025-01-16", "รายงานมาตรการ", "เรียน นายก",
    )  # fmt: skip
    assert memo["extra"] == {"comments": [{"role": "deputy", "text": "ความเห็น"}]}
    assert memos.get_memo(store, fiscal_year=2568, kind="results") is None
    other = memos.save_memo(store, fiscal_year=2568, kind="results", subject="รายงานผล")
    assert other != memo_id
    assert memos.get_memo(store, fiscal_year=2568, kind="results")["extra"] == {}


@pytest.mark.parametrize(
    "kwargs",
    [{"kind": "analysis"}, {"colour": "แดง"}, {"date": "16/01/2568"}, {"extra": ["x"]},
     {"extra": {"x": object()}}, {"fiscal_year": 2025}],
)  # fmt: skip
def test_bad_memos_are_refused(store: Store, dump, kwargs):
    before = dump(store)
    with pytest.raises(InvalidRecordError):
        memos.save_memo(store, **{"fiscal_year": 2568, "kind": "measures", **kwargs})
    assert dump(store) == before
