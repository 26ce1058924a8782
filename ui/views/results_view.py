"""ผลการประเมิน of one fiscal year: the live summary on top, the list of pages below: all the
indicator scores on one page (ui.views.indicator_scores), one form per indicator, and the
published figures. Every accepted edit goes to the Document as one undoable command.

The keyboard stays where the scores go: choosing a page (click or Return) puts it in the page's
first score field, digits typed while the list has the focus go to that field (not to the list's
type-ahead search), Return on an accepted score moves on to the next score of the same level
(indicator → indicator, item → item, across the forms), and Ctrl+V in the list pastes a column of
indicator scores from the current indicator on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import workbook
from ita_desktop.numbers import format_score
from ui.document import OFFICIAL, SCORES, Document
from ui.models.paste_preview import plan_paste
from ui.views.indicator_form import IndicatorForm
from ui.views.indicator_scores import IndicatorScoresForm
from ui.views.official_form import OfficialForm
from ui.views.paste_dialog import PastePreviewDialog
from ui.views.result_summary import ResultSummary
from ui.views.score_field import ScoreField

PageRole = Qt.ItemDataRole.UserRole + 1  # indicator number, 0: published figures, ALL: table
ALL = -1
"""PageRole of the page with every indicator's score (IndicatorScoresForm)."""


def starts_a_score(text: str) -> bool:
    """Digits (Arabic or Thai: Unicode decimals), a point, a comma or a minus: typed in the
    indicator list, they go to the score field."""
    return bool(text) and all(char.isdecimal() or char in ".,-" for char in text)


class IndicatorList(QListWidget):
    """The pages of the results. ``typed(text)``: a score character was typed here;
    ``pasted(text)``: Ctrl+V with the clipboard's text; ``chosen()``: a page was chosen with
    the mouse or Return (the view then moves the keyboard into it)."""

    typed = Signal(str)
    pasted = Signal(str)
    chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.itemClicked.connect(lambda _item: self.chosen.emit())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasted.emit(QGuiApplication.clipboard().text())
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit()
        elif starts_a_score(event.text()) \
                and not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.KeypadModifier):
            self.typed.emit(event.text())
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class _Forms(dict):
    """Indicator number -> IndicatorForm, built on first access."""

    def __init__(self, build):
        super().__init__()
        self._build = build

    def __missing__(self, number: int) -> IndicatorForm:
        form = self[number] = self._build(number)
        return form


