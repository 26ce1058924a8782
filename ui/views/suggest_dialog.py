"""Suggest measures: drafts for fiscal year N from the weak points of the assessment before it
(ita_desktop.suggestions.suggest_measures), one row each with a checkbox, an editable title and
what it answers, its analysis and steps. A draft whose title the year already has starts
unchecked and says so; Discard unchecks a row. OK adds the checked drafts (with the titles as
edited) in one undo step through ``document.measures.add_many``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.framework import FrameworkError
from ita_desktop.storage import StorageError
from ita_desktop.suggestions import SuggestedMeasure, basis_year, suggest_measures
from ui.document import Document
from ui.models.measures_model import links_text
from ui.widgets.plain_paste import PlainPasteLineEdit

ERROR_STYLE = "QLabel { color: #b00020; }"
NOTE_STYLE = "QLabel { color: #8a5300; }"
ROW_STYLE = "QFrame#suggestion { border: 1px solid #c8c8c8; border-radius: 4px; }"


class SuggestionRow(QFrame):
    """One draft: ``accept_box`` (checkbox), ``title`` (line edit), ``discard_button``."""

    def __init__(self, suggestion: SuggestedMeasure, fiscal_year: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("suggestion")
        self.setStyleSheet(ROW_STYLE)
        self.accept_box = QCheckBox()
        self.accept_box.setAccessibleName(self.tr("Add this measure"))
        self.accept_box.setChecked(not suggestion.exists)
        self.title = PlainPasteLineEdit(suggestion.title)
        self.title.setAccessibleName(self.tr("Title of the measure"))
        self.title.setCursorPosition(0)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Leave this draft out"))
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(lambda: self.accept_box.setChecked(False))
        self.accept_box.toggled.connect(self._toggled)
        source = QLabel(self.tr("%1 · source: %2").replace("%1", suggestion.kind)
                        .replace("%2", suggestion.source))
        source.setWordWrap(True)
        font = source.font()
        font.setBold(True)
        source.setFont(font)
        self.exists_note = QLabel(self.tr("Fiscal year %1 already has a measure with this "
                                          "title, so this draft starts unchecked.")
                                  .replace("%1", str(fiscal_year)))
        self.exists_note.setStyleSheet(NOTE_STYLE)
        self.exists_note.setWordWrap(True)
        self.exists_note.setVisible(suggestion.exists)
        analysis = QLabel(self.tr("Analysis: %1").replace("%1", suggestion.analysis))
        steps = QLabel(self.tr("Steps:") + "\n" + suggestion.steps)
        links = QLabel(self.tr("Links: %1").replace("%1", links_text(suggestion.links)))
        for label in (analysis, steps, links):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.accept_box, 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.discard_button, 0, 2)
        for row, label in enumerate((source, self.exists_note, analysis, steps, links), start=1):
            grid.addWidget(label, row, 1, 1, 2)
        self._toggled(self.accept_box.isChecked())

    def _toggled(self, checked: bool) -> None:
        self.title.setEnabled(checked)
        self.discard_button.setEnabled(checked)

    def fields(self) -> dict:
        """add_measure fields with the title as edited."""
        return self.suggestion.as_fields() | {"title": self.title.text().strip()}


class SuggestDialog(QDialog):
    """``rows`` are the drafts' SuggestionRows; after OK, ``added`` holds the new ids."""

    def __init__(self, document: Document, fiscal_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year = fiscal_year
        self.added: list[int] = []
        self.rows: list[SuggestionRow] = []
        self.setWindowTitle(self.tr("Suggest Measures for Fiscal Year %1")
                            .replace("%1", str(fiscal_year)))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("suggest-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        content = QWidget()
        rows = QVBoxLayout(content)
        try:
            suggestions = suggest_measures(document.store, fiscal_year=fiscal_year)
        except (FrameworkError, StorageError) as exc:
            suggestions = []
            self._show_message(str(exc))
        for suggestion in suggestions:
            row = SuggestionRow(suggestion, fiscal_year)
            row.accept_box.toggled.connect(lambda _checked: self._update_ok())
            rows.addWidget(row)
            self.rows.append(row)
        rows.addStretch(1)
        basis = basis_year(document.store, fiscal_year)
        if suggestions:
            self.intro.setText(self.tr(
                "Drafted from the weak points of the assessment of fiscal year %1 and the "
                "guidance library; the office’s own analysis texts are used where it edited "
                "them. Tick the drafts to add, edit their titles, and press Add. Everything "
                "can be edited afterwards, and Edit › Undo takes the whole addition back.")
                .replace("%1", str(basis)))
        elif basis is None:
            self.intro.setText(self.tr(
                "There is nothing to suggest: this file has no assessment before fiscal year %1 "
                "to draft measures from. Enter the results of the latest assessment first.")
                .replace("%1", str(fiscal_year)))
        else:
            self.intro.setText(self.tr("There is nothing to suggest: the assessment of fiscal "
                                       "year %1 has no scores to draft measures from yet.")
                               .replace("%1", str(basis)))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setVisible(bool(self.rows))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Return in a title only finishes that title; adding is a deliberate click.
        for button in (self.ok_button,
                       self.buttons.button(QDialogButtonBox.StandardButton.Cancel)):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not self.rows:
            self.ok_button.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.resize(920, 680 if self.rows else 200)
        self._update_ok()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ok_button.setDefault(False)  # the button box made it the default when shown

    def accepted_rows(self) -> list[SuggestionRow]:
        return [row for row in self.rows if row.accept_box.isChecked()]

    def _update_ok(self) -> None:
        count = len(self.accepted_rows())
        self.ok_button.setText(self.tr("Add %1 Measures").replace("%1", str(count)))
        self.ok_button.setEnabled(count > 0)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        """Add the checked drafts in one undo step; stay open with the reason if refused."""
        chosen = self.accepted_rows()
        if not chosen:
            self.reject()
            return
        blank = [row for row in chosen if not row.title.text().strip()]
        if blank:
            self._show_message(self.tr("Not added: every ticked draft needs a title."))
            blank[0].title.setFocus()
            return
        added = self.document.measures.add_many(
            self.fiscal_year, [row.fields() for row in chosen],
            text=self.tr("Add %1 suggested measures").replace("%1", str(len(chosen))))
        if not added:
            self._show_message(self.document.last_error)
            return
        self.added = list(added)
        super().accept()
