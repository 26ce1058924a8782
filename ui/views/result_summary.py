"""The live figures above the results forms: total, rating, tool scores, a non-blocking warning
where a computed figure disagrees with the one the NACC published (both numbers), and, when the
rating cannot be settled from the scores entered (e.g. EIT part 1 and 2 unknown), a request for
the published rating or the missing scores.

While some indicator has no score (neither typed nor computed from its items) the computed total
and rating are not shown: a total over the indicators typed so far would be a wrong figure on
screen (a published rating entered is shown, as such). The ``missing`` line names the indicators
still to enter; when they make up whole tools (a tool the NACC did not score, e.g. too few
respondents), it also gives the total over the other tools, as the framework's ``missing_tool``
rule computes it."""

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
    """``total``, ``rating``, ``tools``, ``missing``, ``warning`` and ``rating_note`` are labels
    tests and screen readers can read; ``missing`` is hidden when every indicator has a score,
    ``warning`` when the figures agree, ``rating_note`` (with ``official_button``) when the rating
    is known. ``ask_official()`` when the user wants to enter the published figures."""

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
        self.missing = QLabel()
        self.missing.setObjectName("result-missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("QLabel { color: #4a3b00; }")
        self.missing.hide()
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
        layout.addWidget(self.missing)
        layout.addWidget(self.warning)
        layout.addWidget(self.rating_box)

    def refresh(self, result: ScoreResult, printed: ScoreResult | None = None) -> None:
        """Show the office's computed ``result``; the rating is the one documents print
        (``printed``: workbook.published_of, the published one when entered)."""
        printed = printed or result
        not_entered = self.tr("not entered yet")
        incomplete = self.tr("incomplete")
        missing = [i for i in self.framework.indicators if i.number not in result.indicators]
        shown_total = "–" if missing else format_score(result.total, missing="–")
        self.total.setText(self.tr("Total %1").replace("%1", shown_total))
        outcome = printed.rating_outcome
        rating = outcome.label or "–"
        if outcome.status == OFFICIAL:
            rating = self.tr("%1 (as published)").replace("%1", rating)
        elif missing:
            rating = "–"
        self.rating.setText(self.tr("Rating %1").replace("%1", rating))
        open_rating = not missing and not outcome.known and outcome.status != NO_TOTAL
        self.rating_box.setVisible(open_rating)
        if open_rating:
            self.rating_note.setText(self.tr(
                "The rating cannot be settled from the scores entered: it is %1 depending on "
                "%2. Documents leave it blank until you enter the published rating or the "
                "scores of %2.").replace("%1", self.tr(" or ").join(outcome.candidates))
                .replace("%2", ", ".join(outcome.needs)))
        parts = []
        blank_tools = []
        for tool in self.framework.tools:
            numbers = [i.number for i in self.framework.indicators if i.tool == tool.code]
            absent = [n for n in numbers if n not in result.indicators]
            if absent and len(absent) == len(numbers):
                blank_tools.append(tool.code)
                parts.append(f"{tool.code} {not_entered}")
                continue
            if absent:
                parts.append(f"{tool.code} {incomplete}")
                continue
            parts.append(f"{tool.code} {format_score(result.tools.get(tool.code), missing='–')}")
            parts += [f"{part.code} {format_score(result.tools[part.code])}"
                      for part in tool.parts if part.code in result.tools]
        self.tools.setText("   ·   ".join(parts))
        self.missing.setVisible(bool(missing))
        if missing:
            self.missing.setText(self._missing_text(result, missing, blank_tools))
        official = [d for d in result.discrepancies if d.kind == "official"]
        self.warning.setVisible(bool(official))
        if official:
            lines = [self.tr("⚠ The computed figures differ from those the NACC published "
                             "(check the scores entered again, or keep the published ones):")]
            lines += [f"• {self._describe(d)}" for d in official]
            self.warning.setText("\n".join(lines))

    def _missing_text(self, result: ScoreResult, missing: list, blank_tools: list[str]) -> str:
        if len(missing) == len(self.framework.indicators):
            return self.tr("No score entered yet: the total and the rating show once every "
                           "indicator has its score.")
        numbers = ", ".join(str(i.number) for i in missing)
        text = self.tr("Not entered yet: indicator %1. The total and the rating show once every "
                       "indicator has its score.").replace("%1", numbers)
        whole = {i.tool for i in missing} <= set(blank_tools)
        if whole and result.total is not None:
            text += " " + self.tr("If %1 was not scored by the NACC (e.g. too few respondents), "
                                  "the total over the other tools is %2 (%3).").replace(
                "%1", ", ".join(blank_tools)).replace("%2", format_score(result.total)).replace(
                "%3", result.rating or "–")
        return text

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
