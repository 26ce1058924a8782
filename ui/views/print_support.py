"""Printing and saving a rendered PDF: ``print_pdf(path, printer)``, the printer set-up for a
document, and ``OutputActions`` (Print…, Save PDF…, Open Folder of the documents screen).

A printer that writes a PDF file (the print dialog's "Print to File", all pages) gets the
document's own PDF, so the file stays vector and searchable. Any other printer gets each page
rendered by QtPdf (QPdfDocument.render) at the printer's resolution and drawn 1:1 on the paper
(``fullPage``: the document's own margins and sizes, e.g. the emblem's 1.5 cm, are kept; a page
larger than the paper is scaled down to fit). Pages are rendered in strips of STRIP_ROWS device
rows, so a 600 dpi A4 page needs ~10 MB rather than ~140 MB at a time.

Painting on a QPrinter is allowed off the GUI thread (Qt: "QPainter can be used in a thread to
paint onto QImage, QPrinter and QPicture"), so ``print_pdf`` may run in ui.operations.run_op;
the GUI must not touch the printer meanwhile.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import settings as keys
from ui.operations import Operation, run_op
from ui.settings import Settings

STRIP_ROWS = 1024
"""Device rows rendered at a time."""


class PrintError(Exception):
    """Printing failed; the message (translated) says why."""




def page_count(path: Path | str) -> int:
    """Pages of a PDF file (0 when it cannot be read)."""
    document = QPdfDocument()
    document.load(str(path))
    count = document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    document.close()
    return count


def set_up_printer(printer: QPrinter, path: Path | str, *, title: str) -> None:
    """Prepare ``printer`` for the PDF at ``path``: full page, the orientation of its first
    page, the document name (shown in the print queue)."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() == QPdfDocument.Status.Ready and document.pageCount():
        size = document.pagePointSize(0)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape
                                   if size.width() > size.height()
                                   else QPageLayout.Orientation.Portrait)
    document.close()
    printer.setFullPage(True)
    printer.setDocName(title)


