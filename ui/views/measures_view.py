"""มาตรการ of one fiscal year: a toolbar, the table of the year's measures (left) and the chosen
measure's form (right).

Every change goes through ``document.measures`` (ui.edits.measures), so it is one undoable step
and announced: ``document.changed(MEASURES, year)`` when rows were added, deleted or moved (the
table is brought in line, keeping the chosen measure; a move only reorders the rows shown),
``measure_updated(id)`` when one measure's fields changed (only that row is redrawn, so the
table stays quick with hundreds of measures) and ``changed(UNITS, 0)`` when the office's units
changed. Rows are reordered by dragging, with Ctrl+Up / Ctrl+Down, or with the Move buttons.

Several rows can be chosen (Ctrl/Shift-click, Shift+arrows): Delete (asking once, naming how
many), Duplicate, Move up/down and dragging then act on all of them as one undo step, and Ctrl+C
copies them as tab-separated lines (a table in Excel or Word). The form on the right edits one
measure at a time: with several chosen it says how many (no edit seems to apply to all). The
dialogs (suggestions, copy from another year, responsible units) run through ``exec_dialog`` so
tests can drive them without a modal loop.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import periods
from ita_desktop.framework import FrameworkError
from ita_desktop.projection import readiness_framework
from ita_desktop.storage import StorageError
from ui.document import FRAMEWORK, MEASURES, UNITS, Document
from ui.models.measures_model import (
    COL_KIND,
    COL_LINKS,
    COL_NUMBER,
    COL_PERIOD,
    COL_TITLE,
    COL_UNITS,
    MeasuresModel,
)
from ui.views.measure_form import MeasureForm, store_open
from ui.views.row_selection import choose_rows, chosen_rows
from ui.views.section import SectionView
from ui.widgets.messages import ask_yes_no

ERROR_STYLE = "QLabel { color: #b00020; }"


def exec_dialog(dialog: QDialog) -> int:
    """Run one of this view's dialogs modally (tests replace this to drive the dialog)."""
    return dialog.exec()


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (No by default); tests replace this to answer it."""
    return ask_yes_no(parent, title, text)


class MeasuresView(SectionView, QWidget):
    """The measures of ``fiscal_year`` (set with ``set_year``). ``model`` is the table's model,
    ``form`` the chosen measure's MeasureForm, ``message`` the label for refused actions."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self._stale = False
        self._reloading = False
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("measures-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.model = MeasuresModel(self._drop_move, self, move_block=self._drop_block)
        self.table = self._make_table()
        self.toolbar = self._make_toolbar()
        self.form = MeasureForm(document)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.form_scroll = scroll
        # As wide as the form's fields need (they are hidden until a measure is chosen, so the
        # form's own hint would be too small and the fields would run under the scroll bar).
        margins = self.form.layout().contentsMargins()
        scroll.setMinimumWidth(self.form.fields.minimumSizeHint().width() + margins.left()
                               + margins.right() + scroll.verticalScrollBar().sizeHint().width()
                               + 2 * scroll.frameWidth())
        self.splitter = QSplitter()
        self.splitter.setObjectName("measures-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 460])
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        document.changed.connect(self._changed)
        document.measures.measure_updated.connect(self._measure_updated)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("measures-table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)  # rows are two lines high: long Thai titles stay readable
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragDropOverwriteMode(False)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDropIndicatorShown(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 10)
        header = table.horizontalHeader()
        # No ResizeToContents: it measures every row on every change (slow with 500 measures).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        table.setColumnWidth(COL_NUMBER, metrics.averageCharWidth() * 3 + 12)
        header.setMinimumSectionSize(metrics.horizontalAdvance("000") + 12)
        table.viewport().installEventFilter(self)
        return table

    COLUMN_SHARES = ((COL_KIND, 8, 0.11), (COL_UNITS, 16, 0.17), (COL_PERIOD, 18, 0.17),
                     (COL_LINKS, 16, 0.17))
    """(column, width in characters, at most this share of the table): a narrow table (1366 ×
    768 at 125 %) narrows these columns and keeps room for the measure's title."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        chars = self.table.fontMetrics().averageCharWidth()
        for column, wanted, share in self.COLUMN_SHARES:
            self.table.setColumnWidth(column, min(chars * wanted + 12, int(width * share)))

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setObjectName("measures-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(text: str, slot, tip: str = "", keys=None, *, on_table=False) -> QAction:
            item = QAction(text, self)
            item.setToolTip(tip or text)
            item.triggered.connect(slot)
            if keys is not None:
                item.setShortcut(QKeySequence(keys))
                item.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.table.addAction(item)
            bar.addAction(item)
            return item

        self.add_action = action(self.tr("Add"), self.add_measure,
                                 self.tr("Add a measure at the end of the table (Insert)"),
                                 Qt.Key.Key_Insert)
        self.duplicate_action = action(self.tr("Duplicate"), self.duplicate_measure,
                                       self.tr("Copy the chosen measures, with their units and "
                                               "links, each right after itself"))
        self.delete_action = action(self.tr("Delete"), self.delete_measure,
                                    self.tr("Delete the chosen measures and their follow-up "
                                            "(Delete; Edit › Undo brings them back)"),
                                    QKeySequence.StandardKey.Delete)
        bar.addSeparator()
        self.up_action = action(self.tr("Move Up"), lambda: self.move_current(-1),
                                self.tr("Move the chosen measures up (Ctrl+Up)"), "Ctrl+Up")
        self.down_action = action(self.tr("Move Down"), lambda: self.move_current(1),
                                  self.tr("Move the chosen measures down (Ctrl+Down)"),
                                  "Ctrl+Down")
        self.copy_rows_action = QAction(self.tr("Copy Rows"), self)
        self.copy_rows_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_rows_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_rows_action.triggered.connect(self.copy_rows)
        self.table.addAction(self.copy_rows_action)
        bar.addSeparator()
        self.suggest_action = action(self.tr("Suggest Measures…"), self.suggest,
                                     self.tr("Draft measures from the weak points of the latest "
                                             "assessment"))
        self.copy_action = action(self.tr("Copy from Another Year…"), self.copy_from_year,
                                  self.tr("Copy measures of another fiscal year into this one"))
        self.units_action = action(self.tr("Responsible Units…"), self.edit_units,
                                   self.tr("Add, rename or delete the office's responsible "
                                           "units"))
        return bar

    # Showing --------------------------------------------------------------------------------

    def set_year(self, fiscal_year: int | None) -> None:
        if fiscal_year != self.fiscal_year:
            self.form.commit_pending()
            self.fiscal_year = fiscal_year
            self.form.show_measure(None)
            self._load_framework()
            self.model.set_measures([])
        self.reload()

    def reload(self) -> None:
        """Bring the table (and the form) in line with the stored measures of the year, keeping
        the chosen measure chosen when it still exists (else the one now in its row)."""
        stale, self._stale = self._stale, False
        current, row, chosen = self.current_id(), self.current_row(), self.selected_ids()
        reorder = self.document.measures.reorder  # a move: only the shown rows' order changed
        rows = None if stale or not reorder or reorder[0] != self.fiscal_year else \
            self.model.reordered(reorder[1])
        if rows is None:
            rows = self.document.measures.list(self.fiscal_year) if self.fiscal_year else []
        self.model.movable = not self.document.store.read_only
        self._reloading = True  # the selection passes through "none" during a reset
        try:
            self.model.set_measures(rows)
            if current is not None and self.model.row_of(current) is not None:
                self.select_ids(chosen, current)
            elif rows:
                self.select(self.model.measure(min(max(row or 0, 0), len(rows) - 1))["id"])
        finally:
            self._reloading = False
        if self.fiscal_year is not None:
            self.heading.setText(self.tr("Measures, fiscal year %1")
                                 .replace("%1", str(self.fiscal_year)))
        self.count_label.setText(self.tr("%1 measures").replace("%1", str(len(rows))))
        self._show_chosen()
        self._update_actions()

    def _load_framework(self) -> None:
        framework = None
        if self.fiscal_year is not None:
            try:
                framework = readiness_framework(self.document.store, self.fiscal_year)
            except (FrameworkError, StorageError):
                framework = None
        self.form.set_framework(framework)

    def current_row(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def current_id(self) -> int | None:
        return (self.current_measure() or {}).get("id")

    def current_measure(self) -> dict | None:
        row = self.current_row()
        return self.model.measure(row) if row is not None else None

    def selected_ids(self) -> list[int]:
        """The ids of the chosen rows, in table order."""
        return [self.model.measure(r)["id"] for r in chosen_rows(self.table)]

    def select_ids(self, measure_ids: list[int], current: int | None = None) -> None:
        """Choose these measures (those still in the table), ``current`` (default: the first)
        being the one the keyboard is on."""
        rows = [r for r in (self.model.row_of(i) for i in measure_ids) if r is not None]
        if current is None and rows:
            current = self.model.measure(min(rows))["id"]
        if current is None or self.model.row_of(current) is None:
            return
        if len(rows) <= 1:
            self.select(current)
        else:
            choose_rows(self.table, rows, self.model.row_of(current), COL_TITLE)

    def select(self, measure_id: int) -> bool:
        """Choose a measure in the table (and show it in the form)."""
        row = self.model.row_of(measure_id)
        if row is None:
            return False
        index = self.model.index(row, COL_TITLE)
        selection = self.table.selectionModel()
        if selection.currentIndex().row() != row or not selection.isRowSelected(row):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, _current, _previous) -> None:
        if self._reloading:
            return
        self.form.commit_pending()
        self._show_chosen()
        self._update_actions()

    def _selection_changed(self, *_args) -> None:
        if self._reloading:
            return
        if len(chosen_rows(self.table)) > 1 or self.form.measure_id != self.current_id():
            self._show_chosen()
        self._update_actions()

    def _show_chosen(self) -> None:
        """The form shows the current measure, or how many are chosen when several are."""
        count = len(self.table.selectionModel().selectedRows())
        if count > 1:
            self.form.show_several(count)
        else:
            self.form.show_measure(self.current_measure())

    def _update_actions(self) -> None:
        editable = self.fiscal_year is not None and not self.document.store.read_only
        count = self.model.rowCount()
        rows = chosen_rows(self.table)
        for item in (self.add_action, self.suggest_action, self.units_action):
            item.setEnabled(editable)
        self.copy_action.setEnabled(editable and any(
            year != self.fiscal_year for year in self.document.measures.fiscal_years()))
        self.duplicate_action.setEnabled(editable and bool(rows))
        self.delete_action.setEnabled(editable and bool(rows))
        # a block can move while one of its rows is not yet against the top (bottom)
        self.up_action.setEnabled(editable and any(r != n for n, r in enumerate(rows)))
        self.down_action.setEnabled(editable and any(
            r != count - len(rows) + n for n, r in enumerate(rows)))
        self.copy_rows_action.setEnabled(bool(rows))
        self.table.setDragEnabled(editable)
        self.table.setAcceptDrops(editable)

    def _report(self, done) -> object:
        """Show the core's refusal (if any) above the table; pass ``done`` through."""
        message = "" if done else self.document.last_error
        self.message.setText(message)
        self.message.setVisible(bool(message))
        return done

    # Following the document -------------------------------------------------------------------

    def _changed(self, area: str, fiscal_year: int) -> None:
        if self.fiscal_year is None:
            return
        if area == MEASURES and fiscal_year == self.fiscal_year or area == UNITS:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        elif area == FRAMEWORK and fiscal_year <= self.fiscal_year:
            self._load_framework()

    def _measure_updated(self, measure_id: int) -> None:
        if self._stale or self.model.row_of(measure_id) is None:
            return
        try:
            measure = self.document.measures.get(measure_id)
        except StorageError:
            return
        self.model.update_measure(measure)
        if measure_id == self.form.measure_id:
            self.form.show_measure(measure)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        if store_open(self.document):
            self.form.commit_pending()
        super().hideEvent(event)

    # Actions ----------------------------------------------------------------------------------

    def add_measure(self) -> int | None:
        """Add a measure titled "New measure" for the whole fiscal year at the end, choose it
        and put the cursor in its title."""
        if self.fiscal_year is None:
            return None
        self.form.commit_pending()
        start, end = periods.fiscal_year_bounds(self.fiscal_year)
        new = self._report(self.document.measures.add(
            self.fiscal_year, title=self.tr("New measure"), start_date=start, end_date=end))
        if new:
            self.select(new)
            self.form.title.setFocus()
            self.form.title.selectAll()
        return new

    def duplicate_measure(self) -> int | list[int] | None:
        """Duplicate the chosen measures; returns the copy's id (one chosen) or the copies'
        ids (several), None when nothing was copied."""
        chosen = self.selected_ids()
        if not chosen:
            return None
        self.form.commit_pending()
        copies = self._report(self.document.measures.duplicate_many(chosen))
        if not copies:
            return None
        self.select_ids(copies)
        return copies[0] if len(chosen) == 1 else copies

    def delete_measure(self) -> bool:
        """Delete the chosen measures (several only after the user agrees, told how many)."""
        chosen = self.selected_ids()
        if not chosen:
            return False
        self.form.commit_pending()
        if len(chosen) > 1 and not ask(
                self, self.tr("Delete measures"),
                self.tr("Delete the %1 chosen measures and their follow-up? Edit › Undo brings "
                        "them all back.").replace("%1", str(len(chosen)))):
            return False
        return bool(self._report(self.document.measures.delete_many(chosen)))

    def move_current(self, step: int) -> bool:
        """Move the chosen measures one row (``step`` -1 up, 1 down), keeping their order."""
        chosen, current = self.selected_ids(), self.current_id()
        if not chosen:
            return False
        self.form.commit_pending()
        done = self._report(self.document.measures.move_many(chosen, step))
        self.select_ids(chosen, current if current in chosen else None)
        return bool(done)

    def copy_rows(self) -> str:
        """Put the chosen rows on the clipboard as tab-separated lines; returns the text."""
        rows = chosen_rows(self.table)
        if not rows:
            return ""
        text = self.model.rows_text(rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def _drop_move(self, measure_id: int, to_position: int) -> bool:
        """A row was dropped: the model hands the move here (it never writes itself)."""
        self.form.commit_pending()
        done = self._report(self.document.measures.move(measure_id, to_position))
        self.select(measure_id)
        return bool(done)

    def _drop_block(self, measure_ids: list[int], before: int) -> bool:
        """Several rows were dropped before row ``before``: they move there together."""
        self.form.commit_pending()
        done = self._report(self.document.measures.move_block(measure_ids, before))
        self.select_ids(measure_ids)
        return bool(done)

    def suggest(self) -> list[int] | None:
        """Offer drafted measures; the accepted ones are added in one undo step."""
        from ui.views.suggest_dialog import SuggestDialog

        if self.fiscal_year is None:
            return None
        self.form.commit_pending()
        return self._run_adding(SuggestDialog(self.document, self.fiscal_year, self), "added")

    def copy_from_year(self) -> list[int] | None:
        from ui.views.copy_year_dialog import CopyYearDialog

        if self.fiscal_year is None:
            return None
        self.form.commit_pending()
        return self._run_adding(CopyYearDialog(self.document, self.fiscal_year, self), "copied")

    def _run_adding(self, dialog: QDialog, attribute: str) -> list[int] | None:
        """Run a dialog that adds measures; choose the first of the ids it leaves in
        ``attribute`` and return them (None when cancelled or nothing was added)."""
        try:
            ids = getattr(dialog, attribute) if exec_dialog(dialog) else None
            if ids:
                self.select(ids[0])
            return ids or None
        finally:
            dialog.deleteLater()

    def edit_units(self) -> None:
        from ui.views.units_dialog import UnitsDialog

        self.form.commit_pending()
        dialog = UnitsDialog(self.document, self)
        try:
            exec_dialog(dialog)
        finally:
            dialog.deleteLater()

