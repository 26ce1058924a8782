"""Import from another office's file (ita_desktop.storage.merge): the plan (added, conflicts,
identical), every conflict choice with no record lost, follow-ups and evidence going with their
measure, report pictures, an older copy of our own file, and importing the same file again.
Refusals and all or nothing: test_merge_refusals.py."""

from __future__ import annotations

import shutil

import pytest
from merge_helpers import (
    FIRST,
    NEW,
    OTHER_OFFICE,
    TABLE_OF,
    THIRD,
    by_id,
    counts,
    dump,
    measure_id,
    plan_of,
    png,
    records,
    sha256,
)

from ita_desktop import workbook
from ita_desktop.demo import build_demo
from ita_desktop.storage import (
    assessments,
    followups,
    measures,
    merge,
    open_database,
    profile,
    report_images,
)
from ita_desktop.storage.merge import ADDED, BOTH, CONFLICT, IDENTICAL, MINE, THEIRS

# The plan ---------------------------------------------------------------------------------------


def test_plan_lists_added_conflicting_and_identical_records(ours, theirs):
    plan = plan_of(ours, theirs)
    entries = by_id(plan)
    status = {entry_id: entry.status for entry_id, entry in entries.items()}
    assert status["score:2568/i1/0"] == CONFLICT
    assert status["score:2568/i2/0"] == IDENTICAL
    assert status["assessment:2566"] == CONFLICT  # the published result differs
    assert status["assessment:2567"] == CONFLICT  # the framework copy differs
    assert status["assessment:2569"] == ADDED and status["score:2569/9/0"] == ADDED
    assert status["analysis_text:2568/issue/2/cause"] == CONFLICT
    assert status[f"measure:2569/{FIRST}/1"] == CONFLICT
    assert status[f"measure:2569/{THIRD}/1"] == IDENTICAL
    assert status[f"measure:2569/{NEW}/1"] == ADDED
    assert status[f"followup:2569/{FIRST}/1/Q3"] == ADDED
    assert status[f"followup:2569/{THIRD}/1/Q1"] == CONFLICT
    assert status["unit:กองสวัสดิการสังคม"] == ADDED and status["unit:สำนักปลัด"] == IDENTICAL
    assert status["readiness:2569/o10"] == CONFLICT and status["memo:2569/measures"] == CONFLICT
    assert status["memo:2569/results"] == IDENTICAL
    assert "profile:" not in status  # ours is filled in: kept, and the notes say so
    assert any(OTHER_OFFICE in note for note in plan.notes)
    assert any("ข้อมูลหน่วยงานของไฟล์นี้จะไม่เปลี่ยน" in note for note in plan.notes)
    # Follow-ups and evidence name their measure's entry as parent.
    evidence = next(e for e in plan.conflicts if e.kind == "evidence")
    assert evidence.parent == f"followup:2569/{FIRST}/1/Q1"
    assert entries[evidence.parent].parent == f"measure:2569/{FIRST}/1"
    assert evidence.choices == (MINE, THEIRS, BOTH)
    assert entries["score:2568/i1/0"].choices == (MINE, THEIRS)  # a score cannot exist twice
    assert entries["assessment:2567"].choices == (MINE, THEIRS)
    score = entries["score:2568/i1/0"]
    assert score.differences == [("คะแนน", "86.42", "90.5")]
    assert "ของเรา 86.42 / ไฟล์ที่นำเข้า 90.5" in score.describe()
    counts = plan.counts()
    assert counts[IDENTICAL] > 150 and counts[CONFLICT] == len(plan.conflicts) == 10
    assert plan.summary().startswith(f"เพิ่ม {counts[ADDED]} รายการ")


def test_two_builds_of_the_example_are_identical(ours, tmp_path):
    plan = plan_of(ours, build_demo(tmp_path / "again.db"))
    assert plan.counts()[ADDED] == plan.counts()[CONFLICT] == 0
    assert plan.notes == []


def test_planning_writes_nothing(ours, theirs):
    before = (sha256(ours), sha256(theirs))
    plan_of(ours, theirs)
    assert (sha256(ours), sha256(theirs)) == before


# Applying: every choice, no record lost ------------------------------------------------------


@pytest.mark.parametrize(("for_both_kinds", "for_others"),
                         [(MINE, MINE), (THEIRS, THEIRS), (BOTH, THEIRS), (BOTH, MINE)])
