"""Thai digits and Buddhist-era dates, via pythainlp.util."""

from __future__ import annotations

import datetime as dt

import pytest

from ita_desktop.printing import arabic_digits, digits, fiscal_year, format_number, thai_date
from ita_desktop.printing import thai_digits as to_thai


def test_thai_date_styles():
    assert thai_date(dt.date(2024, 10, 1)) == "๑ ตุลาคม ๒๕๖๗"
    assert thai_date(dt.date(2025, 1, 16), "short") == "๑๖ ม.ค. ๒๕๖๘"
    assert thai_date(dt.date(2025, 1, 16), "short", thai_digits=False) == "16 ม.ค. 2568"
    assert thai_date(dt.datetime(2023, 1, 5, 13, 0), "full") == "๕ มกราคม ๒๕๖๖"
    with pytest.raises(ValueError):
        thai_date(dt.date(2025, 1, 1), "long")


def test_digits_both_ways():
    assert to_thai("ปี 2568 ข้อ 9.1") == "ปี ๒๕๖๘ ข้อ ๙.๑"
    assert arabic_digits("๙๔.๙๕") == "94.95"
    assert digits(85) == "๘๕" and digits("๘๕", thai=False) == "85"


def test_format_number():
    assert format_number(94.949, places=2) == "๙๔.๙๕"
    assert format_number("88.845", places=2, thai_digits=False) == "88.85"  # half up
    assert format_number(1234567, grouping=True) == "๑,๒๓๔,๕๖๗"
    assert format_number(None) == "-"


def test_fiscal_year_starts_in_october():
    assert fiscal_year(dt.date(2024, 10, 1)) == 2568
    assert fiscal_year(dt.date(2024, 9, 30)) == 2567
