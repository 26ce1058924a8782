"""Fiscal years, quarters and Buddhist-era dates as office staff type and read them.

Thai fiscal year N (BE) runs 1 October of CE N − 544 to 30 September of CE N − 543; its quarters
are Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep. Dates are stored as CE ``datetime.date``
(ISO text in the database) and shown and typed in the Buddhist era. Month names and Thai
formatting come from ``pythainlp.util`` (imported on first use, never at import time).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ita_desktop.numbers import to_arabic_digits, to_thai_digits

BE_OFFSET = 543
SHORTCUTS = ("FY", "Q1", "Q2", "Q3", "Q4")
"""Period shortcuts: the whole fiscal year, then its quarters."""
FULL_YEAR = "ตลอดปีงบประมาณ"


class DateError(ValueError):
    """Text that is not a date staff could mean; the message (Thai) says what was expected."""


def fiscal_year_bounds(fiscal_year: int) -> tuple[dt.date, dt.date]:
    """First and last day (CE) of fiscal year ``fiscal_year`` (BE): 1 Oct – 30 Sep.

    ``fiscal_year_bounds(2569)`` → (2025-10-01, 2026-09-30).
    """
    ce = fiscal_year - BE_OFFSET
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


def quarter_bounds(fiscal_year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day (CE) of quarter 1–4 of fiscal year ``fiscal_year`` (BE).

    Raises ValueError for a quarter outside 1–4.
    """
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1–4, not {quarter!r}")
    first, _ = fiscal_year_bounds(fiscal_year)
    start_month = (first.month - 1 + 3 * (quarter - 1)) % 12 + 1
    year = first.year + (1 if start_month < 10 else 0)
    start = dt.date(year, start_month, 1)
    end_month = start_month + 2
    following = dt.date(year + (end_month == 12), end_month % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def shortcut_bounds(fiscal_year: int, shortcut: str) -> tuple[dt.date, dt.date]:
    """(start, end) of a SHORTCUTS entry: "FY" the whole year, "Q1".."Q4" a quarter."""
    if shortcut == "FY":
        return fiscal_year_bounds(fiscal_year)
    if shortcut in SHORTCUTS:
        return quarter_bounds(fiscal_year, int(shortcut[1]))
    raise ValueError(f"unknown period shortcut {shortcut!r} (known: {', '.join(SHORTCUTS)})")


def shortcut_of(start: dt.date | None, end: dt.date | None, fiscal_year: int) -> str | None:
    """The SHORTCUTS entry that (start, end) is exactly, within ``fiscal_year``; else None."""
    for shortcut in SHORTCUTS:
        if (start, end) == shortcut_bounds(fiscal_year, shortcut):
            return shortcut
    return None


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A date from ISO ``yyyy-mm-dd`` text (CE) or a date; None and '' give None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2,4})")
_WORDS = re.compile(r"(\d{1,2})\s*([^\d\s]+(?:\s*\.)?)\s*(\d{2,4})")


def _be_year(text: str, typed: str) -> int:
    year = int(text)
    if len(text) == 2:  # "68" → 2568, as staff often abbreviate
        return 2500 + year
    if len(text) == 3:
        raise DateError(f"“{typed}”: ปี {text} ไม่ครบ กรุณาพิมพ์ปี พ.ศ. 4 หลัก (เช่น 2568) หรือ 2 หลัก (68)")
    if year < 2400:
        raise DateError(f"ปี {year} ดูเหมือนเป็นปี ค.ศ. กรุณาพิมพ์ปี พ.ศ. (เช่น {year + BE_OFFSET})")
    return year


@lru_cache(maxsize=1)
def month_names() -> tuple[tuple[str, str], ...]:
    """(full, abbreviated) Thai month names, January first, from pythainlp's thai_strftime."""
    return tuple((_strftime(dt.date(2000, month, 1), "%B", False),
                  _strftime(dt.date(2000, month, 1), "%b", False)) for month in range(1, 13))


_SPOKEN_ENDINGS = ("าคม", "ายน", "าพันธ์")
"""Endings staff leave out when they type a month as spoken: "ตุลา", "เมษา", "กุมภา"."""


def _month_number(name: str) -> int | None:
    cleaned = name.replace(" ", "").replace(".", "")
    for index, (full, short) in enumerate(month_names(), start=1):
        spoken = next((full[: -len(end) + 1] for end in _SPOKEN_ENDINGS if full.endswith(end)),
                      full)
        if cleaned in (full, short.replace(".", ""), spoken):
            return index
    return None


