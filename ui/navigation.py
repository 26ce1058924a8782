"""The navigation pane: ข้อมูลหน่วยงาน, then each fiscal year (newest first) with its sections; a
file with no year yet has เริ่มต้นใช้งาน (the start page) first.

A year with an assessment has ผลการประเมิน, การวิเคราะห์ and กรอบการประเมิน; a year the office plans
measures for (``plan_years``) has มาตรการ, ติดตามผล and ความพร้อม OIT; every year has เอกสาร."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

START = "start"
PROFILE = "profile"
RESULTS = "results"
ANALYSIS = "analysis"
FRAMEWORK = "framework"
MEASURES = "measures"
FOLLOWUP = "followup"
READINESS = "readiness"
DOCUMENTS = "documents"
PLAN_SECTIONS = (MEASURES, FOLLOWUP, READINESS)
YEAR = "year"
SectionRole = Qt.ItemDataRole.UserRole + 1  # "section:fiscal_year"; fiscal_year 0 for profile


class NavigationTree(QTreeWidget):
    """``section_chosen(section, fiscal_year)`` when the user picks a section (PROFILE, RESULTS,
    ANALYSIS, FRAMEWORK, MEASURES, FOLLOWUP, READINESS, DOCUMENTS); choosing a year row opens its
    first section."""

    section_chosen = Signal(str, int)
    MAX_WIDTH = 260

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setObjectName("navigation")
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.years: list[int] = []
        self.plan_years: list[int] = []
        self.currentItemChanged.connect(self._current_changed)

    def set_years(self, fiscal_years: list[int], *, plan_years: list[int] = (),
                  has_file: bool = True) -> None:
        """Rebuild the tree for a file with these assessment years and plan years (any order);
        the current section stays current when it is still there."""
        current = self.current_section()
        self.blockSignals(True)
        self.clear()
        self.years, self.plan_years = sorted(fiscal_years), sorted(plan_years)
        if has_file:
            if not fiscal_years and not plan_years:
                self._add(None, self.tr("Getting Started"), START, 0)
            self._add(None, self.tr("Office Details"), PROFILE, 0)
            for year in sorted(set(fiscal_years) | set(plan_years), reverse=True):
                parent = self._add(None, self.tr("Fiscal Year %1").replace("%1", str(year)),
                                   YEAR, year)
                if year in fiscal_years:
                    self._add(parent, self.tr("Results"), RESULTS, year)
                    self._add(parent, self.tr("Analysis"), ANALYSIS, year)
                    self._add(parent, self.tr("Framework"), FRAMEWORK, year)
                if year in plan_years:
                    self._add(parent, self.tr("Measures"), MEASURES, year)
                    self._add(parent, self.tr("Follow-up"), FOLLOWUP, year)
                    self._add(parent, self.tr("OIT Readiness"), READINESS, year)
                self._add(parent, self.tr("Documents"), DOCUMENTS, year)
                parent.setExpanded(True)
        self._fit_width()
        if current is not None:
            for item in self._items():
                if item.data(0, SectionRole) == f"{current[0]}:{current[1]}":
                    self.setCurrentItem(item)
        self.blockSignals(False)

    def _fit_width(self) -> None:
        """At least as wide as the longest row (at most MAX_WIDTH), so a narrow window (1366 ×
        768 at 125 %) squeezes the section on the right, never the section names."""
        widest = self.sizeHintForColumn(0) if self.topLevelItemCount() else 0
        extra = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(min(widest + extra, self.MAX_WIDTH))

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

    def has(self, section: str, fiscal_year: int = 0) -> bool:
        """True when the tree lists this section."""
        return any(item.data(0, SectionRole) == f"{section}:{fiscal_year}"
                   for item in self._items())

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
