"""The analysis report's own texts of one fiscal year, as the office edits them: the preface
(คำนำ), the limitations (ข้อจำกัด) and one recommendation per tool or tool part (ข้อเสนอแนะ; IIT,
EIT ส่วนที่ 1 and 2, OIT from 2567). Each box shows the office's text or the current draft
(workbook.texts_of) and reports an edit when the user leaves it; the view turns that into one
undoable change (Document.set_analysis_text). A box whose text the office wrote is marked so."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ita_desktop.framework import Framework
from ita_desktop.report_texts import (
    LIMITATIONS,
    PREFACE,
    code_title,
    recommendation_codes,
    recommendation_key,
)
from ui.widgets.text_box import TextBox

HINT_STYLE = "QLabel { color: #555; }"


class ReportTextsPanel(QWidget):
    """``boxes`` maps each text's key (scope, key, field) to its TextBox and ``labels`` to the
    label above it. ``text_committed(key, text)`` when the user has changed one."""

    text_committed = Signal(tuple, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[tuple[str, str, str], TextBox] = {}
        self.labels: dict[tuple[str, str, str], QLabel] = {}
        self._codes: tuple[str, ...] = ()
        hint = QLabel(self.tr("These texts print in the analysis report as written here. An "
                              "empty box prints nothing; a box left as drafted follows the "
                              "scores. Next year starts from the preface and limitations "
                              "written here."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.texts = QGroupBox(self.tr("Preface and limitations"))
        self.texts_form = QFormLayout(self.texts)
        self.texts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add(self.texts_form, PREFACE, self.tr("Preface"))
        self._add(self.texts_form, LIMITATIONS, self.tr("Limitations of the analysis"))
        self.recommendations = QGroupBox(self.tr("Recommendations"))
        self.recommendations_form = QFormLayout(self.recommendations)
        self.recommendations_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(hint)
        self.layout_.addWidget(self.texts)
        self.layout_.addWidget(self.recommendations)

    def _add(self, form: QFormLayout, key: tuple[str, str, str], title: str) -> None:
        box = TextBox()
        box.setAccessibleName(title)
        box.setObjectName("report-text-" + "-".join(key[1:]))
        box.committed.connect(lambda text, k=key: self.text_committed.emit(k, text))
        label = QLabel(title)
        label.setProperty("title", title)
        form.addRow(label, box)
        self.boxes[key] = box
        self.labels[key] = label

    def set_framework(self, framework: Framework) -> None:
        """One recommendation box per tool or part of ``framework`` (rebuilt when they change)."""
        codes = recommendation_codes(framework)
        if codes == self._codes:
            return
        for key in [k for k in self.boxes if k[1] == "recommendations"]:
            self.recommendations_form.removeRow(self.boxes.pop(key))
            self.labels.pop(key)
        for code in codes:
            self._add(self.recommendations_form, recommendation_key(code),
                      code_title(framework, code))
        self._codes = codes

    def set_texts(self, texts: dict, edited: set) -> None:
        """Show ``texts`` (key → text, workbook.texts_of); keys in ``edited`` are the office's."""
        marker = self.tr(" (edited by the office)")
        for key, box in self.boxes.items():
            box.show_text(texts.get(key, ""))
            title = self.labels[key].property("title")
            self.labels[key].setText(title + (marker if key in edited else ""))

    def commit(self) -> None:
        """Report the box being typed in (as leaving it would)."""
        for box in self.boxes.values():
            if box.hasFocus():
                box.commit()

    def label_of(self, key: tuple[str, str, str]) -> str | None:
        """The title of a text shown here, or None."""
        label = self.labels.get(key)
        return label.property("title") if label is not None else None
