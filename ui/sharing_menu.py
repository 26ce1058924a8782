"""The File menu's sharing actions: Import from Another File… and Compare Offices….

``add_sharing_actions(window, file_menu)`` adds both after the group of "Save a Copy As…" and
returns the :class:`SharingActions` that runs them. Import needs a file open for editing and is
disabled otherwise (checked each time the menu opens); Compare Offices works without a file.

After an import the window reopens its file (``window.open_file`` of the same path, which keeps
the window's editing lock): the views rebuild from what is now stored, and the Undo history is
cleared (an import is not an undoable edit and the earlier steps may no longer apply).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ui import message_boxes

if TYPE_CHECKING:  # the dialogs are imported when first used: off the start-up path
    from ui.views.compare_view import CompareWindow
    from ui.views.import_dialog import ImportDialog


class SharingActions(QObject):
    """``import_action`` and ``compare_action`` of one window; ``import_dialog`` and
    ``compare_window`` while shown; ``reopen`` the operation reopening the file after an
    import."""

    def __init__(self, window, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        self.import_dialog: ImportDialog | None = None
        self.compare_window: CompareWindow | None = None
        self.reopen = None
        self.import_action = QAction(self.tr("Import from Another File…"), window)
        self.import_action.setStatusTip(self.tr(
            "Add another office’s file, or an older copy of this one, to this file"))
        self.import_action.triggered.connect(self.choose_import)
        self.compare_action = QAction(self.tr("Compare Offices…"), window)
        self.compare_action.setStatusTip(self.tr("Compare several offices’ results side by side"))
        self.compare_action.triggered.connect(self.show_compare)
        actions = file_menu.actions()
        save_copy = getattr(window, "save_copy_action", None)
        start = actions.index(save_copy) + 1 if save_copy in actions else len(actions)
        before = next((a for a in actions[start:] if a.isSeparator()), None)
        if before is None:
            file_menu.addSeparator()
            file_menu.addActions([self.import_action, self.compare_action])
        else:
            file_menu.insertSeparator(before)
            file_menu.insertActions(before, [self.import_action, self.compare_action])
        file_menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Import only into a file open for editing, and not while another import is shown."""
        document = self.window.document
        self.import_action.setEnabled(document is not None and not document.store.read_only
                                      and document.store.path is not None
                                      and self.import_dialog is None)

    # Import ---------------------------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        """The file to import, from a file dialog (tests replace this)."""
        folder = str(self.window.document.store.path.parent)
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import from Another File"),
                                              folder, self.window.files.file_filter())
        return Path(path) if path else None

    def choose_import(self) -> ImportDialog | None:
        """Ask for a file and show the import dialog for it (window-modal, not blocking)."""
        self.update_actions()
        if not self.import_action.isEnabled():
            return None
        self.window.commit_pending_edit()
        path = self.ask_import_path()
        return self.start_import(path) if path is not None else None

    def start_import(self, path: Path | str) -> ImportDialog:
        """Show the import dialog for ``path`` (reading it starts at once)."""
        from ui.views.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.document, path, self.window)
        self.import_dialog = dialog
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()
        self.update_actions()

    def _imported(self, dialog: ImportDialog) -> None:
        path = self.window.document.store.path
        section = self.window.navigation.current_section()
        self.reopen = self.window.open_file(path)
        if section is not None:
            self.reopen.finished.connect(lambda ok: ok and self.window.show_section(*section))
        backup = dialog.backup_path.name if dialog.backup_path else ""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import Finished"),
                          self.tr("Imported from “%1”.").replace("%1", dialog.path.name)
                          + "\n" + dialog.counts.summary(),
                          QMessageBox.StandardButton.Ok, self.window)
        informative = self.tr(
            "This import cannot be undone with Undo. The file as it was before the import is "
            "saved as “%1” in the same folder; open it to go back.").replace("%1", backup)
        if dialog.stale_years:
            informative = self.tr(
                "The imported scores change the analysis of fiscal year %1, whose texts were "
                "drafted from the scores before: open Analysis for that year and press "
                "“Redraft Texts”.").replace("%1", ", ".join(map(str, dialog.stale_years))) \
                + "\n\n" + informative
        box.setInformativeText(informative)
        message_boxes.exec_dialog(box)

    # Compare ---------------------------------------------------------------------------------

    def show_compare(self) -> CompareWindow:
        """Show the Compare Offices window (one per main window), with this office's file in
        it to start with, at the fiscal year shown."""
        if self.compare_window is None:
            from ui.views.compare_view import CompareWindow

            self.compare_window = CompareWindow(self.window,
                                                file_filter=self.window.files.file_filter())
            self.compare_window.destroyed.connect(self._compare_gone)
            document = self.window.document
            if document is not None and document.store.path is not None:
                years = document.fiscal_years()
                if years:
                    self.compare_window.set_year(max(years))
                self.compare_window.add_paths([document.store.path])
        self.compare_window.show()
        self.compare_window.raise_()
        self.compare_window.activateWindow()
        return self.compare_window

    def _compare_gone(self) -> None:
        self.compare_window = None


def add_sharing_actions(window, file_menu: QMenu) -> SharingActions:
    """Add "Import from Another File…" and "Compare Offices…" to ``window``'s File menu, as a
    group of their own after the group of "Save a Copy As…" (at the end without it); returns
    the SharingActions (keep it, e.g. as ``window.sharing``)."""
    return SharingActions(window, file_menu)
