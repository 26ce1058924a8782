"""Schema upgrades: a backup is written first, each released fixture opens and migrates, and a
failing step leaves the file as it was."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ita_desktop.storage import (
    SCHEMA_VERSION,
    MigrationError,
    NewerSchemaError,
    assessments,
    followups,
    measures,
    memos,
    open_database,
    profile,
    readiness,
    report_images,
    schema,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-v*.db"), key=lambda p: int(p.stem.split("-v")[1]))
BACKUP_NAME = re.compile(r"^(?P<stem>.+)\.backup-v(?P<version>\d+)-\d{8}-\d{6}(-\d+)?\.db$")


def backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if BACKUP_NAME.match(p.name))


def rows(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_fixture_exists_for_the_current_schema():
    """Adding a step means committing its fixture (run make_fixtures.py)."""
    assert FIXTURES / f"schema-v{SCHEMA_VERSION}.db" in RELEASED


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.name)
def test_released_fixture_opens_and_has_everything(fixture: Path, tmp_path: Path):
    version = int(fixture.stem.split("-v")[1])
    raw = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == version
    raw.close()
    path = tmp_path / "office.db"
    shutil.copy(fixture, path)

    store = open_database(path)
    assert store.schema_version == SCHEMA_VERSION
    assert set(store.db.table_names()) >= schema.TABLES_BY_VERSION[SCHEMA_VERSION]
    if version < SCHEMA_VERSION:
        assert store.backup_path is not None and store.backup_path.exists()
    else:
        assert store.backup_path is None

    office = profile.get_profile(store)
    assert office["name"] == "เทศบาลตำบลตัวอย่าง"
    assert office["emblem"].startswith(b"\x89PNG") and office["emblem_mime"] == "image/png"
    assert assessments.list_fiscal_years(store) == [2567]
    assert assessments.framework_for(store, 2567)["fiscal_year"] == 2567
    assert assessments.get_scores(store, fiscal_year=2567)["EIT"] == Decimal("97.2067")
    assert assessments.get_scores(store, fiscal_year=2567, official=True) == {
        "TOTAL": Decimal("99.16")
    }
    assert assessments.get_assessment(store, 2567)["official_rating"] == "ผ่านดีเยี่ยม"
    [measure] = measures.list_measures(store, fiscal_year=2568)
    assert measure["units"] == ["สำนักปลัด", "กองคลัง"]
    assert measure["links"]["item"] == ["i1", "o10"]
    [report] = followups.list_followups(store, fiscal_year=2568)
    assert report["evidence"][0]["url"] == "https://www.example.go.th/ita/o10"
    assert readiness.list_readiness(store, fiscal_year=2568)[0]["unit_name"] == "สำนักปลัด"
    assert memos.get_memo(store, fiscal_year=2568, kind="measures")["extra"] == {
        "deputy_comment": True
    }
    images = report_images.list_images(store, fiscal_year=2567)
    if version >= 2:
        assert [(i["caption"], i["mime"]) for i in images] == [
            ("ผลการประเมินภาพรวมจากระบบ ITAS", "image/png")]
        assert images[0]["data"].startswith(b"\x89PNG")
    else:
        assert images == []  # the step added the table, empty
    store.close()


def test_file_at_version_zero_is_backed_up_then_migrated(tmp_path: Path):
    """A file whose migrations table records no step yet: the backup path really runs."""
    path = tmp_path / "office.db"
    old = Database(path)
    schema.MIGRATIONS.ensure_migrations_table(old)
    old.close()
    before = rows(path)

    store = open_database(path)
    assert store.schema_version == SCHEMA_VERSION
    [backup] = backups(tmp_path)
    assert store.backup_path == backup
    match = BACKUP_NAME.match(backup.name)
    assert (match["stem"], match["version"]) == ("office", "0")
    assert rows(backup) == before, "the backup is the file as it was before the upgrade"
    store.close()


@pytest.fixture
def with_test_step(monkeypatch):
    """Pretend the app has one more step than the released schema (a test-only m002)."""

    def install(step):
        extra = Migrations(schema.MIGRATIONS.name)
        for name in schema.STEPS:
            extra(name=name)(getattr(schema, name))
        extra(name=step.__name__)(step)
        version = SCHEMA_VERSION + 1
        monkeypatch.setattr(schema, "MIGRATIONS", extra)
        monkeypatch.setattr(schema, "STEPS", [*schema.STEPS, step.__name__])
        monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
        tables = {**schema.TABLES_BY_VERSION}
        tables[version] = tables[SCHEMA_VERSION] | {"test_extra"}
        monkeypatch.setattr(schema, "TABLES_BY_VERSION", tables)
        return version

    return install


def m900_test_extra(db: Database) -> None:
    db.execute("CREATE TABLE test_extra (id INTEGER PRIMARY KEY, note TEXT)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def m900_test_broken(db: Database) -> None:
    db.execute("CREATE TABLE test_extra (id INTEGER PRIMARY KEY)")
    db.execute("PRAGMA user_version = 99")
    db.execute("INSERT INTO no_such_table VALUES (1)")


def test_current_file_is_backed_up_before_a_new_step(tmp_path: Path, with_test_step):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURES / f"schema-v{SCHEMA_VERSION}.db", path)
    before = rows(path)
    version = with_test_step(m900_test_extra)

    store = open_database(path)
    assert store.schema_version == version
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == version
    assert "test_extra" in store.db.table_names()
    assert profile.get_profile(store)["name"] == "เทศบาลตำบลตัวอย่าง"
    [backup] = backups(tmp_path)
    assert store.backup_path == backup
    assert BACKUP_NAME.match(backup.name)["version"] == str(SCHEMA_VERSION)
    assert rows(backup) == before
    store.close()

    again = open_database(path)  # no second backup once up to date
    assert again.backup_path is None and backups(tmp_path) == [backup]
    again.close()


def test_failing_step_is_rolled_back_and_reported(tmp_path: Path, with_test_step):
    path = tmp_path / "office.db"
    shutil.copy(FIXTURES / f"schema-v{SCHEMA_VERSION}.db", path)
    before = rows(path)
    with_test_step(m900_test_broken)

    with pytest.raises(MigrationError) as caught:
        open_database(path)
    assert caught.value.backup_path is not None and caught.value.backup_path.exists()
    assert caught.value.backup_path.name in str(caught.value)
    assert rows(path) == before, "the failed step left nothing behind"


def test_app_older_than_the_file_after_a_new_step(tmp_path: Path, with_test_step, monkeypatch):
    """The other side: a file upgraded by a newer app is refused by this one, untouched."""
    path = tmp_path / "office.db"
    shutil.copy(FIXTURES / f"schema-v{SCHEMA_VERSION}.db", path)
    with_test_step(m900_test_extra)
    open_database(path).close()
    monkeypatch.undo()  # back to this app's real schema
    assert schema.SCHEMA_VERSION == SCHEMA_VERSION
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError) as caught:
        open_database(path)
    assert (caught.value.file_version, caught.value.app_version) == (
        SCHEMA_VERSION + 1,
        SCHEMA_VERSION,
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