def _page_range(printer: QPrinter, count: int) -> list[int]:
    """0-based page indexes to print, from the printer's page range (all when none)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def writes_pdf_file(printer: QPrinter) -> bool:
    """True when ``printer`` writes a PDF file of every page (the PDF is then copied as it is)."""
    return (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and bool(printer.outputFileName())
            and printer.printRange() in (QPrinter.PrintRange.AllPages,
                                         QPrinter.PrintRange.Selection))


def print_pdf(path: Path | str, printer: QPrinter, *, rasterise: bool | None = None) -> int:
    """Print the PDF at ``path`` on ``printer``; returns the number of pages printed.

    ``rasterise`` None: copy the PDF when the printer writes a PDF file of all pages
    (writes_pdf_file), else render the pages; True/False force one way. Raises PrintError when
    the PDF cannot be read, the printer cannot start, or the output file cannot be written.
    """
    path = Path(path)
    if rasterise is None:
        rasterise = not writes_pdf_file(printer)
    if not rasterise:
        try:
            shutil.copyfile(path, printer.outputFileName())
        except OSError as exc:
            raise PrintError(QCoreApplication.translate("PrintSupport", "Cannot write %1 (%2)").replace("%1", printer.outputFileName())
                             .replace("%2", exc.strerror or str(exc))) from exc
        return page_count(path)
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintError(QCoreApplication.translate("PrintSupport", "Cannot read the document to print (%1)").replace("%1", str(path)))
    pages = _page_range(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrintError(QCoreApplication.translate("PrintSupport", "The printer could not start printing"))
    try:
        dpi = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(dpi)
        for n, index in enumerate(pages):
            if n and not printer.newPage():
                raise PrintError(QCoreApplication.translate("PrintSupport", "The printer could not start a new page"))
            _draw_page(painter, document, index, dpi, paper)
    finally:
        painter.end()
        document.close()
    return len(pages)


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, dpi: int,
               paper: QRect) -> None:
    """Render page ``index`` at ``dpi`` (scaled down to fit ``paper`` when larger), centred
    on the paper, strip by strip."""
    points = document.pagePointSize(index)
    width, height = points.width() / 72 * dpi, points.height() / 72 * dpi
    scale = min(1.0, paper.width() / width, paper.height() / height) if width and height else 1
    size = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
    left = paper.x() + (paper.width() - size.width()) // 2
    top = paper.y() + (paper.height() - size.height()) // 2
    for y in range(0, size.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, size.height() - y)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, y, size.width(), rows))
        strip = document.render(index, QSize(size.width(), rows), options)
        painter.drawImage(left, top + y, strip)


def ask_printer_dialog(parent: QWidget, printer: QPrinter, pages: int) -> bool:
    """The print dialog for ``printer`` (pages 1…``pages``); False when cancelled."""
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(pages, 1))
    return dialog.exec() == QPrintDialog.DialogCode.Accepted


class OutputActions(QObject):
    """Print…, Save PDF… and Open Folder for the rendered PDF of a view (``parent``).

    ``ask_printer(printer) -> bool`` runs the print dialog (the view's, so tests can replace
    it). ``printing`` is the running print Operation (None when idle); ``folder`` the folder of
    the last saved PDF (remembered in the settings). ``status(text)`` and ``error(text)`` say
    what happened, for the view to show."""

    status = Signal(str)
    error = Signal(str)

    def __init__(self, parent: QWidget, settings: Settings,
                 ask_printer: Callable[[QPrinter], bool]):
        super().__init__(parent)
        self.parent_widget, self.settings, self.ask_printer = parent, settings, ask_printer
        self.printing: Operation | None = None
        self.last_saved: Path | None = None
        folder = settings.get(keys.DOCUMENT_FOLDER)
        self.folder = Path(folder) if folder else None
        self._copies = 0

    def has_folder(self) -> bool:
        return self.folder is not None and self.folder.is_dir()

    def print_file(self, path: Path, *, title: str, disable: list[QWidget] = ()) -> bool:
        """Ask for the printer, then print a private copy of ``path`` off the GUI thread (the
        view may replace its file meanwhile). False when the dialog was cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_printer(printer, path, title=title)
        if not self.ask_printer(printer):
            return False
        self._copies += 1
        copy = path.with_name(f"print-{self._copies}.pdf")
        shutil.copyfile(path, copy)

        def done(pages: int) -> None:
            self.printing = None
            self.status.emit(QCoreApplication.translate("PrintSupport", "Printed, pages: %1").replace("%1", str(pages)))

        def failed(exc: BaseException) -> None:
            self.printing = None
            if not isinstance(exc, PrintError | OSError):
                raise exc
            self.error.emit(QCoreApplication.translate("PrintSupport", "Not printed: %1").replace("%1", str(exc)))

        self.status.emit(QCoreApplication.translate("PrintSupport", "Printing…"))
        self.printing = run_op(self.parent_widget, label=QCoreApplication.translate("PrintSupport", "Printing…"),
                               work=lambda: print_pdf(copy, printer), on_success=done,
                               on_failure=failed, disable=disable)
        return True

    def save_file(self, path: Path, *, title: str) -> Path | None:
        """Ask for a file name (QFileDialog, in the last folder used), then copy ``path`` there
        (".pdf" added when missing). Returns the saved file, None when cancelled or refused."""
        folder = self.folder if self.has_folder() else Path.home()
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, QCoreApplication.translate("PrintSupport", "Save PDF"), str(folder / f"{title}.pdf"),
            QCoreApplication.translate("PrintSupport", "PDF files (*.pdf)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(path, target)
        except OSError as exc:
            self.error.emit(QCoreApplication.translate("PrintSupport", "Not saved: %1").replace(
                "%1", f"{target} ({exc.strerror or exc})"))
            return None
        self.last_saved, self.folder = target, target.parent
        self.settings.set(keys.DOCUMENT_FOLDER, str(target.parent))
        self.status.emit(QCoreApplication.translate("PrintSupport", "Saved %1").replace("%1", str(target)))
        return target

    def open_folder(self) -> bool:
        """Open the folder of the last saved PDF in the file manager."""
        if not self.has_folder():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
