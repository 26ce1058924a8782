"""Undoable edits of OIT readiness: per OIT item of a fiscal year its status, URL, responsible
unit, due date and note (``document.readiness``); each announces
``document.changed(READINESS, fiscal_year)``. Projections come from ita_desktop.projection."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ita_desktop.storage import readiness
from ui.edits.base import Area, ValuesEdit

if TYPE_CHECKING:
    from ita_desktop import projection

READINESS = "readiness"
FIELDS = ("status", "url", "unit_id", "due_date", "note")


class _SetReadiness(ValuesEdit):
    def __init__(self, area: ReadinessEdits, fiscal_year: int, code: str, old: dict | None,
                 new: dict | None, text: str):
        super().__init__(area.document, text)
        self.area, self.fiscal_year, self.code, self.old, self.new = (area, fiscal_year, code,
                                                                     old, new)

    def _write(self, values: dict | None) -> None:
        if values is None:
            readiness.clear_readiness(self.area.store, fiscal_year=self.fiscal_year,
                                      item_code=self.code)
        else:
            readiness.set_readiness(self.area.store, fiscal_year=self.fiscal_year,
                                    item_code=self.code, **values)
        self.area.document.announce(READINESS, self.fiscal_year)



class ReadinessEdits(Area):
    """Reading the OIT items with their readiness and projection, and undoable marking."""

    def items(self, fiscal_year: int) -> list[projection.OitItemReadiness]:
        from ita_desktop import projection  # with the section, not at start-up

        return projection.oit_items(self.store, fiscal_year)

    def project(self, fiscal_year: int) -> projection.OitProjection:
        from ita_desktop import projection

        return projection.project(self.store, fiscal_year=fiscal_year)

    def overdue(self, fiscal_year: int, *, today: dt.date | None = None) -> list:
        from ita_desktop import projection

        return projection.overdue_items(self.project(fiscal_year), today=today or dt.date.today())

    def set(self, fiscal_year: int, item_code: str, **fields: Any) -> bool:
        """Change some FIELDS of one item (the others keep their value; an item not marked yet
        starts as "missing"). Dates: ``datetime.date`` or CE ISO text."""
        rows = {r["item_code"]: r for r in readiness.list_readiness(self.store,
                                                                    fiscal_year=fiscal_year)}
        current = rows.get(item_code)
        old = {k: current[k] for k in FIELDS} if current else None
        new = dict(old or {"status": "missing", "url": None, "unit_id": None, "due_date": None,
                           "note": ""})
        for name, value in fields.items():
            if isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(value, str):
                value = value.strip() or (None if name in ("url", "due_date") else "")
            new[name] = value
        if new == old:
            return True
        return bool(self.run(_SetReadiness(self, fiscal_year, item_code, old, new,
                                           self.tr("Mark OIT item %1").replace("%1", item_code))))

    def set_unit(self, fiscal_year: int, item_code: str, name: str) -> bool:
        """Make the unit called ``name`` responsible for one item (blank: none). A name that is
        not a unit yet is added (``document.measures.add_unit``) in the same undo step."""
        name = (name or "").strip()
        units = {u["name"]: u["id"] for u in self.document.measures.units()}
        if not name or name in units:
            return self.set(fiscal_year, item_code, unit_id=units.get(name))
        if self.store.read_only:
            self.document.report_failure(self.store.read_only_reason or QCoreApplication.translate(
                "Document", "This file is open read-only"))
            return False
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Mark OIT item %1").replace("%1", item_code))
        try:
            unit_id = self.document.measures.add_unit(name)
            return bool(unit_id) and self.set(fiscal_year, item_code, unit_id=unit_id)
        finally:
            stack.endMacro()

    def clear(self, fiscal_year: int, item_code: str) -> bool:
        """Forget an item's readiness (it shows as not marked again)."""
        rows = {r["item_code"]: r for r in readiness.list_readiness(self.store,
                                                                    fiscal_year=fiscal_year)}
        if item_code not in rows:
            return True
        old = {k: rows[item_code][k] for k in FIELDS}
        return bool(self.run(_SetReadiness(self, fiscal_year, item_code, old, None,
                                           self.tr("Clear OIT item %1").replace("%1", item_code))))
