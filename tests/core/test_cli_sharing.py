"""``ita import-file`` and ``ita compare``, run as staff and scripts would run them."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
from pathlib import Path

import pytest

from ita_desktop.cli import main
from ita_desktop.demo import build_demo
from ita_desktop.storage import assessments, measures, open_database, profile


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("cli-sharing") / "example.db")


@pytest.fixture
def pair(tmp_path, example) -> tuple[Path, Path]:
    """Ours, and another office's file with one conflicting score and one new measure."""
    ours, theirs = tmp_path / "ours.db", tmp_path / "theirs.db"
    shutil.copyfile(example, ours)
    shutil.copyfile(example, theirs)
    with open_database(theirs) as store:
        profile.save_profile(store, name="เทศบาลตำบลหนองบัวงาม")
        assessments.set_scores(store, fiscal_year=2568, scores={"i1": "90"})
        measures.add_measure(store, fiscal_year=2569, title="มาตรการใหม่ของเทศบาล")
    return ours, theirs


def titles(path: Path) -> list[str]:
    with open_database(path, read_only=True) as store:
        return [m["title"] for m in measures.list_measures(store, fiscal_year=2569)]


def score(path: Path, code: str):
    with open_database(path, read_only=True) as store:
        return assessments.get_scores(store, fiscal_year=2568)[code]


def test_dry_run_prints_the_plan_and_writes_nothing(capsys, pair):
    ours, theirs = pair
    before = sha256(ours)
    code, out, _ = run(capsys, "import-file", ours, theirs, "--dry-run")
    assert code == 0
    assert "เพิ่ม 1 รายการ · ขัดแย้ง 1 รายการ · เหมือนกัน" in out
    assert "ขัดแย้ง: คะแนน i1 ปีงบประมาณ 2568 — คะแนน: ของเรา 86.42 / ไฟล์ที่นำเข้า 90" in out
    assert "[เลือกได้: mine, theirs]" in out
    assert "เพิ่ม: มาตรการ 1" in out and "เทศบาลตำบลหนองบัวงาม" in out
    assert "ไม่ได้เขียนไฟล์" in out
    assert sha256(ours) == before
    assert list(ours.parent.glob("*.before-import-*")) == []


def test_conflicts_without_take_are_refused(capsys, pair):
    ours, theirs = pair
    before = sha256(ours)
    code, out, err = run(capsys, "import-file", ours, theirs)
    assert code == 1 and "--take" in err and "ขัดแย้ง: คะแนน i1" in out
    assert sha256(ours) == before


@pytest.mark.parametrize(("take", "i1"), [("mine", "86.42"), ("theirs", "90"), ("both", "86.42")])
def test_take_applies_to_every_conflict_after_a_safety_copy(capsys, pair, take, i1):
    ours, theirs = pair
    before = sha256(ours)
    code, out, _ = run(capsys, "import-file", ours, theirs, "--take", take)
    assert code == 0, out
    assert str(score(ours, "i1")) == i1
    assert titles(ours)[-1] == "มาตรการใหม่ของเทศบาล"
    backup = next(ours.parent.glob("ours.before-import-*.db"))
    assert sha256(backup) != sha256(ours) and f"สำรองไฟล์ก่อนนำเข้าไว้ที่ {backup}" in out
    assert "นำเข้าแล้ว: เพิ่ม 1 รายการ" in out
    assert before != sha256(ours)
    if take == "both":  # a score cannot be kept twice: ours stays, and the output says so
        assert "เก็บทั้งสองได้เฉพาะมาตรการและหลักฐาน" in out


def test_take_both_keeps_a_second_measure(capsys, pair):
    ours, theirs = pair
    with open_database(theirs) as store:
        first = measures.list_measures(store, fiscal_year=2569)[0]
        measures.update_measure(store, first["id"], target="เป้าหมายของเทศบาล")
    code, out, _ = run(capsys, "import-file", ours, theirs, "--take", "both")
    assert code == 0
    assert f"{first['title']} (นำเข้าจาก theirs.db)" in titles(ours)


