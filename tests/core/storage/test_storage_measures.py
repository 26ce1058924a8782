"""Measures and responsible units."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.storage import InvalidRecordError, RecordNotFoundError, Store, measures
from ita_desktop.storage.measures import UnitInUseError


def titles(store: Store, year: int = 2568) -> list[str]:
    return [m["title"] for m in measures.list_measures(store, fiscal_year=year)]


def positions(store: Store, year: int = 2568) -> list[int]:
    return [m["position"] for m in measures.list_measures(store, fiscal_year=year)]


# ---------------------------------------------------------------- units


def test_units_add_trim_dedupe_rename(store: Store):
    first = measures.add_unit(store, "  สำนักปลัด ")
    assert measures.add_unit(store, "สำนักปลัด") == first
    second = measures.add_unit(store, "กองคลัง")
    assert measures.list_units(store) == [
        {"id": first, "name": "สำนักปลัด"}, {"id": second, "name": "กองคลัง"},
    ]  # fmt: skip
    measures.rename_unit(store, second, name="กองคลัง (งานพัสดุ)")
    assert measures.list_units(store)[1]["name"] == "กองคลัง (งานพัสดุ)"
    with pytest.raises(InvalidRecordError, match="สำนักปลัด"):
        measures.rename_unit(store, second, name="สำนักปลัด")
    with pytest.raises(InvalidRecordError):
        measures.add_unit(store, "   ")
    with pytest.raises(RecordNotFoundError):
        measures.rename_unit(store, 99, name="ใหม่")


def test_unit_in_use_cannot_be_deleted_and_nothing_changes(store: Store, dump):
    measures.add_measure(store, fiscal_year=2568, title="มาตรการ ก", units=["สำนักปลัด"])
    unit_id = measures.add_unit(store, "สำนักปลัด")
    before = dump(store)
    with pytest.raises(UnitInUseError) as caught:
        measures.delete_unit(store, unit_id)
    assert "สำนักปลัด" in str(caught.value) and "มาตรการ ก" in str(caught.value)
    assert [m["title"] for m in caught.value.measures] == ["มาตรการ ก"]
    assert isinstance(caught.value, ValueError)
    assert dump(store) == before


def test_delete_unit_with_replacement_repoints_everything(store: Store):
    old = measures.add_unit(store, "งานพัสดุ")
    new = measures.add_unit(store, "กองคลัง")
    a = measures.add_measure(store, fiscal_year=2568, title="ก", units=["งานพัสดุ"])
    b = measures.add_measure(store, fiscal_year=2568, title="ข", units=["กองคลัง", "งานพัสดุ"])
    store.db.execute(
        "INSERT INTO oit_readiness (fiscal_year, item_code, status, unit_id) "
        "VALUES (2568, 'o14', 'missing', ?)",
        [old],
    )
    assert len(measures.unit_usage(store, old)["measures"]) == 2
    assert measures.unit_usage(store, old)["readiness"] == [
        {"fiscal_year": 2568, "item_code": "o14"}
    ]
    with pytest.raises(InvalidRecordError):
        measures.delete_unit(store, old, replace_with=old)
    measures.delete_unit(store, old, replace_with=new)
    assert [u["name"] for u in measures.list_units(store)] == ["กองคลัง"]
    assert measures.get_measure(store, a)["units"] == ["กองคลัง"]
    assert measures.get_measure(store, b)["units"] == ["กองคลัง"]
    assert store.db.execute("SELECT unit_id FROM oit_readiness").fetchone()[0] == new


def test_unused_unit_deletes(store: Store):
    unit_id = measures.add_unit(store, "กองช่าง")
    measures.delete_unit(store, unit_id)
    assert measures.list_units(store) == []


# ---------------------------------------------------------------- measures


def test_add_and_list_with_units_and_links(store: Store):
    measure_id = measures.add_measure(
        store,
        fiscal_year=2568,
        title="เผยแพร่คู่มือการให้บริการ",
        kind="โครงการ",
        analysis="ข้อ e1 ต่ำสุด",
        steps="๑. จัดทำคู่มือ\n๒. เผยแพร่บนเว็บไซต์",
        start_date=date(2024, 10, 1),
        end_date="2025-09-30",
        units=["กองคลัง", "สำนักปลัด"],
        links={"indicator": [6, "9"], "issue": ["2"], "item": ["e1", "o11"]},
    )
    [row] = measures.list_measures(store, fiscal_year=2568)
    assert row["id"] == measure_id and row["position"] == 0
    assert (row["kind"], row["start_date"], row["end_date"]) == (
        "โครงการ",
        "2024-10-01",
        "2025-09-30",
    )
    assert row["units"] == ["กองคลัง", "สำนักปลัด"]
    assert row["links"] == {"indicator": ["6", "9"], "issue": ["2"], "item": ["e1", "o11"]}
    assert measures.list_measures(store, fiscal_year=2569) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "   "}, "ชื่อมาตรการ"),
        ({"start_date": "2025-03-01", "end_date": "2025-02-01"}, "2025-02-01"),
        ({"kind": "แผนงาน"}, "แผนงาน"),
        ({"start_date": "1/10/2024"}, "1/10/2024"),
        ({"start_date": "2025-02-30"}, "2025-02-30"),
        ({"end_date": "2568-09-30"}, "พ.ศ."),
        ({"links": {"tool": ["IIT"]}}, "tool"),
        ({"units": [99]}, "99"),
    ],
)
def test_invalid_measure_is_refused_and_nothing_written(store: Store, dump, fields, message):
    measures.add_measure(store, fiscal_year=2568, title="มีอยู่แล้ว", units=["สำนักปลัด"])
    before = dump(store)
    with pytest.raises((InvalidRecordError, RecordNotFoundError)) as caught:
        measures.add_measure(store, **{"fiscal_year": 2568, "title": "ใหม่", **fields})
    assert message in str(caught.value)
    assert dump(store) == before


def test_update_validates_against_the_stored_dates(store: Store, dump):
    measure_id = measures.add_measure(
        store, fiscal_year=2568, title="ก", start_date="2024-11-01", end_date="2025-03-31"
    )
    before = dump(store)
    with pytest.raises(InvalidRecordError, match="2024-10-15"):
        measures.update_measure(store, measure_id, end_date="2024-10-15")
    with pytest.raises(InvalidRecordError, match="position"):
        measures.update_measure(store, measure_id, position=3)
    with pytest.raises(InvalidRecordError):
        measures.update_measure(store, measure_id, title="")
    assert dump(store) == before
    with pytest.raises(RecordNotFoundError):
        measures.update_measure(store, 999, title="x")


def test_update_fields_units_and_links(store: Store):
    measure_id = measures.add_measure(
        store, fiscal_year=2568, title="ก", units=["สำนักปลัด"], links={"item": ["o1"]}
    )
    measures.update_measure(
        store, measure_id, title="ข", steps="ขั้นตอน", units=["กองช่าง", "สำนักปลัด"],
        links={"indicator": ["9"]}, end_date=None,
    )  # fmt: skip
    row = measures.get_measure(store, measure_id)
    assert (row["title"], row["steps"]) == ("ข", "ขั้นตอน")
    assert row["units"] == ["กองช่าง", "สำนักปลัด"]
    assert row["links"] == {"indicator": ["9"], "issue": [], "item": []}
    measures.update_measure(store, measure_id, analysis="วิเคราะห์")
    assert measures.get_measure(store, measure_id)["units"] == ["กองช่าง", "สำนักปลัด"]


def test_positions_stay_dense_through_insert_move_delete(store: Store):
    for title in "ABCD":
        measures.add_measure(store, fiscal_year=2568, title=title)
    ids = {m["title"]: m["id"] for m in measures.list_measures(store, fiscal_year=2568)}
    measures.add_measure(store, fiscal_year=2568, title="X", position=1)
    assert titles(store) == ["A", "X", "B", "C", "D"]
    measures.move_measure(store, ids["D"], to_position=0)
    assert titles(store) == ["D", "A", "X", "B", "C"]
    measures.move_measure(store, ids["D"], to_position=99)
    assert titles(store) == ["A", "X", "B", "C", "D"]
    measures.delete_measure(store, ids["B"])
    assert titles(store) == ["A", "X", "C", "D"]
    assert positions(store) == [0, 1, 2, 3]
    assert measures.measure_ids(store, fiscal_year=2568) == [
        m["id"] for m in measures.list_measures(store, fiscal_year=2568)]
    measures.add_measure(store, fiscal_year=2569, title="ปีหน้า")
    assert positions(store, 2569) == [0], "each year numbers its own measures"
    with pytest.raises(RecordNotFoundError):
        measures.delete_measure(store, ids["B"])


def test_duplicate_in_the_same_year_goes_after_the_original(store: Store):
    a = measures.add_measure(store, fiscal_year=2568, title="A", units=["สำนักปลัด"],
                             links={"issue": ["7"]})  # fmt: skip
    measures.add_measure(store, fiscal_year=2568, title="B")
    copy_id = measures.duplicate_measure(store, a)
    assert titles(store) == ["A", "A", "B"]
    copy = measures.get_measure(store, copy_id)
    assert (copy["position"], copy["units"], copy["links"]["issue"]) == (1, ["สำนักปลัด"], ["7"])


def test_copy_from_the_previous_year_moves_dates(store: Store):
    a = measures.add_measure(store, fiscal_year=2567, title="No Gift Policy", kind="กิจกรรม",
                             start_date="2023-10-01", end_date="2024-02-29",
                             units=["สำนักปลัด"], links={"item": ["o26"]})  # fmt: skip
    measures.add_measure(store, fiscal_year=2568, title="มีอยู่ก่อน")
    copy_id = measures.duplicate_measure(store, a, fiscal_year=2568)
    copy = measures.get_measure(store, copy_id)
    assert (copy["fiscal_year"], copy["position"], copy["kind"]) == (2568, 1, "กิจกรรม")
    assert (copy["start_date"], copy["end_date"]) == ("2024-10-01", "2025-02-28")
    assert copy["units"] == ["สำนักปลัด"] and copy["links"]["item"] == ["o26"]
    assert titles(store, 2567) == ["No Gift Policy"], "the original stays"


def test_delete_measure_takes_its_followups(store: Store):
    measure_id = measures.add_measure(store, fiscal_year=2568, title="ก", units=["สำนักปลัด"])
    store.db.execute(
        "INSERT INTO followups (measure_id, period, status) VALUES (?, 'Q1', 'done')", [measure_id]
    )
    measures.delete_measure(store, measure_id)
    assert store.db.execute("SELECT count(*) FROM followups").fetchone()[0] == 0
    assert [u["name"] for u in measures.list_units(store)] == ["สำนักปลัด"], "units stay"
