"""A coloured strip across the top of the window with a message and buttons: the example file
("this is an example; start your office's own file") and a file opened read-only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

INFO = "info"
WARNING = "warning"

STYLES = {
    INFO: ("QFrame#banner { background: #e6f0fb; border-bottom: 1px solid #7aa7d9; }"
           " QLabel { color: #0b3a66; }"),
    WARNING: ("QFrame#banner { background: #fff4ce; border-bottom: 1px solid #e0b800; }"
              " QLabel { color: #4a3b00; }"),
}
PRIMARY_STYLE = ("QPushButton { background: #1f5fa8; color: white; border: 1px solid #174a85;"
                 " border-radius: 4px; padding: 4px 12px; font-weight: bold; }"
                 " QPushButton:hover { background: #2a6fbd; }"
                 " QPushButton:pressed { background: #174a85; }")


class Banner(QFrame):
    """Hidden until ``show_message``; ``buttons`` maps each button's text to its QPushButton."""

    def __init__(self, kind: str = INFO, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", kind)
        self.setStyleSheet(STYLES[kind])
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.label, 1)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def add_button(self, text: str, slot: Callable[[], object], *,
                   primary: bool = False) -> QPushButton:
        """Add a button at the right end; ``slot`` runs when it is clicked. A ``primary``
        button is the suggested next step, drawn filled."""
        button = QPushButton(text)
        if primary:
            button.setStyleSheet(PRIMARY_STYLE)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: slot())
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.buttons[text] = button
        return button
