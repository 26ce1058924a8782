"""Writing an import plan (ita_desktop.storage.merge_plan) inside the caller's one transaction.

One writer per kind of record, chosen from ``WRITERS``; each gets the entry and its action:
ADDED / IDENTICAL (from the plan) or the conflict's choice MINE / THEIRS / BOTH. Rows that are one
record each (assessments, scores, analysis texts, OIT readiness, memos, the profile) are upserted
from ``ROW_TABLES``; measures, follow-ups and evidence go through the area modules (which check
every value again) with ids of this file, found through the natural keys.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ita_desktop.storage import followups, measures, report_images
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.merge_plan import COPY_MARK, ImportPlan, PlanEntry
from ita_desktop.storage.merge_read import (
    ADDED,
    BOTH,
    FOLLOWUP_FIELDS,
    IDENTICAL,
    MEASURE_FIELDS,
    MINE,
    THEIRS,
)
from ita_desktop.storage.profile import PROFILE_FIELDS


@dataclass
class ImportCounts:
    """What an import did, in records: ``added`` (new here, including what came with a copied
    measure), ``theirs`` (conflicts where the other file's record replaced ours), ``mine``
    (conflicts where ours was kept), ``both`` (a second measure or evidence added beside ours),
    ``identical`` (already here). ``by_kind[kind][action]`` splits them by kind of record;
    ``score_years`` the fiscal years whose scores or published result the import wrote (what
    the analysis of those years, and of the year after, is drafted from)."""

    added: int = 0
    theirs: int = 0
    mine: int = 0
    both: int = 0
    identical: int = 0
    by_kind: dict[str, Counter] = field(default_factory=dict)
    score_years: set[int] = field(default_factory=set)

    def count(self, kind: str, action: str, n: int = 1) -> None:
        setattr(self, action, getattr(self, action) + n)
        self.by_kind.setdefault(kind, Counter())[action] += n

    def changed(self) -> int:
        """Records written: added + theirs + both."""
        return self.added + self.theirs + self.both

    def summary(self) -> str:
        """One Thai line, e.g. "เพิ่ม 12 รายการ · ใช้ของไฟล์ที่นำเข้า 2 · เก็บของเรา 1 · เก็บทั้งสอง 0 ·
        เหมือนกัน 140"."""
        return (f"เพิ่ม {self.added} รายการ · ใช้ของไฟล์ที่นำเข้า {self.theirs} · เก็บของเรา "
                f"{self.mine} · เก็บทั้งสอง {self.both} · เหมือนกัน {self.identical}")


ROW_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "profile": ("organisation", ("id",)),
    "assessment": ("assessments", ("fiscal_year",)),
    "score": ("scores", ("fiscal_year", "code", "official")),
    "analysis_text": ("analysis_texts", ("fiscal_year", "scope", "key", "field")),
    "readiness": ("oit_readiness", ("fiscal_year", "item_code")),
    "memo": ("memos", ("fiscal_year", "kind")),
}
"""Kinds written as one row: table and conflict key (upserted on ADDED and THEIRS)."""


class _Context:
    def __init__(self, store: Store, plan: ImportPlan, choices: dict[str, str]):
        self.store, self.plan, self.choices = store, plan, choices
        self.db = store.db
        self.counts = ImportCounts()
        self.measure_ids: dict[tuple, int] = {}
        self.followup_ids: dict[tuple, int] = {}
        self.stamp = now_iso()

    def unit_id(self, name: str | None) -> int | None:
        return None if name is None else measures.add_unit(self.store, name)

    def framework_id(self, sha256: str) -> int:
        row = self.db.execute("SELECT id FROM frameworks WHERE sha256 = ?", [sha256]).fetchone()
        if row:
            return row[0]
        copy = self.plan.data.frameworks[sha256]
        return int(self.db.execute(
            "INSERT INTO frameworks (fiscal_year, content, sha256, source, copied_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [copy["fiscal_year"], copy["content"], sha256,
             f"{copy['source'] or ''} (นำเข้าจาก {self.plan.source.name})".strip(), self.stamp],
        ).lastrowid)


def write(store: Store, plan: ImportPlan, choices: dict[str, str]) -> ImportCounts:
    """Apply every entry of ``plan`` (checked, inside an open transaction); returns counts."""
    ctx = _Context(store, plan, choices)
    for entry in plan.entries:
        if plan.moot(entry, choices):
            continue  # written with the copy of its measure
        action = {ADDED: ADDED, IDENTICAL: IDENTICAL}.get(entry.status) or choices[entry.id]
        WRITERS[entry.kind](ctx, entry, action)
        ctx.counts.count(entry.kind, action)
        if entry.kind in ("assessment", "score") and action in (ADDED, THEIRS):
            ctx.counts.score_years.add(entry.key[0])
    return ctx.counts


def _upsert(db: Any, table: str, row: dict[str, Any], key: tuple[str, ...],
            insert_only: tuple[str, ...] = ()) -> None:
    columns = list(row)
    updates = [c for c in columns if c not in key and c not in insert_only]
    db.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in updates),
        [row[c] for c in columns],
    )


