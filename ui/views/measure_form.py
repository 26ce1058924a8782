"""The form of one measure (มาตรการ): title, kind, analysis, steps, target, responsible units,
period and the indicators, analysis issues and items it answers.

Every change is one undoable edit through ``document.measures.update``: a line edit when editing
finishes, a text box when the user leaves it, a list or combo at once. A refusal (a blank title,
an end before the start, an unknown item code) shows its message beside the field, keeps what was
typed and writes nothing. The form shows what the view hands it (``show_measure``); the stored
values come back through the document's signals.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.framework import Framework
from ita_desktop.numbers import to_arabic_digits
from ita_desktop.storage.measures import KINDS
from ui.document import Document
from ui.views.unit_picker import UnitPicker
from ui.widgets.dates import PeriodEdit
from ui.widgets.plain_paste import PlainPasteLineEdit
from ui.widgets.text_box import TextBox

ERROR_STYLE = "QLabel { color: #b00020; }"
FIELD_ERROR_STYLE = "QLineEdit { border: 2px solid #b00020; border-radius: 3px; }"
CodeRole = Qt.ItemDataRole.UserRole + 1  # a check list row's code ("6", "2")
_SPLIT = re.compile(r"[,;\s]+")


class CodeCompleter(QCompleter):
    """Completes the last code of a comma-separated list ("i1, o3" → "i1, o34")."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [_SPLIT.split(path)[-1]]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        text = self.widget().text() if self.widget() is not None else ""
        head = text[:len(text) - len(_SPLIT.split(text)[-1])]
        if head and not head.endswith(" "):
            head += " "
        return head + str(index.data())


def parse_codes(text: str) -> list[str]:
    """Codes typed as "i1, o34" (commas, semicolons or spaces; Thai digits accepted), each once."""
    codes: list[str] = []
    for part in _SPLIT.split(to_arabic_digits(text or "")):
        if part and part not in codes:
            codes.append(part)
    return codes


