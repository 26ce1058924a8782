"""Fiscal years, quarters and period shortcuts; Buddhist-era dates as staff type them (and what
is refused, with a Thai message); a measure's period in Thai words."""

from __future__ import annotations

from datetime import date

import pytest

from ita_desktop import periods
from ita_desktop.periods import DateError, parse_thai_date, period_text


def test_fiscal_year_and_quarters():
    assert periods.fiscal_year_bounds(2569) == (date(2025, 10, 1), date(2026, 9, 30))
    assert [periods.quarter_bounds(2569, q) for q in (1, 2, 3, 4)] == [
        (date(2025, 10, 1), date(2025, 12, 31)), (date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 9, 30))]
    # The quarters tile the year: each starts the day after the one before ends.
    bounds = [periods.quarter_bounds(2568, q) for q in (1, 2, 3, 4)]
    assert bounds[0][0] == periods.fiscal_year_bounds(2568)[0]
    assert bounds[-1][1] == periods.fiscal_year_bounds(2568)[1]
    assert all((b[0] - a[1]).days == 1 for a, b in zip(bounds, bounds[1:], strict=False))
    with pytest.raises(ValueError):
        periods.quarter_bounds(2569, 5)


def test_shortcuts_and_recognising_them():
    assert periods.SHORTCUTS == ("FY", "Q1", "Q2", "Q3", "Q4")
    assert periods.shortcut_bounds(2569, "FY") == periods.fiscal_year_bounds(2569)
    assert periods.shortcut_bounds(2569, "Q3") == (date(2026, 4, 1), date(2026, 6, 30))
    for shortcut in periods.SHORTCUTS:
        assert periods.shortcut_of(*periods.shortcut_bounds(2570, shortcut), 2570) == shortcut
    assert periods.shortcut_of(date(2026, 4, 1), date(2026, 6, 30), 2570) is None  # other year
    assert periods.shortcut_of(date(2026, 4, 1), date(2026, 6, 29), 2569) is None
    assert periods.shortcut_of(None, None, 2569) is None
    with pytest.raises(ValueError, match="Q5"):
        periods.shortcut_bounds(2569, "Q5")


@pytest.mark.parametrize("text", [
    "1/10/2568", "01/10/2568", "1-10-2568", "1.10.2568", "1 / 10 / 2568", "1/10/68",
    "๑/๑๐/๒๕๖๘", "๑ ต.ค. ๒๕๖๘", "1 ต.ค. 2568", "1 ต.ค.2568", "1ต.ค.2568", "1 ตค 2568",
    "1 ต.ค 2568", "1 ตุลาคม 2568", "1 ตุลา 2568", "1 ตุลา 68", "1 ต.ค. พ.ศ. 2568",
    "  1/10/2568  ",
])
def test_dates_as_staff_type_them(text):
    assert parse_thai_date(text) == date(2025, 10, 1)


def test_every_month_by_name():
    for month, (full, short) in enumerate(periods.month_names(), start=1):
        assert parse_thai_date(f"15 {full} 2569") == date(2026, month, 15)
        assert parse_thai_date(f"15 {short} 2569") == date(2026, month, 15)
    assert parse_thai_date("5 กุมภา 2569") == date(2026, 2, 5)
    assert parse_thai_date("5 เมษา 2569") == date(2026, 4, 5)
    assert parse_thai_date("29/2/2567") == date(2024, 2, 29)  # a leap year (CE 2024)


def test_blank_is_no_date():
    assert parse_thai_date("") is None
    assert parse_thai_date("   ") is None
    assert parse_thai_date(None) is None


@pytest.mark.parametrize(("text", "says"), [
    ("abc", "ไม่ใช่วันที่"),
    ("1 ตุลาคา 2568", "ไม่ใช่วันที่"),
    ("31/2/2569", "ไม่มีวันที่นี้ในปฏิทิน"),
    ("29/2/2568", "ไม่มีวันที่นี้ในปฏิทิน"),  # CE 2025 is not a leap year
    ("1/13/2568", "ไม่มีวันที่นี้ในปฏิทิน"),
    ("1/10/2025", "ปี ค.ศ."),
    ("1/10/256", "4 หลัก"),
    ("พ.ศ.", "ไม่ใช่วันที่"),
    ("1/10", "ไม่ใช่วันที่"),
])
def test_refusals_say_why_in_thai(text, says):
    with pytest.raises(DateError, match=says):
        parse_thai_date(text)


def test_ce_year_message_suggests_the_be_year():
    with pytest.raises(DateError, match="2568"):
        parse_thai_date("1/10/2025")


def test_format_thai_date():
    assert periods.format_thai_date(date(2025, 10, 1)) == "1 ต.ค. 2568"
    assert periods.format_thai_date("2025-10-01", style="full") == "1 ตุลาคม 2568"
    assert periods.format_thai_date("2025-10-01", style="numeric") == "1/10/2568"
    assert periods.format_thai_date(date(2025, 10, 1), thai_digits=True) == "๑ ต.ค. ๒๕๖๘"
    assert periods.format_thai_date(None) == ""
    for day in (date(2025, 10, 1), date(2026, 2, 28), date(2024, 2, 29)):
        for style in ("short", "full", "numeric"):  # what is shown can be typed back
            assert parse_thai_date(periods.format_thai_date(day, style=style)) == day


@pytest.mark.parametrize(("start", "end", "thai", "arabic"), [
    ("2025-10-01", "2026-09-30", "ตลอดปีงบประมาณ ๒๕๖๙", "ตลอดปีงบประมาณ 2569"),
    ("2026-01-01", "2026-03-31", "ม.ค. – มี.ค. ๒๕๖๙", "ม.ค. – มี.ค. 2569"),
    ("2025-10-01", "2026-03-31", "ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙", "ต.ค. 2568 – มี.ค. 2569"),
    ("2026-04-01", "2026-09-15", "๑ เม.ย. – ๑๕ ก.ย. ๒๕๖๙", "1 เม.ย. – 15 ก.ย. 2569"),
    ("2025-12-15", "2026-01-10", "๑๕ ธ.ค. ๒๕๖๘ – ๑๐ ม.ค. ๒๕๖๙", "15 ธ.ค. 2568 – 10 ม.ค. 2569"),
    ("2026-04-01", "2026-04-30", "เม.ย. ๒๕๖๙", "เม.ย. 2569"),
    ("2026-04-01", None, "ตั้งแต่ เม.ย. ๒๕๖๙", "ตั้งแต่ เม.ย. 2569"),
    ("2026-04-03", None, "ตั้งแต่ ๓ เม.ย. ๒๕๖๙", "ตั้งแต่ 3 เม.ย. 2569"),
    (None, "2026-04-30", "ภายใน เม.ย. ๒๕๖๙", "ภายใน เม.ย. 2569"),
    (None, "2026-04-15", "ภายใน ๑๕ เม.ย. ๒๕๖๙", "ภายใน 15 เม.ย. 2569"),
    (None, None, "-", "-"),
])
def test_period_text(start, end, thai, arabic):
    assert period_text(start, end) == thai
    assert period_text(start, end, thai_digits=False) == arabic


def test_period_text_takes_dates_too():
    assert period_text(date(2024, 10, 1), date(2025, 9, 30), thai_digits=False) == \
        "ตลอดปีงบประมาณ 2568"
    # A year that is not a fiscal year (Jan–Dec) is named by its months.
    assert period_text(date(2026, 1, 1), date(2026, 12, 31), thai_digits=False) == \
        "ม.ค. – ธ.ค. 2569"
