"""Whole records as plain data, and putting them back exactly: what undo needs after a delete.

A *record* is a JSON-able dict of the rows that make up one thing, ids included: a measure with
its responsible units, links, follow-up reports and their evidence; one follow-up report with its
evidence; one responsible unit with every place it is used. ``restore_*`` writes the rows back in
one transaction with the same ids, so later undo steps that name those ids still find them.
A restore refuses (InvalidRecordError) when a row with the record's id exists again.
"""

from __future__ import annotations

from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store
from ita_desktop.storage.errors import InvalidRecordError

Record = dict[str, Any]


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(store.db.query(sql, params))


def _insert(db: Any, table: str, row: dict[str, Any]) -> None:
    columns = list(row)
    db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        [row[c] for c in columns],
    )


# ---------------------------------------------------------------- follow-up reports


def followup_record(store: Store, followup_id: int) -> Record:
    """{"followup": row, "evidence": [rows in id order]}. Raises RecordNotFoundError."""
    row = validation.one_row(
        store, "SELECT * FROM followups WHERE id = ?", [followup_id],
        missing=f"ไม่พบรายงานผลหมายเลข {followup_id}",
    )  # fmt: skip
    evidence = _rows(store, "SELECT * FROM evidence WHERE followup_id = ? ORDER BY id",
                     [followup_id])
    return {"followup": row, "evidence": evidence}


def restore_followup(store: Store, record: Record) -> int:
    """Write a followup_record back (its measure must exist); returns the follow-up id.

    Raises InvalidRecordError when the id or the (measure, period) pair is taken again,
    RecordNotFoundError when the measure is gone.
    """
    row = record["followup"]
    with store.atomic() as db:
        validation.one_row(
            store, "SELECT id FROM measures WHERE id = ?", [row["measure_id"]],
            missing=f"ไม่พบมาตรการหมายเลข {row['measure_id']} (อาจถูกลบไปแล้ว)",
        )  # fmt: skip
        taken = db.execute(
            "SELECT id FROM followups WHERE id = ? OR (measure_id = ? AND period = ?)",
            [row["id"], row["measure_id"], row["period"]],
        ).fetchone()
        if taken:
            raise InvalidRecordError(f"มีรายงานผลรอบ {row['period']} ของมาตรการนี้อยู่แล้ว")
        _insert(db, "followups", row)
        for evidence in record["evidence"]:
            _insert(db, "evidence", evidence)
    return int(row["id"])


def evidence_record(store: Store, evidence_id: int) -> Record:
    """One evidence row (id, followup_id, title, date, url). Raises RecordNotFoundError."""
    return validation.one_row(
        store, "SELECT * FROM evidence WHERE id = ?", [evidence_id],
        missing=f"ไม่พบหลักฐานหมายเลข {evidence_id}",
    )  # fmt: skip


def restore_evidence(store: Store, record: Record) -> int:
    """Write an evidence_record back with its id; returns the id. Raises InvalidRecordError
    when the id is taken, RecordNotFoundError when its follow-up report is gone."""
    with store.atomic() as db:
        validation.one_row(
            store, "SELECT id FROM followups WHERE id = ?", [record["followup_id"]],
            missing=f"ไม่พบรายงานผลหมายเลข {record['followup_id']}",
        )  # fmt: skip
        if db.execute("SELECT 1 FROM evidence WHERE id = ?", [record["id"]]).fetchone():
            raise InvalidRecordError(f"มีหลักฐานหมายเลข {record['id']} อยู่แล้ว")
        _insert(db, "evidence", dict(record))
    return int(record["id"])


# ---------------------------------------------------------------- measures


def measure_record(store: Store, measure_id: int) -> Record:
    """{"measure": row, "units": [{unit_id, position}], "links": [{link_kind, code}] in their
    order, "followups": [followup_record …]}. Raises RecordNotFoundError."""
    row = validation.one_row(
        store, "SELECT * FROM measures WHERE id = ?", [measure_id],
        missing=f"ไม่พบมาตรการหมายเลข {measure_id} (อาจถูกลบไปแล้ว)",
    )  # fmt: skip
    return {
        "measure": row,
        "units": _rows(store, "SELECT unit_id, position FROM measure_units WHERE measure_id = ? "
                       "ORDER BY position", [measure_id]),
        "links": _rows(store, "SELECT link_kind, code FROM measure_links WHERE measure_id = ? "
                       "ORDER BY rowid", [measure_id]),
        "followups": [followup_record(store, f["id"]) for f in _rows(
            store, "SELECT id FROM followups WHERE measure_id = ? ORDER BY id", [measure_id])],
    }


