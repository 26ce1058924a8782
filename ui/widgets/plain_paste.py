"""Pasting into the office's text fields: what comes from a web page or a Word file (HTML on the
clipboard) goes in as plain text with its structure kept, never as markup.

Qt reads the HTML (``QTextDocument.setHtml``): each paragraph becomes a line, ``<br>`` a line
break, runs of non-breaking spaces one space, and each list item a line of its own, numbered
"๑. ", "๒. " … (Thai digits) in an ordered list and "- " in a bulleted one. Bullets are not
numbered because a bulleted list has no order to state, and "- " is the bullet TextBox continues
on Return (ui.widgets.text_box); nested lists are indented four spaces a level. Plain text on the
clipboard (or typed text) goes in exactly as it is, "<b>" included.

``PlainPasteTextEdit`` (multi-line; TextBox builds on it) and ``PlainPasteLineEdit`` (one line:
the lines are joined with a space) insert the text with one cursor edit, so a paste is one undo
step in the field, and the field's usual commit makes it one step of the Edit menu.
``PlainPasteDelegate`` gives table cells that edit text a PlainPasteLineEdit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtGui import QTextListFormat as ListFormat
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QTextEdit, QWidget

from ita_desktop.numbers import to_thai_digits

NBSP = "\xa0"
_HARD_SPACES = re.compile(r"[ \t]*\xa0[ \t\xa0]*")
_BULLETS = (ListFormat.Style.ListDisc, ListFormat.Style.ListCircle, ListFormat.Style.ListSquare)


def html_to_plain(html: str) -> str:
    """The text of an HTML fragment as lines (str, "\\n" between lines, no trailing newline):
    one line per paragraph or ``<br>``, list items as "๑. …" (ordered) or "- …" (bulleted),
    non-breaking spaces as one space, surrounding spaces and blank lines at both ends removed,
    repeated blank lines kept as one. The reading is Qt's (QTextDocument.setHtml)."""
    document = QTextDocument()
    document.setHtml(html)
    lines: list[str] = []
    block = document.begin()
    while block.isValid():
        text = _HARD_SPACES.sub(" ", block.text())
        parts = [part.strip() for part in text.split("\u2028")]
        items = block.textList()
        if items is not None and parts[0]:
            style = items.format().style()
            if style in _BULLETS:
                marker = "- "
            else:
                marker = to_thai_digits(str(items.itemNumber(block) + 1)) + ". "
            parts[0] = "    " * max(items.format().indent() - 1, 0) + marker + parts[0]
        lines.extend(parts)
        block = block.next()
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def mime_to_plain(source: QMimeData) -> str | None:
    """The plain text to insert for ``source``: its HTML read as ``html_to_plain`` when it has
    HTML, else its plain text as it is; None when it holds neither."""
    if source.hasHtml():
        return html_to_plain(source.html())
    if source.hasText():
        return source.text()
    return None


def one_line(text: str) -> str:
    """``text`` (lines) as a single line: its non-empty lines, stripped, joined by a space."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


class PlainPasteTextEdit(QTextEdit):
    """A multi-line plain-text field whose pastes and drops go in as ``mime_to_plain`` text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAcceptRichText(False)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        text = mime_to_plain(source)
        if text:
            cursor = self.textCursor()
            cursor.insertText(text)  # one edit block: one undo step
            self.setTextCursor(cursor)
            self.ensureCursorVisible()


class PlainPasteLineEdit(QLineEdit):
    """A one-line field whose pastes and drops go in as
    ``one_line(mime_to_plain(...))`` (Ctrl+V / Shift+Insert, the context menu, dropping)."""

    def paste(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.insert_mime(QGuiApplication.clipboard().mimeData())

    def insert_mime(self, source: QMimeData | None) -> None:
        text = one_line(mime_to_plain(source) or "") if source is not None else ""
        if text and not self.isReadOnly():
            self.insert(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste) and not self.isReadOnly():
            self.paste()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(self.paste)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        source = event.mimeData()
        if source.hasHtml() or "\n" in source.text():
            if self.isReadOnly():
                event.ignore()
                return
            self.setCursorPosition(self.cursorPositionAt(event.position().toPoint()))
            self.insert_mime(source)
            event.acceptProposedAction()
            self.setFocus()
            return
        super().dropEvent(event)


class PlainPasteDelegate(QStyledItemDelegate):
    """Table cells that edit text edit in a PlainPasteLineEdit."""

    def createEditor(self, parent, option, index) -> QWidget:  # noqa: N802 - Qt override
        editor = PlainPasteLineEdit(parent)
        editor.setFrame(False)
        return editor
