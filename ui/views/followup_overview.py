"""The progress panel of ติดตามผล: how many of the year's measures are done, in progress, not
started, cancelled or late (storage.followups.overview), in total and in two small tables, by the
quarter of their end date and by responsible unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.storage.followups import Overview
from ui.models.followup_models import LATE_COLOUR, STATUS_COLOURS, OverviewModel, status_label

CHIP_STYLE = ("QLabel {{ border: 1px solid {colour}; border-radius: 4px; padding: 4px 8px;"
              " color: {colour}; }}")


class FollowupOverview(QWidget):
    """``counts`` maps "total", "done", "in_progress", "not_started", "cancelled" and "late"
    to the labels showing them; ``by_quarter`` and ``by_unit`` are the table models and
    ``tables`` their views by the same names. ``shown`` is the Overview last shown."""

    KEYS = ("done", "in_progress", "not_started", "cancelled", "late")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shown: Overview | None = None
        self.title = QLabel(self.tr("Progress of the year’s measures"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts: dict[str, QLabel] = {}
        self.counts["total"] = QLabel()
        self.counts["total"].setObjectName("overview-total")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.counts["total"])
        heading.addStretch(1)
        chips = QGridLayout()  # three rows of two: the Thai status names are long
        chips.setSpacing(6)
        for position, key in enumerate(self.KEYS):
            label = QLabel()
            label.setObjectName(f"overview-{key}")
            colour = LATE_COLOUR if key == "late" else STATUS_COLOURS[key]
            label.setStyleSheet(CHIP_STYLE.format(colour=colour))
            self.counts[key] = label
            chips.addWidget(label, position // 2, position % 2)
        chips.setColumnStretch(2, 1)
        self.by_quarter = OverviewModel("quarter", self)
        self.by_unit = OverviewModel("unit", self)
        self.tables: dict[str, QTableView] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._table("by_quarter", self.by_quarter), self.tr("By quarter"))
        self.tabs.addTab(self._table("by_unit", self.by_unit), self.tr("By responsible unit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(chips)
        layout.addWidget(self.tabs)

    def _table(self, name: str, model: OverviewModel) -> QTableView:
        table = QTableView()
        table.setObjectName(f"overview-{name}")
        table.setModel(model)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setFrameShape(QFrame.Shape.NoFrame)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OverviewModel.COL_GROUP,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.tables[name] = table
        return table

    def set_overview(self, overview: Overview | None) -> None:
        """Show an Overview (None: nothing to show)."""
        self.shown = overview
        total = overview.total if overview is not None else None
        self.counts["total"].setText(self.tr("(%1 measures)").replace(
            "%1", str(total.total if total else 0)))
        for key in self.KEYS:
            name = self.tr("Late") if key == "late" else status_label(key)
            value = getattr(total, key) if total else 0
            self.counts[key].setText(f"{name} {value}")
        self.by_quarter.set_overview(overview)
        self.by_unit.set_overview(overview)
        cancelled = bool(total and total.cancelled)  # rare: its column only when needed
        for table in self.tables.values():
            table.setColumnHidden(OverviewModel.COL_CANCELLED, not cancelled)
            table.resizeRowsToContents()
            self._fit_height(table)
        tallest = max(table.maximumHeight() for table in self.tables.values())
        self.tabs.setFixedHeight(self.tabs.tabBar().sizeHint().height() + tallest + 6)

    @staticmethod
    def _fit_height(table: QTableView) -> None:
        """Show every row without a scroll bar (a few quarters or units) and no empty space."""
        rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
        rows = max(rows, table.verticalHeader().defaultSectionSize())
        height = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(min(height + 2, 260))
