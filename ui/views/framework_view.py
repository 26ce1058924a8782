"""กรอบการประเมิน of one fiscal year: the copy of the framework stored with the assessment, in
tables staff can edit. Every edit is validated by the core (framework_from_document) before it is
stored; a refused edit shows the core's message in red next to its table and writes nothing. A
stored edit is one undoable step, and the results and analysis recompute."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import workbook
from ita_desktop.framework import SCALES, FrameworkError, framework_from_document
from ui.document import FRAMEWORK, Document
from ui.models.framework_models import (
    IssuesModel,
    ItemsModel,
    RatingModel,
    ToolsModel,
    scale_label,
)
from ui.views.section import SectionView
from ui.widgets.plain_paste import PlainPasteDelegate, PlainPasteLineEdit

ERROR_STYLE = "QLabel { color: #b00020; }"
UNVERIFIED_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0b800; padding: 6px;"
                    " color: #4a3b00; }")


class FrameworkView(SectionView, QWidget):
    """Shows the framework of ``fiscal_year`` (set with ``set_year``). ``tools``, ``items``,
    ``issues`` and ``rating`` are the table models; ``errors`` their message labels by the same
    names."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.unverified = QLabel()
        self.unverified.setObjectName("framework-unverified")
        self.unverified.setWordWrap(True)
        self.unverified.setStyleSheet(UNVERIFIED_STYLE)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("QLabel { color: #555; }")
        self.tools = ToolsModel(self._propose, self)
        self.items = ItemsModel(self._propose, self)
        self.issues = IssuesModel(self._propose, self)
        self.rating = RatingModel(self._propose, self)
        self.tables: dict[str, QTableView] = {}
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._tools_page(), self.tr("Tools and Ratings"))
        self.tabs.addTab(self._items_page(), self.tr("Indicators and Items"))
        self.tabs.addTab(self._page("issues", self.issues, IssuesModel.COL_TITLE),
                         self.tr("Analysis issues"))
        hint = QLabel(self.tr("Double-click a cell to edit it. Every edit is checked against the framework’s rules "
                              "before it is saved, recomputes the results at once, and can be undone (Edit › Undo)."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.source, self.unverified, self.notes, hint):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self._changed)

    # Pages ----------------------------------------------------------------------------------

    def _table(self, name: str, model, stretch: int) -> QVBoxLayout:
        table = QTableView()
        table.setObjectName(f"framework-{name}")
        table.setModel(model)
        table.setItemDelegate(PlainPasteDelegate(table))
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        error = QLabel()
        error.setObjectName(f"framework-{name}-error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        model.message_changed.connect(lambda text: (error.setText(text),
                                                    error.setVisible(bool(text))))
        self.tables[name], self.errors[name] = table, error
        box = QVBoxLayout()
        box.addWidget(table, 1)
        box.addWidget(error)
        return box

    def _page(self, name: str, model, stretch: int) -> QWidget:
        page = QWidget()
        page.setLayout(self._table(name, model, stretch))
        return page

    def _tools_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Tools and weights")))
        layout.addLayout(self._table("tools", self.tools, ToolsModel.COL_TITLE), 3)
        row = QHBoxLayout()
        self.pending_note = QLabel()
        self.discard_button = QPushButton(self.tr("Discard Unsaved Weights"))
        self.discard_button.clicked.connect(self.tools.discard_pending)
        row.addWidget(self.pending_note, 1)
        row.addWidget(self.discard_button)
        layout.addLayout(row)
        self.tools.pending_changed.connect(self._pending_changed)
        layout.addWidget(QLabel(self.tr("Rating levels (checked from the top; the first level reached is the rating)")))
        layout.addLayout(self._table("rating", self.rating, RatingModel.COL_LABEL), 4)
        self._pending_changed()
        return page

    def _items_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self._table("items", self.items, ItemsModel.COL_TITLE), 1)
        self.add_form = QWidget()
        form = QHBoxLayout(self.add_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.add_parent = QComboBox()
        self.add_parent.setMinimumContentsLength(16)
        self.add_parent.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_code = PlainPasteLineEdit()
        self.add_code.setPlaceholderText(self.tr("Code, e.g. o25"))
        self.add_code.setMaximumWidth(110)
        self.add_title = PlainPasteLineEdit()
        self.add_title.setPlaceholderText(self.tr("Item title"))
        self.add_scale = QComboBox()
        for scale in SCALES:
            self.add_scale.addItem(scale_label(scale), scale)
        self.add_button = QPushButton(self.tr("Add Item"))
        self.add_button.clicked.connect(self.add_item)
        self.add_title.returnPressed.connect(self.add_item)
        form.addWidget(QLabel(self.tr("Add an item to")))
        for widget in (self.add_parent, self.add_code, self.add_title, self.add_scale,
                       self.add_button):
            form.addWidget(widget, 1 if widget is self.add_title else 0)
        layout.addWidget(self.add_form)
        return page

    # Showing --------------------------------------------------------------------------------

    def set_year(self, fiscal_year: int | None) -> None:
        if fiscal_year != self.fiscal_year:
            self.fiscal_year = fiscal_year
            self.tools.discard_pending()
            for model in (self.tools, self.items, self.issues, self.rating):
                model.clear_message()
        self.refresh()

    def refresh(self) -> None:
        framework = (workbook.framework_of(self.document.store, self.fiscal_year)
                     if self.fiscal_year is not None else None)
        for model in (self.tools, self.items, self.issues, self.rating):
            model.set_framework(framework)
        if framework is None:
            return
        self.heading.setText(self.tr("Framework, fiscal year %1 — %2")
                             .replace("%1", str(self.fiscal_year)).replace("%2", framework.title))
        self.source.setText(self.tr("Source: %1").replace("%1", framework.source or "–"))
        self.unverified.setText(self.tr("This framework has not been checked against the NACC "
                                        "manual. Review the items and weights before using the results."))
        self.unverified.setVisible(not framework.verified)
        self.notes.setText(self.tr("Note: %1").replace("%1", framework.notes))
        self.notes.setVisible(bool(framework.notes))
        parent = self.add_parent.currentData()
        self.add_parent.clear()
        for code, label in self.items.parents():
            self.add_parent.addItem(label, code)
        if parent is not None and self.add_parent.findData(parent) >= 0:
            self.add_parent.setCurrentIndex(self.add_parent.findData(parent))
        self.add_form.setVisible(framework.level == "item")
        for table in self.tables.values():
            table.resizeRowsToContents()

    def _pending_changed(self) -> None:
        pending = bool(self.tools.pending)
        self.pending_note.setText(
            self.tr("The unsaved weights (yellow) add up to %1; they are saved when they add up to 100")
            .replace("%1", self.tools.pending_total()) if pending else "")
        self.discard_button.setVisible(pending)

    # Edits ----------------------------------------------------------------------------------

    def add_item(self) -> bool:
        """Add the item typed in the form under the chosen indicator or sub-indicator."""
        parent = self.add_parent.currentData()
        if parent is None:
            return False
        added = self.items.add_item(parent, self.add_code.text(), self.add_title.text(),
                                    self.add_scale.currentData())
        if added:
            self.add_code.clear()
            self.add_title.clear()
        return added

    def _propose(self, framework_document: dict) -> str | None:
        """Validate and store a new document; the reason it was refused, or None."""
        origin = self.tr("Framework %1").replace("%1", str(self.fiscal_year))
        try:
            framework_from_document(framework_document, origin=origin)
        except FrameworkError as exc:
            return self.tr("Not saved: %1").replace("%1", str(exc))
        if self.document.store.read_only:
            return self.document.store.read_only_reason or self.tr("This file is open read-only")
        self.document.set_framework(self.fiscal_year, framework_document)
        return None

    def _changed(self, area: str, fiscal_year: int) -> None:
        if area == FRAMEWORK and fiscal_year == self.fiscal_year:
            self.refresh()