def _write_row(ctx: _Context, entry: PlanEntry, action: str) -> None:
    if action not in (ADDED, THEIRS):
        return
    table, key = ROW_TABLES[entry.kind]
    data = entry.theirs.data
    insert_only: tuple[str, ...] = ()
    if entry.kind == "profile":
        row = {"id": 1, **{f: data[f] for f in PROFILE_FIELDS}, "emblem": data["emblem"],
               "emblem_mime": data["emblem_mime"], "updated_at": ctx.stamp}
    elif entry.kind == "assessment":
        row = {k: data[k] for k in ("fiscal_year", "official_rating", "official_rank",
                                    "official_rank_of", "note")}
        row.update(framework_id=ctx.framework_id(data["framework"]), created_at=ctx.stamp,
                   updated_at=ctx.stamp)
        insert_only = ("created_at",)
    elif entry.kind == "readiness":
        row = {k: data[k] for k in ("fiscal_year", "item_code", "status", "url", "due_date",
                                    "note")}
        row["unit_id"] = ctx.unit_id(data["unit"])
    else:
        row = dict(data)
        if entry.kind in ("analysis_text", "memo"):
            row["updated_at"] = ctx.stamp
    _upsert(ctx.db, table, row, key, insert_only)


def _write_unit(ctx: _Context, entry: PlanEntry, action: str) -> None:
    if action == ADDED:
        measures.add_unit(ctx.store, entry.key[0])


def _measure_fields(data: dict[str, Any]) -> dict[str, Any]:
    links: dict[str, list[str]] = {}
    for kind, code in data["link_order"]:
        links.setdefault(kind, []).append(code)
    return {**{f: data[f] for f in MEASURE_FIELDS}, "units": list(data["units"]), "links": links}


def _write_measure(ctx: _Context, entry: PlanEntry, action: str) -> None:
    data = entry.theirs.data
    if action in (IDENTICAL, MINE, THEIRS):
        measure_id = entry.mine.data["id"]
        if action == THEIRS:
            measures.update_measure(ctx.store, measure_id, **_measure_fields(data))
        ctx.measure_ids[entry.key] = measure_id
        return
    title = data["title"] if action == ADDED else _copy_title(ctx, data)
    measure_id = measures.add_measure(ctx.store, fiscal_year=data["fiscal_year"], title=title,
                                      **_measure_fields(data))
    ctx.measure_ids[entry.key] = measure_id
    if action == BOTH:
        _copy_children(ctx, entry.key, measure_id)


def _copy_title(ctx: _Context, data: dict[str, Any]) -> str:
    base = f"{data['title']}{COPY_MARK}{ctx.plan.source.name})"
    title, n = base, 1
    while ctx.db.execute("SELECT 1 FROM measures WHERE fiscal_year = ? AND title = ?",
                         [data["fiscal_year"], title]).fetchone():
        n += 1
        title = f"{base} ({n})"
    return title


def _copy_children(ctx: _Context, measure_key: tuple, measure_id: int) -> None:
    """The other measure's follow-ups and evidence, all under its copy ``measure_id``."""
    records = ctx.plan.data.records
    for key, followup in records["followup"].items():
        if followup.parent != measure_key:
            continue
        followup_id = _set_followup(ctx, measure_id, followup.data)
        ctx.counts.count("followup", ADDED)
        for evidence in records["evidence"].values():
            if evidence.parent == key:
                _add_evidence(ctx, followup_id, evidence.data)
                ctx.counts.count("evidence", ADDED)


def _set_followup(ctx: _Context, measure_id: int, data: dict[str, Any]) -> int:
    return followups.set_followup(ctx.store, measure_id=measure_id, period=data["period"],
                                  **{f: data[f] for f in FOLLOWUP_FIELDS})


def _write_followup(ctx: _Context, entry: PlanEntry, action: str) -> None:
    if action in (IDENTICAL, MINE):
        ctx.followup_ids[entry.key] = entry.mine.data["id"]
        return
    measure_id = ctx.measure_ids[entry.theirs.parent]
    ctx.followup_ids[entry.key] = _set_followup(ctx, measure_id, entry.theirs.data)


def _add_evidence(ctx: _Context, followup_id: int, data: dict[str, Any]) -> int:
    return followups.add_evidence(ctx.store, followup_id=followup_id, title=data["title"],
                                  date=data["date"], url=data["url"])


def _write_evidence(ctx: _Context, entry: PlanEntry, action: str) -> None:
    data = entry.theirs.data
    if action in (ADDED, BOTH):
        _add_evidence(ctx, ctx.followup_ids[entry.theirs.parent], data)
    elif action == THEIRS:
        followups.update_evidence(ctx.store, evidence_id=entry.mine.data["id"],
                                  title=data["title"], date=data["date"], url=data["url"])


def _write_report_image(ctx: _Context, entry: PlanEntry, action: str) -> None:
    data = entry.theirs.data
    if action == ADDED:
        report_images.add_image(ctx.store, fiscal_year=data["fiscal_year"], data=data["data"],
                                mime=data["mime"], caption=data["caption"])
    elif action == THEIRS:
        mine = ctx.db.execute(
            "SELECT id, data FROM report_images WHERE fiscal_year = ?", [data["fiscal_year"]])
        for image_id, blob in mine.fetchall():
            if bytes(blob) == bytes(data["data"]):
                report_images.set_caption(ctx.store, image_id, data["caption"])


WRITERS = {
    **dict.fromkeys(ROW_TABLES, _write_row),
    "report_image": _write_report_image,
    "unit": _write_unit,
    "measure": _write_measure,
    "followup": _write_followup,
    "evidence": _write_evidence,
}
"""The writer of each kind of record: ``writer(context, entry, action)``."""
