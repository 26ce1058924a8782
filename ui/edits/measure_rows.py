"""Edits of several rows of the measures table at once (document.measures.delete_many,
move_many, move_block): each is one undo step however many measures it touches, and puts every
measure back in its place when undone. Moves are kept as the single moves
(storage.measures.move_measure) that make them, so undo runs them backwards exactly.
"""

from __future__ import annotations

from typing import Any, Protocol

from ita_desktop.storage import measures, records
from ui.edits.base import Edit


class MeasureEdits(Protocol):
    """What these edits need of the measures area (ui.edits.measures.MeasureEdits), named here
    so that the arrow runs one way: measures imports this module, not the other way round."""

    document: Any
    store: Any

    def structure_changed(self, fiscal_year: int, *, reordered: bool = False) -> None: ...


class DeleteMeasures(Edit):
    """Delete several measures of one year at once; undo puts each back in its place."""

    def __init__(self, area: MeasureEdits, measure_ids: list[int], year: int, text: str):
        super().__init__(area.document, text)
        self.area, self.measure_ids, self.year = area, list(measure_ids), year
        self.records: list[dict] = []

    def first(self):
        self.again()

    def again(self):
        store = self.area.store
        with store.atomic():
            self.records = sorted((records.measure_record(store, i) for i in self.measure_ids),
                                  key=lambda record: record["measure"]["position"])
            for record in self.records:
                measures.delete_measure(store, record["measure"]["id"])
        self.area.structure_changed(self.year)

    def back(self):
        store = self.area.store
        with store.atomic():
            for record in self.records:  # ascending positions: each goes back where it was
                records.restore_measure(store, record)
        self.area.structure_changed(self.year)


class MoveMeasures(Edit):
    """Moves of several measures of one year, ``moves`` [(measure_id, from, to)] done in order;
    undo does them backwards in reverse order."""

    def __init__(self, area: MeasureEdits, moves: list[tuple[int, int, int]], year: int,
                 text: str):
        super().__init__(area.document, text)
        self.area, self.moves, self.year = area, moves, year

    def first(self):
        self.again()

    def again(self):
        with self.area.store.atomic():
            for measure_id, _old, new in self.moves:
                measures.move_measure(self.area.store, measure_id, to_position=new)
        self.area.structure_changed(self.year, reordered=True)

    def back(self):
        with self.area.store.atomic():
            for measure_id, old, _new in reversed(self.moves):
                measures.move_measure(self.area.store, measure_id, to_position=old)
        self.area.structure_changed(self.year, reordered=True)


def block_moves(positions: list[int], step: int, count: int) -> list[tuple[int, int]]:
    """The single moves [(from, to)] that move the rows at ``positions`` one row up (``step``
    -1) or down (1) among ``count`` rows, keeping their order: a row that reaches the top (or
    bottom), or the row before it in the selection, stays; the others pass it."""
    moves = []
    if step < 0:
        limit = 0
        for position in sorted(set(positions)):
            target = max(position - 1, limit)
            if target != position:
                moves.append((position, target))
            limit = target + 1
    else:
        limit = count - 1
        for position in sorted(set(positions), reverse=True):
            target = min(position + 1, limit)
            if target != position:
                moves.append((position, target))
            limit = target - 1
    return moves


def moves_to(order: list[int], final: list[int]) -> list[tuple[int, int, int]]:
    """Single moves [(id, from, to)] that turn ``order`` into ``final`` (the same ids), each
    applied to the result of the ones before: the shorter of putting ids in place from the top
    or from the bottom (a dragged block takes as many moves as it has rows)."""
    def run(indexes) -> list[tuple[int, int, int]]:
        current, moves = list(order), []
        for k in indexes:
            if current[k] != final[k]:
                source = current.index(final[k])
                current.insert(k, current.pop(source))
                moves.append((final[k], source, k))
        return moves

    forward, backward = run(range(len(final))), run(range(len(final) - 1, -1, -1))
    return forward if len(forward) <= len(backward) else backward
