"""The pages shown before there is anything to work on: ``NoFilePage`` when no file is open (New…
and Open… as buttons) and ``StartPage`` for a file without any fiscal year yet (a new office's
file), listing the steps of the job with the next ones as buttons. Both only call back; the
window does the work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.banner import PRIMARY_STYLE

HINT_STYLE = "QLabel { color: #555; }"


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class _Page(QWidget):
    """A centred column of a heading, lines of text and buttons (``buttons`` by key)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.column = QVBoxLayout()
        self.column.setSpacing(10)
        outer = QGridLayout(self)
        outer.addLayout(self.column, 1, 1)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 2)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        outer.setColumnMinimumWidth(1, 360)

    def _button(self, key: str, text: str, slot: Callable[[], None], *,
                primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"start-{key}")
        if primary:
            button.setStyleSheet(PRIMARY_STYLE)
            button.setDefault(True)
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def text(self) -> str:
        """Every label's and button's text, in order (what a reader sees)."""
        parts = [w.text() for w in self.findChildren(QWidget)
                 if isinstance(w, QLabel | QPushButton)]
        return "\n".join(parts)


class NoFilePage(_Page):
    """No file is open: create the office's file or open one."""

    def __init__(self, *, new: Callable[[], None], open_: Callable[[], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.column.addWidget(_heading(self.tr("No file is open")))
        hint = QLabel(self.tr("All of an office’s ITA work is kept in one file. Create it once, "
                              "then open it again each time (File › Open Recent)."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.column.addWidget(hint)
        self.column.addWidget(self._button("new", self.tr("Create the Office’s File…"), new,
                                           primary=True))
        self.column.addWidget(self._button("open", self.tr("Open a File…"), open_))


class StartPage(_Page):
    """A file with no fiscal year yet. ``buttons``: "profile" (the office details) and
    "add_year" (File › Add Fiscal Year…, the next step), "guide" (Help › Guide)."""

    def __init__(self, *, profile: Callable[[], None], add_year: Callable[[], None],
                 guide: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.column.addWidget(_heading(self.tr("Getting started")))
        steps = [
            (self.tr("1. Office details: the name, the unit that writes the memos and the "
                     "people who sign them. They go into every document."),
             self._button("profile", self.tr("Enter the Office Details"), profile)),
            (self.tr("2. Add the fiscal year of the ITA results the NACC announced, then type "
                     "its indicator scores (or paste them as one column)."),
             self._button("add_year", self.tr("Add Fiscal Year…"), add_year, primary=True)),
            (self.tr("3. Then: the analysis, the measures for the next fiscal year, their "
                     "follow-up, and the memos and reports under Documents."), None),
        ]
        for text, button in steps:
            label = QLabel(text)
            label.setWordWrap(True)
            self.column.addWidget(label)
            if button is not None:
                self.column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addSpacing(8)
        self.column.addWidget(self._button("guide", self.tr("Read the Guide (F1)"), guide),
                              0, Qt.AlignmentFlag.AlignLeft)
