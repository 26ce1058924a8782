"""The navigation pane: ข้อมูลหน่วยงาน, then each fiscal year (newest first) with its sections:
ผลการประเมิน, การวิเคราะห์ and กรอบการประเมิน."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

PROFILE = "profile"
RESULTS = "results"
ANALYSIS = "analysis"
FRAMEWORK = "framework"
YEAR = "year"
SectionRole = Qt.ItemDataRole.UserRole + 1  # "section:fiscal_year"; fiscal_year 0 for profile


class NavigationTree(QTreeWidget):
    """``section_chosen(section, fiscal_year)`` when the user picks PROFILE, RESULTS, ANALYSIS or
    FRAMEWORK; choosing a year row opens its results."""

    section_chosen = Signal(str, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("navigation")
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.currentItemChanged.connect(self._current_changed)

    def set_years(self, fiscal_years: list[int], *, has_file: bool = True) -> None:
        """Rebuild the tree for a file with these fiscal years (any order)."""
        self.blockSignals(True)
        self.clear()
        if has_file:
            self._add(None, self.tr("Office Details"), PROFILE, 0)
            for year in sorted(fiscal_years, reverse=True):
                parent = self._add(None, self.tr("Fiscal Year %1").replace("%1", str(year)),
                                   YEAR, year)
                self._add(parent, self.tr("Results"), RESULTS, year)
                self._add(parent, self.tr("Analysis"), ANALYSIS, year)
                self._add(parent, self.tr("Framework"), FRAMEWORK, year)
                parent.setExpanded(True)
        self.blockSignals(False)

    def _add(self, parent: QTreeWidgetItem | None, text: str, section: str,
             year: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, SectionRole, f"{section}:{year}")
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def select(self, section: str, fiscal_year: int = 0) -> bool:
        """Make a section current (emitting section_chosen); False when it is not in the tree."""
        for item in self._items():
            if item.data(0, SectionRole) == f"{section}:{fiscal_year}":
                self.setCurrentItem(item)
                return True
        return False

    def labels(self) -> list[str]:
        """Every row's text, depth-first, children indented by two spaces (for tests)."""
        return [("  " if item.parent() else "") + item.text(0) for item in self._items()]

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            items.append(top)
            items += [top.child(i) for i in range(top.childCount())]
        return items

    def current_section(self) -> tuple[str, int] | None:
        item = self.currentItem()
        return _split(item.data(0, SectionRole)) if item else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        section, year = _split(current.data(0, SectionRole))
        if section == YEAR:
            self.setCurrentItem(current.child(0))  # emits again for the results row
            return
        self.section_chosen.emit(section, year)


def _split(data: str) -> tuple[str, int]:
    section, _, year = data.partition(":")
    return section, int(year)