class ResultsView(QWidget):
    """``scores_table`` is the page of all indicator scores (the first page); ``forms`` maps
    indicator numbers to their IndicatorForm; ``official`` is the published figures form;
    ``last_paste_dialog`` the preview of the latest paste (for tests)."""

    def __init__(self, document: Document, fiscal_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year = fiscal_year
        self.framework = workbook.framework_of(document.store, fiscal_year)
        self.last_paste_dialog: PastePreviewDialog | None = None
        self.summary = ResultSummary(self.framework)
        self.summary.ask_official.connect(self._ask_official)
        self.pages = IndicatorList()
        self.pages.setObjectName("indicator-list")
        self.pages.typed.connect(self._typed_in_list)
        self.pages.pasted.connect(self._pasted_in_list)
        self.pages.chosen.connect(self.focus_entry)
        self.stack = QStackedWidget()
        self.scores_table = IndicatorScoresForm(self.framework)
        self.scores_table.submitted.connect(self._submit)
        self.scores_table.column_pasted.connect(self._paste)
        self.stack.addWidget(self.scores_table)
        item = QListWidgetItem(self.tr("All indicator scores (%1)").replace(
            "%1", str(len(self.framework.indicators))))
        item.setData(PageRole, ALL)
        self.pages.addItem(item)
        # Forms are built when first shown: building all ten up front costs ~0.1 s at start-up.
        self.forms: dict[int, IndicatorForm] = _Forms(self._build_form)
        self._positions: dict[int, int] = {}
        self._last: tuple | None = None
        for position, indicator in enumerate(self.framework.indicators, start=1):
            self._positions[indicator.number] = position
            self.stack.addWidget(QWidget())  # placeholder until the form is first shown
            item = QListWidgetItem()
            item.setData(PageRole, indicator.number)
            self.pages.addItem(item)
        self.official = OfficialForm(self.framework)
        self.official.submitted.connect(self._submit_official)
        self.official.result_edited.connect(self._official_result)
        self.stack.addWidget(self.official)
        item = QListWidgetItem(self.tr("Published by the NACC"))
        item.setData(PageRole, 0)
        self.pages.addItem(item)
        self.pages.currentRowChanged.connect(self._page_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("results-splitter")
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.pages.setCurrentRow(0)
        document.changed.connect(self._changed)
        self.refresh()

    def _build_form(self, number: int) -> IndicatorForm:
        form = IndicatorForm(self.framework, self.framework.indicator(number))
        form.submitted.connect(self._submit)
        form.column_pasted.connect(self._paste)
        form.advanced.connect(self._advance)
        position = self._positions[number]
        placeholder = self.stack.widget(position)
        current = self.stack.currentIndex()
        self.stack.insertWidget(position, form)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        if self._last is not None:
            form.refresh(*self._last)
        return form

    def _page_changed(self, row: int) -> None:
        number = self.pages.item(row).data(PageRole) if row >= 0 else None
        if number and number > 0:
            self.forms[number]  # noqa: B018 - builds the form on first use
        self.stack.setCurrentIndex(row)

    def show_indicator(self, number: int) -> IndicatorForm | OfficialForm | IndicatorScoresForm:
        """Switch to an indicator's form (0: the published figures, ALL: every indicator's
        score) and return it."""
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PageRole) == number:
                self.pages.setCurrentRow(row)
        if number == ALL:
            return self.scores_table
        return self.forms[number] if number else self.official

    def current_page(self) -> int:
        """PageRole of the page shown: an indicator number, 0 or ALL."""
        item = self.pages.currentItem()
        return item.data(PageRole) if item is not None else ALL

    def entry_field(self) -> ScoreField:
        """Where typing goes on the page shown: the first empty indicator score of the table,
        the indicator's own score, the published total."""
        page = self.current_page()
        if page == ALL:
            return self.scores_table.first_empty()
        if page == 0:
            return next(iter(self.official.fields.values()))
        return self.forms[page].fields[str(page)]

    def focus_entry(self) -> None:
        """Put the keyboard in the page's score field (``entry_field``)."""
        field = self.entry_field()
        field.focus()
        page = self.stack.currentWidget()
        if isinstance(page, IndicatorScoresForm | IndicatorForm):
            page.ensureWidgetVisible(field)

    def _typed_in_list(self, text: str) -> None:
        field = self.entry_field()
        if not field.edit.hasFocus():
            field.focus()
        field.edit.insert(text)

    def _pasted_in_list(self, text: str) -> None:
        page = self.current_page()
        first = self.framework.indicators[0].number
        self._paste(str(page if page > 0 else first), text)

    def _advance(self, code: str) -> None:
        """Return on an accepted score: the next score of the same level (indicator, OIT
        sub-indicator or item, in framework order), on the form that holds it."""
        framework = self.framework
        levels = ([i.code for i in framework.indicators],
                  [s.code for s in framework.sub_indicators], [i.code for i in framework.items])
        level = next((codes for codes in levels if code in codes), [])
        if code not in level or level.index(code) + 1 == len(level):
            return
        following = level[level.index(code) + 1]
        holder = next(i.number for i in framework.indicators
                      if following == i.code or following in framework.descendants[i.number])
        form = self.show_indicator(holder)
        form.fields[following].focus()
        form.ensureWidgetVisible(form.fields[following])

    def refresh(self) -> None:
        result = self.document.result(self.fiscal_year)
        entered = self.document.scores(self.fiscal_year)
        self.summary.refresh(result, self.document.published(self.fiscal_year))
        self._last = (result, entered)
        self.scores_table.refresh(result, entered)
        for form in self.forms.values():
            form.refresh(result, entered)
        official = self.document.scores(self.fiscal_year, official=True)
        self.official.refresh(official, *self.document.official_result(self.fiscal_year))
        not_entered = self.tr("Not entered yet")
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            number = item.data(PageRole)
            if number and number > 0:
                indicator = self.framework.indicator(number)
                score = format_score(result.indicators.get(number), missing=not_entered)
                item.setText(f"{number}. {indicator.title}\n     {score}")

    def _changed(self, area: str, fiscal_year: int) -> None:
        if fiscal_year == self.fiscal_year and area in (SCORES, OFFICIAL):
            self.refresh()

    def _submit(self, code: str, value) -> None:
        self.document.set_scores(self.fiscal_year, {code: value})

    def _submit_official(self, code: str, value) -> None:
        self.document.set_scores(self.fiscal_year, {code: value}, official=True)

    def _official_result(self, rating, rank, rank_of) -> None:
        self.document.set_official_result(self.fiscal_year, rating=rating, rank=rank,
                                          rank_of=rank_of)

    def _ask_official(self) -> None:
        """The published figures' page, with the rating to fill in."""
        self.show_indicator(0)
        self.official.rating.setFocus()

    def _paste(self, code: str, text: str) -> None:
        rows = plan_paste(self.framework, code, text,
                          current=self.document.scores(self.fiscal_year))
        dialog = PastePreviewDialog(rows, self)
        self.last_paste_dialog = dialog
        if rows and dialog.confirm():
            self.document.set_scores(self.fiscal_year, {row.code: row.value for row in rows})
