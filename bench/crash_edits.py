"""The child side of the crash test: a stream of edits through the application's own edit path,
and their replay.

The child runs an offscreen QApplication with a ``ui.document.Document`` on the database file and
edits as the window does: ``document.measures.add/add_many/update/move/duplicate/delete``,
``document.followups.set_report/add_evidence``, ``document.set_scores``,
``document.set_profile_field``, and Undo/Redo of the document's undo stack. ``apply_edit`` is used
both by the child that gets killed and by the parent to replay the logged edits onto a Document on
its in-memory reference copy, so both go through the same undoable edits.
"""

from __future__ import annotations

import json
import os
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ita_desktop.storage import (  # noqa: E402
    Store,
    assessments,
    followups,
    measures,
    open_database,
)

MEASURE_YEARS = (2568, 2569)  # the example database has measures in both
SCORE_YEARS = (2567, 2568)  # ... and assessments in these
TEST_TITLE = "มาตรการทดสอบการปิดโปรแกรม #"
UNIT_POOL = ("สำนักปลัด", "กองคลัง", "กองช่าง", "หน่วยทดสอบ ก", "หน่วยทดสอบ ข", "หน่วยทดสอบ ค")
PROFILE_FIELDS = ("phone", "address", "reporter_name")
MAX_TEST_MEASURES = 40
READY_TIMEOUT_S = 60.0


def qt_app():
    """The process's QApplication (offscreen), made if there is none yet."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["ita-crash-test"])


def new_document(store: Store):
    """A fresh ui.document.Document (empty undo stack) on ``store``."""
    qt_app()
    from ui.document import Document

    return Document(store)


# ---------------------------------------------------------------- edits (child and replay)


def apply_edit(document, kind: str, args: dict[str, Any]) -> dict[str, Any]:
    """Make one edit through the Document, as the window does; returns what the edit returned,
    the Document's refusal (``last_error``, "" when none) and the undo stack's (index, count),
    so a replay can be checked against the child's run."""
    document.last_error = ""
    stack = document.undo_stack
    value: Any = None
    if kind == "measures.add":
        value = document.measures.add(args["fiscal_year"], position=args["position"],
                                      **args["fields"])
    elif kind == "measures.add_many":  # several in one transaction and one undo step
        value = document.measures.add_many(args["fiscal_year"], args["drafts"],
                                           text="crash-test batch")
    elif kind == "measures.update":
        value = document.measures.update(args["measure_id"], **args["fields"])
    elif kind == "measures.move":
        value = document.measures.move(args["measure_id"], args["to_position"])
    elif kind == "measures.duplicate":
        value = document.measures.duplicate(args["measure_id"])
    elif kind == "measures.delete":
        value = document.measures.delete(args["measure_id"])
    elif kind == "followups.set_report":
        value = document.followups.set_report(args["measure_id"], args["period"],
                                              **args["fields"])
    elif kind == "followups.add_evidence":
        value = document.followups.add_evidence(args["measure_id"], args["period"],
                                                title=args["title"], date=args["date"])
    elif kind == "set_scores":
        scores = {code: None if text is None else Decimal(text)
                  for code, text in args["scores"].items()}
        document.set_scores(args["fiscal_year"], scores, official=args["official"])
    elif kind == "set_profile_field":
        document.set_profile_field(args["field"], args["value"])
    elif kind == "undo":
        stack.undo()
    elif kind == "redo":
        stack.redo()
    else:
        raise ValueError(f"unknown edit kind {kind!r}")
    return {"value": value, "error": document.last_error, "undo": [stack.index(), stack.count()]}


