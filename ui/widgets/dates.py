"""Buddhist-era date and period editors.

``ThaiDateEdit``: a line edit showing "1 ต.ค. 2568" that accepts what staff type ("1/10/2568",
"1/10/68", "๑ ต.ค. ๒๕๖๘", "1 ตุลาคม 2568"; ita_desktop.periods.parse_thai_date), with a calendar
button whose month header shows the Thai month and the BE year (Qt has no Buddhist calendar, so
the header is ours). ``PeriodEdit``: two of them (start, end) with shortcuts for the whole fiscal
year and its quarters. Both report a change only when the text is a valid date (or range), and
show the reason beside the field otherwise; nothing is submitted then.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ita_desktop import periods
from ui.widgets.messages import ERROR_STYLE, error_label  # noqa: F401 - ERROR_STYLE re-exported
from ui.widgets.plain_paste import PlainPasteLineEdit

FIELD_ERROR_STYLE = "QLineEdit { border: 2px solid #b00020; border-radius: 3px; }"


class BuddhistCalendar(QWidget):
    """A month grid (QCalendarWidget without its own navigation bar) under a header with the
    Thai month name and the BE year. ``picked(date)`` when a day is clicked."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QCalendarWidget()
        self.grid.setNavigationBarVisible(False)
        self.grid.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        self.grid.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.grid.setGridVisible(True)
        self.previous = QToolButton(text="‹")
        self.following = QToolButton(text="›")
        self.previous.setAccessibleName(self.tr("Previous month"))
        self.following.setAccessibleName(self.tr("Next month"))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        header = QHBoxLayout()
        header.addWidget(self.previous)
        header.addWidget(self.title, 1)
        header.addWidget(self.following)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.grid)
        self.previous.clicked.connect(self.grid.showPreviousMonth)
        self.following.clicked.connect(self.grid.showNextMonth)
        self.grid.currentPageChanged.connect(lambda *_: self._update_title())
        self.grid.clicked.connect(lambda qdate: self.picked.emit(_to_date(qdate)))
        self._update_title()

    def show_date(self, day: dt.date | None) -> None:
        day = day or dt.date.today()
        self.grid.setSelectedDate(QDate(day.year, day.month, day.day))
        self.grid.setCurrentPage(day.year, day.month)
        self._update_title()

    def _update_title(self) -> None:
        month = self.grid.monthShown()
        full, _short = periods.month_names()[month - 1]
        self.title.setText(f"{full} {self.grid.yearShown() + periods.BE_OFFSET}")