def test_the_same_file_imported_again_adds_nothing(capsys, pair):
    ours, theirs = pair
    with open_database(theirs) as store:
        first = measures.list_measures(store, fiscal_year=2569)[0]
        measures.update_measure(store, first["id"], target="เป้าหมายของเทศบาล")
    assert run(capsys, "import-file", ours, theirs, "--take", "both")[0] == 0
    after, kept = sha256(ours), titles(ours)
    code, out, _ = run(capsys, "import-file", ours, theirs, "--take", "both")
    assert code == 0 and "เพิ่ม 0 รายการ · ขัดแย้ง 1 รายการ" in out  # the score: one of each
    assert "ไม่มีข้อมูลที่ต้องนำเข้า ไฟล์ไม่ได้เปลี่ยน" in out
    assert titles(ours) == kept and sha256(ours) == after


@pytest.mark.parametrize("take", ["mine", "theirs"])
def test_imported_scores_say_which_analysis_needs_a_redraft(capsys, pair, take):
    ours, _theirs = pair
    code, out, _ = run(capsys, "check", ours)
    assert code == 0 and "analysis texts were drafted from earlier data" not in out
    code, out, _ = run(capsys, "import-file", *pair, "--take", take)
    assert code == 0
    stale = "ข้อความวิเคราะห์ปีงบประมาณ 2568 ร่างไว้จากคะแนนก่อนนำเข้า" in out
    assert stale == (take == "theirs")  # i1 90 replaced the 86.42 the texts were drafted from
    code, out, _ = run(capsys, "check", ours)
    notes, year = {}, None  # the note lines under each year's line
    for line in out.splitlines():
        if line[:2] == "  " and line[2:6].isdigit():
            year = line[2:6]
        elif line.startswith("    note:"):
            notes.setdefault(year, []).append(line)
    noted = [y for y, found in notes.items()
             if any("analysis texts were drafted from earlier data" in n for n in found)]
    assert noted == (["2568"] if take == "theirs" else [])


def test_nothing_to_import_writes_nothing(capsys, tmp_path, example):
    ours = tmp_path / "ours.db"
    shutil.copyfile(example, ours)
    before = sha256(ours)
    code, out, _ = run(capsys, "import-file", ours, example)
    assert code == 0 and "ไม่มีข้อมูลที่ต้องนำเข้า" in out
    assert sha256(ours) == before and list(tmp_path.glob("*.before-import-*")) == []


def test_a_refused_other_file_leaves_both_untouched(capsys, pair, tmp_path):
    ours, _ = pair
    bad = tmp_path / "bad.db"
    bad.write_text("not a database", encoding="utf-8")
    before = sha256(ours)
    code, _, err = run(capsys, "import-file", ours, bad)
    assert code == 1 and "ไม่ใช่ไฟล์ SQLite" in err
    assert sha256(ours) == before and bad.read_text(encoding="utf-8") == "not a database"


def test_compare_prints_offices_and_writes_csv(capsys, pair, tmp_path):
    ours, theirs = pair
    bad = tmp_path / "bad.db"
    bad.write_text("x", encoding="utf-8")
    out_csv = tmp_path / "out.csv"
    code, out, err = run(capsys, "compare", "--fiscal-year", "๒๕๖๘", ours, theirs, bad,
                         "--csv", out_csv)
    assert code == 0
    assert "ปีงบประมาณ 2568: 2 หน่วยงาน" in out
    assert "องค์การบริหารส่วนตำบลดอนแก้วทอง (ours.db)" in out
    assert "เทศบาลตำบลหนองบัวงาม (theirs.db)" in out
    assert "85.92" in out
    assert "bad.db" in err
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert [r["file"] for r in rows] == ["ours.db", "theirs.db", "bad.db"]


def test_compare_a_folder(capsys, pair):
    ours, _ = pair
    code, out, _ = run(capsys, "compare", "--fiscal-year", "2568", ours.parent)
    assert code == 0 and "2 หน่วยงาน" in out


def test_compare_with_no_office_for_the_year_fails(capsys, pair):
    ours, _ = pair
    code, _, err = run(capsys, "compare", "--fiscal-year", "2560", ours)
    assert code == 1 and "2560" in err
