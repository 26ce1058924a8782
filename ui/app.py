"""``ita-desktop [PATH]``: start the application on a database file (the newest recent file when
no path is given, and a copy of the example database on first run).

The same ``main()`` runs from a source install and from the installed program (build.spec,
packaging/launch_gui.py); resources are found through ``ita_desktop.paths`` in both.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

READY_TIMEOUT_S = 120
"""``--quit-when-ready`` gives up (exit 1) when the file is not open after this many seconds."""

QT_LOAD_FAILURES = ("Could not find the Qt platform plugin", "Could not load the Qt platform plugin",
                    "Cannot load library", "Failed to create", "Could not create")
"""Qt messages that mean a plugin or library is missing (``--quit-when-ready`` then exits 1)."""


def use_bundled_thai_font(app) -> list[str]:
    """Register the bundled Sarabun family so Thai shows on machines without a Thai font;
    returns the font families registered (empty when the font files are missing)."""
    from PySide6.QtGui import QFont, QFontDatabase

    from ita_desktop import paths

    families = []
    for file in sorted(paths.FONTS.glob("Sarabun-*.ttf")):
        # from the bytes, not the file name: Qt's FreeType font database (the offscreen and
        # minimal platforms on Windows) opens a file name in the ANSI code page, so a program
        # installed under C:\Users\<Thai name> would register no font at all
        try:
            data = file.read_bytes()
        except OSError:
            continue
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    return families


def use_icon(app) -> None:
    """The window icon of every window (the .exe icon is set by build.spec)."""
    from PySide6.QtGui import QIcon

    from ita_desktop import paths

    icon = paths.resource("icons", "ita-desktop.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def leave_the_clipboard_to_qt(app) -> None:
    """Before the program ends: if the clipboard holds data made in Python (a ``QMimeData``
    created in Python and passed to ``QClipboard.setMimeData``), put its text back as data made
    by Qt (other formats are dropped); with nothing to keep, clear the clipboard.

    Qt's own clipboard (the offscreen and minimal platforms) deletes the data it holds only when
    the C library runs its exit handlers, after Python has shut down; deleting an object made in
    Python then calls into the finished interpreter and the process dies with a segmentation
    fault. Data made by Qt (``setText``, ``setImage``) is safe and left alone."""
    from shiboken6 import Shiboken

    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is None or not Shiboken.createdByPython(data):
        return
    text = data.text()
    if text:
        clipboard.setText(text)  # Qt deletes the Python-made data now, while Python still runs
    else:
        clipboard.clear()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ita-desktop")
    parser.add_argument("path", nargs="?", type=Path, help="the database file to open")
    parser.add_argument("--db", type=Path, help="the database file to open (same as PATH)")
    parser.add_argument("--settings-file", type=Path, help="use this settings file")
    parser.add_argument("--quit-after", type=int, default=0, help=argparse.SUPPRESS)
    # benchmarks and the smoke test of the installed program: close as soon as the file is open
    # and shown; exit 1 if it could not be opened or a plugin or import failed on the way
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    # with --quit-when-ready: also check what the installed program bundles (packaging/)
    parser.add_argument("--self-check", action="store_true", help=argparse.SUPPRESS)
    # with --self-check: leave out a check by name (e.g. qtpdf where PDFium cannot run)
    parser.add_argument("--skip-check", action="append", default=[], help=argparse.SUPPRESS)
    # with --quit-when-ready: save a picture of the window (as the platform drew it) to this PNG
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)
    # with --quit-when-ready: once ready, say "ita-desktop: ready" and keep the window open this
    # many milliseconds (the Wine smoke test takes a screenshot of the X display meanwhile)
    parser.add_argument("--hold", type=int, default=0, help=argparse.SUPPRESS)
    # Qt without the desktop's palette (QGuiApplication.setDesktopSettingsAware(False)): only for
    # the Wine smoke test. Qt 6.9's windows platform builds its palette from the WinRT class
    # Windows.UI.ViewManagement.UISettings (qt_accentColor, with no fallback when it is missing);
    # Wine 8.0 has no such class, the C++/WinRT error is not caught and the program aborts.
    parser.add_argument("--no-desktop-settings", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


PRINT_WARM_UP_DELAY_MS = 1000
"""After the window shows: the print engine's warm-up then waits no part of the start."""


