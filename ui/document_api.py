"""What undoable edits need of the open document, as an interface: ui.commands and ui.edits.* are
written against :class:`DocumentApi`, and ui.document.Document provides it. So the arrows run one
way (document → commands, edits → document_api) and an edit never imports the Document it edits.

Only typing: nothing here runs. ``Document``'s own docstrings say what each member does.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoStack

from ita_desktop.storage import Store


class UnitsApi(Protocol):
    """The responsible units as another area's edits use them (``document.measures``)."""

    def units(self) -> list[dict]: ...

    def add_unit(self, name: str) -> int | None: ...


class DocumentApi(Protocol):
    """The open file as commands and planning-area edits see it (ui.document.Document):
    ``store``, the ``undo_stack`` edits are pushed on, ``last_error`` and ``failed`` for a
    refusal, ``changed(area, fiscal_year)`` and the writes the commands call."""

    store: Store
    undo_stack: QUndoStack
    last_error: str
    changed: SignalInstance
    failed: SignalInstance
    measures: UnitsApi

    def report_failure(self, message: str) -> None: ...

    def mark_saved(self) -> None: ...

    def announce(self, area: str, fiscal_year: int) -> None: ...

    def write_profile(self, **fields: str) -> None: ...

    def write_emblem(self, value: tuple[bytes, str] | None) -> None: ...

    def write_scores(self, fiscal_year: int, values: Mapping[str, Decimal | None], *,
                     official: bool) -> None: ...

    def write_official(self, fiscal_year: int, *, rating: str | None, rank: int | None,
                       rank_of: str | None) -> None: ...

    def write_framework(self, fiscal_year: int, framework_document: Mapping) -> None: ...

    def write_analysis_text(self, fiscal_year: int, key: tuple[str, str, str],
                            text: str) -> None: ...
