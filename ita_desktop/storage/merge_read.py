"""Reading a whole office file into plain, comparable records (for ita_desktop.storage.merge).

Every record has a *natural key* that means the same thing in any office's file (ids differ
between files and are never compared): an assessment by fiscal_year; a score by (fiscal_year,
code, official); an analysis text by (fiscal_year, scope, key, field); OIT readiness by
(fiscal_year, item_code); a memo by (fiscal_year, kind); a unit by name; a measure by
(fiscal_year, title, n) where n counts measures of the same title in that year in document order
(1 for the first, so copies made with "duplicate" stay apart); a follow-up by (measure key,
period); evidence by (follow-up key, title, date, n); a report picture by (fiscal_year, SHA-256
of its bytes), so the same picture is the same record whatever its caption or place. ``content`` holds the compared values
(timestamps are never compared); ``data`` what a write needs.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ita_desktop.storage.database import Store, open_database
from ita_desktop.storage.profile import PROFILE_FIELDS

ADDED, CONFLICT, IDENTICAL = "added", "conflict", "identical"
"""The status of a record of the other file in an import plan."""
MINE, THEIRS, BOTH = "mine", "theirs", "both"
"""The choices for a conflict: keep ours, take theirs, keep both (BOTH_KINDS only)."""

KINDS = ("profile", "unit", "assessment", "score", "analysis_text", "report_image", "readiness",
         "memo", "measure", "followup", "evidence")
"""Kinds of record in the order they are written (parents before what refers to them)."""
BOTH_KINDS = frozenset({"measure", "evidence"})
"""Kinds whose conflicts may be resolved "both": a second measure (title suffixed), or a
second piece of evidence. Every other record can exist only once under its key."""


@dataclass(frozen=True)
class Record:
    """One record of a file: ``kind`` (KINDS), natural ``key`` (a tuple), ``content`` (the
    compared values, normalised: scores as Decimal, memo extras as dicts), ``data`` (the columns
    to write) and ``parent`` (the key of the measure of a follow-up, the follow-up of evidence)."""

    kind: str
    key: tuple
    content: dict[str, Any]
    data: dict[str, Any]
    parent: tuple | None = None


@dataclass
class OfficeData:
    """Everything mergeable in one file, read at once so the file can be closed again.

    ``records[kind][key]`` in file order; ``frameworks[sha256]`` = {"fiscal_year", "content",
    "source"} for the frameworks its assessments use; ``name`` the office name ('' if unset).
    """

    path: Path | None
    name: str
    records: dict[str, dict[tuple, Record]] = field(default_factory=dict)
    frameworks: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Table:
    sql: str
    key: tuple[str, ...]
    content: tuple[str, ...]
    extra: tuple[str, ...] = ()


TABLES: dict[str, _Table] = {
    "unit": _Table("SELECT name FROM units ORDER BY id", ("name",), ()),
    "assessment": _Table(
        "SELECT a.fiscal_year, f.sha256 AS framework, a.official_rating, a.official_rank, "
        "a.official_rank_of, a.note FROM assessments a JOIN frameworks f ON f.id = a.framework_id "
        "ORDER BY a.fiscal_year",
        ("fiscal_year",), ("framework", "official_rating", "official_rank", "official_rank_of",
                           "note")),
    "score": _Table(
        "SELECT fiscal_year, code, official, score FROM scores "
        "ORDER BY fiscal_year, official, rowid", ("fiscal_year", "code", "official"), ("score",)),
    "analysis_text": _Table(
        "SELECT fiscal_year, scope, key, field, text, drafted, edited FROM analysis_texts "
        "ORDER BY fiscal_year, rowid", ("fiscal_year", "scope", "key", "field"), ("text",),
        ("drafted", "edited")),
    "readiness": _Table(
        "SELECT r.fiscal_year, r.item_code, r.status, r.url, u.name AS unit, r.due_date, r.note "
        "FROM oit_readiness r LEFT JOIN units u ON u.id = r.unit_id "
        "ORDER BY r.fiscal_year, r.item_code",
        ("fiscal_year", "item_code"), ("status", "url", "unit", "due_date", "note")),
    "memo": _Table(
        "SELECT fiscal_year, kind, number, date, subject, to_whom, body, signer_name, "
        "signer_position, extra FROM memos ORDER BY fiscal_year, kind", ("fiscal_year", "kind"),
        ("number", "date", "subject", "to_whom", "body", "signer_name", "signer_position",
         "extra")),
}
"""Kinds that are one row each: the query, its key columns, compared and extra columns."""

MEASURE_FIELDS = ("kind", "analysis", "steps", "target", "start_date", "end_date")
FOLLOWUP_FIELDS = ("status", "results", "outcome", "suggestions")


def _normal(column: str, value: Any) -> Any:
    if value is None:
        return None
    if column == "score":
        return Decimal(value)
    if column == "extra":
        try:
            return json.loads(value or "{}")
        except ValueError:
            return value
    return value


def read_office(path: Path | str) -> OfficeData:
    """Open another office's file read-only, read every record and close it again.

    Raises StorageError (as ``open_database``: not ours, damaged, newer, missing) and leaves the
    file untouched. Safe on a worker thread: it uses a connection of its own.
    """
    store = open_database(path, read_only=True, check_same_thread=False)
    try:
        return read_store(store)
    finally:
        store.close()


def read_store(store: Store) -> OfficeData:
    """Every mergeable record of an open store (see OfficeData)."""
    db = store.db
    profile_row = next(iter(db.query("SELECT * FROM organisation WHERE id = 1")), {})
    data = OfficeData(path=store.path, name=(profile_row.get("name") or "").strip())
    fields = {name: profile_row.get(name) or "" for name in PROFILE_FIELDS}
    fields.update(emblem=profile_row.get("emblem"), emblem_mime=profile_row.get("emblem_mime"))
    data.records["profile"] = ({(): Record("profile", (), fields, dict(fields))}
                               if any(fields.values()) else {})
    for kind, table in TABLES.items():
        found: dict[tuple, Record] = {}
        for row in db.query(table.sql):
            key = tuple(row[c] for c in table.key)
            content = {c: _normal(c, row[c]) for c in table.content}
            found[key] = Record(kind, key, content, dict(row))
        data.records[kind] = found
    used = {r.content["framework"] for r in data.records["assessment"].values()}
    for row in db.query("SELECT fiscal_year, content, sha256, source FROM frameworks"):
        if row["sha256"] in used:
            data.frameworks[row["sha256"]] = {k: row[k] for k in ("fiscal_year", "content",
                                                                  "source")}
    data.records.update(_measures(store))
    data.records["report_image"] = _report_images(store)
    return data


def _report_images(store: Store) -> dict[tuple, Record]:
    found: dict[tuple, Record] = {}
    for row in store.db.query("SELECT fiscal_year, caption, data, mime FROM report_images "
                              "ORDER BY fiscal_year, position, id"):
        key = (row["fiscal_year"], hashlib.sha256(bytes(row["data"])).hexdigest())
        found[key] = Record("report_image", key, {"caption": row["caption"]}, dict(row))
    return found


def _measures(store: Store) -> dict[str, dict[tuple, Record]]:
    db = store.db
    units: dict[int, list[str]] = {}
    for measure_id, name in db.execute(
            "SELECT mu.measure_id, u.name FROM measure_units mu JOIN units u ON u.id = "
            "mu.unit_id ORDER BY mu.measure_id, mu.position"):
        units.setdefault(measure_id, []).append(name)
    links: dict[int, list[tuple[str, str]]] = {}
    for measure_id, kind, code in db.execute(
            "SELECT measure_id, link_kind, code FROM measure_links ORDER BY rowid"):
        links.setdefault(measure_id, []).append((kind, code))
    measures: dict[tuple, Record] = {}
    keys: dict[int, tuple] = {}
    seen: Counter = Counter()
    for row in db.query("SELECT * FROM measures ORDER BY fiscal_year, position, id"):
        seen[(row["fiscal_year"], row["title"])] += 1
        key = (row["fiscal_year"], row["title"], seen[(row["fiscal_year"], row["title"])])
        keys[row["id"]] = key
        content = {c: row[c] for c in MEASURE_FIELDS}
        content["units"] = tuple(units.get(row["id"], ()))
        content["links"] = tuple(sorted(links.get(row["id"], ())))
        data = dict(content, id=row["id"], fiscal_year=row["fiscal_year"], title=row["title"],
                    link_order=links.get(row["id"], []))
        measures[key] = Record("measure", key, content, data)
    followups: dict[tuple, Record] = {}
    followup_keys: dict[int, tuple] = {}
    for row in db.query("SELECT * FROM followups ORDER BY id"):
        key = (keys[row["measure_id"]], row["period"])
        followup_keys[row["id"]] = key
        content = {c: row[c] for c in FOLLOWUP_FIELDS}
        followups[key] = Record("followup", key, content, dict(content, id=row["id"],
                                                                period=row["period"]), key[0])
    evidence: dict[tuple, Record] = {}
    seen.clear()
    for row in db.query("SELECT * FROM evidence ORDER BY id"):
        parent = followup_keys[row["followup_id"]]
        seen[(parent, row["title"], row["date"])] += 1
        key = (parent, row["title"], row["date"], seen[(parent, row["title"], row["date"])])
        evidence[key] = Record("evidence", key, {"url": row["url"]},
                               {k: row[k] for k in ("id", "title", "date", "url")}, parent)
    return {"measure": measures, "followup": followups, "evidence": evidence}
