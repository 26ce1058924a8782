"""The red message shown beside a field whose text the core refused, and a yes/no question."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """A hidden, word-wrapped red label for a refusal message."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Ask a question with Yes and No buttons (No is the default); True for Yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                  | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
