"""Compare Offices: a window with several offices' files side by side for one fiscal year —
total, rating, IIT/EIT/OIT and indicators 1–10 — and the files that could not be compared, each
with its message. Files are added by multi-selection or a whole folder and read on a worker
thread (ita_desktop.compare, each file opened read-only, read and closed in turn); the table
can be exported as CSV."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import compare
from ui import message_boxes
from ui.models.compare_model import COL_OFFICE, COL_TOTAL, CompareModel, PathRole, SortRole
from ui.operations import Operation, run_op


class CompareWindow(QMainWindow):
    """``files`` (compare.OfficeFile, in the order added; a file added again replaces its
    earlier reading), ``comparison`` (compare.Comparison of the chosen ``year``), ``model`` and
    ``proxy`` (sorted by total, highest first), ``failed`` (list of problem files)."""

    def __init__(self, parent: QWidget | None = None, *, file_filter: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare Offices"))
        self.file_filter = file_filter or self.tr("ITA Desktop files (*.db *.ita);;All files (*)")
        self.files: list[compare.OfficeFile] = []
        self.comparison = compare.Comparison(0)
        self.preferred_year: int | None = None
        self.operation: Operation | None = None
        self.year = QComboBox()
        self.year.setMinimumContentsLength(6)
        self.year.currentIndexChanged.connect(lambda _index: self.refresh())
        self.add_files_button = QPushButton(self.tr("Add Files…"))
        self.add_files_button.clicked.connect(self._add_files_dialog)
        self.add_folder_button = QPushButton(self.tr("Add a Folder…"))
        self.add_folder_button.clicked.connect(self._add_folder_dialog)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._export_dialog)
        self.model = CompareModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TOTAL, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_OFFICE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("Add the offices’ files (.db) to compare their results."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("QLabel { color: #555; }")
        self.failed_label = QLabel()
        self.failed = QListWidget()
        self.failed.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year:")))
        top.addWidget(self.year)
        top.addStretch(1)
        for button in (self.add_files_button, self.add_folder_button, self.remove_button,
                       self.export_button):
            top.addWidget(button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.empty)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.failed_label)
        lower_layout.addWidget(self.failed, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.resize(1280, 640)
        self.refresh()

    # Adding files --------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[Path | str]) -> Operation | None:
        """Read ``paths`` on a worker thread and add them (a folder adds its ITA Desktop
        files); returns the started operation, None when there was nothing to read."""
        expanded: list[Path] = []
        for path in map(Path, paths):
            expanded.extend(compare.database_files(path) if path.is_dir() else [path])
        if not expanded:
            return None
        self.operation = run_op(
            self, label=self.tr("Reading %1 files…").replace("%1", str(len(expanded))),
            work=partial(compare.read_office_files, expanded), on_success=self._read,
            disable=[self.add_files_button, self.add_folder_button, self.remove_button,
                     self.export_button])
        return self.operation

    def _read(self, found: list[compare.OfficeFile]) -> None:
        new = {path.resolve() for path in (office.path for office in found)}
        self.files = [f for f in self.files if f.path.resolve() not in new] + found
        self._fill_years()
        self.refresh()
        self.statusBar().showMessage(self.tr("Read %1 files").replace("%1", str(len(found))),
                                     8000)

    def remove_selected(self) -> None:
        """Take the selected offices' files out of the comparison."""
        rows = self.table.selectionModel().selectedRows()
        paths = {index.data(PathRole).resolve() for index in rows}
        self.files = [f for f in self.files if f.path.resolve() not in paths]
        self._fill_years()
        self.refresh()

    def _fill_years(self) -> None:
        years = compare.fiscal_years_of(self.files)
        current = self.year.currentData()
        wanted = current if current in years else self.preferred_year \
            if self.preferred_year in years else (years[-1] if years else None)
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(years):
            self.year.addItem(str(year), year)
        if wanted is not None:
            self.year.setCurrentIndex(self.year.findData(wanted))
        self.year.blockSignals(False)

    # Showing ---------------------------------------------------------------------------------

    def selected_year(self) -> int | None:
        return self.year.currentData()

    def set_year(self, fiscal_year: int) -> bool:
        """Show ``fiscal_year`` if some file has it (else remember it for files added later)."""
        self.preferred_year = fiscal_year
        index = self.year.findData(fiscal_year)
        if index >= 0:
            self.year.setCurrentIndex(index)
        return index >= 0

    def refresh(self) -> None:
        year = self.selected_year()
        self.comparison = compare.comparison_for(self.files, year) if year is not None else \
            compare.Comparison(0, problems=[(f.path, f.error) for f in self.files if f.error])
        self.model.set_offices(self.comparison.offices)
        self.table.setVisible(bool(self.comparison.offices))
        self.empty.setVisible(not self.comparison.offices)
        self.failed.clear()
        for path, message in self.comparison.problems:
            item = QListWidgetItem(f"{path.name} — {message}")
            item.setToolTip(str(path))
            self.failed.addItem(item)
        count = len(self.comparison.problems)
        self.failed_label.setText(self.tr("Files not compared (%1):").replace("%1", str(count)))
        self.failed_label.setVisible(bool(count))
        self.failed.setVisible(bool(count))
        self.setWindowTitle(self.tr("Compare Offices — Fiscal Year %1").replace("%1", str(year))
                            if year else self.tr("Compare Offices"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        if self.operation is not None and not self.operation.done:
            return  # run_op puts the buttons back when the reading ends
        self.export_button.setEnabled(bool(self.comparison.offices))
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    def export_csv(self, path: Path | str) -> Path:
        """Write the shown comparison as CSV (ita_desktop.compare.to_csv, UTF-8 with BOM so
        Excel reads Thai); raises OSError."""
        path = Path(path)
        path.write_text(compare.to_csv(self.comparison), encoding="utf-8-sig")
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path

    # Dialogs -----------------------------------------------------------------------------------

    def _add_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add Offices’ Files"), "",
                                                self.file_filter)
        if paths:
            self.add_paths(paths)

    def _add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder of Offices’ Files"))
        if folder:
            self.add_paths([folder])

    def _export_dialog(self) -> None:
        suggested = f"compare-{self.selected_year() or ''}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), suggested,
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            self.export_csv(path if Path(path).suffix else f"{path}.csv")
        except OSError as exc:
            message_boxes.show_error(self, self.tr("Cannot Save the CSV File"), str(exc),
                                self.tr("Try another folder you can write to, such as Documents."))
