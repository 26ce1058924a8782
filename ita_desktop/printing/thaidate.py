"""Digits and Buddhist-era dates as Thai documents print them.

Thai digits (๐–๙) are the default in official documents; every function takes ``thai_digits`` to
print Arabic digits instead. Conversion and month names come from ``pythainlp.util``
(``arabic_digit_to_thai_digit``, ``thai_strftime``), imported on first use.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from ita_desktop.thainlp import util

BE_OFFSET = 543
_FORMATS = {"full": "%-d %B %Y", "short": "%-d %b %Y"}


def thai_digits(text: str | int | float | Decimal) -> str:
    """``"ปี 2568"`` → ``"ปี ๒๕๖๘"``; other characters are kept. Numbers are formatted with str()."""
    return util().arabic_digit_to_thai_digit(str(text))


def arabic_digits(text: str) -> str:
    """``"๙๔.๙๕"`` → ``"94.95"``; other characters are kept."""
    return util().thai_digit_to_arabic_digit(text)


def digits(text: str | int | float | Decimal, *, thai: bool = True) -> str:
    """``text`` with Thai digits (default) or Arabic digits."""
    text = str(text)
    return thai_digits(text) if thai else arabic_digits(text)


def format_number(value: int | float | Decimal | None, *, places: int | None = None,
                  thai_digits: bool = True, grouping: bool = False, missing: str = "-") -> str:
    """A number for print: ``format_number(94.949, places=2)`` → ``"๙๔.๙๕"`` (rounded half up).

    ``grouping`` adds thousands commas (``"๑,๒๓๔"``); None prints ``missing``.
    """
    if value is None:
        return missing
    number = Decimal(str(value))
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{number:,}" if grouping else f"{number}"
    return digits(text, thai=thai_digits)


def buddhist_year(year_ce: int) -> int:
    """Buddhist-era year: 2024 → 2567."""
    return year_ce + BE_OFFSET


def fiscal_year(date: dt.date) -> int:
    """Thai government fiscal year (BE) a date falls in: it starts on 1 October.

    ``fiscal_year(date(2024, 10, 1))`` → 2568; ``fiscal_year(date(2024, 9, 30))`` → 2567.
    """
    return buddhist_year(date.year + (1 if date.month >= 10 else 0))


def thai_date(date: dt.date | dt.datetime, style: str = "full", *, thai_digits: bool = True) -> str:
    """A date in Thai: style "full" → ``"๑ ตุลาคม ๒๕๖๗"``, "short" → ``"๑๖ ม.ค. ๒๕๖๘"``.

    Raises ValueError for another style.
    """
    try:
        fmt = _FORMATS[style]
    except KeyError:
        raise ValueError(f"unknown date style {style!r}; use 'full' or 'short'") from None
    if not isinstance(date, dt.datetime):
        date = dt.datetime(date.year, date.month, date.day)
    return util().thai_strftime(date, fmt, thaidigit=thai_digits)
