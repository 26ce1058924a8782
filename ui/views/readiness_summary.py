"""The figures above the OIT readiness table (ui.views.readiness_view): the projected OIT score,
total and rating if the office's other scores hold (ita_desktop.projection), the count of items
per status, and the list of overdue items, a click on which selects that item in the view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop import periods
from ita_desktop.numbers import format_score
from ita_desktop.projection import OitItemReadiness, OitProjection
from ui.models.readiness_model import STATUS_COLOURS, CodeRole, status_label


class ReadinessSummary(QFrame):
    """The projection of a year's OIT readiness (labels ``oit``, ``total``, ``if_updated``,
    ``held``, ``counts``) and the list of overdue items (``overdue``, item data CodeRole).
    ``item_chosen(code)`` when an overdue item is clicked."""

    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readiness-summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        big = QLabel().font()
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.oit, self.total = QLabel(), QLabel()
        for name, label in (("oit", self.oit), ("total", self.total)):
            label.setObjectName(f"readiness-{name}")
            label.setFont(big)
            label.setWordWrap(True)  # the projected total and rating are long in Thai
        self.if_updated, self.held, self.counts = QLabel(), QLabel(), QLabel()
        for name, label in (("if-updated", self.if_updated), ("held", self.held),
                            ("counts", self.counts)):
            label.setObjectName(f"readiness-{name}")
            label.setWordWrap(True)
        self.held.setStyleSheet("QLabel { color: #555; }")
        self.overdue_title = QLabel()
        font = self.overdue_title.font()
        font.setBold(True)
        self.overdue_title.setFont(font)
        self.overdue = QListWidget()
        self.overdue.setObjectName("readiness-overdue")
        self.overdue.setWordWrap(True)  # each item whole, on as many lines as it needs
        self.overdue.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.overdue.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overdue.itemClicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.oit)
        top.addSpacing(24)
        top.addWidget(self.total, 1)
        figures = QVBoxLayout()
        figures.addLayout(top)
        for label in (self.if_updated, self.counts, self.held):
            figures.addWidget(label)
        figures.addStretch(1)
        late = QVBoxLayout()
        late.addWidget(self.overdue_title)
        late.addWidget(self.overdue, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(figures, 3)
        layout.addLayout(late, 2)
        self.setMaximumHeight(170)

    def show_projection(self, projection: OitProjection | None,
                        overdue: list[OitItemReadiness]) -> None:
        self.overdue.clear()
        if projection is None:
            for label in (self.oit, self.total, self.if_updated, self.held, self.counts):
                label.clear()
            self.overdue_title.clear()
            return
        none = self.tr("cannot be projected")
        self.oit.setText(self.tr("Projected OIT %1").replace(
            "%1", format_score(projection.oit, missing=none)))
        if projection.items and projection.counts["unmarked"] == len(projection.items):
            # Nothing checked yet: a projection of 0 would only alarm; say what to do instead.
            self.oit.setText(self.tr("No OIT item is marked yet"))
            self.total.setText(self.tr("Mark each item below as published, needs update or "
                                       "missing to see the projected score"))
            self.if_updated.setText("")
            self.held.setText("")
        elif projection.total is None:
            self.total.setText(self.tr("Total: no earlier assessment in this file has IIT or "
                                       "EIT scores to hold"))
            self.if_updated.setText(self.tr(
                "If the items that need updating are updated: OIT %1").replace(
                "%1", format_score(projection.oit_if_updated, missing=none)))
            self.held.setText("")
        else:
            self.total.setText(self.tr("Projected total %1 — %2").replace(
                "%1", format_score(projection.total, missing=none)).replace(
                "%2", projection.rating or "–"))
            self.if_updated.setText(self.tr(
                "If the items that need updating are updated: OIT %1 · total %2 — %3")
                .replace("%1", format_score(projection.oit_if_updated, missing=none))
                .replace("%2", format_score(projection.total_if_updated, missing=none))
                .replace("%3", projection.rating_if_updated or "–"))
            held = "   ".join(f"{code} {format_score(value)}"
                               for code, value in projection.held.items())
            self.held.setText(self.tr("The other tools are held at their fiscal year %1 "
                                      "scores: %2").replace("%1", str(projection.basis_year))
                              .replace("%2", held or "–"))
        self.counts.setText("   ·   ".join(
            f'<span style="color:{STATUS_COLOURS[status]}">{status_label(status)} '
            f"<b>{count}</b></span>" for status, count in projection.counts.items()))
        self.overdue_title.setText(self.tr("Overdue (%1)").replace("%1", str(len(overdue))))
        for item in overdue:
            entry = QListWidgetItem(self.tr("%1 · due %2 · %3 — %4").replace("%1", item.code)
                                    .replace("%2", periods.format_thai_date(item.due_date))
                                    .replace("%3", status_label(item.status))
                                    .replace("%4", item.title))
            entry.setData(CodeRole, item.code)
            entry.setToolTip(entry.text())
            self.overdue.addItem(entry)
        if not overdue:
            self.overdue.addItem(self.tr("Nothing is overdue."))

    def _clicked(self, entry: QListWidgetItem) -> None:
        code = entry.data(CodeRole)
        if code:
            self.item_chosen.emit(code)