def parse_thai_date(text: str) -> dt.date | None:
    """A date typed in the Buddhist era: "1/10/2568", "01-10-68", "๑ ต.ค. ๒๕๖๘",
    "1 ตุลาคม 2568", "1 ตุลา 68", "1 ต.ค. พ.ศ. 2568". Blank text gives None.

    Raises DateError (Thai message) for text that is not such a date, an impossible date
    (31/2/2569) or a CE year (2025).
    """
    cleaned = re.sub(r"พ\s*\.\s*ศ\s*\.?", " ", to_arabic_digits(text or "")).strip()
    if not cleaned:
        if (text or "").strip():
            raise DateError(f"“{text}” ไม่ใช่วันที่ กรุณาพิมพ์เป็น วัน/เดือน/ปี พ.ศ. เช่น 1/10/2568")
        return None
    match = _NUMERIC.fullmatch(cleaned)
    if match:
        day, month, year = int(match[1]), int(match[2]), _be_year(match[3], text)
    else:
        match = _WORDS.fullmatch(cleaned)
        month = _month_number(match[2]) if match else None
        if not match or month is None:
            raise DateError(f"“{text}” ไม่ใช่วันที่ กรุณาพิมพ์เป็น วัน/เดือน/ปี พ.ศ. เช่น 1/10/2568 "
                            "หรือ 1 ต.ค. 2568")
        day, year = int(match[1]), _be_year(match[3], text)
    try:
        return dt.date(year - BE_OFFSET, month, day)
    except ValueError as exc:
        raise DateError(f"“{text}” ไม่มีวันที่นี้ในปฏิทิน") from exc


def format_thai_date(day: dt.date | str | None, *, style: str = "short",
                     thai_digits: bool = False) -> str:
    """A CE date in the Buddhist era: "short" → "1 ต.ค. 2568", "full" → "1 ตุลาคม 2568",
    "numeric" → "1/10/2568"; '' for None. Arabic digits unless ``thai_digits``."""
    day = as_date(day)
    if day is None:
        return ""
    if style == "numeric":
        text = f"{day.day}/{day.month}/{day.year + BE_OFFSET}"
    else:
        full, short = month_names()[day.month - 1]
        text = f"{day.day} {full if style == 'full' else short} {day.year + BE_OFFSET}"
    return to_thai_digits(text) if thai_digits else text


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _strftime(day: dt.date, fmt: str, thai_digits: bool) -> str:
    from ita_desktop.thainlp import util

    moment = dt.datetime(day.year, day.month, day.day)
    return util().thai_strftime(moment, fmt, thaidigit=thai_digits)


def period_text(start: dt.date | str | None, end: dt.date | str | None, *,
                thai_digits: bool = True) -> str:
    """A measure's period in Thai: "ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙", "ม.ค. – มี.ค. ๒๕๖๙",
    "ตลอดปีงบประมาณ ๒๕๖๙" for 1 Oct – 30 Sep, days only when a bound is not a month's first/last
    day ("๑ เม.ย. – ๑๕ ก.ย. ๒๕๖๙"); "ตั้งแต่ …"/"ภายใน …" with one bound, "-" with none."""
    start, end = as_date(start), as_date(end)
    if start is None and end is None:
        return "-"
    if start is not None and end is not None and (start.month, start.day) == (10, 1) \
            and end == dt.date(start.year + 1, 9, 30):
        year = str(start.year + 544)
        return f"{FULL_YEAR} {to_thai_digits(year) if thai_digits else year}"
    if start is None or end is None:
        day = start or end
        exact = day.day != 1 if start else day != _month_end(day)
        text = _short(day, thai_digits, day_shown=exact)
        return f"ตั้งแต่ {text}" if start else f"ภายใน {text}"
    exact = start.day != 1 or end != _month_end(end)
    if exact:
        first = _short(start, thai_digits, day_shown=True, year_shown=start.year != end.year)
        return f"{first} – {_short(end, thai_digits, day_shown=True)}"
    if (start.year, start.month) == (end.year, end.month):
        return _short(end, thai_digits)
    first = _short(start, thai_digits, year_shown=start.year != end.year)
    return f"{first} – {_short(end, thai_digits)}"


def _short(day: dt.date, thai_digits: bool, *, day_shown: bool = False,
           year_shown: bool = True) -> str:
    """ "1 ต.ค. 2568" / "ต.ค. 2568" / "1 ต.ค." / "ต.ค.": thai_strftime's "%-d %b %Y" without
    its cost (a table of measures formats hundreds of periods at a time)."""
    parts = [str(day.day)] if day_shown else []
    parts.append(month_names()[day.month - 1][1])
    if year_shown:
        parts.append(str(day.year + BE_OFFSET))
    text = " ".join(parts)
    return to_thai_digits(text) if thai_digits else text
