"""Copy from another year: pick a fiscal year that has measures (by default the latest before
this one), tick its measures, and Copy appends them to this year in one undo step through
``document.measures.copy_to_year`` (units and links are copied, dates move by the years)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import periods
from ui.document import Document

ERROR_STYLE = "QLabel { color: #b00020; }"
IdRole = Qt.ItemDataRole.UserRole + 1


class CopyYearDialog(QDialog):
    """``year`` (combo of years with measures), ``measures`` (check list); after Copy,
    ``copied`` holds the new measures' ids."""

    def __init__(self, document: Document, fiscal_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year = fiscal_year
        self.copied: list[int] = []
        self.setWindowTitle(self.tr("Copy Measures into Fiscal Year %1")
                            .replace("%1", str(fiscal_year)))
        years = [y for y in document.measures.fiscal_years() if y != fiscal_year]
        self.year = QComboBox()
        for year in sorted(years, reverse=True):
            self.year.addItem(str(year), year)
        earlier = [y for y in years if y < fiscal_year]
        if earlier:
            self.year.setCurrentIndex(self.year.findData(max(earlier)))
        self.measures = QListWidget()
        self.measures.setObjectName("copy-measures")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        all_button = QPushButton(self.tr("Tick All"))
        none_button = QPushButton(self.tr("Tick None"))
        all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        ticks = QHBoxLayout()
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        ticks.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.copy_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Copy from fiscal year"), self.year)
        layout = QVBoxLayout(self)
        if not years:
            layout.addWidget(QLabel(self.tr("No other fiscal year in this file has measures "
                                            "to copy.")))
        layout.addLayout(form)
        layout.addWidget(self.measures, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.year.currentIndexChanged.connect(lambda _index: self._fill())
        self.measures.itemChanged.connect(lambda _item: self._update_button())
        self.resize(720, 480)
        self._fill()

    def source_year(self) -> int | None:
        return self.year.currentData()

    def _fill(self) -> None:
        self.measures.blockSignals(True)
        self.measures.clear()
        year = self.source_year()
        here = {m["title"] for m in self.document.measures.list(self.fiscal_year)}
        for measure in self.document.measures.list(year) if year else []:
            period = periods.period_text(measure["start_date"], measure["end_date"],
                                         thai_digits=False)
            text = f"{measure['position'] + 1}. {measure['title']}  ({period})"
            copied = measure["title"] in here
            if copied:  # copied before, most likely: not ticked, and said so
                text += "  — " + self.tr("fiscal year %1 already has a measure with this title")\
                    .replace("%1", str(self.fiscal_year))
            item = QListWidgetItem(text)
            item.setData(IdRole, measure["id"])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if copied else Qt.CheckState.Checked)
            self.measures.addItem(item)
        self.measures.blockSignals(False)
        if year:
            shift = self.fiscal_year - year
            self.note.setText(self.tr("The copies keep their responsible units and links; their "
                                      "dates move by %1 year(s). Follow-up results are not "
                                      "copied.").replace("%1", f"{shift:+d}"))
        self._update_button()

    def _tick_all(self, state: Qt.CheckState) -> None:
        for row in range(self.measures.count()):
            self.measures.item(row).setCheckState(state)

    def chosen_ids(self) -> list[int]:
        items = (self.measures.item(r) for r in range(self.measures.count()))
        return [item.data(IdRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        count = len(self.chosen_ids())
        self.copy_button.setText(self.tr("Copy %1 Measures").replace("%1", str(count)))
        self.copy_button.setEnabled(count > 0)

    def accept(self) -> None:
        """Copy the ticked measures in one undo step; stay open with the reason if refused."""
        ids = self.chosen_ids()
        if not ids:
            return
        copied = self.document.measures.copy_to_year(ids, self.fiscal_year)
        if not copied:
            self.message.setText(self.document.last_error)
            self.message.show()
            return
        self.copied = list(copied)
        super().accept()
