"""The pictures of a year's analysis report (ภาพที่ ๑, ๒ … under the results, e.g. screenshots of
the NACC's results page): a list with thumbnails and captions, Add…, Remove, Move Up/Down and
the caption of the chosen one. Every change goes through ``document.images`` (undoable)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.document import Document
from ui.widgets.messages import error_label
from ui.widgets.plain_paste import PlainPasteLineEdit

IdRole = Qt.ItemDataRole.UserRole + 1
THUMB = QSize(120, 80)


class ReportImagesPanel(QGroupBox):
    """``list`` (items hold the picture id in IdRole), ``caption``, ``add_button``,
    ``remove_button``, ``up_button``, ``down_button``, ``error``; ``choose_file()`` returns the
    path picked in the file dialog ("" when cancelled; tests replace it)."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(self.tr("Pictures in the report"), parent)
        self.document = document
        self.fiscal_year: int | None = None
        hint = QLabel(self.tr("Screenshots of the NACC’s results page, for example. They print "
                              "under the results, numbered, with their captions (PNG or JPEG, "
                              "up to 8 MB)."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #555; }")
        self.list = QListWidget()
        self.list.setObjectName("report-images")
        self.list.setIconSize(THUMB)
        self.list.setMaximumHeight(3 * (THUMB.height() + 10))
        self.list.currentRowChanged.connect(self._chosen)
        self.caption = PlainPasteLineEdit()
        self.caption.setObjectName("report-image-caption")
        self.caption.setPlaceholderText(self.tr("Caption, e.g. ผลการประเมินภาพรวม"))
        self.caption.editingFinished.connect(self._caption_finished)
        self.add_button = QPushButton(self.tr("Add Picture…"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.up_button = QPushButton(self.tr("Move Up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move Down"))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.error = error_label()
        self.error.setObjectName("report-images-error")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a Picture to the Report"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        return path

    def set_year(self, fiscal_year: int | None) -> None:
        self.fiscal_year = fiscal_year
        self.refresh()

    def refresh(self) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        images = self.document.images.list(self.fiscal_year) if self.fiscal_year else []
        for n, image in enumerate(images, start=1):
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(bytes(image["data"])))
            item = QListWidgetItem(QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation)),
                                   self.tr("Picture %1: %2").replace("%1", str(n))
                                   .replace("%2", image["caption"] or "–"))
            item.setData(IdRole, image["id"])
            self.list.addItem(item)
            if image["id"] == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._chosen()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(IdRole) if item is not None else None

    def _chosen(self, *_args) -> None:
        image_id = self.current_id()
        caption = ""
        for image in (self.document.images.list(self.fiscal_year) if image_id else []):
            if image["id"] == image_id:
                caption = image["caption"]
        if not self.caption.hasFocus() or not self.caption.isModified():
            self.caption.setText(caption)
            self.caption.setModified(False)
        read_only = self.document.store.read_only
        row, count = self.list.currentRow(), self.list.count()
        self.caption.setEnabled(image_id is not None and not read_only)
        self.add_button.setEnabled(self.fiscal_year is not None and not read_only)
        self.remove_button.setEnabled(image_id is not None and not read_only)
        self.up_button.setEnabled(row > 0 and not read_only)
        self.down_button.setEnabled(0 <= row < count - 1 and not read_only)

    def _report(self, ok) -> None:
        self.error.setText("" if ok else self.document.last_error)
        self.error.setVisible(not ok and bool(self.document.last_error))

    def add(self) -> None:
        if self.fiscal_year is None:
            return
        path = self.choose_file()
        if not path:
            return
        image_id = self.document.images.add_file(self.fiscal_year, path)
        self._report(image_id)
        if image_id:
            for row in range(self.list.count()):
                if self.list.item(row).data(IdRole) == image_id:
                    self.list.setCurrentRow(row)

    def remove(self) -> None:
        image_id = self.current_id()
        if image_id is not None:
            self._report(self.document.images.remove(image_id))

    def move(self, step: int) -> None:
        image_id, row = self.current_id(), self.list.currentRow()
        if image_id is not None:
            self._report(self.document.images.move(self.fiscal_year, image_id, row + step))

    def _caption_finished(self) -> None:
        image_id = self.current_id()
        if image_id is None or not self.caption.isModified():
            return
        self.caption.setModified(False)
        self._report(self.document.images.set_caption(self.fiscal_year, image_id,
                                                      self.caption.text()))
