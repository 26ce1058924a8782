"""The office emblem (ตราสัญลักษณ์, e.g. the Garuda) in the office form: choose an image file,
see it, remove it. The image is stored in the database file, so a copied file prints the same
memos anywhere. Choosing and removing are undoable; a file the core refuses (not PNG/JPEG, over
5 MB) shows the core's message under the buttons and stores nothing."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.storage import profile
from ui.commands import EmblemCommand
from ui.document import PROFILE, Document

PREVIEW_SIZE = 128
MAX_READ_BYTES = 64 * 1024 * 1024  # larger files are not read at all
ERROR_STYLE = "color: #b00020;"
IMAGE_FILTER = "PNG, JPEG (*.png *.jpg *.jpeg);;All files (*)"
SIGNATURES = profile.EMBLEM_TYPES


def sniff_mime(data: bytes, path: Path) -> str:
    """The image type by content (PNG/JPEG signature), else by file name (the core refuses)."""
    for mime, heads in SIGNATURES.items():
        if data.startswith(heads):
            return mime
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


class EmblemWidget(QWidget):
    """``preview`` shows the stored image scaled into PREVIEW_SIZE; ``error`` the last refusal."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.preview = QLabel()
        self.preview.setObjectName("emblem-preview")
        self.preview.setFixedSize(PREVIEW_SIZE + 8, PREVIEW_SIZE + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setStyleSheet("background: white; color: #8a8a8a;")
        self.choose_button = QPushButton(self.tr("Choose Image…"))
        self.choose_button.clicked.connect(lambda _checked=False: self.choose())
        self.clear_button = QPushButton(self.tr("Remove Image"))
        self.clear_button.clicked.connect(lambda _checked=False: self.clear())
        hint = QLabel(self.tr("A PNG or JPEG image of at most 5 MB, "
                              "printed at the head of memos (1.5 cm high)"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b6b6b;")
        self.error = QLabel()
        self.error.setObjectName("emblem-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._refusal: str | None = None
        self._chosen_name = ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(hint)
        side.addWidget(self.error)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)
        document.changed.connect(self._changed)
        self.refresh()

    def choose(self, path: Path | str | None = None) -> bool:
        """Store the image at ``path`` (asks with a file dialog when None); True when stored."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the Emblem Image"), "",
                                                    IMAGE_FILTER)
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_READ_BYTES:
                return self._fail(self.tr("The file “%1” is too large (%2 MB); it must be 5 MB or less")
                                  .replace("%1", path.name)
                                  .replace("%2", f"{size / 1048576:.0f}"))
            data = path.read_bytes()
        except OSError as exc:
            return self._fail(self.tr("Cannot read the file “%1” (%2)").replace("%1", path.name)
                              .replace("%2", exc.strerror or str(exc)))
        mime = sniff_mime(data, path)
        if mime in SIGNATURES and len(data) <= profile.MAX_EMBLEM_BYTES \
                and QImage.fromData(data).isNull():
            return self._fail(self.tr("The file “%1” is a damaged image and cannot be opened").replace("%1", path.name))
        self._chosen_name = path.name
        return self._push((data, mime), self.tr("Change emblem"))

    def clear(self) -> bool:
        """Remove the stored emblem (undoable); False when there is none."""
        if self.document.profile()["emblem"] is None:
            return False
        self._chosen_name = ""
        return self._push(None, self.tr("Remove emblem"))

    def _push(self, new, text: str) -> bool:
        if self.document.store.read_only:
            return self._fail(self.document.store.read_only_reason
                              or self.tr("This file is open read-only"))
        stored = self.document.profile()
        old = (stored["emblem"], stored["emblem_mime"]) if stored["emblem"] else None
        self._refusal = None
        self.document.undo_stack.push(EmblemCommand(self.document, old=old, new=new, text=text,
                                                    on_error=self._report))
        return self._refusal is None

    def _report(self, message: str) -> None:
        self._refusal = message
        if self._chosen_name:
            message = self.tr("Cannot use the file “%1” as the emblem: %2") \
                .replace("%1", self._chosen_name).replace("%2", message)
        self._fail(message)
        self.document.report_failure(message)

    def _fail(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        return False

    def refresh(self) -> None:
        stored = self.document.profile()
        pixmap = QPixmap()
        if stored["emblem"]:
            pixmap.loadFromData(stored["emblem"])
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image yet") if not stored["emblem"]
                                 else self.tr("Cannot show the image"))
        else:
            self.preview.setPixmap(pixmap.scaled(
                PREVIEW_SIZE, PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        writable = not self.document.store.read_only
        self.choose_button.setEnabled(writable)
        self.clear_button.setEnabled(writable and stored["emblem"] is not None)

    def _changed(self, area: str, _fiscal_year: int) -> None:
        if area == PROFILE:
            self.error.hide()
            self.refresh()