class MeasureForm(QWidget):
    """Shows and edits the measure given to ``show_measure`` (None: nothing chosen).
    ``errors`` holds the message label of each field group ("title", "units", "period",
    "links", "text")."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.measure: dict | None = None
        self.framework: Framework | None = None
        self._shown_period: tuple | None = None
        self.errors: dict[str, QLabel] = {}

        self._placeholder_text = self.tr("Add a measure with “Add”, or choose one in the "
                                         "table to edit it here.")
        self.placeholder = QLabel(self._placeholder_text)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #666;")
        self.fields = QWidget()
        self.title = PlainPasteLineEdit()
        self.title.setObjectName("measure-title")
        self.title.setAccessibleName(self.tr("Measure title"))
        self.title.editingFinished.connect(self._title_finished)
        self.kind = QComboBox()
        self.kind.addItems(list(KINDS))  # Thai data: the kinds the measures document uses
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.activated.connect(lambda index: self._save("text", kind=KINDS[index]))
        self.analysis = TextBox()
        self.steps = TextBox()
        self.target = TextBox()
        for name, box, label in (("analysis", self.analysis, self.tr("Analysis")),
                                 ("steps", self.steps, self.tr("Steps")),
                                 ("target", self.target, self.tr("Target"))):
            box.setAccessibleName(label)
            box.committed.connect(lambda text, n=name: self._save("text", **{n: text}))
        self.units = UnitPicker()
        self.units.changed.connect(lambda names: self._save("units", units=names))
        self.period = PeriodEdit()
        self.period.committed.connect(
            lambda start, end: self._save("period", start_date=start, end_date=end))
        self.indicators = self._check_list("measure-indicators")
        self.issues = self._check_list("measure-issues")
        self.items = PlainPasteLineEdit()
        self.items.setObjectName("measure-items")
        self.items.setPlaceholderText(self.tr("Item codes, e.g. i1, o34"))
        self.items.setAccessibleName(self.tr("Linked items"))
        self.item_codes = QStringListModel(self)
        self.item_completer = CodeCompleter(self.item_codes, self)
        self.item_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.items.setCompleter(self.item_completer)
        self.items.editingFinished.connect(self._items_finished)

        form = QFormLayout(self.fields)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Measure / project / activity"), self._with_error("title",
                                                                              self.title))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Analysis (why this measure)"), self.analysis)
        form.addRow(self.tr("Steps / how it is carried out"), self.steps)
        form.addRow(self.tr("Target"), self._with_error("text", self.target))
        form.addRow(self.tr("Responsible units (the first leads)"),
                    self._with_error("units", self.units))
        form.addRow(self.tr("Period"), self._with_error("period", self.period))
        form.addRow(self.tr("Indicators it answers"), self.indicators)
        form.addRow(self.tr("Analysis issues it answers"), self.issues)
        form.addRow(self.tr("Items it answers"), self._with_error("links", self.items))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.show_measure(None)

    def _check_list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setWordWrap(False)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        widget.setUniformItemSizes(True)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.itemChanged.connect(lambda _item: self._save_links())
        return widget

    def _with_error(self, key: str, field: QWidget) -> QWidget:
        error = QLabel()
        error.setObjectName(f"measure-{key}-error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        self.errors[key] = error
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(error)
        return box

    # Showing --------------------------------------------------------------------------------

    @property
    def measure_id(self) -> int | None:
        return self.measure["id"] if self.measure else None

    @property
    def editable(self) -> bool:
        return not self.document.store.read_only

    def set_framework(self, framework: Framework | None) -> None:
        """The framework whose indicators, issues and items a measure can link to."""
        self.framework = framework
        for widget, rows in ((self.indicators, [(str(i.number), i.title) for i in
                                                framework.indicators] if framework else []),
                             (self.issues, [(str(i.number), i.title) for i in
                                            framework.issues] if framework else [])):
            widget.blockSignals(True)
            widget.clear()
            for code, title in rows:
                item = QListWidgetItem(f"{code}. {title}")
                item.setToolTip(title)
                item.setData(CodeRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                widget.addItem(item)
            widget.blockSignals(False)
            _fit_list(widget)
        self.item_codes.setStringList(framework.item_codes() if framework else [])
        if self.measure is not None:
            self._show_links(self.measure["links"])

    def show_several(self, count: int) -> None:
        """Several measures are chosen: say how many instead of editing one of them."""
        if self.measure is not None:
            self.commit_pending()
        self.measure = None
        self._shown_period = None
        self.placeholder.setText(self.tr("%1 measures chosen. Choose one to edit it here.")
                                 .replace("%1", str(count)))
        self.placeholder.show()
        self.fields.hide()

    def show_measure(self, measure: dict | None) -> None:
        """Show a measure (a dict as list_measures gives it); the same measure again only
        updates fields the user is not editing, and keeps any message and refused text."""
        same = measure is not None and measure["id"] == self.measure_id
        if not same and self.measure is not None:
            self.commit_pending()  # what is being typed belongs to the measure shown so far
        self.measure = measure
        self.placeholder.setText(self._placeholder_text)
        self.placeholder.setVisible(measure is None)
        self.fields.setVisible(measure is not None)
        if measure is None:
            self._shown_period = None
            return
        if not same:
            for key in self.errors:
                self._set_error(key, "")
            self.title.setModified(False)
        if not (self.title.hasFocus() and self.title.isModified()) \
                and self.errors["title"].isHidden():
            self.title.setText(measure["title"])
            self.title.setCursorPosition(0)
        self.kind.setCurrentIndex(KINDS.index(measure["kind"]) if measure["kind"] in KINDS
                                  else 0)
        for name in ("analysis", "steps", "target"):
            box: TextBox = getattr(self, name)
            text = measure[name] or ""
            if same:
                box.show_text(text)  # keeps what the user is typing there
            else:
                box.shown = text
                box.setPlainText(text)
        office = [unit["name"] for unit in self.document.measures.units()]
        self.units.set_units(measure["units"], office, editable=self.editable)
        period = (measure["start_date"], measure["end_date"], measure["fiscal_year"])
        if not same or period != self._shown_period:
            self._shown_period = period
            self.period.set_period(measure["start_date"], measure["end_date"],
                                   fiscal_year=measure["fiscal_year"])
        self._show_links(measure["links"])

    def refresh_units(self) -> None:
        """The office's unit list changed (added, renamed, deleted)."""
        if self.measure is not None:
            office = [unit["name"] for unit in self.document.measures.units()]
            self.units.set_units(self.measure["units"], office, editable=self.editable)

    def _show_links(self, links: dict[str, list[str]]) -> None:
        for widget, kind in ((self.indicators, "indicator"), (self.issues, "issue")):
            chosen = set(links.get(kind, ()))
            widget.blockSignals(True)
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(CodeRole) in chosen
                                   else Qt.CheckState.Unchecked)
            widget.blockSignals(False)
            widget.setEnabled(self.editable)
        if not (self.items.hasFocus() and self.items.isModified()) \
                and self.errors["links"].isHidden():
            self.items.setText(", ".join(links.get("item", ())))
            self.items.setModified(False)

    # Edits ----------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save what is being typed in this form (as leaving the field would)."""
        focused = QApplication.focusWidget()
        if isinstance(focused, TextBox) and self.isAncestorOf(focused):
            focused.commit()
        elif focused is self.title and self.title.isModified():
            self._title_finished()
        elif focused is self.items and self.items.isModified():
            self._items_finished()

    def _save(self, key: str, **fields) -> bool:
        if self.measure is None or not store_open(self.document):
            return False
        done = self.document.measures.update(self.measure["id"], **fields)
        self._set_error(key, "" if done else self.document.last_error)
        return done

    def _set_error(self, key: str, message: str) -> None:
        error = self.errors[key]
        error.setText(message)
        error.setVisible(bool(message))
        if key in ("title", "links"):
            edit = self.title if key == "title" else self.items
            edit.setStyleSheet(FIELD_ERROR_STYLE if message else "")

    def _title_finished(self) -> None:
        if self.measure is None:
            return
        text = self.title.text()
        if text.strip() == self.measure["title"] and self.errors["title"].isHidden():
            return
        if self._save("title", title=text):
            self.title.setText(self.measure["title"])
            self.title.setModified(False)

    def _save_links(self, items: list[str] | None = None) -> bool:
        if self.measure is None:
            return False
        stored = self.measure["links"]
        links = {kind: list(codes) for kind, codes in stored.items()}
        for widget, kind in ((self.indicators, "indicator"), (self.issues, "issue")):
            rows = [widget.item(r) for r in range(widget.count())]
            listed = {item.data(CodeRole) for item in rows}
            links[kind] = [item.data(CodeRole) for item in rows
                           if item.checkState() == Qt.CheckState.Checked]
            links[kind] += [code for code in stored.get(kind, ()) if code not in listed]
        if items is not None:
            links["item"] = items
        return self._save("links", links=links)

    def _items_finished(self) -> None:
        if self.measure is None:
            return
        stored = self.measure["links"].get("item", [])
        known = {code.casefold(): code for code in
                 (self.framework.item_codes() if self.framework else [])}
        known.update({code.casefold(): code for code in stored})
        codes, unknown = [], []
        for code in parse_codes(self.items.text()):
            canonical = known.get(code.casefold())
            if canonical is None:
                unknown.append(code)
            elif canonical not in codes:
                codes.append(canonical)
        if unknown:
            year = self.framework.fiscal_year if self.framework else ""
            self._set_error("links", self.tr("Not saved: %1 is not an item of the framework of "
                                             "%2. Check the codes (e.g. i1, e3, o34).")
                            .replace("%1", ", ".join(unknown)).replace("%2", str(year)))
            return
        if codes == stored:
            self._set_error("links", "")
            self.items.setText(", ".join(codes))
            self.items.setModified(False)
            return
        if self._save_links(items=codes):
            self.items.setText(", ".join(codes))
            self.items.setModified(False)


def store_open(document: Document) -> bool:
    """False once the window has closed the document's file (its views go a little later, and
    a text box left then would otherwise try to save into the closed file)."""
    try:
        document.store.db.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - sqlite3.ProgrammingError: the file was closed
        return False
    return True


def _fit_list(widget: QListWidget) -> None:
    """Make a check list as tall as its rows (it sits in a scrolling form)."""
    height = sum(widget.sizeHintForRow(r) for r in range(widget.count()))
    widget.setFixedHeight(max(height, widget.fontMetrics().lineSpacing()) + 2
                          * widget.frameWidth() + 4)
