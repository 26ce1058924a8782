"""The Options box of the documents screen (ui.views.documents_view): how the chosen document is
laid out, as ita_desktop.documents.DocumentOptions.

The grouping of the measures or results report, the columns of the measures table (at least one
stays ticked) and Thai or Arabic digits. Each choice is remembered in the settings (the grouping
per kind of report) for the next window, and announced with ``changed`` so the view renders again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.documents import MEASURE_COLUMNS, DocumentOptions
from ita_desktop.documents.options import TABLE_OF
from ui import settings as keys
from ui.settings import Settings

CONTEXT = "DocumentOptionsBox"
GROUP_NAMES = {
    "indicator": QT_TRANSLATE_NOOP("DocumentOptionsBox", "By indicator"),
    "issue": QT_TRANSLATE_NOOP("DocumentOptionsBox", "By analysis issue"),
    "tool": QT_TRANSLATE_NOOP("DocumentOptionsBox", "By tool (IIT, EIT, OIT)"),
    "number": QT_TRANSLATE_NOOP("DocumentOptionsBox", "In order, numbered"),
}
GROUPS_OF = {"measures": ("indicator", "issue"), "results": ("tool", "number")}
"""The groupings offered for each kind of table (TABLE_OF), the default first; documents without
a table of measures have none."""
COLUMN_NAMES = {
    "indicator": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Indicator / issue"),
    "measure": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Measure / project / activity"),
    "analysis": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Analysis"),
    "steps": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Steps"),
    "units": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Responsible units"),
    "period": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Period"),
    "target": QT_TRANSLATE_NOOP("DocumentOptionsBox", "Target"),
}
DEFAULT_COLUMNS = tuple(c for c in MEASURE_COLUMNS if c != "target")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DocumentOptionsBox(QGroupBox):
    """The options of one kind of document (``show_kind``): ``group_label`` and ``group_combo``
    (data: a GROUPS_OF key), ``columns_label`` and ``column_boxes`` (MEASURE_COLUMNS key ->
    QCheckBox, measures only), ``thai_digits`` / ``arabic_digits`` (in ``digit_group``).
    ``changed()`` after the user changed one (already stored in ``settings``)."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(self.tr("Options"), parent)
        self.settings = settings
        self.kind: str | None = None
        options = QVBoxLayout(self)
        self.group_label = QLabel(self.tr("Group the measures"))
        self.group_combo = QComboBox()
        self.group_combo.activated.connect(lambda _i: self._option_changed())
        options.addWidget(self.group_label)
        options.addWidget(self.group_combo)
        self.columns_label = QLabel(self.tr("Columns of the measures table"))
        options.addWidget(self.columns_label)
        self.column_boxes: dict[str, QCheckBox] = {}
        for column in MEASURE_COLUMNS:
            box = QCheckBox(_t(COLUMN_NAMES[column]))
            box.setObjectName(f"documents-column-{column}")
            box.toggled.connect(lambda on, c=column: self._column_toggled(c, on))
            self.column_boxes[column] = box
            options.addWidget(box)
        self.thai_digits = QRadioButton(self.tr("Thai digits"))
        self.arabic_digits = QRadioButton(self.tr("Arabic digits (1, 2, 3)"))
        self.digit_group = QButtonGroup(self)
        row = QHBoxLayout()
        for button in (self.thai_digits, self.arabic_digits):
            self.digit_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        options.addLayout(row)
        self.thai_digits.toggled.connect(lambda _on: self._option_changed())

    def restore(self) -> None:
        """Tick the columns and digits remembered in the settings (the defaults at first)."""
        columns = [c for c in self.settings.get(keys.DOCUMENT_COLUMNS) if c in MEASURE_COLUMNS]
        for column, box in self.column_boxes.items():
            box.blockSignals(True)
            box.setChecked(column in (columns or DEFAULT_COLUMNS))
            box.blockSignals(False)
        thai = self.settings.get(keys.DOCUMENT_THAI_DIGITS)
        (self.thai_digits if thai else self.arabic_digits).setChecked(True)

    def show_kind(self, kind: str) -> None:
        """Offer the options of ``kind`` (a KIND_NAMES key of the documents view): its
        groupings with the remembered one chosen, the columns for the measures only."""
        self.kind = kind
        table = TABLE_OF.get(kind)
        groups = GROUPS_OF.get(table, ())
        self.group_combo.clear()
        for group in groups:
            self.group_combo.addItem(_t(GROUP_NAMES[group]), group)
        if groups:
            key = keys.DOCUMENT_MEASURES_GROUP if table == "measures" else keys.DOCUMENT_RESULTS_GROUP
            saved = self.settings.get(key)
            self.group_combo.setCurrentIndex(max(self.group_combo.findData(saved), 0))
            self.group_label.setText(self.tr("Group the measures") if table == "measures"
                                     else self.tr("Group the results"))
        self.group_label.setVisible(bool(groups))
        self.group_combo.setVisible(bool(groups))
        self.columns_label.setVisible(table == "measures")
        for box in self.column_boxes.values():
            box.setVisible(table == "measures")

    def options(self, kind: str | None) -> DocumentOptions:
        """The options chosen for a document of ``kind`` (always ``allow_empty``)."""
        columns = tuple(c for c, box in self.column_boxes.items() if box.isChecked())
        table = TABLE_OF.get(kind)
        group = self.group_combo.currentData() if table in GROUPS_OF else "indicator"
        return DocumentOptions(thai_digits=self.thai_digits.isChecked(), group_by=group or
                               GROUPS_OF.get(table, ("indicator",))[0],
                               columns=columns if table == "measures" else None,
                               allow_empty=True)

    def make_usable(self) -> None:
        """Enable every option again (the window locks a read-only file's controls; choosing
        how a document looks is not an edit of the file)."""
        for widget in (self.group_combo, *self.column_boxes.values(), self.thai_digits,
                       self.arabic_digits):
            widget.setEnabled(True)

    def _column_toggled(self, column: str, on: bool) -> None:
        if not on and not any(box.isChecked() for box in self.column_boxes.values()):
            self.column_boxes[column].setChecked(True)  # the table needs one column
            return
        self._option_changed()

    def _option_changed(self) -> None:
        table = TABLE_OF.get(self.kind)
        if table in GROUPS_OF and self.group_combo.currentData():
            key = keys.DOCUMENT_MEASURES_GROUP if table == "measures" else keys.DOCUMENT_RESULTS_GROUP
            self.settings.set(key, self.group_combo.currentData())
        self.settings.set(keys.DOCUMENT_COLUMNS, [c for c, box in self.column_boxes.items()
                                                  if box.isChecked()])
        self.settings.set(keys.DOCUMENT_THAI_DIGITS, self.thai_digits.isChecked())
        self.changed.emit()