def test_every_record_of_both_files_is_kept_under_the_chosen_rule(ours, theirs, for_both_kinds,
                                                                   for_others):
    before_rows, before_ours, other = counts(ours), records(ours), records(theirs)
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        choices = {e.id: for_both_kinds if e.kind in merge.BOTH_KINDS else for_others
                   for e in plan.conflicts}
        done = merge.apply_import(store, plan, choices)
    after_rows, after = counts(ours), records(ours)

    # Row counts: what was added, plus the second measures/evidence kept beside ours.
    for kind, table in TABLE_OF.items():
        made = done.by_kind.get(kind, {})
        assert after_rows[table] == before_rows[table] + made.get(ADDED, 0) + made.get(BOTH, 0)
    assert after_rows["organisation"] == 1

    for kind, mine in before_ours.items():
        for key, record in mine.items():  # nothing of ours is lost
            assert key in after[kind], (kind, key)
            entry = by_id(plan).get(merge._id(kind, key))
            expected = record.content
            if entry is not None and entry.status == CONFLICT and choices[entry.id] == THEIRS:
                expected = entry.theirs.content
            if kind != "profile":
                assert after[kind][key].content == expected, (kind, key)
    copies = {e.key: (2569, f"{e.key[1]} (นำเข้าจาก theirs.db)", 1) for e in plan.conflicts
              if e.kind == "measure" and choices[e.id] == BOTH}

    def relocated(key):  # a record under a measure kept "both" went with the copy
        if key in copies:
            return copies[key]
        return tuple(relocated(part) for part in key) if isinstance(key, tuple) else key

    for kind, their in other.items():
        for key, record in their.items():  # everything of theirs is here under the rule
            entry = by_id(plan)[merge._id(kind, key)] if kind != "profile" else None
            if entry is None:
                continue
            if plan.moot(entry, choices):
                key = relocated(key)
            elif choices.get(entry.id) == BOTH:  # ours stays at the key, theirs goes beside it
                assert after[kind][key].content == before_ours[kind][key].content
                key = relocated(key) if kind == "measure" else (*key[:-1], key[-1] + 1)
            assert key in after[kind], (kind, key)
            if entry.status == CONFLICT and choices.get(entry.id) == MINE:
                assert after[kind][key].content == before_ours[kind][key].content
            else:
                assert after[kind][key].content == record.content, (kind, key)
    if for_both_kinds == BOTH:
        title = f"{FIRST} (นำเข้าจาก theirs.db)"
        copy = after["measure"][(2569, title, 1)]
        assert copy.content == other["measure"][(2569, FIRST, 1)].content
        assert {k[1] for k in after["followup"] if k[0] == (2569, title, 1)} == {"Q1", "Q2", "Q3"}
    assert done.changed() > 0 and done.identical > 150


def test_follow_ups_and_evidence_follow_their_measure(ours, theirs):
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        choices = {e.id: BOTH if e.kind == "measure" else THEIRS for e in plan.conflicts}
        done = merge.apply_import(store, plan, choices)
        reports = followups.list_followups(store, fiscal_year=2569)
    by_measure: dict[str, dict[str, dict]] = {}
    for report in reports:
        by_measure.setdefault(report["measure_title"], {})[report["period"]] = report
    new = by_measure[NEW]["Q1"]
    assert new["results"] == "อบรมแล้ว ๔๐ คน"
    assert [e["title"] for e in new["evidence"]] == ["ภาพการอบรม"]
    copy = by_measure[f"{FIRST} (นำเข้าจาก theirs.db)"]
    assert copy["Q3"]["results"] == "ดำเนินการไตรมาส ๓"
    assert copy["Q1"]["evidence"][0]["url"] == "https://www.nongbua.go.th/manual"
    # Our own measure kept its follow-up and evidence as they were.
    ours_first = by_measure[FIRST]
    assert set(ours_first) == {"Q1", "Q2"}
    assert ours_first["Q1"]["evidence"][0]["url"] == "https://www.donkaeothong.go.th/manual"
    # The third measure (identical) took their Q1 report and gained their new evidence.
    third = by_measure[THIRD]
    assert third["Q1"]["results"] == "ออกแนวปฏิบัติและประกาศแล้ว"
    assert [e["title"] for e in third["Q2"]["evidence"]] == ["รายงานการสุ่มตรวจครั้งที่ ๑"]
    assert done.by_kind["followup"][ADDED] == 1 + 3  # the new measure's, and the copy's three


def test_frameworks_come_with_their_assessment_deduplicated(ours, theirs):
    before = counts(ours)["frameworks"]
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        merge.apply_import(store, plan, {e.id: MINE for e in plan.conflicts})
        # 2569 uses the 2568 framework, already stored here: no second copy.
        assert counts(ours)["frameworks"] == before
        assert workbook.framework_of(store, 2569).fiscal_year == 2568
        assert workbook.result_of(store, 2569).indicators[1] == 95
        assert workbook.framework_of(store, 2567).title != "กรอบที่หน่วยงานแก้ไข"
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        choices = {e.id: MINE for e in plan.conflicts} | {"assessment:2567": THEIRS}
        merge.apply_import(store, plan, choices)
        assert workbook.framework_of(store, 2567).title == "กรอบที่หน่วยงานแก้ไข"
        assert "นำเข้าจาก theirs.db" in store.db.execute(
            "SELECT source FROM frameworks ORDER BY id DESC").fetchone()[0]
    assert counts(ours)["frameworks"] == before + 1


