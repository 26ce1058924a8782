"""One open database file as the window sees it: the store, its undo stack, and change signals.

Views ask the Document for values and hand it edits; it turns each edit into an undoable command,
writes through the core's thin operations (each write one transaction, committed at once) and
emits ``changed`` so every view showing that area can refresh. No widgets here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QUndoStack

from ita_desktop import workbook
from ita_desktop.scoring import ScoreResult
from ita_desktop.storage import Store, assessments, profile
from ui.commands import OfficialResultCommand, ProfileFieldCommand, ScoresCommand

PROFILE = "profile"
SCORES = "scores"
OFFICIAL = "official"


class Document(QObject):
    """``changed(area, fiscal_year)``: area is PROFILE (year 0), SCORES or OFFICIAL.
    ``saved(QDateTime)`` after every committed write; ``failed(message)`` when the core refused."""

    changed = Signal(str, int)
    saved = Signal(QDateTime)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.last_saved: QDateTime | None = None

    # Reading --------------------------------------------------------------------------------

    def profile(self) -> dict:
        return profile.get_profile(self.store)

    def fiscal_years(self) -> list[int]:
        return assessments.list_fiscal_years(self.store)

    def scores(self, fiscal_year: int, *, official: bool = False) -> dict[str, Decimal]:
        return assessments.get_scores(self.store, fiscal_year=fiscal_year, official=official)

    def result(self, fiscal_year: int) -> ScoreResult:
        return workbook.result_of(self.store, fiscal_year)

    def official_result(self, fiscal_year: int) -> tuple[str | None, int | None, str | None]:
        row = assessments.get_assessment(self.store, fiscal_year)
        return row["official_rating"], row["official_rank"], row["official_rank_of"]

    # Edits from the views (undoable) ------------------------------------------------------

    def set_profile_field(self, field: str, value: str) -> None:
        old = self.profile().get(field) or ""
        if value.strip() == old:
            return
        self._push(ProfileFieldCommand(self, field=field, old=old, new=value,
                                       text=self.tr("แก้ไขข้อมูลหน่วยงาน")))

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
            text = (self.tr("แก้ไขคะแนน %1") if len(new) == 1
                    else self.tr("วางคะแนน %1")).replace("%1", codes)
        self._push(ScoresCommand(self, fiscal_year=fiscal_year, old=old, new=new,
                                 official=official, text=text))

    def set_official_result(self, fiscal_year: int, *, rating: str | None, rank: int | None,
                            rank_of: str | None) -> None:
        old = self.official_result(fiscal_year)
        new = (rating or None, rank, rank_of or None)
        if new == old:
            return
        self._push(OfficialResultCommand(self, fiscal_year=fiscal_year, old=old, new=new,
                                         text=self.tr("แก้ไขผลการประเมินที่ประกาศ")))

    def _push(self, command) -> None:
        if self.store.read_only:
            self.report_failure(self.store.read_only_reason
                                or self.tr("ไฟล์นี้เปิดแบบอ่านอย่างเดียว"))
            return
        self.undo_stack.push(command)

    # Writes (called by the commands) ----------------------------------------------------

    def write_profile(self, **fields: str) -> None:
        profile.save_profile(self.store, **fields)
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

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

    def _saved(self, area: str, fiscal_year: int) -> None:
        self.last_saved = QDateTime.currentDateTime()
        self.saved.emit(self.last_saved)
        self.changed.emit(area, fiscal_year)
