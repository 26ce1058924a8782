"""The planning areas' undoable edits (ui.edits) on a real file, without views: every edit, its
undo and redo, refusals that push nothing, and the file reopened afterwards."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop.storage import open_database
from ui.document import FOLLOWUPS, MEASURES, UNITS, Document


@pytest.fixture
def document(qapp, example_path):
    store = open_database(example_path)
    doc = Document(store)
    yield doc
    store.close()


def titles(document, year=2569):
    return [m["title"] for m in document.measures.list(year)]


def test_add_update_move_delete_each_undone_and_redone(document, example_path):
    stack = document.undo_stack
    seen = []
    document.changed.connect(lambda area, year: seen.append((area, year)))
    before = titles(document)
    new = document.measures.add(2569, title="มาตรการใหม่", units=["กองใหม่"], position=0)
    assert titles(document)[0] == "มาตรการใหม่" and (MEASURES, 2569) in seen
    assert "กองใหม่" in [u["name"] for u in document.measures.units()]
    assert document.measures.update(new, steps="1. ประชุม\n2. ประกาศ", end_date=date(2026, 3, 31))
    assert document.measures.update(new, steps="1. ประชุม\n2. ประกาศ")  # unchanged: no step
    assert stack.count() == 2
    assert document.measures.move(new, 2)
    assert titles(document)[2] == "มาตรการใหม่"
    assert document.measures.delete(new)
    assert titles(document) == before
    for _ in range(4):
        stack.undo()
    assert titles(document) == before
    assert "กองใหม่" not in [u["name"] for u in document.measures.units()]
    for _ in range(3):
        stack.redo()
    measure = document.measures.get(new)  # the same id again
    assert measure["position"] == 2 and measure["units"] == ["กองใหม่"]
    assert measure["steps"] == "1. ประชุม\n2. ประกาศ" and measure["end_date"] == "2026-03-31"
    document.store.close()
    with open_database(example_path) as reopened:
        from ita_desktop.storage import measures

        assert measures.get_measure(reopened, new)["position"] == 2


def test_refusals_push_nothing_and_say_why(document):
    stack = document.undo_stack
    failures = []
    document.failed.connect(failures.append)
    first = document.measures.list(2569)[0]["id"]
    assert not document.measures.update(first, title="   ")
    assert "ชื่อมาตรการ" in document.last_error and failures
    assert not document.measures.update(first, start_date="2026-05-01", end_date="2026-01-01")
    assert "ก่อนวันเริ่มต้น" in document.last_error
    assert document.measures.add(2569, title="") is None
    assert stack.count() == 0


def test_duplicate_and_copy_from_previous_year(document):
    stack = document.undo_stack
    source = document.measures.list(2568)[0]
    copies = document.measures.copy_to_year([source["id"]], 2569)
    copy = document.measures.get(copies[0])
    assert copy["title"] == source["title"] and copy["links"] == source["links"]
    assert copy["start_date"] == "2025-10-01"  # moved by one year
    first = document.measures.list(2569)[0]["id"]
    twin = document.measures.duplicate(first)
    assert document.measures.list(2569)[1]["id"] == twin
    stack.undo()
    stack.undo()
    assert copies[0] not in [m["id"] for m in document.measures.list(2569)]


def test_units_delete_with_replacement_and_undo(document):
    seen = []
    document.changed.connect(lambda area, year: seen.append(area))
    units = {u["name"]: u["id"] for u in document.measures.units()}
    used = units["สำนักปลัด"]
    assert not document.measures.delete_unit(used)  # still responsible: refused
    assert "กรุณาเลือกหน่วยงานที่จะรับผิดชอบแทน" in document.last_error
    assert document.measures.delete_unit(used, replace_with=units["กองคลัง"])
    assert UNITS in seen
    assert "สำนักปลัด" not in [u["name"] for u in document.measures.units()]
    document.undo_stack.undo()
    assert "สำนักปลัด" in {m["units"][0] for m in document.measures.list(2569) if m["units"]}
    new = document.measures.add_unit("งานนิติการ")
    assert document.measures.rename_unit(new, "งานกฎหมายและคดี")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert "งานนิติการ" not in [u["name"] for u in document.measures.units()]


def test_followup_report_and_evidence_undo_keep_ids(document):
    stack = document.undo_stack
    measure = document.measures.list(2569)[3]["id"]  # has no report yet
    seen = []
    document.changed.connect(lambda area, year: seen.append((area, year)))
    evidence = document.followups.add_evidence(measure, "Q1", title="ประกาศ",
                                               date=date(2025, 11, 1), url="https://x.go.th/a")
    assert (FOLLOWUPS, 2569) in seen and stack.count() == 1  # report + evidence: one step
    report = document.followups.report(measure, "Q1")
    assert report["status"] == "not_started" and len(report["evidence"]) == 1
    assert document.followups.set_report(measure, "Q1", status="done", results="เสร็จแล้ว")
    assert document.followups.overview(2569, today=date(2026, 1, 1)).total.done >= 1
    assert not document.followups.add_evidence(measure, "Q1", title="ลิงก์เสีย", url="ftp://x")
    assert "http" in document.last_error
    stack.undo()
    stack.undo()
    assert document.followups.report(measure, "Q1") is None
    stack.redo()
    stack.redo()
    report = document.followups.report(measure, "Q1")
    assert report["status"] == "done" and report["evidence"][0]["id"] == evidence


def test_readiness_and_memo_edits(document):
    stack = document.undo_stack
    projected = document.readiness.project(2569).oit
    item = next(i for i in document.readiness.items(2569) if i.status == "missing")
    assert document.readiness.set(2569, item.code, status="published", url="https://x.go.th/o")
    assert document.readiness.project(2569).oit > projected
    assert not document.readiness.set(2569, item.code, url="www.no-scheme")
    stack.undo()
    assert document.readiness.project(2569).oit == projected
    assert document.memos.save(2569, "measures", number="ทต 1/2569", extra={"chief_block": False})
    assert document.memos.get(2569, "measures")["extra"] == {"chief_block": False}
    stack.undo()
    assert document.memos.get(2569, "measures")["number"] != "ทต 1/2569"
