"""ติดตามผล of one plan year: the year's measures with the status of their latest report, the
progress overview, and the report of the chosen measure and period (ไตรมาส 1–4, ทั้งปี): status,
results, outcome, suggestions and dated evidence. Every change is one undoable edit through
``document.followups``; a refused one shows the core's message and writes nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import periods
from ita_desktop.storage.followups import PERIODS, STATUSES, fiscal_quarter
from ui.document import FOLLOWUPS, MEASURES, UNITS, Document
from ui.models.followup_models import (
    STATUS_COLOURS,
    EvidenceModel,
    MeasureStatusModel,
    period_label,
    status_label,
)
from ui.views.evidence_dialog import EvidenceDialog
from ui.views.followup_overview import FollowupOverview
from ui.views.section import SectionView
from ui.widgets.dates import ERROR_STYLE
from ui.widgets.text_box import TextBox

TEXT_FIELDS = ("results", "outcome", "suggestions")


def _table(name: str, model) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    return table


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class FollowupView(SectionView, QWidget):
    """The follow-up of ``fiscal_year`` (``set_year``). ``measures`` (MeasureStatusModel) and
    ``measure_table`` list the measures; ``overview`` is the progress panel; ``period_tabs``
    chooses the period (tab data: PERIODS); the form is ``status``, ``texts`` ({"results",
    "outcome", "suggestions": TextBox}), ``evidence`` (EvidenceModel) in ``evidence_table`` with
    ``add_button``, ``edit_button`` and ``remove_button``; ``error`` shows the latest refusal.
    ``evidence_dialog`` is the open evidence dialog, if any."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self.measure_id: int | None = None
        self.period = "Q1"
        self.evidence_dialog: EvidenceDialog | None = None
        self._loading = False
        self.heading = _bold(QLabel(), 1.25)
        self.measures = MeasureStatusModel(self)
        self.measure_table = _table("followup-measures", self.measures)
        self.measure_table.setWordWrap(True)
        header = self.measure_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeasureStatusModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (MeasureStatusModel.COL_UNITS, MeasureStatusModel.COL_PERIOD):
            self.measure_table.hideColumn(column)  # shown above the report form instead
        self.measure_table.selectionModel().currentRowChanged.connect(self._measure_chosen)
        self.overview = FollowupOverview()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.measure_table, 1)
        column.addWidget(self.overview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("followup-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._form())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        document.changed.connect(self._changed)
        document.measures.measure_updated.connect(self._measure_updated)

    # Layout ---------------------------------------------------------------------------------

    def _form(self) -> QWidget:
        self.measure_title = _bold(QLabel())
        self.measure_title.setWordWrap(True)
        self.measure_details = QLabel()
        self.measure_details.setWordWrap(True)
        self.measure_details.setStyleSheet("QLabel { color: #555; }")
        self.period_tabs = QTabBar()
        self.period_tabs.setObjectName("followup-periods")
        self.period_tabs.setExpanding(False)
        self.period_tabs.setUsesScrollButtons(False)
        self.period_tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for period in PERIODS:
            index = self.period_tabs.addTab(period_label(period))
            self.period_tabs.setTabData(index, period)
        self.period_tabs.currentChanged.connect(self._period_chosen)
        self.report_note = QLabel()
        self.report_note.setWordWrap(True)
        self.report_note.setStyleSheet("QLabel { color: #555; }")
        self.status = QComboBox()
        self.status.setObjectName("followup-status")
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(self._status_chosen)
        self.texts: dict[str, TextBox] = {}
        labels = {"results": self.tr("Results (what was done)"),
                  "outcome": self.tr("Outcome or success"),
                  "suggestions": self.tr("Suggestions")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Status"), self.status)
        for name in TEXT_FIELDS:
            box = TextBox()
            box.setObjectName(f"followup-{name}")
            box.setAccessibleName(labels[name])
            box.committed.connect(lambda text, field=name: self._text_committed(field, text))
            self.texts[name] = box
            form.addRow(labels[name], box)
        self.evidence = EvidenceModel(self)
        self.evidence_table = _table("followup-evidence", self.evidence)
        self.evidence_table.setWordWrap(True)
        self.evidence_table.setMinimumHeight(120)
        header = self.evidence_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EvidenceModel.COL_URL, QHeaderView.ResizeMode.Interactive)
        self.evidence_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.evidence_table.doubleClicked.connect(lambda _index: self.edit_evidence())
        self.add_button = QPushButton(self.tr("Add Evidence…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_evidence)
        self.edit_button.clicked.connect(self.edit_evidence)
        self.remove_button.clicked.connect(self.remove_evidence)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("followup-error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        evidence_label = _bold(QLabel(self.tr("Evidence (dated documents and their links)")))
        self.report_box = QWidget()
        box = QVBoxLayout(self.report_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.report_note)
        box.addLayout(form)
        box.addWidget(evidence_label)
        box.addWidget(self.evidence_table)
        box.addLayout(buttons)
        box.addWidget(self.error)
        box.addStretch(1)
        self.empty_note = QLabel(self.tr("This year has no measures yet. Add them under Measures; "
                                         "their follow-up is recorded here."))
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.measure_title)
        column.addWidget(self.measure_details)
        column.addWidget(self.period_tabs)
        column.addWidget(self.report_box, 1)
        column.addWidget(self.empty_note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setMinimumWidth(430)
        return scroll

    # Showing --------------------------------------------------------------------------------

    def set_year(self, fiscal_year: int) -> None:
        if fiscal_year != self.fiscal_year:
            self._commit_pending()
            self.fiscal_year = fiscal_year
            self.measure_id = None
            self._set_period(self._default_period(fiscal_year))
            self._show_error("")
        self.refresh()

    @staticmethod
    def _default_period(fiscal_year: int) -> str:
        """The quarter we are in when the year is running; the whole year once it is over."""
        today = dt.date.today()
        quarter = fiscal_quarter(today, fiscal_year=fiscal_year)
        if quarter:
            return quarter
        return "FY" if today > periods.fiscal_year_bounds(fiscal_year)[1] else "Q1"

    def refresh(self) -> None:
        """Reload the measures, the overview and the form from the file."""
        if self.fiscal_year is None:
            return
        year = self.fiscal_year
        self.heading.setText(self.tr("Follow-up of measures, fiscal year %1")
                             .replace("%1", str(year)))
        measures = self.document.measures.list(year)
        self._loading = True
        try:
            self.measures.set_measures(measures, self.document.followups.latest(year))
            if self.measures.row_of(self.measure_id) < 0:
                self.measure_id = self.measures.measure_id(0)
        finally:
            self._loading = False
        self._select_row()
        self.measure_table.resizeRowsToContents()
        self.overview.set_overview(self.document.followups.overview(year))
        self._show_report()

    def _show_report(self) -> None:
        measure = self.measures.measure(self.measures.row_of(self.measure_id))
        self.empty_note.setVisible(measure is None)
        for widget in (self.measure_title, self.measure_details, self.period_tabs,
                       self.report_box):
            widget.setVisible(measure is not None)
        if measure is None:
            self.evidence.set_evidence([])
            self._update_buttons()
            return
        self.measure_title.setText(measure["title"])
        details = [periods.period_text(measure["start_date"], measure["end_date"],
                                       thai_digits=False)]
        if measure["units"]:
            details.append(self.tr("Responsible: %1").replace("%1", ", ".join(measure["units"])))
        self.measure_details.setText("   ·   ".join(details))
        reports = {r["period"]: r for r in self.document.followups.list(self.fiscal_year)
                   if r["measure_id"] == self.measure_id}
        default = self.palette().color(QPalette.ColorRole.WindowText)
        for index in range(self.period_tabs.count()):
            found = reports.get(self.period_tabs.tabData(index))
            self.period_tabs.setTabTextColor(index, QColor(STATUS_COLOURS[found["status"]])
                                             if found else default)
            self.period_tabs.setTabToolTip(index, status_label(found["status"] if found
                                                               else None))
        report = reports.get(self.period)
        self.report_note.setText(
            self.tr("Last saved %1.").replace("%1", _when(report["updated_at"])) if report
            else self.tr("No report for %1 yet: what you enter here is saved as its report.")
            .replace("%1", period_label(self.period)))
        status = report["status"] if report else "not_started"
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        for name, box in self.texts.items():
            box.show_text(report[name] if report else "")
        selected = self._selected_evidence()
        self.evidence.set_evidence(report["evidence"] if report else [])
        if selected is not None:
            row = next((r for r in range(self.evidence.rowCount())
                        if self.evidence.evidence(r)["id"] == selected["id"]), -1)
            if row >= 0:
                self.evidence_table.selectRow(row)
        self._fit_evidence_columns()
        self._update_buttons()

    def _fit_evidence_columns(self) -> None:
        """Links get their width up to 40 % of the table; the title takes the rest."""
        table, header = self.evidence_table, self.evidence_table.horizontalHeader()
        table.resizeColumnToContents(EvidenceModel.COL_URL)
        limit = max(int(table.viewport().width() * 0.4), 120)
        header.resizeSection(EvidenceModel.COL_URL,
                             min(header.sectionSize(EvidenceModel.COL_URL), limit))
        table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_evidence_columns()

    def _update_buttons(self) -> None:
        writable = not self.document.store.read_only
        has_measure = self.measure_id is not None
        chosen = self._selected_evidence() is not None
        self.add_button.setEnabled(writable and has_measure)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)
        self.status.setEnabled(writable and has_measure)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _set_period(self, period: str) -> None:
        self.period = period
        self.period_tabs.blockSignals(True)
        self.period_tabs.setCurrentIndex(PERIODS.index(period))
        self.period_tabs.blockSignals(False)

    # Choosing -------------------------------------------------------------------------------

    def select_measure(self, measure_id: int, period: str | None = None) -> None:
        """Show the report of ``measure_id`` (of the shown year) for ``period`` (or the current
        one)."""
        row = self.measures.row_of(measure_id)
        if row >= 0:
            self.measure_table.selectRow(row)
        if period is not None:
            self.period_tabs.setCurrentIndex(PERIODS.index(period))

    def _commit_pending(self) -> None:
        """Save what is typed in a text box before the form shows another report (the box may
        keep the focus: it then takes the next report's text, as nothing is pending)."""
        for box in self.texts.values():
            if box.pending():
                box.commit()
                box.shown = box.toPlainText()

    def _select_row(self) -> None:
        self._loading = True
        try:
            row = self.measures.row_of(self.measure_id)
            if row >= 0:
                self.measure_table.selectRow(row)
        finally:
            self._loading = False

    def _measure_chosen(self, current, _previous) -> None:
        if self._loading:
            return
        measure_id = self.measures.measure_id(current.row())
        if measure_id == self.measure_id:
            return
        self._commit_pending()  # may refresh, selecting the row shown so far again
        self.measure_id = measure_id
        self._select_row()
        self._show_error("")
        self.evidence_table.clearSelection()
        self._show_report()

    def _period_chosen(self, index: int) -> None:
        period = self.period_tabs.tabData(index)
        if period == self.period:
            return
        self._commit_pending()
        self.period = period
        self._show_error("")
        self.evidence_table.clearSelection()
        self._show_report()

    def _selected_evidence(self) -> dict | None:
        rows = self.evidence_table.selectionModel().selectedRows()
        return self.evidence.evidence(rows[0].row()) if rows else None

    # Edits ----------------------------------------------------------------------------------

    def _status_chosen(self, index: int) -> None:
        self._write(status=self.status.itemData(index))

    def _text_committed(self, field: str, text: str) -> None:
        self._write(**{field: text})

    def _write(self, **fields) -> bool:
        if self.measure_id is None:
            return False
        done = self.document.followups.set_report(self.measure_id, self.period, **fields)
        self._show_error("" if done else self.document.last_error)
        if not done:
            self._show_report()
        return bool(done)

    def add_evidence(self) -> EvidenceDialog | None:
        """Open the dialog for new evidence of the shown report (stored on OK)."""
        if self.measure_id is None:
            return None
        measure_id, period = self.measure_id, self.period

        def submit(title, day, url):
            return self.document.followups.add_evidence(measure_id, period, title=title,
                                                        date=day, url=url)

        return self._open_dialog(submit, None)

    def edit_evidence(self) -> EvidenceDialog | None:
        """Open the dialog on the selected evidence (changes stored on OK)."""
        chosen = self._selected_evidence()
        if chosen is None or self.document.store.read_only:
            return None
        measure_id = self.measure_id

        def submit(title, day, url):
            return self.document.followups.update_evidence(measure_id, chosen["id"],
                                                           title=title, date=day, url=url)

        return self._open_dialog(submit, chosen)

    def remove_evidence(self) -> bool:
        chosen = self._selected_evidence()
        if chosen is None:
            return False
        done = self.document.followups.delete_evidence(self.measure_id, chosen["id"])
        self._show_error("" if done else self.document.last_error)
        return done

    def _open_dialog(self, submit, evidence: dict | None) -> EvidenceDialog:
        self._commit_pending()
        followups = self.document.followups
        dialog = EvidenceDialog(
            check=lambda title, day, url: followups.evidence_problems(title=title, date=day,
                                                                      url=url),
            submit=submit, failure=lambda: self.document.last_error, evidence=evidence,
            parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "evidence_dialog", None))
        self.evidence_dialog = dialog
        dialog.open()
        return dialog

    # Changes from elsewhere -----------------------------------------------------------------

    def _changed(self, area: str, fiscal_year: int) -> None:
        if area == UNITS or (area in (FOLLOWUPS, MEASURES) and fiscal_year == self.fiscal_year):
            self.refresh()

    def _measure_updated(self, measure_id: int) -> None:
        if self.measures.row_of(measure_id) >= 0:
            self.refresh()


def _when(stamp: str | None) -> str:
    """A stored timestamp (ISO, local) as a BE date and time: "5 ม.ค. 2569 10:30"."""
    if not stamp:
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{periods.format_thai_date(moment.date())} {moment:%H:%M}"
