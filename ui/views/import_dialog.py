"""Import from Another File: read another office's file (or an older copy of ours), show what
would be added, what conflicts and what is already the same, let staff choose per conflict,
then write everything in one transaction after a safety copy of the file.

The other file is read on a worker thread (ui.operations.run_op; it is checked whole and never
written), and so is the safety copy (from the file, on a connection of its own); the plan and
the import itself run on the GUI thread, where the open Store lives. An
import is not an undoable edit: the dialog says so, and the caller reopens the file afterwards
(ui.sharing_menu), which also clears the Undo history.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import workbook
from ita_desktop.framework import FrameworkError
from ita_desktop.storage import StorageError, Store, merge
from ita_desktop.storage.file_errors import describe as describe_file_error
from ui.document import Document
from ui.models.import_plan_model import COL_BOTH, COL_MINE, COL_RECORD, COL_THEIRS, ImportPlanModel
from ui.operations import Operation, run_op

ERROR_STYLE = "QLabel { color: #b00020; }"
WARNING_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0b800; padding: 6px;"
                 " color: #4a3b00; }")


class ImportDialog(QDialog):
    """Plans importing ``path`` into ``document``'s file. ``plan`` (None until read), ``model``
    (ui.models.import_plan_model), ``error`` (label: a refused file or a failed import),
    ``operation`` (the read), ``saving`` (the safety copy while it runs); after a successful
    ``apply()``: ``counts`` (merge.ImportCounts) and ``backup_path`` (the safety copy), and the
    dialog is accepted."""

    def __init__(self, document: Document, path: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.path = Path(path)
        self.plan: merge.ImportPlan | None = None
        self.counts: merge.ImportCounts | None = None
        self.backup_path: Path | None = None
        self.saving: Operation | None = None  # the safety copy, while it is being written
        self.stale_years: list[int] = []  # analyses the import left drafted from older scores
        self.setWindowTitle(self.tr("Import from Another File"))
        self.heading = QLabel(self.tr("Reading “%1”…").replace("%1", self.path.name))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.warning = QLabel(self.tr(
            "An import cannot be undone with Undo, and it clears this session’s Undo history. "
            "Before importing, a copy of this file as it is now is saved beside it "
            "(“%1.before-import-…db”); open that copy to go back.")
            .replace("%1", document.store.path.stem if document.store.path else ""))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.model = ImportPlanModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_RECORD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_RECORD, 400)
        for column in (COL_MINE, COL_THEIRS):  # the values side by side share the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_BOTH, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QPlainTextEdit()
        self.details.setObjectName("import-details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a row to see the whole record here."))
        self.details.setMaximumHeight(110)
        self.tree.selectionModel().currentChanged.connect(lambda current, _: self._show(current))
        self.all_mine = QPushButton(self.tr("Keep This File’s for All"))
        self.all_mine.clicked.connect(lambda: self.model.choose_all(merge.MINE))
        self.all_theirs = QPushButton(self.tr("Take the Imported File’s for All"))
        self.all_theirs.clicked.connect(lambda: self.model.choose_all(merge.THEIRS))
        self.both_hint = QLabel(self.tr("“Keep both” is offered for measures (the imported one "
                                        "is added as a second measure) and for evidence."))
        self.both_hint.setWordWrap(True)
        self.both_hint.setStyleSheet("QLabel { color: #555; }")
        self.pending = QLabel()
        self.pending.setStyleSheet(ERROR_STYLE)
        self.error = QLabel()
        self.error.setObjectName("import-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        choices = QHBoxLayout()
        choices.addWidget(self.all_mine)
        choices.addWidget(self.all_theirs)
        choices.addWidget(self.pending, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notes)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(choices)
        layout.addWidget(self.both_hint)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.model.choices_changed.connect(self._update_state)
        self._set_choosing(False)
        self.resize(1100, 640)
        self.operation: Operation = run_op(
            self, label=self.tr("Reading “%1”…").replace("%1", self.path.name),
            work=partial(merge.read_office, self.path), on_success=self._read,
            on_failure=self._refused)

    # Reading the other file --------------------------------------------------------------

    def _read(self, data: merge.OfficeData) -> None:
        try:
            plan = merge.plan_against(self.document.store, data)
        except StorageError as exc:
            self._refused(exc)
            return
        self.plan = plan
        self.model.set_plan(plan)
        office = f" — {plan.source_name}" if plan.source_name else ""
        self.heading.setText(self.tr("Importing from “%1”%2").replace("%1", self.path.name)
                             .replace("%2", office))
        counts = plan.counts()
        summary = (self.tr("%1 to add, %2 in conflict, %3 already the same.")
                   .replace("%1", str(counts[merge.ADDED]))
                   .replace("%2", str(counts[merge.CONFLICT]))
                   .replace("%3", str(counts[merge.IDENTICAL])))
        self.notes.setText("\n".join([summary, *plan.notes]))
        self.notes.show()
        conflicts = self.tree.model().index(0, 0)
        self.tree.expand(conflicts)
        if not counts[merge.CONFLICT]:
            self.tree.expand(self.tree.model().index(1, 0))
        self._set_choosing(True)
        self._update_state()

    def _show(self, index) -> None:
        """The current row's record in full: ours against theirs, field by field."""
        entry = self.model.entry_at(index.siblingAtColumn(0)) if index.isValid() else None
        if entry is None:
            self.details.clear()
            return
        lines = [entry.label]
        this_file, imported = self.tr("This file"), self.tr("Imported file")
        for field, ours, theirs in entry.full_differences():
            lines += [field, f"    {this_file}: {ours}", f"    {imported}: {theirs}"]
        if entry.status == merge.ADDED:
            lines += [f"{field}: {value}" for field, value in entry.fields()]
        self.details.setPlainText("\n".join(lines))

    def _refused(self, exc: BaseException) -> None:
        problem = describe_file_error(exc, path=self.path)
        if problem is None:
            raise exc
        self.heading.setText(self.tr("Cannot import “%1”").replace("%1", self.path.name))
        self.show_error(str(problem) + "\n" + self.tr("Neither file has been changed."))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _set_choosing(self, enabled: bool) -> None:
        has_conflicts = bool(self.plan and self.plan.conflicts)
        for widget in (self.all_mine, self.all_theirs, self.both_hint):
            widget.setVisible(enabled and has_conflicts)

    def _update_state(self) -> None:
        if self.plan is None:
            self.import_button.setEnabled(False)
            return
        waiting = len(self.model.pending())
        self.pending.setText(self.tr("%1 conflicts still need a choice.")
                             .replace("%1", str(waiting)) if waiting else "")
        counts = self.plan.counts()
        nothing = not counts[merge.ADDED] and not counts[merge.CONFLICT]
        self.import_button.setEnabled(not waiting and not nothing
                                      and not self.document.store.read_only)
        if nothing:
            self.pending.setText(self.tr("Nothing to import: this file already has everything "
                                         "in the other file."))

    # Importing ----------------------------------------------------------------------------

    def apply(self) -> Operation | None:
        """Take the safety copy on a worker (merge.backup_file_before_import: a slow or
        vanished shared folder never freezes the window), the dialog's buttons and choices
        disabled meanwhile, then import with the choices made when Import was pressed, in one
        transaction on the GUI thread. Returns the copy's Operation (also in ``saving``), None
        when nothing can be imported yet. Once imported the dialog is accepted; otherwise the
        message shows in ``error`` and the file is as it was."""
        if self.plan is None or self.model.pending() or self.saving is not None:
            return None
        store = self.document.store
        choices = self.model.effective_choices()
        self.error.hide()
        self.pending.setText(self.tr("Saving a safety copy of this file before importing…"))
        self.saving = run_op(
            self, label=self.pending.text(),
            work=partial(merge.backup_file_before_import, store.path),
            on_success=partial(self._backed_up, store, choices),
            on_failure=partial(self._backup_failed, store),
            disable=(self.buttons, self.tree, self.all_mine, self.all_theirs))
        return self.saving

    def reject(self) -> None:
        if self.saving is None:  # Esc or the title bar's close wait for the safety copy
            super().reject()

    def _backup_failed(self, store: Store, exc: BaseException) -> None:
        self.saving = None
        problem = describe_file_error(exc, path=store.path)
        if problem is None:
            raise exc
        self._update_state()
        self.show_error(self.tr("The safety copy could not be saved, so nothing was "
                                "imported: %1").replace("%1", str(problem)))

    def _backed_up(self, store: Store, choices: dict[str, str], backup: Path) -> None:
        self.saving = None
        self.backup_path = backup
        self._update_state()
        if self.document.store is not store or store.read_only:  # lock lost meanwhile
            self.show_error(self.tr("Nothing was imported: this window can no longer save to "
                                    "the file."))
            return
        try:
            self.counts = merge.apply_import(store, self.plan, choices)
        except StorageError as exc:
            self.show_error(self.tr("Nothing was imported; the file is as it was: %1")
                            .replace("%1", str(exc)))
            return
        try:  # the import is done; which analyses it made stale is only for the message
            self.stale_years = workbook.stale_after_import(store, self.counts.score_years)
        except (StorageError, FrameworkError, ValueError):
            self.stale_years = []
        self.accept()