class EditChooser:
    """Picks the next edit from the document's current state (read outside any transaction)."""

    def __init__(self, document, rng: random.Random):
        self.document = document
        self.rng = rng
        self.item_codes = {
            year: [item["code"] for item in
                   assessments.framework_for(document.store, year)["items"]]
            for year in SCORE_YEARS
        }

    def _measures(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for year in MEASURE_YEARS:
            rows += self.document.measures.list(year)
        return rows

    def choose(self, seq: int) -> tuple[str, dict[str, Any]]:
        rng = self.rng
        stack = self.document.undo_stack
        all_measures = self._measures()
        ours = [m for m in all_measures if m["title"].startswith(TEST_TITLE)]
        if len(ours) > MAX_TEST_MEASURES and rng.random() < 0.45:  # keep the file's size steady
            return "measures.delete", {"measure_id": rng.choice(ours)["id"]}
        roll = rng.random()
        if roll < 0.10 and stack.canUndo():
            return "undo", {}
        if roll < 0.16 and stack.canRedo():
            return "redo", {}
        if roll < 0.26 or not all_measures:
            year = rng.choice(MEASURE_YEARS)
            count = sum(1 for m in all_measures if m["fiscal_year"] == year)
            return "measures.add", {
                "fiscal_year": year,
                "position": None if rng.random() < 0.5 else rng.randint(0, count),
                "fields": self._fields(seq, year),
            }
        if roll < 0.40:
            return "measures.update", self._update_args(seq, rng.choice(all_measures))
        if roll < 0.48:
            target = rng.choice(all_measures)
            count = sum(1 for m in all_measures if m["fiscal_year"] == target["fiscal_year"])
            return "measures.move", {"measure_id": target["id"],
                                     "to_position": rng.randrange(count)}
        if roll < 0.60:
            return "set_scores", self._score_args(seq)
        if roll < 0.66:
            field = rng.choice(PROFILE_FIELDS)
            return "set_profile_field", {"field": field, "value": f"{field} แก้ไขครั้งที่ {seq}"}
        if roll < 0.76:
            measure = rng.choice(all_measures)
            return "followups.set_report", {
                "measure_id": measure["id"], "period": rng.choice(followups.PERIODS),
                "fields": {"status": rng.choice(followups.STATUSES),
                           "results": f"ผลการดำเนินการ บันทึกที่ {seq}",
                           "suggestions": f"ข้อเสนอแนะ {seq}" if rng.random() < 0.5 else ""},
            }
        if roll < 0.80:
            reports = [r for year in MEASURE_YEARS for r in self.document.followups.list(year)]
            if reports:  # an existing report only: one transaction (a new report is two)
                report = rng.choice(reports)
                return "followups.add_evidence", {
                    "measure_id": report["measure_id"], "period": report["period"],
                    "title": f"หลักฐานที่ {seq}", "date": f"{2024 + seq % 2}-0{1 + seq % 9}-15"}
        if roll < 0.84 and ours:
            return "measures.duplicate", {"measure_id": rng.choice(ours)["id"]}
        if roll < 0.88 and ours:
            return "measures.delete", {"measure_id": rng.choice(ours)["id"]}
        # accepted suggestions: several measures in one transaction and one undo step
        year = rng.choice(MEASURE_YEARS)
        drafts = [self._fields(f"{seq}.{part}", year) for part in range(rng.randint(2, 6))]
        return "measures.add_many", {"fiscal_year": year, "drafts": drafts}

    def _fields(self, suffix: Any, year: int) -> dict[str, Any]:
        rng = self.rng
        return {
            "title": f"{TEST_TITLE}{suffix}",
            "kind": rng.choice(measures.KINDS),
            "analysis": f"ผลการวิเคราะห์ของรายการที่ {suffix}",
            "steps": f"๑. ขั้นตอนแรก ({suffix})\n๒. ขั้นตอนที่สอง",
            "target": f"ร้อยละ {rng.randint(50, 100)}",
            "start_date": f"{year - 544}-{rng.randint(10, 12):02d}-01",
            "end_date": f"{year - 543}-09-30",
            "units": rng.sample(UNIT_POOL, rng.randint(1, 3)),
            "links": self._links(),
        }

    def _update_args(self, seq: int, measure: dict[str, Any]) -> dict[str, Any]:
        rng = self.rng
        base = measure["steps"].split("\n[แก้ไข #", 1)[0]
        return {"measure_id": measure["id"], "fields": {
            "steps": f"{base}\n[แก้ไข #{seq}]",
            "target": f"เป้าหมายฉบับแก้ไขที่ {seq}",
            "units": rng.sample(UNIT_POOL, rng.randint(0, 3)),
            "links": self._links(),
        }}

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
    """The process that gets killed: edit ``db_path`` through a Document for ever, logging each
    edit's ``begin`` before it and its ``done`` (flushed and fsynced) only after it returned."""
    app = qt_app()
    store = open_database(db_path)
    document = new_document(store)
    chooser = EditChooser(document, random.Random(f"{seed}:{start_seq}"))
    with open(log_path, "a", encoding="utf-8") as log:

        def write(record: dict[str, Any], *, sync: bool) -> None:
            log.write(json.dumps(record, ensure_ascii=False) + "\n")
            log.flush()
            if sync:
                os.fsync(log.fileno())

        write({"op": "ready", "pid": os.getpid(), "qt": app.platformName(),
               "document": type(document).__module__}, sync=True)
        seq = start_seq
        while True:
            kind, args = chooser.choose(seq)
            write({"op": "begin", "seq": seq, "kind": kind, "args": args}, sync=False)
            result = apply_edit(document, kind, args)  # returns only after its COMMIT
            write({"op": "done", "seq": seq, "result": result}, sync=True)
            seq += 1
