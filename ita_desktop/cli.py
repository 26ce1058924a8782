"""The ``ita`` command line: scoring, example database, checks, import and export, merging
another office's file and comparing offices.

Every command prints a clear message and exits non-zero on bad input; nothing is written to a
database unless the whole input is valid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ita_desktop import cli_db
from ita_desktop.cli_common import CommandError, result_json, year_type
from ita_desktop.numbers import format_score

__all__ = ["CommandError", "build_parser", "main", "result_json"]


def cmd_score(args) -> int:
    from ita_desktop.framework import load_framework
    from ita_desktop.scoring import open_rating_text, score

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
          f"  ระดับ: {result.rating or open_rating_text(result.rating_outcome)}")
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


# Sharing: import another office's file, compare offices ------------------------------------


def add_sharing_commands(sub, year_type) -> None:
    """Register ``import-file`` and ``compare`` on the ``ita`` sub-parser."""
    p = sub.add_parser("import-file", help="merge another office's file (or an older copy)")
    p.add_argument("target", type=Path, metavar="TARGET.db")
    p.add_argument("other", type=Path, metavar="OTHER.db")
    p.add_argument("--take", choices=("mine", "theirs", "both"),
                   help="for every conflict: keep ours, take theirs, or keep both where a "
                        "record may exist twice (measures, evidence; ours elsewhere)")
    p.add_argument("--dry-run", action="store_true", help="print the plan, write nothing")
    p.set_defaults(handler=cmd_import_file)

    p = sub.add_parser("compare", help="compare offices' files for one fiscal year")
    p.add_argument("--fiscal-year", type=year_type, required=True)
    p.add_argument("files", type=Path, nargs="+", metavar="FILE.db",
                   help="database files, or folders of them")
    p.add_argument("--csv", type=Path, metavar="OUT.csv", help="also write the table as CSV")
    p.set_defaults(handler=cmd_compare)


def print_plan(plan) -> None:
    """The plan as staff read it: counts, notes, added records by kind, one line per conflict."""
    from collections import Counter

    from ita_desktop.storage import merge

    name = f" ({plan.source_name})" if plan.source_name else ""
    print(f"นำเข้าจาก {plan.source.name}{name}")
    print(plan.summary())
    for note in plan.notes:
        print(f"หมายเหตุ: {note}")
    added = Counter(e.kind for e in plan.with_status(merge.ADDED))
    if added:
        print("เพิ่ม: " + ", ".join(f"{merge.KIND_LABELS[kind]} {n}" for kind, n in added.items()))
    for entry in plan.conflicts:
        print(f"ขัดแย้ง: {entry.describe()} [เลือกได้: {', '.join(entry.choices)}]")


def cmd_import_file(args) -> int:
    from ita_desktop import workbook
    from ita_desktop.storage import merge, open_database

    store = open_database(args.target)
    try:
        plan = merge.plan_import(store, args.other)
        print_plan(plan)
        if args.dry_run:
            print("ไม่ได้เขียนไฟล์ (--dry-run)")
            return 0
        conflicts = plan.conflicts
        if conflicts and not args.take:
            raise CommandError(f"มีรายการขัดแย้ง {len(conflicts)} รายการ กรุณาเลือก --take mine, "
                               "--take theirs หรือ --take both แล้วสั่งใหม่ (ยังไม่ได้เขียนไฟล์)")
        choices = {e.id: args.take if args.take in e.choices else merge.MINE for e in conflicts}
        if args.take == merge.BOTH and any(v != merge.BOTH for v in choices.values()):
            print("หมายเหตุ: เก็บทั้งสองได้เฉพาะมาตรการและหลักฐาน รายการขัดแย้งอื่นเก็บของไฟล์นี้ไว้")
        if not plan.with_status(merge.ADDED) and set(choices.values()) <= {merge.MINE}:
            print("ไม่มีข้อมูลที่ต้องนำเข้า ไฟล์ไม่ได้เปลี่ยน")
            return 0
        backup = merge.backup_before_import(store)
        print(f"สำรองไฟล์ก่อนนำเข้าไว้ที่ {backup}")
        counts = merge.apply_import(store, plan, choices)
        stale = workbook.stale_after_import(store, counts.score_years)
    finally:
        store.close()
    print(f"นำเข้าแล้ว: {counts.summary()}")
    if stale:
        print(f"หมายเหตุ: {workbook.stale_message(stale)}")
    return 0


def cmd_compare(args) -> int:
    from ita_desktop import compare

    paths: list[Path] = []
    for path in args.files:
        paths.extend(compare.database_files(path) if path.is_dir() else [path])
    result = compare.compare_offices(paths, fiscal_year=args.fiscal_year)
    print(f"ปีงบประมาณ {result.fiscal_year}: {len(result.offices)} หน่วยงาน")
    if result.offices:
        print(f"{'คะแนนรวม':>8} " + " ".join(f"{c:>6}" for c in compare.TOOLS) + "  ระดับ / หน่วยงาน")
    for office in result.offices:
        print(f"{format_score(office.total):>8} "
              + " ".join(f"{format_score(office.tools.get(c)):>6}" for c in compare.TOOLS)
              + f"  {office.rating or '-'} / {office.name or '-'} ({office.path.name})")
    for path, message in result.problems:
        print(f"ita: {path.name}: {message}", file=sys.stderr)
    if args.csv:
        args.csv.write_text(compare.to_csv(result), encoding="utf-8-sig")  # BOM: Excel reads Thai
        print(f"บันทึกตารางเปรียบเทียบเป็น {args.csv}")
    if not result.offices:
        raise CommandError(f"ไม่มีไฟล์ที่มีผลการประเมินปีงบประมาณ {args.fiscal_year}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ita", description="ITA Desktop command line")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("score", help="compute total, rating, tools and indicators")
    p.add_argument("--fiscal-year", type=year_type, required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("scores", nargs="+", metavar="CODE=SCORE")
    p.set_defaults(handler=cmd_score)

    cli_db.add_commands(sub, year_type)
    add_sharing_commands(sub, year_type)
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

