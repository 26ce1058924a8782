"""One open database file as the window sees it: the store, its undo stack, and change signals.

Views ask the Document for values and hand it edits; it turns each edit into an undoable command,
writes through the core's thin operations (each write one transaction, committed at once) and
emits ``changed`` so every view showing that area can refresh. No widgets here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QUndoStack

from ita_desktop import workbook
from ita_desktop.scoring import ScoreResult
from ita_desktop.storage import StorageError, Store, analysis_texts, assessments, profile
from ui.commands import (
    EditAnalysisText,
    OfficialResultCommand,
    ProfileFieldCommand,
    ReplaceFrameworkCommand,
    ScoresCommand,
)
from ui.edits.followups import FOLLOWUPS, FollowupEdits  # noqa: F401 - areas re-exported
from ui.edits.measures import MEASURES, UNITS, MeasureEdits  # noqa: F401
from ui.edits.memos import MEMOS, MemoEdits  # noqa: F401
from ui.edits.readiness import READINESS, ReadinessEdits  # noqa: F401
from ui.edits.report_images import IMAGES, ImageEdits  # noqa: F401

PROFILE = "profile"
SCORES = "scores"
OFFICIAL = "official"
ANALYSIS = "analysis"
FRAMEWORK = "framework"


class Document(QObject):
    """``changed(area, fiscal_year)``: area is PROFILE (year 0), SCORES, OFFICIAL, ANALYSIS (the
    analysis texts) or FRAMEWORK (a framework change is then also announced as SCORES, since
    every computed figure may move); for the planning areas MEASURES (rows added, deleted or
    moved; one measure's fields: ``measures.measure_updated``), UNITS (year 0), FOLLOWUPS,
    READINESS and MEMOS, and IMAGES (the analysis report's pictures). The planning areas' reads
    and undoable edits are ``measures``, ``followups``, ``readiness``, ``memos`` and
    ``images`` (ui.edits); ``last_error`` is the latest refusal.
    ``saved(QDateTime)`` after every committed write; ``failed(message)`` when the core refused.
    ``closed()`` once, when the window lets the document go (``mark_closed``; ``is_closed``)."""

    changed = Signal(str, int)
    saved = Signal(QDateTime)
    failed = Signal(str)
    closed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.last_saved: QDateTime | None = None
        self.last_error = ""
        self.is_closed = False
        self.measures = MeasureEdits(self)
        self.followups = FollowupEdits(self)
        self.readiness = ReadinessEdits(self)
        self.memos = MemoEdits(self)
        self.images = ImageEdits(self)

    def mark_closed(self) -> None:
        """The window is letting this document go (File › Close, another file opened in its
        place, the window closed) and closes its store next: ``is_closed`` becomes True and
        ``closed`` is emitted, the store still open. The views stop their timers and drop
        their background work then, not when the document is deleted later (deleteLater), so
        nothing reads the closed store meanwhile. Called again, it does nothing."""
        if not self.is_closed:
            self.is_closed = True
            self.closed.emit()

    # Reading --------------------------------------------------------------------------------

    def profile(self) -> dict:
        return profile.get_profile(self.store)

    def fiscal_years(self) -> list[int]:
        return assessments.list_fiscal_years(self.store)

    def plan_years(self) -> list[int]:
        """Years with measures, OIT readiness or memos, and the one after the latest assessment
        (ita_desktop.workbook.plan_years)."""
        return workbook.plan_years(self.store)

    def scores(self, fiscal_year: int, *, official: bool = False) -> dict[str, Decimal]:
        return assessments.get_scores(self.store, fiscal_year=fiscal_year, official=official)

    def result(self, fiscal_year: int) -> ScoreResult:
        return workbook.result_of(self.store, fiscal_year)

    def published(self, fiscal_year: int) -> ScoreResult:
        """What documents print for the year (workbook.published_of: the NACC's published
        figures and rating where entered, else computed)."""
        return workbook.published_of(self.store, fiscal_year)

    def official_result(self, fiscal_year: int) -> tuple[str | None, int | None, str | None]:
        row = assessments.get_assessment(self.store, fiscal_year)
        return row["official_rating"], row["official_rank"], row["official_rank_of"]

    # Edits from the views (undoable) ------------------------------------------------------

    def set_profile_field(self, field: str, value: str) -> None:
        old = self.profile().get(field) or ""
        if value.strip() == old:
            return
        self._push(ProfileFieldCommand(self, field=field, old=old, new=value,
                                       text=self.tr("Edit office details")))

    def set_scores(self, fiscal_year: int, values: Mapping[str, Decimal | None], *,
                   official: bool = False, text: str | None = None) -> None:
        """Set scores by code (None clears: not scored). Values equal to the stored ones are
        left out; nothing happens when none is left."""
        stored = self.scores(fiscal_year, official=official)
        new = {code: value for code, value in values.items() if stored.get(code) != value}
        if not new:
            return
        old = {code: stored.get(code) for code in new}
        if text is None:
            codes = ", ".join(new)
            text = (self.tr("Edit score %1") if len(new) == 1
                    else self.tr("Paste scores %1")).replace("%1", codes)
        self._push(ScoresCommand(self, fiscal_year=fiscal_year, old=old, new=new,
                                 official=official, text=text))

    def set_official_result(self, fiscal_year: int, *, rating: str | None, rank: int | None,
                            rank_of: str | None) -> None:
        old = self.official_result(fiscal_year)
        new = (rating or None, rank, rank_of or None)
        if new == old:
            return
        self._push(OfficialResultCommand(self, fiscal_year=fiscal_year, old=old, new=new,
                                         text=self.tr("Edit published results")))

    def set_framework(self, fiscal_year: int, framework_document: Mapping, *,
                      text: str | None = None) -> None:
        """Replace the year's framework with a document the caller has validated (with
        framework.framework_from_document). Nothing happens when it equals the stored one."""
        old = assessments.framework_for(self.store, fiscal_year)
        new = json.loads(json.dumps(framework_document))  # a private deep copy
        if assessments.canonical_json(new) == assessments.canonical_json(old):
            return
        self._push(ReplaceFrameworkCommand(
            self, fiscal_year=fiscal_year, old=old, new=new,
            text=text or self.tr("Edit framework %1").replace("%1", str(fiscal_year))))

    def set_analysis_text(self, fiscal_year: int, key: tuple[str, str, str], text: str) -> None:
        """Set the office's wording of one analysis text (undoable). A text never stored yet
        first gets its current draft recorded, so undo brings back an unedited draft."""
        text = text.strip()
        try:
            stored = analysis_texts.get_texts(self.store, fiscal_year=fiscal_year).get(key)
            if stored is None and not self.store.read_only:
                draft = workbook.drafts_of(self.store, fiscal_year).get(key, "")
                analysis_texts.save_draft(self.store, fiscal_year=fiscal_year,
                                          drafts={key: draft})
                stored = {"text": draft}
        except (StorageError, ValueError) as exc:
            self.report_failure(str(exc))
            return
        old = stored["text"] if stored else ""
        if text == old:
            return
        self._push(EditAnalysisText(self, fiscal_year=fiscal_year, key=key, old=old, new=text,
                                    text=self.tr("Edit analysis text")))

    def redraft_analysis(self, fiscal_year: int, *, replace_edited: bool = False) -> list[tuple]:
        """Store fresh drafts of the year's analysis texts (not undoable: the view asks first
        when edited texts would be replaced). Returns the keys of edited texts that were kept
        (none when ``replace_edited``); [] when the write was refused (reported)."""
        if self.store.read_only:
            self.report_failure(self.store.read_only_reason
                                or self.tr("This file is open read-only"))
            return []
        try:
            kept = workbook.redraft(self.store, fiscal_year=fiscal_year,
                                    replace_edited=replace_edited)
        except (StorageError, ValueError) as exc:
            self.report_failure(str(exc))
            return []
        self._saved(ANALYSIS, fiscal_year)
        return kept

    def _push(self, command) -> None:
        if self.store.read_only:
            self.report_failure(self.store.read_only_reason
                                or self.tr("This file is open read-only"))
            return
        self.undo_stack.push(command)

    # Writes (called by the commands) ----------------------------------------------------

    def write_profile(self, **fields: str) -> None:
        profile.save_profile(self.store, **fields)
        self._saved(PROFILE, 0)

    def write_emblem(self, value: tuple[bytes, str] | None) -> None:
        """Store the emblem ((data, mime)) or remove it (None); raises StorageError."""
        if value is None:
            profile.clear_emblem(self.store)
        else:
            profile.set_emblem(self.store, data=value[0], mime=value[1])
        self._saved(PROFILE, 0)

    def write_scores(self, fiscal_year: int, values: Mapping[str, Decimal | None], *,
                     official: bool) -> None:
        if all(value is not None for value in values.values()):
            workbook.enter_scores(self.store, fiscal_year=fiscal_year, official=official,
                                  pairs=[(code, format(value, "f")) for code, value in
                                         values.items()])
        else:
            assessments.set_scores(self.store, fiscal_year=fiscal_year, scores=values,
                                   official=official)
        self._saved(OFFICIAL if official else SCORES, fiscal_year)

    def write_official(self, fiscal_year: int, *, rating: str | None, rank: int | None,
                       rank_of: str | None) -> None:
        assessments.set_official(self.store, fiscal_year=fiscal_year, rating=rating, rank=rank,
                                 rank_of=rank_of)
        self._saved(OFFICIAL, fiscal_year)

    def write_framework(self, fiscal_year: int, framework_document: Mapping) -> None:
        assessments.replace_framework(self.store, fiscal_year=fiscal_year,
                                      document=framework_document)
        self._saved(FRAMEWORK, fiscal_year)
        self.changed.emit(SCORES, fiscal_year)

    def write_analysis_text(self, fiscal_year: int, key: tuple[str, str, str],
                            text: str) -> None:
        scope, text_key, field = key
        analysis_texts.edit_text(self.store, fiscal_year=fiscal_year, scope=scope, key=text_key,
                                 field=field, text=text)
        self._saved(ANALYSIS, fiscal_year)

    def report_failure(self, message: str) -> None:
        """Keep ``message`` in ``last_error`` and send it on ``failed``."""
        self.last_error = message
        self.failed.emit(message)

    def mark_saved(self) -> None:
        """A write was committed: update ``last_saved`` and emit ``saved``."""
        self.last_saved = QDateTime.currentDateTime()
        self.saved.emit(self.last_saved)

    def announce(self, area: str, fiscal_year: int) -> None:
        """A write to ``area`` of ``fiscal_year`` was committed: ``saved``, then ``changed``."""
        self.mark_saved()
        self.changed.emit(area, fiscal_year)

    _saved = announce
