"""The main window: fiscal years on the left, the year's results and analysis on the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import workbook
from ita_desktop.numbers import format_score
from ita_desktop.storage import Store, assessments, profile
from ui.models.indicator_table import IndicatorTableModel


class MainWindow(QMainWindow):
    """Shows one open database file. The title names the file and the office."""

    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        office = profile.get_profile(store).get("name") or self.tr("(ยังไม่ได้ตั้งชื่อหน่วยงาน)")
        self.setWindowTitle(f"{store.path.name if store.path else ''} — {office} — ITA Desktop")
        self.years = QListWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.years)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        for year in sorted(assessments.list_fiscal_years(store), reverse=True):
            item = QListWidgetItem(self.tr("ปีงบประมาณ %1").replace("%1", str(year)))
            item.setData(256, year)
            self.years.addItem(item)
        self.years.currentItemChanged.connect(self._show_year)
        if self.years.count():
            self.years.setCurrentRow(0)
        self.resize(1000, 640)

    def _show_year(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.model.set_analysis(None)
            self.summary.clear()
            return
        year = item.data(256)
        analysis = workbook.analysis_of(self.store, year)
        result = analysis.result
        self.summary.setText(
            self.tr("คะแนนรวม %1  ระดับ %2").replace("%1", format_score(result.total))
            .replace("%2", result.rating or "-"))
        self.model.set_analysis(analysis)
