"""The database schema, as sqlite-utils ``Migrations`` steps of the set ``"ita_desktop"``.

The schema version of a file is the number of steps applied (mirrored in ``PRAGMA user_version``,
which each step sets to its own number inside its transaction). **A step that has shipped is never
edited**: change the schema by appending a step, add its tables to ``TABLES_BY_VERSION``, and
commit a fixture ``tests/core/storage/fixtures/schema-v<N>.db`` made by ``make_fixtures.py``.

Tables with CHECK constraints or ON DELETE actions are written as explicit ``CREATE TABLE`` SQL
(sqlite-utils' ``create()`` cannot express CHECK constraints); the SQL is also frozen text, so a
step produces the same schema whatever sqlite-utils version runs it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("ita_desktop")
STEPS: list[str] = []
"""Names of the steps, in order; a file's schema version is how many of them it has applied."""


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    STEPS.append(fn.__name__)
    return MIGRATIONS()(fn)


_HTTP = "{col} IS NULL OR {col} LIKE 'http://%' OR {col} LIKE 'https://%'"
_ISO_DATE = "{col} IS NULL OR date({col}) IS {col}"


@_step
def m001_initial(db: Database) -> None:
    """Schema 1: profile, frameworks, assessments and scores, analysis texts, measures, follow-up,
    OIT readiness and memos."""
    text_fields = (
        "name", "office_type", "district", "province", "address", "phone", "unit_name",
        "doc_prefix", "chief_name", "chief_position", "deputy_name", "deputy_position",
        "reporter_name", "reporter_position",
    )  # fmt: skip
    db.execute(
        "CREATE TABLE organisation (\n"
        "  id INTEGER PRIMARY KEY CHECK (id = 1),\n"
        + "".join(f"  {field} TEXT NOT NULL DEFAULT '',\n" for field in text_fields)
        + "  emblem BLOB,\n"
        "  emblem_mime TEXT,\n"
        "  updated_at TEXT,\n"
        "  CHECK ((emblem IS NULL) = (emblem_mime IS NULL))\n"
        ")"
    )
    db["frameworks"].create(
        {
            "id": int,
            "fiscal_year": int,
            "content": str,
            "sha256": str,
            "source": str,
            "copied_at": str,
        },
        pk="id",
        not_null={"fiscal_year", "content", "sha256"},
    )
    db["frameworks"].create_index(["sha256"], unique=True)
    db["assessments"].create(
        {
            "fiscal_year": int,
            "framework_id": int,
            "official_rating": str,
            "official_rank": int,
            "official_rank_of": str,
            "note": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="fiscal_year",
        foreign_keys=[("framework_id", "frameworks", "id")],
        not_null={"framework_id", "note"},
        defaults={"note": ""},
    )
    db.execute("CREATE INDEX assessments_framework ON assessments (framework_id)")
    db.execute(
        """CREATE TABLE scores (
  fiscal_year INTEGER NOT NULL REFERENCES assessments (fiscal_year) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (trim(code) <> ''),
  official INTEGER NOT NULL DEFAULT 0 CHECK (official IN (0, 1)),
  score TEXT NOT NULL CHECK (
    score GLOB '[0-9]*' AND score NOT GLOB '*[^0-9.]*'
    AND CAST(score AS REAL) BETWEEN 0 AND 100),
  PRIMARY KEY (fiscal_year, code, official)
)"""
    )
    db.execute(
        """CREATE TABLE analysis_texts (
  fiscal_year INTEGER NOT NULL REFERENCES assessments (fiscal_year) ON DELETE CASCADE,
  scope TEXT NOT NULL CHECK (scope IN ('overall', 'indicator', 'issue')),
  key TEXT NOT NULL,
  field TEXT NOT NULL CHECK (trim(field) <> ''),
  text TEXT NOT NULL,
  drafted TEXT NOT NULL DEFAULT '',
  edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
  updated_at TEXT,
  PRIMARY KEY (fiscal_year, scope, key, field)
)"""
    )
    db.execute(
        """CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (trim(name) <> '')
)"""
    )
    db.execute(
        f"""CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  fiscal_year INTEGER NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  title TEXT NOT NULL CHECK (trim(title) <> ''),
  kind TEXT NOT NULL DEFAULT 'มาตรการ' CHECK (kind IN ('มาตรการ', 'โครงการ', 'กิจกรรม')),
  analysis TEXT NOT NULL DEFAULT '',
  steps TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL DEFAULT '',
  start_date TEXT CHECK ({_ISO_DATE.format(col="start_date")}),
  end_date TEXT CHECK ({_ISO_DATE.format(col="end_date")}),
  created_at TEXT,
  updated_at TEXT,
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
)"""
    )
    db.execute("CREATE INDEX measures_year ON measures (fiscal_year, position)")
    db.execute(
        """CREATE TABLE measure_units (
  measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (measure_id, unit_id)
)"""
    )
    db.execute("CREATE INDEX measure_units_unit ON measure_units (unit_id)")
    db.execute(
        """CREATE TABLE measure_links (
  measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  link_kind TEXT NOT NULL CHECK (link_kind IN ('indicator', 'issue', 'item')),
  code TEXT NOT NULL CHECK (trim(code) <> ''),
  PRIMARY KEY (measure_id, link_kind, code)
)"""
    )
    db.execute(
        """CREATE TABLE followups (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (trim(period) <> ''),
  status TEXT NOT NULL DEFAULT 'not_started'
    CHECK (status IN ('not_started', 'in_progress', 'done', 'cancelled')),
  results TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  suggestions TEXT NOT NULL DEFAULT '',
  updated_at TEXT,
  UNIQUE (measure_id, period)
)"""
    )
    db.execute(
        f"""CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  followup_id INTEGER NOT NULL REFERENCES followups (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (trim(title) <> ''),
  date TEXT CHECK ({_ISO_DATE.format(col="date")}),
  url TEXT CHECK ({_HTTP.format(col="url")})
)"""
    )
    db.execute("CREATE INDEX evidence_followup ON evidence (followup_id)")
    db.execute(
        f"""CREATE TABLE oit_readiness (
  fiscal_year INTEGER NOT NULL,
  item_code TEXT NOT NULL CHECK (trim(item_code) <> ''),
  status TEXT NOT NULL CHECK (status IN ('published', 'needs_update', 'missing')),
  url TEXT CHECK ({_HTTP.format(col="url")}),
  unit_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
  due_date TEXT CHECK ({_ISO_DATE.format(col="due_date")}),
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (fiscal_year, item_code)
)"""
    )
    db.execute("CREATE INDEX oit_readiness_unit ON oit_readiness (unit_id)")
    db.execute(
        f"""CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  fiscal_year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('measures', 'results')),
  number TEXT NOT NULL DEFAULT '',
  date TEXT CHECK ({_ISO_DATE.format(col="date")}),
  subject TEXT NOT NULL DEFAULT '',
  to_whom TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  signer_name TEXT NOT NULL DEFAULT '',
  signer_position TEXT NOT NULL DEFAULT '',
  extra TEXT NOT NULL DEFAULT '{{}}',
  updated_at TEXT,
  UNIQUE (fiscal_year, kind)
)"""
    )
    db.execute("PRAGMA user_version = 1")


@_step
def m002_report_images(db: Database) -> None:
    """Schema 2: pictures the office adds to a year's analysis report (e.g. screenshots of the
    NACC's results page), with their captions, in order; they travel in the file."""
    db.execute(
        """CREATE TABLE report_images (
  id INTEGER PRIMARY KEY,
  fiscal_year INTEGER NOT NULL REFERENCES assessments (fiscal_year) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  caption TEXT NOT NULL DEFAULT '',
  data BLOB NOT NULL CHECK (length(data) > 0),
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg'))
)"""
    )
    db.execute("CREATE INDEX report_images_year ON report_images (fiscal_year, position)")
    db.execute("PRAGMA user_version = 2")


SCHEMA_VERSION = len(STEPS)
"""This program's schema version: the number of steps above."""

TABLES_BY_VERSION: dict[int, frozenset[str]] = {
    0: frozenset(),
    1: frozenset(
        {
            "organisation",
            "frameworks",
            "assessments",
            "scores",
            "analysis_texts",
            "units",
            "measures",
            "measure_units",
            "measure_links",
            "followups",
            "evidence",
            "oit_readiness",
            "memos",
        }
    ),
}
TABLES_BY_VERSION[2] = TABLES_BY_VERSION[1] | {"report_images"}
"""The tables a file at each schema version must have (checked on open)."""
