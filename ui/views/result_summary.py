"""The live figures above the results forms: total, rating, tool scores, a non-blocking warning
where a computed figure disagrees with the one the NACC published (both numbers), and, when the
rating cannot be settled from the scores entered (e.g. EIT part 1 and 2 unknown), a request for
the published rating or the missing scores."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ita_desktop.framework import Framework
from ita_desktop.numbers import format_score
from ita_desktop.scoring import NO_TOTAL, OFFICIAL, TOTAL, Discrepancy, ScoreResult

WARNING_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0b800; border-radius: 4px;"
                 " padding: 6px; color: #4a3b00; }")


class ResultSummary(QWidget):
    """``total``, ``rating``, ``tools``, ``warning`` and ``rating_note`` are labels tests and
    screen readers can read; ``warning`` is hidden when the figures agree, ``rating_note`` (with
    ``official_button``) when the rating is known. ``ask_official()`` when the user wants to
    enter the published figures."""

    ask_official = Signal()

    def __init__(self, framework: Framework, parent: QWidget | None = None):
        super().__init__(parent)
        self.framework = framework
        self.total = QLabel()
        self.total.setObjectName("result-total")
        font = self.total.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.total.setFont(font)
        self.rating = QLabel()
        self.rating.setObjectName("result-rating")
        self.rating.setFont(font)
        self.tools = QLabel()
        self.tools.setObjectName("result-tools")
        self.tools.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("result-warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.rating_note = QLabel()
        self.rating_note.setObjectName("result-rating-note")
        self.rating_note.setWordWrap(True)
        self.official_button = QPushButton(self.tr("Enter the Published Figures…"))
        self.official_button.clicked.connect(self.ask_official)
        self.rating_box = QWidget()
        self.rating_box.setStyleSheet(WARNING_STYLE.replace("QLabel", "QWidget#rating-box"))
        self.rating_box.setObjectName("rating-box")
        note_row = QHBoxLayout(self.rating_box)
        note_row.setContentsMargins(6, 4, 6, 4)
        note_row.addWidget(self.rating_note, 1)
        note_row.addWidget(self.official_button)
        self.rating_box.hide()
        top = QHBoxLayout()
        top.addWidget(self.total)
        top.addSpacing(24)
        top.addWidget(self.rating)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tools)
        layout.addWidget(self.warning)
        layout.addWidget(self.rating_box)

    def refresh(self, result: ScoreResult, printed: ScoreResult | None = None) -> None:
        """Show the office's computed ``result``; the rating is the one documents print
        (``printed``: workbook.published_of, the published one when entered)."""
        printed = printed or result
        not_scored = self.tr("Not scored")
        self.total.setText(self.tr("Total %1").replace(
            "%1", format_score(result.total, missing=not_scored)))
        outcome = printed.rating_outcome
        rating = outcome.label or "–"
        if outcome.status == OFFICIAL:
            rating = self.tr("%1 (as published)").replace("%1", rating)
        self.rating.setText(self.tr("Rating %1").replace("%1", rating))
        open_rating = not outcome.known and outcome.status != NO_TOTAL
        self.rating_box.setVisible(open_rating)
        if open_rating:
            self.rating_note.setText(self.tr(
                "The rating cannot be settled from the scores entered: it is %1 depending on "
                "%2. Documents leave it blank until you enter the published rating or the "
                "scores of %2.").replace("%1", self.tr(" or ").join(outcome.candidates))
                .replace("%2", ", ".join(outcome.needs)))
        parts = []
        for tool in self.framework.tools:
            parts.append(f"{tool.code} {format_score(result.tools.get(tool.code), missing=not_scored)}")
            parts += [f"{part.code} {format_score(result.tools[part.code])}"
                      for part in tool.parts if part.code in result.tools]
        self.tools.setText("   ·   ".join(parts))
        official = [d for d in result.discrepancies if d.kind == "official"]
        self.warning.setVisible(bool(official))
        if official:
            lines = [self.tr("⚠ The computed figures differ from those the NACC published "
                             "(check the scores entered again, or keep the published ones):")]
            lines += [f"• {self._describe(d)}" for d in official]
            self.warning.setText("\n".join(lines))

    def _describe(self, discrepancy: Discrepancy) -> str:
        code = discrepancy.code
        if code == TOTAL:
            name = self.tr("Total score")
        elif code == "rating":
            name = self.tr("Rating")
        elif code.isdigit():
            name = self.tr("Indicator %1").replace("%1", code)
        else:
            name = code

        def show(value: Decimal | str | None) -> str:
            if value is None:
                return self.tr("cannot be computed")
            return format_score(value) if isinstance(value, Decimal) else str(value)

        return self.tr("%1: computed %2 but published %3").replace("%1", name).replace(
            "%2", show(discrepancy.computed)).replace("%3", show(discrepancy.other))
