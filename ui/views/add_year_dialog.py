"""Adding a fiscal year: which year, and which framework its scores are entered against."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ita_desktop.framework import available_fiscal_years, load_framework


class AddYearDialog(QDialog):
    """``fiscal_year()`` (BE) and ``framework_year()``: the shipped framework chosen (the same
    year when one ships, else the newest before it)."""

    def __init__(self, existing: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Fiscal Year"))
        self.existing = set(existing)
        shipped = available_fiscal_years()
        self.year = QSpinBox()
        self.year.setRange(2560, 2600)
        latest = max(self.existing | set(shipped) or {2567})
        self.year.setValue(latest if latest not in self.existing else latest + 1)
        self.framework = QComboBox()
        for year in shipped:
            self.framework.addItem(self.tr("Framework %1 — %2").replace("%1", str(year))
                                   .replace("%2", load_framework(year).title), year)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Fiscal year (BE)"), self.year)
        form.addRow(self.tr("Framework to use"), self.framework)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed(self.year.value())

    def fiscal_year(self) -> int:
        return self.year.value()

    def framework_year(self) -> int:
        return int(self.framework.currentData())

    def _year_changed(self, year: int) -> None:
        candidates = [self.framework.itemData(i) for i in range(self.framework.count())]
        earlier = [y for y in candidates if y <= year]
        if earlier:
            self.framework.setCurrentIndex(candidates.index(max(earlier)))
        taken = year in self.existing
        self.message.setText(self.tr("This file already has fiscal year %1").replace("%1", str(year))
                             if taken else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not taken)