def warm_up_printing() -> threading.Thread:
    """Load what the first preview or printed document needs (ReportLab, the fonts, the break
    dictionary, pythainlp.util: ``printing.warm_up_engine``) on a background thread."""

    def run() -> None:
        from ita_desktop.printing import warm_up_engine

        warm_up_engine()

    thread = threading.Thread(target=run, name="print-warm-up", daemon=True)
    thread.start()
    return thread


def create_window(settings, path: Path | None = None):
    """Show the main window on ``path``; without one, on the newest recent file that still
    exists; on first run (neither), on a copy of the example database in the data folder.
    Returns the window once shown: the file opens off the GUI thread, and without ``path``
    the recent files are looked at there too (MainWindow.reopen_last), so a shared folder
    that does not answer never holds up the start."""
    from ui import settings as keys
    from ui.main_window import MainWindow

    window = MainWindow(settings)
    screen = window.screen().availableGeometry() if window.screen() else None
    if (screen is not None and screen.width() < 1280
            and settings.get(keys.WINDOW_GEOMETRY).isEmpty()):
        window.showMaximized()  # a laptop screen (1366 × 768, 125 %): all of it, like Office
    else:
        window.show()
    if path is not None:
        window.open_file(path)
    else:
        window.reopen_last()
    return window


def _say(text: str) -> None:
    if sys.stderr is not None:  # None in a windowed program on Windows
        print(text, file=sys.stderr, flush=True)


def watch_for_failures() -> list[str]:
    """Record, instead of showing or only printing, what would make an unattended start fail:
    message boxes (a refused file), uncaught exceptions (a missing module in a slot) and Qt's
    messages about plugins or libraries it could not load. Returns the (growing) list."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from ui import message_boxes

    problems: list[str] = []

    def dialog(box) -> int:
        problems.append(f"dialog: {box.windowTitle()}: {box.text()} {box.informativeText()}")
        _say(problems[-1])
        return 0

    def on_message(kind, _context, message: str) -> None:
        _say(message)
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) or any(
                failure in message for failure in QT_LOAD_FAILURES):
            problems.append(f"qt: {message}")

    def on_exception(kind, value, traceback) -> None:
        problems.append(f"exception: {kind.__name__}: {value}")
        sys.__excepthook__(kind, value, traceback)

    message_boxes.exec_dialog = dialog
    qInstallMessageHandler(on_message)
    sys.excepthook = on_exception
    return problems


def pdf_round_trip() -> str:
    """Write a one-page PDF with QPdfWriter and render it back with QtPdf; "" when that fails."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
    from PySide6.QtPdf import QPdfDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    QPainter(writer).end()
    buffer.close()
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.render(0, QSize(60, 80)) if document.pageCount() else None
    return f"{document.pageCount()} page" if page and not page.isNull() else ""


