"""The schema itself refuses bad rows, even when written with raw SQL past the area modules."""

from __future__ import annotations

import sqlite3

import pytest

from ita_desktop.storage import SCHEMA_VERSION, Store, schema


def sql(store: Store, statement: str, *params) -> None:
    with store.atomic() as db:
        db.execute(statement, list(params))


@pytest.fixture
def rows(assessed: Store) -> Store:
    sql(assessed, "INSERT INTO units (id, name) VALUES (1, 'สำนักปลัด')")
    sql(
        assessed, "INSERT INTO measures (id, fiscal_year, position, title) VALUES (1, 2568, 0, 'ม')"
    )
    sql(assessed, "INSERT INTO measure_units (measure_id, unit_id) VALUES (1, 1)")
    sql(
        assessed,
        "INSERT INTO followups (id, measure_id, period, status) VALUES (1, 1, 'Q1', 'done')",
    )
    return assessed


def test_schema_version_matches_steps_and_tables(store: Store):
    assert SCHEMA_VERSION == len(schema.STEPS) == max(schema.TABLES_BY_VERSION)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = set(store.db.table_names()) - {"_sqlite_migrations"}
    assert tables == schema.TABLES_BY_VERSION[SCHEMA_VERSION]


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO organisation (id) VALUES (2)",
        "INSERT INTO organisation (id, emblem) VALUES (1, x'89')",  # image without its type
        "INSERT INTO scores (fiscal_year, code, score) VALUES (2567, 'i1', '100.01')",
        "INSERT INTO scores (fiscal_year, code, score) VALUES (2567, 'i1', '-1')",
        "INSERT INTO scores (fiscal_year, code, score) VALUES (2567, 'i1', 'abc')",
        "INSERT INTO scores (fiscal_year, code, score) VALUES (2567, 'i1', '')",
        "INSERT INTO scores (fiscal_year, code, official, score) VALUES (2567, 'i1', 2, '5')",
        "INSERT INTO scores (fiscal_year, code, score) VALUES (2599, 'i1', '5')",  # no assessment
        "INSERT INTO analysis_texts (fiscal_year, scope, key, field, text) "
        "VALUES (2567, 'chapter', '1', 'f', 't')",
        "INSERT INTO units (name) VALUES ('  ')",
        "INSERT INTO units (name) VALUES ('สำนักปลัด')",
        "INSERT INTO measures (fiscal_year, position, title) VALUES (2568, 1, ' ')",
        "INSERT INTO measures (fiscal_year, position, title, kind) VALUES (2568, 1, 't', 'แผน')",
        "INSERT INTO measures (fiscal_year, position, title, start_date, end_date) "
        "VALUES (2568, 1, 't', '2025-03-01', '2025-02-01')",
        "INSERT INTO measures (fiscal_year, position, title, start_date) "
        "VALUES (2568, 1, 't', '1/3/2025')",
        "INSERT INTO measure_units (measure_id, unit_id) VALUES (1, 99)",
        "INSERT INTO measure_links (measure_id, link_kind, code) VALUES (1, 'tool', 'IIT')",
        "INSERT INTO followups (measure_id, period, status) VALUES (1, 'Q2', 'waiting')",
        "INSERT INTO followups (measure_id, period, status) VALUES (1, 'Q1', 'done')",
        "INSERT INTO evidence (followup_id, title, url) VALUES (1, 'ประกาศ', 'www.x.go.th')",
        "INSERT INTO evidence (followup_id, title, url) VALUES (1, 'ประกาศ', 'ftp://x.go.th')",
        "INSERT INTO oit_readiness (fiscal_year, item_code, status, url) "
        "VALUES (2568, 'o1', 'published', 'javascript:alert(1)')",
        "INSERT INTO oit_readiness (fiscal_year, item_code, status) VALUES (2568, 'o1', 'done')",
        "INSERT INTO memos (fiscal_year, kind) VALUES (2568, 'analysis')",
        "DELETE FROM units WHERE id = 1",  # still responsible for a measure
    ],
)
def test_constraint_refuses(rows: Store, dump, statement: str):
    before = dump(rows)
    with pytest.raises(sqlite3.IntegrityError):
        sql(rows, statement)
    assert dump(rows) == before


def test_deleting_an_assessment_cascades_to_scores_and_texts(rows: Store):
    sql(rows, "INSERT INTO scores (fiscal_year, code, score) VALUES (2567, 'TOTAL', '99.16')")
    sql(
        rows,
        "INSERT INTO analysis_texts (fiscal_year, scope, key, field, text) "
        "VALUES (2567, 'overall', '', 'summary', 'ดี')",
    )
    sql(rows, "DELETE FROM assessments WHERE fiscal_year = 2567")
    count = lambda table: rows.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert (count("scores"), count("analysis_texts")) == (0, 0)


def test_deleting_a_measure_cascades_and_a_unit_is_set_null_on_readiness(rows: Store):
    sql(rows, "INSERT INTO evidence (followup_id, title) VALUES (1, 'รูปถ่าย')")
    sql(rows, "INSERT INTO measure_links (measure_id, link_kind, code) VALUES (1, 'item', 'o1')")
    sql(rows, "DELETE FROM measures WHERE id = 1")
    for table in ("measure_units", "measure_links", "followups", "evidence"):
        assert rows.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    sql(rows, "INSERT INTO oit_readiness (fiscal_year, item_code, status, unit_id) "
              "VALUES (2568, 'o1', 'missing', 1)")  # fmt: skip
    sql(rows, "DELETE FROM units WHERE id = 1")
    assert rows.db.execute("SELECT unit_id FROM oit_readiness").fetchone()[0] is None
