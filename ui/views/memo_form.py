"""The fields of one memo (บันทึกข้อความ) of a fiscal year, as they will print.

Shown values are ita_desktop.documents.memo_draft.memo_fields: the memo's stored fields, then
(addressee, signer, comment blocks) last year's memo, then the draft. A field the office changes
is stored with the year's memo through ``document.memos.save`` (undoable), so it prints and next
year's memo starts from it; a field left empty prints the draft. "Re-draft from the data" puts the
body back to the draft (asking first when the office had edited it) by clearing the stored body,
so the body follows the data again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.documents import DocumentError, DocumentOptions, prepare
from ita_desktop.documents.memo_draft import MEMO_KINDS, PURPOSES, draft_memo, memo_fields
from ita_desktop.documents.options import MEMO_DOCUMENT
from ui.document import Document
from ui.views.memo_reviewers import ReviewersEditor
from ui.widgets.dates import ThaiDateEdit
from ui.widgets.plain_paste import PlainPasteLineEdit
from ui.widgets.text_box import TextBox

ERROR_STYLE = "QLabel { color: #b00020; }"
HINT_STYLE = "QLabel { color: #555; }"
LINE_FIELDS = ("number", "subject", "to_whom", "signer_name", "signer_position")
"""Stored memo fields edited in a line edit (storage.memos.FIELDS)."""
EXTRA_LINES = ("closing", "chief_name", "chief_position", "chief_text")
"""Keys of the memo's ``extra`` edited in a line edit."""
EXTRA_FLAGS = ("chief_block",)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question, No by default (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class MemoForm(QWidget):
    """Edits the memo of ``kind`` ("memo-measures" | "memo-results") of ``fiscal_year`` (set
    with ``set_memo``). ``lines`` maps LINE_FIELDS and EXTRA_LINES to their QLineEdit,
    ``flags`` EXTRA_FLAGS to their QCheckBox; ``purpose`` (data: PURPOSES), ``reviewers`` (the
    chain of comment blocks), ``date``, ``body`` and ``redraft_button``; ``error`` shows the
    core's refusal. ``shown`` is what memo_fields gave at the last refresh."""

    edited = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.fiscal_year: int | None = None
        self.kind: str | None = None
        self.shown: dict[str, Any] = {}
        self.lines: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}
        hint = QLabel(self.tr("An empty field prints the draft. Next year’s memo starts from "
                              "this year’s addressee, signer and comment blocks."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.error = QLabel()
        self.error.setObjectName("memo-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(hint)
        form.addRow(self.error)
        form.addRow(self.tr("Number"), self._line("number"))
        self.date = ThaiDateEdit(label=self.tr("Date"))
        self.date.committed.connect(lambda day: self._save(date=day))
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Subject"), self._line("subject"))
        form.addRow(self.tr("To"), self._line("to_whom"))
        self.body = TextBox()
        self.body.setObjectName("memo-body")
        self.body.setAccessibleName(self.tr("Body"))
        self.body.committed.connect(lambda text: self._save(body=text))
        self.redraft_button = QPushButton(self.tr("Re-draft from the Data"))
        self.redraft_button.setToolTip(self.tr("Replace the body with a new draft from the "
                                               "analysis and the measures"))
        self.redraft_button.clicked.connect(self.redraft)
        body_box = QVBoxLayout()
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.addWidget(self.body)
        body_box.addWidget(self.redraft_button, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(QLabel(self.tr("Body")))
        form.addRow(body_box)
        self.purpose = QComboBox()
        self.purpose.setObjectName("memo-purpose")
        self.purpose.addItem(self.tr("Approval (approve / do not approve boxes)"), "approve")
        self.purpose.addItem(self.tr("Information only (no approval boxes)"), "inform")
        self.purpose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.purpose.setMinimumContentsLength(10)  # a long choice must not widen the side pane
        self.purpose.activated.connect(self._purpose_chosen)
        form.addRow(self.tr("The memo asks"), self.purpose)
        form.addRow(self.tr("Closing sentence"), self._line("closing"))
        form.addRow(self.tr("Signer"), self._line("signer_name"))
        form.addRow(self.tr("Signer’s position"), self._line("signer_position"))
        form.addRow(QLabel(self.tr("Comment blocks before the chief executive’s, in the order "
                                   "of signing")))
        self.reviewers = ReviewersEditor()
        self.reviewers.changed.connect(lambda chain: self._save_extra("reviewers", chain))
        form.addRow(self.reviewers)
        form.addRow(self._flag("chief_block",
                               self.tr("Print the chief executive’s decision block")))
        form.addRow(self.tr("Chief executive’s name"), self._line("chief_name"))
        form.addRow(self.tr("Chief executive’s position"), self._line("chief_position"))
        form.addRow(self.tr("Chief executive’s comment"), self._line("chief_text"))
        self.lines["chief_text"].setPlaceholderText(self.tr("Empty: written by hand"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        document.changed.connect(self._changed)

    def _line(self, name: str) -> QLineEdit:
        edit = PlainPasteLineEdit()
        edit.setObjectName(f"memo-{name}")
        edit.editingFinished.connect(lambda n=name: self._line_finished(n))
        self.lines[name] = edit
        return edit

    def _flag(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"memo-{name}")
        box.toggled.connect(lambda on, n=name: self._flag_toggled(n, on))
        self.flags[name] = box
        return box

    # Showing ----------------------------------------------------------------------------

    @property
    def store_kind(self) -> str | None:
        """The stored memo's kind ("measures" | "results")."""
        return MEMO_KINDS.get(self.kind or "")

    def set_memo(self, fiscal_year: int, kind: str) -> None:
        """Show the memo of ``kind`` (a MEMO_KINDS key, or a memo with its attachments) of
        ``fiscal_year``."""
        kind = MEMO_DOCUMENT.get(kind, kind)
        if (fiscal_year, kind) != (self.fiscal_year, self.kind):
            self.commit_pending()
            self.fiscal_year, self.kind = fiscal_year, kind
            self._set_error("")
            for edit in self.lines.values():
                edit.setModified(False)
            self.body.shown = ""
            self.body.setPlainText("")
            self.date.set_error("")
        self.refresh()

    def context(self):
        """The memo's DocumentContext (ita_desktop.documents.prepare); raises DocumentError."""
        return prepare(self.kind, self.document.store, fiscal_year=self.fiscal_year,
                       options=DocumentOptions(allow_empty=True))

    def refresh(self) -> None:
        """Show memo_fields again; a field being typed in keeps its text."""
        if self.kind not in MEMO_KINDS or self.fiscal_year is None:
            return
        try:
            self.shown = memo_fields(self.context())
        except DocumentError as exc:
            self.shown = {}
            self._set_error(str(exc))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        for name, edit in self.lines.items():
            if edit.hasFocus() and edit.isModified():
                continue
            edit.setText(str(self.shown.get(name) or ""))
            edit.setToolTip(edit.text())  # the whole value when the field is too narrow
            edit.setCursorPosition(0)
            edit.setModified(False)
        self.date.set_date(self.shown.get("date") or None)
        self.body.show_text(str(self.shown.get("body") or ""))
        for name, box in self.flags.items():
            box.blockSignals(True)
            box.setChecked(bool(self.shown.get(name)))
            box.blockSignals(False)
        self.purpose.setCurrentIndex(max(self.purpose.findData(self.shown.get("purpose")), 0))
        self.reviewers.set_reviewers(list(self.shown.get("reviewers") or []))
        self._update_enabled()

    def _update_enabled(self) -> None:
        read_only = self.document.store.read_only
        for edit in self.lines.values():
            edit.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.date.edit.setReadOnly(read_only)
        self.date.button.setEnabled(not read_only)
        self.redraft_button.setEnabled(not read_only)
        self.purpose.setEnabled(not read_only)
        self.reviewers.set_read_only(read_only)
        for box in self.flags.values():
            box.setEnabled(not read_only)
        for key in ("chief_name", "chief_position", "chief_text"):
            self.lines[key].setEnabled(self.flags["chief_block"].isChecked())

    def commit_pending(self) -> None:
        """Save what is being typed in the focused field (before printing or switching)."""
        for name, edit in self.lines.items():
            if edit.isModified():
                self._line_finished(name)
        if self.body.pending() and self.body.hasFocus():
            self.body.commit()

    # Edits ------------------------------------------------------------------------------

    def _line_finished(self, name: str) -> None:
        edit = self.lines[name]
        if not edit.isModified() or self.kind is None:
            return
        text = edit.text().strip()
        if text == str(self.shown.get(name) or "").strip():
            edit.setModified(False)
            return
        saved = self._save(**{name: text}) if name in LINE_FIELDS else self._save_extra(name, text)
        if saved:
            edit.setModified(False)

    def _flag_toggled(self, name: str, on: bool) -> None:
        if bool(self.shown.get(name)) != on and not self._save_extra(name, on):
            self.refresh()
        self._update_enabled()

    def _purpose_chosen(self, _index: int) -> None:
        purpose = self.purpose.currentData()
        if purpose in PURPOSES and purpose != self.shown.get("purpose"):
            extra = dict(self.shown.get("extra") or {})
            extra["purpose"] = purpose
            extra.pop("closing", None)  # the closing follows what the memo asks
            if not self._save(extra=extra):
                self.refresh()

    def _save_extra(self, key: str, value: Any) -> bool:
        """Store ``extra`` as shown (the year's own, else last year's) with ``key`` changed, so
        carried comment-block people are kept when one of them is edited."""
        extra = dict(self.shown.get("extra") or {})
        extra[key] = value
        return self._save(extra=extra)

    def _save(self, **fields: Any) -> bool:
        if self.kind is None or self.fiscal_year is None:
            return False
        if "body" in fields and fields["body"].strip() == str(self.shown.get("body", "")).strip():
            return True
        if "date" in fields and _iso(fields["date"]) == (self.shown.get("date") or None):
            return True
        saved = self.document.memos.save(self.fiscal_year, self.store_kind, **fields)
        self._set_error("" if saved else self.document.last_error)
        if saved:
            self.edited.emit()
        return bool(saved)

    def redraft(self) -> bool:
        """Put the body back to the draft from the data; asks first when the office edited it.
        Returns True when the body now follows the draft."""
        if self.kind is None or self.document.store.read_only:
            return False
        self.body.commit()
        stored = ((self.document.memos.get(self.fiscal_year, self.store_kind) or {})
                  .get("body") or "").strip()
        try:
            draft = draft_memo(self.context(), purpose=self.shown.get("purpose"))["body"]
        except DocumentError as exc:
            self._set_error(str(exc))
            return False
        if not stored:
            self.body.show_text(draft)
            return True
        if stored != draft.strip() and not confirm(
                self, self.tr("Re-draft the Memo"),
                self.tr("The office has edited the body of this memo. Replace it with a new "
                        "draft from the data? (Edit › Undo brings the edited text back.)")):
            return False
        saved = self.document.memos.save(self.fiscal_year, self.store_kind, body="")
        self._set_error("" if saved else self.document.last_error)
        return bool(saved)

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _changed(self, _area: str, _fiscal_year: int) -> None:
        # Memo fields, the profile (signers, office), the measures and the analysis all feed the
        # shown values; refreshing costs a few milliseconds.
        if self.kind is not None:
            self.refresh()


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value or None
