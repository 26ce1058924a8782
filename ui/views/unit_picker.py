"""Responsible units of one measure: the chosen units as removable chips (in order: the first is
the lead unit) and a line edit that completes over the office's units. Return adds the typed unit;
a name the office does not have yet is added on the fly (the edit that stores the measure adds
the unit, and undo removes it again). The picker never writes: ``changed(names)`` says what the
list should become."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.plain_paste import PlainPasteLineEdit

CHIP_STYLE = ("QFrame#unit-chip { background: #e3ecf7; border: 1px solid #9db5d6;"
              " border-radius: 10px; }"
              " QToolButton { border: none; padding: 0 2px; }")


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping to new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        space = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + space, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space
            line = max(line, hint.height())
        return y + line - rect.y()


class UnitChip(QFrame):
    """One chosen unit: its name and a ✕ button (``removed(name)``)."""

    def __init__(self, name: str, *, removable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.setObjectName("unit-chip")
        self.setStyleSheet(CHIP_STYLE)
        self.label = QLabel(name)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove %1").replace("%1", name))
        self.remove_button.setAccessibleName(self.tr("Remove %1").replace("%1", name))
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.setEnabled(removable)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 4, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class UnitPicker(QWidget):
    """``changed(names)`` after the user adds or removes a unit. ``set_units(names, office)``
    shows a measure's units and completes over ``office`` (all the office's unit names)."""

    changed = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.names: list[str] = []
        self.office: list[str] = []
        self.editable = True
        self._built = False
        self.chips_box = QWidget()
        self.flow = FlowLayout(self.chips_box)
        self.chips_box.setSizePolicy(QSizePolicy.Policy.Preferred,
                                     QSizePolicy.Policy.Preferred)
        self.empty = QLabel(self.tr("No responsible unit yet"))
        self.empty.setStyleSheet("color: #666;")
        self.edit = PlainPasteLineEdit()
        self.edit.setObjectName("unit-picker-edit")
        self.edit.setPlaceholderText(self.tr("Type a unit and press Enter, e.g. กองคลัง"))
        self.edit.setAccessibleName(self.tr("Add a responsible unit"))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        self._completing = False
        self.edit.returnPressed.connect(self._return_pressed)
        self.completer.activated.connect(self._completed)
        self.edit.textEdited.connect(lambda _text: setattr(self, "_completing", False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.empty)
        layout.addWidget(self.chips_box)
        layout.addWidget(self.edit)

    def set_units(self, names: list[str], office: list[str], *, editable: bool = True) -> None:
        """Show ``names`` as chips; complete over the office's units not chosen yet."""
        self.editable = editable
        self.office = list(office)
        if names != self.names or not self._built:
            self.names = list(names)
            self._show_chips()
        else:
            for chip in self.chips():
                chip.remove_button.setEnabled(editable)
        self.completions.setStringList([n for n in self.office if n not in self.names])

    def chips(self) -> list[UnitChip]:
        return [self.flow.itemAt(i).widget() for i in range(self.flow.count())]

    def _show_chips(self) -> None:
        while self.flow.count():
            chip = self.flow.takeAt(0).widget()
            chip.hide()  # gone at once: deleteLater waits for the event loop
            chip.deleteLater()
        for name in self.names:
            chip = UnitChip(name, removable=self.editable)
            chip.remove_button.clicked.connect(lambda _checked=False, n=name: self.remove(n))
            self.flow.addWidget(chip)
        self._built = True
        self.empty.setVisible(not self.names)
        self.chips_box.setVisible(bool(self.names))
        self.chips_box.updateGeometry()

    def add(self, text: str) -> bool:
        """Add a unit by name (an office unit matched without regard to case or spaces at the
        ends; otherwise the name as typed). False when blank or already chosen."""
        name = " ".join(text.split())
        if not name or not self.editable:
            return False
        name = next((n for n in self.office if n.casefold() == name.casefold()), name)
        QTimer.singleShot(0, self.edit.clear)  # after the completer has written its choice
        self.edit.clear()
        if name in self.names:
            return False
        self.changed.emit([*self.names, name])
        return True

    def remove(self, name: str) -> bool:
        if name not in self.names or not self.editable:
            return False
        self.changed.emit([n for n in self.names if n != name])
        return True

    def _completed(self, text: str) -> None:
        """A unit chosen in the completer's list: a click, or Return on a highlighted row (the
        line edit reports that Return first and has added the unit already)."""
        if self._completing:
            self._completing = False
            return
        self.add(text)

    def _return_pressed(self) -> None:
        popup = self.completer.popup()
        index = popup.currentIndex()
        if popup.isVisible() and index.isValid():
            self._completing = True  # the completer's activated follows: ignore it
            self.add(index.data())
        else:
            self.add(self.edit.text())
