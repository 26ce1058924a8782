"""Undoable edits of the follow-up of measures: one report per measure and period, with dated
evidence (``document.followups``). Each edit announces ``document.changed(FOLLOWUPS, year)``
with the fiscal year of the measure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ita_desktop.storage import InvalidRecordError, followups, measures, records
from ui.edits.base import Area, Edit
from ui.models.followup_models import period_label

FOLLOWUPS = "followups"
REPORT_FIELDS = ("status", "results", "outcome", "suggestions")


class _SetReport(Edit):
    """Create or change the report of (measure, period); undo of a creation deletes it (record
    kept), and redo restores the same id so later evidence edits still find it. Undo and redo
    write back the report's time as it was (``old_time``) or as the edit made it, so "last
    saved" says when the text was written, not when it was undone or redone."""

    def __init__(self, area: FollowupEdits, measure_id: int, period: str,
                 old: dict | None, new: dict, text: str, *, old_time: str | None = None):
        super().__init__(area.document, text)
        self.area, self.measure_id, self.period, self.old, self.new = (area, measure_id, period,
                                                                      old, new)
        self.old_time = old_time
        self.new_time: str | None = None
        self.record: dict | None = None
        self.report_id: int | None = None

    def first(self):
        self.report_id = followups.set_followup(self.area.store, measure_id=self.measure_id,
                                                period=self.period, **self.new)
        self.new_time = records.followup_record(self.area.store,
                                                self.report_id)["followup"]["updated_at"]
        self.area.changed_for(self.measure_id)
        return self.report_id

    def again(self):
        if self.record is not None:
            records.restore_followup(self.area.store, self.record)
            self.record = None
        else:
            followups.set_followup(self.area.store, measure_id=self.measure_id,
                                   period=self.period, updated_at=self.new_time, **self.new)
        self.area.changed_for(self.measure_id)

    def back(self):
        store = self.area.store
        if self.old is None:
            self.record = records.followup_record(store, self.report_id)
            followups.delete_followup(store, followup_id=self.report_id)
        else:
            followups.set_followup(store, measure_id=self.measure_id, period=self.period,
                                   updated_at=self.old_time, **self.old)
        self.area.changed_for(self.measure_id)


class _EvidenceEdit(Edit):
    """Add (new), change (old and new) or remove (old only) one piece of evidence."""

    def __init__(self, area: FollowupEdits, measure_id: int, text: str, *,
                 report_id: int, evidence_id: int | None = None, old: dict | None = None,
                 new: dict | None = None):
        super().__init__(area.document, text)
        self.area, self.measure_id = area, measure_id
        self.report_id, self.evidence_id, self.old, self.new = report_id, evidence_id, old, new
        self.record: dict | None = None

    def first(self):
        store = self.area.store
        if self.old is None:
            self.evidence_id = followups.add_evidence(store, followup_id=self.report_id,
                                                      **self.new)
        elif self.new is None:
            self.record = records.evidence_record(store, self.evidence_id)
            followups.delete_evidence(store, evidence_id=self.evidence_id)
        else:
            followups.update_evidence(store, evidence_id=self.evidence_id, **self.new)
        self.area.changed_for(self.measure_id)
        return self.evidence_id

    def again(self):
        store = self.area.store
        if self.old is None:
            records.restore_evidence(store, self.record)
        elif self.new is None:
            followups.delete_evidence(store, evidence_id=self.evidence_id)
        else:
            followups.update_evidence(store, evidence_id=self.evidence_id, **self.new)
        self.area.changed_for(self.measure_id)

    def back(self):
        store = self.area.store
        if self.old is None:
            self.record = records.evidence_record(store, self.evidence_id)
            followups.delete_evidence(store, evidence_id=self.evidence_id)
        elif self.new is None:
            records.restore_evidence(store, self.record)
        else:
            followups.update_evidence(store, evidence_id=self.evidence_id, **self.old)
        self.area.changed_for(self.measure_id)


def _evidence_fields(title: str, date: dt.date | str | None, url: str | None) -> dict:
    if isinstance(date, dt.date):
        date = date.isoformat()
    return {"title": (title or "").strip(), "date": date or None, "url": (url or "").strip()
            or None}


