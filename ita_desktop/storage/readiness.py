"""OIT readiness: for each OIT item of a fiscal year, whether its information is on the website
(with the URL assessors will open), who is responsible and by when it must be ready."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store

STATUSES = ("published", "needs_update", "missing")


def set_readiness(
    store: Store,
    *,
    fiscal_year: int,
    item_code: str,
    status: str,
    url: str | None = None,
    unit_id: int | None = None,
    due_date: date | str | None = None,
    note: str = "",
) -> None:
    """Create or replace the readiness of one OIT item (e.g. "o34" or "O12").

    ``status`` is one of STATUSES; ``url`` http(s); ``due_date`` CE ``yyyy-mm-dd``. Raises
    InvalidRecordError (bad year, blank code, status, URL or date), RecordNotFoundError (unit).
    """
    values = [
        validation.fiscal_year(fiscal_year),
        validation.text(item_code, label="รหัสข้อ OIT", required=True),
        validation.choice(status, STATUSES, label="สถานะการเผยแพร่"),
        validation.url(url, label="ลิงก์ข้อมูล OIT"),
        unit_id,
        validation.iso_date(due_date, label="กำหนดเสร็จ"),
        validation.text(note, label="หมายเหตุ"),
    ]
    with store.atomic() as db:
        if unit_id is not None:
            validation.one_row(
                store, "SELECT id FROM units WHERE id = ?", [unit_id],
                missing=f"ไม่พบหน่วยงานผู้รับผิดชอบหมายเลข {unit_id}",
            )  # fmt: skip
        db.execute(
            "INSERT INTO oit_readiness (fiscal_year, item_code, status, url, unit_id, due_date, "
            "note) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fiscal_year, item_code) DO UPDATE "
            "SET status = excluded.status, url = excluded.url, unit_id = excluded.unit_id, "
            "due_date = excluded.due_date, note = excluded.note",
            values,
        )


def clear_readiness(store: Store, *, fiscal_year: int, item_code: str) -> None:
    """Forget the readiness of one item (no error when there is none)."""
    with store.atomic() as db:
        db.execute(
            "DELETE FROM oit_readiness WHERE fiscal_year = ? AND item_code = ?",
            [fiscal_year, item_code],
        )


def list_readiness(store: Store, *, fiscal_year: int) -> list[dict[str, Any]]:
    """Readiness rows of ``fiscal_year`` in item order (o1, o2, … o10): dicts with fiscal_year,
    item_code, status, url, unit_id, unit_name (None without a unit), due_date, note."""
    rows = list(
        store.db.query(
            "SELECT r.*, u.name AS unit_name FROM oit_readiness r LEFT JOIN units u "
            "ON u.id = r.unit_id WHERE r.fiscal_year = ?",
            [fiscal_year],
        )
    )
    return sorted(rows, key=lambda row: _natural(row["item_code"]))


def overdue(store: Store, *, fiscal_year: int, today: date) -> list[dict[str, Any]]:
    """Rows (as list_readiness) not yet published whose due date is before ``today``."""
    cutoff = today.isoformat()
    return [
        row
        for row in list_readiness(store, fiscal_year=fiscal_year)
        if row["status"] != "published" and row["due_date"] and row["due_date"] < cutoff
    ]


def _natural(code: str) -> list[Any]:
    return [(0, int(part), "") if part.isdigit() else (1, 0, part.lower())
            for part in re.split(r"(\d+)", code) if part]  # fmt: skip


def linked_measures(store: Store, *, fiscal_year: int) -> dict[str, list[dict[str, Any]]]:
    """The measures of ``fiscal_year`` linked to each item code (lower-cased): {code: [{id,
    title}] in measure order}; the measures that fix each OIT item."""
    linked: dict[str, list[dict[str, Any]]] = {}
    for code, measure_id, title in store.db.execute(
        "SELECT ml.code, m.id, m.title FROM measure_links ml JOIN measures m ON m.id = "
        "ml.measure_id WHERE m.fiscal_year = ? AND ml.link_kind = 'item' ORDER BY m.position, m.id",
        [fiscal_year],
    ):
        linked.setdefault(code.strip().lower(), []).append({"id": measure_id, "title": title})
    return linked
