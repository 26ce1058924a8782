"""The preview shown before a pasted column of scores is written: where each line goes (indicator or
item), the score there now and the one that replaces it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.paste_preview import COL_TITLE, PastePreviewModel, PasteRow, describe_targets


class PastePreviewDialog(QDialog):
    """Lists what a paste will fill. OK is disabled while any line is refused, so a paste is
    written whole or not at all.

    ``auto_accept`` (class flag, for tests): ``confirm()`` accepts a paste without showing the
    dialog when no line is refused.
    """

    auto_accept = False

    def __init__(self, rows: list[PasteRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste Scores from the Clipboard"))
        self.model = PastePreviewModel(rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        errors = self.model.has_errors()
        if errors:
            text = self.tr("Some lines cannot be saved (see the rightmost column). Correct the "
                           "copied data and paste again.")
        elif rows and rows[0].is_indicator:
            text = self.tr("These %1 scores will be saved as the scores of %2; item scores are "
                           "not changed. Check them, then press OK.")
        else:
            text = self.tr("These %1 scores will be saved as the scores of %2. Check them, then "
                           "press OK.")
        self.intro = intro = QLabel(text.replace("%1", str(len(rows)))
                                    .replace("%2", describe_targets(rows)))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(760, 420)

    def confirm(self) -> bool:
        """Show the preview modally; True when the user accepts (or ``auto_accept`` is set and
        every line was accepted)."""
        if type(self).auto_accept:
            return not self.model.has_errors()
        return self.exec() == QDialog.DialogCode.Accepted
