"""Frameworks copied into the file, assessments, scores and the published result."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from ita_desktop.storage import InvalidRecordError, RecordNotFoundError, Store, assessments


def test_framework_is_stored_once_and_read_back(store: Store, framework: dict):
    first = assessments.store_framework(store, document=framework, source="2567.json")
    reordered = dict(reversed(list(framework.items())))
    assert assessments.store_framework(store, document=reordered, source="again") == first
    changed = copy.deepcopy(framework)
    changed["title"] = "ITA 2567 (แก้ไข)"
    assert assessments.store_framework(store, document=changed, source="edit") != first
    assessments.create_assessment(store, fiscal_year=2567, framework_id=first)
    assert assessments.framework_for(store, 2567) == framework


def test_bad_framework_documents(store: Store, framework: dict):
    with pytest.raises(InvalidRecordError):
        assessments.store_framework(store, document=[1, 2], source="x")
    with pytest.raises(InvalidRecordError, match="2024"):
        assessments.store_framework(store, document={**framework, "fiscal_year": 2024}, source="x")
    with pytest.raises(InvalidRecordError):
        assessments.store_framework(store, document={**framework, "x": Decimal(1)}, source="x")


def test_replace_framework_repoints_and_keeps_scores(assessed: Store, framework: dict):
    assessments.set_scores(assessed, fiscal_year=2567, scores={"OIT": Decimal("76.50")})
    old_id = assessments.get_assessment(assessed, 2567)["framework_id"]
    edited = {**framework, "notes": "แก้ไขน้ำหนักโดยหน่วยงาน"}
    new_id = assessments.replace_framework(assessed, fiscal_year=2567, document=edited)
    assert new_id != old_id
    assert assessments.get_assessment(assessed, 2567)["framework_id"] == new_id
    assert assessments.framework_for(assessed, 2567)["notes"] == "แก้ไขน้ำหนักโดยหน่วยงาน"
    assert assessments.get_scores(assessed, fiscal_year=2567) == {"OIT": Decimal("76.50")}
    with pytest.raises(RecordNotFoundError):
        assessments.replace_framework(assessed, fiscal_year=2560, document=edited)


def test_create_list_get_delete(assessed: Store, framework: dict):
    framework_id = assessments.get_assessment(assessed, 2567)["framework_id"]
    assessments.create_assessment(assessed, fiscal_year=2568, framework_id=framework_id)
    assert assessments.list_fiscal_years(assessed) == [2567, 2568]
    row = assessments.get_assessment(assessed, 2568)
    assert (row["fiscal_year"], row["framework_fiscal_year"], row["note"]) == (2568, 2567, "")
    with pytest.raises(InvalidRecordError, match="2568"):
        assessments.create_assessment(assessed, fiscal_year=2568, framework_id=framework_id)
    with pytest.raises(RecordNotFoundError):
        assessments.create_assessment(assessed, fiscal_year=2569, framework_id=999)
    with pytest.raises(InvalidRecordError, match="2568"):  # CE year: hint the BE one
        assessments.create_assessment(assessed, fiscal_year=2025, framework_id=framework_id)
    assessments.set_scores(assessed, fiscal_year=2568, scores={"TOTAL": Decimal("90")})
    assessments.delete_assessment(assessed, 2568)
    assert assessments.list_fiscal_years(assessed) == [2567]
    assert assessments.get_scores(assessed, fiscal_year=2568) == {}
    with pytest.raises(RecordNotFoundError):
        assessments.get_assessment(assessed, 2568)
    with pytest.raises(RecordNotFoundError):
        assessments.delete_assessment(assessed, 2568)


def test_scores_keep_full_precision_and_none_deletes(assessed: Store):
    assessments.set_scores(
        assessed,
        fiscal_year=2567,
        scores={"EIT": Decimal("97.2067"), "i1": Decimal("88.845"), "OIT": 100, "9.1": "๙๔.๕๐"},
    )
    stored = assessments.get_scores(assessed, fiscal_year=2567)
    assert stored == {
        "EIT": Decimal("97.2067"), "i1": Decimal("88.845"), "OIT": Decimal(100),
        "9.1": Decimal("94.50"),
    }  # fmt: skip
    assert str(stored["9.1"]) == "94.50", "no rounding, trailing zeros kept"
    raw = dict(assessed.db.execute("SELECT code, score FROM scores").fetchall())
    assert raw["i1"] == "88.845" and isinstance(raw["i1"], str)
    assessments.set_scores(assessed, fiscal_year=2567, scores={"i1": None, "IIT": Decimal("0")})
    stored = assessments.get_scores(assessed, fiscal_year=2567)
    assert "i1" not in stored and stored["IIT"] == 0, "not scored is distinct from 0"


def test_office_and_official_scores_are_separate(assessed: Store):
    assessments.set_scores(assessed, fiscal_year=2567, scores={"TOTAL": Decimal("99.155")})
    assessments.set_scores(
        assessed, fiscal_year=2567, scores={"TOTAL": Decimal("99.16")}, official=True
    )
    assert assessments.get_scores(assessed, fiscal_year=2567) == {"TOTAL": Decimal("99.155")}
    assert assessments.get_scores(assessed, fiscal_year=2567, official=True) == {
        "TOTAL": Decimal("99.16")
    }


@pytest.mark.parametrize(
    "value", [Decimal("100.01"), Decimal("-0.5"), "abc", "94,95", Decimal("NaN")]
)
def test_bad_scores_are_refused_and_nothing_written(assessed: Store, dump, value):
    before = dump(assessed)
    with pytest.raises(InvalidRecordError) as caught:
        assessments.set_scores(
            assessed, fiscal_year=2567, scores={"IIT": Decimal("90"), "EIT": value}
        )
    assert "EIT" in str(caught.value)
    assert dump(assessed) == before


def test_scores_need_an_assessment(store: Store):
    with pytest.raises(RecordNotFoundError, match="2567"):
        assessments.set_scores(store, fiscal_year=2567, scores={"IIT": Decimal(90)})


def test_official_result_and_note(assessed: Store):
    assessments.set_official(
        assessed, fiscal_year=2567, rating="ผ่านดีเยี่ยม", rank=12, rank_of="เทศบาลตำบล"
    )
    row = assessments.get_assessment(assessed, 2567)
    assert (row["official_rating"], row["official_rank"], row["official_rank_of"]) == (
        "ผ่านดีเยี่ยม", 12, "เทศบาลตำบล",
    )  # fmt: skip
    assessments.set_official(assessed, fiscal_year=2567, rating="AA")
    row = assessments.get_assessment(assessed, 2567)
    assert (row["official_rating"], row["official_rank"], row["official_rank_of"]) == (
        "AA",
        None,
        None,
    )
    with pytest.raises(InvalidRecordError):
        assessments.set_official(assessed, fiscal_year=2567, rank=0)
    assessments.set_note(assessed, fiscal_year=2567, note="ผู้ตอบ EIT ไม่ครบ")
    assert assessments.get_assessment(assessed, 2567)["note"] == "ผู้ตอบ EIT ไม่ครบ"
