"""Window sizes that fit the screen: office laptops are 1366 × 768, and Windows shows them at
125 % by default, which leaves 1093 × 582 logical pixels above the taskbar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_SIZE = QSize(1200, 760)
"""The main window's size on a first start, where the screen has room for it."""
TITLE_BAR = 32
"""Logical pixels left for the window's title bar below the free area's height."""


def fitted_size(window: QWidget, wanted: QSize = DEFAULT_SIZE) -> QSize:
    """``wanted``, made smaller where the screen's free area (taskbar excluded, logical pixels)
    is smaller, less the title bar."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return wanted
    free = screen.availableGeometry()
    return QSize(min(wanted.width(), free.width()),
                 min(wanted.height(), free.height() - TITLE_BAR))
