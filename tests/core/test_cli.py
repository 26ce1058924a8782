"""The ``ita`` command line, run as staff and scripts would run it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ita_desktop.cli import main

PHOCHAI = ["1=100", "2=100", "3=100", "4=100", "5=100", "6=97.34", "7=98.12", "8=96.16",
           "9=100", "10=100"]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_score_json_phochai(capsys):
    code, out, _ = run(capsys, "score", "--fiscal-year", "2567", "--json", *PHOCHAI)
    assert code == 0
    data = json.loads(out)
    assert data["total"] == "99.16"
    # EIT part 1 and 2 are not known from indicator scores: the rating is left open
    assert data["rating"] is None and data["rating_status"] == "undetermined"
    assert data["rating_candidates"] == ["ผ่านดีเยี่ยม", "ผ่านดี"]
    assert data["rating_needs"] == ["EIT1", "EIT2"]
    assert data["tools"] == {"IIT": "100.00", "EIT": "97.21", "OIT": "100.00"}
    assert data["indicators"]["6"] == "97.34"
    assert set(data) >= {"fiscal_year", "total", "rating", "tools", "indicators", "not_scored"}


def test_score_thai_digits_and_text_output(capsys):
    code, out, _ = run(capsys, "score", "--fiscal-year", "๒๕๖๗", "IIT=๙๕", "EIT1=90", "EIT2=88",
                       "OIT=76.5")
    assert code == 0
    assert "คะแนนรวม: 85.80" in out  # 28.5 + 13.5 + 13.2 + 30.6
    assert "ผ่าน" in out


def test_score_reports_not_scored_distinct_from_zero(capsys):
    code, out, _ = run(capsys, "score", "--fiscal-year", "2567", "--json", "EIT=90", "OIT=0")
    data = json.loads(out)
    assert code == 0 and "IIT" in data["not_scored"] and data["tools"]["OIT"] == "0.00"


@pytest.mark.parametrize(
    ("arg", "fragment"),
    [("i1=101", "101"), ("i1=-1", "-1"), ("i1=", "ยังไม่ได้กรอก"), ("i1=abc", "abc"),
     ("i1=94,95", "94.95"), ("zz=50", "zz"), ("i1", "รหัส=คะแนน")],
)
def test_score_bad_input_names_the_value(capsys, arg, fragment):
    code, out, err = run(capsys, "score", "--fiscal-year", "2567", arg)
    assert code == 1 and out == ""
    assert fragment in err


def test_score_duplicate_code_and_unknown_year(capsys):
    code, _, err = run(capsys, "score", "--fiscal-year", "2567", "i1=50", "I1=60")
    assert code == 1 and "ซ้ำ" in err
    code, _, err = run(capsys, "score", "--fiscal-year", "2599", "1=50")
    assert code == 1 and "2599" in err and "2567" in err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "example.db"
    assert main(["demo", str(path)]) == 0
    return path


def copy_of(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / path.name
    target.write_bytes(path.read_bytes())
    return target


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_then_check(capsys, demo_db):
    code, out, _ = run(capsys, "check", str(demo_db))
    assert code == 0
    assert "integrity ok" in out and "2568" in out and "2566" in out


def test_check_shows_published_and_computed_figures_and_an_open_rating(capsys, tmp_path):
    from ita_desktop import workbook
    from ita_desktop.storage import assessments, open_database

    path = tmp_path / "phochai.db"
    with open_database(path, create=True) as store:
        workbook.start_assessment(store, fiscal_year=2567)
        workbook.enter_scores(store, fiscal_year=2567,
                              pairs=[p.split("=") for p in PHOCHAI])
        assessments.set_scores(store, fiscal_year=2567, official=True,
                               scores={"TOTAL": "99.20"})
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0
    assert "documents print total 99.20 (published), rating open" in out
    assert "note: TOTAL (official) computed 99.16, other 99.20" in out
    assert "EIT1, EIT2" in out
    with open_database(path) as store:
        assessments.set_official(store, fiscal_year=2567, rating="ผ่านดีเยี่ยม")
    code, out, _ = run(capsys, "check", str(path))
    assert "rating ผ่านดีเยี่ยม (official)" in out and "EIT1, EIT2" not in out


def test_demo_refuses_to_overwrite(capsys, demo_db):
    code, _, err = run(capsys, "demo", str(demo_db))
    assert code == 1 and "--force" in err


def test_check_fails_on_not_a_database(capsys, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("hello", encoding="utf-8")
    before = sha(bad)
    code, _, err = run(capsys, "check", str(bad))
    assert code == 1 and "notes.db" in err
    assert sha(bad) == before


def test_check_fails_on_a_broken_stored_framework(capsys, demo_db, tmp_path):
    import sqlite3

    path = copy_of(demo_db, tmp_path)
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT id, content FROM frameworks LIMIT 1").fetchone()
    document = json.loads(row[1])
    document["tools"][0]["weight"] = "99"
    conn.execute("UPDATE frameworks SET content = ? WHERE id = ?",
                 (json.dumps(document, ensure_ascii=False), row[0]))
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "check", str(path))
    assert code == 1 and "weights sum to" in err


def test_import_scores_csv_all_or_nothing(capsys, demo_db, tmp_path):
    path = copy_of(demo_db, tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("fiscal_year,code,score,official\n2567,1,88.5,\n2567,i99,50,\n"
                   "2567,2,94,95,\n2599,1,50,\n2567,3,๙๙.๕,\n", encoding="utf-8")
    before = sha(path)
    code, _, err = run(capsys, "import-scores", str(path), str(bad))
    assert code == 1
    assert "แถว 3" in err and "i99" in err
    assert "แถว 5" in err and "2599" in err
    assert sha(path) == before, "nothing is written when any row is bad"
    good = tmp_path / "good.csv"
    good.write_text("\ufefffiscal_year,code,score,official\n2567,1,88.5,\n2567,TOTAL,90.12,yes\n"
                    "๒๕๖๘,6,๙๙.๕,\n", encoding="utf-8")
    code, out, _ = run(capsys, "import-scores", str(path), str(good))
    assert code == 0 and "3" in out
    code, out, _ = run(capsys, "export", str(path), "--fiscal-year", "2567")
    data = json.loads(out)
    assert data["entered"]["1"] == "88.5" and data["official"]["TOTAL"] == "90.12"
    code, _, err = run(capsys, "import-scores", str(path), str(good).replace("good", "nope"))
    assert code == 1 and "nope" in err


def test_import_scores_creates_the_assessment_with_its_framework(capsys, tmp_path):
    from ita_desktop.storage import open_database

    path = tmp_path / "new.db"
    open_database(path, create=True).close()
    scores = tmp_path / "s.csv"
    scores.write_text("fiscal_year,code,score\n" + "".join(
        f"2567,{code},{value}\n" for code, value in
        zip(range(1, 11), ["100"] * 5 + ["97.34", "98.12", "96.16", "100", "100"], strict=True)),
        encoding="utf-8")
    assert run(capsys, "import-scores", str(path), str(scores))[0] == 0
    code, out, _ = run(capsys, "export", str(path), "--fiscal-year", "2567")
    data = json.loads(out)
    assert data["result"]["total"] == "99.16"
    assert data["framework"]["fiscal_year"] == 2567


def test_import_scores_xlsx(capsys, demo_db, tmp_path):
    from openpyxl import Workbook

    path = copy_of(demo_db, tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(["fiscal_year", "code", "score"])
    sheet.append([2567, "7", 91.25])
    sheet.append([2567, "IIT", "๙๕"])
    book.save(tmp_path / "scores.xlsx")
    code, _, _ = run(capsys, "import-scores", str(path), str(tmp_path / "scores.xlsx"))
    assert code == 0
    _, out, _ = run(capsys, "export", str(path), "--fiscal-year", "2567")
    data = json.loads(out)
    assert data["entered"]["7"] == "91.25" and data["entered"]["IIT"] == "95"


def test_export_csv_round_trips_through_import(capsys, demo_db, tmp_path):
    code, out, _ = run(capsys, "export", str(demo_db), "--fiscal-year", "2568", "--format", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "fiscal_year,code,score,official,source"
    assert "2568,e9,65.20,,entered" in lines
    assert any(line.startswith("2568,TOTAL,") and line.endswith(",computed") for line in lines)
    fresh = tmp_path / "fresh.db"
    assert main(["demo", str(fresh)]) == 0
    exported = tmp_path / "2568.csv"
    exported.write_text(out, encoding="utf-8")
    code, _, err = run(capsys, "import-scores", str(fresh), str(exported))
    assert code == 0, err


def test_export_missing_year(capsys, demo_db):
    code, _, err = run(capsys, "export", str(demo_db), "--fiscal-year", "2550")
    assert code == 1 and "2550" in err and "2567" in err
