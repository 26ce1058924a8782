"""What every ``ita`` command module shares: the error a command raises, the fiscal-year
argument type and the ``--json`` shape of a score result.

``ita_desktop.cli`` and ``ita_desktop.cli_db`` both import from here (never from each other
for these), so the imports run one way: cli → cli_db → cli_common.
"""

from __future__ import annotations

import argparse

from ita_desktop.numbers import format_score, to_arabic_digits


class CommandError(Exception):
    """A command cannot run; the message is printed and the exit code is 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def year_type(text: str) -> int:
    """An argparse type: a fiscal year in Arabic or Thai digits ("2568", "๒๕๖๘") as int.

    Raises argparse.ArgumentTypeError (a Thai message) for anything else."""
    cleaned = to_arabic_digits(text).strip()
    if not cleaned.isdigit():
        raise argparse.ArgumentTypeError(f"ปีงบประมาณ “{text}” ไม่ใช่ตัวเลข")
    return int(cleaned)


def result_json(result) -> dict:
    """A ScoreResult as the ``--json`` object: scores as strings with 2 decimals."""
    return {
        "fiscal_year": result.fiscal_year,
        "total": format_score(result.total, missing=None),
        "rating": result.rating,
        "rating_status": result.rating_outcome.status,
        "rating_candidates": list(result.rating_outcome.candidates),
        "rating_needs": list(result.rating_outcome.needs),
        "tools": {code: format_score(v) for code, v in result.tools.items()},
        "indicators": {str(n): format_score(v) for n, v in sorted(result.indicators.items())},
        "not_scored": list(result.not_scored),
        "discrepancies": [
            {"code": d.code, "kind": d.kind,
             "computed": format_score(d.computed, missing=None)
             if not isinstance(d.computed, str) else d.computed,
             "other": format_score(d.other, missing=None) if not isinstance(d.other, str)
             else d.other}
            for d in result.discrepancies
        ],
    }
