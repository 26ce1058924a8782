"""``ita-desktop [PATH]``: start the application on a database file (the newest recent file when
no path is given, and a copy of the example database on first run)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def use_bundled_thai_font(app) -> None:
    """Register the bundled Sarabun family so Thai shows on machines without a Thai font."""
    from PySide6.QtGui import QFont, QFontDatabase

    from ita_desktop import paths

    families = []
    for file in sorted(paths.FONTS.glob("Sarabun-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0])
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ita-desktop")
    parser.add_argument("path", nargs="?", type=Path, help="the database file to open")
    parser.add_argument("--db", type=Path, help="the database file to open (same as PATH)")
    parser.add_argument("--settings-file", type=Path, help="use this settings file")
    parser.add_argument("--quit-after", type=int, default=0, help=argparse.SUPPRESS)
    # benchmarks: close as soon as the file is open and shown
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def create_window(settings, path: Path | None = None):
    """Show the main window on ``path``; without one, on the newest recent file that still
    exists; on first run (neither), on a copy of the example database in the data folder."""
    from ui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    if path is None:
        recent = [p for p in settings.recent_files() if p.exists()]
        path = recent[0] if recent else None
    if path is not None:
        window.open_file(path)
    else:
        window.open_example()
    return window


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, open the file and run the Qt event loop; returns the exit code."""
    args = parse_args(argv)
    os.environ.setdefault("PYTHAINLP_DATA", os.path.join(tempfile.gettempdir(), "ita-pythainlp"))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import settings as keys
    from ui.i18n import install_translators
    from ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ITA Desktop")
    app.setOrganizationName("ITA Desktop")
    use_bundled_thai_font(app)
    settings = Settings(args.settings_file)
    install_translators(app, settings.get(keys.LANGUAGE))  # before any window is built
    window = create_window(settings, args.db or args.path)
    if args.quit_after:
        QTimer.singleShot(args.quit_after, window.close)
    if args.quit_when_ready:
        def close_when_ready():
            if window.document is not None:
                window.close()
            else:
                QTimer.singleShot(1, close_when_ready)

        QTimer.singleShot(0, close_when_ready)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
