"""File › Restore from Backup…: the open file's backups (the daily ones and the copies saved
before earlier restores), newest first, with their day and size; choosing one and Restore…
asks to confirm, then the dialog is accepted with ``chosen`` set. The window does the restoring
(ui.main_window.MainWindow.restore_from_backup: close, storage.backups.restore_backup, reopen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.periods import format_thai_date
from ita_desktop.storage.backups import BackupInfo, list_backups
from ui import message_boxes

COL_DAY, COL_KIND, COL_SIZE = range(3)


def run_dialog(dialog: QDialog) -> int:
    """Run the dialog modally (tests replace this to drive it instead)."""
    return dialog.exec()


def size_text(size: int) -> str:
    """Bytes as staff read them: "84 KB", "1.2 MB"."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024)):,} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class RestoreDialog(QDialog):
    """Backups of ``db_path`` found in ``folder`` (``backups``: BackupInfo, newest first, one
    row each in ``table``); ``chosen`` is the confirmed one once the dialog is accepted."""

    def __init__(self, db_path: Path, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.db_path = db_path
        self.folder = folder
        self.chosen: Path | None = None
        self.backups: list[BackupInfo] = list_backups(folder, stem=db_path.stem,
                                                      include_before_restore=True)
        intro = QLabel(self.tr(
            "ITA Desktop keeps a copy of “%1” each day it is opened for editing (the last 14 "
            "days). Choose the day to go back to. The file as it is now is kept as a "
            "“before restore” copy, so the restore can be undone the same way.")
            .replace("%1", db_path.name))
        intro.setWordWrap(True)
        intro.setContentsMargins(0, 0, 12, 0)  # wrapped Thai can run a little past its width
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Day"), self.tr("Kind"), self.tr("Size")])
        for info in self.backups:
            kind = self.tr("Before a restore") if info.before_restore else self.tr("Daily backup")
            item = QTreeWidgetItem([self._when(info), kind, size_text(info.size)])
            item.setData(COL_DAY, Qt.ItemDataRole.UserRole, str(info.path))
            item.setTextAlignment(COL_SIZE, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(COL_DAY, info.path.name)
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_DAY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item, _column: self.confirm())
        self.empty = QLabel(self.tr("There are no backups of this file yet. A backup is made "
                                    "each day the file is opened for editing."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))

    def _when(self, info: BackupInfo) -> str:
        """The backup's day in the Buddhist era and, from the file, the time it was made."""
        day = format_thai_date(info.day, style="full")
        try:
            made = dt.datetime.fromtimestamp(info.path.stat().st_mtime)
        except OSError:
            return day
        if made.date() != info.day:
            return day
        return self.tr("%1 at %2", "a backup's day and time").replace("%1", day).replace(
            "%2", made.strftime("%H:%M"))

    def selected(self) -> BackupInfo | None:
        """The backup of the selected row, or None."""
        items = self.table.selectedItems()
        if not items:
            return None
        return self.backups[self.table.indexOfTopLevelItem(items[0])]

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def confirm(self) -> bool:
        """Ask to confirm restoring the selected backup; accept the dialog when confirmed."""
        info = self.selected()
        if info is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from Backup"),
                          self.tr("Go back to the copy of %1?").replace(
                              "%1", format_thai_date(info.day, style="full")),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Changes made to “%1” after that copy will no longer be in the file. The file as it "
            "is now is kept as a “before restore” copy in this list.").replace(
            "%1", self.db_path.name))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        message_boxes.exec_dialog(box)
        if box.clickedButton() is not restore:
            return False
        self.chosen = info.path
        self.accept()
        return True
