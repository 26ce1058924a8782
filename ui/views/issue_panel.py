"""One analysis issue (ประเด็นการวิเคราะห์): its items with scores, the lowest one highlighted,
and the office's texts for สาเหตุ (cause) and แนวทางการยกระดับ (guideline), each in a
ui.widgets.text_box.TextBox (committed when the user leaves it: one undoable change)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.analysis import IssueAnalysis
from ita_desktop.numbers import format_score
from ui.widgets.text_box import TextBox

LOWEST_STYLE = "background-color: #fdebd0; font-weight: bold;"


class IssuePanel(QGroupBox):
    """``text_committed(field, text)`` with field "cause" or "guideline"."""

    text_committed = Signal(str, str)

    def __init__(self, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.lowest_code: str | None = None
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self.items = QWidget()
        self.grid = QGridLayout(self.items)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        self.grid.setColumnStretch(1, 1)
        self.cause = TextBox()
        self.guideline = TextBox()
        self.cause.setAccessibleName(self.tr("Cause"))
        self.guideline.setAccessibleName(self.tr("Guideline for improvement"))
        self.cause.committed.connect(lambda text: self.text_committed.emit("cause", text))
        self.guideline.committed.connect(lambda text: self.text_committed.emit("guideline", text))
        self.cause_label = QLabel(self.tr("Cause"))
        self.guideline_label = QLabel(self.tr("Guideline for improvement"))
        texts = QFormLayout()
        texts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        texts.addRow(self.cause_label, self.cause)
        texts.addRow(self.guideline_label, self.guideline)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items)
        layout.addLayout(texts)

    def set_issue(self, issue: IssueAnalysis, *, cause: str, guideline: str,
                  edited: frozenset[str] = frozenset()) -> None:
        """Show an issue with its texts; ``edited`` names the fields the office has edited."""
        self.setTitle(self.tr("Issue %1 %2").replace("%1", str(issue.number))
                      .replace("%2", issue.title))
        codes = [entry.code for entry in issue.entries]
        if codes != list(self.rows):
            self._build_rows(codes)
        self.lowest_code = issue.lowest.code if issue.lowest else None
        for entry in issue.entries:
            code_label, title_label, score_label = self.rows[entry.code]
            title_label.setText(entry.title)
            score_label.setText(format_score(entry.score, missing=self.tr("Not scored")))
            lowest = entry.code == self.lowest_code
            for label in (code_label, title_label, score_label):
                label.setStyleSheet(LOWEST_STYLE if lowest else "")
            score_label.setToolTip(self.tr("Lowest score in this issue") if lowest else "")
        self.cause.show_text(cause)
        self.guideline.show_text(guideline)
        marker = self.tr(" (edited by the office)")
        self.cause_label.setText(self.tr("Cause") + (marker if "cause" in edited else ""))
        self.guideline_label.setText(self.tr("Guideline for improvement")
                                     + (marker if "guideline" in edited else ""))

    def _build_rows(self, codes: list[str]) -> None:
        for labels in self.rows.values():
            for label in labels:
                label.deleteLater()
        self.rows = {}
        for row, code in enumerate(codes):
            labels = (QLabel(code), QLabel(), QLabel())
            labels[1].setWordWrap(True)
            labels[0].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            labels[1].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            labels[2].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            for column, label in enumerate(labels):
                label.setContentsMargins(6, 3, 6, 3)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(label, row, column)
            self.rows[code] = labels

    def commit(self) -> None:
        self.cause.commit()
        self.guideline.commit()
