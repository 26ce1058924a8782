"""การวิเคราะห์ of one fiscal year: the total and rating, the indicator table and chart,
strengths and weaknesses, one panel per analysis issue with editable cause and guideline, and the
report's own texts (preface, limitations, recommendations per tool: ui.views.report_texts_panel).

Everything shown comes from the core (workbook.analysis_of, workbook.texts_of); texts the office
types are saved on focus out through the Document (undoable). "ร่างข้อความใหม่" stores fresh
drafts at once for texts the office has not edited, and asks before replacing edited ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import workbook
from ita_desktop.numbers import format_score, round2
from ita_desktop.scoring import OFFICIAL
from ita_desktop.storage import analysis_texts
from ui.document import ANALYSIS, IMAGES, SCORES, Document
from ui.models.indicator_table import COL_TITLE, IndicatorTableModel
from ui.views.analysis_chart import AnalysisChart
from ui.views.issue_panel import IssuePanel
from ui.views.report_images_panel import ReportImagesPanel
from ui.views.report_texts_panel import ReportTextsPanel
from ui.widgets.text_box import TextBox

STRENGTHS = ("overall", "strengths", "text")
WEAKNESSES = ("overall", "weaknesses", "text")


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class AnalysisView(QWidget):
    """Shows the analysis of ``fiscal_year`` (set with ``set_year``); follows score and text
    edits of the document."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self._stale = True
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("analysis-summary")
        self.summary.setWordWrap(True)
        self.redraft_button = QPushButton(self.tr("Redraft Texts"))
        self.redraft_button.setToolTip(self.tr(
            "Draft the causes, guidelines, strengths and weaknesses again from the latest scores"))
        self.redraft_button.clicked.connect(self.redraft)
        self.stale_note = QLabel(self.tr(
            "The scores changed after the texts were drafted. Press "
            "“Redraft Texts” to bring the texts in line with the latest scores."))
        self.stale_note.setObjectName("analysis-stale-note")
        self.stale_note.setWordWrap(True)
        self.stale_note.setStyleSheet("color: #8a5300;")
        # the notice carries its own button, so the way out is where the eye already is
        self.stale_redraft_button = QPushButton(self.tr("Redraft Texts"))
        self.stale_redraft_button.clicked.connect(self.redraft)
        self.stale_box = QWidget()
        self.stale_box.setObjectName("analysis-stale-box")
        stale_row = QHBoxLayout(self.stale_box)
        stale_row.setContentsMargins(0, 0, 0, 0)
        stale_row.addWidget(self.stale_note, 1)
        stale_row.addWidget(self.stale_redraft_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stale_box.hide()
        self.framework_note = QLabel()
        self.framework_note.setObjectName("analysis-framework-note")
        self.framework_note.setWordWrap(True)
        self.framework_note.setStyleSheet("color: #8a5300;")
        self.framework_note.hide()

        self.model = IndicatorTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.chart = AnalysisChart()
        self.strengths = TextBox()
        self.weaknesses = TextBox()
        self.strengths.committed.connect(lambda text: self._edit(STRENGTHS, text))
        self.weaknesses.committed.connect(lambda text: self._edit(WEAKNESSES, text))
        self.issue_panels: dict[int, IssuePanel] = {}
        self.report_texts = ReportTextsPanel()
        self.report_texts.text_committed.connect(self._edit)
        self.images = ReportImagesPanel(document)
        self.report_texts.layout_.insertWidget(2, self.images)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.redraft_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolling(self._overview_page()), self.tr("Overview"))
        self.issues_page = QWidget()
        self.issues_layout = QVBoxLayout(self.issues_page)
        self.issues_layout.addStretch(1)
        self.tabs.addTab(_scrolling(self.issues_page), self.tr("Analysis issues"))
        self.tabs.addTab(_scrolling(self.report_texts), self.tr("Report texts"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.framework_note)
        layout.addWidget(self.stale_box)
        layout.addWidget(self.tabs, 1)
        document.changed.connect(self._changed)

    def _overview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.table)
        chart_box = QGroupBox(self.tr("Indicator scores against the 85-point mark and the previous year"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        layout.addWidget(chart_box)
        texts = QGridLayout()
        self.text_boxes: dict[tuple[str, str, str], QGroupBox] = {}
        for column, (key, box) in enumerate([(STRENGTHS, self.strengths),
                                             (WEAKNESSES, self.weaknesses)]):
            group = QGroupBox(self.text_label(key))
            QVBoxLayout(group).addWidget(box)
            box.setAccessibleName(self.text_label(key))
            texts.addWidget(group, 0, column, Qt.AlignmentFlag.AlignTop)
            self.text_boxes[key] = group
        layout.addLayout(texts)
        layout.addStretch(1)
        return page

    def set_year(self, fiscal_year: int | None) -> None:
        """Show another year; computed now if visible, else when next shown."""
        if fiscal_year != self.fiscal_year:
            self.commit_pending()
            self.fiscal_year = fiscal_year
            self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.fiscal_year is None:
            self.model.set_analysis(None)
            self.chart.set_indicators([], fiscal_year=None, previous_year=None)
            for widget in (self.heading, self.summary, self.strengths, self.weaknesses):
                widget.clear()
            self._set_issue_count([])
            self.images.set_year(None)
            self.stale_box.hide()
            self.redraft_button.setEnabled(False)
            self.stale_redraft_button.setEnabled(False)
            return
        store, year = self.document.store, self.fiscal_year
        analysis = workbook.analysis_of(store, year)
        texts = workbook.texts_of(store, year, analysis=analysis)
        stored = analysis_texts.get_texts(store, fiscal_year=year)
        result = analysis.result
        self.heading.setText(self.tr("Analysis of the assessment, fiscal year %1")
                             .replace("%1", str(year)))
        self.summary.setText(self._summary_text(result, self.document.result(year)))
        framework = workbook.framework_of(store, year)
        self.framework_note.setVisible(not framework.verified)
        self.framework_note.setText(self.tr(
            "The %1 framework in the program is not yet checked against the NACC’s full "
            "manual: check its items, weights and rating rules under Framework. (Documents do "
            "not print this note.)").replace("%1", str(framework.fiscal_year)))
        self.model.set_analysis(analysis)
        self._fit_table()
        self.chart.set_indicators(analysis.indicators, fiscal_year=year,
                                  previous_year=analysis.previous_fiscal_year)
        self.strengths.show_text(texts.get(STRENGTHS, ""))
        self.weaknesses.show_text(texts.get(WEAKNESSES, ""))
        for key, group in self.text_boxes.items():
            edited = key in stored and stored[key]["edited"]
            group.setTitle(self.text_label(key)
                           + (self.tr(" (edited by the office)") if edited else ""))
        self._set_issue_count([issue.number for issue in analysis.issues])
        for issue in analysis.issues:
            key = str(issue.number)
            self.issue_panels[issue.number].set_issue(
                issue, cause=texts.get(("issue", key, "cause"), ""),
                guideline=texts.get(("issue", key, "guideline"), ""),
                edited=frozenset(field for (scope, number, field), row in stored.items()
                                 if scope == "issue" and number == key and row["edited"]))
        self.report_texts.set_framework(framework)
        self.images.set_year(year)
        self.report_texts.set_texts(texts, {key for key, row in stored.items() if row["edited"]})
        self.stale_box.setVisible(bool(workbook.stale_texts(store, year, analysis=analysis)))
        self.redraft_button.setEnabled(not store.read_only)
        self.stale_redraft_button.setEnabled(not store.read_only)

    def _summary_text(self, printed, computed) -> str:
        """The figures the analysis and the documents use (the published ones where entered),
        and the office's computed total when it differs."""
        total = format_score(printed.total, missing=self.tr("Not scored"))
        if printed.sources.get("TOTAL") == OFFICIAL:
            total = self.tr("%1 (as published)").replace("%1", total)
        outcome = printed.rating_outcome
        rating = outcome.label or "–"
        if outcome.status == OFFICIAL:
            rating = self.tr("%1 (as published)").replace("%1", rating)
        text = self.tr("Total %1  Rating %2").replace("%1", total).replace("%2", rating)
        if (computed.total is not None and printed.total is not None
                and round2(computed.total) != round2(printed.total)):
            text += "   ·   " + self.tr("computed from the scores entered: %1").replace(
                "%1", format_score(computed.total))
        if not outcome.known and printed.total is not None:
            text += "\n" + self.tr("The rating is not settled (it depends on %1): enter the "
                                   "published rating under Results.").replace(
                "%1", ", ".join(outcome.needs))
        return text

    def _fit_table(self) -> None:
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + self.table.frameWidth() * 2
        height += sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        self.table.setFixedHeight(height + 2)

    def _set_issue_count(self, numbers: list[int]) -> None:
        if numbers == list(self.issue_panels):
            return
        for panel in self.issue_panels.values():
            self.issues_layout.removeWidget(panel)
            panel.deleteLater()
        self.issue_panels = {}
        for number in numbers:
            panel = IssuePanel(number)
            panel.text_committed.connect(
                lambda field, text, n=number: self._edit(("issue", str(n), field), text))
            self.issues_layout.insertWidget(self.issues_layout.count() - 1, panel)
            self.issue_panels[number] = panel

    # Edits ----------------------------------------------------------------------------------

    def _edit(self, key: tuple[str, str, str], text: str) -> None:
        if self.fiscal_year is not None:
            self.document.set_analysis_text(self.fiscal_year, key, text)

    def commit_pending(self) -> None:
        """Save the text being edited (if any), as leaving the box would."""
        focused = QApplication.focusWidget()
        if isinstance(focused, TextBox) and self.isAncestorOf(focused):
            focused.commit()

    def redraft(self) -> None:
        """Re-draft now what the office has not edited; ask before replacing edited texts."""
        if self.fiscal_year is None:
            return
        self.commit_pending()
        kept = self.document.redraft_analysis(self.fiscal_year)
        if not kept:
            return
        names = "\n".join(f"• {self.text_label(key)}" for key in kept)
        answer = QMessageBox.question(
            self, self.tr("Redraft Texts"),
            self.tr("The texts nobody had edited have been redrafted. The office "
                    "edited these texts itself:\n\n%1\n\nReplace them with new drafts too?").replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.document.redraft_analysis(self.fiscal_year, replace_edited=True)

    def text_label(self, key: tuple[str, str, str]) -> str:
        """The name of an analysis text in the interface language, e.g. "ประเด็นที่ 2: สาเหตุ"."""
        scope, name, field = key
        shown = self.report_texts.label_of(key)
        if shown:
            return shown
        fields = {"cause": self.tr("Cause"), "guideline": self.tr("Guideline for improvement"),
                  "strengths": self.tr("Strengths"), "weaknesses": self.tr("Weaknesses"),
                  "summary": self.tr("Overall summary")}
        if scope == "issue":
            return (self.tr("Issue %1: %2").replace("%1", name)
                    .replace("%2", fields.get(field, field)))
        if scope == "indicator":
            return self.tr("Indicator %1: explanation").replace("%1", name)
        return fields.get(name, name)

    def _changed(self, area: str, fiscal_year: int) -> None:
        # Scores of this year or of the year before (the "change" column) may have moved, and
        # an earlier year's preface and limitations start this year's drafts.
        if self.fiscal_year is None:
            return
        if area == IMAGES and fiscal_year == self.fiscal_year:
            self.images.refresh()
            return
        if area in (SCORES, ANALYSIS) and fiscal_year <= self.fiscal_year:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.commit_pending()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()
