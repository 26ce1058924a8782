"""The child side of the crash test: the stream of real edits, and their replay.

``apply_edit`` is used both by the child that gets killed and by the parent to replay the logged
edits onto its reference copy, so both go through the same storage functions.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

from ita_desktop.storage import (
    Store,
    assessments,
    measures,
    open_database,
    profile,
)

MEASURE_YEARS = (2568, 2569)  # the example database has measures in both
SCORE_YEARS = (2567, 2568)  # ... and assessments in these
TEST_TITLE = "มาตรการทดสอบการปิดโปรแกรม #"
UNIT_POOL = ("สำนักปลัด", "กองคลัง", "กองช่าง", "หน่วยทดสอบ ก", "หน่วยทดสอบ ข", "หน่วยทดสอบ ค")
MAX_TEST_MEASURES = 40
READY_TIMEOUT_S = 30.0


# ---------------------------------------------------------------- edits (child and replay)


def apply_edit(store: Store, kind: str, args: dict[str, Any]) -> Any:
    """Make one edit through the storage layer; each function runs in its own transaction."""
    if kind == "add_measure":
        return measures.add_measure(store, **args)
    if kind == "update_measure":
        fields = dict(args)
        measures.update_measure(store, fields.pop("measure_id"), **fields)
        return None
    if kind == "move_measure":
        measures.move_measure(store, args["measure_id"], to_position=args["to_position"])
        return None
    if kind == "duplicate_measure":
        return measures.duplicate_measure(store, args["measure_id"])
    if kind == "delete_measure":
        measures.delete_measure(store, args["measure_id"])
        return None
    if kind == "set_scores":
        assessments.set_scores(
            store, fiscal_year=args["fiscal_year"], scores=args["scores"], official=args["official"]
        )
        return None
    if kind == "save_profile":
        profile.save_profile(store, **args)
        return None
    if kind == "batch":  # several edits in one transaction (nested ones become savepoints)
        with store.atomic():
            return [apply_edit(store, sub_kind, sub_args) for sub_kind, sub_args in args["edits"]]
    raise ValueError(f"unknown edit kind {kind!r}")


class EditChooser:
    """Picks the next edit from the file's current state (read outside any transaction)."""

    def __init__(self, store: Store, rng: random.Random):
        self.store = store
        self.rng = rng
        self.item_codes = {
            year: [item["code"] for item in assessments.framework_for(store, year)["items"]]
            for year in SCORE_YEARS
        }

    def _measures(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for year in MEASURE_YEARS:
            rows += measures.list_measures(self.store, fiscal_year=year)
        return rows

    def choose(self, seq: int) -> tuple[str, dict[str, Any]]:
        rng = self.rng
        all_measures = self._measures()
        ours = [m for m in all_measures if m["title"].startswith(TEST_TITLE)]
        roll = rng.random()
        if len(ours) > MAX_TEST_MEASURES and roll < 0.5:
            return "delete_measure", {"measure_id": rng.choice(ours)["id"]}
        if roll < 0.22 or not all_measures:
            return "add_measure", self._add_args(seq, all_measures)
        if roll < 0.44:
            return "update_measure", self._update_args(seq, rng.choice(all_measures))
        if roll < 0.56:
            target = rng.choice(all_measures)
            count = sum(1 for m in all_measures if m["fiscal_year"] == target["fiscal_year"])
            return "move_measure", {"measure_id": target["id"], "to_position": rng.randrange(count)}
        if roll < 0.72:
            return "set_scores", self._score_args(seq)
        if roll < 0.80:
            return "save_profile", {
                "phone": f"0-4500-{seq:05d}",
                "reporter_name": f"นางสาวทดสอบ บันทึกที่ {seq}",
                "address": f"หมู่ {seq % 12 + 1} ตำบลดอนแก้วทอง (แก้ไขครั้งที่ {seq})",
            }
        if roll < 0.84 and ours:
            return "duplicate_measure", {"measure_id": rng.choice(ours)["id"]}
        if roll < 0.88 and ours:
            return "delete_measure", {"measure_id": rng.choice(ours)["id"]}
        # an import-like batch: several adds, updates and scores in one transaction
        edits: list[tuple[str, dict[str, Any]]] = [
            ("add_measure", self._add_args(seq, all_measures, part=part))
            for part in range(rng.randint(2, 6))
        ]
        edits += [
            ("update_measure", self._update_args(seq, measure))
            for measure in rng.sample(all_measures, min(len(all_measures), rng.randint(1, 3)))
        ]
        edits.append(("set_scores", self._score_args(seq)))
        rng.shuffle(edits)
        return "batch", {"edits": edits}

    def _add_args(
        self, seq: int, all_measures: list[dict[str, Any]], part: int | None = None
    ) -> dict[str, Any]:
        rng = self.rng
        year = rng.choice(MEASURE_YEARS)
        count = sum(1 for m in all_measures if m["fiscal_year"] == year)
        suffix = f"{seq}" if part is None else f"{seq}.{part}"
        start = f"{year - 544}-{rng.randint(1, 12):02d}-01"
        return {
            "fiscal_year": year,
            "title": f"{TEST_TITLE}{suffix}",
            "kind": rng.choice(measures.KINDS),
            "analysis": f"ผลการวิเคราะห์ของรายการที่ {suffix}",
            "steps": f"๑. ขั้นตอนแรก ({suffix})\n๒. ขั้นตอนที่สอง",
            "target": f"ร้อยละ {rng.randint(50, 100)}",
            "start_date": start,
            "end_date": f"{year - 543}-09-30",
            "units": rng.sample(UNIT_POOL, rng.randint(1, 3)),
            "links": self._links(),
            "position": None if rng.random() < 0.5 else rng.randint(0, count),
        }

    def _update_args(self, seq: int, measure: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        base = measure["steps"].split("\n[แก้ไข #", 1)[0]
        return {
            "measure_id": measure["id"],
            "steps": f"{base}\n[แก้ไข #{seq}]",
            "target": f"เป้าหมายฉบับแก้ไขที่ {seq}",
            "units": rng.sample(UNIT_POOL, rng.randint(0, 3)),
            "links": self._links(),
        }

    def _links(self) -> dict[str, list[str]]:
        rng = self.rng
        codes = self.item_codes[SCORE_YEARS[-1]]
        return {
            "indicator": sorted(rng.sample([str(n) for n in range(1, 11)], rng.randint(0, 3))),
            "issue": [str(rng.randint(1, 7))] if rng.random() < 0.5 else [],
            "item": rng.sample(codes, rng.randint(0, 4)),
        }

    def _score_args(self, seq: int) -> dict[str, Any]:
        rng = self.rng
        year = rng.choice(SCORE_YEARS)
        scores: dict[str, str | None] = {
            code: f"{rng.randint(0, 99)}.{rng.randint(0, 9999):04d}"
            for code in rng.sample(self.item_codes[year], rng.randint(2, 6))
        }
        if rng.random() < 0.2:
            scores[rng.choice(self.item_codes[year])] = None  # a cleared score
        return {"fiscal_year": year, "scores": scores, "official": rng.random() < 0.25}


def run_child(db_path: Path, log_path: Path, *, start_seq: int, seed: int) -> None:
    """The process that gets killed: edit ``db_path`` for ever, logging each commit."""
    store = open_database(db_path)
    chooser = EditChooser(store, random.Random(f"{seed}:{start_seq}"))
    with open(log_path, "a", encoding="utf-8") as log:

        def write(record: dict[str, Any], *, sync: bool) -> None:
            log.write(json.dumps(record, ensure_ascii=False) + "\n")
            log.flush()
            if sync:
                os.fsync(log.fileno())

        write({"op": "ready", "pid": os.getpid()}, sync=True)
        seq = start_seq
        while True:
            kind, args = chooser.choose(seq)
            write({"op": "begin", "seq": seq, "kind": kind, "args": args}, sync=False)
            result = apply_edit(store, kind, args)  # returns only after COMMIT
            write({"op": "done", "seq": seq, "result": result}, sync=True)
            seq += 1
