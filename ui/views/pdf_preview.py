"""A PDF preview in the window (QtPdf): one page at a time, previous/next page, "page n of m",
zoom in/out and fit to width. ``show_file(path)`` loads a rendered document; ``set_message``
covers the page with a note (e.g. "preparing…" or why there is nothing to show).
``RenderQueue`` renders the files to show off the GUI thread, the last request winning."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import Operation, run_op

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
MESSAGE_STYLE = "QLabel { color: #444; background: #e8e8e8; padding: 24px; }"


class PdfPreview(QWidget):
    """``document`` is the QPdfDocument shown in ``view`` (a QPdfView in SinglePage mode).
    ``page_shown(index)`` after a file was loaded or the page changed (0-based)."""

    page_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("documents-preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(0)
        self.message = QLabel()
        self.message.setObjectName("documents-preview-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.previous_button = self._button("‹", self.tr("Previous page"), self.previous_page,
                                            QKeySequence.StandardKey.MoveToPreviousPage)
        self.next_button = self._button("›", self.tr("Next page"), self.next_page,
                                        QKeySequence.StandardKey.MoveToNextPage)
        self.page_label = QLabel()
        self.page_label.setObjectName("documents-page-label")
        self.zoom_out_button = self._button("−", self.tr("Zoom out"), self.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = self._button("+", self.tr("Zoom in"), self.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn)
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit Width"))
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.clicked.connect(self.fit_width)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(widget)
        self.pages = QStackedLayout()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(self.pages, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.update_controls()

    def _button(self, text: str, tip: str, slot, shortcut) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setShortcut(QKeySequence(shortcut))
        button.clicked.connect(slot)
        return button

    # Showing ----------------------------------------------------------------------------

    def show_file(self, path: Path | str, *, page: int = 0) -> bool:
        """Load the PDF at ``path`` and show ``page`` (clamped to the last page). False when
        QtPdf cannot read it (the message says so)."""
        self.path = Path(path)
        self.document.load(str(path))
        if self.document.status() != QPdfDocument.Status.Ready:
            self.set_message(self.tr("The preview cannot show this file."))
            return False
        page = max(0, min(page, self.document.pageCount() - 1))
        self.pages.setCurrentWidget(self.view)
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self.update_controls()
        self.page_shown.emit(page)
        return True

    def set_message(self, text: str) -> None:
        """Cover the page with ``text``; "" shows the page again (when one is loaded)."""
        self.message.setText(text)
        loaded = self.document.status() == QPdfDocument.Status.Ready
        self.pages.setCurrentWidget(self.message if text or not loaded else self.view)
        self.update_controls()

    def clear(self) -> None:
        """Unload the document (the file may then be deleted)."""
        self.document.close()
        self.path = None
        self.update_controls()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready \
            else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # Navigation and zoom ----------------------------------------------------------------

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count:
            self.view.pageNavigator().jump(max(0, min(page, count - 1)), QPointF(),
                                           self.view.zoomFactor())

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def zoom_in(self) -> None:
        self._zoom(self._factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self._factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_button.setChecked(True)

    def _factor(self) -> float:
        """The zoom factor in effect (in fit-width mode, the one that fits the width now)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(self.current_page(), 0))
        width = points.width() / 72 * self.view.logicalDpiX()
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return usable / width if width else 1.0

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self.fit_button.setChecked(False)

    def _page_changed(self, page: int) -> None:
        self.update_controls()
        self.page_shown.emit(page)

    def update_controls(self) -> None:
        """Enable the page and zoom buttons that apply (after a window locked them)."""
        count = self.page_count()
        page = self.current_page() if count else -1
        shown = count and self.pages.currentWidget() is self.view
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(count)) if shown else "")
        self.previous_button.setEnabled(bool(shown) and page > 0)
        self.next_button.setEnabled(bool(shown) and page < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(bool(shown))


class RenderQueue(QObject):
    """Renders off the GUI thread, one at a time, into files of its own temporary folder; the
    last request wins. ``request()`` asks for a render: when none runs, ``begin(out)`` is called
    at once on the GUI thread (gather the data there) and returns ``(work, payload)`` — ``work()``
    then runs on a worker (ui.operations.run_op) and writes ``out`` — or None when there is
    nothing to render (``begin`` has said why). While one runs, requests only mark it
    superseded: when it ends its result is deleted, never delivered, and ``begin`` is called
    again for the latest request. ``done(result, payload)`` / ``failed(exception)`` for the
    latest request only. ``discard(path)`` deletes a file the caller no longer shows.
    ``stop()`` ends the queue for good (its data source went away): nothing is begun, done or
    failed from then on."""

    done = Signal(object, object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, begin: Callable[[Path], tuple[Callable[[], Any], Any]
                                                      | None], *, label: str):
        super().__init__(parent)
        self.parent_widget, self.begin, self.label = parent, begin, label
        self.folder = tempfile.TemporaryDirectory(prefix="ita-documents-",
                                                  ignore_cleanup_errors=True)
        parent.destroyed.connect(lambda *_args, folder=self.folder: folder.cleanup())
        self.generation = 0
        self.running: Operation | None = None
        self.stopped = False

    def busy(self) -> bool:
        return self.running is not None

    def request(self) -> None:
        if self.stopped:
            return
        self.generation += 1
        if self.running is None:
            self._begin()

    def stop(self) -> None:
        """No render begins from now on, and the one running, if any, delivers nothing when it
        ends: its file is deleted, its result or its failure (whatever it raised) dropped
        without a word. For a queue whose data went away (the file was closed)."""
        self.stopped = True

    def path(self, name: str) -> Path:
        """A file name in the queue's folder (deleted with the parent widget)."""
        return Path(self.folder.name) / name

    def _begin(self) -> None:
        generation = self.generation
        out = self.path(f"render-{generation}.pdf")
        started = self.begin(out)
        if started is None:
            return
        work, payload = started
        self.running = run_op(self.parent_widget, label=self.label, work=work,
                              on_success=lambda result: self._ended(generation, out, payload,
                                                                    result, None),
                              on_failure=lambda exc: self._ended(generation, out, payload,
                                                                 None, exc))

    def _ended(self, generation: int, out: Path, payload: Any, result: Any,
               error: BaseException | None) -> None:
        self.running = None
        if self.stopped:  # the data went away while it ran: nothing to begin or deliver
            self.discard(out)
        elif generation != self.generation:  # superseded: the last request wins
            self.discard(out)
            self._begin()
        elif error is not None:
            self.discard(out)
            self.failed.emit(error)
        else:
            self.done.emit(result, payload)

    @staticmethod
    def discard(path: Path | None) -> None:
        """Delete a file no longer shown (left to the folder's clean-up while still open)."""
        if path is not None:
            with contextlib.suppress(OSError):
                Path(path).unlink(missing_ok=True)
