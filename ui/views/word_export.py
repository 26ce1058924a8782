"""Save as Word… of the documents screen (ui.views.documents_view): the document as shown (its
options and memo fields) written as a .docx that the office can edit before it is signed.

The file name is asked in the folder of the last saved document (OutputActions.folder, else the
home folder), ".docx" is added when missing. The data is gathered on the GUI thread
(ita_desktop.documents.prepare; the Store belongs to it) and the file is written on a worker
(render_prepared with ``format="docx"``, through ui.operations.run_op). What happened is said
through the OutputActions' ``status`` and ``error`` signals, like Save PDF….
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ita_desktop.documents import DocumentError, DocumentOptions, prepare, render_prepared
from ita_desktop.storage import Store
from ui import settings as keys
from ui.operations import Operation, run_op
from ui.settings import Settings
from ui.views.print_support import OutputActions


class WordExport(QObject):
    """Save as Word… for the view ``parent``. ``saving`` is the running Operation (None when
    idle); ``ended()`` is emitted on the GUI thread when a save has succeeded or failed, after
    ``saving`` went back to None (the view re-enables its button then)."""

    ended = Signal()

    def __init__(self, parent: QWidget, output: OutputActions, settings: Settings):
        super().__init__(parent)
        self.parent_widget, self.output, self.settings = parent, output, settings
        self.saving: Operation | None = None

    def save(self, store: Store, *, kind: str, fiscal_year: int, options: DocumentOptions,
             title: str, disable: list[QWidget] = ()) -> Path | None:
        """Ask for a file name (suggested ``title``.docx), then write document ``kind`` of
        ``fiscal_year`` with ``options`` there off the GUI thread. Returns the chosen file at
        once (the writing goes on), None when cancelled or when the document cannot be made
        (DocumentError: its message goes to ``output.error``). A failed write
        (DocumentError, OSError) says "Not saved: …" through ``output.error``; any other
        exception is raised on the GUI thread."""
        folder = self.output.folder if self.output.has_folder() else Path.home()
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save as Word"), str(folder / f"{title}.docx"),
            self.tr("Word files (*.docx)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        try:
            context = prepare(kind, store, fiscal_year=fiscal_year, options=options)
        except DocumentError as exc:
            self.output.error.emit(str(exc))
            return None

        def done(_report) -> None:
            self.saving = None
            self.output.last_saved, self.output.folder = target, target.parent
            self.settings.set(keys.DOCUMENT_FOLDER, str(target.parent))
            self.output.status.emit(self.tr("Saved %1").replace("%1", str(target)))
            self.ended.emit()

        def failed(exc: BaseException) -> None:
            self.saving = None
            self.ended.emit()
            if not isinstance(exc, DocumentError | OSError):
                raise exc
            self.output.error.emit(self.tr("Not saved: %1").replace("%1", str(exc)))

        self.saving = run_op(
            self.parent_widget, label=self.tr("Saving the Word file…"),
            work=lambda: render_prepared(context, target, options, format="docx"),
            on_success=done, on_failure=failed, disable=disable)
        return target
