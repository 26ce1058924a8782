"""Files edited by hand in another tool: rows that break the schema's rules, and stored frameworks
that are no longer whole. Checked read-only before a file is used (checks.inspect_file), so such a
file is refused with a message naming the first problems and stays byte-identical.

SQLite's ``integrity_check`` (3.40 here) does not re-check CHECK constraints, and another tool
can switch them off (``PRAGMA ignore_check_constraints``) or write with foreign keys off. So the
rows are copied into an in-memory database built by this program's own schema steps: whatever
CHECK, NOT NULL or UNIQUE rule a row breaks fails there, and ``PRAGMA foreign_key_check`` finds
rows pointing at nothing. Every framework an assessment uses must still validate
(framework.framework_from_document), since results, analysis and documents are computed from it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ita_desktop.storage import schema
from ita_desktop.storage.errors import CorruptDatabaseError

MAX_LISTED = 3
"""Problems named in the message; the rest are counted."""


class BrokenRulesError(CorruptDatabaseError):
    """The file is a whole SQLite database of ours, but some rows break its rules or a stored
    framework does not validate; ``problems`` lists them (Thai)."""

    def __init__(self, message: str, *, path: Path, problems: list[str]):
        super().__init__(message, path=path)
        self.problems = problems


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _describe(message: str, columns: list[str], values: tuple) -> str:
    """SQLite's IntegrityError message in words, naming the column and its value."""
    kind, _, detail = message.partition(" constraint failed: ")
    named = [c for c in columns if c in re.findall(r"[A-Za-z_]+", detail)]
    column = named[0] if named else ""
    value = values[columns.index(column)] if column else None
    shown = "" if value is None else f" (“{str(value)[:40]}”)"
    if kind == "NOT NULL":
        return f"ช่อง {column} ว่าง"
    if kind == "UNIQUE":
        return f"ช่อง {column}{shown} ซ้ำกับแถวอื่น"
    if kind == "CHECK" and column:
        return f"ค่าในช่อง {column}{shown} ไม่ถูกต้อง"
    return message


def _row_problems(conn: sqlite3.Connection, limit: int) -> list[str]:
    mem = sqlite3.connect(":memory:")
    try:
        schema.MIGRATIONS.apply(Database(mem, execute_plugins=False))
        mem.execute("PRAGMA foreign_keys=OFF")  # references are checked on the file itself
        problems: list[str] = []
        for table in sorted(schema.TABLES_BY_VERSION[schema.SCHEMA_VERSION]):
            columns = [c for c in _columns(conn, table) if c in set(_columns(mem, table))]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            insert = (f'INSERT INTO "{table}" ({names}) VALUES '
                      f'({", ".join("?" for _ in columns)})')
            rows = conn.execute(f'SELECT rowid, {names} FROM "{table}"').fetchall()
            mem.execute("SAVEPOINT table_copy")
            try:
                mem.executemany(insert, [row[1:] for row in rows])
                mem.execute("RELEASE table_copy")
                continue
            except sqlite3.IntegrityError:
                mem.execute("ROLLBACK TO table_copy")
                mem.execute("RELEASE table_copy")
            for row in rows:  # find which rows (only on a file that failed)
                try:
                    mem.execute(insert, row[1:])
                except sqlite3.IntegrityError as exc:
                    problems.append(f"ตาราง {table} แถวที่ {row[0]}: "
                                    f"{_describe(str(exc), columns, row[1:])}")
                    if len(problems) >= limit:
                        return problems
        return problems
    finally:
        mem.close()


def _framework_problems(conn: sqlite3.Connection) -> list[str]:
    from ita_desktop.framework import FrameworkError, framework_from_document

    problems = []
    for year, content in conn.execute(
        "SELECT a.fiscal_year, f.content FROM assessments a JOIN frameworks f "
        "ON f.id = a.framework_id ORDER BY a.fiscal_year"
    ):
        try:
            framework_from_document(json.loads(content), origin=f"framework {year}")
        except (ValueError, TypeError, KeyError, FrameworkError) as exc:
            problems.append(f"กรอบการประเมินปีงบประมาณ {year} ที่เก็บในไฟล์ไม่สมบูรณ์ ({exc})")
    return problems


def check_rules(conn: sqlite3.Connection, path: Path) -> None:
    """Raise BrokenRulesError when rows of the file on ``conn`` (read-only, at this program's
    schema version) break the schema's rules, point at missing rows, or when a stored framework
    does not validate. Reads only."""
    problems = [f"ตาราง {table} แถวที่ {rowid} อ้างถึงข้อมูลในตาราง {parent} ที่ไม่มีอยู่"
                for table, rowid, parent, _n in conn.execute("PRAGMA foreign_key_check")]
    if len(problems) < MAX_LISTED:
        problems += _row_problems(conn, MAX_LISTED - len(problems))
    problems += _framework_problems(conn)
    if not problems:
        return
    listed = "; ".join(problems[:MAX_LISTED])
    more = f" และอีก {len(problems) - MAX_LISTED} รายการ" if len(problems) > MAX_LISTED else ""
    raise BrokenRulesError(
        f"ไฟล์ “{path.name}” มีข้อมูลที่ไม่ถูกต้องตามรูปแบบของ ITA Desktop (อาจถูกแก้ไขด้วยโปรแกรมอื่น) "
        f"จึงไม่ได้เปิดใช้และไม่ได้แก้ไขไฟล์: {listed}{more} กรุณาใช้ไฟล์สำรอง",
        path=path, problems=problems)
