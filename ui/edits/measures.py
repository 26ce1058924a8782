"""Undoable edits of the measures table and the office's responsible units (``document.measures``).

Signals: ``document.changed(MEASURES, fiscal_year)`` after a measure is added, deleted or moved
(the row set changes) and ``measure_updated(measure_id)`` after one measure's fields change (one
row changes); ``document.changed(UNITS, 0)`` after the unit list changes. Fields are those of
``storage.measures.update_measure``; ``units`` are given by name (a new name adds the unit, and
undo removes it again when nothing else uses it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal

from ita_desktop.storage import measures, records
from ui.edits.base import Area, Edit
from ui.edits.measure_rows import DeleteMeasures, MoveMeasures, block_moves, moves_to

MEASURES = "measures"
UNITS = "units"


def _created_units(store, names: Iterable[Any]) -> list[str]:
    """The names among ``names`` that are not units yet (what an edit will add)."""
    known = {unit["name"] for unit in measures.list_units(store)}
    return [str(n).strip() for n in names if isinstance(n, str) and n.strip() not in known]


def _drop_unused_units(store, names: Iterable[str]) -> None:
    for unit in measures.list_units(store):
        if unit["name"] in names and not measures.unit_usage(store, unit["id"])["measures"]:
            measures.delete_unit(store, unit["id"])


class _AddMeasures(Edit):
    """Add measures (made by ``make()``, returning their ids); undo deletes them (whole records
    kept), redo restores the same ids."""

    def __init__(self, area: MeasureEdits, fiscal_year: int, make, text: str):
        super().__init__(area.document, text)
        self.area, self.fiscal_year, self.make = area, fiscal_year, make
        self.ids: list[int] = []
        self.records: list[dict] = []
        self.units: list[str] = []

    def first(self):
        before = {u["name"] for u in measures.list_units(self.area.store)}
        with self.area.store.atomic():
            self.ids = list(self.make())
        self.units = [u["name"] for u in measures.list_units(self.area.store)
                      if u["name"] not in before]
        self.area.structure_changed(self.fiscal_year, units=bool(self.units))
        return self.ids

    def back(self):
        store = self.area.store
        with store.atomic():
            self.records = [records.measure_record(store, i) for i in self.ids]
            for measure_id in reversed(self.ids):
                measures.delete_measure(store, measure_id)
            _drop_unused_units(store, self.units)
        self.area.structure_changed(self.fiscal_year, units=bool(self.units))

    def again(self):
        store = self.area.store
        with store.atomic():
            for name in self.units:
                measures.add_unit(store, name)
            for record in self.records:
                record["units"] = [u for u in record["units"] if _unit_exists(store, u["unit_id"])]
                records.restore_measure(store, record)
        self.area.structure_changed(self.fiscal_year, units=bool(self.units))


def _unit_exists(store, unit_id: int) -> bool:
    return any(u["id"] == unit_id for u in measures.list_units(store))


class _DeleteMeasure(Edit):
    def __init__(self, area: MeasureEdits, measure_id: int, text: str):
        super().__init__(area.document, text)
        self.area, self.measure_id = area, measure_id
        self.record: dict = {}

    def first(self):
        self.again()

    def again(self):
        self.record = records.measure_record(self.area.store, self.measure_id)
        measures.delete_measure(self.area.store, self.measure_id)
        self.area.structure_changed(self.record["measure"]["fiscal_year"])

    def back(self):
        records.restore_measure(self.area.store, self.record)
        self.area.structure_changed(self.record["measure"]["fiscal_year"])


class _UpdateMeasure(Edit):
    def __init__(self, area: MeasureEdits, measure_id: int, old: dict, new: dict, text: str):
        super().__init__(area.document, text)
        self.area, self.measure_id, self.old, self.new = area, measure_id, old, new
        self.units: list[str] = []

    def first(self):
        self.units = _created_units(self.area.store, self.new.get("units") or ())
        self.again()

    def again(self):
        measures.update_measure(self.area.store, self.measure_id, **self.new)
        self.area.updated(self.measure_id, units=bool(self.units))

    def back(self):
        with self.area.store.atomic():
            measures.update_measure(self.area.store, self.measure_id, **self.old)
            _drop_unused_units(self.area.store, self.units)
        self.area.updated(self.measure_id, units=bool(self.units))


class _MoveMeasure(Edit):
    def __init__(self, area: MeasureEdits, measure_id: int, old: int, new: int, year: int,
                 text: str):
        super().__init__(area.document, text)
        self.area, self.measure_id, self.old, self.new, self.year = (area, measure_id, old, new,
                                                                     year)

    def first(self):
        self.again()

    def again(self):
        measures.move_measure(self.area.store, self.measure_id, to_position=self.new)
        self.area.structure_changed(self.year, reordered=True)

    def back(self):
        measures.move_measure(self.area.store, self.measure_id, to_position=self.old)
        self.area.structure_changed(self.year, reordered=True)


class _UnitEdit(Edit):
    """Add, rename or delete (optionally replacing) a unit; undo puts the unit back exactly."""

    def __init__(self, area: MeasureEdits, text: str, *, add: str | None = None,
                 rename: tuple[int, str, str] | None = None,
                 delete: tuple[int, int | None] | None = None):
        super().__init__(area.document, text)
        self.area, self.add, self.rename, self.delete = area, add, rename, delete
        self.record: dict = {}
        self.unit_id: int | None = None

    def first(self):
        self.again()
        return self.unit_id

    def again(self):
        store = self.area.store
        if self.add is not None:
            if self.record:
                self.unit_id = records.restore_unit(store, self.record)
            else:
                self.unit_id = measures.add_unit(store, self.add)
        elif self.rename is not None:
            unit_id, _old, new = self.rename
            measures.rename_unit(store, unit_id, name=new)
        else:
            unit_id, replace_with = self.delete
            self.record = records.unit_record(store, unit_id)
            measures.delete_unit(store, unit_id, replace_with=replace_with)
        self.area.units_changed(measures_too=self.delete is not None)

    def back(self):
        store = self.area.store
        if self.add is not None:
            self.record = records.unit_record(store, self.unit_id)
            measures.delete_unit(store, self.unit_id)
        elif self.rename is not None:
            unit_id, old, _new = self.rename
            measures.rename_unit(store, unit_id, name=old)
        else:
            records.restore_unit(store, self.record)
        self.area.units_changed(measures_too=self.delete is not None)


class MeasureEdits(Area):
    """Reading and undoable editing of measures and units. Each edit method returns a true value
    (the new id(s) where there are any) when done, None when the core refused it (the message is
    in ``document.last_error`` and was sent on ``document.failed``)."""

    measure_updated = Signal(int)

    # Reading --------------------------------------------------------------------------------

    def list(self, fiscal_year: int) -> list[dict]:
        return measures.list_measures(self.store, fiscal_year=fiscal_year)

    def count(self, fiscal_year: int) -> int:
        return measures.count_measures(self.store, fiscal_year=fiscal_year)

    def get(self, measure_id: int) -> dict:
        return measures.get_measure(self.store, measure_id)

    def units(self) -> list[dict]:
        return measures.list_units(self.store)

    def unit_usage(self, unit_id: int) -> dict:
        return measures.unit_usage(self.store, unit_id)

    def fiscal_years(self) -> list[int]:
        """Fiscal years that have measures, ascending."""
        return [row[0] for row in self.store.db.execute(
            "SELECT DISTINCT fiscal_year FROM measures ORDER BY fiscal_year")]

    # Measures ---------------------------------------------------------------------------

    def add(self, fiscal_year: int, *, position: int | None = None, text: str | None = None,
            **fields: Any) -> int | None:
        """Add one measure (``fields`` as add_measure; ``title`` required) at ``position``
        (None: last); returns its id."""
        def make():
            return [measures.add_measure(self.store, fiscal_year=fiscal_year, position=position,
                                         **fields)]

        ids = self.run(_AddMeasures(self, fiscal_year, make, text or self.tr("Add measure")))
        return ids[0] if ids else None

    def add_many(self, fiscal_year: int, drafts: list[dict], *, text: str) -> list[int] | None:
        """Add several measures as one undo step (e.g. accepted suggestions); ``drafts`` are
        add_measure fields. Returns their ids."""
        def make():
            return [measures.add_measure(self.store, fiscal_year=fiscal_year, **draft)
                    for draft in drafts]

        return self.run(_AddMeasures(self, fiscal_year, make, text))

    def duplicate(self, measure_id: int) -> int | None:
        """Copy a measure (units and links, no follow-up) right after it; returns the copy's id."""
        year = self.get(measure_id)["fiscal_year"]
        ids = self.run(_AddMeasures(self, year, lambda: [measures.duplicate_measure(
            self.store, measure_id)], self.tr("Duplicate measure")))
        return ids[0] if ids else None

    def copy_to_year(self, measure_ids: list[int], fiscal_year: int) -> list[int] | None:
        """Copy measures of another year (with units and links, dates moved by the difference in
        years) to the end of ``fiscal_year``, as one undo step; returns the copies' ids."""
        def make():
            return [measures.duplicate_measure(self.store, i, fiscal_year=fiscal_year)
                    for i in measure_ids]

        return self.run(_AddMeasures(self, fiscal_year, make,
                                     self.tr("Copy %1 measures from another year")
                                     .replace("%1", str(len(measure_ids)))))

    def duplicate_many(self, measure_ids: list[int]) -> list[int] | None:
        """Copy several measures of one year, each right after itself, as one undo step;
        returns the copies' ids (in table order)."""
        if len(measure_ids) == 1:
            copy = self.duplicate(measure_ids[0])
            return [copy] if copy else None
        chosen = self._in_order(measure_ids)
        year = chosen[0]["fiscal_year"]
        return self.run(_AddMeasures(self, year, lambda: [measures.duplicate_measure(
            self.store, m["id"]) for m in chosen], self.tr("Duplicate %1 measures")
            .replace("%1", str(len(chosen)))))

    def update(self, measure_id: int, **fields: Any) -> bool:
        """Change some fields of a measure; nothing happens (True) when they equal the stored
        ones. ``units``: names or ids in order."""
        current = self.get(measure_id)
        names = {u["id"]: u["name"] for u in self.units()}
        old, new = {}, {}
        for name, value in fields.items():
            value = _normalised(name, value, names)
            stored = current.get(name)
            if value != stored:
                old[name], new[name] = stored, value
        if not new:
            return True
        field = next(iter(new))
        label = self.tr("Edit measure") if len(new) > 1 else self.tr("Edit measure: %1").replace(
            "%1", QCoreApplication.translate("MeasureEdits", _FIELD_LABELS.get(field, field)))
        return bool(self.run(_UpdateMeasure(self, measure_id, old, new, label)))

    def delete(self, measure_id: int) -> bool:
        """Delete a measure with its follow-up; undo puts it all back in its place."""
        return bool(self.run(_DeleteMeasure(self, measure_id, self.tr("Delete measure"))))

    def delete_many(self, measure_ids: list[int]) -> bool:
        """Delete several measures of one year with their follow-up as one undo step, which
        puts them all back in their places."""
        if len(measure_ids) == 1:
            return self.delete(measure_ids[0])
        chosen = self._in_order(measure_ids)
        return bool(self.run(DeleteMeasures(
            self, [m["id"] for m in chosen], chosen[0]["fiscal_year"],
            self.tr("Delete %1 measures").replace("%1", str(len(chosen))))))

    def move_many(self, measure_ids: list[int], step: int) -> bool:
        """Move several measures of one year one row up (``step`` -1) or down (1) as one undo
        step, keeping their order (see ``block_moves``); True also when none can move."""
        if len(measure_ids) == 1:  # one row: the plain move (no need to read the whole year)
            current = self.get(measure_ids[0])
            return self.move(measure_ids[0], current["position"] + step)
        chosen = self._in_order(measure_ids)
        year = chosen[0]["fiscal_year"]
        order = measures.measure_ids(self.store, fiscal_year=year)
        moves = [(order[old], old, new) for old, new in block_moves(
            [m["position"] for m in chosen], step, len(order))]
        if not moves:
            return True
        text = self.tr("Move measure") if len(chosen) == 1 else self.tr(
            "Move %1 measures").replace("%1", str(len(chosen)))
        return bool(self.run(MoveMeasures(self, moves, year, text)))

    def move_block(self, measure_ids: list[int], before: int) -> bool:
        """Move several measures of one year together, in their order, so they stand before
        the measure now in row ``before`` (0-based; -1 or past the end: at the end), as one
        undo step (e.g. rows dragged in the table)."""
        chosen = self._in_order(measure_ids)
        year = chosen[0]["fiscal_year"]
        order = measures.measure_ids(self.store, fiscal_year=year)
        block = [m["id"] for m in chosen]
        before = len(order) if before < 0 or before > len(order) else before
        final = ([i for i in order[:before] if i not in block] + block
                 + [i for i in order[before:] if i not in block])
        moves = moves_to(order, final)
        if not moves:
            return True
        text = self.tr("Move measure") if len(block) == 1 else self.tr(
            "Move %1 measures").replace("%1", str(len(block)))
        return bool(self.run(MoveMeasures(self, moves, year, text)))

    def _in_order(self, measure_ids: list[int]) -> list[dict]:
        """The measures (get()) of ``measure_ids`` in table order; they must share a year.
        Raises ValueError for none or several years, RecordNotFoundError for a missing id."""
        chosen = sorted((self.get(i) for i in set(measure_ids)), key=lambda m: m["position"])
        if not chosen or len({m["fiscal_year"] for m in chosen}) != 1:
            raise ValueError("measures of one fiscal year expected")
        return chosen

    def move(self, measure_id: int, to_position: int) -> bool:
        """Move a measure to ``to_position`` (0-based, clamped) within its year."""
        current = self.get(measure_id)
        count = self.count(current["fiscal_year"])
        target = max(0, min(int(to_position), count - 1))
        if target == current["position"]:
            return True
        return bool(self.run(_MoveMeasure(self, measure_id, current["position"], target,
                                          current["fiscal_year"], self.tr("Move measure"))))

    # Units ------------------------------------------------------------------------------

    def add_unit(self, name: str) -> int | None:
        """Add a responsible unit (or find it by name); returns its id."""
        existing = next((u["id"] for u in self.units() if u["name"] == name.strip()), None)
        if existing is not None:
            return existing
        return self.run(_UnitEdit(self, self.tr("Add unit"), add=name))

    def rename_unit(self, unit_id: int, name: str) -> bool:
        old = next(u["name"] for u in self.units() if u["id"] == unit_id)
        if old == name.strip():
            return True
        return bool(self.run(_UnitEdit(self, self.tr("Rename unit"),
                                       rename=(unit_id, old, name.strip()))))

    def delete_unit(self, unit_id: int, *, replace_with: int | None = None) -> bool:
        """Delete a unit; one still responsible for measures needs ``replace_with`` (the core
        refuses otherwise, naming the measures: ask the user for a replacement first)."""
        return bool(self.run(_UnitEdit(self, self.tr("Delete unit"),
                                       delete=(unit_id, replace_with))))

    # Announcements (called by the edits) ------------------------------------------------

    reorder: tuple[int, list[int]] | None = None
    """While a move is announced: (fiscal_year, that year's measure ids in their new order).
    Only positions changed then, so a table of the year may put its rows in this order
    instead of reading the year again; None at any other time."""

    def structure_changed(self, fiscal_year: int, *, units: bool = False,
                          reordered: bool = False) -> None:
        """Announce ``changed(MEASURES, fiscal_year)`` (and ``changed(UNITS, 0)`` when
        ``units``); ``reordered``: the edit only moved measures within the year (see
        ``reorder``)."""
        if reordered:
            self.reorder = (fiscal_year, measures.measure_ids(self.store,
                                                              fiscal_year=fiscal_year))
        try:
            self.document.announce(MEASURES, fiscal_year)
        finally:
            self.reorder = None
        if units:
            self.document.announce(UNITS, 0)

    def updated(self, measure_id: int, *, units: bool = False) -> None:
        self.document.mark_saved()
        self.measure_updated.emit(measure_id)
        if units:
            self.document.announce(UNITS, 0)

    def units_changed(self, *, measures_too: bool) -> None:
        self.document.announce(UNITS, 0)
        if measures_too:
            for year in self.fiscal_years():
                self.document.announce(MEASURES, year)


_FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("MeasureEdits", "title"),
    "kind": QT_TRANSLATE_NOOP("MeasureEdits", "kind"),
    "analysis": QT_TRANSLATE_NOOP("MeasureEdits", "analysis"),
    "steps": QT_TRANSLATE_NOOP("MeasureEdits", "steps"),
    "target": QT_TRANSLATE_NOOP("MeasureEdits", "target"),
    "start_date": QT_TRANSLATE_NOOP("MeasureEdits", "start date"),
    "end_date": QT_TRANSLATE_NOOP("MeasureEdits", "end date"),
    "units": QT_TRANSLATE_NOOP("MeasureEdits", "responsible units"),
    "links": QT_TRANSLATE_NOOP("MeasureEdits", "links"),
}
"""Field -> its name in an undo step's text ("Edit measure: steps")."""


def _normalised(name: str, value: Any, units: dict[int, str]) -> Any:
    """A field value as list_measures returns it, so an unchanged value compares equal."""
    if name in ("start_date", "end_date"):
        if isinstance(value, dt.date):
            return value.isoformat()
        return value or None
    if name == "units":
        return [units.get(v, v) if isinstance(v, int) else str(v).strip() for v in value or ()]
    if name == "links":
        value = value or {}
        return {kind: [str(code).strip() for code in value.get(kind, ())]
                for kind in measures.LINK_KINDS}
    if isinstance(value, str):
        return value.strip()
    return value
