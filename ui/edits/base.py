"""What every planning area's edits share: a command done once by the caller, then undone and
redone by the stack, and an area object that runs it and reports a refusal.

An edit is first *tried* outside the undo stack (``Edit.first``): when the core refuses it
(StorageError, ValueError) nothing is pushed, the Document reports the message on ``failed`` and
keeps it in ``last_error``, and the area method returns a false value, so a view can show the
message beside the field at once. Once it succeeded the command is pushed; its first ``redo`` (run
by QUndoStack.push) does nothing, later ones repeat it. Every write is one transaction in the core;
deletions keep whole records (ita_desktop.storage.records) so undo puts back the same ids.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from ita_desktop.storage import StorageError
from ui.document_api import DocumentApi


class Edit(QUndoCommand):
    """Override ``first()`` (the first run; may raise), ``again()`` (redo after an undo) and
    ``back()`` (undo). A failure in again/back is reported and makes the command obsolete."""

    def __init__(self, document: DocumentApi, text: str):
        super().__init__(text)
        self.document = document
        self._pending_first = True

    def first(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def again(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def back(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def redo(self) -> None:
        if self._pending_first:
            self._pending_first = False
            return
        self._guard(self.again)

    def undo(self) -> None:
        self._guard(self.back)

    def _guard(self, step) -> None:
        try:
            step()
        except (StorageError, ValueError) as exc:
            self.setObsolete(True)
            self.document.report_failure(str(exc))


class ValuesEdit(Edit):
    """An edit that writes ``new`` on its first run and on redo, and ``old`` on undo, through
    ``_write(values)`` (override)."""

    old: object = None
    new: object = None

    def _write(self, values) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def first(self):
        self._write(self.new)

    def again(self):
        self._write(self.new)

    def back(self):
        self._write(self.old)


class Area(QObject):
    """One planning area of a Document (``document.measures``, ``.followups`` …)."""

    def __init__(self, document: DocumentApi):
        super().__init__(document)
        self.document = document

    @property
    def store(self):
        return self.document.store

    def run(self, edit: Edit) -> Any:
        """Try ``edit``; on success push it and return what ``first()`` returned (True when it
        returned None); on refusal report it and return None."""
        document = self.document
        document.last_error = ""
        if self.store.read_only:
            document.report_failure(self.store.read_only_reason or QCoreApplication.translate(
                "Document", "This file is open read-only"))
            return None
        try:
            value = edit.first()
        except (StorageError, ValueError) as exc:
            document.report_failure(str(exc))
            return None
        document.undo_stack.push(edit)
        return True if value is None else value