class FollowupEdits(Area):
    """Reading and undoable editing of follow-up reports and evidence. Edit methods return a
    true value (the id where one is made) when done, None when refused (``document.last_error``).
    ``last_measure``: the measure whose follow-up changed last (the window shows it after an
    undo)."""

    last_measure: int | None = None

    def list(self, fiscal_year: int) -> list[dict]:
        """Reports of the year's measures (storage.followups.list_followups)."""
        return followups.list_followups(self.store, fiscal_year=fiscal_year)

    def report(self, measure_id: int, period: str) -> dict | None:
        """The report of one measure and period (with ``evidence``), or None."""
        year = measures.get_measure(self.store, measure_id)["fiscal_year"]
        return next((r for r in self.list(year)
                     if r["measure_id"] == measure_id and r["period"] == period), None)

    def latest(self, fiscal_year: int) -> dict[int, dict[str, str]]:
        """{measure_id: {"period", "status"}} of each measure's latest report
        (storage.followups.latest_reports); measures without a report are absent."""
        return followups.latest_reports(self.store, fiscal_year=fiscal_year)

    def evidence_problems(self, *, title: str, date: dt.date | str | None = None,
                          url: str | None = None) -> dict[str, str]:
        """The core's message for each field of this evidence it would refuse ({"title" |
        "date" | "url": message}, {} when acceptable); writes nothing."""
        return followups.evidence_problems(**_evidence_fields(title, date, url))

    def overview(self, fiscal_year: int, *, today: dt.date | None = None) -> followups.Overview:
        return followups.overview(self.store, fiscal_year=fiscal_year,
                                  today=today or dt.date.today())

    def set_report(self, measure_id: int, period: str, **fields: Any) -> int | None:
        """Create or change a report: ``fields`` among REPORT_FIELDS (others keep their value;
        a new report starts as not_started with empty texts). Returns the report's id."""
        current = self.report(measure_id, period)
        base = {"status": "not_started", "results": "", "outcome": "", "suggestions": ""}
        old = {k: current[k] for k in REPORT_FIELDS} if current else None
        new = dict(old or base)
        new.update({k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()})
        if current is not None and new == old:
            return current["id"]
        return self.run(_SetReport(self, measure_id, period, old, new,
                                   self.tr("Record follow-up %1").replace("%1",
                                                                         period_label(period)),
                                   old_time=current["updated_at"] if current else None))

    def add_evidence(self, measure_id: int, period: str, *, title: str,
                     date: dt.date | str | None = None, url: str | None = None) -> int | None:
        """Attach evidence to the report of (measure, period), creating the report (not
        started) when there is none yet, in one undo step. Returns the evidence id."""
        report = self.report(measure_id, period)
        new = _evidence_fields(title, date, url)
        if report is None:
            try:  # check first, so a refused evidence leaves no empty report behind
                followups.check_evidence(**new)
            except InvalidRecordError as exc:
                self.document.report_failure(str(exc))
                return None
            stack = self.document.undo_stack
            # One transaction: a crash between the two writes leaves neither.
            with self.store.atomic():
                stack.beginMacro(self.tr("Add evidence"))
                try:
                    report_id = self.set_report(measure_id, period)
                    return report_id and self.run(_EvidenceEdit(
                        self, measure_id, self.tr("Add evidence"), report_id=report_id, new=new))
                finally:
                    stack.endMacro()
        return self.run(_EvidenceEdit(self, measure_id, self.tr("Add evidence"),
                                      report_id=report["id"], new=new))

    def update_evidence(self, measure_id: int, evidence_id: int, *, title: str,
                        date: dt.date | str | None = None, url: str | None = None) -> bool:
        old = records.evidence_record(self.store, evidence_id)
        new = _evidence_fields(title, date, url)
        if {k: old[k] for k in new} == new:
            return True
        return bool(self.run(_EvidenceEdit(
            self, measure_id, self.tr("Edit evidence"), report_id=old["followup_id"],
            evidence_id=evidence_id, old={k: old[k] for k in new}, new=new)))

    def delete_evidence(self, measure_id: int, evidence_id: int) -> bool:
        old = records.evidence_record(self.store, evidence_id)
        return bool(self.run(_EvidenceEdit(
            self, measure_id, self.tr("Remove evidence"), report_id=old["followup_id"],
            evidence_id=evidence_id, old=old)))

    def changed_for(self, measure_id: int) -> None:
        self.last_measure = measure_id
        year = self.store.db.execute("SELECT fiscal_year FROM measures WHERE id = ?",
                                     [measure_id]).fetchone()
        self.document.announce(FOLLOWUPS, year[0] if year else 0)
