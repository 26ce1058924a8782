"""A small dialog for one piece of dated evidence of a follow-up report: its title ("ประกาศ …"),
its date in the Buddhist era and the link where it is published.

The dialog does not write: on OK it asks ``check(title, date, url)`` for the core's message per
field ({"title" | "date" | "url": message}) and shows each beside its field, staying open; only
when nothing is refused does it call ``submit(title, date, url)``, which writes and returns a
true value, or a false one with the reason in ``failure()`` (shown under the fields). Opened
with ``open()`` (window-modal, not blocking), so the window and tests keep running.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import periods
from ui.widgets.dates import ERROR_STYLE, FIELD_ERROR_STYLE, ThaiDateEdit
from ui.widgets.plain_paste import PlainPasteLineEdit

Check = Callable[[str, dt.date | None, str], dict[str, str]]
Submit = Callable[[str, dt.date | None, str], object]


class EvidenceDialog(QDialog):
    """``title``, ``date`` (ThaiDateEdit) and ``url`` are the fields; ``errors`` maps "title",
    "url" and "general" to the message labels (the date field shows its own)."""

    def __init__(self, *, check: Check, submit: Submit, failure: Callable[[], str],
                 evidence: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._check, self._submit, self._failure = check, submit, failure
        self.setWindowTitle(self.tr("Edit Evidence") if evidence else self.tr("Add Evidence"))
        self.setMinimumWidth(520)
        self.title = PlainPasteLineEdit()
        self.title.setObjectName("evidence-title")
        self.title.setPlaceholderText(self.tr("e.g. announcement of the service steps"))
        self.date = ThaiDateEdit(label=self.tr("Date of the evidence"))
        self.date.setObjectName("evidence-date")
        self.url = PlainPasteLineEdit()
        self.url.setObjectName("evidence-url")
        self.url.setPlaceholderText("https://")
        self.errors: dict[str, QLabel] = {}
        for name in ("title", "url", "general"):
            label = QLabel()
            label.setObjectName(f"evidence-{name}-error")
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            self.errors[name] = label
        form = QFormLayout()
        form.addRow(self.tr("Title"), self._with_error(self.title, "title"))
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Link"), self._with_error(self.url, "url"))
        hint = QLabel(self.tr("Type the date in the Buddhist era, e.g. 5/1/2569 or 5 ม.ค. 2569. "
                              "The link must start with http:// or https://."))
        hint.setWordWrap(True)
        hint.setStyleSheet("QLabel { color: #555; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.buttons)
        if evidence:
            self.title.setText(evidence.get("title") or "")
            self.date.set_date(evidence.get("date"))
            self.url.setText(evidence.get("url") or "")

    def _with_error(self, edit: QLineEdit, name: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(edit)
        layout.addWidget(self.errors[name])
        return box

    def _show(self, name: str, message: str) -> None:
        self.errors[name].setText(message)
        self.errors[name].setVisible(bool(message))
        if name == "title":
            self.title.setStyleSheet(FIELD_ERROR_STYLE if message else "")
        elif name == "url":
            self.url.setStyleSheet(FIELD_ERROR_STYLE if message else "")

    def try_accept(self) -> bool:
        """Check and submit what is typed; close only when it was stored."""
        try:
            day = self.date.parsed()
        except periods.DateError as exc:
            self.date.set_error(str(exc))
            day = None
            date_refused = True
        else:
            self.date.set_error("")
            date_refused = False
        title, url = self.title.text().strip(), self.url.text().strip()
        problems = self._check(title, day, url)
        self._show("title", problems.get("title", ""))
        self._show("url", problems.get("url", ""))
        if "date" in problems:
            self.date.set_error(problems["date"])
        self._show("general", "")
        if problems or date_refused:
            self._fit()
            return False
        if not self._submit(title, day, url):
            self._show("general", self._failure())
            self._fit()
            return False
        self.accept()
        return True

    def _fit(self) -> None:
        """Grow to show the messages in full (a wrapped label does not ask for it itself)."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
