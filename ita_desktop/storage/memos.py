"""Memos (บันทึกข้อความ) that send a year's documents to the chief executive: one per fiscal year
and kind ("measures" sends the measures document, "results" the results report)."""

from __future__ import annotations

import json
from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.errors import InvalidRecordError

KINDS = ("measures", "results")
TEXT_FIELDS = ("number", "subject", "to_whom", "body", "signer_name", "signer_position")
FIELDS = (*TEXT_FIELDS, "date", "extra")
"""Fields save_memo accepts: ``date`` is CE ``yyyy-mm-dd``; ``extra`` a JSON-able dict (comment
blocks for the deputy and the chief executive, etc.)."""


def get_memo(store: Store, *, fiscal_year: int, kind: str) -> dict[str, Any] | None:
    """The memo as a dict (id, fiscal_year, kind, every FIELDS key with ``extra`` parsed to a
    dict, updated_at), or None when none was saved. Raises InvalidRecordError for a bad kind."""
    validation.choice(kind, KINDS, label="ชนิดบันทึกข้อความ")
    rows = list(
        store.db.query(
            "SELECT * FROM memos WHERE fiscal_year = ? AND kind = ?", [fiscal_year, kind]
        )
    )
    if not rows:
        return None
    memo = rows[0]
    try:
        memo["extra"] = json.loads(memo["extra"] or "{}")
    except ValueError:
        memo["extra"] = {}
    return memo


def previous_memo(store: Store, *, fiscal_year: int, kind: str) -> dict[str, Any] | None:
    """The memo of ``kind`` of the latest fiscal year before ``fiscal_year`` (shaped as
    get_memo), or None: what next year's memo starts from (addressee, signers, comment blocks).
    Raises InvalidRecordError for a bad kind."""
    validation.choice(kind, KINDS, label="ชนิดบันทึกข้อความ")
    row = store.db.execute(
        "SELECT max(fiscal_year) FROM memos WHERE fiscal_year < ? AND kind = ?", [fiscal_year, kind]
    ).fetchone()
    return get_memo(store, fiscal_year=row[0], kind=kind) if row and row[0] else None


def save_memo(store: Store, *, fiscal_year: int, kind: str, **fields: Any) -> int:
    """Create the memo or change the given fields (others keep their value); returns its id.

    Raises InvalidRecordError for an unknown field, a bad year, kind or date, or an ``extra``
    that is not a JSON-able dict; nothing is written then.
    """
    validation.fiscal_year(fiscal_year)
    validation.choice(kind, KINDS, label="ชนิดบันทึกข้อความ")
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise InvalidRecordError(f"ไม่รู้จักช่องข้อมูลบันทึกข้อความ: {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "date":
            values[name] = validation.iso_date(value, label="วันที่ของบันทึกข้อความ")
        elif name == "extra":
            values[name] = _extra(value)
        else:
            values[name] = validation.text(value, label=name)
    values["updated_at"] = now_iso()
    columns = ", ".join(values)
    updates = ", ".join(f"{name} = excluded.{name}" for name in values)
    with store.atomic() as db:
        db.execute(
            f"INSERT INTO memos (fiscal_year, kind, {columns}) VALUES (?, ?, "
            f"{', '.join('?' for _ in values)}) ON CONFLICT (fiscal_year, kind) DO UPDATE "
            f"SET {updates}",
            [fiscal_year, kind, *values.values()],
        )
        return db.execute(
            "SELECT id FROM memos WHERE fiscal_year = ? AND kind = ?", [fiscal_year, kind]
        ).fetchone()[0]


def _extra(value: Any) -> str:
    if value is None:
        return "{}"
    if not isinstance(value, dict):
        raise InvalidRecordError("ข้อมูลเพิ่มเติมของบันทึกข้อความต้องเป็น dict")
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise InvalidRecordError(f"ข้อมูลเพิ่มเติมของบันทึกข้อความบันทึกไม่ได้ ({exc})") from exc
