"""File › Open Recent, and the start without a path, which reopens the newest recent file that
still exists (the first-run example when none does).

Whether a recent file still exists is asked off the GUI thread: on a shared folder that no longer
answers, Windows stalls the check for tens of seconds. The menu waits for its check at most
FOLDER_CHECK_SECONDS (ui.file_work.answer_within) and otherwise greys the files as the last
check that answered found them. The start does not wait at all: the window shows with no file
while the check runs on a worker (ui.operations), and the file found is opened when it answers.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.file_work import FOLDER_CHECK_SECONDS, answer_within, first_existing, missing_files
from ui.operations import Operation, run_op
from ui.settings import Settings


class RecentFiles(QObject):
    """The recent files (Settings.recent_files, newest first) of the main window ``window``
    in its Open Recent ``menu``. ``gone`` is the set of files the last check that answered found
    missing (greyed in the menu, kept in the list: the user may clear it)."""

    def __init__(self, window: QMainWindow, menu: QMenu, settings: Settings):
        super().__init__(window)
        self.window, self.menu, self.settings = window, menu, settings
        self.gone: set[Path] = set()
        menu.aboutToShow.connect(self.fill_menu)

    def fill_menu(self) -> None:
        """List the recent files in the menu (what opening it does), those known to be gone
        greyed, then Clear List; "(None)" when there are none."""
        self.menu.clear()
        files = self.settings.recent_files()
        # A quick check on a worker; a share that does not answer in time leaves the files as
        # the last check found them (offered when not known to be gone: opening one says so).
        found = answer_within(partial(missing_files, files), FOLDER_CHECK_SECONDS, None)
        if found is not None:
            self.gone = found
        for path in files:
            action = self.menu.addAction(f"{path.name}  —  {path.parent}")
            action.setEnabled(path not in self.gone)
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_file(p))
        if not files:
            self.menu.addAction(self.tr("(None)")).setEnabled(False)
        else:
            self.menu.addSeparator()
            self.menu.addAction(self.tr("Clear List"), self.settings.clear_recent_files)

    def reopen_last(self) -> Operation:
        """The start without a path: look for the newest recent file that still exists on a
        worker, then open it (``window.open_file``), or the example copy when none does
        (``window.open_example``; first run); the files found missing on the way are greyed
        in the menu. Returns the check's operation at once. Its answer is dropped when, by
        then, the window was closed, has a file open, or the user started opening or creating
        one (``window.files.started`` moved on)."""
        files = self.settings.recent_files()
        started = self.window.files.started

        def found(answer: tuple[Path | None, set[Path]]) -> None:
            path, gone = answer
            self.gone = (self.gone - {path}) | gone
            window = self.window
            if (window._closed or window.document is not None
                    or window.files.started != started):
                return
            if path is not None:
                window.open_file(path)
            else:
                window.open_example()

        return run_op(self.window, label=self.tr("Looking for the last file used…"),
                      work=partial(first_existing, files), on_success=found)
