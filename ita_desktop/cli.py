"""The ``ita`` command line: scoring, example database, checks, import and export.

Every command prints a clear message and exits non-zero on bad input; nothing is written to a
database unless the whole input is valid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ita_desktop.numbers import format_score, to_arabic_digits


class CommandError(Exception):
    """A command cannot run; the message is printed and the exit code is 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def _year(text: str) -> int:
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


def cmd_score(args) -> int:
    from ita_desktop.framework import load_framework
    from ita_desktop.scoring import score

    pairs = []
    for text in args.scores:
        if "=" not in text:
            raise CommandError(f"“{text}” ต้องอยู่ในรูป รหัส=คะแนน เช่น i1=94.95 หรือ 6=97.34")
        code, _, value = text.partition("=")
        pairs.append((code, value))
    framework = load_framework(args.fiscal_year)
    result = score(framework, pairs)
    if args.json:
        print(json.dumps(result_json(result), ensure_ascii=False, indent=2))
        return 0
    print(f"ปีงบประมาณ {result.fiscal_year}  ({framework.title})")
    print(f"คะแนนรวม: {format_score(result.total, missing='ไม่ได้รับการประเมิน')}"
          f"  ระดับ: {result.rating or '-'}")
    for code, value in result.tools.items():
        print(f"  {code:<5} {format_score(value)}")
    for ind in framework.indicators:
        value = result.indicators.get(ind.number)
        print(f"  ตัวชี้วัดที่ {ind.number:>2} {format_score(value, missing='ไม่ได้รับการประเมิน'):>8}"
              f"  {ind.title}")
    if result.not_scored:
        print("ไม่ได้รับการประเมิน: " + ", ".join(result.not_scored))
    for d in result.discrepancies:
        print(f"คำเตือน: {d.code} กรอกไว้ {format_score(d.other)} แต่คำนวณได้ {format_score(d.computed)}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ita", description="ITA Desktop command line")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("score", help="compute total, rating, tools and indicators")
    p.add_argument("--fiscal-year", type=_year, required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("scores", nargs="+", metavar="CODE=SCORE")
    p.set_defaults(handler=cmd_score)

    from ita_desktop import cli_db

    cli_db.add_commands(sub, _year)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ita`` console script; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    from ita_desktop.framework import FrameworkError
    from ita_desktop.scoring import EntryError
    from ita_desktop.storage import StorageError

    try:
        return args.handler(args)
    except EntryError as exc:
        for problem in exc.problems:
            print(f"ita: {problem}", file=sys.stderr)
        return 1
    except (CommandError, FrameworkError, StorageError) as exc:
        print(f"ita: {exc}", file=sys.stderr)
        return getattr(exc, "code", 1)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

