"""Undoable edits of the memos (บันทึกข้อความ) of a fiscal year (``document.memos``): number, date,
subject, addressee, body, signer and ``extra`` (closing, comment blocks and their people); each
announces ``document.changed(MEMOS, fiscal_year)``. What prints is
ita_desktop.documents.memo_draft.memo_fields: the stored fields, then last year's memo for the
addressee and signers, then the draft."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ita_desktop.storage import memos
from ui.edits.base import Area, ValuesEdit

MEMOS = "memos"


class _SaveMemo(ValuesEdit):
    def __init__(self, area: MemoEdits, fiscal_year: int, kind: str, old: dict, new: dict,
                 text: str):
        super().__init__(area.document, text)
        self.area, self.fiscal_year, self.kind, self.old, self.new = (area, fiscal_year, kind,
                                                                     old, new)

    def _write(self, values: dict) -> None:
        memos.save_memo(self.area.store, fiscal_year=self.fiscal_year, kind=self.kind, **values)
        self.area.document.announce(MEMOS, self.fiscal_year)



class MemoEdits(Area):
    """Reading and undoable editing of stored memo fields (storage.memos)."""

    def get(self, fiscal_year: int, kind: str) -> dict | None:
        return memos.get_memo(self.store, fiscal_year=fiscal_year, kind=kind)

    def previous(self, fiscal_year: int, kind: str) -> dict | None:
        return memos.previous_memo(self.store, fiscal_year=fiscal_year, kind=kind)

    def save(self, fiscal_year: int, kind: str, **fields: Any) -> bool:
        """Store some fields (storage.memos.FIELDS; ``date`` a date or CE ISO text; ``extra`` a
        dict that replaces the stored one). Unchanged values are left out."""
        current = self.get(fiscal_year, kind) or {}
        old, new = {}, {}
        for name, value in fields.items():
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, str):
                value = value.strip()
            stored = current.get(name)
            if name == "extra":
                stored = stored or {}
                value = dict(value or {})
            elif name == "date":
                value = value or None
            else:
                stored = stored or ""
                value = value or ""
            if value != stored:
                old[name] = stored if name != "date" or stored else None
                new[name] = value
        if not new:
            return True
        return bool(self.run(_SaveMemo(self, fiscal_year, kind, old, new,
                                       self.tr("Edit memo"))))
