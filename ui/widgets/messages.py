"""The red message shown beside a field whose text the core refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """A hidden, word-wrapped red label for a refusal message."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
