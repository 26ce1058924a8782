from decimal import Decimal

import pytest

from ita_desktop.numbers import ScoreError, format_score, parse_score, round2


@pytest.mark.parametrize(
    ("text", "expected"),
    [("94.95", "94.95"), ("๙๔.๙๕", "94.95"), (" 100 ", "100"), ("0", "0"), (".5", "0.5"),
     ("๑๐๐", "100"), ("97.2066666", "97.2066666")],
)
def test_accepts_what_staff_type(text, expected):
    assert parse_score(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "   ", "abc", "9 4", "1e2", "nan", "--1", "94.9.5"])
def test_refuses_non_numbers(text):
    with pytest.raises(ScoreError):
        parse_score(text)


@pytest.mark.parametrize("text", ["-0.01", "100.01", "101", "-5"])
def test_refuses_out_of_range_naming_the_value(text):
    with pytest.raises(ScoreError) as info:
        parse_score(text)
    assert text in str(info.value)
    assert "0–100" in str(info.value)


def test_comma_is_ambiguous_and_suggests_a_point():
    with pytest.raises(ScoreError) as info:
        parse_score("94,95")
    assert info.value.suggestion == "94.95"
    assert "94.95" in str(info.value) and "94,95" in str(info.value)


def test_rounding_is_half_up_at_two_places():
    assert round2(Decimal("88.845")) == Decimal("88.85")
    assert round2(Decimal("88.844999")) == Decimal("88.84")
    assert format_score(Decimal("99.162")) == "99.16"
    assert format_score(Decimal("99.165"), thai_digits=True) == "๙๙.๑๗"
    assert format_score(None) == "-"
