"""A score entry field: the typed score, an explicit "not scored" state, and a message beside it.

Text is checked with ``numbers.parse_score`` when editing finishes (Return or leaving the field):
Thai digits are accepted; "101", "-1", "abc" and "94,95" show the core's message and nothing is
submitted. An empty field is a score not entered yet (ยังไม่ได้กรอก), never 0. Return finishes the
edit and, when the score was accepted, asks the owner to move on (``advanced``): typing a column
of scores needs only digits and Return (or Tab).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ita_desktop.numbers import ScoreError, parse_score
from ui.widgets.messages import ERROR_STYLE, error_label  # noqa: F401 - ERROR_STYLE re-exported

STATE_STYLE = "color: #6b6b6b; font-style: italic;"
FIELD_ERROR_STYLE = "QLineEdit { border: 2px solid #b00020; border-radius: 3px; }"


def score_text(value: Decimal | None) -> str:
    """How a stored score is shown for editing: at 2 places like every list and document
    ("90" → "90.00"), unless it has more (a score typed as 97.2067 keeps its places, never
    rounded away); no exponent; '' when None."""
    if value is None:
        return ""
    if value == value.quantize(Decimal("0.01")):
        return format(value.quantize(Decimal("0.01")), "f")
    return format(value.normalize(), "f")


class ScoreLineEdit(QLineEdit):
    """A line edit that hands a multi-line clipboard paste (a column of scores) to its owner
    instead of squeezing the lines into one field, and says when Return was pressed after the
    edit was finished (``return_done``)."""

    column_pasted = Signal(str)
    return_done = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if "\n" in text.strip():
                self.column_pasted.emit(text)
                event.accept()
                return
        super().keyPressEvent(event)  # Return: returnPressed, editingFinished (the value saved)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.return_done.emit()


class ScoreField(QWidget):
    """``submitted(code, value)``: an accepted, changed score (Decimal, or None to clear).
    ``column_pasted(code, text)``: several lines were pasted into this field.
    ``advanced(code)``: Return was pressed and the text was accepted (the owner moves the
    focus on to the next score)."""

    submitted = Signal(str, object)
    column_pasted = Signal(str, str)
    advanced = Signal(str)

    def __init__(self, code: str, parent: QWidget | None = None, *, label: str = ""):
        super().__init__(parent)
        self.code = code
        self.label = label or code
        self.value: Decimal | None = None
        self._holding = False  # the field holds refused text the user is correcting
        self.edit = ScoreLineEdit()
        self.edit.setObjectName(f"score-{code}")
        self.edit.setAccessibleName(self.label)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setFixedWidth(96)
        self.edit.setPlaceholderText("–")
        self.state = QLabel()
        self.state.setStyleSheet(STATE_STYLE)
        self.error = error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.edit.editingFinished.connect(self._finish)
        self.edit.column_pasted.connect(lambda text: self.column_pasted.emit(self.code, text))
        self.edit.return_done.connect(self._return_done)
        self._show_state("")

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()

    def set_value(self, value: Decimal | None, *, note: str = "") -> None:
        """Show the stored score. Refused text kept after Return stays until it is fixed.
        ``note`` replaces the "not scored" label (e.g. "computed from the items: 97.34")."""
        self.value = value
        if not self._holding:
            self.edit.setText(score_text(value))
        self._show_state(note)

    def discard_error(self) -> None:
        """Forget refused text and show the stored value again (after undo/redo)."""
        self._set_error("")
        self.edit.setText(score_text(self.value))

    def _show_state(self, note: str) -> None:
        if self.value is not None:
            self.state.setText(note)
        else:
            self.state.setText(note or self.tr("Not entered yet"))

    def _return_done(self) -> None:
        if not self.has_error:
            self.advanced.emit(self.code)

    def focus(self) -> None:
        """Put the keyboard in this field, its text selected (typing replaces it)."""
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()

    def _set_error(self, message: str) -> None:
        self._holding = False
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet(FIELD_ERROR_STYLE if message else "")

    def _finish(self) -> None:
        text = self.edit.text()
        if not text.strip():
            value = None
        else:
            try:
                value = parse_score(text)
            except ScoreError as exc:
                if self.edit.hasFocus():  # Return: the text stays to be corrected here
                    self._set_error(str(exc))
                    self._holding = True
                    return
                # Left the field: it shows the stored score again; the message keeps the text.
                self._set_error(self.tr("“%1” was not saved: %2").replace("%1", text.strip())
                                .replace("%2", str(exc)))
                self.edit.setText(score_text(self.value))
                return
        self._set_error("")
        if value == self.value:
            self.edit.setText(score_text(value))
            return
        self.submitted.emit(self.code, value)
