"""Message boxes the window shows, run through one patch point: ``exec_dialog(box)`` (tests
replace it to look at the box, or click one of its buttons, without a modal loop).

Call it through the module (``message_boxes.exec_dialog(box)``), never as an imported name, so a
replaced one is the one that runs. Below ui.file_ops, ui.session and the dialogs: it imports none
of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def error_box(parent: QWidget | None, title: str, message: str, hint: str = "") -> QMessageBox:
    """A critical message box: the core's message (Thai), and below it what to do."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    if hint:
        box.setInformativeText(hint)
    return box


def exec_dialog(box: QMessageBox) -> int:
    """Run a message box modally (tests replace this to inspect the box instead)."""
    return box.exec()


def show_error(parent: QWidget | None, title: str, message: str, hint: str = "") -> None:
    """``error_box`` run through ``exec_dialog``."""
    exec_dialog(error_box(parent, title, message, hint))
