"""Follow-up of measures (รายงานผลการดำเนินการ): status and results per reporting period, with
dated evidence, and an overview of progress for a fiscal year.

Fiscal year N (BE) runs 1 Oct of CE (N − 544) to 30 Sep of CE (N − 543); its quarters are
Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep. "FY" is the whole-year report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ita_desktop.storage import validation
from ita_desktop.storage.database import Store, now_iso
from ita_desktop.storage.errors import InvalidRecordError

PERIODS = ("Q1", "Q2", "Q3", "Q4", "FY")
STATUSES = ("not_started", "in_progress", "done", "cancelled")
QUARTER_KEYS = ("Q1", "Q2", "Q3", "Q4", "outside", "undated")


@dataclass
class StatusCounts:
    """Numbers of measures by status; ``late`` overlaps not_started/in_progress."""

    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    cancelled: int = 0
    late: int = 0
    total: int = 0

    def add(self, status: str, *, late: bool) -> None:
        setattr(self, status, getattr(self, status) + 1)
        self.late += int(late)
        self.total += 1


@dataclass
class Overview:
    """Progress of a fiscal year's measures.

    ``by_quarter`` is keyed by the quarter of the measure's end date (QUARTER_KEYS: "outside"
    = an end date outside the fiscal year, "undated" = none); ``by_unit`` by unit name ("" for
    measures with no unit; a measure with two units counts under both).
    """

    total: StatusCounts = field(default_factory=StatusCounts)
    by_quarter: dict[str, StatusCounts] = field(
        default_factory=lambda: {key: StatusCounts() for key in QUARTER_KEYS}
    )
    by_unit: dict[str, StatusCounts] = field(default_factory=dict)


def fiscal_quarter(day: date, *, fiscal_year: int) -> str | None:
    """Quarter "Q1".."Q4" of a CE ``day`` inside BE ``fiscal_year``, None outside it."""
    ce = fiscal_year - 543
    if not date(ce - 1, 10, 1) <= day <= date(ce, 9, 30):
        return None
    return "Q1" if day.month >= 10 else f"Q{(day.month - 1) // 3 + 2}"


def set_followup(
    store: Store,
    *,
    measure_id: int,
    period: str,
    status: str,
    results: str = "",
    outcome: str = "",
    suggestions: str = "",
    updated_at: str | None = None,
) -> int:
    """Create or replace the report of ``measure_id`` for ``period`` (PERIODS); returns its id
    (the same id when it already existed, so its evidence stays). ``status`` is one of STATUSES.
    ``updated_at`` (ISO) is stored as the report's time, now when None (undo and redo put back
    the time of the edit they repeat).
    Raises InvalidRecordError (bad period/status), RecordNotFoundError (unknown measure)."""
    validation.choice(period, PERIODS, label="รอบการรายงาน")
    validation.choice(status, STATUSES, label="สถานะ")
    texts = [
        validation.text(results, label="ผลการดำเนินการ"),
        validation.text(outcome, label="ผลลัพธ์"),
        validation.text(suggestions, label="ข้อเสนอแนะ"),
    ]
    with store.atomic() as db:
        validation.one_row(
            store, "SELECT id FROM measures WHERE id = ?", [measure_id],
            missing=f"ไม่พบมาตรการหมายเลข {measure_id} (อาจถูกลบไปแล้ว)",
        )  # fmt: skip
        db.execute(
            "INSERT INTO followups (measure_id, period, status, results, outcome, suggestions, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (measure_id, period) DO UPDATE "
            "SET status = excluded.status, results = excluded.results, outcome = "
            "excluded.outcome, suggestions = excluded.suggestions, updated_at = excluded.updated_at",
            [measure_id, period, status, *texts, updated_at or now_iso()],
        )
        return db.execute(
            "SELECT id FROM followups WHERE measure_id = ? AND period = ?", [measure_id, period]
        ).fetchone()[0]


def check_evidence(*, title: str, date: date | str | None = None,
                   url: str | None = None) -> list[Any]:
    """[title, ISO date or None, URL or None] cleaned, or InvalidRecordError (blank title, a date
    not CE ``yyyy-mm-dd``, a URL that is not http(s)); writes nothing."""
    return [
        validation.text(title, label="ชื่อหลักฐาน", required=True),
        validation.iso_date(date, label="วันที่ของหลักฐาน"),
        validation.url(url, label="ลิงก์หลักฐาน"),
    ]


def evidence_problems(*, title: str, date: date | str | None = None,
                      url: str | None = None) -> dict[str, str]:
    """What check_evidence would refuse, field by field: {"title" | "date" | "url": Thai
    message}; {} when the evidence would be accepted. Writes nothing."""
    checks = {
        "title": lambda: validation.text(title, label="ชื่อหลักฐาน", required=True),
        "date": lambda: validation.iso_date(date, label="วันที่ของหลักฐาน"),
        "url": lambda: validation.url(url, label="ลิงก์หลักฐาน"),
    }
    problems = {}
    for name, check in checks.items():
        try:
            check()
        except InvalidRecordError as exc:
            problems[name] = str(exc)
    return problems


def add_evidence(
    store: Store,
    *,
    followup_id: int,
    title: str,
    date: date | str | None = None,
    url: str | None = None,
) -> int:
    """Attach evidence ("ประกาศ … ลงวันที่ ๕ มกราคม ๒๕๖๖") to a report; returns its id.

    ``date`` is CE ``yyyy-mm-dd``; ``url`` must be http(s). Raises InvalidRecordError (blank
    title, bad date, bad URL), RecordNotFoundError (unknown follow-up).
    """
    values = check_evidence(title=title, date=date, url=url)
    with store.atomic() as db:
        validation.one_row(
            store, "SELECT id FROM followups WHERE id = ?", [followup_id],
            missing=f"ไม่พบรายงานผลหมายเลข {followup_id}",
        )  # fmt: skip
        return int(
            db.execute(
                "INSERT INTO evidence (followup_id, title, date, url) VALUES (?, ?, ?, ?)",
                [followup_id, *values],
            ).lastrowid
        )


def update_evidence(store: Store, *, evidence_id: int, title: str,
                    date: date | str | None = None, url: str | None = None) -> None:
    """Replace the title, date and URL of one piece of evidence. Raises as add_evidence, and
    RecordNotFoundError for an unknown id."""
    values = check_evidence(title=title, date=date, url=url)
    with store.atomic() as db:
        validation.one_row(
            store, "SELECT id FROM evidence WHERE id = ?", [evidence_id],
            missing=f"ไม่พบหลักฐานหมายเลข {evidence_id}",
        )  # fmt: skip
        db.execute("UPDATE evidence SET title = ?, date = ?, url = ? WHERE id = ?",
                   [*values, evidence_id])


def delete_followup(store: Store, *, followup_id: int) -> None:
    """Remove one report with its evidence (no error when it is already gone)."""
    with store.atomic() as db:
        db.execute("DELETE FROM followups WHERE id = ?", [followup_id])


def delete_evidence(store: Store, *, evidence_id: int) -> None:
    """Remove one piece of evidence (no error when it is already gone)."""
    with store.atomic() as db:
        db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])


def list_followups(store: Store, *, fiscal_year: int) -> list[dict[str, Any]]:
    """Reports of ``fiscal_year``'s measures, by measure order then period: dicts with id,
    measure_id, measure_title, period, status, results, outcome, suggestions, updated_at and
    ``evidence`` ([{id, title, date, url}] in the order added)."""
    period_order = " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PERIODS))
    rows = list(
        store.db.query(
            "SELECT f.*, m.title AS measure_title FROM followups f JOIN measures m "
            "ON m.id = f.measure_id WHERE m.fiscal_year = ? "
            f"ORDER BY m.position, m.id, CASE f.period {period_order} ELSE 99 END, f.period",
            [fiscal_year],
        )
    )
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["evidence"] = []
    for evidence in store.db.query(
        "SELECT e.id, e.followup_id, e.title, e.date, e.url FROM evidence e JOIN followups f "
        "ON f.id = e.followup_id JOIN measures m ON m.id = f.measure_id "
        "WHERE m.fiscal_year = ? ORDER BY e.id",
        [fiscal_year],
    ):
        by_id[evidence.pop("followup_id")]["evidence"].append(evidence)
    return rows


def latest_reports(store: Store, *, fiscal_year: int) -> dict[int, dict[str, str]]:
    """The latest report of each of ``fiscal_year``'s measures that has one: {measure_id:
    {"period", "status"}}, latest meaning the last in PERIODS order (FY after Q4 … Q1)."""
    latest: dict[int, tuple[int, dict[str, str]]] = {}
    for measure_id, period, status in store.db.execute(
        "SELECT f.measure_id, f.period, f.status FROM followups f JOIN measures m "
        "ON m.id = f.measure_id WHERE m.fiscal_year = ?",
        [fiscal_year],
    ):
        rank = PERIODS.index(period) if period in PERIODS else -1
        if measure_id not in latest or rank > latest[measure_id][0]:
            latest[measure_id] = (rank, {"period": period, "status": status})
    return {measure_id: report for measure_id, (_rank, report) in latest.items()}


def overview(store: Store, *, fiscal_year: int, today: date) -> Overview:
    """Count ``fiscal_year``'s measures by status, in total, by quarter of their end date and by
    responsible unit. A measure's status is that of its latest report (latest_reports),
    "not_started" without one; it is late when neither done nor cancelled and its end date is
    before ``today``."""
    result = Overview()
    measures = list(
        store.db.query("SELECT id, end_date FROM measures WHERE fiscal_year = ?", [fiscal_year])
    )
    latest = latest_reports(store, fiscal_year=fiscal_year)
    units: dict[int, list[str]] = {}
    for measure_id, name in store.db.execute(
        "SELECT mu.measure_id, u.name FROM measure_units mu JOIN units u ON u.id = mu.unit_id "
        "JOIN measures m ON m.id = mu.measure_id WHERE m.fiscal_year = ? ORDER BY mu.position",
        [fiscal_year],
    ):
        units.setdefault(measure_id, []).append(name)
    for measure in measures:
        status = latest.get(measure["id"], {}).get("status", "not_started")
        end = date.fromisoformat(measure["end_date"]) if measure["end_date"] else None
        late = status not in ("done", "cancelled") and end is not None and end < today
        result.total.add(status, late=late)
        quarter = "undated" if end is None else fiscal_quarter(end, fiscal_year=fiscal_year)
        result.by_quarter[quarter or "outside"].add(status, late=late)
        for name in units.get(measure["id"], [""]):
            result.by_unit.setdefault(name, StatusCounts()).add(status, late=late)
    return result
