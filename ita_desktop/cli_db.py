"""``ita`` commands that work on a database file: demo, check, import-scores, export."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

from ita_desktop.cli_common import CommandError, result_json
from ita_desktop.numbers import format_score


def add_commands(sub, year_type) -> None:
    """Register the database commands on the ``ita`` sub-parser."""
    p = sub.add_parser("demo", help="write the example database")
    p.add_argument("path", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help="integrity, schema version and framework validation")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("import-scores", help="import scores from CSV or XLSX")
    p.add_argument("path", type=Path)
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_import_scores)

    from ita_desktop.documents.options import GROUPS, KINDS, MEASURE_COLUMNS, RESULT_COLUMNS

    p = sub.add_parser(
        "render", help="print a document to PDF or save it as a Word .docx",
        description="Print a document to PDF (or save it as a Word .docx). KIND: "
                    "memo-measures, memo-results, analysis, measures, results; filed together in one PDF: analysis-measures (the "
                    "analysis report with the measures appended), memo-measures-attached (the "
                    "memo with the analysis report and the measures), memo-results-attached "
                    "(the memo with the results report). --fiscal-year is the assessment year "
                    "for analysis, the measures' year for the others.")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--fiscal-year", type=year_type, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--format", choices=("pdf", "docx"), default=None,
                   help="pdf or docx (Word); by default from the --out file's extension, else pdf")
    p.add_argument("--group-by", choices=GROUPS, default=None,
                   help="measures: indicator or issue; results: tool or number (documents "
                        "with a table of measures only)")
    p.add_argument("--columns",
                   help="table columns in order, comma-separated: measures "
                        f"{','.join(MEASURE_COLUMNS)}; results {','.join(RESULT_COLUMNS)}")
    p.add_argument("--arabic-digits", action="store_true")
    p.add_argument("--font", type=Path, metavar="TTF",
                   help="print with an installed font (e.g. TH SarabunIT๙) instead of Sarabun")
    p.add_argument("--font-bold", type=Path, metavar="TTF", help="the bold face of --font")
    p.add_argument("--allow-empty", action="store_true",
                   help="print a notice instead of failing when there are no measures")
    p.set_defaults(handler=cmd_render)

    p = sub.add_parser("export", help="export one fiscal year as JSON or CSV")
    p.add_argument("path", type=Path)
    p.add_argument("--fiscal-year", type=year_type, required=True)
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", type=Path, help="write to a file instead of standard output")
    p.set_defaults(handler=cmd_export)


def cmd_demo(args) -> int:
    from ita_desktop.demo import build_demo

    try:
        path = build_demo(args.path, overwrite=args.force)
    except FileExistsError as exc:
        raise CommandError(f"{exc} (ใช้ --force เพื่อเขียนทับ)") from exc
    print(f"สร้างฐานข้อมูลตัวอย่างแล้ว: {path}")
    return 0


def cmd_check(args) -> int:
    from ita_desktop import workbook
    from ita_desktop.framework import FrameworkError
    from ita_desktop.scoring import open_rating_text
    from ita_desktop.storage import assessments, open_database

    store = open_database(args.path, read_only=True)
    faults: list[str] = []
    try:
        print(f"{args.path.name}: integrity ok, schema version {store.schema_version}")
        for year in assessments.list_fiscal_years(store):
            try:
                framework = workbook.framework_of(store, year)
            except FrameworkError as exc:
                faults.append(str(exc))
                continue
            printed = workbook.published_of(store, year)
            total_source = "published" if printed.sources.get("TOTAL") == "official" else "computed"
            outcome = printed.rating_outcome
            rating = (f"rating {outcome.label} ({outcome.status})" if outcome.known
                      else "rating open")
            print(f"  {year}: framework {framework.title} ok; documents print total "
                  f"{format_score(printed.total)} ({total_source}), {rating}")
            for d in printed.discrepancies:
                print(f"    note: {d.code} ({d.kind}) computed {_fmt(d.computed)}, "
                      f"other {_fmt(d.other)}")
            if not outcome.known and outcome.status != "no-total":
                print(f"    note: {open_rating_text(outcome)}: enter the published rating or "
                      f"the scores of {', '.join(outcome.needs)}")
            stale = workbook.stale_texts(store, year)
            if stale:
                print(f"    note: {len(stale)} analysis texts were drafted from earlier data: "
                      "redraft them (Analysis › Redraft Texts)")
    finally:
        store.close()
    for fault in faults:
        print(f"fault: {fault}", file=sys.stderr)
    return 1 if faults else 0


def _fmt(value) -> str:
    return value if isinstance(value, str) else format_score(value)


def read_rows(file: Path) -> list[dict[str, str]]:
    """Rows of a CSV (UTF-8, with or without BOM) or XLSX file as dicts of lower-case headers.

    Raises CommandError for a missing file, an unknown extension or missing columns.
    """

    if not file.exists():
        raise CommandError(f"ไม่พบไฟล์ {file}")
    suffix = file.suffix.lower()
    if suffix == ".csv":
        text = file.read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
    elif suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(file, read_only=True, data_only=True).worksheets[0]
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise CommandError(f"{file.name}: อ่านไฟล์ Excel ไม่ได้ ({exc})") from exc
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    else:
        raise CommandError(f"{file.name}: รองรับเฉพาะไฟล์ .csv หรือ .xlsx")
    if not rows:
        raise CommandError(f"{file.name}: ไฟล์ว่าง")
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in ("fiscal_year", "code", "score") if c not in header]
    if missing:
        raise CommandError(f"{file.name}: ไม่มีคอลัมน์ {', '.join(missing)}")
    records = [dict(zip(header, (c.strip() for c in row), strict=False)) for row in rows[1:]]
    # keep row numbers: blank and exported "computed" rows are skipped, not renumbered
    return [r | {"_row": str(n)} for n, r in enumerate(records, start=2)
            if any(r.values()) and r.get("source", "").lower() != "computed"]


def cmd_import_scores(args) -> int:
    from ita_desktop.framework import FrameworkError, load_framework
    from ita_desktop.numbers import ScoreError, parse_score, to_arabic_digits
    from ita_desktop.scoring import normalise_code
    from ita_desktop.storage import assessments, open_database

    rows = read_rows(args.file)
    store = open_database(args.path)
    try:
        stored = set(assessments.list_fiscal_years(store))
        frameworks: dict[int, object] = {}
        problems: list[str] = []
        batches: dict[tuple[int, bool], dict] = {}
        for row in rows:
            where = f"แถว {row['_row']}"
            year_text = to_arabic_digits(row.get("fiscal_year", ""))
            if not year_text.isdigit():
                problems.append(f"{where}: ปีงบประมาณ “{row.get('fiscal_year', '')}” ไม่ถูกต้อง")
                continue
            year = int(year_text)
            if year not in frameworks:
                try:
                    frameworks[year] = (_stored_framework(store, year) if year in stored
                                        else load_framework(year))
                except FrameworkError as exc:
                    frameworks[year] = None
                    problems.append(f"{where}: {exc}")
            framework = frameworks[year]
            if framework is None:
                continue
            official = row.get("official", "").lower() in ("yes", "y", "true", "1", "ใช่")
            try:
                code = normalise_code(framework, row.get("code", ""))
                value = parse_score(row.get("score", ""), label=code)
            except KeyError as exc:
                problems.append(f"{where}: {exc.args[0]}")
                continue
            except ScoreError as exc:
                problems.append(f"{where}: {exc}")
                continue
            batch = batches.setdefault((year, official), {})
            if code in batch:
                problems.append(f"{where}: รหัส {code} ของปี {year} ซ้ำ")
                continue
            batch[code] = value
        if problems:
            for problem in problems:
                print(f"ita: {problem}", file=sys.stderr)
            raise CommandError(f"ไม่ได้นำเข้าข้อมูล: พบข้อผิดพลาด {len(problems)} แถว")
        _write_batches(store, batches, frameworks, stored)
    finally:
        store.close()
    count = sum(len(b) for b in batches.values())
    print(f"นำเข้าคะแนน {count} รายการ ({len(rows)} แถว) แล้ว")
    return 0


def _stored_framework(store, year):
    from ita_desktop import workbook

    return workbook.framework_of(store, year)


def _write_batches(store, batches, frameworks, stored) -> None:
    """All rows in one transaction: new assessments, then the scores."""
    from ita_desktop.storage import assessments

    with store.atomic():
        for year in sorted({year for year, _ in batches}):
            if year not in stored:
                framework = frameworks[year]
                framework_id = assessments.store_framework(
                    store, document=dict(framework.document), source=framework.source)
                assessments.create_assessment(store, fiscal_year=year, framework_id=framework_id)
        for (year, official), scores in batches.items():
            assessments.set_scores(store, fiscal_year=year, scores=scores, official=official)


def export_document(store, fiscal_year: int) -> dict:
    """One fiscal year as a JSON-ready dict: framework summary, entered and official scores,
    every computed level, the analysis texts. Scores as strings with full precision (entered)
    or 2 decimals (computed)."""
    from ita_desktop import workbook
    from ita_desktop.storage import analysis_texts, assessments

    framework = workbook.framework_of(store, fiscal_year)
    assessment = assessments.get_assessment(store, fiscal_year)
    texts = analysis_texts.get_texts(store, fiscal_year=fiscal_year)
    return {
        "fiscal_year": fiscal_year,
        "framework": {"fiscal_year": framework.fiscal_year, "title": framework.title,
                      "source": framework.source, "verified": framework.verified},
        "entered": {k: str(v) for k, v in
                    assessments.get_scores(store, fiscal_year=fiscal_year).items()},
        "official": {k: str(v) for k, v in
                     assessments.get_scores(store, fiscal_year=fiscal_year, official=True).items()},
        "official_rating": assessment.get("official_rating"),
        "official_rank": assessment.get("official_rank"),
        "result": result_json(workbook.result_of(store, fiscal_year)),
        "analysis_texts": [{"scope": s, "key": k, "field": f, "text": v["text"],
                            "edited": bool(v["edited"])}
                           for (s, k, f), v in sorted(texts.items())],
    }


def render_options(args):
    """The DocumentOptions of ``ita render``; raises CommandError for an option the document
    does not use (nothing is silently ignored) or a bad column name."""
    from ita_desktop.documents import DocumentOptions
    from ita_desktop.documents.options import MEASURE_COLUMNS, RESULT_COLUMNS, TABLE_OF

    table = TABLE_OF.get(args.kind)
    for given, option in ((args.columns, "--columns"), (args.group_by, "--group-by"),
                          (args.allow_empty, "--allow-empty")):
        if given and table is None:
            raise CommandError(f"{option} ใช้กับ {args.kind} ไม่ได้ (ใช้ได้กับเอกสารที่มีตาราง"
                               f"มาตรการ: {', '.join(TABLE_OF)})")
    groups = {"measures": ("indicator", "issue", "tool", "number"),
              "results": ("tool", "issue", "number")}
    if args.group_by and args.group_by not in groups[table]:
        raise CommandError(f"--group-by {args.group_by} ใช้กับ {args.kind} ไม่ได้ "
                           f"(ใช้ได้: {', '.join(groups[table])})")
    columns = None
    if args.columns:
        known = MEASURE_COLUMNS if table == "measures" else RESULT_COLUMNS
        columns = tuple(c.strip() for c in args.columns.split(",") if c.strip())
        unknown = [c for c in columns if c not in known]
        if unknown or not columns:
            raise CommandError(f"ไม่รู้จักคอลัมน์ {', '.join(unknown) or '-'} ของ {args.kind} "
                               f"(มี: {', '.join(known)})")
    group_by = args.group_by or ("tool" if table == "results" else "indicator")
    return DocumentOptions(thai_digits=not args.arabic_digits, group_by=group_by,
                           columns=columns, allow_empty=args.allow_empty)


def cmd_render(args) -> int:
    from ita_desktop.documents import DocumentError, render
    from ita_desktop.storage import open_database

    options = render_options(args)
    if args.font:
        from ita_desktop.printing import FontError, use_font

        try:
            use_font(args.font, args.font_bold)
        except FontError as exc:
            raise CommandError(str(exc)) from exc
    fmt = args.format or ("docx" if args.out.suffix.lower() == ".docx" else "pdf")
    store = open_database(args.db, read_only=True)
    try:
        report = render(args.kind, store, fiscal_year=args.fiscal_year, out=args.out,
                        options=options, format=fmt)
    except DocumentError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()
    for warning in report.warnings:
        print(f"คำเตือน: {warning}", file=sys.stderr)
    print(f"{report.path} ({report.pages} หน้า)" if fmt == "pdf" else str(report.path))
    return 0


def cmd_export(args) -> int:
    from ita_desktop.storage import assessments, open_database

    store = open_database(args.path, read_only=True)
    try:
        if args.fiscal_year not in assessments.list_fiscal_years(store):
            years = ", ".join(map(str, assessments.list_fiscal_years(store))) or "-"
            raise CommandError(f"ไม่มีผลการประเมินปี {args.fiscal_year} ในไฟล์นี้ (มี: {years})")
        document = export_document(store, args.fiscal_year)
    finally:
        store.close()
    if args.format == "json":
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    else:
        text = _csv(document)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _csv(document: dict) -> str:
    """Columns fiscal_year, code, score, official, source (entered/official/computed). The file
    imports back with ``ita import-scores``, which skips the computed rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["fiscal_year", "code", "score", "official", "source"])
    year = document["fiscal_year"]
    for code, value in document["entered"].items():
        writer.writerow([year, code, value, "", "entered"])
    for code, value in document["official"].items():
        writer.writerow([year, code, value, "yes", "official"])
    result = document["result"]
    computed = list(result["indicators"].items()) + list(result["tools"].items())
    if result["total"] is not None:
        computed.append(("TOTAL", result["total"]))
    for code, value in computed:
        writer.writerow([year, code, value, "", "computed"])
    return out.getvalue()