def restore_measure(store: Store, record: Record) -> int:
    """Write a measure_record back at its old position in its fiscal year (later measures move
    down); returns the measure id. Units that were deleted meanwhile are left out.

    Raises InvalidRecordError when a measure with that id exists.
    """
    from ita_desktop.storage.measures import move_measure

    row = dict(record["measure"])
    with store.atomic() as db:
        if db.execute("SELECT 1 FROM measures WHERE id = ?", [row["id"]]).fetchone():
            raise InvalidRecordError(f"มีมาตรการหมายเลข {row['id']} อยู่แล้ว")
        position = row["position"]
        row["position"] = db.execute(
            "SELECT count(*) FROM measures WHERE fiscal_year = ?", [row["fiscal_year"]]
        ).fetchone()[0]
        _insert(db, "measures", row)
        for unit in record["units"]:
            if db.execute("SELECT 1 FROM units WHERE id = ?", [unit["unit_id"]]).fetchone():
                _insert(db, "measure_units", {"measure_id": row["id"], **unit})
        for link in record["links"]:
            _insert(db, "measure_links", {"measure_id": row["id"], **link})
        for followup in record["followups"]:
            restore_followup(store, followup)
        move_measure(store, row["id"], to_position=position)
    return int(row["id"])


# ---------------------------------------------------------------- responsible units


def unit_record(store: Store, unit_id: int) -> Record:
    """{"unit": {id, name}, "measures": {measure_id: [unit ids in order]} for every measure the
    unit is responsible for, "readiness": [{fiscal_year, item_code}] of the OIT items it holds}.
    Raises RecordNotFoundError."""
    unit = validation.one_row(
        store, "SELECT id, name FROM units WHERE id = ?", [unit_id],
        missing=f"ไม่พบหน่วยงานผู้รับผิดชอบหมายเลข {unit_id}",
    )  # fmt: skip
    measures: dict[str, list[int]] = {}
    for (measure_id,) in store.db.execute(
        "SELECT DISTINCT measure_id FROM measure_units WHERE unit_id = ?", [unit_id]
    ):
        measures[str(measure_id)] = [r[0] for r in store.db.execute(
            "SELECT unit_id FROM measure_units WHERE measure_id = ? ORDER BY position",
            [measure_id])]
    readiness = _rows(store, "SELECT fiscal_year, item_code FROM oit_readiness WHERE unit_id = ?",
                      [unit_id])
    return {"unit": unit, "measures": measures, "readiness": readiness}


def restore_unit(store: Store, record: Record) -> int:
    """Put a deleted unit back with its id and name, make it responsible again for the measures
    and OIT items it had (each measure's unit list as it was), and return its id.

    Raises InvalidRecordError when the id or the name is taken again.
    """
    unit = record["unit"]
    with store.atomic() as db:
        if db.execute("SELECT 1 FROM units WHERE id = ? OR name = ?",
                      [unit["id"], unit["name"]]).fetchone():
            raise InvalidRecordError(f"มีหน่วยงานชื่อ “{unit['name']}” อยู่แล้ว")
        _insert(db, "units", {"id": unit["id"], "name": unit["name"]})
        for measure_id, unit_ids in record["measures"].items():
            if not db.execute("SELECT 1 FROM measures WHERE id = ?", [int(measure_id)]).fetchone():
                continue
            db.execute("DELETE FROM measure_units WHERE measure_id = ?", [int(measure_id)])
            for position, other in enumerate(unit_ids):
                if db.execute("SELECT 1 FROM units WHERE id = ?", [other]).fetchone():
                    _insert(db, "measure_units", {"measure_id": int(measure_id),
                                                  "unit_id": other, "position": position})
        for row in record["readiness"]:
            db.execute("UPDATE oit_readiness SET unit_id = ? WHERE fiscal_year = ? AND "
                       "item_code = ?", [unit["id"], row["fiscal_year"], row["item_code"]])
    return int(unit["id"])
