"""Analysis texts of an assessment: drafts the program offers and the office's own wording.

A text is addressed by ``(scope, key, field)``: scope "overall" (key ""), "indicator" (key "1".."10")
or "issue" (key "1".."7"); field names the paragraph, e.g. "strengths", "cause", "improvement".
``drafted`` keeps the last draft offered; ``edited`` is 1 once the office's text differs from it.
A new draft never replaces text the office edited unless asked to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.errors import InvalidRecordError, RecordNotFoundError

SCOPES = ("overall", "indicator", "issue")

TextKey = tuple[str, str, str]
"""(scope, key, field)"""


def get_texts(store: Store, *, fiscal_year: int) -> dict[TextKey, dict[str, Any]]:
    """All texts of ``fiscal_year``: {(scope, key, field): {"text": str, "drafted": str,
    "edited": bool, "updated_at": str | None}}. An unknown year gives {}."""
    return {
        (row["scope"], row["key"], row["field"]): {
            "text": row["text"],
            "drafted": row["drafted"],
            "edited": bool(row["edited"]),
            "updated_at": row["updated_at"],
        }
        for row in store.db.query(
            "SELECT * FROM analysis_texts WHERE fiscal_year = ? ORDER BY rowid", [fiscal_year]
        )
    }


def save_draft(
    store: Store,
    *,
    fiscal_year: int,
    drafts: Mapping[TextKey, str],
    replace_edited: bool = False,
) -> list[TextKey]:
    """Offer generated drafts; returns the keys whose text was kept because the office edited it.

    A key with no text yet, or whose text was not edited, gets the draft. An edited text is kept
    (its ``drafted`` still records the new draft, so the UI can show both) unless
    ``replace_edited=True``, which replaces it and clears ``edited``. Raises InvalidRecordError
    for a bad scope or blank field, RecordNotFoundError when the year has no assessment.
    """
    cleaned = {_key(key): validation.text(text, label="ข้อความ") for key, text in drafts.items()}
    skipped: list[TextKey] = []
    with store.atomic() as db:
        _require(db, store, fiscal_year)
        existing = get_texts(store, fiscal_year=fiscal_year)
        stamp = now_iso()
        for key, draft in cleaned.items():
            current = existing.get(key)
            if current is not None and current["edited"] and not replace_edited:
                keep = current["text"]
                if keep != draft:
                    skipped.append(key)
                _write(db, fiscal_year, key, text=keep, drafted=draft, stamp=stamp)
            else:
                _write(db, fiscal_year, key, text=draft, drafted=draft, stamp=stamp)
    return skipped


def edit_text(
    store: Store, *, fiscal_year: int, scope: str, key: str, field: str, text: str
) -> None:
    """Save the office's wording for one text; ``edited`` becomes 1 when it differs from the last
    draft offered (0 when it equals it, e.g. after undoing an edit). Raises as save_draft."""
    address = _key((scope, key, field))
    text = validation.text(text, label="ข้อความ")
    with store.atomic() as db:
        _require(db, store, fiscal_year)
        row = db.execute(
            "SELECT drafted FROM analysis_texts "
            "WHERE fiscal_year = ? AND scope = ? AND key = ? AND field = ?",
            [fiscal_year, *address],
        ).fetchone()
        drafted = row[0] if row else ""
        _write(db, fiscal_year, address, text=text, drafted=drafted, stamp=now_iso())


def _key(address: Any) -> TextKey:
    if not isinstance(address, tuple) or len(address) != 3:
        raise InvalidRecordError(f"ตำแหน่งข้อความ “{address!r}” ต้องเป็น (scope, key, field)")
    scope, key, field = address
    validation.choice(scope, SCOPES, label="ขอบเขตการวิเคราะห์")
    key = validation.text(str(key), label="รหัส")
    field = validation.text(field, label="ชื่อช่องข้อความ", required=True)
    return (scope, key, field)


def _require(db: Any, store: Store, fiscal_year: int) -> None:
    if not db.execute("SELECT 1 FROM assessments WHERE fiscal_year = ?", [fiscal_year]).fetchone():
        raise RecordNotFoundError(f"ยังไม่มีผลการประเมินปีงบประมาณ {fiscal_year}", path=store.path)


def _write(db: Any, fiscal_year: int, key: TextKey, *, text: str, drafted: str, stamp: str) -> None:
    db.execute(
        "INSERT INTO analysis_texts (fiscal_year, scope, key, field, text, drafted, edited, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (fiscal_year, scope, key, field) DO UPDATE SET text = excluded.text, "
        "drafted = excluded.drafted, edited = excluded.edited, updated_at = excluded.updated_at",
        [fiscal_year, *key, text, drafted, int(text != drafted), stamp],
    )
