"""The Help menu: Guide (F1), a short guide bundled with the program (resources/help, Markdown,
shown in a QTextBrowser: nothing is fetched, it works offline), and About, with the version.

``add_help_menu(window)`` adds the menu last on the window's menu bar and returns the
:class:`HelpActions`; dialogs run through ``exec_dialog`` (tests replace it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

import ita_desktop
from ita_desktop import paths
from ui import i18n, message_boxes
from ui import settings as keys

GUIDE = "guide-{language}.md"


def exec_dialog(dialog: QDialog) -> int:
    """Run the guide dialog (tests replace this to look at it without a modal loop)."""
    return dialog.exec()


def guide_path(language: str) -> Path:
    """The guide in ``language`` when the program carries one, else the Thai guide."""
    path = paths.HELP / GUIDE.format(language=language)
    return path if path.is_file() else paths.HELP / GUIDE.format(language=i18n.THAI)


class GuideDialog(QDialog):
    """The guide, read-only, scrollable; links inside it are not followed to a browser."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ITA Desktop Guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.browser.setPlainText(self.tr("The guide could not be read: %1")
                                      .replace("%1", str(exc)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return QSize(720, 560)
        return QSize(min(760, screen.width() - 40), min(640, screen.height() - 60))


class HelpActions(QObject):
    """``guide_action`` (F1) and ``about_action`` of one window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.guide_action.shortcut().isEmpty():
            self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action = QAction(self.tr("&About ITA Desktop"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def show_guide(self) -> None:
        settings = getattr(self.window, "settings", None)
        code = settings.get(keys.LANGUAGE) if settings is not None else i18n.THAI
        exec_dialog(GuideDialog(guide_path(code), self.window))

    def show_about(self) -> None:
        text = self.tr("ITA Desktop %1").replace("%1", ita_desktop.__version__)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About ITA Desktop"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(self.tr(
            "Analyses the office’s ITA results, sets and follows up its integrity measures and "
            "prints the memos and reports, all on this computer. Fonts: Sarabun (SIL Open Font "
            "License)."))
        message_boxes.exec_dialog(box)


def add_help_menu(window) -> HelpActions:
    """Add the Help menu to ``window`` (last on its menu bar)."""
    return HelpActions(window)
