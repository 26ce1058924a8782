"""ผลการประเมิน of one fiscal year: the live summary on top, the list of indicator forms (and the
published figures) below. Every accepted edit goes to the Document as one undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from ui.views.official_form import OfficialForm
from ui.views.paste_dialog import PastePreviewDialog
from ui.views.result_summary import ResultSummary

PageRole = Qt.ItemDataRole.UserRole + 1  # indicator number, or 0 for the published figures


class _Forms(dict):
    """Indicator number -> IndicatorForm, built on first access."""

    def __init__(self, build):
        super().__init__()
        self._build = build

    def __missing__(self, number: int) -> IndicatorForm:
        form = self[number] = self._build(number)
        return form


class ResultsView(QWidget):
    """``forms`` maps indicator numbers to their IndicatorForm; ``official`` is the published
    figures form; ``last_paste_dialog`` the preview of the latest paste (for tests)."""

    def __init__(self, document: Document, fiscal_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year = fiscal_year
        self.framework = workbook.framework_of(document.store, fiscal_year)
        self.last_paste_dialog: PastePreviewDialog | None = None
        self.summary = ResultSummary(self.framework)
        self.summary.ask_official.connect(self._ask_official)
        self.pages = QListWidget()
        self.pages.setObjectName("indicator-list")
        self.stack = QStackedWidget()
        # Forms are built when first shown: building all ten up front costs ~0.1 s at start-up.
        self.forms: dict[int, IndicatorForm] = _Forms(self._build_form)
        self._positions: dict[int, int] = {}
        self._last: tuple | None = None
        for position, indicator in enumerate(self.framework.indicators):
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
        if number:
            self.forms[number]  # noqa: B018 - builds the form on first use
        self.stack.setCurrentIndex(row)

    def show_indicator(self, number: int) -> IndicatorForm | OfficialForm:
        """Switch to an indicator's form (0: the published figures) and return it."""
        for row in range(self.pages.count()):
            if self.pages.item(row).data(PageRole) == number:
                self.pages.setCurrentRow(row)
        return self.forms[number] if number else self.official

    def refresh(self) -> None:
        result = self.document.result(self.fiscal_year)
        entered = self.document.scores(self.fiscal_year)
        self.summary.refresh(result, self.document.published(self.fiscal_year))
        self._last = (result, entered)
        for form in self.forms.values():
            form.refresh(result, entered)
        official = self.document.scores(self.fiscal_year, official=True)
        self.official.refresh(official, *self.document.official_result(self.fiscal_year))
        not_scored = self.tr("Not scored")
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            number = item.data(PageRole)
            if number:
                indicator = self.framework.indicator(number)
                score = format_score(result.indicators.get(number), missing=not_scored)
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
        rows = plan_paste(self.framework, code, text)
        dialog = PastePreviewDialog(rows, self)
        self.last_paste_dialog = dialog
        if rows and dialog.confirm():
            self.document.set_scores(self.fiscal_year, {row.code: row.value for row in rows})
