"""The office's responsible units (หน่วยงานผู้รับผิดชอบ) with how many measures and OIT items each
serves; add, rename (edit the name in the table) and delete, each one undoable step through
``document.measures``. Deleting a unit still in use first asks which unit takes over (required
while measures use it), then calls ``delete_unit(id, replace_with=…)``. The question runs through
``exec_dialog`` so tests can answer it without a modal loop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.document import UNITS, Document
from ui.widgets.plain_paste import PlainPasteLineEdit

ERROR_STYLE = "QLabel { color: #b00020; }"
IdRole = Qt.ItemDataRole.UserRole + 1
COL_NAME, COL_MEASURES, COL_OIT = range(3)


def exec_dialog(dialog: QDialog) -> int:
    """Run the replacement question modally (tests replace this to answer it)."""
    return dialog.exec()


class ReplaceUnitDialog(QDialog):
    """Which unit takes over from ``name``: ``choice`` lists the other units (and, when no
    measure needs one, "no unit"); ``replacement()`` is the chosen id or None."""

    def __init__(self, name: str, usage: dict, others: list[dict],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete Responsible Unit"))
        measures = usage["measures"]
        shown = "\n".join(f"• {m['title']} ({m['fiscal_year']})" for m in measures[:8])
        if len(measures) > 8:
            shown += "\n" + self.tr("… and %1 more").replace("%1", str(len(measures) - 8))
        text = self.tr("“%1” is still responsible for %2 measure(s) and %3 OIT item(s).")\
            .replace("%1", name).replace("%2", str(len(measures)))\
            .replace("%3", str(len(usage["readiness"])))
        if shown:
            text += "\n\n" + shown
        text += "\n\n" + self.tr("Choose the unit that takes over its work:")
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.choice = QComboBox()
        if not measures:
            self.choice.addItem(self.tr("(no unit: the OIT items lose their unit)"), None)
        for unit in others:
            self.choice.addItem(unit["name"], unit["id"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Replace and Delete"))
        self.ok_button.setEnabled(self.choice.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.choice)
        layout.addWidget(buttons)

    def replacement(self) -> int | None:
        return self.choice.currentData()


class UnitsDialog(QDialog):
    """``table`` lists the units (name editable), ``new_name`` + Add adds one, ``message``
    shows a refusal."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Responsible Units"))
        self.read_only = document.store.read_only
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("units-table")
        self.table.setHorizontalHeaderLabels([self.tr("Responsible unit"), self.tr("Measures"),
                                              self.tr("OIT items")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers
                                   if self.read_only else triggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MEASURES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OIT, QHeaderView.ResizeMode.ResizeToContents)
        self.new_name = PlainPasteLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of a new unit, e.g. กองสาธารณสุข"))
        self.add_button = QPushButton(self.tr("Add"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.add_button.clicked.connect(lambda: self.add(self.new_name.text()))
        self.new_name.returnPressed.connect(lambda: self.add(self.new_name.text()))
        self.rename_button.clicked.connect(self._start_rename)
        self.delete_button.clicked.connect(self.delete_current)
        self.message = QLabel()
        self.message.setObjectName("units-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        hint = QLabel(self.tr("Double-click a name to rename the unit everywhere it is used. "
                              "Every change can be undone with Edit › Undo."))
        hint.setWordWrap(True)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.table.itemChanged.connect(self._renamed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        document.changed.connect(self._changed)
        self.resize(620, 460)
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.table.blockSignals(True)
        units = self.document.measures.units()
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            usage = self.document.measures.unit_usage(unit["id"])
            name = QTableWidgetItem(unit["name"])
            name.setData(IdRole, unit["id"])
            for column, item in ((COL_NAME, name),
                                 (COL_MEASURES, QTableWidgetItem(str(len(usage["measures"])))),
                                 (COL_OIT, QTableWidgetItem(str(len(usage["readiness"]))))):
                if column != COL_NAME:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        row = self.row_of(current) if current is not None else None
        if row is not None:
            self.table.setCurrentCell(row, COL_NAME)
        self._update_buttons()

    def row_of(self, unit_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_NAME).data(IdRole) == unit_id:
                return row
        return None

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, COL_NAME) if row >= 0 else None
        return item.data(IdRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None and not self.read_only
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.add_button.setEnabled(not self.read_only)
        self.new_name.setReadOnly(self.read_only)

    def _show(self, done) -> object:
        message = "" if done else self.document.last_error
        self.message.setText(message)
        self.message.setVisible(bool(message))
        return done

    # Edits ------------------------------------------------------------------------------------

    def add(self, name: str) -> int | None:
        unit_id = self._show(self.document.measures.add_unit(name))
        if unit_id:
            self.new_name.clear()
            self.refresh()
            row = self.row_of(unit_id)
            if row is not None:
                self.table.setCurrentCell(row, COL_NAME)
        return unit_id

    def rename(self, unit_id: int, name: str) -> bool:
        done = bool(self._show(self.document.measures.rename_unit(unit_id, name)))
        self.refresh()  # a refused name goes back to the stored one
        return done

    def _start_rename(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.editItem(self.table.item(row, COL_NAME))

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_NAME:
            self.rename(item.data(IdRole), item.text())

    def delete_current(self) -> bool:
        unit_id = self.current_id()
        return self.delete(unit_id) if unit_id is not None else False

    def delete(self, unit_id: int) -> bool:
        """Delete a unit; one still in use asks for the unit that takes over first."""
        units = self.document.measures.units()
        name = next(u["name"] for u in units if u["id"] == unit_id)
        usage = self.document.measures.unit_usage(unit_id)
        replace_with = None
        if usage["measures"] or usage["readiness"]:
            question = ReplaceUnitDialog(name, usage, [u for u in units if u["id"] != unit_id],
                                         self)
            try:
                if not exec_dialog(question):
                    return False
                replace_with = question.replacement()
            finally:
                question.deleteLater()
        done = bool(self._show(self.document.measures.delete_unit(unit_id,
                                                                  replace_with=replace_with)))
        self.refresh()
        return done

    def _changed(self, area: str, _year: int) -> None:
        if area == UNITS:
            self.refresh()
