"""Scores as staff type them, and as documents show them.

Scores are ``Decimal`` in 0–100, kept at full precision and shown/compared at 2 places rounded half
up (NACC ITA convention). Thai digits (๐–๙) are accepted anywhere a number is typed.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ita_desktop.thainlp import util

TWO_PLACES = Decimal("0.01")
HUNDRED = Decimal(100)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


class ScoreError(ValueError):
    """A typed score that cannot be accepted; ``str()`` is a message for the user (Thai)."""

    def __init__(self, message: str, *, value: str = "", suggestion: str | None = None):
        super().__init__(message)
        self.value = value
        self.suggestion = suggestion


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits ๐–๙ with 0–9; other characters are kept (pythainlp.util)."""
    if not any("๐" <= ch <= "๙" for ch in text):
        return text  # the common case, without loading pythainlp
    return util().thai_digit_to_arabic_digit(text)


def to_thai_digits(text: str) -> str:
    """Replace 0–9 with Thai digits ๐–๙; other characters are kept (pythainlp.util)."""
    return util().arabic_digit_to_thai_digit(text)


def parse_score(text: str | int | float | Decimal, *, label: str = "") -> Decimal:
    """Parse a score typed by staff: ``"94.95"``, ``"๙๔.๙๕"``, ``" 100 "``.

    Returns a Decimal in 0–100 at full precision. Raises ScoreError (message in Thai naming the
    value) for empty or non-numeric text, a comma ("94,95" is ambiguous: the message suggests
    94.95), and values below 0 or above 100.
    """
    where = f"{label}: " if label else ""
    if isinstance(text, Decimal | int):
        value = Decimal(text)
        raw = str(text)
    elif isinstance(text, float):
        value = Decimal(repr(text))
        raw = repr(text)
    else:
        raw = str(text)
        cleaned = to_arabic_digits(raw).strip()
        if not cleaned:
            raise ScoreError(f"{where}ยังไม่ได้กรอกคะแนน", value=raw)
        if "," in cleaned:
            suggestion = cleaned.replace(",", ".") if cleaned.count(",") == 1 else None
            hint = f" หากหมายถึง {suggestion} ให้ใช้จุดทศนิยม" if suggestion else ""
            raise ScoreError(
                f"{where}คะแนน “{raw}” มีเครื่องหมายจุลภาค ซึ่งอ่านได้หลายแบบ{hint}",
                value=raw,
                suggestion=suggestion,
            )
        if not _NUMBER.fullmatch(cleaned):
            raise ScoreError(f"{where}“{raw}” ไม่ใช่ตัวเลข", value=raw)
        try:
            value = Decimal(cleaned)
        except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
            raise ScoreError(f"{where}“{raw}” ไม่ใช่ตัวเลข", value=raw) from exc
    if not value.is_finite():
        raise ScoreError(f"{where}“{raw}” ไม่ใช่ตัวเลข", value=raw)
    if value < 0 or value > HUNDRED:
        raise ScoreError(f"{where}คะแนน {raw} อยู่นอกช่วง 0–100", value=raw)
    return value


def round2(value: Decimal) -> Decimal:
    """Round half up to 2 places (how NACC shows and compares scores)."""
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def format_score(value: Decimal | None, *, thai_digits: bool = False, missing: str = "-") -> str:
    """``Decimal("88.845") -> "88.85"``; None (not scored) -> ``missing``."""
    if value is None:
        return missing
    text = f"{round2(value):.2f}"
    return to_thai_digits(text) if thai_digits else text