def _to_date(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


class ThaiDateEdit(QWidget):
    """``committed(date | None)`` when editing finishes on a valid, changed date (None: the field
    was cleared). ``date()`` is the last accepted date; ``has_error`` while the text is refused."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, label: str = ""):
        super().__init__(parent)
        self._date: dt.date | None = None
        self.edit = PlainPasteLineEdit()
        self.edit.setPlaceholderText(self.tr("day/month/year BE"))
        self.edit.setAccessibleName(label or self.tr("Date"))
        self.edit.setMinimumWidth(110)
        self.button = QToolButton()
        self.button.setText(self.tr("Calendar"))  # the bundled Thai font has no emoji
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu arrow is drawn over the text in some styles (Fusion): the text says it all.
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.calendar = BuddhistCalendar()
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(lambda: self.calendar.show_date(self._date))
        self.button.setMenu(menu)
        self.calendar.picked.connect(self._picked)
        self.error = error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.edit.editingFinished.connect(self._finish)

    @property
    def has_error(self) -> bool:
        return not self.error.isHidden()

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, day: dt.date | str | None) -> None:
        """Show a stored date (CE date or ISO text); a field showing an error keeps the text."""
        self._date = periods.as_date(day)
        if not self.has_error:
            self.edit.setText(periods.format_thai_date(self._date))

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.edit.setStyleSheet(FIELD_ERROR_STYLE if message else "")

    def parsed(self) -> dt.date | None:
        """The typed text as a date; raises periods.DateError."""
        return periods.parse_thai_date(self.edit.text())

    def _picked(self, day: dt.date) -> None:
        self.button.menu().hide()
        self.edit.setText(periods.format_thai_date(day))
        self._finish()

    def _finish(self) -> None:
        try:
            day = self.parsed()
        except periods.DateError as exc:
            self.set_error(str(exc))
            return
        self.set_error("")
        self.edit.setText(periods.format_thai_date(day))
        if day != self._date:
            self._date = day
            self.committed.emit(day)


class PeriodEdit(QWidget):
    """A period (start, end) inside a fiscal year. ``committed(start, end)`` (dates or None)
    after a valid change: typed, picked or chosen from the shortcuts. An end before the start is
    refused with a message beside the fields."""

    committed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.fiscal_year: int | None = None
        self.start = ThaiDateEdit(label=self.tr("Start date"))
        self.end = ThaiDateEdit(label=self.tr("End date"))
        self.shortcuts = QComboBox()
        self.shortcuts.setAccessibleName(self.tr("Period shortcuts"))
        self.shortcuts.addItem(self.tr("Choose a period…"), None)
        labels = {"FY": self.tr("Whole fiscal year"), "Q1": self.tr("Quarter 1 (Oct–Dec)"),
                  "Q2": self.tr("Quarter 2 (Jan–Mar)"), "Q3": self.tr("Quarter 3 (Apr–Jun)"),
                  "Q4": self.tr("Quarter 4 (Jul–Sep)")}
        for shortcut in periods.SHORTCUTS:
            self.shortcuts.addItem(labels[shortcut], shortcut)
        self.shortcuts.activated.connect(self._shortcut)
        self.error = error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start, 1)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end, 1)
        # The shortcuts on a line of their own: with both dates on one line they were pushed
        # out of a form at 1366 × 768 (and more so at 125 % scaling).
        shortcuts = QHBoxLayout()
        shortcuts.setContentsMargins(0, 0, 0, 0)
        shortcuts.addWidget(self.shortcuts)
        shortcuts.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(shortcuts)
        layout.addWidget(self.error)
        self.start.committed.connect(lambda _day: self._changed())
        self.end.committed.connect(lambda _day: self._changed())
        self._shown: tuple[dt.date | None, dt.date | None] = (None, None)

    def set_period(self, start, end, *, fiscal_year: int) -> None:
        """Show a stored period (CE dates or ISO text) of a measure of ``fiscal_year``."""
        self.fiscal_year = fiscal_year
        self._shown = (periods.as_date(start), periods.as_date(end))
        self._set_error("")
        self.start.set_error("")
        self.end.set_error("")
        self.start.set_date(self._shown[0])
        self.end.set_date(self._shown[1])
        self._show_shortcut()

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        return self.start.date(), self.end.date()

    def _show_shortcut(self) -> None:
        found = (periods.shortcut_of(*self._shown, self.fiscal_year)
                 if self.fiscal_year else None)
        index = self.shortcuts.findData(found) if found else 0
        self.shortcuts.setCurrentIndex(max(index, 0))

    def _shortcut(self, index: int) -> None:
        shortcut = self.shortcuts.itemData(index)
        if not shortcut or self.fiscal_year is None:
            return
        start, end = periods.shortcut_bounds(self.fiscal_year, shortcut)
        self.start.set_error("")
        self.end.set_error("")
        self.start.set_date(start)
        self.end.set_date(end)
        self._changed()

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _changed(self) -> None:
        start, end = self.period()
        if start and end and end < start:
            self._set_error(self.tr("The end date %1 is before the start date %2.")
                            .replace("%1", periods.format_thai_date(end))
                            .replace("%2", periods.format_thai_date(start)))
            return
        self._set_error("")
        if (start, end) != self._shown:
            self._shown = (start, end)
            self._show_shortcut()
            self.committed.emit(start, end)
