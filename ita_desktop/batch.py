"""Scoring many agencies at once: a national-size table of indicator scores.

Input: a CSV with a header ``agency, fiscal_year, 1, 2, …, 10`` (indicator scores; an empty cell
means not scored). Used by benchmarks and by district-level comparisons.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ita_desktop.framework import Framework, load_framework
from ita_desktop.numbers import parse_score, to_arabic_digits
from ita_desktop.scoring import ScoreResult, compute


def score_indicator_table(path: str | Path, *, frameworks: dict[int, Framework] | None = None
                          ) -> Iterator[tuple[str, int, ScoreResult]]:
    """Yield (agency, fiscal_year, result) for each row of an indicator-level CSV.

    Frameworks are loaded from the shipped files once per fiscal year unless given. Raises
    FrameworkError for a year with no framework, ScoreError (naming the row) for a bad score.
    """
    frameworks = dict(frameworks or {})
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        codes = [h.strip() for h in header[2:]]
        for number, row in enumerate(reader, start=2):
            year = int(to_arabic_digits(row[1]))
            framework = frameworks.get(year)
            if framework is None:
                framework = frameworks[year] = load_framework(year)
            entries = {code: parse_score(text, label=f"row {number} {code}")
                       for code, text in zip(codes, row[2:], strict=False) if text.strip()}
            yield row[0], year, compute(framework, entries)
