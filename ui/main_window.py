"""The main window: navigation by fiscal year and section on the left, the chosen section on the
right, the File and Edit menus, and a status bar saying when the last change was saved."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import workbook
from ita_desktop.framework import FrameworkError, load_framework
from ita_desktop.storage import StorageError, Store
from ita_desktop.storage.lock import Lock
from ui import i18n, message_boxes
from ui import settings as keys
from ui.banner import INFO, Banner
from ui.document import MEASURES as MEASURES_AREA
from ui.document import PROFILE, Document
from ui.file_ops import FileOps
from ui.navigation import (
    ANALYSIS,
    DOCUMENTS,
    FOLLOWUP,
    FRAMEWORK,
    MEASURES,
    READINESS,
    RESULTS,
    START,
    NavigationTree,
)
from ui.operations import Operation
from ui.read_only import READ_ONLY_STYLE as READ_ONLY_STYLE
from ui.read_only import ReadOnlyBanner, lock_view
from ui.read_only import lock_edits as lock_edits
from ui.recent_files import RecentFiles
from ui.screen_fit import fitted_size
from ui.session import close_store, make_read_only
from ui.settings import Settings
from ui.views.add_year_dialog import AddYearDialog
from ui.views.profile_view import ProfileView
from ui.views.results_view import ResultsView
from ui.views.start_page import NoFilePage, StartPage

SECTION_VIEWS = {
    FRAMEWORK: ("ui.views.framework_view", "FrameworkView"),
    MEASURES: ("ui.views.measures_view", "MeasuresView"),
    FOLLOWUP: ("ui.views.followup_view", "FollowupView"),
    READINESS: ("ui.views.readiness_view", "ReadinessView"),
    DOCUMENTS: ("ui.views.documents_view", "DocumentsView"),
}
"""Sections whose view is made on first show by ``View.shown_in(pages, document, fiscal_year)``
(one view per document, switched between years with ``set_year``)."""
LANGUAGE_NAMES = {i18n.THAI: "ไทย", i18n.ENGLISH: "English"}
LANGUAGE_NOTICE = ("ภาษาที่เลือกจะใช้เมื่อเปิดโปรแกรมครั้งถัดไป\n"
                   "The chosen language applies the next time ITA Desktop starts.")


class MainWindow(QMainWindow):
    """Shows one open database file at a time (``document``; None when no file is open).

    ``results_views`` holds the ผลการประเมิน view of each fiscal year shown so far;
    ``example_banner`` shows while the first-run example is open, ``banner`` when the file is
    read-only (ui.read_only.ReadOnlyBanner; editors are locked by ui.read_only.lock_view).
    File operations (and the File menu's dialogs) are in ``files`` (ui.file_ops); opening and
    saving a copy run off the GUI thread and return the started ui.operations.Operation.
    File › Open Recent and the reopening of the last file at start are ``recent``
    (ui.recent_files.RecentFiles).
    """

    def __init__(self, settings: Settings, store: Store | None = None):
        super().__init__()
        self.settings = settings
        self.files = FileOps(self, settings, disable=self._file_controls)
        self._closed = False
        self.document: Document | None = None
        self.profile_view: ProfileView | None = None
        self.analysis_view = None  # ui.views.analysis_view.AnalysisView, once shown
        self.results_views: dict[int, ResultsView] = {}
        self.undo_group = QUndoGroup(self)
        self.navigation = NavigationTree()
        self.navigation.section_chosen.connect(self.show_section)
        self.pages = QStackedWidget()
        self.empty_page = NoFilePage(new=self.files.new_dialog, open_=self.files.open_dialog)
        self.pages.addWidget(self.empty_page)
        self.start_page = StartPage(profile=lambda: self.show_section(PROFILE),
                                    add_year=self._add_year_dialog,
                                    guide=lambda: self.help.show_guide())
        self.pages.addWidget(self.start_page)
        self.example_banner = Banner(INFO)
        self.example_banner.set_text(self.tr(
            "<b>This is the example file.</b> All its data is made up; try typing or editing "
            "anything.<br>When you are ready, create the office’s own file and enter the office details and results there."))
        self.example_banner.add_button(self.tr("Create the Office’s File…"),
                                       self.files.new_dialog, primary=True)
        self.example_banner.add_button(self.tr("Open an Existing File…"), self.files.open_dialog)
        self.banner = ReadOnlyBanner(save_copy=self.files.editable_copy_dialog,
                                     open_again=self._open_again)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.example_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("navigation-splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        # A narrow window starts with the navigation as narrow as its names allow.
        self.splitter.setSizes([220 if fitted_size(self).width() >= 1200 else 180, 980])
        self.setCentralWidget(self.splitter)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.resize(fitted_size(self))
        self._restore_state()
        self._set_store(store)

    # Menus ------------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        keys_ = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New…"), self.files.new_dialog,
                                       keys_.New)
        self.open_action = self._action(file_menu, self.tr("&Open…"), self.files.open_dialog,
                                        keys_.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent = RecentFiles(self, self.recent_menu, self.settings)
        file_menu.addSeparator()
        self.add_year_action = self._action(file_menu, self.tr("&Add Fiscal Year…"),
                                            self._add_year_dialog)
        self.save_copy_action = self._action(file_menu, self.tr("Save a &Copy As…"),
                                             self.files.save_copy_dialog, keys_.SaveAs)
        self.restore_action = self._action(file_menu, self.tr("&Restore from Backup…"),
                                           self.files.restore_open_file_dialog)
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, self.tr("&Close File"), self.close_file,
                                         keys_.Close)
        quit_keys = QKeySequence(keys_.Quit)
        self._action(file_menu, self.tr("E&xit"), self.close,
                     quit_keys if not quit_keys.isEmpty() else "Ctrl+Q")
        from ui.sharing_menu import add_sharing_actions  # import and compare offices

        self.sharing = add_sharing_actions(self, file_menu)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        from ui.undo_feedback import UndoRedo  # shows where each undo and redo changed

        self.undo_redo = UndoRedo(self, self.undo_group)
        self.undo_action, self.redo_action = self.undo_redo.undo_action, self.undo_redo.redo_action
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        current = self.settings.get(keys.LANGUAGE)
        for code, name in LANGUAGE_NAMES.items():  # each language named in itself, never translated
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(
            lambda action: self.choose_language(action.data()))
        from ui.help_menu import add_help_menu

        self.help = add_help_menu(self)

    def choose_language(self, language: str) -> None:
        """Store the interface language; it applies from the next start (the notice says so,
        in both languages, since the reader may not read the current one)."""
        if language == self.settings.get(keys.LANGUAGE):
            return
        self.settings.set(keys.LANGUAGE, language)
        self.settings.sync()
        self.statusBar().showMessage(LANGUAGE_NOTICE, 15000)
        message_boxes.exec_dialog(QMessageBox(QMessageBox.Icon.Information, "ITA Desktop",
                                              LANGUAGE_NOTICE, QMessageBox.StandardButton.Ok, self))

    # Files ------------------------------------------------------------------------------

    def _file_controls(self) -> list:
        """What must wait while a file is being opened or copied."""
        return [self.new_action, self.open_action, self.recent_menu.menuAction(),
                self.add_year_action, self.save_copy_action, self.restore_action,
                self.close_action, *self.example_banner.buttons.values(),
                *self.banner.buttons.values(), *self.empty_page.buttons.values()]

    def open_file(self, path: Path | str, *, read_only: bool = False,
                  lock: Lock | None = None) -> Operation:
        """Start opening a database file in place of the current one (checked off the GUI
        thread). A refused file shows a dialog, stays untouched, and the current file stays
        open; the returned operation's ``ok`` says which, once ``done``. A file being edited
        elsewhere asks first whether to open it read-only (ui.file_ops); ``lock`` hands over
        an editing lock already held for ``path``."""
        return self.files.open(path, read_only=read_only, lock=lock, on_opened=self._opened)

    def _opened(self, store: Store) -> None:
        if self._closed:  # the window was closed while the file was being checked
            close_store(store)
            return
        self._set_store(store)

    def reopen_last(self) -> Operation:
        """Open the newest recent file that still exists, else the example copy, checked off
        the GUI thread (ui.recent_files.RecentFiles.reopen_last); returns the check's
        operation at once."""
        return self.recent.reopen_last()

    def open_example(self) -> Operation:
        """Open the example copy in the user's data folder, making it on first use (the
        returned operation makes it; opening follows)."""
        return self.files.example_copy(on_made=self.open_file)

    def new_file(self, path: Path | str) -> Operation:
        """Start creating an empty database file (off the GUI thread) and open it once made;
        an existing path is refused with a dialog. The operation's ``ok`` says which."""
        return self.files.create(path, on_created=self._opened)

    def close_file(self) -> None:
        self._set_store(None)

    def become_read_only(self, reason: str) -> None:
        """The open file can no longer be written (its lock was taken over, or it was removed
        or moved): stop writing in place, with the read-only banner giving the Thai ``reason``;
        the views stay as they are, locked, and undo is cleared."""
        if self.document is None:
            return
        store = self.document.store
        make_read_only(store, reason, window=self)  # the lock is given up on a worker
        self.document.undo_stack.clear()
        self._show_file_mode(store)
        for index in range(self.pages.count()):
            view = self.pages.widget(index)
            if view not in (self.empty_page, self.start_page):
                self._lock_if_read_only(view)

    def restore_from_backup(self, backup: Path | str) -> Operation:
        """Replace the open file with ``backup`` (the file as it is now is kept as a
        before-restore copy), then open it again. The editing lock is kept throughout, so no
        other instance starts editing in between. Returns the restore's operation; the
        reopening follows it (``window.document`` is None meanwhile)."""
        store = self.document.store
        path, lock = store.path, store.lock
        store.lock = None  # kept across the restore; handed to the reopening
        self._set_store(None)

        def done(ok: bool) -> None:
            if ok:
                self.statusBar().showMessage(self.tr(
                    "The file was restored from the backup; the file as it was is kept as a "
                    "“before restore” copy"), 15000)
            self.open_file(path, lock=lock)

        return self.files.restore(path, Path(backup), on_done=done)

    def save_copy(self, path: Path | str, *, then=None) -> Operation | None:
        """Start writing a consistent snapshot of the open file (what was just typed included)
        off the GUI thread; then ``then(path)`` if given."""
        self.commit_pending_edit()

        def saved(copy: Path) -> None:
            self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", str(copy)),
                                         8000)
            if then is not None:
                then(copy)

        return self.files.save_copy(self.document.store, path, on_saved=saved)

    def add_fiscal_year(self, fiscal_year: int, *, framework_year: int | None = None) -> bool:
        """Start a fiscal year's assessment with a shipped framework and show its results, the
        keyboard in the first indicator score."""
        try:
            framework = load_framework(framework_year or fiscal_year)
            workbook.start_assessment(self.document.store, fiscal_year=fiscal_year,
                                      framework=framework)
        except (FrameworkError, StorageError) as exc:
            self.show_error(self.tr("Cannot Add the Fiscal Year"), str(exc))
            return False
        self.refresh_navigation()
        self.navigation.select(RESULTS, fiscal_year)
        view = self.results_views.get(fiscal_year)
        if view is not None:
            view.focus_entry()
        return True

    def refresh_navigation(self) -> None:
        """Rebuild the navigation from the file's assessment and plan years."""
        self.navigation.set_years(self.document.fiscal_years(),
                                  plan_years=self.document.plan_years())

    def commit_pending_edit(self) -> None:
        """Finish the edit in the focused field (Qt emits editingFinished), so what the user
        typed is saved before the file is closed or replaced."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QTextEdit | QPlainTextEdit) \
                and self.isAncestorOf(focused):
            focused.clearFocus()  # line edits emit editingFinished, TextBoxes commit on focus out

    def show_error(self, title: str, message: str, hint: str = "") -> None:
        """A critical dialog: the core's message and, below it, what to do."""
        message_boxes.show_error(self, title, message, hint)

    def _add_year_dialog(self) -> None:
        dialog = AddYearDialog(self.document.fiscal_years(), self)
        if dialog.exec():
            self.add_fiscal_year(dialog.fiscal_year(), framework_year=dialog.framework_year())

    # The open document --------------------------------------------------------------------

    def _show_file_mode(self, store: Store | None) -> None:
        """Status label, read-only banner and File actions for no file, an editable one or a
        read-only one."""
        self.saved_label.setText("" if store is None else self.tr("Read-only")
                                 if store.read_only else self.tr("Every change is saved automatically"))
        for action in (self.add_year_action, self.save_copy_action, self.close_action):
            action.setEnabled(store is not None)
        self.add_year_action.setEnabled(store is not None and not store.read_only)
        self.start_page.buttons["add_year"].setEnabled(self.add_year_action.isEnabled())
        self.restore_action.setEnabled(store is not None and store.path is not None
                                       and not store.read_only)
        self.banner.show_for(store)

    def _open_again(self) -> None:
        if self.document is not None and self.document.store.path is not None:
            self.open_file(self.document.store.path)

    def _set_store(self, store: Store | None) -> None:
        self.commit_pending_edit()
        self._save_results_splitter()
        self.files.session.detach()
        if self.document is not None:
            self.document.mark_closed()  # its views stop their work before the store closes
            self.undo_group.removeStack(self.document.undo_stack)
            for view in [self.profile_view, self.analysis_view, *self.results_views.values()]:
                if view is not None:
                    self.pages.removeWidget(view)
                    view.deleteLater()
            old = self.document.store
            if store is not None and old.lock is not None and old.lock is store.lock:
                old.lock = None  # the same file reopened: the new store keeps the lock
            close_store(old, window=self)  # its lock is released off the GUI thread
            self.document.deleteLater()
        self.document = None
        self.profile_view = self.analysis_view = None
        self.results_views = {}
        self._show_file_mode(store)
        self.example_banner.setVisible(store is not None and self.files.is_example(store.path))
        if store is None:
            self.navigation.set_years([], has_file=False)
            self.pages.setCurrentWidget(self.empty_page)
            self._update_title()
            return
        self.document = Document(store, self)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.document.saved.connect(self._saved)
        self.document.failed.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.document.changed.connect(self._changed)
        self.profile_view = ProfileView(self.document)
        self.pages.addWidget(self.profile_view)
        if store.path is not None:
            self.settings.add_recent_file(store.path)
        self.files.session.attach(self.document)
        years = self.document.fiscal_years()
        self.refresh_navigation()
        if years:
            self.navigation.select(RESULTS, max(years))
        elif not self.navigation.select(START):
            self.navigation.select(PROFILE)
        self._update_title()

    def show_section(self, section: str, fiscal_year: int = 0) -> QWidget | None:
        """Show a section (PROFILE, RESULTS or ANALYSIS of a year) and return its view."""
        if self.document is None:
            return None
        if section == START:
            self.pages.setCurrentWidget(self.start_page)
            if self.navigation.current_section() != (START, 0):
                self.navigation.select(START)
            return self.start_page
        if section == PROFILE:
            view = self.profile_view
        elif section == ANALYSIS:
            if self.analysis_view is None:  # built when first shown: off the start-up path
                from ui.views.analysis_view import AnalysisView

                self.analysis_view = AnalysisView(self.document)
                self.pages.addWidget(self.analysis_view)
            view = self.analysis_view
            view.set_year(fiscal_year)
        elif section in SECTION_VIEWS:  # built when first shown: off the start-up path
            module, name = SECTION_VIEWS[section]
            view_class = getattr(importlib.import_module(module), name)
            view = view_class.shown_in(self.pages, self.document, fiscal_year)
        else:
            view = self.results_views.get(fiscal_year)
            if view is None:
                view = ResultsView(self.document, fiscal_year)
                state = self.settings.get(keys.RESULTS_SPLITTER)
                if not state.isEmpty():
                    view.splitter.restoreState(state)
                self.results_views[fiscal_year] = view
                self.pages.addWidget(view)
        self._lock_if_read_only(view)
        self.pages.setCurrentWidget(view)
        current = self.navigation.current_section()
        if current != (section, fiscal_year):
            self.navigation.select(section, fiscal_year)
        return view

    def _lock_if_read_only(self, view: QWidget) -> None:
        """On a read-only file, lock the view's editors, also those of forms built later."""
        if self.document.store.read_only:
            lock_view(view)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("ITA Desktop")
            return
        store = self.document.store
        office = self.document.profile().get("name") or self.tr("(office not named yet)")
        name = store.path.name if store.path else self.tr("(no file name)")
        self.setWindowTitle(f"{name} — {office} — ITA Desktop")

    def _changed(self, area: str, fiscal_year: int) -> None:
        if area == PROFILE:
            self._update_title()
        elif area == MEASURES_AREA and fiscal_year not in self.navigation.plan_years:
            self.refresh_navigation()
        elif area == FRAMEWORK:
            # The year's forms were built from the old framework (titles, items): build anew.
            view = self.results_views.pop(fiscal_year, None)
            if view is not None:
                self.pages.removeWidget(view)
                view.deleteLater()

    def _saved(self, when: QDateTime) -> None:
        self.saved_label.setText(self.tr("Saved %1").replace("%1", when.toString("HH:mm")))

    # Window state -----------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = self.settings.get(keys.NAVIGATION_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def _save_results_splitter(self) -> None:
        view = self.pages.currentWidget()
        if isinstance(view, ResultsView):
            self.settings.set(keys.RESULTS_SPLITTER, view.splitter.saveState())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._closed = False
        super().showEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._closed = True
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.NAVIGATION_SPLITTER, self.splitter.saveState())
        self._set_store(None)
        self.settings.sync()
        super().closeEvent(event)
