"""How the main window shows a file it cannot write (``Store.read_only``): the editors of every
section's view locked and greyed (``lock_view``, ``lock_edits``), and the warning strip above the
section that says why and what to do (``ReadOnlyBanner``).

A view that re-enables controls on refresh must check ``document.store.read_only`` itself; the
documents view deliberately makes its print and option controls usable again (they are not edits).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ita_desktop.storage import Store
from ui.banner import WARNING, Banner
from ui.views.results_view import ResultsView

READ_ONLY_STYLE = ("QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox"
                   " { background: #f0f0f0; color: #333333; }")


def lock_edits(widget: QWidget) -> None:
    """Make every editor under ``widget`` read-only (a file opened read-only), greyed so it
    does not look like a field waiting for input."""
    if READ_ONLY_STYLE not in widget.styleSheet():
        widget.setStyleSheet(widget.styleSheet() + READ_ONLY_STYLE)
    for edit in widget.findChildren(QLineEdit) + widget.findChildren(QAbstractSpinBox):
        edit.setReadOnly(True)
    for edit in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
        edit.setReadOnly(True)
    for control in widget.findChildren(QComboBox) + widget.findChildren(QAbstractButton):
        control.setEnabled(False)
    for table in widget.findChildren(QAbstractItemView):
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


def lock_view(view: QWidget) -> None:
    """``lock_edits`` on a section's view; a ResultsView is locked again whenever it shows
    another page, since it builds its forms when they are first shown."""
    lock_edits(view)
    if isinstance(view, ResultsView) and not view.property("locked"):
        view.setProperty("locked", True)
        view.stack.currentChanged.connect(lambda _index, v=view: lock_edits(v))


class ReadOnlyBanner(Banner):
    """The warning strip of a read-only file, hidden otherwise (``show_for``). It offers
    "Save a Copy to Edit…" (``save_copy``), or, when someone else is editing the file
    (``store.in_use_by``), "Open Again" (``open_again``) instead; ``buttons`` as in Banner."""

    def __init__(self, *, save_copy: Callable[[], object], open_again: Callable[[], object],
                 parent: QWidget | None = None):
        super().__init__(WARNING, parent)
        self._open_again = open_again
        self.add_button(self.tr("Save a Copy to Edit…"), save_copy)

    def show_for(self, store: Store | None) -> None:
        """Show the strip for ``store`` (no file, an editable one or a read-only one), with
        its Thai ``read_only_reason``."""
        self.setVisible(store is not None and store.read_only)
        # Someone else is editing it: a copy to edit would part from their work; open it again.
        elsewhere = store is not None and store.read_only and store.in_use_by is not None
        if elsewhere and self.tr("Open Again") not in self.buttons:
            self.add_button(self.tr("Open Again"), self._open_again)
        for text, button in self.buttons.items():
            button.setVisible(elsewhere == (text == self.tr("Open Again")))
        if elsewhere:
            self.set_text(self.tr(
                "<b>Someone else is editing this file, so it is open read-only here</b> (%1)"
                "<br>To edit it here, ask them to close the file, then choose Open Again.")
                .replace("%1", store.read_only_reason))
        elif store is not None:
            self.set_text(self.tr("<b>This file is open read-only and cannot be edited</b> (%1)<br>To "
                                  "edit it, save a copy in a folder you can write to and open the copy.")
                          .replace("%1", store.read_only_reason))
