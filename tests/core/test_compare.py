"""Compare offices (ita_desktop.compare): totals as workbook.published_of gives them, bad files
listed with their message, and many files opened, read and closed in turn."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from ita_desktop import compare, workbook
from ita_desktop.demo import build_demo
from ita_desktop.numbers import format_score
from ita_desktop.storage import assessments, open_database, profile


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    return build_demo(tmp_path_factory.mktemp("compare") / "example.db")


def office(folder: Path, example: Path, name: str, **scores: str) -> Path:
    """A copy of the example renamed to ``name`` with some 2568 scores changed (and then
    without the example's published 2568 figures, which would win over the new scores)."""
    path = folder / f"{name}.db"
    shutil.copyfile(example, path)
    with open_database(path) as store:
        profile.save_profile(store, name=name)
        if scores:
            assessments.set_scores(store, fiscal_year=2568, scores=scores)
            published = assessments.get_scores(store, fiscal_year=2568, official=True)
            assessments.set_scores(store, fiscal_year=2568, official=True,
                                   scores=dict.fromkeys(published))
            assessments.set_official(store, fiscal_year=2568)
    return path


def test_totals_ratings_tools_and_indicators_match_published_of(tmp_path, example):
    paths = [office(tmp_path, example, "อบต.ก"), office(tmp_path, example, "อบต.ข", i1="40",
                                                        o10="100", e9="100")]
    result = compare.compare_offices(paths, fiscal_year=2568)
    assert [o.name for o in result.offices] == ["อบต.ก", "อบต.ข"] and result.problems == []
    for row, path in zip(result.offices, paths, strict=True):
        with open_database(path, read_only=True) as store:
            expected = workbook.published_of(store, 2568)
        assert row.total == expected.total and row.rating == expected.rating
        assert row.tools == {c: expected.tools[c] for c in ("IIT", "EIT", "OIT")}
        assert row.indicators == expected.indicators
    assert result.offices[0].total != result.offices[1].total


def test_bad_files_and_missing_years_are_listed_with_their_message(tmp_path, example):
    good = office(tmp_path, example, "อบต.ก")
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(example.read_bytes()[:5000])
    missing = tmp_path / "gone.db"
    result = compare.compare_offices([good, text, foreign, truncated, missing, good],
                                     fiscal_year=2568)
    assert [o.path for o in result.offices] == [good]  # listed once though given twice
    problems = dict(result.problems)
    assert set(problems) == {text, foreign, truncated, missing}
    assert "ไม่ใช่ไฟล์ SQLite" in problems[text]
    assert "โปรแกรมอื่น" in problems[foreign]
    assert "ไม่สมบูรณ์" in problems[truncated]
    assert "ไม่พบไฟล์" in problems[missing]
    other_year = compare.compare_offices([good], fiscal_year=2560)
    assert other_year.offices == [] and "2560" in other_year.problems[0][1]


def test_a_damaged_framework_copy_is_listed_not_fatal(tmp_path, example):
    path = office(tmp_path, example, "อบต.ค")
    with open_database(path) as store:
        store.db.execute("UPDATE frameworks SET content = '{\"fiscal_year\": 2568}'")
        store.db.conn.commit()
    result = compare.compare_offices([path], fiscal_year=2568)
    assert result.offices == [] and result.problems[0][0] == path


def test_files_are_left_closed_and_unchanged(tmp_path, example):
    path = office(tmp_path, example, "อบต.ก")
    before = path.read_bytes()
    compare.compare_offices([path], fiscal_year=2568)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-journal").exists()
    path.rename(tmp_path / "moved.db")  # nothing holds it open (matters on Windows)


def test_csv_has_every_office_and_problem(tmp_path, example):
    paths = [office(tmp_path, example, "อบต.ก"), tmp_path / "gone.db"]
    result = compare.compare_offices(paths, fiscal_year=2568)
    rows = list(csv.DictReader(io.StringIO(compare.to_csv(result))))
    assert [r["office"] for r in rows] == ["อบต.ก", ""]
    assert rows[0]["total"] == format_score(result.offices[0].total) == "85.92"
    assert rows[0]["IIT"] == format_score(result.offices[0].tools["IIT"]) and rows[0]["10"]
    assert rows[0]["rating"] == result.offices[0].rating and rows[0]["error"] == ""
    assert rows[1]["file"] == "gone.db" and "ไม่พบไฟล์" in rows[1]["error"]


def test_folder_lists_database_files_without_safety_copies(tmp_path, example):
    for name in ("o10.db", "o2.db", "o1.ita", "notes.txt", "o1.before-import-20250101-101010.db",
                 "o1.backup-v1-20250101-101010.db"):
        shutil.copyfile(example, tmp_path / name)
    (tmp_path / "sub.db").mkdir()
    assert [p.name for p in compare.database_files(tmp_path)] == ["o1.ita", "o2.db", "o10.db"]


def copies(folder: Path, example: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        path = folder / f"office-{i:03d}.db"
        shutil.copyfile(example, path)
        paths.append(path)
    return paths


def test_300_files_are_read_one_after_another(tmp_path, example, monkeypatch):
    paths = copies(tmp_path, example, 300)
    open_now = []
    real_open = compare.open_database

    def counting_open(path, **kwargs):
        store = real_open(path, **kwargs)
        open_now.append(store)
        assert sum(_is_open(s) for s in open_now) == 1  # the others were closed
        return store

    monkeypatch.setattr(compare, "open_database", counting_open)
    seen = []
    result = compare.compare_offices(paths, fiscal_year=2568,
                                     progress=lambda done, total: seen.append((done, total)))
    assert len(result.offices) == 300 and result.problems == []
    assert seen[-1] == (300, 300)
    assert {o.total for o in result.offices} == {result.offices[0].total}
    assert not any(_is_open(s) for s in open_now)


def _is_open(store) -> bool:
    try:
        store.db.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return False
    return True


@pytest.mark.slow
def test_300_distinct_offices_with_every_year(tmp_path, example):
    paths = copies(tmp_path, example, 300)
    for i, path in enumerate(paths[::10]):
        with open_database(path) as store:
            assessments.set_scores(store, fiscal_year=2567, scores={"1": str(50 + i)})
    files = compare.read_office_files(paths)
    assert compare.fiscal_years_of(files) == [2566, 2567, 2568]
    year = compare.comparison_for(files, 2567)
    assert len(year.offices) == 300
    assert len({o.indicators[1] for o in year.offices}) == 31
