"""เอกสาร of one fiscal year: choose a document, set its options (ui.views.document_options;
and, for a memo, its fields), see it in the preview, print it, save it as PDF or as Word
(ui.views.word_export).

The documents are the core's (ita_desktop.documents): the memo sending the measures, the memo
sending the results, the analysis report (a year with an assessment), the measures and the
results report (the year's plan). Rendering runs off the GUI thread: the data is gathered on the
GUI thread (``prepare``, a few ms; the Store belongs to it) and laid out on a worker
(``render_prepared``) into a temporary file. One render runs at a time; a request made meanwhile
waits, and only the latest one is shown (the last request wins: a stale result is never shown,
printed or saved). Data changes re-render after DEBOUNCE_MS. Printing and saving always use a
render of what is on screen now: when it is not ready yet they run once it is. When the file
closes (Document.closed) no render starts any more and the one running is dropped unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.documents import (
    DOCX_KINDS,
    DocumentError,
    DocumentOptions,
    RenderReport,
    prepare,
    render_prepared,
)
from ui import settings as keys
from ui.document import MEASURES, Document
from ui.settings import Settings
from ui.views.document_options import DocumentOptionsBox
from ui.views.memo_form import MemoForm
from ui.views.pdf_preview import PdfPreview, RenderQueue
from ui.views.print_support import OutputActions, ask_printer_dialog
from ui.views.section import SectionView
from ui.views.word_export import WordExport

DEBOUNCE_MS = 300
NOTE_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0b800; padding: 6px;"
              " color: #4a3b00; }")
ERROR_STYLE = "QLabel { color: #b00020; }"
CONTEXT = "DocumentsView"
KIND_NAMES = {
    "memo-measures": QT_TRANSLATE_NOOP("DocumentsView", "Memo sending the measures"),
    "memo-results": QT_TRANSLATE_NOOP("DocumentsView", "Memo sending the results report"),
    "analysis": QT_TRANSLATE_NOOP("DocumentsView", "Analysis report"),
    "measures": QT_TRANSLATE_NOOP("DocumentsView", "Integrity measures"),
    "results": QT_TRANSLATE_NOOP("DocumentsView", "Results report"),
    "analysis-measures": QT_TRANSLATE_NOOP("DocumentsView",
                                           "Analysis report with the measures (one PDF)"),
    "memo-measures-attached": QT_TRANSLATE_NOOP(
        "DocumentsView", "Memo sending the measures, with the analysis and the measures"),
    "memo-results-attached": QT_TRANSLATE_NOOP(
        "DocumentsView", "Memo sending the results report, with the report"),
}
PLAN_KINDS = ("memo-measures", "memo-results", "measures", "results", "analysis-measures",
              "memo-measures-attached", "memo-results-attached")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DocumentsView(SectionView, QWidget):
    """The documents of ``fiscal_year`` (``set_year``). ``kinds`` lists the chooser's entries,
    ``options_box`` is the DocumentOptionsBox (its controls ``group_combo``, ``column_boxes``,
    ``thai_digits``, ``arabic_digits``… are attributes of the view too), ``preview`` the
    PdfPreview, ``memo_form`` the MemoForm (memo kinds), ``report`` the RenderReport on screen
    (None while none is current), ``notes`` the warnings shown, ``output`` the OutputActions
    (Print…, Save PDF…, Open Folder) and ``word`` the WordExport (Save as Word…).
    ``rendered(report)`` when a fresh render is shown; ``ask_printer(printer) -> bool`` runs
    the print dialog (tests replace it)."""

    rendered = Signal(object)

    @classmethod
    def create(cls, pages: QStackedWidget, document: Document) -> DocumentsView:
        """A new view with the window's settings (its remembered options)."""
        return cls(document, getattr(pages.window(), "settings", None))

    def __init__(self, document: Document, settings: Settings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.settings = settings if settings is not None else Settings()
        self.fiscal_year: int | None = None
        self.report: RenderReport | None = None
        self.notes: list[str] = []
        self.queue = RenderQueue(self, self._begin, label=self.tr("Preparing the document…"))
        self.queue.done.connect(self._finished)
        self.queue.failed.connect(self._failed)
        self.output = OutputActions(self, self.settings,
                                    ask_printer=lambda printer: self.ask_printer(printer))
        self.output.status.connect(self._set_state)
        self.output.error.connect(self._output_error)
        self.word = WordExport(self, self.output, self.settings)
        self.word.ended.connect(self._update_actions)
        self._waiting: list[Callable[[], None]] = []
        self._dirty = False
        self._failure = ""
        self._shown_kind: tuple[str, int] | None = None
        self._chosen: str | None = None  # the document the user chose last in this view
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.request_render)
        self._build()
        self.options_box.restore()
        document.changed.connect(self._changed)
        document.closed.connect(self._document_closed)

    # Layout -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.word_button = QPushButton(self.tr("Save as Word…"))
        self.word_button.setToolTip(self.tr("Save the document as a Word file (.docx) to edit "
                                            "its wording before it is signed"))
        self.word_button.clicked.connect(self.save_word)
        self.folder_button = QPushButton(self.tr("Open Folder"))
        self.folder_button.setToolTip(self.tr("Open the folder of the last saved PDF"))
        self.folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.print_button, self.save_button, self.word_button,
                       self.folder_button):
            top.addWidget(button)

        self.kinds = QListWidget()
        self.kinds.setObjectName("documents-kinds")
        self.kinds.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.kinds.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.currentItemChanged.connect(self._kind_chosen)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("QLabel { color: #555; }")
        self.options_box = DocumentOptionsBox(self.settings)
        self.options_box.changed.connect(self.request_render)
        # The box's controls, as attributes of the view too (tests and callers use them).
        self.group_label = self.options_box.group_label
        self.group_combo = self.options_box.group_combo
        self.columns_label = self.options_box.columns_label
        self.column_boxes = self.options_box.column_boxes
        self.thai_digits = self.options_box.thai_digits
        self.arabic_digits = self.options_box.arabic_digits
        self.digit_group = self.options_box.digit_group
        self.memo_box = QGroupBox(self.tr("Memo"))
        self.memo_form = MemoForm(self.document)
        QVBoxLayout(self.memo_box).addWidget(self.memo_form)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(QLabel(self.tr("Document")))
        side_layout.addWidget(self.kinds)
        side_layout.addWidget(self.caption)
        side_layout.addWidget(self.options_box)
        side_layout.addWidget(self.memo_box)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)

        self.note_label = QLabel()
        self.note_label.setObjectName("documents-notes")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(NOTE_STYLE)
        self.note_label.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("documents-error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.state_label = QLabel()
        self.state_label.setObjectName("documents-state")
        self.state_label.setStyleSheet("QLabel { color: #555; }")
        self.preview = PdfPreview()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.note_label)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.state_label)
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("documents-splitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 600])
        state = self.settings.get(keys.DOCUMENTS_SPLITTER)
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(lambda *_a: self.settings.set(
            keys.DOCUMENTS_SPLITTER, self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # Showing ----------------------------------------------------------------------------

    def set_year(self, fiscal_year: int) -> None:
        """Show the documents of ``fiscal_year`` (the analysis report only with an assessment)."""
        if fiscal_year != self.fiscal_year:
            self.fiscal_year = fiscal_year
            self.heading.setText(self.tr("Documents, fiscal year %1").replace("%1",
                                                                             str(fiscal_year)))
            self._fill_kinds()
        elif self._dirty:
            self.request_render()
        # The window locks a read-only file's controls after this returns; printing, saving
        # and the options are not edits of the file, so they are made usable again.
        QTimer.singleShot(0, self._update_actions)

    def _fill_kinds(self) -> None:
        """List the year's documents and open on one that makes sense for it: the user's last
        choice (this session's, else the remembered one) among those with something to print;
        a year with results but no measures opens on its analysis report, not on a memo that
        sends "๐ มาตรการ". The documents waiting for measures say so in the list."""
        available = [k for k in KIND_NAMES
                     if k != "analysis" or self.fiscal_year in self.document.fiscal_years()]
        has_measures = bool(self.document.measures.list(self.fiscal_year))
        sensible = [k for k in available if has_measures or k not in PLAN_KINDS] or available
        wanted = next((k for k in (self._chosen, self.settings.get(keys.DOCUMENT_KIND))
                       if k in sensible), sensible[0])
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for kind in available:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self._label_kinds()
        self.kinds.setCurrentRow(available.index(wanted))
        self.kinds.blockSignals(False)
        self._kind_chosen(remember=False)

    def _label_kinds(self) -> None:
        empty = not self.document.measures.list(self.fiscal_year)
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            kind = item.data(Qt.ItemDataRole.UserRole)
            waiting = empty and kind in PLAN_KINDS
            text = _t(KIND_NAMES[kind])
            item.setText(self.tr("%1 (no measures yet)").replace("%1", text) if waiting
                         else text)
            item.setForeground(QColor("#777777") if waiting else self.palette().text().color())

    def current_kind(self) -> str | None:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_kind(self, kind: str) -> bool:
        """Choose a document as a click in the list does; False when it is not offered."""
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)
                return True
        return False

    def _kind_chosen(self, *_args, remember: bool = True) -> None:
        """A document was chosen: by the user (``remember``: kept for this session and the next
        window) or by ``_fill_kinds``."""
        kind = self.current_kind()
        if kind is None:
            return
        if remember:
            self._chosen = kind
            self.settings.set(keys.DOCUMENT_KIND, kind)
        self.options_box.show_kind(kind)
        self.memo_box.setVisible(kind.startswith("memo-"))
        if kind.startswith("memo-"):
            self.memo_form.set_memo(self.fiscal_year, kind)
        self.request_render()

    def options(self) -> DocumentOptions:
        """The options chosen for the current document (always ``allow_empty``)."""
        return self.options_box.options(self.current_kind())

    # Rendering --------------------------------------------------------------------------

    def is_current(self) -> bool:
        """True when the preview shows a render of the current document, options and data."""
        return self.report is not None and not self._dirty and not self.queue.busy()

    def request_render(self) -> None:
        """Render the current document again (now, or after the one running)."""
        self._debounce.stop()
        self._dirty = False
        self.report = None
        kind = self.current_kind()
        if kind is None or self.fiscal_year is None or self.document.is_closed:
            return
        if self._shown_kind != (kind, self.fiscal_year):
            self.preview.set_message(self.tr("Preparing the document…"))
            self._set_state("")
        else:
            self._set_state(self.tr("Preparing the document…"))
        self.queue.request()

    def _begin(self, out: Path):
        """RenderQueue.begin: gather the data here (GUI thread), lay out on the worker."""
        kind, year, options = self.current_kind(), self.fiscal_year, self.options()
        try:
            context = prepare(kind, self.document.store, fiscal_year=year, options=options)
        except DocumentError as exc:
            self._show_failure(str(exc))
            return None
        if context.assessment_year is None or kind == "analysis":
            caption = (self.tr("About the ITA results of fiscal year %1.") if kind == "analysis"
                       else self.tr("About the measures of fiscal year %1; this file has no "
                                    "ITA results before it."))
        else:
            caption = self.tr("About the measures of fiscal year %1, built on the ITA results "
                              "of fiscal year %2.").replace("%2", str(context.assessment_year))
        self.caption.setText(caption.replace("%1", str(year)))
        notes = []
        if kind in PLAN_KINDS and not context.measures:
            notes.append(self.tr("Fiscal year %1 has no measures yet: the document prints a "
                                 "notice instead of an empty table.").replace("%1", str(year))
                         if not kind.startswith("memo-") else
                         self.tr("Fiscal year %1 has no measures yet: the memo says there are "
                                 "none.").replace("%1", str(year)))
        return (lambda: render_prepared(context, out, options)), ((kind, year), notes)

    def _finished(self, report: RenderReport, payload) -> None:
        shown, notes = payload
        page = self.preview.current_page() if shown == self._shown_kind else 0
        old = self.preview.path
        self.preview.show_file(report.path, page=page)
        if old != report.path:
            self.queue.discard(old)
        self.report, self._shown_kind = report, shown
        self._failure = ""
        self.notes = notes + list(report.warnings)
        self.note_label.setText("\n".join(f"• {note}" for note in self.notes))
        self.note_label.setVisible(bool(self.notes))
        self.error_label.hide()
        self._set_state("")
        self._update_actions()
        self.rendered.emit(report)
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DocumentError | OSError):
            self._show_failure(str(exc))
            return
        self._show_failure(self.tr("The document could not be prepared: %1").replace("%1",
                                                                                 repr(exc)))
        raise exc

    def _show_failure(self, message: str) -> None:
        self._failure = message
        self.report = None
        self._waiting = []
        self.error_label.setText(message)
        self.error_label.show()
        self.note_label.hide()
        self._set_state("")
        self.preview.set_message(message)
        self._shown_kind = None
        self._update_actions()

    def _set_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _update_actions(self) -> None:
        can = self.current_kind() is not None and not self._failure
        self.print_button.setEnabled(can)
        self.save_button.setEnabled(can)
        self.word_button.setEnabled(can and self.current_kind() in DOCX_KINDS
                                    and self.word.saving is None)
        self.folder_button.setEnabled(self.output.has_folder())
        self.options_box.make_usable()
        self.preview.update_controls()

    def when_ready(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the preview is current (at once when it is)."""
        if self.is_current():
            action()
            return
        self._waiting.append(action)
        if not self.queue.busy():
            self.request_render()

    def _document_closed(self) -> None:
        """The file is closing (Document.closed, its store still open): no render starts from
        now on, the one running shows nothing when it ends, and Print… or Save PDF… waiting
        for it never run. The view itself goes with the document, later."""
        self._debounce.stop()
        self._dirty = False
        self._waiting = []
        self.queue.stop()

    def _changed(self, area: str, fiscal_year: int) -> None:
        """The data changed: re-render after DEBOUNCE_MS (at the next show when hidden)."""
        if self.document.is_closed:
            return
        if area == MEASURES and fiscal_year == self.fiscal_year:
            self._label_kinds()
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty and not self._debounce.isActive():
            self._debounce.start(0)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """No render until shown again (an undo may switch away; the file may close)."""
        super().hideEvent(event)
        if self._debounce.isActive():
            self._debounce.stop()
            self._dirty = True

    # Printing and saving ----------------------------------------------------------------

    def title(self) -> str:
        """The current document's name and year (print queue, suggested file name)."""
        return f"{_t(KIND_NAMES[self.current_kind()])} {self.fiscal_year}"

    def print_document(self) -> None:
        """Print… : the print dialog, then the document on the chosen printer (off the GUI
        thread)."""
        self.memo_form.commit_pending()
        self.when_ready(lambda: self.output.print_file(self.report.path, title=self.title(),
                                                       disable=[self.print_button]))

    def ask_printer(self, printer: QPrinter) -> bool:
        """Let the user choose the printer and pages (QPrintDialog); False when cancelled."""
        return ask_printer_dialog(self, printer, self.report.pages if self.report else 1)

    def save_pdf(self) -> None:
        """Save PDF… : ask for a file name, then copy the rendered PDF there."""
        self.memo_form.commit_pending()
        self.when_ready(lambda: self.output.save_file(self.report.path, title=self.title())
                        and self._update_actions())

    def save_word(self) -> Path | None:
        """Save as Word… (ui.views.word_export.WordExport): ask for a file name, then write the
        document as shown (its options and memo fields) as a .docx off the GUI thread. Returns
        the chosen file, None when cancelled or the document cannot be made."""
        self.memo_form.commit_pending()
        target = self.word.save(self.document.store, kind=self.current_kind(),
                                fiscal_year=self.fiscal_year, options=self.options(),
                                title=self.title(), disable=[self.word_button])
        self._update_actions()
        return target

    def open_folder(self) -> bool:
        """Open the folder of the last saved PDF in the file manager."""
        return self.output.open_folder()

    def _output_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


