from decimal import Decimal

import pytest

from ita_desktop.batch import score_indicator_table
from ita_desktop.numbers import ScoreError, round2


def test_indicator_table_scores_each_row(tmp_path):
    path = tmp_path / "national.csv"
    path.write_text(
        "agency,fiscal_year,1,2,3,4,5,6,7,8,9,10\n"
        "phochai,2567,100,100,100,100,100,97.34,98.12,96.16,100,100\n"
        "small,๒๕๖๖,90,90,90,90,90,,,,80,80\n", encoding="utf-8")
    rows = list(score_indicator_table(path))
    assert [(a, y) for a, y, _ in rows] == [("phochai", 2567), ("small", 2566)]
    assert round2(rows[0][2].total) == Decimal("99.16")
    small = rows[1][2]
    assert "EIT" in small.not_scored
    assert small.total == (Decimal(90) * 30 + Decimal(80) * 40) / 70


def test_bad_score_names_the_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("agency,fiscal_year,1\nx,2567,101\n", encoding="utf-8")
    with pytest.raises(ScoreError, match="row 2"):
        list(score_indicator_table(path))