def test_an_empty_file_takes_everything_and_the_profile(tmp_path, ours):
    empty = tmp_path / "new.db"
    open_database(empty, create=True).close()
    with open_database(empty) as store:
        plan = merge.plan_import(store, ours)
        assert plan.counts()[CONFLICT] == 0 and plan.counts()[IDENTICAL] == 0
        assert any("ยังว่าง" in note for note in plan.notes)
        merge.apply_import(store, plan, {})
        assert profile.get_profile(store)["name"] == "องค์การบริหารส่วนตำบลดอนแก้วทอง"
    assert plan_of(empty, ours).counts()[ADDED] == 0
    assert {t: n for t, n in counts(empty).items()} == counts(ours)


def test_an_older_copy_of_our_own_file_is_mostly_identical(ours, tmp_path):
    older = tmp_path / "ours-last-month.db"
    shutil.copyfile(ours, older)
    with open_database(ours) as store:  # work done since the copy was made
        assessments.set_scores(store, fiscal_year=2568, scores={"o10": "100"})
        measures.add_measure(store, fiscal_year=2569, title="มาตรการใหม่หลังสำเนา")
        followups.set_followup(store, measure_id=measure_id(store, 2569, FIRST), period="Q3",
                               status="in_progress")
    before = dump(ours)
    with open_database(ours) as store:
        plan = merge.plan_import(store, older)
        assert plan.notes == []  # the same office
        assert [e.id for e in plan.conflicts] == ["score:2568/o10/0"]
        assert plan.counts()[ADDED] == 0
        assert plan.counts()[IDENTICAL] == len(plan.entries) - 1
        done = merge.apply_import(store, plan, {"score:2568/o10/0": MINE})
    assert done.changed() == 0 and done.mine == 1
    assert dump(ours) == before


def test_report_pictures_are_added_and_their_captions_conflict(ours, theirs):
    for path, caption in ((ours, "ภาพของเรา"), (theirs, "ภาพของเขา")):
        with open_database(path) as store:
            report_images.add_image(store, fiscal_year=2567, data=png(7), mime="image/png",
                                    caption=caption)
    plan = plan_of(ours, theirs)
    pictures = [e for e in plan.entries if e.kind == "report_image"]
    assert sorted(e.status for e in pictures) == [ADDED, CONFLICT]
    conflict = next(e for e in pictures if e.status == CONFLICT)
    assert "ภาพของเรา" in conflict.describe() and "ภาพของเขา" in conflict.describe()
    with open_database(ours) as store:
        plan = merge.plan_import(store, theirs)
        choices = {e.id: THEIRS if e.kind == "report_image" else MINE for e in plan.conflicts}
        merge.apply_import(store, plan, choices)
        assert [i["caption"] for i in report_images.list_images(store, fiscal_year=2567)] == [
            "ภาพของเขา"]
        [added] = report_images.list_images(store, fiscal_year=2568)
        assert added["caption"] == "ผลการประเมินภาพรวมจากระบบ ITAS" and added["data"] == png(3)


# Importing the same file again ------------------------------------------------------------------


@pytest.mark.parametrize("for_others", [MINE, THEIRS])
def test_importing_the_same_file_again_with_keep_both_adds_nothing(ours, theirs, for_others):
    def import_once():
        with open_database(ours) as store:
            plan = merge.plan_import(store, theirs)
            choices = {e.id: BOTH if e.kind in merge.BOTH_KINDS else for_others
                       for e in plan.conflicts if not plan.moot(e, {})}
            merge.apply_import(store, plan, choices)
        return plan

    first = import_once()
    assert first.counts()[ADDED] > 0 and any(e.kind == "measure" for e in first.conflicts)
    after_first, dumped = counts(ours), records(ours)
    second = import_once()
    assert counts(ours) == after_first  # no second copy of any measure, follow-up or evidence
    assert records(ours) == dumped
    # The plan shows nothing new: the copies made the first time are the same records.
    assert second.counts()[ADDED] == 0
    assert [e.id for e in second.conflicts if e.kind in merge.BOTH_KINDS] == []
    if for_others == THEIRS:
        assert second.conflicts == []
    copy = second.entry(f"measure:2569/{FIRST}/1")
    assert copy.status == IDENTICAL and copy.mine.key == (2569, f"{FIRST} (นำเข้าจาก theirs.db)", 1)
    assert second.entry(f"followup:2569/{FIRST}/1/Q3").mine.key[0] == copy.mine.key


def test_keep_both_of_evidence_twice_is_one_second_piece(ours, theirs):
    evidence_conflict = next(e for e in plan_of(ours, theirs).conflicts if e.kind == "evidence")
    for _ in range(2):
        with open_database(ours) as store:
            plan = merge.plan_import(store, theirs)
            choices = {e.id: MINE for e in plan.conflicts} | (
                {evidence_conflict.id: BOTH} if evidence_conflict.id in plan._by_id
                and plan.entry(evidence_conflict.id).status == CONFLICT else {})
            merge.apply_import(store, plan, choices)
            rows = followups.list_followups(store, fiscal_year=2569)
    [first_q1] = [r for r in rows if r["measure_title"] == FIRST and r["period"] == "Q1"]
    assert sorted(e["url"] for e in first_q1["evidence"]) == [
        "https://www.donkaeothong.go.th/manual", "https://www.nongbua.go.th/manual"]
    assert plan.entry(evidence_conflict.id).status == IDENTICAL
