"""Multi-line plain text that reports the text when the user leaves it (focus out), so each edit
becomes one undoable change, and grows with its content. Lists stay lists: Return after a line
that starts "1." / "๑." / "1)" / "-" / "•" starts the next line with the next number (in the same
digits) or the same bullet; Return on an item left empty ends the list. Pasted HTML goes in as
plain lines (ui.widgets.plain_paste)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QSizePolicy, QWidget

from ita_desktop.numbers import to_arabic_digits, to_thai_digits
from ui.widgets.plain_paste import PlainPasteTextEdit

_MARKER = re.compile(r"^(\s*)(?:(\d+)([.)])|([-•–*]))(\s+)")  # \d: Thai digits too


def next_marker(line: str) -> str | None:
    """The marker the line after ``line`` starts with ("๒. " after "๑. งาน"), None when ``line``
    is not a list item."""
    match = _MARKER.match(line)
    if not match:
        return None
    indent, number, closer, bullet, space = match.groups()
    if bullet:
        return f"{indent}{bullet}{space}"
    following = str(int(to_arabic_digits(number)) + 1)
    thai = to_arabic_digits(number) != number
    return f"{indent}{to_thai_digits(following) if thai else following}{closer}{space}"


class TextBox(PlainPasteTextEdit):
    """``committed(text)`` on focus out when the (stripped) text differs from what was last
    shown; ``show_text`` replaces it unless the user is in the middle of an edit here.
    ``fixed_height=False`` lets a layout size it (e.g. in a splitter) instead of the content."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, fixed_height: bool = True):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.shown = ""
        self._fixed = fixed_height
        if fixed_height:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def show_text(self, text: str) -> None:
        if self.hasFocus() and self.pending():
            return
        self.shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def pending(self) -> bool:
        return self.toPlainText().strip() != self.shown.strip()

    def commit(self) -> None:
        """Report the text if it changed; it then counts as shown (a box that keeps the focus
        afterwards must not report it again, nor refuse the next ``show_text``)."""
        if self.pending():
            text = self.toPlainText()
            self.shown = text
            self.committed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            cursor = self.textCursor()
            block = cursor.block().text()
            marker = next_marker(block)
            if marker is not None and cursor.atBlockEnd():
                if not _MARKER.sub("", block).strip():  # an empty item ends the list
                    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                                        QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                    self.setTextCursor(cursor)
                    return
                cursor.insertText("\n" + marker)
                self.setTextCursor(cursor)
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fixed:
            self._fit()

    def _fit(self, *_args) -> None:
        lines = self.fontMetrics().lineSpacing()
        height = int(self.document().size().height()) + self.frameWidth() * 2 + 6
        self.setFixedHeight(max(height, lines * 2 + self.frameWidth() * 2 + 8))
