"""The "file in use" dialog: a file another instance or computer has open for editing can be
opened read-only, or not at all. It names who has it open, on which computer and since when, from
the lock file (ita_desktop.storage.lock.LockInfo)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.periods import format_thai_date
from ita_desktop.storage.lock import LockInfo


def run_dialog(dialog: QDialog) -> int:
    """Run the dialog modally (tests replace this to look at it and answer instead)."""
    return dialog.exec()


def ask_open_read_only(parent: QWidget | None, path: Path | None, holder: LockInfo) -> bool:
    """Ask whether to open ``path``, which ``holder`` is editing, read-only; True to open it."""
    return run_dialog(InUseDialog(path, holder, parent)) == QDialog.DialogCode.Accepted


class InUseDialog(QDialog):
    """Says who holds the file (``who``, ``since`` labels) and offers Open Read-Only (accept)
    or Cancel (reject). ``holder`` fields may be empty when the lock file could not be read."""

    def __init__(self, path: Path | None, holder: LockInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("File Already Open"))
        self.holder = holder
        name = path.name if path is not None else ""
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(
            self.tr("<b>“%1” is already open for editing</b>").replace("%1", name))
        self.heading.setWordWrap(True)
        self.who = QLabel(self._who_text())
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.since = QLabel(self._since_text())
        self.since.setWordWrap(True)
        self.explanation = QLabel(self.tr(
            "So that nobody’s work is saved over, only one person at a time can edit a file. "
            "You can open it read-only to look at it and print from it. To edit it, ask that "
            "person to close the file, then open it again."))
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.read_only_button = self.buttons.addButton(
            self.tr("Open Read-Only"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.read_only_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.setSpacing(8)
        for label in (self.heading, self.who, self.since, self.explanation):
            text.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(580)

    def _who_text(self) -> str:
        user, host = self.holder.user, self.holder.host
        if user and host:
            return self.tr("It is being edited by <b>%1</b> on the computer <b>%2</b>.") \
                .replace("%1", user).replace("%2", host)
        if host:
            return self.tr("It is being edited on the computer <b>%1</b>.").replace("%1", host)
        return self.tr("It is being edited by another user or another ITA Desktop window.")

    def _since_text(self) -> str:
        try:
            opened = dt.datetime.fromisoformat(self.holder.opened_at)
        except (TypeError, ValueError):
            return ""
        refreshed = ""
        try:
            seen = dt.datetime.fromisoformat(self.holder.refreshed_at)
            refreshed = seen.strftime("%H:%M")
        except (TypeError, ValueError):
            pass
        text = self.tr("Open since %1 at %2.").replace(
            "%1", format_thai_date(opened.date(), style="full")).replace(
            "%2", opened.strftime("%H:%M"))
        if refreshed:
            text += "<br>" + self.tr("Last seen working at %1.").replace("%1", refreshed)
        return text