def self_check(families: list[str], skip: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Check what the installed program must carry; prints one line per check and returns the
    failures. Fonts registered, the time zone database (tzdata on Windows), pythainlp's
    dictionary read in place, nlpo3's segmentation and the keep-whole words, translations, image
    formats, QtPdf/QtPrintSupport working, python-docx's default template, a chart drawn for a
    Word file (ReportLab and pypdfium2), and the modules imported by name (views, documents).
    ``skip`` names checks left out (reported as skipped). Raises ImportError when one is not
    bundled, OSError when a bundled file is missing."""
    import importlib
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    import docx
    from PySide6.QtGui import QGuiApplication, QImageReader
    from PySide6.QtPrintSupport import QPrinter

    from ita_desktop import documents, paths, thainlp
    from ita_desktop.documents.content import Chart
    from ita_desktop.documents.docx_render import chart_picture
    from ita_desktop.framework import available_fiscal_years, load_framework
    from ui import i18n, main_window

    checks: dict[str, object] = {}
    checks["platform"] = QGuiApplication.platformName()
    checks["fonts"] = ", ".join(sorted(set(families)))
    offset = datetime.now(ZoneInfo("Asia/Bangkok")).utcoffset()
    checks["zoneinfo"] = f"Asia/Bangkok UTC+{offset}" if offset == timedelta(hours=7) else ""
    framework = load_framework(max(available_fiscal_years()))
    words = thainlp.word_tokenize(framework.indicators[0].title)  # Thai text from the core
    checks["word segmentation"] = "|".join(words) if len(words) > 1 else ""
    checks["keep-whole words"] = f"{len(thainlp.keep_whole_words())} words"
    checks["word template"] = "python-docx default" if docx.Document().sections else ""
    png, _ = chart_picture(Chart("tools", (("IIT", 90.0), ("EIT", 80.0), ("OIT", None))))
    checks["pdfium chart"] = f"{len(png)} bytes of PNG" if png.startswith(b"\x89PNG") else ""
    checks["translations"] = ", ".join(
        c for c in i18n.CATALOGUES if i18n.qm_path(c).is_file())
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    checks["imageformats"] = "png jpeg" if {"png", "jpeg"} <= formats else ""
    if "qtpdf" in skip:
        checks["qtpdf"] = "skipped"
    else:
        checks["qtpdf"] = pdf_round_trip()
    checks["printsupport"] = "QPrinter" if QPrinter().isValid() else ""
    checks["resources"] = str(paths.RESOURCES) if paths.FRAMEWORKS.is_dir() else ""
    by_name = [m for m, _ in main_window.SECTION_VIEWS.values()] + list(documents._MODULES.values())
    checks["imported by name"] = f"{len({importlib.import_module(m) for m in by_name})} modules"
    failed = []
    for name, value in checks.items():
        _say(f"self-check {name}: {value or 'FAILED'}")
        if not value:
            failed.append(f"self-check: {name}")
    return failed


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the file and run the Qt event loop; returns the exit code."""
    args = parse_args(argv)
    from ita_desktop.thainlp import ensure_pythainlp_env

    ensure_pythainlp_env()  # pythainlp reads its bundled dictionary; nothing in the home folder

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import settings as keys
    from ui.i18n import install_translators
    from ui.settings import Settings

    problems = watch_for_failures() if args.quit_when_ready else []
    if args.no_desktop_settings:
        QApplication.setDesktopSettingsAware(False)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ITA Desktop")
    app.setOrganizationName("ITA Desktop")
    families = use_bundled_thai_font(app)
    use_icon(app)
    settings = Settings(args.settings_file)
    install_translators(app, settings.get(keys.LANGUAGE))  # before any window is built
    window = create_window(settings, args.db or args.path)
    QTimer.singleShot(PRINT_WARM_UP_DELAY_MS, warm_up_printing)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, window.close)
    if args.quit_when_ready:
        deadline = time.monotonic() + READY_TIMEOUT_S

        def close_when_ready():
            if window.document is not None:
                if args.self_check:
                    try:
                        problems.extend(self_check(families, args.skip_check))
                    except Exception as exc:  # a module or plugin not bundled
                        problems.append(f"self-check: {type(exc).__name__}: {exc}")
                if args.screenshot is not None and not window.grab().save(str(args.screenshot)):
                    problems.append(f"screenshot: cannot write {args.screenshot}")
                if args.hold > 0:
                    _say("ita-desktop: ready")
                    QTimer.singleShot(args.hold, window.close)
                else:
                    window.close()
            elif problems or time.monotonic() > deadline:
                problems.append("the file was not opened" if problems else
                                f"the file was not open after {READY_TIMEOUT_S} s")
                window.close()
            else:
                QTimer.singleShot(1, close_when_ready)

        QTimer.singleShot(0, close_when_ready)
    code = app.exec()
    leave_the_clipboard_to_qt(app)
    from ui.session import finish_lock_work

    finish_lock_work()  # the lock files of closed windows are gone before the program ends
    for thread in threading.enumerate():  # the print warm-up: never cut off inside ReportLab
        if thread.name == "print-warm-up":
            thread.join(timeout=10)
    if problems:
        _say("ita-desktop: " + "; ".join(problems))
        return code or 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
