"""ความพร้อม OIT of one plan year: every OIT item of the readiness framework in a table, a form
to mark the selected one (status, URL, responsible unit, due date, note), the projected OIT score,
total and rating if the office's other scores hold (ita_desktop.projection), and what is overdue
(those two in ReadinessSummary, ui.views.readiness_summary).
Every change is one undoable edit through ``document.readiness``; a refused one shows the core's
message beside the field and writes nothing."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.framework import FrameworkError
from ita_desktop.storage.readiness import STATUSES
from ui.document import MEASURES, READINESS, UNITS, Document
from ui.models.readiness_model import (
    UNMARKED,
    CodeRole,
    ReadinessModel,
    status_label,
)
from ui.views.readiness_summary import ReadinessSummary
from ui.views.section import SectionView
from ui.widgets.dates import ERROR_STYLE, FIELD_ERROR_STYLE, ThaiDateEdit
from ui.widgets.plain_paste import PlainPasteLineEdit
from ui.widgets.text_box import TextBox


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class ReadinessView(SectionView, QWidget):
    """The OIT readiness of ``fiscal_year`` (``set_year``). ``items`` (ReadinessModel) in
    ``table``; ``summary`` (ReadinessSummary: projection and overdue list); the form of the
    selected item (``code``): ``status`` (data: storage.readiness.STATUSES or "unmarked"),
    ``url`` with ``url_error``, ``unit`` (editable, completing over the office's units),
    ``due_date``, ``note``, ``linked`` (the measures, as links); ``error`` the latest refusal."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self.code: str | None = None
        self._loading = False
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("QLabel { color: #555; }")
        self.summary = ReadinessSummary()
        self.summary.item_chosen.connect(self.select_item)
        self.items = ReadinessModel(self)
        self.table = QTableView()
        self.table.setObjectName("readiness-items")
        self.table.setModel(self.items)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ReadinessModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ReadinessModel.COL_CODE, ReadinessModel.COL_STATUS,
                       ReadinessModel.COL_DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._item_chosen)
        self.error = _error_label("readiness-error")
        # The table and the item's form share the height; the form scrolls rather than being
        # squeezed (its note box ran over the measures line at 1366 × 768, 125 %).
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self._form())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("readiness-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.setStretchFactor(0, 1)
        self._split = False  # the table's share is set once the view has its height
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.source)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        document.changed.connect(self._changed)
        document.measures.measure_updated.connect(self._measure_updated)

    def _form(self) -> QWidget:
        self.form = QGroupBox()
        self.form.setObjectName("readiness-form")
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.status = QComboBox()
        self.status.setObjectName("readiness-status")
        for status in (*STATUSES, UNMARKED):
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(self._status_chosen)
        self.url = PlainPasteLineEdit()
        self.url.setObjectName("readiness-url")
        self.url.setPlaceholderText("https://")
        self.url.editingFinished.connect(self._url_finished)
        self.url_error = _error_label("readiness-url-error")
        self.unit = QComboBox()
        self.unit.setObjectName("readiness-unit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.lineEdit().setPlaceholderText(self.tr("Choose or type a unit"))
        completer = QCompleter(self.unit.model(), self.unit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)
        self.unit.lineEdit().editingFinished.connect(self._unit_finished)
        self.unit.activated.connect(lambda _index: self._unit_finished())
        self.due_date = ThaiDateEdit(label=self.tr("Due date"))
        self.due_date.setObjectName("readiness-due")
        self.due_date.committed.connect(self._due_committed)
        self.note = TextBox()
        self.note.setObjectName("readiness-note")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.committed.connect(lambda text: self._write(note=text))
        self.linked = QLabel()
        self.linked.setObjectName("readiness-measures")
        self.linked.setWordWrap(True)
        self.linked.setTextFormat(Qt.TextFormat.RichText)
        self.linked.linkActivated.connect(self._open_measure)
        grid = QGridLayout(self.form)
        grid.addWidget(self.item_title, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Status")), 1, 0)
        grid.addWidget(self.status, 1, 1)
        grid.addWidget(QLabel(self.tr("Due date")), 1, 2)
        grid.addWidget(self.due_date, 1, 3)
        grid.addWidget(QLabel(self.tr("Link")), 2, 0)
        grid.addWidget(self.url, 2, 1, 1, 3)
        grid.addWidget(self.url_error, 3, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Responsible")), 4, 0)
        grid.addWidget(self.unit, 4, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Note")), 5, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, 5, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Measures")), 6, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.linked, 6, 1, 1, 3)
        grid.addWidget(self.error, 7, 0, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return self.form

    # Showing --------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._split:
            QTimer.singleShot(0, self._share_height)

    def _share_height(self) -> None:
        """The table 60 % of the height, the form the rest (it scrolls)."""
        height = self.splitter.height()
        if height > 0:
            self._split = True
            self.splitter.setSizes([height * 3 // 5, height - height * 3 // 5])

    def set_year(self, fiscal_year: int) -> None:
        if fiscal_year != self.fiscal_year:
            self._commit_pending()
            self.fiscal_year = fiscal_year
            self.code = None
            self._show_errors("", "")
        self.refresh()

    def refresh(self) -> None:
        """Reload the items, the projection and the form from the file."""
        if self.fiscal_year is None:
            return
        year = self.fiscal_year
        self.heading.setText(self.tr("OIT readiness, fiscal year %1").replace("%1", str(year)))
        try:
            projection = self.document.readiness.project(year)
        except FrameworkError as exc:
            self.source.setText(str(exc))
            self.items.set_items([])
            self.summary.show_projection(None, [])
            self._show_item()
            return
        self.source.setText(self.tr(
            "The OIT items of the framework of fiscal year %1; each item counts 100 when "
            "published and 0 otherwise.").replace("%1", str(projection.framework_year)))
        today = dt.date.today()
        self._loading = True
        try:
            self.items.set_items(projection.items, today=today)
            if self.items.row_of(self.code) < 0:
                first = self.items.item(0)
                self.code = first.code if first else None
        finally:
            self._loading = False
        self._select_row()
        self.summary.show_projection(projection,
                                     self.document.readiness.overdue(year, today=today))
        self._fit_columns()
        self._show_item()

    FLEXIBLE = {ReadinessModel.COL_URL: 220, ReadinessModel.COL_UNIT: 150,
                ReadinessModel.COL_NOTE: 200, ReadinessModel.COL_MEASURES: 200}
    """Columns sized to their content up to these widths (px), shrunk together when the table
    is narrow so that the item titles keep TITLE_WIDTH."""
    TITLE_WIDTH = 260

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (ReadinessModel.COL_CODE,
                                                    ReadinessModel.COL_STATUS,
                                                    ReadinessModel.COL_DUE))
        wanted = {column: min(max(self.table.sizeHintForColumn(column),
                                  header.sectionSizeFromContents(column).width()), limit)
                  for column, limit in self.FLEXIBLE.items()}
        budget = self.table.viewport().width() - fixed - self.TITLE_WIDTH
        scale = min(1.0, max(budget, 0) / max(sum(wanted.values()), 1))
        for column, width in wanted.items():
            header.resizeSection(column, max(int(width * scale), 70))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_columns()

    def _units(self) -> None:
        names = [u["name"] for u in self.document.measures.units()]
        current = [self.unit.itemText(i) for i in range(self.unit.count())]
        if names != current:
            self.unit.blockSignals(True)
            self.unit.clear()
            self.unit.addItems(names)
            self.unit.blockSignals(False)

    def _show_item(self) -> None:
        item = self.items.item(self.items.row_of(self.code))
        self.form.setVisible(item is not None)
        if item is None:
            return
        self._units()
        self.form.setTitle(self.tr("Item %1").replace("%1", item.code))
        self.item_title.setText(item.title)
        self.status.setCurrentIndex(max(self.status.findData(item.status or UNMARKED), 0))
        if self.url_error.isHidden():
            self.url.setText(item.url or "")
        self.unit.setEditText(item.unit_name or "")
        self.due_date.set_date(item.due_date)
        self.note.show_text(item.note)
        if item.measures:
            self.linked.setText("<br>".join(
                f'<a href="measure:{m["id"]}">{html.escape(m["title"])}</a>'
                for m in item.measures))
        else:
            self.linked.setText(self.tr("No measure of this year is linked to this item."))

    def _show_errors(self, url: str, general: str) -> None:
        self.url_error.setText(url)
        self.url_error.setVisible(bool(url))
        self.url.setStyleSheet(FIELD_ERROR_STYLE if url else "")
        self.error.setText(general)
        self.error.setVisible(bool(general))

    # Choosing -------------------------------------------------------------------------------

    def select_item(self, code: str) -> None:
        """Select the item ``code`` in the table and show it in the form."""
        row = self.items.row_of(code)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.items.index(row, 0))

    def _commit_pending(self) -> None:
        """Save a note being typed before the form shows another item."""
        if self.note.pending():
            self.note.commit()
            self.note.shown = self.note.toPlainText()

    def _select_row(self) -> None:
        self._loading = True
        try:
            row = self.items.row_of(self.code)
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._loading = False

    def _item_chosen(self, current, _previous) -> None:
        if self._loading or not current.isValid():
            return
        code = self.items.index(current.row(), 0).data(CodeRole)
        if code == self.code:
            return
        self._commit_pending()  # may refresh, selecting the row shown so far again
        self.code = code
        self._select_row()
        self._show_errors("", "")
        self.due_date.set_error("")
        self._show_item()

    def _open_measure(self, link: str) -> None:
        """Show a linked measure in the measures section, when the window has one."""
        measure_id = int(link.split(":", 1)[1])
        show = getattr(self.window(), "show_section", None)
        if show is None:
            return
        view = show(MEASURES, self.fiscal_year)
        select = getattr(view, "select", None)
        if select is not None:
            select(measure_id)

    # Edits ----------------------------------------------------------------------------------

    def _write(self, **fields) -> bool:
        if self.code is None or self.fiscal_year is None:
            return False
        done = self.document.readiness.set(self.fiscal_year, self.code, **fields)
        self._after(done)
        return done

    def _after(self, done: bool, *, url: bool = False) -> None:
        message = "" if done else self.document.last_error
        self._show_errors(message if url else "", "" if url else message)
        if not done:
            self._show_item()

    def _status_chosen(self, index: int) -> None:
        status = self.status.itemData(index)
        if self.code is None:
            return
        if status == UNMARKED:
            self._after(self.document.readiness.clear(self.fiscal_year, self.code))
        else:
            self._write(status=status)

    def _url_finished(self) -> None:
        item = self.items.item(self.items.row_of(self.code))
        if item is None or self.url.isReadOnly():
            return
        text = self.url.text().strip()
        if text == (item.url or "") and self.url_error.isHidden():
            return
        done = self.document.readiness.set(self.fiscal_year, self.code, url=text)
        self._after(done, url=True)

    def _unit_finished(self) -> None:
        item = self.items.item(self.items.row_of(self.code))
        if item is None or self._loading or not self.unit.isEnabled():
            return
        name = self.unit.currentText().strip()
        if name == (item.unit_name or ""):
            return
        self._after(self.document.readiness.set_unit(self.fiscal_year, self.code, name))

    def _due_committed(self, day: dt.date | None) -> None:
        if not self._write(due_date=day):
            item = self.items.item(self.items.row_of(self.code))
            self.due_date.set_date(item.due_date if item else None)

    # Changes from elsewhere -----------------------------------------------------------------

    def _changed(self, area: str, fiscal_year: int) -> None:
        if area == UNITS or (area in (READINESS, MEASURES) and fiscal_year == self.fiscal_year):
            self.refresh()

    def _measure_updated(self, measure_id: int) -> None:
        """A measure's links may have changed: the items it fixes are shown again."""
        if self.fiscal_year is not None and any(
                m["id"] == measure_id for m in self.document.measures.list(self.fiscal_year)):
            self.refresh()

