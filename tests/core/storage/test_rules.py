"""Files edited by hand in another tool are refused, untouched, with the problems named."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ita_desktop.demo import build_demo
from ita_desktop.storage import open_database
from ita_desktop.storage.rules import BrokenRulesError


@pytest.fixture
def example(tmp_path) -> Path:
    return build_demo(tmp_path / "example.db")


def edit_by_hand(path: Path, *statements: str) -> str:
    """Run SQL with the rules switched off, as another tool can; returns the file's sha256."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints=ON")
    conn.execute("PRAGMA foreign_keys=OFF")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("statement,named", [
    ("UPDATE scores SET score = 'abc' WHERE rowid = 1", "ค่าในช่อง score (“abc”) ไม่ถูกต้อง"),
    ("UPDATE scores SET score = '140' WHERE rowid = 2", "ค่าในช่อง score (“140”) ไม่ถูกต้อง"),
    ("UPDATE measures SET title = '   ' WHERE id = 1", "ค่าในช่อง title"),
    ("UPDATE measures SET end_date = '2020-01-01' WHERE id = 1", "ตาราง measures แถวที่ 1"),
    ("UPDATE evidence SET url = 'javascript:alert(1)'", "ค่าในช่อง url"),
    ("UPDATE followups SET status = 'finished' WHERE id = 1", "ค่าในช่อง status (“finished”)"),
    ("INSERT INTO measure_units (measure_id, unit_id, position) VALUES (999, 1, 0)",
     "อ้างถึงข้อมูลในตาราง measures ที่ไม่มีอยู่"),
    ("DELETE FROM units WHERE id = 1", "อ้างถึงข้อมูลในตาราง units ที่ไม่มีอยู่"),
])
def test_rows_breaking_the_rules_are_refused_and_named(example, statement, named):
    digest = edit_by_hand(example, statement)
    with pytest.raises(BrokenRulesError) as refused:
        open_database(example)
    assert named in str(refused.value) and "ไฟล์สำรอง" in str(refused.value)
    assert hashlib.sha256(example.read_bytes()).hexdigest() == digest  # untouched


@pytest.mark.parametrize("change", [
    lambda doc: doc.pop("tools"),
    lambda doc: doc["tools"].pop(),  # weights no longer sum to 100
    lambda doc: doc["indicators"][0].update(items=["nope"]),
    lambda doc: doc.update(rating={"levels": []}),
])
def test_a_stored_framework_with_missing_pieces_is_refused(example, change):
    conn = sqlite3.connect(example)
    framework_id, content = conn.execute(
        "SELECT f.id, f.content FROM frameworks f JOIN assessments a ON a.framework_id = f.id "
        "WHERE a.fiscal_year = 2568").fetchone()
    conn.close()
    document = json.loads(content)
    change(document)
    text = json.dumps(document, ensure_ascii=False).replace("'", "''")
    digest = edit_by_hand(example, f"UPDATE frameworks SET content = '{text}' "
                                   f"WHERE id = {framework_id}")
    with pytest.raises(BrokenRulesError, match="กรอบการประเมินปีงบประมาณ 2568"):
        open_database(example)
    assert hashlib.sha256(example.read_bytes()).hexdigest() == digest


def test_the_message_names_the_first_three_problems(example):
    open_database(example).close()  # the example itself breaks no rule
    edit_by_hand(example, "UPDATE scores SET score = 'x'")
    with pytest.raises(BrokenRulesError) as refused:
        open_database(example)
    assert len(refused.value.problems) == 3 and "และอีก" not in str(refused.value)
