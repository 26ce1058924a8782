"""Undoable edits. Each command writes through the core (one transaction per write) when it is
done or redone, and writes the previous values back when undone.

Commands never touch widgets: they call the Document, which writes and then announces the change.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtGui import QUndoCommand

from ita_desktop.storage import StorageError
from ui.document_api import DocumentApi

ScoreMap = Mapping[str, Decimal | None]


class _WriteCommand(QUndoCommand):
    """Runs ``_apply(self.new)`` on redo and ``_apply(self.old)`` on undo. A write the core refuses on the
    first run makes the command obsolete (the stack drops it) and is reported by the Document."""

    def __init__(self, document: DocumentApi, text: str):
        super().__init__(text)
        self.document = document
        self.old = self.new = None  # set by each command

    def redo(self) -> None:
        self._run(self.new)

    def undo(self) -> None:
        self._run(self.old)

    def _apply(self, values) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _run(self, values) -> None:
        try:
            self._apply(values)
        except (StorageError, ValueError) as exc:  # ValueError: scoring.EntryError
            self.setObsolete(True)
            self._failed(str(exc))

    def _failed(self, message: str) -> None:
        self.document.report_failure(message)


class ProfileFieldCommand(_WriteCommand):
    """Set one text field of the office profile (ข้อมูลหน่วยงาน)."""

    def __init__(self, document: DocumentApi, *, field: str, old: str, new: str, text: str):
        super().__init__(document, text)
        self.field, self.old, self.new = field, old, new

    def _apply(self, value: str) -> None:
        self.document.write_profile(**{self.field: value})


class ScoresCommand(_WriteCommand):
    """Set (or clear, with None) some scores of one fiscal year: the office's own figures, or the
    official NACC figures when ``official``."""

    def __init__(self, document: DocumentApi, *, fiscal_year: int, old: ScoreMap, new: ScoreMap,
                 official: bool, text: str):
        super().__init__(document, text)
        self.fiscal_year, self.official = fiscal_year, official
        self.old, self.new = dict(old), dict(new)

    def _apply(self, values: ScoreMap) -> None:
        self.document.write_scores(self.fiscal_year, values, official=self.official)


class OfficialResultCommand(_WriteCommand):
    """Set the published rating and rank of one fiscal year (rating, rank, rank_of)."""

    def __init__(self, document: DocumentApi, *, fiscal_year: int, old: tuple, new: tuple,
                 text: str):
        super().__init__(document, text)
        self.fiscal_year, self.old, self.new = fiscal_year, old, new

    def _apply(self, values: tuple) -> None:
        rating, rank, rank_of = values
        self.document.write_official(self.fiscal_year, rating=rating, rank=rank, rank_of=rank_of)


class ReplaceFrameworkCommand(_WriteCommand):
    """Replace the framework document of one fiscal year (a new copy in the file; the previous
    copy stays, so undo points the assessment back at it). Documents are validated before."""

    def __init__(self, document: DocumentApi, *, fiscal_year: int, old: dict, new: dict, text: str):
        super().__init__(document, text)
        self.fiscal_year, self.old, self.new = fiscal_year, old, new

    def _apply(self, framework_document: dict) -> None:
        self.document.write_framework(self.fiscal_year, framework_document)


class EditAnalysisText(_WriteCommand):
    """Set the office's wording of one analysis text of a fiscal year, addressed (scope, key,
    field) as in storage.analysis_texts; undo writes the previous wording back."""

    def __init__(self, document: DocumentApi, *, fiscal_year: int, key: tuple[str, str, str],
                 old: str, new: str, text: str):
        super().__init__(document, text)
        self.fiscal_year, self.key, self.old, self.new = fiscal_year, key, old, new

    def _apply(self, value: str) -> None:
        self.document.write_analysis_text(self.fiscal_year, self.key, value)


class EmblemCommand(_WriteCommand):
    """Set the office emblem to ``new`` ((data, mime), or None to remove it); undo restores
    ``old``. A refusal goes to ``on_error`` (which words it for the chosen file)."""

    def __init__(self, document: DocumentApi, *, old, new, text: str, on_error):
        super().__init__(document, text)
        self.old, self.new, self.on_error = old, new, on_error

    def _apply(self, value) -> None:
        self.document.write_emblem(value)

    def _failed(self, message: str) -> None:
        self.on_error(message)
